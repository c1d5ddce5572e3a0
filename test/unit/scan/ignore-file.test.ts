// The ignore file as users write it, and the messages they get for each mistake.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { expiresAt, isExpired, parseIgnoreFile } from '../../../src/scan/ignore-file.js';

const FILE = '.scan-ignore.yaml';

function error(text: string): string {
  try {
    parseIgnoreFile(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('parseIgnoreFile', () => {
  it('reads the documented format', () => {
    const entries = parseIgnoreFile(
      [
        'ignore:',
        '  - id: CVE-2099-0002          # or a GHSA',
        '    package: zlib1g',
        '    reason: no fix upstream; zlib is not reachable from the model server',
        '    expires: 2027-03-31',
        '  - id: GHSA-9999-0201-wxyz',
        '    reason: "the client never follows redirects"',
        "    expires: '2026-12-31'",
      ].join('\n'),
      FILE,
    );
    expect(entries).toEqual([
      { id: 'CVE-2099-0002', package: 'zlib1g', reason: 'no fix upstream; zlib is not reachable from the model server', expires: '2027-03-31', file: FILE, entry: 1, line: 2 },
      { id: 'GHSA-9999-0201-wxyz', package: null, reason: 'the client never follows redirects', expires: '2026-12-31', file: FILE, entry: 2, line: 6 },
    ]);
  });

  it('ignores nothing for an empty file or an empty list', () => {
    expect(parseIgnoreFile('', FILE)).toEqual([]);
    expect(parseIgnoreFile('# nothing yet\n', FILE)).toEqual([]);
    expect(parseIgnoreFile('ignore:\n', FILE)).toEqual([]);
    expect(parseIgnoreFile('ignore: []\n', FILE)).toEqual([]);
  });

  it('allows a date years ahead', () => {
    expect(parseIgnoreFile('ignore:\n  - id: CVE-2099-0001\n    reason: accepted\n    expires: 2031-01-01\n', FILE)[0]?.expires).toBe('2031-01-01');
  });

  it('hides until the end of the expiry day, UTC', () => {
    const e = { expires: '2027-03-31' };
    expect(expiresAt(e).toISOString()).toBe('2027-03-31T23:59:59.999Z');
    expect(isExpired(e, new Date('2027-03-31T23:59:59Z'))).toBe(false);
    expect(isExpired(e, new Date('2027-04-01T00:00:00Z'))).toBe(true);
  });

  const entry = (body: string) => `ignore:\n  - id: CVE-2099-0002\n${body}`;

  it.each([
    ['a missing reason', entry('    expires: 2027-03-31\n'), 'input `ignore-file` (.scan-ignore.yaml), entry 1 (CVE-2099-0002, line 2): `reason`: "" is missing or blank. Say why the finding is acceptable'],
    ['a blank reason', entry('    reason: "  "\n    expires: 2027-03-31\n'), 'entry 1 (CVE-2099-0002, line 2): `reason`: "  " is missing or blank.'],
    ['a missing expiry', entry('    reason: accepted\n'), 'entry 1 (CVE-2099-0002, line 2): `expires`: "" is missing. Every entry needs an end date, YYYY-MM-DD'],
    ['a day that does not exist', entry('    reason: accepted\n    expires: 2027-02-30\n'), '`expires`: "2027-02-30" is not a real calendar date.'],
    ['a month that does not exist', entry('    reason: accepted\n    expires: 2027-13-01\n'), '`expires`: "2027-13-01" is not a real calendar date.'],
    ['another date format', entry('    reason: accepted\n    expires: 31/03/2027\n'), '`expires`: "31/03/2027" is not a date written YYYY-MM-DD (e.g. 2027-03-31).'],
    ['a date and time', entry('    reason: accepted\n    expires: 2027-03-31T00:00:00Z\n'), '`expires`: "2027-03-31T00:00:00Z" is not a date written YYYY-MM-DD'],
    ['a number for a date', entry('    reason: accepted\n    expires: 20270331\n'), '`expires`: "20270331" is not a date written YYYY-MM-DD'],
    ['an unknown key', entry('    reason: accepted\n    expiry: 2027-03-31\n'), 'entry 1 (CVE-2099-0002, line 2): "expiry" is not a key of an ignore entry (they are id, package, reason, expires). Did you mean `expires`?'],
    ['a list of packages', entry('    package: [zlib1g, zlib]\n    reason: accepted\n    expires: 2027-03-31\n'), '`package`: "zlib1g,zlib" must be a package name as text'],
    ['a number as reason', entry('    reason: 42\n    expires: 2027-03-31\n'), '`reason`: "42" must be text saying why'],
  ])('refuses %s', (_, text, message) => {
    expect(error(text)).toContain(message);
  });

  it('refuses an entry without an id, naming its position', () => {
    expect(error('ignore:\n  - id: CVE-2099-0001\n    reason: a\n    expires: 2027-01-01\n  - reason: b\n    expires: 2027-01-01\n')).toBe(
      'input `ignore-file` (.scan-ignore.yaml), entry 2 (line 5): `id`: "" is missing. Give the advisory ID the scanner reports (CVE-…, GHSA-…).',
    );
  });

  it('refuses two IDs in one entry', () => {
    expect(error('ignore:\n  - id: CVE-2099-0001 CVE-2099-0002\n    reason: a\n    expires: 2027-01-01\n')).toContain('is not one advisory ID (it has spaces)');
  });

  it('refuses the same advisory and package twice, naming both entries', () => {
    const text = 'ignore:\n  - id: CVE-2099-0002\n    reason: a\n    expires: 2027-01-01\n  - id: cve-2099-0002\n    reason: b\n    expires: 2027-06-01\n';
    expect(error(text)).toBe(
      'input `ignore-file` (.scan-ignore.yaml), entry 2 (cve-2099-0002, line 5): "cve-2099-0002" repeats entry 1 (line 2). Keep one entry per advisory and package: merge the reasons and keep the date you mean.',
    );
    // The same advisory for two different packages is two entries.
    expect(parseIgnoreFile(text.replace('reason: b', 'package: zlib1g\n    reason: b'), FILE)).toHaveLength(2);
  });

  it('refuses what is not YAML, with the line', () => {
    expect(error('ignore:\n  - id: CVE-2099-0002\n    reason: "unterminated\n')).toMatch(/^input `ignore-file` \(\.scan-ignore\.yaml\), line \d+: ".+" is not valid YAML\./);
  });

  it('refuses the wrong shape', () => {
    expect(error('- id: CVE-2099-0002\n')).toContain('must be a mapping with one key, `ignore`');
    expect(error('ignores:\n  - id: CVE-2099-0002\n')).toContain('"ignores" is not a key of the ignore file; it has one key, `ignore`');
    expect(error('ignore:\n  id: CVE-2099-0002\n')).toContain('`ignore`: "{\\"id\\":\\"CVE-2099-0002\\"}" must be a list of entries');
    expect(error('ignore:\n  - CVE-2099-0002\n')).toContain('entry 1 (line 2): "\\"CVE-2099-0002\\"" must be a mapping with id, reason and expires');
  });
});
