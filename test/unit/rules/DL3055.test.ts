import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3055 } from '../../../src/lint/rules/dl/DL3055.js';

const check = (value: string) => runRule(DL3055, parseDockerfile(`FROM alpine:3\nLABEL rev="${value}"\n`), { labelSchema: { rev: 'hash' } });

describe('DL3055 label is not a git hash', () => {
  it('is off for labels of other types', () => {
    expect(runRule(DL3055, parseDockerfile('FROM alpine:3\nLABEL rev=main\n'), { labelSchema: { rev: 'text' } })).toEqual([]);
  });

  it.each(['0a1b2c3', 'e83c5163316f89bfbde7d9ab23ca2e25604af290'])('accepts %s', (v) => {
    expect(check(v)).toEqual([]);
  });

  it.each(['', '0a1b2c', '0a1b2c3d', 'E83C516', 'g83c516', ' 0a1b2c3', 'e83c5163316f89bfbde7d9ab23ca2e25604af29'])('rejects %s', (v) => {
    expect(check(v)).toEqual([2]);
  });
});
