import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3009 } from '../../../src/lint/rules/dl/DL3009.js';

const lines = (text: string) => runRule(DL3009, parseDockerfile(text));

describe('DL3009 apt lists cleanup', () => {
  it('fails when apt-get update is not followed by removing the lists', () => {
    expect(lines('FROM a:1\nRUN apt-get update && apt-get install -y x\n')).toEqual([2]);
    expect(lines('FROM a:1\nRUN apt update\nRUN aptitude update\n')).toEqual([2, 3]);
  });

  it('passes when the lists are removed in the same RUN', () => {
    expect(lines('FROM a:1\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\n')).toEqual([]);
    expect(lines('FROM a:1\nRUN apt-get update && rm -fr "/var/lib/apt/lists/*"\n')).toEqual([]);
  });

  // hadolint accepts an `rm` with either `-rf` or `/var/lib/apt/lists/*`; we match it.
  it('counts any rm -rf, and not rm -r -f of the directory', () => {
    expect(lines('FROM a:1\nRUN apt-get update && rm -rf /tmp/x\n')).toEqual([]);
    expect(lines('FROM a:1\nRUN apt-get update && rm -r -f /var/lib/apt/lists\n')).toEqual([2]);
  });

  it('passes with cache or tmpfs mounts on the lists', () => {
    const text = [
      'FROM a:1',
      'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update',
      'RUN --mount=type=cache,target=/var/lib/apt --mount=type=tmpfs,dst=/var/cache/apt apt-get update',
      'RUN --mount=type=cache,target=/var/lib/apt apt-get update',
      'RUN --mount=type=bind,target=/var/lib/apt/lists apt-get update',
    ].join('\n');
    expect(lines(text)).toEqual([4, 5]);
  });

  // hadolint ignores stages that are only copied from, but not stages used by a later FROM; we match it.
  it('only reports the last stage and stages used as a base', () => {
    expect(lines('FROM a:1 AS build\nRUN apt-get update\nFROM b:1\nCOPY --from=build /x /x\n')).toEqual([]);
    expect(lines('FROM a:1 AS build\nRUN apt-get update\nFROM build\n')).toEqual([2]);
    expect(lines('FROM a:1 AS x\nRUN apt-get update\nFROM x:2\n')).toEqual([2]);
  });

  // hadolint compares stages by their whole FROM, so a repeated identical last FROM counts as the last stage; we match it.
  it('reports a stage whose FROM equals the last one', () => {
    expect(lines('FROM a:1 AS s\nRUN apt-get update\nFROM b:1\nRUN apt-get update\nFROM a:1 AS s\n')).toEqual([2]);
  });

  // hadolint's ONBUILD fold sees no FROM, so every ONBUILD that forgets fails, whatever its stage.
  it('reports ONBUILD in any stage', () => {
    expect(lines('FROM a:1 AS s\nONBUILD RUN apt-get update\nFROM b:1\n')).toEqual([2]);
  });

  it('treats RUN before any FROM as part of a scratch stage', () => {
    expect(lines('RUN apt-get update\n')).toEqual([1]);
    expect(lines('RUN apt-get update\nFROM scratch\n')).toEqual([1]);
    expect(lines('RUN apt-get update\nFROM b:1\n')).toEqual([]);
  });
});
