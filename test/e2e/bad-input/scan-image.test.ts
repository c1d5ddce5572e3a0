// scan-image given bad inputs (helper.ts says what each case must show), with the real trivy and
// grype where the engine matters: an image that cannot be read or is not there, a registry that
// wants credentials or refuses them, a DB that cannot be fetched, is missing offline, is too old
// or is damaged, a scanner archive that does not hash to its pin, and every file and value it reads.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushImage, RegistryClient } from '../../../src/image/registry.js';
import { SCANNER_PINS } from '../../../src/scan/pins.js';
import { runStep } from '../../harness.js';
import { closedPort } from '../../integration/closed-port.js';
import { servicesEnv } from '../../setup/env.js';
import { ADVISORIES, scanFixtures, type ScanFixtures } from '../../setup/scan/fixtures.js';
import { buildGrypeDb } from '../../setup/scan/grype-db.js';
import { buildTrivyDb } from '../../setup/scan/trivy-db.js';
import { badWorkspace, errorsOf, expectCleanFailure, type BadCase } from './helper.js';

const binaries = { trivy: process.env.MODEL_CD_TRIVY ?? '', grype: process.env.MODEL_CD_GRYPE ?? '' };
const missing = !binaries.trivy || !binaries.grype;
const SCANNERS = ['trivy', 'grype'] as const;
type Scanner = (typeof SCANNERS)[number];
const DAY = 86_400_000;

let fx: ScanFixtures;
let workspace: string;
/** RUNNER_TOOL_CACHE of every run here: a scanner download that is refused must leave it empty. */
let toolCache: string;
/** The clean image on the registry behind htpasswd. */
let authImage = '';
let closed = 0;
let releases: Server;
let releaseUrl = '';

/** The one archive the release server has: a tarball under the pinned file name, with other bytes. */
function fakeRelease(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'fake-release-'));
  for (const name of SCANNERS) writeFileSync(join(dir, name), '#!/bin/sh\necho "not the release"\n', { mode: 0o755 });
  execFileSync('tar', ['-czf', join(dir, 'release.tar.gz'), '-C', dir, ...SCANNERS]);
  return readFileSync(join(dir, 'release.tar.gz'));
}

const pinnedFile = (scanner: Scanner) => SCANNER_PINS[scanner].files[`${process.platform}-${process.arch}`]?.file ?? 'none';

/** Replaces the DB file in `cacheDir`/<scanner> with bytes that are no database. */
function damage(cacheDir: string, scanner: Scanner): void {
  writeFileSync(join(cacheDir, scanner, ...(scanner === 'trivy' ? ['db', 'trivy.db'] : ['6', 'vulnerability.db'])), 'not a database '.repeat(300));
}

beforeAll(async () => {
  if (missing) return;
  fx = await scanFixtures();
  workspace = badWorkspace('scan-image', {
    'bad-date.yaml': 'ignore:\n  - id: CVE-2099-0001\n    reason: not reachable\n    expires: 2027-02-30\n',
    'no-reason.yaml': 'ignore:\n  - id: CVE-2099-0001\n    expires: 2027-03-31\n',
    'not-json.vex.json': '@context: https://openvex.dev/ns/v0.2.0\n',
  });
  toolCache = mkdtempSync(join(tmpdir(), 'scan-tool-cache-'));
  // A program that runs but is no scanner (a wrapper script gone wrong, another tool's binary).
  writeFileSync(join(workspace, 'not-a-scanner'), '#!/bin/sh\necho "usage: something else" >&2\nexit 1\n', { mode: 0o755 });
  const old = new Date(Date.now() - 10 * DAY);
  const [oldTrivy, oldGrype] = await Promise.all([buildTrivyDb(join(fx.dir, 'old-trivy'), ADVISORIES, old), buildGrypeDb(join(fx.dir, 'old-grype'), ADVISORIES, old)]);
  for (const scanner of SCANNERS) {
    const fresh = scanner === 'trivy' ? fx.trivy.cacheDir : fx.grype.cacheDir;
    cpSync(fresh, join(workspace, 'cache', scanner), { recursive: true });
    cpSync(fresh, join(workspace, 'damaged-cache', scanner), { recursive: true });
    damage(join(workspace, 'damaged-cache'), scanner);
    cpSync(scanner === 'trivy' ? oldTrivy.cacheDir : oldGrype.cacheDir, join(workspace, 'old-cache', scanner), { recursive: true });
  }

  // A cache as an earlier run leaves it: trivy adds its layer cache (fanal/) beside the DB on
  // every scan, failed ones too, and that is the cache working, not a file half-written.
  for (const cache of ['cache', 'old-cache']) {
    const r = await runStep('scan-image', { workspace, inputs: { scanner: 'trivy', 'scanner-path': binaries.trivy, 'cache-dir': cache, offline: 'true', 'max-db-age': '0', image: fx.images.clean.oci } });
    if (r.exitCode !== 0) throw new Error(`warming ${cache}: ${r.stdout}${r.stderr}`);
  }

  const { authAddress, user, password } = servicesEnv().registry;
  const clean = fx.images.clean;
  const index = JSON.parse(readFileSync(join(clean.layout, 'index.json'), 'utf8')) as { manifests: { mediaType: string; digest: string }[] };
  const top = index.manifests.find((m) => m.digest === clean.digest) as { mediaType: string; digest: string };
  // Not under the user's name: grype masks the username wherever it appears, the repository too.
  await pushImage(new RegistryClient({ host: authAddress, insecure: true, credentials: { username: user, password } }), clean.layout, top, 'scan-auth/clean', clean.tag);
  authImage = `${authAddress}/scan-auth/clean:${clean.tag}`;
  closed = await closedPort();

  const body = fakeRelease();
  releases = createServer((req, res) => {
    const name = (req.url ?? '').split('/').pop() ?? '';
    if (!SCANNERS.some((s) => pinnedFile(s) === name)) res.writeHead(404).end();
    else res.writeHead(200, { 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((r) => releases.listen(0, '127.0.0.1', r));
  releaseUrl = `http://127.0.0.1:${(releases.address() as AddressInfo).port}/v{version}/{file}`;
}, 600_000);

afterAll(() => {
  releases?.close();
});

const base = (scanner: Scanner) => ({ scanner, 'scanner-path': binaries[scanner], 'cache-dir': 'cache', offline: 'true', image: fx.images.clean.oci, 'fail-on': 'high' });

/** A case whose inputs and message name the fixtures, which exist only once beforeAll has run. */
type LateCase = { name: string; make: () => Omit<BadCase, 'name'> };

/** One test a case, run over base(scanner); RUNNER_TOOL_CACHE is watched too. */
function cases(scanner: Scanner, list: LateCase[]): void {
  for (const c of list) {
    it(c.name, async () => {
      const made = c.make();
      await expectCleanFailure('scan-image', { name: c.name, ...made, inputs: { ...base(scanner), ...made.inputs } }, { workspace, watch: [toolCache], env: { RUNNER_TOOL_CACHE: toolCache } });
    });
  }
}

const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Read before the scanner runs, the same whichever engine: run with trivy.
const INPUT_CASES: LateCase[] = [
  { name: 'an empty image', make: () => ({ inputs: { image: '' }, names: /^input `image`: "" is required\. Give a registry reference/ }) },
  { name: 'a layout that does not exist', make: () => ({ inputs: { image: 'oci:no-such-layout:1' }, names: /^input `image`: "oci:no-such-layout:1" names \S+no-such-layout, which does not exist\. An OCI layout is a folder holding index\.json/ }) },
  { name: 'a docker archive that does not exist', make: () => ({ inputs: { image: 'docker-archive:no-such.tar' }, names: /^input `image`: "docker-archive:no-such\.tar" names \S+no-such\.tar, which does not exist\. Give the archive/ }) },
  { name: 'a layout that is a file', make: () => ({ inputs: { image: 'oci:a-file' }, names: /^input `image`: "oci:a-file" names \S+a-file, which is a file, not a folder\. .*use `docker-archive:` for an archive/ }) },
  { name: 'a folder without index.json', make: () => ({ inputs: { image: 'oci:a-folder' }, names: /^input `image`: "oci:a-folder" names \S+a-folder, which has no index\.json, so it is not an OCI image layout/ }) },
  { name: 'a tag the layout does not hold', make: () => ({ inputs: { image: `oci:${fx.images.clean.layout}:nope` }, names: new RegExp(`^input \`image\`: .* names the tag "nope", which \\S+ does not hold \\(tags: ${fx.images.clean.tag}\\)\\. Give one of its tags\\.`) }) },
  { name: 'a layout with two images and no tag', make: () => ({ inputs: { image: `oci:${fx.images.debian.layout}` }, names: new RegExp(`^input \`image\`: .* holds 2 images; name one with \`oci:<folder>:<tag>\` \\(tags: ${fx.images.debian.tag}, ${fx.images.debian.tag}-base\\)`) }) },
  { name: 'a docker archive that is a folder', make: () => ({ inputs: { image: 'docker-archive:a-folder' }, names: /^input `image`: "docker-archive:a-folder" names \S+a-folder, which is a folder, not a file\. Give the archive/ }) },
  { name: 'a docker archive that is an OCI layout', make: () => ({ inputs: { image: `docker-archive:${fx.images.clean.layout}` }, names: /which is a folder, not a file \(an OCI layout: use `oci:` for it\)/ }) },
  { name: 'an image that is no reference', make: () => ({ inputs: { image: 'Registry/UPPER:tag' }, names: /^input `image`: "Registry\/UPPER:tag" is not an image reference/ }) },
  { name: 'an ignore file with a date that does not exist', make: () => ({ inputs: { 'ignore-file': 'bad-date.yaml' }, names: /^input `ignore-file` \(bad-date\.yaml\), entry 1 \(CVE-2099-0001, line 2\): `expires`: "2027-02-30" is not a real calendar date/ }) },
  { name: 'an ignore entry without a reason', make: () => ({ inputs: { 'ignore-file': 'no-reason.yaml' }, names: /^input `ignore-file` \(no-reason\.yaml\), entry 1 \(CVE-2099-0001, line 2\): `reason`: "" is missing or blank\. Say why/ }) },
  { name: 'an ignore file that does not exist', make: () => ({ inputs: { 'ignore-file': 'no-such.yaml' }, names: /^input `ignore-file`: "no-such\.yaml" does not exist/ }) },
  { name: 'an unknown severity in fail-on', make: () => ({ inputs: { 'fail-on': 'severe' }, names: /^input `fail-on`: "severe" is not a severity\. Use one of: critical, high, medium, low, none/ }) },
  { name: 'a max-db-age that is no age', make: () => ({ inputs: { 'max-db-age': 'soon' }, names: /^input `max-db-age`: "soon" is not an age\. Give hours or days, e\.g\. `36h` or `5d`/ }) },
  { name: 'a typo in old-db', make: () => ({ inputs: { 'old-db': 'warning' }, names: /^input `old-db`: "warning"/ }) },
  { name: 'a typo in scanner', make: () => ({ inputs: { scanner: 'clair' }, names: /^input `scanner`: "clair"/ }) },
  { name: 'a scanner-path that does not exist', make: () => ({ inputs: { 'scanner-path': 'no-such/trivy' }, names: /^input `scanner-path`: "no-such\/trivy" is not a file\. Give the path of the trivy binary/ }) },
  { name: 'a scanner-path command that is not on PATH', make: () => ({ inputs: { 'scanner-path': 'no-such-trivy' }, names: /^input `scanner-path`: "no-such-trivy" is not a command on PATH/ }) },
  { name: 'a vex file that is not JSON', make: () => ({ inputs: { vex: 'not-json.vex.json' }, names: /^input `vex` \(not-json\.vex\.json\): ".*" is not JSON\. Give an OpenVEX document/ }) },
  { name: 'a username without a password', make: () => ({ inputs: { username: 'someone' }, names: /^input `password`: "" is empty while `username` is set\. Give both, or neither/ }) },
  { name: 'a password without a username', make: () => ({ inputs: { password: 'secret' }, names: /^input `username`: "" is empty while `password` is set/ }) },
  { name: 'a timeout of 0', make: () => ({ inputs: { timeout: '0' }, names: /^input `timeout`/ }) },
];

// What the engine itself meets: each case for both.
const engineCases = (scanner: Scanner): LateCase[] => [
  {
    name: 'a registry image and no credentials',
    make: () => ({ inputs: { image: authImage }, names: new RegExp(`^127\\.0\\.0\\.1:\\d+ wants credentials to read ${re(authImage)}, and none were given\\. Set \`username\` and \`password\` \\(or run docker/login-action before this step\\)\\. ${scanner} said: .*(UNAUTHORIZED|authentication required)`) }),
  },
  {
    name: 'a registry image and a wrong password',
    make: () => ({ inputs: { image: authImage, username: servicesEnv().registry.user, password: 'wrong-password' }, names: new RegExp(`^127\\.0\\.0\\.1:\\d+ refused \`username\` "${re(servicesEnv().registry.user)}" with the \`password\` given, reading ${re(authImage)}\\. Check both`) }),
  },
  {
    name: 'a DB that cannot be fetched (nothing listens at db-repository)',
    make: () => {
      const repo = scanner === 'trivy' ? `127.0.0.1:${closed}/trivy-db:2` : `http://127.0.0.1:${closed}/latest.json`;
      return { inputs: { offline: 'false', 'cache-dir': 'empty-cache', 'db-repository': repo }, names: new RegExp(`^${scanner} cannot fetch its vulnerability DB from \`db-repository\` \\(${re(repo)}\\): .*connection refused.*\\. Point \`db-repository\` at a mirror you can reach, or set \`offline: true\``) };
    },
  },
  {
    name: 'a scanner-path that is no scanner',
    make: () => ({ inputs: { 'scanner-path': './not-a-scanner' }, names: new RegExp(`^\\S+not-a-scanner is not a working ${scanner}: \`${scanner} ${scanner === 'trivy' ? '--version' : 'version'}\` printed no version \\(exit 1\\)\\. Check \`scanner-path\`\\.`) }),
  },
  { name: 'offline with an empty cache', make: () => ({ inputs: { 'cache-dir': 'empty-cache' }, names: new RegExp(`^offline: there is no ${scanner} vulnerability DB in \\S+empty-cache/${scanner} to scan with\\. Run once with \`offline: false\``) }) },
  {
    name: 'a DB 10 days old with max-db-age 5d',
    make: () => ({ inputs: { 'cache-dir': 'old-cache', 'max-db-age': '5d' }, names: new RegExp(`^The ${scanner} DB is 10 days old, older than \`max-db-age\` \\(5d\\): findings published since \\d{4}-\\d{2}-\\d{2} are missed\\. Run once with \`offline: false\` to refresh the cache, or raise \`max-db-age\``) }),
  },
  {
    name: 'a damaged DB, offline',
    make: () => ({ inputs: { 'cache-dir': 'damaged-cache' }, names: new RegExp(`^the ${scanner} DB in \`cache-dir\` \\(\\S+damaged-cache/${scanner}\\) cannot be read: .*(not a database|file size too small).*\\. Delete that folder \\(or the actions/cache entry that restored it\\) and run once with \`offline: false\``) }),
  },
  {
    name: 'a scanner download that does not hash to its pin',
    make: () => {
      const { version } = SCANNER_PINS[scanner];
      const file = re(pinnedFile(scanner));
      return { inputs: { 'scanner-path': '', 'scanner-download-url': releaseUrl }, names: new RegExp(`^http://127\\.0\\.0\\.1:\\d+/v${re(version)}/${file} is not ${file} of ${scanner} ${re(version)}: its sha256 is [0-9a-f]{64}, the pinned one is [0-9a-f]{64}\\. Nothing was kept\\.`) };
    },
  },
];

describe.skipIf(missing)('scan-image: bad inputs fail cleanly', () => {
  describe('read before the scan', () => cases('trivy', INPUT_CASES));
  for (const scanner of SCANNERS) describe(`met by ${scanner}`, () => cases(scanner, engineCases(scanner)));

  it.each(SCANNERS)('with %s, a DB older than max-db-age and old-db: warn passes with one warning naming its age', async (scanner) => {
    const r = await runStep('scan-image', { workspace, inputs: { ...base(scanner), 'cache-dir': 'old-cache', 'max-db-age': '5d', 'old-db': 'warn' }, env: { RUNNER_TOOL_CACHE: toolCache } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(errorsOf(r)).toEqual([]);
    const warnings = r.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^The ${scanner} DB is 10 days old, older than \`max-db-age\` \\(5d\\)`))]);
    expect(Number(r.outputs['db-age-hours'])).toBeGreaterThan(239);
  });

  it('masks the password, the wrong one too', async () => {
    const r = await runStep('scan-image', { workspace, inputs: { ...base('grype'), image: authImage, username: servicesEnv().registry.user, password: 'wrong-password' } });
    expect(r.masks).toContain('wrong-password');
    expect(r.stdout.replace(/^::add-mask::.*$/m, '')).not.toContain('wrong-password');
  });
});
