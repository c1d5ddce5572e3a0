import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3051 } from '../../../src/lint/rules/dl/DL3051.js';

const lines = (df: string, labelSchema: Record<string, 'text' | 'url'> = { owner: 'text', docs: 'url' }) =>
  runRule(DL3051, parseDockerfile(df), { labelSchema });

describe('DL3051 empty label', () => {
  it('is off without a schema', () => {
    expect(lines('FROM alpine:3\nLABEL owner=""\n', {})).toEqual([]);
  });

  it('flags a schema label set to an empty value', () => {
    expect(lines('FROM alpine:3\nLABEL owner=""\n')).toEqual([2]);
    expect(lines('FROM alpine:3\nLABEL owner=\n')).toEqual([2]);
    expect(lines('FROM alpine:3\nLABEL owner=me docs=""\n')).toEqual([2]);
  });

  it('reports once per schema label', () => {
    expect(lines('FROM alpine:3\nLABEL owner="" docs=""\n')).toEqual([2, 2]);
  });

  it('passes set labels and empty labels outside the schema', () => {
    expect(lines('FROM alpine:3\nLABEL owner=me other=""\n')).toEqual([]);
    // A blank value is not empty.
    expect(lines('FROM alpine:3\nLABEL owner=" "\n')).toEqual([]);
  });
});
