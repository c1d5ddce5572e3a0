import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3027 } from '../../../src/lint/rules/dl/DL3027.js';

const lines = (text: string) => runRule(DL3027, parseDockerfile(text));

describe('DL3027', () => {
  it('fails on apt, in RUN and ONBUILD RUN', () => {
    expect(lines('FROM debian\nRUN apt update && apt install -y curl\nONBUILD RUN apt-get update && apt list\n')).toEqual([2, 3]);
  });

  it('passes apt-get, apt-cache and the word apt as an argument', () => {
    expect(lines('FROM debian\nRUN apt-get install -y curl && apt-cache policy curl\nRUN echo apt\nRUN sudo apt install x\n')).toEqual([]);
  });
});
