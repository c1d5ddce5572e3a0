import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule, type Rule } from '../../../src/lint/rule.js';

// Placeholder rule used only to show the shape of rule tests.
const noCd: Rule = {
  code: 'X0000',
  severity: 'warning',
  message: 'no cd',
  check: (ctx) =>
    ctx.instructions.filter((i) => i.keyword === 'RUN' && ctx.shell(i).commands.some((c) => c.name === 'cd')).map((i) => ({ line: i.line })),
};

describe('rule harness', () => {
  it('finds the RUN line, through continuations and command substitutions', () => {
    const df = parseDockerfile('FROM a:1\nRUN echo hi \\\n  && cd /x\nRUN echo $(cd /y; pwd)\nRUN echo cd\n');
    expect(runRule(noCd, df)).toEqual([2, 4]);
  });
});
