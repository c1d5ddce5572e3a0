import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3065 } from '../../../src/lint/rules/dl/DL3065.js';

const lines = (df: string) => runRule(DL3065, parseDockerfile(df));

describe('DL3065 redundant --platform=$TARGETPLATFORM', () => {
  it('flags both spellings of the variable', () => {
    expect(lines('FROM --platform=$TARGETPLATFORM alpine:3\nFROM --platform=${TARGETPLATFORM} alpine:3 AS b\n')).toEqual([1, 2]);
  });

  it('passes other platforms and FROM without one', () => {
    expect(lines('FROM --platform=$BUILDPLATFORM golang:1 AS build\nFROM --platform=linux/amd64 alpine:3\nFROM alpine:3\n')).toEqual([]);
  });

  it('compares the value as written', () => {
    // hadolint keeps the quotes of a quoted value, so it does not match; we match it.
    expect(lines('FROM --platform="$TARGETPLATFORM" alpine:3\n')).toEqual([]);
    expect(lines('FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3\n')).toEqual([]);
  });
});
