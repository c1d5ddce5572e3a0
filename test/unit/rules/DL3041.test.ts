import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3041 } from '../../../src/lint/rules/dl/DL3041.js';

const lines = (text: string) => runRule(DL3041, parseDockerfile(text));

describe('DL3041 dnf install without version', () => {
  it('fails on packages without a version-like suffix', () => {
    expect(lines('FROM f:1\nRUN dnf install -y a\nRUN dnf install -y python3-devel\nRUN microdnf install a-b\n')).toEqual([2, 3, 4]);
  });

  it('passes on name-version, name-version-release and .rpm', () => {
    expect(lines('FROM f:1\nRUN dnf install -y a-1.2 b-c-2.0 d-1.2-3.el8 ./e-f.rpm\n')).toEqual([]);
  });

  it('fails on an .rpm file without a dash', () => {
    // hadolint rejects names without a dash before it looks for `.rpm`; we match it.
    expect(lines('FROM f:1\nRUN dnf install -y ./e.rpm\n')).toEqual([2]);
  });

  it('fails on a version with characters outside [0-9A-Za-z.~^_:+]', () => {
    expect(lines('FROM f:1\nRUN dnf install -y a-1.2!\n')).toEqual([2]);
  });

  it('wants a stream on modules and ignores groups', () => {
    const df = 'FROM f:1\nRUN dnf module install -y nodejs:12\nRUN dnf module install -y nodejs\nRUN dnf group install -y "Dev Tools"\n';
    expect(lines(df)).toEqual([3]);
  });

  it('accepts a version from an ARG or an ENV of the stage, written ${V} or $V', () => {
    const df = 'FROM f:1\nARG V=1\nENV W=2\nRUN dnf install -y a-${V} b-$W\nRUN dnf install -y c-$X\nRUN dnf install -y d-${V:-1}\n';
    expect(lines(df)).toEqual([5, 6]);
  });

  it('keeps ARGs across stages but ENVs only in stages built FROM the stage that set them', () => {
    const df = 'ARG V=1\nFROM f:1 AS base\nENV W=2\nFROM base\nRUN dnf install -y a-$W b-$V\nFROM f:1\nRUN dnf install -y a-$W\n';
    expect(lines(df)).toEqual([7]);
  });

  it('forgets an ENV set before the first FROM', () => {
    expect(lines('ENV W=1\nFROM f:1\nRUN dnf install -y a-$W\n')).toEqual([3]);
  });

  it('folds ONBUILD instructions apart from the others', () => {
    // hadolint runs the rule a second time over the ONBUILD instructions alone; we match it.
    const df = 'FROM f:1\nENV W=1\nONBUILD RUN dnf install -y a-$W\nONBUILD ENV Z=1\nONBUILD RUN dnf install -y a-$Z\n';
    expect(lines(df)).toEqual([3]);
  });
});
