import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3060 } from '../../../src/lint/rules/dl/DL3060.js';

const lines = (text: string) => runRule(DL3060, parseDockerfile(text));

describe('DL3060 yarn cache clean missing', () => {
  it('fails on yarn install without a later yarn cache clean', () => {
    expect(lines('FROM n:1\nRUN yarn install\nRUN yarn cache clean && yarn install\n')).toEqual([2, 3]);
  });

  it('passes with a clean after the install, or a yarn cache mount', () => {
    expect(lines('FROM n:1\nRUN yarn install && yarn cache clean\nRUN --mount=type=cache,target=/root/.cache/yarn yarn install\n')).toEqual([]);
  });

  it('fails on a clean before the install even with a cache mount', () => {
    expect(lines('FROM n:1\nRUN --mount=type=cache,target=/root/.cache/yarn yarn cache clean && yarn install\n')).toEqual([2]);
  });

  it('reports only stages that are the last one or that a later FROM names', () => {
    // hadolint drops hits in build stages nothing builds on (only copied from); we match it.
    expect(lines('FROM n:1 AS build\nRUN yarn install\nFROM nginx:1\nCOPY --from=build /a /b\n')).toEqual([]);
    expect(lines('FROM n:1 AS build\nRUN yarn install\nFROM build AS next\nFROM nginx:1\n')).toEqual([2]);
  });

  it('reports an earlier stage whose FROM equals the last FROM', () => {
    // hadolint compares whole base images; we match it.
    expect(lines('FROM n:1\nRUN yarn install\nFROM n:1\nRUN echo\n')).toEqual([2]);
  });

  it('treats RUNs before any FROM as a `FROM scratch` stage', () => {
    expect(lines('RUN yarn install\nFROM n:1\n')).toEqual([]);
    expect(lines('RUN yarn install\nFROM scratch\n')).toEqual([1]);
  });

  it('reports ONBUILD RUNs, which are folded apart', () => {
    expect(lines('FROM n:1\nONBUILD RUN yarn install\n')).toEqual([2]);
  });
});
