import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3059 } from '../../../src/lint/rules/dl/DL3059.js';

const lines = (text: string) => runRule(DL3059, parseDockerfile(text));

describe('DL3059 multiple consecutive RUN', () => {
  it('fails on each RUN after a RUN', () => {
    expect(lines('FROM a:1\nRUN echo a\nRUN echo b\nRUN echo c\n')).toEqual([3, 4]);
  });

  it('is not interrupted by comments or blank lines', () => {
    expect(lines('FROM a:1\nRUN echo a\n\n# note\n# hadolint ignore=DL3003\nRUN echo b\n')).toEqual([6]);
  });

  it('is interrupted by any other instruction, ONBUILD RUN and FROM included', () => {
    expect(lines('FROM a:1\nRUN echo a\nENV X=1\nRUN echo b\nONBUILD RUN echo c\nRUN echo d\nFROM b:1\nRUN echo e\n')).toEqual([]);
  });

  it('leaves RUNs with two or more commands alone', () => {
    // hadolint's command list holds each command twice, so its "more than 2" means "more than one command"; we match it.
    expect(lines('FROM a:1\nRUN echo a && echo b\nRUN echo c\nRUN echo d; echo e\n')).toEqual([]);
    expect(lines('FROM a:1\nRUN a | b\nRUN c\n')).toEqual([]);
  });

  it('compares with the first RUN of a run of hits', () => {
    // On a hit hadolint keeps the earlier RUN's state; we match it.
    expect(lines('FROM a:1\nRUN echo a && echo b\nRUN echo c\nRUN echo d\nRUN echo e && echo f\nRUN echo g\n')).toEqual([4]);
  });

  it('counts a RUN with no named command, or only a [ ] test, as empty', () => {
    expect(lines('FROM a:1\nRUN x=1\nRUN $CMD arg\nRUN [ -f x ]\nRUN if [ -f x ]; then echo a; fi\n')).toEqual([3, 4, 5]);
  });

  it('leaves RUNs with different mount, network or security flags alone', () => {
    const df = 'FROM a:1\nRUN --mount=type=cache,target=/x echo a\nRUN echo b\nRUN --network=none echo c\nRUN --security=insecure echo d\n';
    expect(lines(df)).toEqual([]);
  });

  it('fails on RUNs with the same flags, whatever their order', () => {
    const df = 'FROM a:1\nRUN --mount=type=cache,target=/x --network=host echo a\nRUN --network=host --mount=target=/x,type=cache echo b\nRUN --mount=type=cache,dst=/x --network=host echo c\n';
    expect(lines(df)).toEqual([3, 4]);
  });

  it('counts the commands of exec forms and heredocs', () => {
    expect(lines('FROM a:1\nRUN ["echo", "a"]\nRUN ["echo", "b"]\nRUN ["sh", "-c", "a && b"]\n')).toEqual([3]);
    expect(lines('FROM a:1\nRUN <<EOF\necho a\necho b\nEOF\n\nRUN echo c\nRUN <<EOF\necho d\nEOF\n')).toEqual([8]);
  });

  it('sees through line continuations with comment lines inside', () => {
    expect(lines('FROM a:1\nRUN echo a \\\n# inner\n  && echo b\nRUN echo c\nRUN echo d\n')).toEqual([6]);
  });
});
