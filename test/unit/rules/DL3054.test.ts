import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3054 } from '../../../src/lint/rules/dl/DL3054.js';

const check = (value: string) => runRule(DL3054, parseDockerfile(`FROM alpine:3\nLABEL license="${value}"\n`), { labelSchema: { license: 'spdx' } });

describe('DL3054 label is not an SPDX identifier', () => {
  it('is off for labels of other types', () => {
    expect(runRule(DL3054, parseDockerfile('FROM alpine:3\nLABEL license=mine\n'), { labelSchema: { license: 'text' } })).toEqual([]);
  });

  it.each(['MIT', 'Apache-2.0', 'GPL-3.0-or-later', 'BSD-3-Clause', '0BSD', 'CC-BY-4.0', 'Zlib', 'MIT '])('accepts %s', (v) => {
    expect(check(v)).toEqual([]);
  });

  it.each([
    '',
    'mit', // identifiers are case-sensitive
    'GPL-2.0', // deprecated: not in list 3.23
    'GPL-2.0+',
    'AGPL-1.0',
    'MIT OR Apache-2.0', // one identifier, not an expression
    'LicenseRef-mine',
    ' MIT',
    'Proprietary',
  ])('rejects %s', (v) => {
    expect(check(v)).toEqual([2]);
  });
});
