import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3066 } from '../../../src/lint/rules/dl/DL3066.js';

const lines = (df: string) => runRule(DL3066, parseDockerfile(df));

describe('DL3066 non-numeric user id', () => {
  it('flags a user name', () => {
    expect(lines('FROM alpine:3\nUSER app\nUSER app:app\n')).toEqual([2, 3]);
  });

  it('passes numeric ids, with or without a group', () => {
    expect(lines('FROM alpine:3\nUSER 10001\nUSER 10001:app\nUSER 0:0\n')).toEqual([]);
  });

  it('passes a user that comes from an ARG, in any stage after it', () => {
    expect(lines('FROM alpine:3\nARG UID=1000\nUSER $UID\nUSER ${UID}:1000\nFROM debian:12\nUSER $UID\n')).toEqual([]);
    expect(lines('FROM alpine:3\nUSER $UID\nARG UID\n')).toEqual([2]);
  });

  it('reads the user to the end of the line', () => {
    // hadolint keeps trailing white space and comments in the USER text; we match it.
    expect(lines('FROM alpine:3\nUSER 1000 \nUSER 1000 # app\n')).toEqual([2, 3]);
  });

  it('passes an empty user id', () => {
    // hadolint accepts `USER :group` (an empty id is all digits); we match it.
    expect(lines('FROM alpine:3\nUSER :app\n')).toEqual([]);
  });

  it('ignores ONBUILD', () => {
    expect(lines('FROM alpine:3\nONBUILD USER app\n')).toEqual([]);
  });
});
