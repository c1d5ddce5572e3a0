import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3025 } from '../../../src/lint/rules/dl/DL3025.js';

const lines = (text: string) => runRule(DL3025, parseDockerfile(text));

describe('DL3025', () => {
  it('fails on the shell form of CMD, ENTRYPOINT and HEALTHCHECK CMD', () => {
    const text = 'FROM a\nCMD python app.py\nENTRYPOINT ./run\nHEALTHCHECK --interval=5s CMD curl -f localhost\n';
    expect(lines(text)).toEqual([2, 3, 4]);
  });

  it('passes the exec form and HEALTHCHECK NONE', () => {
    const text = 'FROM a\nCMD ["python", "app.py"]\nENTRYPOINT [ "./run" ,\\\n  "x" ]\nCMD []\nHEALTHCHECK CMD ["curl"]\nHEALTHCHECK NONE\n';
    expect(lines(text)).toEqual([]);
  });

  it('fails on arrays that are not double-quoted strings, and heredocs', () => {
    expect(lines("FROM a\nCMD ['a']\nCMD [1]\nCMD [\"a\",]\nCMD <<EOF\nrun\nEOF\n")).toEqual([2, 3, 4, 5]);
  });

  it('reads escapes as the Dockerfile parser does, not as JSON', () => {
    // hadolint accepts ["\x"] (not JSON) and rejects ["a\\"] (valid JSON); we match it.
    expect(lines('FROM a\nCMD ["\\x"]\nCMD ["a\\\\"]\nCMD ["a\\"b"]\n')).toEqual([3]);
  });

  it('does not check CMD inside ONBUILD', () => {
    expect(lines('FROM a\nONBUILD CMD run\n')).toEqual([]);
  });
});
