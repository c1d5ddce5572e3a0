// trivy's vulnerability database for the scan tests, built from advisories.json by the Go program
// in trivy-db/ (trivy-db's own packages, so the schema is trivy's), in the two forms trivy takes:
// a cache folder with db/trivy.db and db/metadata.json (`--cache-dir … --skip-db-update`), and the
// OCI artifact trivy downloads (`--db-repository <registry>/<repo>:2`), pushed to the test registry.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildLayer } from '../../../src/image/layer.js';
import { initLayout, MEDIA, writeBlob } from '../../../src/image/oci.js';
import { pushImage, RegistryClient } from '../../../src/image/registry.js';

const run = promisify(execFile);
const HERE = import.meta.dirname;

/** trivy's pkg/db: the layer media type it accepts, and the config type `oras push` gives its artifact. */
export const TRIVY_DB_MEDIA = {
  layer: 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip',
  config: 'application/vnd.aquasec.trivy.config.v1+json',
} as const;
/** The tag trivy pulls by default: the DB schema version. */
export const TRIVY_DB_TAG = '2';

export interface TrivyDb {
  /** What to pass as trivy's --cache-dir: it holds db/trivy.db and db/metadata.json. */
  cacheDir: string;
  /** cacheDir/db */
  dbDir: string;
  /** db.tar.gz (trivy.db and metadata.json), the artifact's one layer. */
  archive: string;
}

/** The builder's path: built once per source hash into the tools cache (under a lock). */
export async function trivyDbBuilder(): Promise<string> {
  const { stdout } = await run('bash', [join(HERE, 'build-go-tool.sh'), join(HERE, 'trivy-db'), 'scan-trivy-db'], { maxBuffer: 16 << 20 });
  return stdout.trim();
}

/** Builds the DB into `outDir` (a new folder): outDir/cache/db and outDir/db.tar.gz. `built` sets UpdatedAt and DownloadedAt (NextUpdate a day later). */
export async function buildTrivyDb(outDir: string, advisoriesPath: string, built: Date = new Date()): Promise<TrivyDb> {
  const builder = await trivyDbBuilder();
  const cacheDir = join(outDir, 'cache');
  const dbDir = join(cacheDir, 'db');
  await mkdir(cacheDir, { recursive: true });
  await run(builder, ['--advisories', advisoriesPath, '--out', dbDir, '--built', built.toISOString().replace(/\.\d{3}Z$/, 'Z')]);
  const archive = join(outDir, 'db.tar.gz');
  await buildLayer(
    [
      { path: 'metadata.json', source: join(dbDir, 'metadata.json') },
      { path: 'trivy.db', source: join(dbDir, 'trivy.db') },
    ],
    archive,
    0,
    'gzip',
  );
  return { cacheDir, dbDir, archive };
}

/**
 * Pushes `archive` as trivy's DB artifact (one layer of TRIVY_DB_MEDIA.layer titled db.tar.gz,
 * the name trivy saves it under before unpacking) to `address`/`repo`:2 and returns that
 * reference, the form --db-repository takes. The artifact's OCI layout is written to `layout`.
 */
export async function pushTrivyDb(archive: string, layout: string, address: string, repo: string): Promise<string> {
  await initLayout(layout);
  const layer = await writeBlob(layout, await readFile(archive), TRIVY_DB_MEDIA.layer);
  const config = await writeBlob(layout, Buffer.from('{}'), TRIVY_DB_MEDIA.config);
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config,
    layers: [{ ...layer, annotations: { 'org.opencontainers.image.title': 'db.tar.gz' } }],
    annotations: { 'org.opencontainers.image.created': '1970-01-01T00:00:00Z' },
  };
  const top = await writeBlob(layout, Buffer.from(JSON.stringify(manifest)), MEDIA.manifest);
  await pushImage(new RegistryClient({ host: address, insecure: true }), layout, top, repo, TRIVY_DB_TAG);
  return `${address}/${repo}:${TRIVY_DB_TAG}`;
}
