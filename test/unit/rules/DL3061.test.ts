import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3061 } from '../../../src/lint/rules/dl/DL3061.js';

const lines = (text: string) => runRule(DL3061, parseDockerfile(text));

describe('DL3061 instruction before FROM', () => {
  it('fails on every instruction before the first FROM except ARG', () => {
    expect(lines('LABEL a=b\nENV X=1\nONBUILD RUN x\nFROM a:1\nLABEL c=d\n')).toEqual([1, 2, 3]);
  });

  it('passes on parser directives, comments and ARG before FROM', () => {
    expect(lines('# syntax=docker/dockerfile:1\n# note\nARG V=1\n\nARG W\nFROM a:${V}\nRUN x\n')).toEqual([]);
  });

  it('fails on a file without FROM', () => {
    expect(lines('ARG V\nRUN x\n')).toEqual([2]);
  });

  it('passes on a file of comments only', () => {
    expect(lines('# nothing here\n')).toEqual([]);
  });
});
