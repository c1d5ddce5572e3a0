import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3012 } from '../../../src/lint/rules/dl/DL3012.js';

const lines = (text: string) => runRule(DL3012, parseDockerfile(text));

describe('DL3012 one HEALTHCHECK per stage', () => {
  it('fails on the second and later HEALTHCHECK of a stage', () => {
    expect(lines('FROM a:1\nHEALTHCHECK NONE\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false\n')).toEqual([3, 4]);
  });

  it('counts each stage apart and ignores ONBUILD', () => {
    expect(lines('FROM a:1\nHEALTHCHECK NONE\nFROM b:1\nHEALTHCHECK NONE\nONBUILD HEALTHCHECK NONE\n')).toEqual([]);
  });
});
