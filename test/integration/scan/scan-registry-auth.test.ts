// scan-image on an image in a registry that wants Basic credentials (the test registry behind
// htpasswd), with the right `username` and `password`: both engines read it and find what is in
// it, and the password is masked before anything is printed. The refusals are in
// test/e2e/bad-input/scan-image.test.ts.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage, RegistryClient } from '../../../src/image/registry.js';
import { runStep } from '../../harness.js';
import { servicesEnv } from '../../setup/env.js';
import { scanFixtures, type ScanFixtures } from '../../setup/scan/fixtures.js';

const binaries = { trivy: process.env.MODEL_CD_TRIVY ?? '', grype: process.env.MODEL_CD_GRYPE ?? '' };
const missing = !binaries.trivy || !binaries.grype;

let fx: ScanFixtures;
let image = '';

beforeAll(async () => {
  if (missing) return;
  fx = await scanFixtures();
  const { authAddress, user, password } = servicesEnv().registry;
  const alpine = fx.images.alpine;
  const index = JSON.parse(readFileSync(join(alpine.layout, 'index.json'), 'utf8')) as { manifests: { mediaType: string; digest: string }[] };
  const top = index.manifests.find((m) => m.digest === alpine.digest) as { mediaType: string; digest: string };
  // Not under the user's name: grype masks the username wherever it appears, the repository too.
  await pushImage(new RegistryClient({ host: authAddress, insecure: true, credentials: { username: user, password } }), alpine.layout, top, 'scan-auth/alpine', alpine.tag);
  image = `${authAddress}/scan-auth/alpine:${alpine.tag}`;
}, 300_000);

describe.skipIf(missing).each(['trivy', 'grype'] as const)('scan-image with %s on a registry that wants credentials', (scanner) => {
  it('reads the image with username and password, and masks the password', async () => {
    const { user, password } = servicesEnv().registry;
    const workspace = mkdtempSync(join(tmpdir(), 'scan-auth-'));
    cpSync(scanner === 'trivy' ? fx.trivy.cacheDir : fx.grype.cacheDir, join(workspace, 'cache', scanner), { recursive: true });
    const r = await runStep('scan-image', {
      workspace,
      inputs: { scanner, 'scanner-path': binaries[scanner], 'cache-dir': 'cache', offline: 'true', image, username: user, password, 'fail-on': 'critical' },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.vulnerabilities ?? '')).toEqual({ critical: 0, high: 1, medium: 0, low: 1, negligible: 0, unknown: 0 });
    expect(r.masks).toContain(password);
    // The mask command comes before any other line, and no other line holds the password.
    const lines = r.stdout.split('\n');
    expect(lines.findIndex((l) => l === `::add-mask::${password}`)).toBe(0);
    expect(lines.slice(1).join('\n') + r.stderr).not.toContain(password);
  });
});
