// The one entry the scan tests call: the test images (images.ts) and both scanners' test
// vulnerability databases, built from advisories.json, made once per test process.
//
// Each process builds into its own new temp folder, so vitest workers never share a half-written
// file. The folder goes when the process exits; vitest may end a worker without an exit event, so
// each build also removes the folders of processes that are gone. What they share is safe to share: the Go builders are
// built once under a lock (build-go-tool.sh); the images go to the registry under tags named by
// their digests, so whoever pushes them pushes the same bytes; each process pushes trivy's DB (not
// byte-reproducible: bbolt pages differ from build to build) to a repository of its own.
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servicesEnv } from '../env.js';
import { buildScanImages, type ScanImages } from './images.js';
import { serveFolder } from '../serve-folder.js';
import { buildGrypeDb } from './grype-db.js';
import { buildTrivyDb, pushTrivyDb } from './trivy-db.js';

export const ADVISORIES = join(import.meta.dirname, 'advisories.json');

export interface ScanFixtures {
  /** This process's folder; everything below is in it. */
  dir: string;
  /** advisories.json, which both databases are built from. */
  advisories: string;
  /** The images, as OCI layouts, docker archives and in the test registry. */
  images: ScanImages;
  trivy: {
    /** --cache-dir with a ready db/ (use with --skip-db-update, and --offline-scan). */
    cacheDir: string;
    /** The artifact in the test registry, for --db-repository (`127.0.0.1:PORT/model-cd-test/trivy-db-…:2`). */
    dbRepository: string;
    /** db.tar.gz, the artifact's layer (trivy.db and metadata.json). */
    archive: string;
  };
  grype: {
    /** GRYPE_DB_CACHE_DIR with a ready 6/ (scan-image's `cache-dir`/grype). */
    cacheDir: string;
    /** The listing (latest.json) served on 127.0.0.1, for GRYPE_DB_UPDATE_URL (`db-repository`). */
    listingUrl: string;
  };
}

let memo: Promise<ScanFixtures> | null = null;

/** The fixtures, built on the first call in this process and shared by later ones. */
export function scanFixtures(): Promise<ScanFixtures> {
  memo ??= build().catch((e: unknown) => {
    // A failed build is not kept: the next caller tries again (and sees the error itself).
    memo = null;
    throw e;
  });
  return memo;
}

const PREFIX = 'model-cd-scan-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders left by processes that are gone (named model-cd-scan-<pid>-<random>). */
async function removeStale(): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const pid = Number(/^model-cd-scan-(\d+)-/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) await rm(join(tmpdir(), name), { recursive: true, force: true });
  }
}

async function build(): Promise<ScanFixtures> {
  const { address } = servicesEnv().registry;
  await removeStale();
  const dir = await mkdtemp(join(tmpdir(), `${PREFIX}${process.pid}-`));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const [images, db, grype] = await Promise.all([buildScanImages(join(dir, 'images'), { address }), buildTrivyDb(join(dir, 'trivy'), ADVISORIES), buildGrypeDb(join(dir, 'grype'), ADVISORIES)]);
  const dbRepository = await pushTrivyDb(db.archive, join(dir, 'trivy', 'artifact'), address, `model-cd-test/trivy-db-${Date.now()}-${process.pid}`);
  // Serves for as long as the process lives (the scan tests download the grype DB from it).
  const served = await serveFolder(grype.serveRoot);
  return { dir, advisories: ADVISORIES, images, trivy: { cacheDir: db.cacheDir, dbRepository, archive: db.archive }, grype: { cacheDir: grype.cacheDir, listingUrl: `${served.url}/latest.json` } };
}
