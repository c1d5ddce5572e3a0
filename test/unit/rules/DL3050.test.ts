import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3050 } from '../../../src/lint/rules/dl/DL3050.js';

const lines = (df: string, strictLabels: boolean, labelSchema: Record<string, 'text'> = { owner: 'text' }) =>
  runRule(DL3050, parseDockerfile(df), { labelSchema, strictLabels });

describe('DL3050 superfluous labels', () => {
  it('is off without strict labels', () => {
    expect(lines('FROM alpine:3\nLABEL team=ml\n', false)).toEqual([]);
  });

  it('flags a LABEL with a label outside the schema', () => {
    expect(lines('FROM alpine:3\nLABEL owner=me team=ml\n', true)).toEqual([2]);
    expect(lines('FROM alpine:3\nLABEL team ml platform\n', true)).toEqual([2]);
  });

  it('passes labels of the schema', () => {
    expect(lines('FROM alpine:3\nLABEL owner=me\nLABEL "owner"=you\n', true)).toEqual([]);
  });

  it('runs with an empty schema', () => {
    // hadolint flags every LABEL under strict-labels when the schema is empty; we match it.
    expect(lines('FROM alpine:3\nLABEL team=ml\n', true, {})).toEqual([2]);
  });

  it('ignores ONBUILD LABEL', () => {
    expect(lines('FROM alpine:3\nONBUILD LABEL team=ml\n', true)).toEqual([]);
  });
});
