import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3037 } from '../../../src/lint/rules/dl/DL3037.js';

const lines = (text: string) => runRule(DL3037, parseDockerfile(text));

describe('DL3037 zypper install without version', () => {
  it('fails on a package without a version', () => {
    expect(lines('FROM s:1\nRUN zypper install -y a\nRUN zypper in -y a=1 b\n')).toEqual([2, 3]);
  });

  it('passes on =, <, >, >= versions and .rpm files', () => {
    expect(lines('FROM s:1\nRUN zypper install -y a=1 "b>=2" c\\<3 ./d.rpm\n')).toEqual([]);
  });

  it('ignores other zypper commands', () => {
    expect(lines('FROM s:1\nRUN zypper refresh && zypper remove a\n')).toEqual([]);
  });

  it('reads a flag value as a package, as hadolint does', () => {
    // hadolint does not know which flags take a value: `--repo main` makes `main` a package; we match it.
    expect(lines('FROM s:1\nRUN zypper install --repo main a=1\n')).toEqual([2]);
  });

  it('checks inside ONBUILD', () => {
    expect(lines('FROM s:1\nONBUILD RUN zypper install a\n')).toEqual([2]);
  });
});
