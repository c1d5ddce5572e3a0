import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3002 } from '../../../src/lint/rules/dl/DL3002.js';

const lines = (text: string) => runRule(DL3002, parseDockerfile(text));

describe('DL3002 last USER not root', () => {
  it('fails when the last USER of the stage is root', () => {
    expect(lines('FROM a:1\nUSER app\nUSER root\n')).toEqual([3]);
    expect(lines('FROM a:1\nUSER 0:0\n')).toEqual([2]);
    expect(lines('FROM a:1\nUSER root:root\n')).toEqual([2]);
  });

  it('passes when a later USER is not root', () => {
    expect(lines('FROM a:1\nUSER root\nRUN x\nUSER 1000\n')).toEqual([]);
  });

  // hadolint checks every stage, not only the last one; we match it.
  it('reports a root stage followed by other stages', () => {
    expect(lines('FROM a:1\nUSER root\nFROM b:1\nUSER app\n')).toEqual([2]);
  });

  // hadolint ignores USER before FROM and inside ONBUILD, and keeps trailing spaces (`root ` is not root); we match it.
  it('ignores USER outside stages, in ONBUILD, quoted or with trailing spaces', () => {
    expect(lines('USER root\nFROM a:1\nONBUILD USER root\n')).toEqual([]);
    expect(lines('FROM a:1\nUSER "root"\nFROM b:1\nUSER root \n')).toEqual([]);
  });
});
