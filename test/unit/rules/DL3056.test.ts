import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3056 } from '../../../src/lint/rules/dl/DL3056.js';

const check = (value: string) => runRule(DL3056, parseDockerfile(`FROM alpine:3\nLABEL version="${value}"\n`), { labelSchema: { version: 'semver' } });

describe('DL3056 label is not a semantic version', () => {
  it('is off for labels of other types', () => {
    expect(runRule(DL3056, parseDockerfile('FROM alpine:3\nLABEL version=latest\n'), { labelSchema: { version: 'text' } })).toEqual([]);
  });

  it.each([
    '1.2.3',
    '0.0.0',
    '1.2.3-rc.1',
    '1.2.3+build.7',
    '1.2.3-beta.2+exp.sha.5114f85',
    // The semver package behind hadolint is lenient; we match it:
    '01.2.3', // leading zeros
    '1.2.3-', // an empty pre-release
    '1.2.3-rc.', // a trailing dot
    '18446744073709551616.0.0', // wraps to 0 in a 64-bit Int
  ])('accepts %s', (v) => {
    expect(check(v)).toEqual([]);
  });

  it.each([
    '',
    '1.2',
    'v1.2.3',
    '1.2.3.4',
    ' 1.2.3',
    '1.2.3 ',
    '1.2.3-rc..1',
    '1.2.3+a+b',
    '1.2.3-é',
    '9223372036854775808.0.0', // wraps to a negative Int
  ])('rejects %s', (v) => {
    expect(check(v)).toEqual([2]);
  });
});
