import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3053 } from '../../../src/lint/rules/dl/DL3053.js';

const check = (value: string) => runRule(DL3053, parseDockerfile(`FROM alpine:3\nLABEL built="${value}"\n`), { labelSchema: { built: 'rfc3339' } });

describe('DL3053 label is not an RFC 3339 time', () => {
  it('is off for labels of other types', () => {
    expect(runRule(DL3053, parseDockerfile('FROM alpine:3\nLABEL built=yesterday\n'), { labelSchema: { built: 'text' } })).toEqual([]);
  });

  it.each([
    '2024-03-01T12:30:00Z',
    '2024-03-01T12:30:00.123+02:00',
    '2024-02-29T00:00:00-0800',
    '2016-12-31T23:59:60Z',
    // hadolint's time parser (parseTimeM of the time package) is lenient; we match it:
    '2024-03-01t12:30:00z', // letters in any case
    '  2024-03-01T12:30:00Z ', // surrounding white space
    '2024-03-01T12:30:00.Z', // a dot with no digits
    '2024-03-01T12:30:00+05:99', // any zone minutes
    '24-03-01T12:30:00Z', // any number of year digits
    '-0004-02-29T00:00:00Z', // a negative year
  ])('accepts %s', (v) => {
    expect(check(v)).toEqual([]);
  });

  it.each([
    '',
    '2024-03-01',
    '2024-03-01 12:30:00Z',
    '2024-03-01T12:30:00',
    '2024-03-01T12:30Z',
    '2024-02-30T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-03-01T24:00:00Z',
    '2024-03-01T12:30:61Z',
    '2024-03-01T12:30:00+5:00',
    '2024-03-01T12:30:00UTC',
    '2024-03-01T12:30:00.5 Z',
  ])('rejects %s', (v) => {
    expect(check(v)).toEqual([2]);
  });
});
