import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3020 } from '../../../src/lint/rules/dl/DL3020.js';

const lines = (text: string) => runRule(DL3020, parseDockerfile(text));

describe('DL3020', () => {
  it('fails on ADD of plain files and folders', () => {
    expect(lines('FROM a\nADD app.py /app/\nADD --chown=1:1 src /src\nADD x.tar y.zip /z/\n')).toEqual([2, 3, 4]);
  });

  it('passes archives and http(s) URLs, quoted or in JSON form', () => {
    const text = 'FROM a\nADD rootfs.tar.xz /\nADD "x.tgz" /x\nADD https://e.com/f /f\nADD ["a.tar", "http://e.com/b", "/d/"]\n';
    expect(lines(text)).toEqual([]);
  });

  it('matches the URL scheme case-sensitively and skips ADD in ONBUILD', () => {
    // hadolint only accepts lower-case http:// and https://, and does not check ONBUILD ADD; we match it.
    expect(lines('FROM a\nADD HTTPS://e.com/f /f\nONBUILD ADD app.py /app/\n')).toEqual([2]);
  });

  it('treats git URLs as files', () => {
    // hadolint does not know ADD's git sources; we match it.
    expect(lines('FROM a\nADD git@github.com:o/r.git /src\n')).toEqual([2]);
  });
});
