import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3004 } from '../../../src/lint/rules/dl/DL3004.js';

const lines = (text: string) => runRule(DL3004, parseDockerfile(text));

describe('DL3004 sudo', () => {
  it('finds sudo in shell and exec form, substitutions and ONBUILD', () => {
    const text = 'FROM a:1\nRUN sudo make install\nRUN ["sudo", "ls"]\nRUN echo $(sudo id)\nONBUILD RUN sudo ls\n';
    expect(lines(text)).toEqual([2, 3, 4, 5]);
  });

  it('passes sudo as an argument', () => {
    expect(lines('FROM a:1\nRUN apt-get install -y sudo=1.9\n')).toEqual([]);
  });

  // hadolint compares the command name as written: `/usr/bin/sudo` and `env sudo` pass; we match it.
  it('does not resolve paths or env', () => {
    expect(lines('FROM a:1\nRUN /usr/bin/sudo ls\nRUN env sudo ls\n')).toEqual([]);
  });
});
