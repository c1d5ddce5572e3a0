import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3043 } from '../../../src/lint/rules/dl/DL3043.js';

const lines = (text: string) => runRule(DL3043, parseDockerfile(text));

describe('DL3043 ONBUILD, FROM or MAINTAINER inside ONBUILD', () => {
  it('fails on ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER, in any case', () => {
    const df = 'FROM a:1\nONBUILD ONBUILD RUN x\nONBUILD FROM b\nONBUILD MAINTAINER me\nonbuild from c\n';
    expect(lines(df)).toEqual([2, 3, 4, 5]);
  });

  it('passes on other ONBUILD instructions and on plain FROM and MAINTAINER', () => {
    expect(lines('FROM a:1\nMAINTAINER me\nONBUILD RUN x\nONBUILD COPY a /b\n')).toEqual([]);
  });
});
