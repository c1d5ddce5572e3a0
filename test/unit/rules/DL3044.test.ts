import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3044 } from '../../../src/lint/rules/dl/DL3044.js';

const lines = (text: string) => runRule(DL3044, parseDockerfile(text));

describe('DL3044 ENV refers to a variable it defines', () => {
  it('fails on $NAME and ${NAME} of a name the same ENV defines', () => {
    expect(lines('FROM a:1\nENV A=1 B=$A\nENV C=1 D="x${C}y"\nENV E=1 F=$E/bin\n')).toEqual([2, 3, 4]);
  });

  it('fails when the reference comes before the definition', () => {
    expect(lines('FROM a:1\nENV B=$A A=1\n')).toEqual([2]);
  });

  it('passes on a self reference and on longer names', () => {
    expect(lines('FROM a:1\nENV PATH=$PATH:/x\nENV A=1 B=$AB C=$A_x\n')).toEqual([]);
  });

  it('passes when an earlier ENV or ARG defined the name, in any stage', () => {
    expect(lines('FROM a:1\nARG A\nENV A=2 B=$A\nENV C=1\nFROM b:1\nENV C=2 D=$C\n')).toEqual([]);
  });

  it('sees references in single quotes and after a backslash', () => {
    // hadolint reads the value without shell quoting rules, so '$A' and \$A count; we match it.
    expect(lines("FROM a:1\nENV A=1 B='$A'\nENV C=1 D=\\$C\n")).toEqual([2, 3]);
  });

  it('does not look inside ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD ENV A=1 B=$A\n')).toEqual([]);
  });
});
