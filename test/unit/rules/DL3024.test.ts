import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3024 } from '../../../src/lint/rules/dl/DL3024.js';

const lines = (text: string) => runRule(DL3024, parseDockerfile(text));

describe('DL3024', () => {
  it('fails on a repeated stage name', () => {
    expect(lines('FROM a AS build\nFROM b AS build\nFROM c as build\n')).toEqual([2, 3]);
  });

  it('passes distinct names and stages without names', () => {
    expect(lines('FROM a AS build\nFROM b AS test\nFROM c\nFROM c\n')).toEqual([]);
  });

  it('is case-sensitive', () => {
    // hadolint treats build and BUILD as different names; we match it.
    expect(lines('FROM a AS build\nFROM b AS BUILD\n')).toEqual([]);
  });
});
