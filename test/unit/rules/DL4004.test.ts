import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL4004 } from '../../../src/lint/rules/dl/DL4004.js';

const lines = (df: string) => runRule(DL4004, parseDockerfile(df));

describe('DL4004 multiple ENTRYPOINT', () => {
  it('flags every ENTRYPOINT after the first in a stage', () => {
    expect(lines('FROM alpine:3\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nENTRYPOINT c\n')).toEqual([3, 4]);
  });

  it('passes one ENTRYPOINT per stage, and CMD next to it', () => {
    expect(lines('FROM alpine:3 AS build\nENTRYPOINT ["a"]\nFROM alpine:3\nENTRYPOINT ["b"]\nCMD ["--port", "8080"]\n')).toEqual([]);
  });

  it('ignores ONBUILD ENTRYPOINT', () => {
    expect(lines('FROM alpine:3\nENTRYPOINT ["a"]\nONBUILD ENTRYPOINT ["b"]\n')).toEqual([]);
  });
});
