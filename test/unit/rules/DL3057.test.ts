import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3057 } from '../../../src/lint/rules/dl/DL3057.js';

const lines = (df: string) => runRule(DL3057, parseDockerfile(df));

describe('DL3057 HEALTHCHECK missing', () => {
  it('is off by default', () => {
    expect(DL3057.severity).toBe('ignore');
  });

  it('reports a stage without HEALTHCHECK on its FROM line', () => {
    expect(lines('FROM alpine:3\nCMD ["serve"]\n')).toEqual([1]);
    expect(lines('FROM alpine:3\nHEALTHCHECK CMD curl -f http://localhost/\nFROM debian:12\n')).toEqual([3]);
  });

  it('accepts HEALTHCHECK NONE', () => {
    expect(lines('FROM alpine:3\nHEALTHCHECK NONE\n')).toEqual([]);
  });

  it('lets a stage inherit the HEALTHCHECK of the stage it is built on', () => {
    expect(lines('FROM alpine:3 AS base\nHEALTHCHECK CMD true\nFROM base\n')).toEqual([]);
  });

  it('lets a HEALTHCHECK cover the stages a stage is built on', () => {
    // hadolint marks the parent stages good when a child has a HEALTHCHECK; we match it.
    expect(lines('FROM alpine:3 AS base\nFROM base AS mid\nFROM mid\nHEALTHCHECK CMD true\nFROM debian:12\n')).toEqual([5]);
  });

  it('does not count ONBUILD HEALTHCHECK', () => {
    expect(lines('FROM alpine:3\nONBUILD HEALTHCHECK CMD true\n')).toEqual([1]);
  });
});
