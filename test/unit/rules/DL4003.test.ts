import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL4003 } from '../../../src/lint/rules/dl/DL4003.js';

const lines = (df: string) => runRule(DL4003, parseDockerfile(df));

describe('DL4003 multiple CMD', () => {
  it('flags every CMD after the first in a stage', () => {
    expect(lines('FROM alpine:3\nCMD ["a"]\nCMD ["b"]\nCMD c\n')).toEqual([3, 4]);
  });

  it('passes one CMD per stage', () => {
    expect(lines('FROM alpine:3 AS build\nCMD ["a"]\nFROM alpine:3\nCMD ["b"]\n')).toEqual([]);
  });

  it('ignores ONBUILD CMD', () => {
    expect(lines('FROM alpine:3\nCMD ["a"]\nONBUILD CMD ["b"]\n')).toEqual([]);
  });

  it('counts CMDs before the first FROM as a stage', () => {
    expect(lines('CMD a\nCMD b\nFROM alpine:3\nCMD c\n')).toEqual([2]);
  });
});
