import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3046 } from '../../../src/lint/rules/dl/DL3046.js';

const lines = (text: string) => runRule(DL3046, parseDockerfile(text));

describe('DL3046 useradd with a high UID and without -l', () => {
  it('fails on -u with more than five characters', () => {
    expect(lines('FROM a:1\nRUN useradd -u 123456 x\nRUN useradd -m -u 1234567 -s /bin/sh x\n')).toEqual([2, 3]);
  });

  it('passes with -l, --no-log-init or a combined -lu', () => {
    expect(lines('FROM a:1\nRUN useradd -l -u 123456 x\nRUN useradd --no-log-init -u 123456 x\nRUN useradd -lu 123456 x\n')).toEqual([]);
  });

  it('passes on short UIDs and other commands', () => {
    expect(lines('FROM a:1\nRUN useradd -u 12345 x\nRUN adduser -u 123456 x\n')).toEqual([]);
  });

  it('measures only the value after -u', () => {
    // hadolint reads the value of `-u` alone: `--uid 123456` passes and `-u "$UID"` (read as `${UID}`) fails; we match it.
    expect(lines('FROM a:1\nRUN useradd --uid 123456 x\nRUN useradd -u "$UID" x\n')).toEqual([3]);
  });

  it('checks inside ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD RUN useradd -u 123456 x\n')).toEqual([2]);
  });
});
