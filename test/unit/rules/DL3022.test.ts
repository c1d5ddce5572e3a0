import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3022 } from '../../../src/lint/rules/dl/DL3022.js';

const lines = (text: string) => runRule(DL3022, parseDockerfile(text));

describe('DL3022', () => {
  it('fails on --from naming no earlier stage', () => {
    expect(lines('FROM a AS build\nCOPY --from=buld x y\nCOPY --from=later x y\nFROM b AS later\n')).toEqual([2, 3]);
  });

  it('passes earlier aliases, stage numbers and image references', () => {
    const text = 'FROM a AS build\nFROM b\nCOPY --from=build x y\nCOPY --from=1 x y\nCOPY --from=nginx:1 x y\n';
    expect(lines(text)).toEqual([]);
  });

  it('fails on a stage number not yet defined', () => {
    expect(lines('FROM a\nCOPY --from=1 x y\nCOPY --from=-1 x y\n')).toEqual([2, 3]);
  });

  it('compares names exactly, quotes included', () => {
    // hadolint keeps the quotes of --from and is case-sensitive; we match it.
    expect(lines('FROM a AS build\nFROM b\nCOPY --from="build" x y\nCOPY --from=Build x y\n')).toEqual([3, 4]);
  });

  it('reads a leading number', () => {
    // hadolint reads 0abc as stage 0; we match it.
    expect(lines('FROM a\nCOPY --from=0abc x y\n')).toEqual([]);
  });
});
