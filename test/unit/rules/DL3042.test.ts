import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3042 } from '../../../src/lint/rules/dl/DL3042.js';

const lines = (text: string) => runRule(DL3042, parseDockerfile(text));

describe('DL3042 pip install without --no-cache-dir', () => {
  it('fails on pip installs without --no-cache-dir', () => {
    expect(lines('FROM p:1\nRUN pip install a\nRUN pip3.11 install a\nRUN python3 -m pip install a\n')).toEqual([2, 3, 4]);
  });

  it('passes with --no-cache-dir, pipx, pipenv or other pip commands', () => {
    const df = 'FROM p:1\nRUN pip install --no-cache-dir a\nRUN pipx install a\nRUN python -m pipx install a\nRUN pipenv install a\nRUN pip download a\n';
    expect(lines(df)).toEqual([]);
  });

  it('passes when the script sets PIP_NO_CACHE_DIR to a truthy value', () => {
    expect(lines('FROM p:1\nRUN PIP_NO_CACHE_DIR=1 pip install a\nRUN PIP_NO_CACHE_DIR=0 pip install a\n')).toEqual([3]);
  });

  it('reads only the start of the value in the script', () => {
    // hadolint checks that the text after `PIP_NO_CACHE_DIR=` starts with a truthy word; we match it.
    expect(lines('FROM p:1\nRUN PIP_NO_CACHE_DIR=yesplease pip install a\n')).toEqual([]);
  });

  it('passes with a cache mount on .cache/pip', () => {
    expect(lines('FROM p:1\nRUN --mount=type=cache,target=/root/.cache/pip pip install a\n')).toEqual([]);
  });

  it('passes after ENV PIP_NO_CACHE_DIR with a truthy value, in that stage and stages built on it', () => {
    const df = 'FROM p:1 AS base\nENV PIP_NO_CACHE_DIR=true\nRUN pip install a\nFROM base\nRUN pip install a\nFROM p:1\nRUN pip install a\n';
    expect(lines(df)).toEqual([7]);
  });

  it('fails after ENV PIP_NO_CACHE_DIR=false', () => {
    expect(lines('FROM p:1\nENV PIP_NO_CACHE_DIR=false\nRUN pip install a\n')).toEqual([3]);
  });

  it('lets a FROM without alias inherit from an earlier stage of the same image', () => {
    // hadolint keys unaliased stages by image name, so the second `FROM p` finds the first's ENV; we match it.
    expect(lines('FROM p\nENV PIP_NO_CACHE_DIR=1\nFROM p\nRUN pip install a\n')).toEqual([]);
  });

  it('forgets an ENV set before the first FROM', () => {
    expect(lines('ENV PIP_NO_CACHE_DIR=1\nFROM p:1\nRUN pip install a\n')).toEqual([3]);
  });

  it('folds ONBUILD instructions apart from the others', () => {
    const df = 'FROM p:1\nENV PIP_NO_CACHE_DIR=1\nONBUILD RUN pip install a\nRUN pip install b\n';
    expect(lines(df)).toEqual([3]);
    expect(lines('FROM p:1\nONBUILD ENV PIP_NO_CACHE_DIR=1\nONBUILD RUN pip install a\nRUN pip install b\n')).toEqual([4]);
  });
});
