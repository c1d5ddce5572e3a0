import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3036 } from '../../../src/lint/rules/dl/DL3036.js';

const lines = (text: string) => runRule(DL3036, parseDockerfile(text));

describe('DL3036 zypper clean missing', () => {
  it('fails when zypper installs without cleaning afterwards', () => {
    expect(lines('FROM s:1\nRUN zypper install -y a=1\nRUN zypper in -y a=1\n')).toEqual([2, 3]);
  });

  it('fails when the clean comes before the install', () => {
    expect(lines('FROM s:1\nRUN zypper clean && zypper install -y a=1\n')).toEqual([2]);
  });

  it('passes with `zypper clean` or `zypper cc` after the install', () => {
    expect(lines('FROM s:1\nRUN zypper install -y a=1 && zypper clean\nRUN zypper in a=1 && zypper cc\n')).toEqual([]);
  });

  it('passes with a cache mount on /var/cache/zypp, not with a bind mount', () => {
    const df = 'FROM s:1\nRUN --mount=type=cache,target=/var/cache/zypp zypper in a=1\nRUN --mount=type=bind,target=/var/cache/zypp zypper in a=1\n';
    expect(lines(df)).toEqual([3]);
  });

  it('passes without a zypper install', () => {
    expect(lines('FROM s:1\nRUN zypper refresh\n')).toEqual([]);
  });

  it('checks inside ONBUILD', () => {
    expect(lines('FROM s:1\nONBUILD RUN zypper install a=1\n')).toEqual([2]);
  });
});
