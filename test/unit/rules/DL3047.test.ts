import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3047 } from '../../../src/lint/rules/dl/DL3047.js';

const lines = (text: string) => runRule(DL3047, parseDockerfile(text));

describe('DL3047 wget without progress bar option', () => {
  it('fails on a bare wget, also with -O', () => {
    expect(lines('FROM a:1\nRUN wget http://x\nRUN wget -O f http://x\n')).toEqual([2, 3]);
  });

  it('passes with --progress, -q, -nv, -o or -a', () => {
    const df = 'FROM a:1\nRUN wget --progress=dot:giga http://x\nRUN wget -qO- http://x\nRUN wget -nv http://x\nRUN wget --no-verbose http://x\nRUN wget -o log http://x\nRUN wget --append-output=log http://x\n';
    expect(lines(df)).toEqual([]);
  });

  it('ignores other commands', () => {
    expect(lines('FROM a:1\nRUN curl -o f http://x\n')).toEqual([]);
  });

  it('checks inside ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD RUN wget http://x\n')).toEqual([2]);
  });
});
