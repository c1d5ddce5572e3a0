import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3019 } from '../../../src/lint/rules/dl/DL3019.js';

const lines = (text: string) => runRule(DL3019, parseDockerfile(text));

describe('DL3019', () => {
  it('fails on apk add without --no-cache', () => {
    expect(lines('FROM alpine:3\nRUN apk add curl=8\nRUN apk --update add git=2\nONBUILD RUN apk add x=1\n')).toEqual([2, 3, 4]);
  });

  it('passes with --no-cache or without apk add', () => {
    expect(lines('FROM alpine:3\nRUN apk add --no-cache curl=8\nRUN apk update\n')).toEqual([]);
  });

  it('passes with a cache or tmpfs mount on /var/cache/apk', () => {
    const text =
      'FROM alpine:3\nRUN --mount=type=cache,target=/var/cache/apk apk add a=1\nRUN --mount=type=tmpfs,dst="/var/cache/apk/" apk add b=1\n';
    expect(lines(text)).toEqual([]);
  });

  it('still fails with a bind mount there', () => {
    expect(lines('FROM alpine:3\nRUN --mount=type=bind,target=/var/cache/apk apk add a=1\n')).toEqual([2]);
  });
});
