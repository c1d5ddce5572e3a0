import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3006 } from '../../../src/lint/rules/dl/DL3006.js';

const lines = (text: string) => runRule(DL3006, parseDockerfile(text));

describe('DL3006 untagged image', () => {
  it('fails on an image without tag or digest', () => {
    expect(lines('FROM ubuntu\nFROM reg.io:5000/app\nFROM Scratch\n')).toEqual([1, 2, 3]);
  });

  it('passes tags, digests, scratch, variables and earlier stage aliases', () => {
    const text = 'FROM ubuntu:22.04 AS build\nFROM a@sha256:abc\nFROM scratch\nFROM $BASE\nFROM ${BASE}\nFROM build\n';
    expect(lines(text)).toEqual([]);
  });

  it('only counts aliases defined before', () => {
    expect(lines('FROM later\nFROM ubuntu:22.04 AS later\n')).toEqual([1]);
  });

  // language-docker reads `localhost:5000/app` as image `localhost` with tag `5000/app`; we match it.
  it('reads a registry without a dot as the image name', () => {
    expect(lines('FROM localhost:5000/app\n')).toEqual([]);
  });

  // language-docker takes everything up to the first `.` and the next `/` as the registry, variables included; we match it.
  it('splits the registry as language-docker does', () => {
    expect(lines('FROM ${REG}.io/app\nFROM $R.io/app\nFROM ${REG}/app\n')).toEqual([1, 2]);
    expect(lines('FROM x:1 AS build\nFROM org/a.b/build\n')).toEqual([]);
  });
});
