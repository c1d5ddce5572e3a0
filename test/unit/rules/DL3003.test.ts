import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3003 } from '../../../src/lint/rules/dl/DL3003.js';

const lines = (text: string) => runRule(DL3003, parseDockerfile(text));

describe('DL3003 cd in RUN', () => {
  it('finds cd, also in a subshell', () => {
    expect(lines('FROM a:1\nRUN cd /tmp && make\nRUN (cd /src && make)\n')).toEqual([2, 3]);
  });

  it('passes other commands and cd as an argument', () => {
    expect(lines('FROM a:1\nRUN make -C /src\nRUN echo cd\n')).toEqual([]);
  });

  // hadolint does not apply this rule inside ONBUILD; we match it.
  it('does not look inside ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD RUN cd /x\n')).toEqual([]);
  });
});
