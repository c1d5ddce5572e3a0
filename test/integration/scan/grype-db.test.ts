// The real grype against the test vulnerability database built from test/setup/scan/advisories.json:
// offline from a ready cache folder, downloaded from a local listing (latest.json + archive), and
// refused when older than grype's max allowed built age.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { appendFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGrypeDb, type GrypeDb } from '../../setup/scan/grype-db.js';
import { serveFolder, type ServedFolder } from '../../setup/serve-folder.js';
import { closedPort } from '../closed-port.js';
import { layAlpineRootfs, layDebianRootfs } from './grype-rootfs.js';

const GRYPE = process.env.MODEL_CD_GRYPE;
const ADVISORIES = join(import.meta.dirname, '..', '..', 'setup', 'scan', 'advisories.json');
const DAY = 24 * 3600 * 1000;

interface Advisory {
  id: string;
  severity: string;
  cvss: { vector: string; score: number };
  affected: { ecosystem: string; package: string; fixed: string | null }[];
}
const advisories = (JSON.parse(readFileSync(ADVISORIES, 'utf8')) as { advisories: Advisory[] }).advisories;

// The installed package each advisory reaches: Debian's are matched by source package.
const INSTALLED: Record<string, { name: string; version: string; rootfs: 'debian' | 'alpine' }> = {
  openssl: { name: 'openssl', version: '3.0.11-1~deb12u2', rootfs: 'debian' },
  zlib: { name: 'zlib1g', version: '1:1.2.13.dfsg-1', rootfs: 'debian' },
  glibc: { name: 'libc6', version: '2.36-9+deb12u4', rootfs: 'debian' },
  requests: { name: 'requests', version: '2.19.0', rootfs: 'debian' },
  flask: { name: 'flask', version: '2.2.0', rootfs: 'debian' },
  lodash: { name: 'lodash', version: '4.17.15', rootfs: 'debian' },
  minimist: { name: 'minimist', version: '1.2.5', rootfs: 'debian' },
  busybox: { name: 'busybox', version: '1.36.1-r28', rootfs: 'alpine' },
  musl: { name: 'musl', version: '1.2.5-r0', rootfs: 'alpine' },
};

interface Seen {
  id: string;
  package: string;
  version: string;
  severity: string;
  fix: { state: string; versions: string[] };
  cvss: string[];
}

function expected(rootfs: 'debian' | 'alpine'): Seen[] {
  const out: Seen[] = [];
  for (const a of advisories) {
    for (const af of a.affected) {
      const installed = INSTALLED[af.package];
      if (!installed) throw new Error(`advisories.json names ${af.package}, which no test rootfs installs`);
      if (installed.rootfs !== rootfs) continue;
      out.push({
        id: a.id,
        package: installed.name,
        version: installed.version,
        severity: a.severity.charAt(0).toUpperCase() + a.severity.slice(1),
        fix: af.fixed ? { state: 'fixed', versions: [af.fixed] } : { state: 'not-fixed', versions: [] },
        cvss: [a.cvss.vector],
      });
    }
  }
  return out.sort((x, y) => x.id.localeCompare(y.id));
}

interface GrypeMatch {
  vulnerability: { id: string; severity: string; fix: Seen['fix']; cvss: { vector: string }[] };
  artifact: { name: string; version: string };
}

function seen(json: string): Seen[] {
  const doc = JSON.parse(json) as { matches: GrypeMatch[] };
  return doc.matches
    .map((m) => ({
      id: m.vulnerability.id,
      package: m.artifact.name,
      version: m.artifact.version,
      severity: m.vulnerability.severity,
      fix: m.vulnerability.fix,
      cvss: m.vulnerability.cvss.map((c) => c.vector),
    }))
    .sort((x, y) => x.id.localeCompare(y.id));
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// grype with only the settings given here: no GRYPE_* from the outer environment, no config file
// (HOME and the working folder are empty), no colour codes in messages, no check for a newer grype.
function grype(args: string[], env: Record<string, string>): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GRYPE_')));
  const home = mkdtempSync(join(tmpdir(), 'model-cd-grype-home-'));
  return new Promise((done) => {
    execFile(
      GRYPE!,
      args,
      {
        cwd: home,
        maxBuffer: 64 << 20,
        env: { ...base, HOME: home, XDG_CONFIG_HOME: home, NO_COLOR: '1', GRYPE_CHECK_FOR_APP_UPDATE: 'false', ...env },
      },
      (err, stdout, stderr) => {
        void rm(home, { recursive: true, force: true });
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

describe('grype test database', () => {
  let work: string;
  let debian: string;
  let alpine: string;
  let fresh: GrypeDb;
  let unreachable: string;

  beforeAll(async () => {
    if (!GRYPE) return;
    work = mkdtempSync(join(tmpdir(), 'model-cd-grype-db-'));
    debian = join(work, 'debian');
    alpine = join(work, 'alpine');
    await layDebianRootfs(debian);
    await layAlpineRootfs(alpine);
    fresh = await buildGrypeDb(join(work, 'fresh'), ADVISORIES);
    unreachable = `http://127.0.0.1:${await closedPort()}/latest.json`;
  }, 20 * 60_000); // a cold build compiles grype's dependencies

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  const offline = (cacheDir: string) => ({
    GRYPE_DB_CACHE_DIR: cacheDir,
    GRYPE_DB_AUTO_UPDATE: 'false',
    // Never contacted with auto-update off; a refused port would show as a warning if it were.
    GRYPE_DB_UPDATE_URL: unreachable,
  });

  it.skipIf(!GRYPE)('offline, finds exactly the advisories of each rootfs with their severity, fix and CVSS (skipped only when MODEL_CD_GRYPE is unset)', async () => {
    for (const [root, rootfs] of [
      [debian, 'debian'],
      [alpine, 'alpine'],
    ] as const) {
      const r = await grype([`dir:${root}`, '-o', 'json'], offline(fresh.cacheDir));
      expect(r.stderr).not.toMatch(/unable to check for vulnerability database update/);
      expect(r.code, r.stderr).toBe(0);
      expect(seen(r.stdout)).toEqual(expected(rootfs));
    }
  });

  it.skipIf(!GRYPE)('downloads the database from the local listing: `grype db update`, then a plain scan with an empty cache (skipped only when MODEL_CD_GRYPE is unset)', async () => {
    const server: ServedFolder = await serveFolder(fresh.serveRoot);
    try {
      const archiveName = fresh.archive.slice(fresh.serveRoot.length + 1);
      const online = (cacheDir: string) => ({ GRYPE_DB_CACHE_DIR: cacheDir, GRYPE_DB_UPDATE_URL: `${server.url}/latest.json` });

      const updated = join(work, 'updated-cache');
      const update = await grype(['db', 'update'], online(updated));
      expect(update.code, update.stderr).toBe(0);
      expect(update.stdout).toContain('Vulnerability database updated to latest version!');
      expect(server.requests).toContain('GET /latest.json');
      expect(server.requests).toContain(`GET /${archiveName}`);

      const status = await grype(['db', 'status', '-o', 'json'], online(updated));
      expect(status.code, status.stderr).toBe(0);
      const doc = JSON.parse(status.stdout) as { valid: boolean; built: string; from: string; schemaVersion: string };
      expect(doc).toMatchObject({ valid: true, built: fresh.built.toISOString().replace('.000Z', 'Z'), schemaVersion: 'v6.1.10' });
      expect(doc.from.startsWith(`${server.url}/${archiveName}?checksum=sha256`)).toBe(true);

      const again = await grype(['db', 'update'], online(updated));
      expect(again.stdout).toContain('No vulnerability database update available');

      const scanned = await grype([`dir:${debian}`, '-o', 'json'], offline(updated));
      expect(scanned.code, scanned.stderr).toBe(0);
      expect(seen(scanned.stdout)).toEqual(expected('debian'));

      // A scan with auto-update on (the default) and no database yet downloads it first.
      server.requests.length = 0;
      const plain = await grype([`dir:${alpine}`, '-o', 'json'], online(join(work, 'auto-cache')));
      expect(plain.code, plain.stderr).toBe(0);
      expect(server.requests).toContain(`GET /${archiveName}`);
      expect(seen(plain.stdout)).toEqual(expected('alpine'));
    } finally {
      await server.close();
    }
  });

  it.skipIf(!GRYPE)('refuses a database built 10 days ago (max allowed built age 5 days) and says so (skipped only when MODEL_CD_GRYPE is unset)', async () => {
    const old = await buildGrypeDb(join(work, 'old'), ADVISORIES, new Date(Date.now() - 10 * DAY));
    const tooOld = 'the vulnerability database was built 1 week ago (max allowed age is 5 days)';

    const scan = await grype([`dir:${debian}`, '-o', 'json'], offline(old.cacheDir));
    expect(scan.code).toBe(1);
    expect(scan.stdout).toBe('');
    expect(scan.stderr).toContain(`ERROR failed to load vulnerability db: ${tooOld}`);

    const status = await grype(['db', 'status', '-o', 'json'], offline(old.cacheDir));
    expect(status.code).toBe(1);
    expect(JSON.parse(status.stdout)).toMatchObject({ valid: false, error: tooOld });

    // The age limit is a setting: a longer one accepts the same database.
    const longer = await grype([`dir:${debian}`, '-o', 'json'], { ...offline(old.cacheDir), GRYPE_DB_MAX_ALLOWED_BUILT_AGE: '720h' });
    expect(longer.code, longer.stderr).toBe(0);
    expect(seen(longer.stdout)).toEqual(expected('debian'));

    // `db update` from a listing whose database is too old installs it and exits 0; the scan
    // after it still refuses it.
    const server = await serveFolder(old.serveRoot);
    try {
      const cache = join(work, 'old-updated');
      const env = { GRYPE_DB_CACHE_DIR: cache, GRYPE_DB_UPDATE_URL: `${server.url}/latest.json` };
      const update = await grype(['db', 'update'], env);
      expect(update.code, update.stderr).toBe(0);
      const after = await grype([`dir:${debian}`, '-o', 'json'], offline(cache));
      expect(after.code).toBe(1);
      expect(after.stderr).toContain(tooOld);
    } finally {
      await server.close();
    }
  });

  it.skipIf(!GRYPE)('says what is wrong when the database is missing or its file was changed (skipped only when MODEL_CD_GRYPE is unset)', async () => {
    const missing = await grype([`dir:${debian}`, '-o', 'json'], offline(join(work, 'no-cache')));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ERROR failed to load vulnerability db: database does not exist');

    // A copy whose vulnerability.db no longer matches import.json's digest.
    const changed = await buildGrypeDb(join(work, 'changed'), ADVISORIES);
    await appendFile(join(changed.cacheDir, '6', 'vulnerability.db'), 'x');
    const bad = await grype([`dir:${debian}`, '-o', 'json'], offline(changed.cacheDir));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Database checksum invalid, run `grype db delete` to remove it and `grype db update` to update.');
    expect(bad.stderr).toMatch(/ERROR failed to load vulnerability db: bad db checksum \(.*vulnerability\.db\): "xxh64:[0-9a-f]+" vs "xxh64:[0-9a-f]+"/);
  });
});
