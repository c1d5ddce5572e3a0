import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL4000 } from '../../../src/lint/rules/dl/DL4000.js';

const lines = (df: string) => runRule(DL4000, parseDockerfile(df));

describe('DL4000 MAINTAINER is deprecated', () => {
  it('flags MAINTAINER', () => {
    expect(lines('FROM alpine:3\nMAINTAINER ML team <ml@example.test>\n')).toEqual([2]);
  });

  it('passes a maintainer label', () => {
    expect(lines('FROM alpine:3\nLABEL maintainer="ml@example.test"\n')).toEqual([]);
  });

  it('ignores ONBUILD MAINTAINER', () => {
    expect(lines('FROM alpine:3\nONBUILD MAINTAINER ml\n')).toEqual([]);
  });
});
