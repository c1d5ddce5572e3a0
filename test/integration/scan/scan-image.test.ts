// scan-image's bundle run as the runner runs it, with the real trivy and grype, on the test images
// (known package versions) and the test DBs built from test/setup/scan/advisories.json: the
// counts, the gate, the reports and the errors a user sees, from both engines.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runStep, type StepResult } from '../../harness.js';
import { scanFixtures, type ScanFixtures } from '../../setup/scan/fixtures.js';

const binaries = { trivy: process.env.MODEL_CD_TRIVY ?? '', grype: process.env.MODEL_CD_GRYPE ?? '' };
const missing = !binaries.trivy || !binaries.grype;

let fx: ScanFixtures;
beforeAll(async () => {
  if (!missing) fx = await scanFixtures();
}, 300_000);

/** A workspace and a cache folder holding a copy of the test DB of `scanner` (scan-image's `cache-dir`). */
function world(scanner: 'trivy' | 'grype', withDb = true): { workspace: string; cache: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'scan-ws-'));
  const cache = join(workspace, '.scan-cache');
  if (withDb) cpSync(scanner === 'trivy' ? fx.trivy.cacheDir : fx.grype.cacheDir, join(cache, scanner), { recursive: true });
  return { workspace, cache };
}

function scan(scanner: 'trivy' | 'grype', inputs: Record<string, string>, w = world(scanner)): Promise<StepResult> {
  return runStep('scan-image', {
    workspace: w.workspace,
    inputs: { scanner, 'scanner-path': binaries[scanner], 'cache-dir': w.cache, offline: 'true', 'report-dir': join(w.workspace, 'reports'), ...inputs },
  });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

describe.skipIf(missing).each(['trivy', 'grype'] as const)('scan-image with %s', (scanner) => {
  it('fails the debian image on its high and critical findings, with counts, SARIF, SBOM and report', async () => {
    const r = await scan(scanner, { image: fx.images.debian.oci });
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    expect(JSON.parse(r.outputs.vulnerabilities ?? '')).toEqual({ critical: 2, high: 2, medium: 2, low: 1, negligible: 0, unknown: 0 });
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs.critical).toBe('2');
    const report = JSON.parse(readFileSync(r.outputs.report ?? '', 'utf8')) as { findings: { id: string; package: string; fixedVersion: string | null }[]; scanner: { version: string } };
    expect(report.findings.map((f) => f.id).sort()).toEqual(['CVE-2099-0001', 'CVE-2099-0002', 'CVE-2099-0003', 'CVE-2099-0201', 'CVE-2099-0202', 'CVE-2099-0301', 'CVE-2099-0302']);
    expect(report.findings.find((f) => f.id === 'CVE-2099-0001')?.fixedVersion).toBe('3.0.13-1~deb12u1');
    expect(report.findings.find((f) => f.id === 'CVE-2099-0002')?.fixedVersion).toBeNull();
    expect(report.scanner.version).toBe(scanner === 'trivy' ? '0.74.0' : '0.120.1');
    const sarif = JSON.parse(readFileSync(r.outputs.sarif ?? '', 'utf8')) as { runs: { results: { ruleId: string; level: string }[]; tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } } }[] };
    const run = sarif.runs[0];
    expect(run?.results).toHaveLength(7);
    expect(run?.results.find((x) => x.ruleId === 'CVE-2099-0302')?.level).toBe('note');
    expect(run?.tool.driver.rules.find((x) => x.id === 'CVE-2099-0001')?.properties['security-severity']).toBe('9.8');
    const sbom = JSON.parse(readFileSync(r.outputs.sbom ?? '', 'utf8')) as { bomFormat: string; components: { name: string; version: string }[] };
    expect(sbom.bomFormat).toBe('CycloneDX');
    expect(sbom.components.map((c) => c.name)).toEqual(expect.arrayContaining(['openssl', 'zlib1g', 'requests', 'lodash']));
    expect(r.summary).toMatch(/❌ scan-image: 4 findings at `high` or above/);
    expect(errors(r).some((m) => m.includes('CVE-2099-0001'))).toBe(true);
  });

  it('passes when what fails is ignored with a reason, hidden by VEX, or unfixed; an expired entry counts again', async () => {
    const w = world(scanner);
    writeFileSync(
      join(w.workspace, 'scan-ignore.yaml'),
      [
        'ignore:',
        '  - id: CVE-2099-0001',
        '    reason: openssl is not reachable from the model server',
        '    expires: 2999-12-31',
        '  - id: CVE-2099-0301',
        '    package: lodash',
        '    reason: lodash is only used at build time',
        '    expires: 2020-01-31',
      ].join('\n'),
    );
    writeFileSync(
      join(w.workspace, 'app.vex.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex/1',
        author: 'model-cd tests',
        timestamp: '2026-11-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2099-0301' },
            products: [{ '@id': fx.images.debian.oci }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
          },
          {
            vulnerability: { name: 'CVE-2099-0201' },
            products: [{ '@id': fx.images.debian.oci }],
            status: 'fixed',
          },
        ],
      }),
    );
    const r = await scan(scanner, { image: fx.images.debian.oci, 'ignore-file': 'scan-ignore.yaml', vex: 'app.vex.json', 'ignore-unfixed': 'true' }, w);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(JSON.parse(r.outputs.vulnerabilities ?? '')).toEqual({ critical: 0, high: 0, medium: 2, low: 1, negligible: 0, unknown: 0 });
    // The expired entry hides nothing (VEX covers CVE-2099-0301 here) and is named.
    expect(r.annotations.some((a) => a.command === 'warning' && /CVE-2099-0301 expired on 2020-01-31/.test(a.message))).toBe(true);
    const sarif = JSON.parse(readFileSync(r.outputs.sarif ?? '', 'utf8')) as { runs: { results: { ruleId: string; suppressions?: unknown[] }[] }[] };
    expect(sarif.runs[0]?.results.filter((x) => x.suppressions?.length).map((x) => x.ruleId).sort()).toEqual(['CVE-2099-0001', 'CVE-2099-0002', 'CVE-2099-0201', 'CVE-2099-0301']);
  });

  it('scans a docker archive and an image in the registry the same as the layout', async () => {
    for (const image of [`docker-archive:${fx.images.alpine.dockerArchive}`, fx.images.alpine.registry ?? '']) {
      const r = await scan(scanner, { image, 'fail-on': 'critical' });
      expect(r.exitCode, `${image}\n${r.stdout}${r.stderr}`).toBe(0);
      expect(JSON.parse(r.outputs.vulnerabilities ?? '')).toEqual({ critical: 0, high: 1, medium: 0, low: 1, negligible: 0, unknown: 0 });
    }
  });

  it('passes the clean image and says so first in the summary', async () => {
    const r = await scan(scanner, { image: fx.images.clean.oci });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.summary.split('\n')[0]).toMatch(/✅ scan-image: nothing open at `high` or above/);
  });

  it('downloads the DB into an empty cache from db-repository, then uses the cache', async () => {
    const w = world(scanner, false);
    const repo = scanner === 'trivy' ? fx.trivy.dbRepository : fx.grype.listingUrl;
    const r = await scan(scanner, { image: fx.images.alpine.oci, offline: 'false', 'db-repository': repo, 'fail-on': 'none' }, w);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.vulnerabilities ?? '').high).toBe(1);
    expect(Number(r.outputs['db-age-hours'])).toBeLessThan(1);
    const again = await scan(scanner, { image: fx.images.alpine.oci, offline: 'true', 'fail-on': 'none' }, w);
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/DB \(offline, from the cache\) was built/);
  });

  it('says offline has no DB to use when the cache is empty', async () => {
    const r = await scan(scanner, { image: fx.images.clean.oci }, world(scanner, false));
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(new RegExp(`offline: there is no ${scanner} vulnerability DB in .* Run once with \`offline: false\``))]);
  });

  it('puts the base image findings on the Dockerfile FROM line', async () => {
    const w = world(scanner);
    writeFileSync(join(w.workspace, 'Dockerfile'), 'FROM debian:12-slim\nCOPY app/ /app/\n');
    // The debian image's base is its first layer: an image of that layer alone is its base.
    const r = await scan(scanner, { image: fx.images.debian.oci, dockerfile: 'Dockerfile', 'base-image': fx.images.debian.baseOci ?? '', 'fail-on': 'none' }, w);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const from = r.annotations.find((a) => a.props.file === 'Dockerfile');
    expect(from?.props.line).toBe('1');
    expect(from?.message).toMatch(/CVE-2099-0001/);
    expect(from?.message).not.toMatch(/CVE-2099-0301/);
  });
});
