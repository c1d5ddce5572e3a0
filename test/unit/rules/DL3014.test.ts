import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3014 } from '../../../src/lint/rules/dl/DL3014.js';

const lines = (text: string) => runRule(DL3014, parseDockerfile(text));

describe('DL3014 apt-get install -y', () => {
  it('fails without a yes option', () => {
    expect(lines('FROM a:1\nRUN apt-get install curl\nRUN apt-get install -q curl\nONBUILD RUN apt-get install x\n')).toEqual([2, 3, 4]);
  });

  it('passes -y and its spellings anywhere in the command', () => {
    const text = 'FROM a:1\nRUN apt-get install -y x\nRUN apt-get -yq install x\nRUN apt-get install --yes x\nRUN apt-get install --assume-yes x\nRUN apt-get install x -y\n';
    expect(lines(text)).toEqual([]);
  });

  it('passes exactly two quiet levels', () => {
    expect(lines('FROM a:1\nRUN apt-get install -qq x\nRUN apt-get install -q -q x\nRUN apt-get install -q=2 x\nRUN apt-get install --quiet --quiet x\n')).toEqual([]);
  });

  // hadolint wants exactly two `q`: `-qqq` and `--quiet=2` fail; we match it.
  it('fails other quiet levels', () => {
    expect(lines('FROM a:1\nRUN apt-get install -qqq x\nRUN apt-get install --quiet=2 x\n')).toEqual([2, 3]);
  });

  it('ignores apt and other apt-get commands', () => {
    expect(lines('FROM a:1\nRUN apt install x\nRUN apt-get update\n')).toEqual([]);
  });
});
