import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3000 } from '../../../src/lint/rules/dl/DL3000.js';

const lines = (text: string) => runRule(DL3000, parseDockerfile(text));

describe('DL3000 absolute WORKDIR', () => {
  it('fails on relative paths', () => {
    expect(lines('FROM a:1\nWORKDIR app\nWORKDIR ./app\nWORKDIR ~/app\nWORKDIR 1:\n')).toEqual([2, 3, 4, 5]);
  });

  it('accepts absolute, quoted, variable and Windows paths', () => {
    expect(lines('FROM a:1\nWORKDIR /app\nWORKDIR "/app"\nWORKDIR \'/app\'\nWORKDIR $HOME\nWORKDIR "${X}/a"\nWORKDIR C:\\\\app\nWORKDIR d:/x\n')).toEqual([]);
  });

  // hadolint accepts any letter followed by `:`, a relative `a:` included; we match it.
  it('accepts a letter and a colon as a drive', () => {
    expect(lines('FROM a:1\nWORKDIR a:\nWORKDIR é:\n')).toEqual([]);
  });

  // hadolint crashes on a one-letter path; we report it as relative.
  it('reports a one-letter path', () => {
    expect(lines('FROM a:1\nWORKDIR a\n')).toEqual([2]);
  });

  it('does not look inside ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD WORKDIR app\n')).toEqual([]);
  });
});
