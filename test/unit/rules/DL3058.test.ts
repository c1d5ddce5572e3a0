import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3058 } from '../../../src/lint/rules/dl/DL3058.js';

const check = (value: string) =>
  runRule(DL3058, parseDockerfile(`FROM alpine:3\nLABEL contact='${value}'\n`), { labelSchema: { contact: 'email' } });

describe('DL3058 label is not an email address', () => {
  it('is off for labels of other types', () => {
    expect(runRule(DL3058, parseDockerfile('FROM alpine:3\nLABEL contact=nobody\n'), { labelSchema: { contact: 'text' } })).toEqual([]);
  });

  it.each([
    'ml-team@example.test',
    'first.last+tag@sub.example.test',
    '"two words"@example.test',
    'ops@[192.0.2.1]',
    'ops@localhost',
    'ops@example.test.', // a trailing dot
    // email-validate accepts RFC 5322 comments and folding white space; we match it:
    '(team)ops@example.test',
    'ops @ example . test',
  ])('accepts %s', (v) => {
    expect(check(v)).toEqual([]);
  });

  it.each([
    '',
    'ops',
    'ops@',
    '@example.test',
    'a..b@example.test',
    '.ops@example.test',
    'ops@-example.test',
    'ops@example-.test',
    'ops@example..test',
    'opé@example.test',
    'ops@example.test(unclosed',
    `${'x'.repeat(65)}@example.test`,
    `ops@${'a'.repeat(64)}.test`,
  ])('rejects %s', (v) => {
    expect(check(v)).toEqual([2]);
  });
});
