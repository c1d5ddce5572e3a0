import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3018 } from '../../../src/lint/rules/dl/DL3018.js';

const lines = (text: string) => runRule(DL3018, parseDockerfile(text));

describe('DL3018', () => {
  it('fails on apk add without pinned versions', () => {
    expect(lines('FROM alpine:3\nRUN apk add curl\nRUN apk update && apk add --no-cache git=2.40 bash\n')).toEqual([2, 3]);
  });

  it('passes pinned packages, version ranges and local .apk files', () => {
    expect(lines('FROM alpine:3\nRUN apk add curl=8.5 git~2.40 "py3<4" ./local.apk\nRUN apk del curl\n')).toEqual([]);
  });

  it('ignores the values of -t, --virtual, --repository and -X', () => {
    expect(lines('FROM alpine:3\nRUN apk add -t .deps --repository http://r make=4 -X http://x\n')).toEqual([]);
    expect(lines('FROM alpine:3\nRUN apk add --virtual .deps make=4 gcc\n')).toEqual([2]);
  });

  it('checks RUN inside ONBUILD and the exec form', () => {
    expect(lines('FROM alpine:3\nONBUILD RUN apk add curl\nRUN ["apk", "add", "git"]\n')).toEqual([2, 3]);
  });

  it('does not look inside sh -c strings', () => {
    // hadolint sees only the sh command here; we match it.
    expect(lines('FROM alpine:3\nRUN sh -c "apk add curl"\n')).toEqual([]);
  });
});
