import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3045 } from '../../../src/lint/rules/dl/DL3045.js';

const lines = (text: string) => runRule(DL3045, parseDockerfile(text));

describe('DL3045 COPY to a relative destination without WORKDIR', () => {
  it('fails on relative destinations, quoted or in the exec form', () => {
    expect(lines('FROM a:1\nCOPY a b\nCOPY a ./b\nCOPY a "b"\nCOPY ["a", "b"]\nCOPY --from=x --chown=1 a c/\n')).toEqual([2, 3, 4, 5, 6]);
  });

  it('passes on absolute, Windows-absolute and variable destinations', () => {
    expect(lines('FROM a:1\nCOPY a /b\nCOPY a "/b"\nCOPY a C:\\b\nCOPY a $HOME/b\nCOPY ["a", "/b"]\n')).toEqual([]);
  });

  it('ignores ADD', () => {
    expect(lines('FROM a:1\nADD a b\n')).toEqual([]);
  });

  it('passes after a WORKDIR in the stage or in the stage it builds on', () => {
    const df = 'FROM a:1 AS base\nWORKDIR /app\nCOPY a b\nFROM base\nCOPY a b\nFROM a:1\nCOPY a b\n';
    expect(lines(df)).toEqual([7]);
  });

  it('lets a FROM without alias inherit from an earlier stage of the same image', () => {
    // hadolint keys unaliased stages by image name; we match it.
    expect(lines('FROM debian\nWORKDIR /app\nFROM debian\nCOPY a b\n')).toEqual([]);
  });

  it('forgets a WORKDIR before the first FROM', () => {
    expect(lines('WORKDIR /app\nFROM a:1\nCOPY a b\n')).toEqual([3]);
  });

  it('reads the destination of a heredoc COPY', () => {
    expect(lines('FROM a:1\nCOPY <<EOF app/x\nhi\nEOF\n\nCOPY <<EOF /app/y\nhi\nEOF\n')).toEqual([2]);
  });

  it('does not look inside ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD WORKDIR /x\nONBUILD COPY a b\nCOPY a b\n')).toEqual([4]);
  });
});
