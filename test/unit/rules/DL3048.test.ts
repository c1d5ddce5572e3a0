import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3048 } from '../../../src/lint/rules/dl/DL3048.js';

const lines = (text: string) => runRule(DL3048, parseDockerfile(text));

describe('DL3048 invalid label key', () => {
  it('passes on lower-case dotted keys', () => {
    expect(lines('FROM a:1\nLABEL org.opencontainers.image.title=x a_b=1 "c/d-2"=y\n')).toEqual([]);
  });

  it('fails on upper case, a bad first or last character, and doubled separators', () => {
    const df = 'FROM a:1\nLABEL Foo=x\nLABEL 1a=x\nLABEL a.=x\nLABEL a..b=x\nLABEL a--b=x\nLABEL a=1 B=2\n';
    expect(lines(df)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('fails on the reserved Docker namespaces', () => {
    expect(lines('FROM a:1\nLABEL com.docker.x=y\nLABEL io.docker.x=y\nLABEL org.dockerproject.x=y\n')).toEqual([2, 3, 4]);
  });

  it('reads the key of the old `LABEL key value` form', () => {
    expect(lines('FROM a:1\nLABEL maintainer me <me@x>\nLABEL Maintainer me\n')).toEqual([3]);
  });

  it('does not look inside ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD LABEL Foo=x\n')).toEqual([]);
  });
});
