import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3049 } from '../../../src/lint/rules/dl/DL3049.js';

const schema = { owner: 'text', source: 'url' } as const;
const lines = (df: string, labelSchema: Record<string, 'text' | 'url'> = schema) => runRule(DL3049, parseDockerfile(df), { labelSchema });

describe('DL3049 label missing', () => {
  it('is off without a schema', () => {
    expect(lines('FROM alpine:3\n', {})).toEqual([]);
  });

  it('reports each missing label on the FROM line of the stage', () => {
    expect(lines('FROM alpine:3\nRUN true\n')).toEqual([1, 1]);
    expect(lines('FROM alpine:3\nLABEL owner=me\n')).toEqual([1]);
    expect(lines('FROM alpine:3\nLABEL owner=me source=https://x.test\n')).toEqual([]);
  });

  it('checks every stage', () => {
    expect(lines('FROM alpine:3\nLABEL owner=me source=https://x.test\nFROM debian:12\n')).toEqual([3, 3]);
  });

  it('lets a stage inherit labels from the stage it is built on', () => {
    expect(lines('FROM alpine:3 AS base\nLABEL owner=me source=https://x.test\nFROM base\n')).toEqual([]);
  });

  it('does not count a LABEL before the first FROM or inside ONBUILD', () => {
    expect(lines('LABEL owner=me source=https://x.test\nFROM alpine:3\n')).toEqual([2, 2]);
    expect(lines('FROM alpine:3\nONBUILD LABEL owner=me source=https://x.test\n')).toEqual([1, 1]);
  });

  it('drops a stage that a labelled stage copies from', () => {
    // hadolint does not report a builder stage that a labelled stage copies from; we match it.
    expect(lines('FROM golang:1 AS build\nFROM alpine:3\nLABEL owner=me source=https://x.test\nCOPY --from=build /app /app\n')).toEqual([]);
    // ...but only when the --from value is the alias as written, quotes included.
    expect(lines('FROM golang:1 AS build\nFROM alpine:3\nLABEL owner=me source=https://x.test\nCOPY --from="build" /app /app\n')).toEqual([1, 1]);
  });

  it('drops a parent stage when a stage built on it sets the label', () => {
    // hadolint marks the parent as silent when a child stage sets the label; we match it.
    expect(lines('FROM alpine:3 AS base\nFROM base\nLABEL owner=me source=https://x.test\n')).toEqual([]);
  });
});
