import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3001 } from '../../../src/lint/rules/dl/DL3001.js';

const lines = (text: string) => runRule(DL3001, parseDockerfile(text));

describe('DL3001 commands that make no sense in a container', () => {
  it('finds them anywhere in the script and inside ONBUILD', () => {
    const text = 'FROM a:1\nRUN ps aux\nRUN make && service nginx start\nRUN echo "$(free -m)"\nONBUILD RUN vim x\nRUN kill -9 1\n';
    expect(lines(text)).toEqual([2, 3, 4, 5, 6]);
  });

  it('passes other commands and the words as arguments', () => {
    expect(lines('FROM a:1\nRUN echo ssh top\nRUN apt-get install -y vim\n')).toEqual([]);
  });

  // hadolint names ifconfig in the message but does not check it; we match it.
  it('does not check ifconfig', () => {
    expect(lines('FROM a:1\nRUN ifconfig\n')).toEqual([]);
  });
});
