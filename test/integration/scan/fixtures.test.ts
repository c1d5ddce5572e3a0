// The scan fixtures hold what the scan-image tests rely on: the real trivy, given only the test
// database built from advisories.json, finds exactly the advisories each test image's packages
// are written to have — from the OCI layout, the docker archive and the registry, offline from
// the built cache folder and through --db-repository from the test registry — with the
// severity, CVSS score, fixed version and layer the advisories and images say.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanFixtures, type ScanFixtures } from '../../setup/scan/fixtures.js';
import { expectedAdvisories, type ImageName, type ScanImage } from '../../setup/scan/images.js';

const run = promisify(execFile);
const TRIVY = process.env.MODEL_CD_TRIVY;

interface Advisory {
  id: string;
  severity: string;
  cvss: { score: number };
  affected: { ecosystem: string; package: string; fixed: string | null }[];
}

interface TrivyVulnerability {
  VulnerabilityID: string;
  PkgName: string;
  InstalledVersion: string;
  FixedVersion?: string;
  Severity: string;
  SeveritySource?: string;
  CVSS?: Record<string, { V3Score?: number }>;
  Layer?: { DiffID?: string };
  PkgIdentifier?: { PURL?: string };
}

interface TrivyReport {
  // A package's ID is name@version with a deb's epoch and revision (Version holds the upstream part alone); Python packages have none.
  Results?: { Target: string; Type: string; Packages?: { ID?: string; Name: string; Version: string }[]; Vulnerabilities?: TrivyVulnerability[] }[];
}

/** trivy image with JSON out and nothing from the network it is not told to use. */
async function trivy(args: string[]): Promise<TrivyReport> {
  const { stdout } = await run(
    TRIVY as string,
    ['image', '--quiet', '--format', 'json', '--list-all-pkgs', '--scanners', 'vuln', '--cache-backend', 'memory', '--skip-version-check', '--disable-telemetry', ...args],
    // A clean environment: no TRIVY_* setting of this machine changes what the test sees.
    { maxBuffer: 64 << 20, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' } },
  );
  return JSON.parse(stdout) as TrivyReport;
}

const found = (r: TrivyReport) => (r.Results ?? []).flatMap((res) => res.Vulnerabilities ?? []);

const suite = TRIVY ? describe : describe.skip;
const title = TRIVY ? 'trivy on the scan fixtures' : 'trivy on the scan fixtures (skipped: MODEL_CD_TRIVY is not set; it names the trivy binary scripts/setup-tools.sh builds)';

suite(title, () => {
  let fx: ScanFixtures;
  let advisories: Map<string, Advisory>;
  beforeAll(async () => {
    fx = await scanFixtures();
    const file = JSON.parse(await readFile(fx.advisories, 'utf8')) as { advisories: Advisory[] };
    advisories = new Map(file.advisories.map((a) => [a.id, a]));
  }, 600_000);

  /** What a scan of `image` must report: each package's advisories, with the details advisories.json gives. */
  function expectReport(image: ScanImage, report: TrivyReport): void {
    const vulns = found(report);
    expect(vulns.map((v) => v.VulnerabilityID).sort()).toEqual(expectedAdvisories(image));
    for (const v of vulns) {
      const pkg = image.packages.find((p) => p.name === v.PkgName && p.advisories.includes(v.VulnerabilityID));
      expect(pkg, `${v.VulnerabilityID} on ${v.PkgName}`).toBeDefined();
      if (!pkg) continue;
      const adv = advisories.get(v.VulnerabilityID) as Advisory;
      const affected = adv.affected.find((a) => a.package === pkg.source);
      expect(v.InstalledVersion).toBe(pkg.version);
      expect(v.FixedVersion ?? '').toBe(affected?.fixed ?? '');
      expect(v.Severity).toBe(adv.severity.toUpperCase());
      expect(Object.values(v.CVSS ?? {}).map((c) => c.V3Score)).toContain(adv.cvss.score);
      expect(v.Layer?.DiffID).toBe(image.layers.find((l) => l.role === pkg.layer)?.diffId);
      expect(v.PkgIdentifier?.PURL).toMatch(new RegExp(`^pkg:${pkg.type}/`));
    }
    // Every package of the image is seen, the unaffected ones too, and nothing else.
    const listed = (report.Results ?? []).flatMap((r) => (r.Packages ?? []).map((p) => p.ID ?? `${p.Name}@${p.Version}`));
    expect(listed.sort()).toEqual(image.packages.map((p) => `${p.name}@${p.version}`).sort());
  }

  const names: ImageName[] = ['debian', 'alpine', 'clean'];

  it.each(names)('%s: the OCI layout (--input <layout>:<tag>), offline', async (name) => {
    const image = fx.images[name];
    expectReport(image, await trivy(['--cache-dir', fx.trivy.cacheDir, '--skip-db-update', '--offline-scan', '--input', `${image.layout}:${image.tag}`]));
  });

  it.each(names)('%s: the docker archive (--input <file>), offline', async (name) => {
    const image = fx.images[name];
    expectReport(image, await trivy(['--cache-dir', fx.trivy.cacheDir, '--skip-db-update', '--offline-scan', '--input', image.dockerArchive]));
  });

  it.each(names)('%s: the registry (plain HTTP on 127.0.0.1), DB from the cache folder', async (name) => {
    const image = fx.images[name];
    expectReport(image, await trivy(['--cache-dir', fx.trivy.cacheDir, '--skip-db-update', '--offline-scan', '--image-src', 'remote', image.registry as string]));
  });

  it.each(names)('%s: the DB downloaded through --db-repository from the test registry', async (name) => {
    const image = fx.images[name];
    const cacheDir = await mkdtemp(join(fx.dir, 'trivy-cache-'));
    expectReport(image, await trivy(['--cache-dir', cacheDir, '--db-repository', fx.trivy.dbRepository, '--offline-scan', '--input', `${image.layout}:${image.tag}`]));
    // The downloaded DB is the one built: same advisories, so same findings; and it landed where trivy keeps it.
    const meta = JSON.parse(await readFile(join(cacheDir, 'db', 'metadata.json'), 'utf8')) as { Version: number };
    expect(meta.Version).toBe(2);
  });
});
