import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL4001 } from '../../../src/lint/rules/dl/DL4001.js';

const lines = (df: string) => runRule(DL4001, parseDockerfile(df));

describe('DL4001 both wget and curl', () => {
  it('flags each RUN using either once both appeared in the stage', () => {
    expect(lines('FROM alpine:3\nRUN curl -fsSO https://x.test/a\nRUN wget https://x.test/b\nRUN echo ok\nRUN curl https://x.test/c\n')).toEqual([3, 5]);
    expect(lines('FROM alpine:3\nRUN wget -q https://x.test/a && curl -O https://x.test/b\n')).toEqual([2]);
  });

  it('passes one tool per stage', () => {
    expect(lines('FROM alpine:3\nRUN curl https://x.test/a\nFROM alpine:3\nRUN wget https://x.test/b\n')).toEqual([]);
  });

  it('sees the tool through paths and command wrappers, not in arguments', () => {
    expect(lines('FROM alpine:3\nRUN curl https://x.test/a\nRUN echo wget\nRUN busybox wget https://x.test/b\n')).toEqual([4]);
  });

  it('counts ONBUILD RUNs separately, across stages', () => {
    // hadolint folds ONBUILD RUNs on their own and never resets at FROM; we match it.
    expect(lines('FROM alpine:3\nRUN curl https://x.test/a\nONBUILD RUN wget https://x.test/b\n')).toEqual([]);
    expect(lines('FROM alpine:3\nONBUILD RUN curl https://x.test/a\nFROM alpine:3\nONBUILD RUN wget https://x.test/b\n')).toEqual([4]);
  });
});
