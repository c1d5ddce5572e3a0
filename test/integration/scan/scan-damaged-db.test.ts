// A damaged DB in the cache, online: scan-image never trusts it. grype's own status check finds it
// before the scan, trivy's scan fails on it; either way it is deleted, fetched again from
// `db-repository`, and the scan passes with the findings a good DB gives. Offline, the same cache
// fails the step (test/e2e/bad-input/scan-image.test.ts).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runStep } from '../../harness.js';
import { scanFixtures, type ScanFixtures } from '../../setup/scan/fixtures.js';

const binaries = { trivy: process.env.MODEL_CD_TRIVY ?? '', grype: process.env.MODEL_CD_GRYPE ?? '' };
const missing = !binaries.trivy || !binaries.grype;

let fx: ScanFixtures;
beforeAll(async () => {
  if (!missing) fx = await scanFixtures();
}, 300_000);

describe.skipIf(missing).each(['trivy', 'grype'] as const)('scan-image with %s and a damaged DB in the cache', (scanner) => {
  it('fetches the DB again online and scans with it; the cache is good afterwards', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'scan-damaged-'));
    const cache = join(workspace, 'cache');
    cpSync(scanner === 'trivy' ? fx.trivy.cacheDir : fx.grype.cacheDir, join(cache, scanner), { recursive: true });
    writeFileSync(join(cache, scanner, ...(scanner === 'trivy' ? ['db', 'trivy.db'] : ['6', 'vulnerability.db'])), 'not a database '.repeat(300));
    const inputs = { scanner, 'scanner-path': binaries[scanner], 'cache-dir': 'cache', image: fx.images.alpine.oci, 'fail-on': 'critical' };
    const r = await runStep('scan-image', { workspace, inputs: { ...inputs, offline: 'false', 'db-repository': scanner === 'trivy' ? fx.trivy.dbRepository : fx.grype.listingUrl } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`The ${scanner} DB in \\S+ cannot be read.*; fetching it again\\.`));
    expect(JSON.parse(r.outputs.vulnerabilities ?? '')).toEqual({ critical: 0, high: 1, medium: 0, low: 1, negligible: 0, unknown: 0 });
    const again = await runStep('scan-image', { workspace, inputs: { ...inputs, offline: 'true' } });
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
  });
});
