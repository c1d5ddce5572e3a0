import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3023 } from '../../../src/lint/rules/dl/DL3023.js';

const lines = (text: string) => runRule(DL3023, parseDockerfile(text));

describe('DL3023', () => {
  it('fails when COPY --from names its own stage', () => {
    expect(lines('FROM a AS build\nCOPY --from=build x y\n')).toEqual([2]);
  });

  it('passes other stages and stages without alias', () => {
    expect(lines('FROM a AS build\nFROM b AS run\nCOPY --from=build x y\nFROM c\nCOPY --from=c x y\n')).toEqual([]);
  });

  it('compares the --from text as written', () => {
    // hadolint keeps the quotes, so "build" is not build; we match it.
    expect(lines('FROM a AS build\nCOPY --from="build" x y\n')).toEqual([]);
  });
});
