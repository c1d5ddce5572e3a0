// The gate: what counts, what is hidden and why, and when the image fails.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { judge, mergeDuplicates, parseFailOn, type JudgeOptions } from '../../../src/scan/gate.js';
import { parseIgnoreFile } from '../../../src/scan/ignore-file.js';
import { parseVex } from '../../../src/scan/vex.js';
import { DEBIAN_IMAGE, FLASK, IMAGE_PRODUCT, IMAGE_REFS, LIBC, LODASH, MINIMIST, NOW, OPENSSL, REQUESTS, ZLIB, vexDoc } from './findings.js';

const options = (o: Partial<JudgeOptions> = {}): JudgeOptions => ({ failOn: 'high', ignoreUnfixed: false, ignores: [], vex: [], imageRefs: IMAGE_REFS, now: NOW, ...o });
const ignores = (yaml: string) => parseIgnoreFile(yaml, '.scan-ignore.yaml');
const ids = (fs: { id: string }[]) => fs.map((f) => f.id);

describe('parseFailOn', () => {
  it('accepts the severities and none, in any case', () => {
    expect(['critical', 'HIGH', ' medium ', 'low', 'none'].map(parseFailOn)).toEqual(['critical', 'high', 'medium', 'low', 'none']);
  });

  it('refuses anything else, listing what it accepts', () => {
    expect(() => parseFailOn('severe')).toThrow(ConfigurationError);
    expect(() => parseFailOn('severe')).toThrow('input `fail-on`: "severe" is not a severity. Use one of: critical, high, medium, low, none (none reports findings without failing).');
    expect(() => parseFailOn('negligible')).toThrow('is not a severity');
  });
});

describe('judge', () => {
  it('fails on the open findings at or above fail-on, worst first', () => {
    const j = judge(DEBIAN_IMAGE, options());
    expect(j.passed).toBe(false);
    expect(ids(j.failing)).toEqual(['CVE-2099-0001', 'CVE-2099-0301', 'CVE-2099-0002', 'CVE-2099-0201']);
    expect(ids(j.findings)).toEqual(['CVE-2099-0001', 'CVE-2099-0301', 'CVE-2099-0002', 'CVE-2099-0201', 'CVE-2099-0202', 'CVE-2099-0003', 'CVE-2099-0302']);
    expect(j.counts).toEqual({
      critical: { open: 2, total: 2 },
      high: { open: 2, total: 2 },
      medium: { open: 2, total: 2 },
      low: { open: 1, total: 1 },
      negligible: { open: 0, total: 0 },
      unknown: { open: 0, total: 0 },
    });
  });

  it('moves the threshold with fail-on, and never fails with none', () => {
    expect(judge(DEBIAN_IMAGE, options({ failOn: 'critical' })).failing).toHaveLength(2);
    expect(judge(DEBIAN_IMAGE, options({ failOn: 'low' })).failing).toHaveLength(7);
    const none = judge(DEBIAN_IMAGE, options({ failOn: 'none' }));
    expect(none).toMatchObject({ passed: true, failing: [] });
    expect(none.counts.critical.open).toBe(2);
    expect(judge([LIBC, FLASK, MINIMIST], options()).passed).toBe(true);
  });

  it('never fails on a finding without a rating', () => {
    const unrated = [{ ...LIBC, severity: 'unknown' as const }, { ...MINIMIST, severity: 'negligible' as const }];
    expect(judge(unrated, options({ failOn: 'low' })).passed).toBe(true);
  });

  it('hides unfixed findings only with ignore-unfixed', () => {
    expect(judge([ZLIB], options()).passed).toBe(false);
    const j = judge([ZLIB], options({ ignoreUnfixed: true }));
    expect(j.passed).toBe(true);
    expect(j.findings[0]?.suppressed).toEqual({ by: 'ignore-unfixed' });
    expect(j.counts.high).toEqual({ open: 0, total: 1 });
  });

  it('hides what a live ignore entry names, by ID or alias, and only in its package', () => {
    const entries = ignores(
      [
        'ignore:',
        '  - id: CVE-2099-0002',
        '    package: zlib1g',
        '    reason: zlib is not reachable from the model server',
        '    expires: 2027-03-31',
        '  - id: ghsa-9999-0201-wxyz',
        '    reason: the client never follows redirects',
        '    expires: 2027-01-31',
        '  - id: CVE-2099-0001',
        '    package: libssl3',
        '    reason: only the CLI is affected',
        '    expires: 2027-01-31',
      ].join('\n'),
    );
    const j = judge(DEBIAN_IMAGE, options({ ignores: entries }));
    const byId = Object.fromEntries(j.findings.map((f) => [f.id, f.suppressed]));
    expect(byId['CVE-2099-0002']).toEqual({ by: 'ignore-file', reason: 'zlib is not reachable from the model server', expires: '2027-03-31' });
    expect(byId['CVE-2099-0201']).toEqual({ by: 'ignore-file', reason: 'the client never follows redirects', expires: '2027-01-31' });
    expect(byId['CVE-2099-0001']).toBeNull();
    expect(ids(j.failing)).toEqual(['CVE-2099-0001', 'CVE-2099-0301']);
    expect(j.expiredIgnores).toEqual([]);
  });

  it('stops hiding after the expiry day and reports expired entries, matched or not', () => {
    const entries = ignores(
      [
        'ignore:',
        '  - id: CVE-2099-0002',
        '    reason: waiting for upstream',
        '    expires: 2026-12-06',
        '  - id: CVE-2099-9999',
        '    reason: long fixed',
        '    expires: 2026-01-01',
        '  - id: CVE-2099-0301',
        '    reason: until the next release',
        '    expires: 2026-12-07',
      ].join('\n'),
    );
    const j = judge(DEBIAN_IMAGE, options({ ignores: entries }));
    const zlib = j.findings.find((f) => f.id === 'CVE-2099-0002');
    expect(zlib?.suppressed).toBeNull();
    expect(zlib?.expiredIgnore).toEqual({ reason: 'waiting for upstream', expires: '2026-12-06' });
    // Expires today: still hides until the end of the day.
    expect(j.findings.find((f) => f.id === 'CVE-2099-0301')?.suppressed).toMatchObject({ by: 'ignore-file' });
    expect(j.expiredIgnores.map((e) => [e.entry.id, e.matched])).toEqual([
      ['CVE-2099-0002', 1],
      ['CVE-2099-9999', 0],
    ]);
    expect(ids(j.failing)).toEqual(['CVE-2099-0001', 'CVE-2099-0002', 'CVE-2099-0201']);
  });

  it('prefers VEX over the ignore file over ignore-unfixed', () => {
    const vex = [
      parseVex(
        vexDoc([{ vulnerability: { name: 'CVE-2099-0002' }, products: [IMAGE_PRODUCT], status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path' }]),
        'vex.json',
      ),
    ];
    const entries = ignores('ignore:\n  - id: CVE-2099-0002\n    reason: accepted\n    expires: 2027-01-01\n');
    expect(judge([ZLIB], options({ vex, ignores: entries, ignoreUnfixed: true })).findings[0]?.suppressed).toMatchObject({ by: 'vex', document: 'vex.json' });
    expect(judge([ZLIB], options({ ignores: entries, ignoreUnfixed: true })).findings[0]?.suppressed).toMatchObject({ by: 'ignore-file' });
  });

  it('applies VEX only to the image it names', () => {
    const vex = [parseVex(vexDoc([{ vulnerability: { name: 'CVE-2099-0001' }, products: [IMAGE_PRODUCT], status: 'fixed' }]), 'vex.json')];
    expect(judge([OPENSSL], options({ vex })).passed).toBe(true);
    expect(judge([OPENSSL], options({ vex, imageRefs: ['ghcr.io/acme/feature-store:2.0'] })).passed).toBe(false);
  });

  it('counts a finding reported twice once', () => {
    const copy = { ...REQUESTS, aliases: ['GHSA-9999-0201-wxyz', 'PYSEC-2099-1'], severity: 'critical' as const, cvss: 8.1, url: null };
    const j = judge([REQUESTS, copy, LODASH], options());
    expect(j.findings).toHaveLength(2);
    const merged = j.findings.find((f) => f.id === REQUESTS.id);
    expect(merged).toMatchObject({ severity: 'critical', cvss: 8.1, aliases: ['GHSA-9999-0201-wxyz', 'PYSEC-2099-1'], url: REQUESTS.url });
    expect(j.counts.critical.total).toBe(2);
  });

  it('keeps the same advisory in two places apart', () => {
    const vendored = { ...REQUESTS, path: 'app/vendor/requests-2.19.0.dist-info/METADATA' };
    expect(mergeDuplicates([REQUESTS, vendored, { ...REQUESTS, version: '2.18.0' }])).toHaveLength(3);
  });
});
