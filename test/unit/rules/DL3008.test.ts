import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3008 } from '../../../src/lint/rules/dl/DL3008.js';

const lines = (text: string) => runRule(DL3008, parseDockerfile(text));

describe('DL3008 apt-get install pins', () => {
  it('fails when a package has no version', () => {
    expect(lines('FROM a:1\nRUN apt-get update && apt-get install -y curl=7.88.1-10 wget\n')).toEqual([2]);
    expect(lines('FROM a:1\nRUN apt-get install -y ${PKG}\nRUN apt-get install -y pkg:amd64\n')).toEqual([2, 3]);
  });

  it('passes versions, releases and .deb files', () => {
    const text = 'FROM a:1\nRUN apt-get install -y --no-install-recommends curl=7.* "wget=1.*" git/bookworm ./x.deb\n';
    expect(lines(text)).toEqual([]);
  });

  it('drops the value of -t and --target-release, but not of other flags', () => {
    expect(lines('FROM a:1\nRUN apt-get -t bookworm-backports install -y x=1\nRUN apt-get install --target-release bookworm x=1\n')).toEqual([]);
    // `-o` keeps its value as a word; it has a `=`, so it reads as pinned.
    expect(lines('FROM a:1\nRUN apt-get install -y -o Dpkg::Options::=--force-confold x=1\n')).toEqual([]);
  });

  it('only looks at apt-get install', () => {
    expect(lines('FROM a:1\nRUN apt install -y curl\nRUN apt-get update\nRUN apt-get -y install\n')).toEqual([]);
  });

  it('checks each command of the script, continuations and ONBUILD', () => {
    const text = 'FROM a:1\nRUN apt-get install -y a=1 \\\n    # comment\n    b \\\n && echo done\nONBUILD RUN apt-get install -y c\nRUN ["apt-get", "install", "d"]\n';
    expect(lines(text)).toEqual([2, 6, 7]);
  });

  // hadolint counts every non-flag word of an apt-get command that has `install` anywhere; we match it.
  it('counts every other word as a package', () => {
    expect(lines('FROM a:1\nRUN apt-get upgrade x install\nRUN apt-get install -y x=1 -- y=1\n')).toEqual([2, 3]);
  });
});
