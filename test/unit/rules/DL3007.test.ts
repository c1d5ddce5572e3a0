import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3007 } from '../../../src/lint/rules/dl/DL3007.js';

const lines = (text: string) => runRule(DL3007, parseDockerfile(text));

describe('DL3007 latest tag', () => {
  it('fails on the latest tag', () => {
    expect(lines('FROM a:latest\nFROM reg.io:5000/a:latest AS b\nFROM --platform=linux/amd64 c:latest\n')).toEqual([1, 2, 3]);
  });

  it('passes other tags, a digest, and no tag', () => {
    expect(lines('FROM a:1\nFROM a:latest@sha256:abc\nFROM a:Latest\nFROM a\nFROM localhost:5000/latest\n')).toEqual([]);
  });

  it('does not look inside ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD FROM a:latest\n')).toEqual([]);
  });
});
