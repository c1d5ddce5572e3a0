import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3063 } from '../../../src/lint/rules/dl/DL3063.js';

const lines = (df: string) => runRule(DL3063, parseDockerfile(df));

describe('DL3063 reserved stage name', () => {
  it('flags stages named scratch or context', () => {
    expect(lines('FROM alpine:3 AS scratch\nFROM debian:12 as context\n')).toEqual([1, 2]);
  });

  it('passes other names and FROM scratch itself', () => {
    expect(lines('FROM scratch\nFROM alpine:3 AS build\nFROM alpine:3\n')).toEqual([]);
  });

  it('compares names case-sensitively', () => {
    // hadolint only matches the lower-case words; we match it.
    expect(lines('FROM alpine:3 AS Scratch\n')).toEqual([]);
  });
});
