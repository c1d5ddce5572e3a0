import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3029 } from '../../../src/lint/rules/dl/DL3029.js';

const lines = (text: string) => runRule(DL3029, parseDockerfile(text));

describe('DL3029', () => {
  it('fails on a fixed --platform', () => {
    expect(lines('FROM --platform=linux/amd64 a\nFROM --platform=$TARGETOS/$TARGETARCH b\n')).toEqual([1, 2]);
  });

  it('passes BUILDPLATFORM, TARGETPLATFORM and no flag', () => {
    expect(lines('FROM --platform=$BUILDPLATFORM a\nFROM --platform=${TARGETPLATFORM} b AS c\nFROM d\n')).toEqual([]);
  });
});
