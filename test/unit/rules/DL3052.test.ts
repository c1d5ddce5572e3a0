import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3052 } from '../../../src/lint/rules/dl/DL3052.js';

const check = (value: string) => runRule(DL3052, parseDockerfile(`FROM alpine:3\nLABEL docs="${value}"\n`), { labelSchema: { docs: 'url' } });

describe('DL3052 label is not a URL', () => {
  it('is off for labels of other types', () => {
    expect(runRule(DL3052, parseDockerfile('FROM alpine:3\nLABEL docs=nope\n'), { labelSchema: { docs: 'text' } })).toEqual([]);
  });

  it.each([
    'https://example.test/model',
    'http://user:pw@host.test:8080/a/b?q=1#top',
    'mailto:ml@example.test',
    'urn:isbn:0451450523',
    'file:///srv/model',
    'http://[::1]/',
    'http://[fe80::1%25eth0]/',
    'http://[v1.x]/',
    // Any scheme with an empty rest is an absolute URI for network-uri.
    'x:',
    'http://',
    'http://a%20b/',
  ])('accepts %s', (v) => {
    expect(check(v)).toEqual([]);
  });

  it.each([
    '',
    'example.test',
    '//example.test/path',
    '/relative/path',
    'http://exa mple.test',
    'http://a%2g/',
    'https://example.test/ä',
    'http://[1:2]/',
    '1http://x',
    // network-uri reads at most 255 characters of host name.
    `http://${'a'.repeat(256)}`,
  ])('rejects %s', (v) => {
    expect(check(v)).toEqual([2]);
  });
});
