import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3011 } from '../../../src/lint/rules/dl/DL3011.js';

const lines = (text: string) => runRule(DL3011, parseDockerfile(text));

describe('DL3011 port range', () => {
  it('fails on ports and ranges above 65535', () => {
    expect(lines('FROM a:1\nEXPOSE 80 65536\nEXPOSE 70000/udp\nEXPOSE 60000-70000/tcp\n')).toEqual([2, 3, 4]);
  });

  it('passes valid ports, ranges and variables', () => {
    expect(lines('FROM a:1\nEXPOSE 0 80/tcp 65535\nEXPOSE 8000-9000\nEXPOSE $PORT\nEXPOSE ${P}-70000\n')).toEqual([]);
  });

  // hadolint reads ports as 64-bit Int, so 2^64 wraps to 0 and passes; we match it.
  it('wraps numbers past 64 bits', () => {
    expect(lines('FROM a:1\nEXPOSE 18446744073709551616\n')).toEqual([]);
  });

  it('does not look inside ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD EXPOSE 70000\n')).toEqual([]);
  });
});
