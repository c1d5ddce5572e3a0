import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3021 } from '../../../src/lint/rules/dl/DL3021.js';

const lines = (text: string) => runRule(DL3021, parseDockerfile(text));

describe('DL3021', () => {
  it('fails when several sources go to a target without a trailing slash', () => {
    expect(lines('FROM a\nCOPY a b /dst\nCOPY ["a", "b", "/dst"]\n')).toEqual([2, 3]);
  });

  it('passes one source, or a target ending with /', () => {
    expect(lines('FROM a\nCOPY a /dst\nCOPY a b /dst/\nCOPY a b "/dst/"\nCOPY --chown=1:1 ["a", "b", "/d/"]\n')).toEqual([]);
  });

  it('splits paths on spaces even inside quotes', () => {
    // hadolint reads "a b" as two paths "a and b"; we match it.
    expect(lines('FROM a\nCOPY "a b" /dst\n')).toEqual([2]);
  });

  it('reads an unknown --flag without = as a path', () => {
    // hadolint takes --foo as a first source; we match it.
    expect(lines('FROM a\nCOPY --foo a /dst\n')).toEqual([2]);
  });

  it('counts heredoc markers as sources', () => {
    expect(lines('FROM a\nCOPY <<A /dst\nx\nA\n')).toEqual([]);
  });
});
