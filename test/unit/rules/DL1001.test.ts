import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL1001 } from '../../../src/lint/rules/dl/DL1001.js';

const lines = (text: string) => runRule(DL1001, parseDockerfile(text));

describe('DL1001 inline ignore pragmas', () => {
  it('finds inline ignore pragmas, with spaces, several codes and a trailing comment', () => {
    const text = [
      '# hadolint ignore=DL3006',
      'FROM a',
      '  #hadolint ignore = DL3006 , SC2086 # why',
      'FROM b',
      '# hadolint ignore=SC2046,DL3008',
      'FROM c:1',
    ].join('\n');
    expect(lines(text)).toEqual([1, 3, 5]);
  });

  it('ignores other comments, global and stage pragmas', () => {
    const text = ['# hadolint global ignore=DL3006', '# hadolint stage ignore=DL3006', '# ignore=DL3006', 'FROM a'].join('\n');
    expect(lines(text)).toEqual([]);
  });

  // hadolint only accepts comma-separated codes made of D, L, S, C and digits; we match it.
  it('does not count malformed pragmas', () => {
    const text = ['# hadolint ignore=DL3006 DL3007', '# hadolint ignore=dl3006', '# Hadolint ignore=DL3006', '# hadolint ignore=DL3006,', 'FROM a'].join('\n');
    expect(lines(text)).toEqual([]);
  });

  it('does not see comment lines inside a continuation or a heredoc', () => {
    const text = ['FROM a:1', 'RUN echo \\', '# hadolint ignore=DL3006', '  hi', 'RUN <<EOF', '# hadolint ignore=DL3006', 'EOF', ''].join('\n');
    expect(lines(text)).toEqual([]);
  });
});
