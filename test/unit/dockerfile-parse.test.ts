import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/lint/dockerfile/parse.js';
import { hasCacheOrTmpfsMountWith, runFlagsKey, runMounts } from '../../src/lint/dockerfile/mounts.js';
import { argName, parseFrom, parseImageRef, parsePairs } from '../../src/lint/dockerfile/syntax.js';

const insts = (text: string) => parseDockerfile(text).instructions.map((i) => [i.keyword, i.line, i.args]);

describe('Dockerfile parsing with language-docker semantics', () => {
  it('joins continuations: an indented next line adds one space, comment and blank lines are dropped', () => {
    const df = 'FROM a:1\nRUN apt-get update \\\n  # why\n\n    && apt-get install x\nRUN echo a\\\nb\n';
    expect(insts(df)).toEqual([
      ['FROM', 1, 'a:1'],
      ['RUN', 2, 'apt-get update  && apt-get install x'],
      ['RUN', 6, 'echo ab'],
    ]);
  });

  it('honours the escape directive and CRLF line ends', () => {
    expect(insts('# escape=`\r\nFROM w:1\r\nRUN dir `\r\n  c:\\x\r\n')).toEqual([
      ['FROM', 2, 'w:1'],
      ['RUN', 3, 'dir  c:\\x'],
    ]);
    expect(parseDockerfile('# escape=`\nFROM a:1\n').directives).toEqual({ escape: '`' });
  });

  it('reads flags, JSON exec form and keywords in any case', () => {
    const [, run, cmd] = parseDockerfile('from a:1\nrun --mount=type=cache,target=/r --network=none make\nCMD ["a", "b c"]\n').instructions;
    expect(run!.flags).toEqual([
      { name: 'mount', value: 'type=cache,target=/r' },
      { name: 'network', value: 'none' },
    ]);
    expect(run!.args).toBe('make');
    expect(cmd!.json).toEqual(['a', 'b c']);
  });

  it('reads heredocs as language-docker does', () => {
    const lead = parseDockerfile('FROM a:1\nRUN <<EOF\ncd /x\nmake\nEOF\n\nUSER 1\n');
    expect(lead.instructions.map((i) => [i.keyword, i.line, i.args])).toEqual([
      ['FROM', 1, 'a:1'],
      ['RUN', 2, 'cd /x\nmake'],
      ['USER', 7, '1'],
    ]);
    const mid = parseDockerfile('FROM a:1\nRUN cat <<EOF > /etc/x\nk=v\nEOF\n');
    expect(mid.instructions[1]!.args).toBe('cat');
    // hadolint cannot parse an instruction right after a heredoc terminator; neither do we.
    expect(parseDockerfile('FROM a:1\nRUN <<EOF\nls\nEOF\nUSER 1\n').error).toMatchObject({ line: 5 });
  });

  it('unwraps ONBUILD', () => {
    const [, ob] = parseDockerfile('FROM a:1\nONBUILD RUN cd /x\n').instructions;
    expect(ob!.keyword).toBe('ONBUILD');
    expect(ob!.inner).toMatchObject({ keyword: 'RUN', args: 'cd /x', line: 2 });
  });

  it('reports unknown instructions and missing arguments as parse errors', () => {
    expect(parseDockerfile('FROM a:1\nFOO bar\n').error).toMatchObject({ line: 2, column: 1 });
    expect(parseDockerfile('FROM a:1\nRUN\n').error).toMatchObject({ line: 2 });
  });

  it('collects comments and directives', () => {
    const df = parseDockerfile('# syntax=docker/dockerfile:1\n# hello\nFROM a:1\n  # hadolint ignore=DL3003\nRUN cd /\n');
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1' });
    expect(df.comments.map((c) => c.line)).toEqual([1, 2, 4]);
  });
});

describe('FROM and pairs', () => {
  const from = (args: string) => parseFrom(parseDockerfile(`FROM ${args}\n`).instructions[0]!);
  it('splits registry, name, tag, digest, alias, platform', () => {
    expect(from('--platform=linux/amd64 ghcr.io/org/img:1.2@sha256:abc AS build')).toEqual({
      registry: 'ghcr.io',
      name: 'org/img',
      tag: '1.2',
      digest: 'sha256:abc',
      alias: 'build',
      platform: 'linux/amd64',
    });
    expect(from('localhost:5000/x')).toMatchObject({ registry: null, name: 'localhost', tag: '5000/x' });
    expect(from('${BASE:-debian}:12')).toMatchObject({ name: '${BASE:-debian}', tag: '12' });
  });

  it('reads the registry, words and alias as language-docker does', () => {
    // Up to the first `.`, then up to the next `/`; `${...}` may be part of it.
    expect(from('org/x.y/z:2')).toMatchObject({ registry: 'org/x.y', name: 'z', tag: '2' });
    expect(from('${R}.io/foo:1')).toMatchObject({ registry: '${R}.io', name: 'foo', tag: '1' });
    // The alias is one word (hadolint accepts a comment after it); only space, tab and newline separate words.
    expect(from('img:1 AS a # c').alias).toBe('a');
    expect(from('img:1\u00a0AS\u00a0y')).toMatchObject({ tag: '1\u00a0AS\u00a0y', alias: null });
  });

  it('reads COPY --from and mount from= values as IsString Image', () => {
    expect(parseImageRef('ghcr.io/org/img:1')).toEqual({ registry: 'ghcr.io', name: 'org/img:1' });
    expect(parseImageRef('org/img')).toEqual({ registry: null, name: 'org/img' });
    expect(parseImageRef('build')).toEqual({ registry: null, name: 'build' });
  });

  it('reads the ARG name as language-docker does', () => {
    const arg = (text: string) => argName(parseDockerfile(`ARG ${text}\n`).instructions[0]!);
    expect(arg('A=1 B=2')).toBe('A');
    expect(arg('A\u00a0B=1')).toBe('A\u00a0B');
    expect(arg('=x')).toBe('=x');
  });

  it('reads ENV/LABEL pairs in both forms', () => {
    expect(parsePairs('A=1 B="two words" C=x\\ y')).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: 'two words' },
      { key: 'C', value: 'x y' },
    ]);
    expect(parsePairs('KEY some value')).toEqual([{ key: 'KEY', value: 'some value' }]);
  });
});

describe('RUN mounts', () => {
  const run = (text: string) => parseDockerfile(`RUN ${text}\n`).instructions[0]!;
  it('reads options with language-docker names, quotes removed', () => {
    const [cache, bind] = runMounts(run('--mount=type=cache,dst=/x,src=/y,from=build,id=c,RO --mount=target="/a,b",z true'));
    expect(cache).toMatchObject({ type: 'cache', target: '/x', source: '/y', from: 'build', id: 'c' });
    expect(cache?.options.get('ro')).toBe('true');
    expect(bind).toMatchObject({ type: 'bind', target: '/a,b', from: null });
    expect(bind?.options.get('relabel')).toBe('shared');
  });

  it('finds cache and tmpfs targets, and compares flags as sets', () => {
    expect(hasCacheOrTmpfsMountWith('/var/cache/apk', run('--mount=type=tmpfs,target=/var/cache/apk true'))).toBe(true);
    expect(hasCacheOrTmpfsMountWith('/var/cache/apk', run('--mount=type=bind,target=/var/cache/apk true'))).toBe(false);
    expect(runFlagsKey(run('--mount=type=cache,target=/x,ro a'))).toBe(runFlagsKey(run('--mount=readonly,destination=/x,type=cache b')));
    expect(runFlagsKey(run('--mount=type=cache,target=/x a'))).not.toBe(runFlagsKey(run('--mount=type=cache,target=/y b')));
  });
});
