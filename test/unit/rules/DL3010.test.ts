import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3010 } from '../../../src/lint/rules/dl/DL3010.js';

const lines = (text: string) => runRule(DL3010, parseDockerfile(text));

describe('DL3010 COPY then extract', () => {
  it('fails on the COPY of an archive extracted later in the stage', () => {
    expect(lines('FROM a:1\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n')).toEqual([2]);
    expect(lines('FROM a:1\nCOPY a.tgz b.xz /tmp/\nRUN unxz /tmp/b.xz\n')).toEqual([2]);
    expect(lines('FROM a:1\nCOPY ["c.tar", "/tmp/"]\nRUN tar --extract --file c.tar\n')).toEqual([2]);
  });

  it('matches an archive named by the target', () => {
    expect(lines('FROM a:1\nCOPY src /opt/y.tar\nRUN tar -xf y.tar\n')).toEqual([2]);
    expect(lines('FROM a:1\nCOPY <<EOF /opt/z.tar\nx\nEOF\n\nRUN tar -xf z.tar\n')).toEqual([2]);
  });

  it('passes archives not extracted, COPY --from and ADD', () => {
    expect(lines('FROM a:1\nCOPY app.tar /tmp/\nRUN ls /tmp/app.tar\n')).toEqual([]);
    expect(lines('FROM a:1\nCOPY --from=b app.tar /tmp/\nRUN tar -xf app.tar\nADD d.tar /x/\nRUN tar -xf d.tar\n')).toEqual([]);
  });

  // hadolint sees tar extracting only with a dashed `x` flag (or --extract/--get), and .zip is not an archive to it; we match it.
  it('does not see tar xf or zip files', () => {
    expect(lines('FROM a:1\nCOPY a.tar /tmp/\nRUN tar xf /tmp/a.tar\nCOPY g.zip /\nRUN unzip g.zip\n')).toEqual([]);
  });

  // hadolint resets its state at each FROM, dropping the findings of earlier stages; we match it.
  it('only reports the last stage', () => {
    expect(lines('FROM a:1\nCOPY a.tar /x/\nRUN tar -xf a.tar\nFROM b:1\n')).toEqual([]);
  });
});
