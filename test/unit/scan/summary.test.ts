// The job summary and the Dockerfile annotation, as a person reads them.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/scan/finding.js';
import { judge, type JudgeOptions } from '../../../src/scan/gate.js';
import { parseIgnoreFile } from '../../../src/scan/ignore-file.js';
import { annotationsFor, scanSummary, verdictLine, type ScanMeta } from '../../../src/scan/summary.js';
import { parseVex } from '../../../src/scan/vex.js';
import { APP_LAYER, BASE_LAYER, DEBIAN_IMAGE, FLASK, IMAGE_PRODUCT, IMAGE_REFS, LIBC, MINIMIST, NOW, OPENSSL, REQUESTS, vexDoc } from './findings.js';

const meta: ScanMeta = { image: 'ghcr.io/acme/model-server:1.4', scanner: 'trivy', scannerVersion: '0.74.0', dbUpdatedAt: new Date('2026-12-05T06:00:00Z'), now: NOW };
const run = (findings: Finding[], o: Partial<JudgeOptions> = {}) => judge(findings, { failOn: 'high', ignoreUnfixed: false, ignores: [], vex: [], imageRefs: IMAGE_REFS, now: NOW, ...o });
const ignores = parseIgnoreFile(
  [
    'ignore:',
    '  - id: CVE-2099-0002',
    '    package: zlib1g',
    '    reason: zlib is not reachable | from the model server',
    '    expires: 2027-03-31',
    '  - id: CVE-2099-0301',
    '    reason: waiting for the next release',
    '    expires: 2026-11-30',
    '  - id: CVE-2099-9999',
    '    reason: long gone',
    '    expires: 2026-01-01',
  ].join('\n'),
  '.scan-ignore.yaml',
);
const vex = [parseVex(vexDoc([{ vulnerability: { name: 'CVE-2099-0003' }, products: [IMAGE_PRODUCT], status: 'not_affected', justification: 'vulnerable_code_not_present' }]), 'vex.json')];

describe('scanSummary', () => {
  const j = run(DEBIAN_IMAGE, { ignores, vex });
  const md = scanSummary(j, meta);

  it('starts with the verdict, the scanner and the database age', () => {
    const [title, , scanned, totals] = md.split('\n');
    expect(title).toBe('### ❌ scan-image: 3 findings at `high` or above in `ghcr.io/acme/model-server:1.4` (2 critical, 1 high)');
    expect(scanned).toBe('Scanned with trivy 0.74.0; vulnerability database built 2026-12-05 06:00 UTC (2 days old). Fails on `high` and above.');
    expect(totals).toBe('7 findings: 5 open, 2 suppressed (1 by VEX, 1 by the ignore file).');
    expect(verdictLine(j, meta)).toBe('scan-image: 3 findings at high or above (2 critical, 1 high) in ghcr.io/acme/model-server:1.4: failed');
  });

  it('counts open and suppressed by severity', () => {
    expect(md).toContain(['| Severity | Open | Suppressed |', '| --- | ---: | ---: |', '| critical | 2 | 0 |', '| high | 1 | 1 |', '| medium | 1 | 1 |', '| low | 1 | 0 |'].join('\n'));
    expect(md).not.toContain('| negligible |');
  });

  it('lists the worst open findings, linked, the failing ones marked', () => {
    expect(md).toContain('| [CVE-2099-0001](https://avd.aquasec.com/nvd/cve-2099-0001) | **critical** ❌ | openssl | 3.0.11-1~deb12u2 | 3.0.13-1~deb12u1 |');
    expect(md).toContain('| CVE-2099-0202 | medium | flask | 2.2.0 | 2.2.5 |');
    const top = md.slice(md.indexOf('**Worst open findings**'), md.indexOf('**Expired'));
    expect(top).not.toContain('CVE-2099-0002');
  });

  it('names expired ignore entries, matched or not', () => {
    expect(md).toContain('- `CVE-2099-0301` expired 2026-11-30 (.scan-ignore.yaml, entry 2, line 6): it matched 1 finding, counted again: fix it or renew `expires`. Reason given: waiting for the next release');
    expect(md).toContain('- `CVE-2099-9999` expired 2026-01-01 (.scan-ignore.yaml, entry 3, line 9): it matches no finding now: delete it. Reason given: long gone');
  });

  it('folds every finding with its status', () => {
    const details = md.slice(md.indexOf('<details>'));
    expect(details.startsWith('<details><summary>All 7 findings</summary>')).toBe(true);
    expect(details).toContain('| CVE-2099-0002 | high | zlib1g | 1:1.2.13.dfsg-1 | no fix yet |  | ignored until 2027-03-31: zlib is not reachable \\| from the model server |');
    expect(details).toContain('| CVE-2099-0003 | medium | libc6 | 2.36-9+deb12u4 | 2.36-9+deb12u7 |  | VEX not_affected: vulnerable_code_not_present (vex.json) |');
    expect(details).toContain('| CVE-2099-0301 | critical | lodash | 4.17.15 | 4.17.21 | `app/node_modules/lodash/package.json` | ❌ open, fails the gate |');
    expect(details).toContain('| CVE-2099-0302 | low | minimist | 1.2.5 | 1.2.6 | `app/node_modules/minimist/package.json` | open |');
    expect(details.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('passes with what is left below fail-on', () => {
    const j2 = run([LIBC, FLASK, MINIMIST]);
    expect(scanSummary(j2, meta).split('\n')[0]).toBe('### ✅ scan-image: nothing open at `high` or above in `ghcr.io/acme/model-server:1.4` (3 below it: 2 medium, 1 low)');
    expect(verdictLine(j2, meta)).toBe('scan-image: nothing open at high or above in ghcr.io/acme/model-server:1.4 (3 below: 2 medium, 1 low): passed');
  });

  it('reports only with fail-on none', () => {
    const md2 = scanSummary(run(DEBIAN_IMAGE, { failOn: 'none' }), meta);
    expect(md2.split('\n')[0]).toBe('### ⚠️ scan-image: 7 open findings (2 critical, 2 high, 2 medium, 1 low) in `ghcr.io/acme/model-server:1.4` (fail-on is `none`: report only)');
    expect(md2).not.toContain('Fails on');
    expect(md2).not.toContain('❌');
  });

  it('says so when nothing was found', () => {
    const md2 = scanSummary(run([]), { ...meta, dbUpdatedAt: null });
    expect(md2).toBe(
      '### ✅ scan-image: nothing open at `high` or above in `ghcr.io/acme/model-server:1.4`\n\nScanned with trivy 0.74.0; vulnerability database age unknown. Fails on `high` and above.\nNo vulnerabilities found.\n',
    );
  });

  it('warns about an old database and shows a fresh one in hours', () => {
    expect(scanSummary(run([]), { ...meta, dbUpdatedAt: new Date('2026-11-20T12:00:00Z') })).toContain('(17 days old) ⚠️ over a week old, so recent advisories are missing.');
    expect(scanSummary(run([]), { ...meta, dbUpdatedAt: new Date('2026-12-07T02:30:00Z') })).toContain('(9 hours old).');
  });

  it('shows ten findings at most on top, and keeps scanner text from breaking the page', () => {
    const many = Array.from({ length: 12 }, (_, i): Finding => ({ ...REQUESTS, id: `CVE-2099-1${String(i).padStart(3, '0')}`, title: 'x', url: 'javascript:alert(1)' }));
    const hostile = { ...OPENSSL, package: 'evil</details><script>', url: 'https://example.com/a(b)' };
    const md2 = scanSummary(run([...many, hostile]), meta);
    expect(md2).toContain('**Worst open findings** (10 of 13)');
    expect(md2).toContain('| CVE-2099-1000 |');
    expect(md2).toContain('[CVE-2099-0001](https://example.com/a%28b%29)');
    expect(md2).not.toContain('javascript:');
    expect(md2).toContain('evil&lt;/details&gt;&lt;script&gt;');
    expect(md2.match(/<\/details>/g)).toHaveLength(1);
  });
});

describe('annotationsFor', () => {
  const DOCKERFILE = ['ARG BASE=python:3.12-slim', 'FROM ${BASE} AS runtime', 'RUN pip install requests==2.19.0', 'FROM golang:1.22 AS tools', 'RUN go build ./...', 'FROM runtime', 'COPY --from=tools /out /usr/local/bin/', ''].join('\n');
  const dockerfile = { path: 'serving/Dockerfile', text: DOCKERFILE };
  const baseLayers = new Set([BASE_LAYER]);

  it('puts one annotation on the FROM that brings the base image', () => {
    const a = annotationsFor(run(DEBIAN_IMAGE, { ignores }), dockerfile, baseLayers);
    expect(a).toEqual([
      {
        level: 'error',
        file: 'serving/Dockerfile',
        line: 2,
        title: 'scan-image: base image ${BASE}',
        message:
          'The base image ${BASE} brings 2 open vulnerabilities (1 critical, 1 medium): CVE-2099-0001 (critical) in openssl 3.0.11-1~deb12u2, fixed in 3.0.13-1~deb12u1; CVE-2099-0003 (medium) in libc6 2.36-9+deb12u4, fixed in 2.36-9+deb12u7. 1 of them fails the gate (fail-on high). A newer base image may fix them.',
      },
    ]);
  });

  it('warns when the base findings are below fail-on, and says nothing when none are open', () => {
    expect(annotationsFor(run([LIBC, REQUESTS]), dockerfile, baseLayers)[0]?.level).toBe('warning');
    expect(annotationsFor(run([LIBC], { vex }), dockerfile, baseLayers)).toEqual([]);
    expect(annotationsFor(run([{ ...REQUESTS, layer: APP_LAYER }]), dockerfile, baseLayers)).toEqual([]);
    expect(annotationsFor(run([LIBC]), { path: 'Dockerfile', text: '# empty\n' }, baseLayers)).toEqual([]);
  });
});
