import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3026 } from '../../../src/lint/rules/dl/DL3026.js';

const lines = (text: string, trusted: string[]) => runRule(DL3026, parseDockerfile(text), { trustedRegistries: trusted });

describe('DL3026', () => {
  it('is off without trusted registries', () => {
    expect(lines('FROM evil.io/x\n', [])).toEqual([]);
  });

  it('fails on images from other registries, in FROM, COPY --from and RUN mounts', () => {
    const text = 'FROM evil.io/x\nFROM ok.io/y\nCOPY --from=evil.io/z a b\nRUN --mount=type=cache,from=evil.io/c,target=/c true\n';
    expect(lines(text, ['ok.io'])).toEqual([1, 3, 4]);
  });

  it('treats images without registry as Docker Hub, except scratch', () => {
    expect(lines('FROM ubuntu\nFROM scratch\nCOPY --from=nginx:1 a b\n', ['ok.io'])).toEqual([1, 3]);
    expect(lines('FROM ubuntu\n', ['docker.io'])).toEqual([]);
    expect(lines('FROM ubuntu\n', ['hub.docker.com'])).toEqual([]);
  });

  it('matches * patterns as prefix or suffix', () => {
    const text = 'FROM eu.gcr.io/a\nFROM gcr.io/b\nFROM quay.io/c\n';
    expect(lines(text, ['*.gcr.io'])).toEqual([2, 3]);
    expect(lines(text, ['gcr.*', 'quay.io'])).toEqual([1]);
    expect(lines(text, ['*'])).toEqual([]);
  });

  it('lets earlier stage names through, whatever the registry', () => {
    // hadolint compares only the image name with earlier aliases, so evil.io/build passes; we match it.
    const text = 'FROM ok.io/a AS build\nFROM build\nFROM evil.io/build\nCOPY --from=build a b\nRUN --mount=from=build,target=/b true\n';
    expect(lines(text, ['ok.io'])).toEqual([]);
  });

  it('fails on COPY --from with a stage number', () => {
    // hadolint reads --from=0 as a Docker Hub image; we match it.
    expect(lines('FROM ok.io/a\nCOPY --from=0 a b\n', ['ok.io'])).toEqual([2]);
  });

  it('reads the registry as the Dockerfile parser does', () => {
    // hadolint reads ${REG}.io and a/b.c as registries; we match it.
    expect(lines('FROM ${REG}.io/img\nFROM a/b.c/d\nFROM ${BASE:-x.y}/z\n', ['docker.io'])).toEqual([1, 2]);
  });

  it('skips mounts without from= and secret mounts', () => {
    expect(lines('FROM ok.io/a\nRUN --mount=type=cache,target=/c --mount=type=secret,id=s true\n', ['ok.io'])).toEqual([]);
  });
});
