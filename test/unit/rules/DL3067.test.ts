import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3067 } from '../../../src/lint/rules/dl/DL3067.js';

const lines = (df: string) => runRule(DL3067, parseDockerfile(`FROM python:3.12 AS build\nFROM python:3.12-slim\n${df}`));

describe('DL3067 copying an entire filesystem from a stage', () => {
  it('flags COPY --from of / to /', () => {
    expect(lines('COPY --from=build / /\nCOPY --link --from=build / /\nCOPY --from=build ["/", "/"]\n')).toEqual([3, 4, 5]);
  });

  it('flags / among several sources', () => {
    expect(lines('COPY --from=build /etc / /\n')).toEqual([3]);
  });

  it('drops the quotes around the paths', () => {
    expect(lines('COPY --from=build "/" \'/\'\n')).toEqual([3]);
  });

  it('passes other paths, COPY without --from, and ADD', () => {
    expect(lines('COPY --from=build /app /\nCOPY --from=build / /app\nCOPY / /\nADD / /\n')).toEqual([]);
  });

  it('compares the paths as written', () => {
    // hadolint does not normalise paths: `./` and `//` are not `/`; we match it.
    expect(lines('COPY --from=build // /\nCOPY --from=build / ./\n')).toEqual([]);
  });

  it('ignores ONBUILD', () => {
    expect(lines('ONBUILD COPY --from=build / /\n')).toEqual([]);
  });
});
