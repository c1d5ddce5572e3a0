import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3062 } from '../../../src/lint/rules/dl/DL3062.js';

const lines = (text: string) => runRule(DL3062, parseDockerfile(text));

describe('DL3062 go package without version', () => {
  it('fails on go install and go get without a version', () => {
    expect(lines('FROM g:1\nRUN go install x.com/a\nRUN go get x.com/a\nRUN go get -u x.com/a@v1 x.com/b\n')).toEqual([2, 3, 4]);
  });

  it('fails on @latest and @none', () => {
    expect(lines('FROM g:1\nRUN go install x.com/a@latest\nRUN go install x.com/a@none\n')).toEqual([2, 3]);
  });

  it('passes on pinned versions and local paths', () => {
    expect(lines('FROM g:1\nRUN go install -v x.com/a@v1.2.3\nRUN go install .\nRUN go install ./cmd/...\nRUN go install /src\n')).toEqual([]);
  });

  it('checks the package of go run, not the program arguments', () => {
    expect(lines('FROM g:1\nRUN go run x.com/a@v1 arg\nRUN go run x.com/a arg\nRUN go run main.go\n')).toEqual([3, 4]);
  });

  it('checks only the go run packages when a RUN has both', () => {
    // hadolint ignores go install in a RUN that also has go run; we match it.
    expect(lines('FROM g:1\nRUN go run ./x && go install x.com/y\n')).toEqual([]);
  });

  it('ignores other go commands', () => {
    expect(lines('FROM g:1\nRUN go build ./... && go mod download\n')).toEqual([]);
  });

  it('checks inside ONBUILD', () => {
    expect(lines('FROM g:1\nONBUILD RUN go install x.com/a\n')).toEqual([2]);
  });
});
