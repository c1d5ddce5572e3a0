import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL4005 } from '../../../src/lint/rules/dl/DL4005.js';

const lines = (df: string) => runRule(DL4005, parseDockerfile(df));

describe('DL4005 ln to /bin/sh', () => {
  it('flags linking over /bin/sh, also in ONBUILD and exec form', () => {
    expect(lines('FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\nONBUILD RUN ln -s /bin/bash /bin/sh\nRUN ["ln", "-s", "/bin/bash", "/bin/sh"]\n')).toEqual([2, 3, 4]);
  });

  it('flags /bin/sh as any argument of ln', () => {
    // hadolint checks for the argument anywhere, so a link from /bin/sh counts too; we match it.
    expect(lines('FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/sh\n')).toEqual([2]);
  });

  it('passes other links and other commands', () => {
    expect(lines('FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python\nRUN echo /bin/sh\nRUN ln -s /bin/bash /bin/sh/\n')).toEqual([]);
  });
});
