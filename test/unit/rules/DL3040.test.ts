import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3040 } from '../../../src/lint/rules/dl/DL3040.js';

const lines = (text: string) => runRule(DL3040, parseDockerfile(text));

describe('DL3040 dnf clean all missing', () => {
  it('fails when dnf installs, upgrades or reinstalls without a clean', () => {
    expect(lines('FROM f:1\nRUN dnf install -y a\nRUN dnf upgrade\nRUN microdnf rei -y a\n')).toEqual([2, 3, 4]);
  });

  it('fails when the clean comes first or is run by the other tool', () => {
    expect(lines('FROM f:1\nRUN dnf clean all && dnf install -y a\nRUN microdnf install -y a && dnf clean all\n')).toEqual([2, 3]);
  });

  it('passes with a clean after the install', () => {
    expect(lines('FROM f:1\nRUN dnf install -y a && dnf clean all\nRUN microdnf install a && microdnf clean all\n')).toEqual([]);
  });

  it('counts any `rm -rf` and a bare `dnf all` as a clean', () => {
    // hadolint matches `dnf` with `clean` or `all`, and `rm` with `-rf` or the cache glob; we match it.
    expect(lines('FROM f:1\nRUN dnf install -y a && rm -rf /tmp/x\nRUN dnf up && dnf all\n')).toEqual([]);
  });

  it('passes with a cache or tmpfs mount on the libdnf5 cache', () => {
    const df = 'FROM f:1\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y a\nRUN --mount=type=tmpfs,target=/root/.cache/libdnf5 dnf install -y a\n';
    expect(lines(df)).toEqual([]);
  });

  it('ignores dnf update, which hadolint does not list', () => {
    expect(lines('FROM f:1\nRUN dnf update\n')).toEqual([]);
  });

  it('checks inside ONBUILD', () => {
    expect(lines('FROM f:1\nONBUILD RUN dnf install -y a\n')).toEqual([2]);
  });
});
