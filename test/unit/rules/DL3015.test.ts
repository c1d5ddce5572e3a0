import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3015 } from '../../../src/lint/rules/dl/DL3015.js';

const lines = (text: string) => runRule(DL3015, parseDockerfile(text));

describe('DL3015 --no-install-recommends', () => {
  it('fails without it, also inside ONBUILD', () => {
    expect(lines('FROM a:1\nRUN apt-get install -y x\nONBUILD RUN apt-get install -y x\n')).toEqual([2, 3]);
  });

  it('passes the flag or the apt option as its own word', () => {
    const text = 'FROM a:1\nRUN apt-get install -y --no-install-recommends x\nRUN apt-get install -y -o APT::Install-Recommends=false x\n';
    expect(lines(text)).toEqual([]);
  });

  // hadolint wants `APT::Install-Recommends=false` as a separate word: `-oAPT::...` and `=0` fail; we match it.
  it('fails other spellings of the option', () => {
    expect(lines('FROM a:1\nRUN apt-get install -y -oAPT::Install-Recommends=false x\nRUN apt-get install -y -o APT::Install-Recommends=0 x\n')).toEqual([2, 3]);
  });

  it('ignores apt install', () => {
    expect(lines('FROM a:1\nRUN apt install -y x\n')).toEqual([]);
  });
});
