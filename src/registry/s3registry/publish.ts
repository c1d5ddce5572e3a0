// publish-model's core for the plain S3 registry (layout.ts): register a version from a local
// file or folder, and move an alias to a version.
//
// Order of writes, which is what keeps readers and concurrent publishers safe:
//   1. hash every local file (nothing is written if a file cannot be read);
//   2. claim the next version number with a create-only PUT of versions/<n>/claim.json; a 412
//      means another publisher has it, so try n+1. Claims are never deleted, so they are
//      contiguous and the next free number is found with a few HEADs (gallop + bisect);
//   3. upload the files under versions/<n>/files/ (multipart above a threshold, bounded memory);
//   4. write versions/<n>/manifest.json, create-only, last. A version without a manifest is
//      incomplete and readers skip it; on failure the uploaded files are deleted (best effort)
//      and the number stays burnt by its claim;
//   5. move the alias by compare-and-swap: If-Match on the pointer's ETag (If-None-Match for a new
//      alias), re-read and retry when someone else moved it in between.
import type { Stats } from 'node:fs';
import { readFile, readdir, readlink, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { ConfigurationError, ServiceError } from '../../common/errors.js';
import { sha256File } from '../../common/hash-stream.js';
import { Limiter } from '../download.js';
import { manifestSha256, sortEntries, type FileEntry } from '../manifest.js';
import { s3Uri } from '../s3/client.js';
import { PreconditionFailed, type S3Writer } from '../s3/write.js';
import { keyProblem } from '../uri.js';
import {
  ALIAS_SCHEMA,
  MANIFEST_SCHEMA,
  aliasKey,
  claimKey,
  fileKey,
  manifestKey,
  parseAlias,
  parseManifest,
  versionUri,
  type AliasPointer,
  type RegistryRoot,
  type VersionManifest,
} from './layout.js';

export type PublishPlan =
  | { kind: 'register'; path: string; alias: string | null }
  | { kind: 'promote'; version: number; alias: string };

/** Which of the two things publish-model does, or the ConfigurationError that says how to ask. */
export function planPublish(i: { path: string; version: number | null; alias: string; hasLineage: boolean }): PublishPlan {
  if (i.path) {
    if (i.version !== null) {
      throw new ConfigurationError('input `version`', String(i.version), 'cannot be given with `path`: a new version gets the next free number. Leave `version` empty to register, or leave `path` empty to promote an existing version.');
    }
    return { kind: 'register', path: i.path, alias: i.alias || null };
  }
  if (!i.alias) {
    throw new ConfigurationError('input `path`', '', 'is empty and so is `alias`: nothing to do. Give `path` to register a new version, or `version` and `alias` to promote one.');
  }
  if (i.version === null) {
    throw new ConfigurationError('input `version`', '', `is needed to move alias ${JSON.stringify(i.alias)} without \`path\`: give the version to promote (the \`version\` output of the publish that registered it).`);
  }
  if (i.hasLineage) {
    throw new ConfigurationError('input `path`', '', 'is empty, but `metrics-file`, `tags`, `description` or `image-digest` were given: a registered version is immutable, so these can only be attached when registering. Give `path`, or drop them for a promotion.');
  }
  return { kind: 'promote', version: i.version, alias: i.alias };
}

export interface PublishOptions {
  s3: S3Writer;
  root: RegistryRoot;
  name: string;
  plan: PublishPlan;
  tags?: Record<string, string>;
  metrics?: Record<string, unknown>;
  description?: string;
  /** Move the alias only while it points to this version (null: only while it does not exist); undefined: whatever it points to. */
  expectedPrevious?: number | null;
  /** The workflow run doing this, recorded on alias moves. */
  by?: string;
  concurrency?: number;
  multipartThreshold?: number;
  partSize?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface AliasMove {
  alias: string;
  previous: number | null;
  /** False when the alias already pointed at the version. */
  moved: boolean;
}

export interface PublishResult {
  name: string;
  version: number;
  uri: string;
  sha256: string;
  size: number;
  files: number;
  /** Whether this run registered the version (false: a promotion). */
  registered: boolean;
  bytesUploaded: number;
  alias: AliasMove | null;
}

export interface LocalFile extends FileEntry {
  abs: string;
}

const MIB = 1 << 20;

export async function publishModel(o: PublishOptions): Promise<PublishResult> {
  const log = o.log ?? (() => undefined);
  const now = o.now ?? (() => new Date());
  const { s3, root, name } = o;
  if (o.plan.kind === 'promote') {
    const manifest = await readManifest(o, o.plan.version);
    const alias = await moveAlias(o, o.plan.alias, o.plan.version);
    return { name, version: o.plan.version, uri: versionUri(root, name, o.plan.version), sha256: manifest.sha256, size: manifest.size, files: manifest.files.length, registered: false, bytesUploaded: 0, alias };
  }

  // The guard is checked before anything is written, so a stale read costs nothing; it is checked
  // again in the alias write itself (compare-and-swap), should someone move it meanwhile.
  if (o.plan.alias && o.expectedPrevious !== undefined) {
    checkExpectedPrevious(name, o.plan.alias, (await readAlias(o, o.plan.alias)).previous, o.expectedPrevious);
  }
  const files = await hashLocal(o.plan.path, o.concurrency ?? 4);
  const sha256 = manifestSha256(files);
  const size = files.reduce((s, f) => s + f.size, 0);
  log(`${files.length} file${files.length === 1 ? '' : 's'}, ${size} bytes, sha256 ${sha256}`);

  const version = await claimVersion(o);
  log(`Claimed version ${version} of ${name}`);
  const limiter = new Limiter(o.concurrency ?? 4);
  const run = <T>(fn: () => Promise<T>) => limiter.run(fn);
  let bytesUploaded = 0;
  const uploaded: string[] = [];
  try {
    // Files share the limiter with their parts, so a file waits for a slot per request, not per file.
    const results = await Promise.allSettled(
      files.map(async (f) => {
        const key = fileKey(root, name, version, f.path);
        await s3.uploadFile(root.bucket, key, f.abs, f.size, {
          multipartThreshold: o.multipartThreshold ?? 64 * MIB,
          partSize: o.partSize ?? 16 * MIB,
          run,
          onBytes: (n) => (bytesUploaded += n),
          expectedSha256: f.sha256,
        });
        uploaded.push(key);
      }),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const manifest: VersionManifest = {
      schema: MANIFEST_SCHEMA,
      name,
      version,
      created: now().toISOString(),
      sha256,
      size,
      files: sortEntries(files.map(({ path, size: s, sha256: h }) => ({ path, size: s, sha256: h }))),
      tags: o.tags ?? {},
      metrics: o.metrics ?? {},
      ...(o.description ? { description: o.description } : {}),
    };
    await s3.put(root.bucket, manifestKey(root, name, version), Buffer.from(JSON.stringify(manifest, null, 2) + '\n'), { contentType: 'application/json', ifNoneMatch: true });
  } catch (e) {
    // Readers already ignore a version without a manifest; removing its files keeps the bucket tidy.
    await Promise.allSettled(uploaded.map((k) => s3.delete(root.bucket, k)));
    throw e;
  }
  log(`Registered ${name} version ${version}`);
  const alias = o.plan.alias ? await afterRegistering(name, version, versionUri(root, name, version), o.plan.alias, () => moveAlias(o, o.plan.alias as string, version)) : null;
  return { name, version, uri: versionUri(root, name, version), sha256, size, files: files.length, registered: true, bytesUploaded, alias };
}

/** Every regular file under `path` (or the file itself), with its size and sha256. */
export async function hashLocal(path: string, concurrency: number): Promise<LocalFile[]> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new ConfigurationError('input `path`', path, 'does not exist. Give the model file or folder to publish.');
  }
  const found: { abs: string; path: string; size: number }[] = [];
  if (st.isFile()) {
    found.push({ abs: path, path: basename(path), size: st.size });
  } else if (st.isDirectory()) {
    await walk(path, path, found);
    if (found.length === 0) throw new ConfigurationError('input `path`', path, 'is an empty folder. Give a folder with the model files.');
  } else {
    throw new ConfigurationError('input `path`', path, 'is neither a file nor a folder.');
  }
  const limiter = new Limiter(concurrency);
  return Promise.all(
    found.map((f) =>
      limiter.run(async () => {
        return { ...f, sha256: await sha256File(f.abs) };
      }),
    ),
  );
}

async function walk(root: string, dir: string, out: { abs: string; path: string; size: number }[]): Promise<void> {
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const abs = join(dir, d.name);
    const rel = relative(root, abs).split(sep).join('/');
    const problem = keyProblem(rel);
    if (problem) throw new ConfigurationError('input `path`', abs, `holds a file whose name ${problem}; rename it.`);
    // Symbolic links are followed to files; a link to a folder could loop.
    const st = d.isSymbolicLink() ? await linkTarget(abs) : null;
    if (d.isDirectory()) await walk(root, abs, out);
    else if (d.isFile() || st?.isFile()) out.push({ abs, path: rel, size: st?.size ?? (await stat(abs)).size });
    else if (st?.isDirectory()) throw new ConfigurationError('input `path`', abs, 'is a symbolic link to a folder, which is not followed. Copy the folder in, or link the files.');
  }
}

async function linkTarget(abs: string): Promise<Stats> {
  try {
    return await stat(abs);
  } catch (e) {
    const to = await readlink(abs).catch(() => '?');
    const why = (e as { code?: string }).code === 'ELOOP' ? 'a loop of links' : `${JSON.stringify(to)}, which does not exist`;
    throw new ConfigurationError('input `path`', abs, `is a broken symbolic link: it points to ${why}. Fix the link, replace it with the file, or remove it.`);
  }
}

/** The next free version number: claims 1..k exist, so find k+1 with HEADs, then race for it. */
async function claimVersion(o: PublishOptions): Promise<number> {
  const { s3, root, name } = o;
  const taken = (n: number) => s3.exists(root.bucket, claimKey(root, name, n));
  let n = 1;
  if (await taken(1)) {
    let lo = 1;
    let hi = 2;
    while (await taken(hi)) {
      lo = hi;
      hi *= 2;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await taken(mid)) lo = mid;
      else hi = mid;
    }
    n = hi;
  }
  const marker = (v: number) => Buffer.from(JSON.stringify({ version: v, claimed: (o.now ?? (() => new Date()))().toISOString(), ...(o.by ? { by: o.by } : {}) }) + '\n');
  for (let tries = 0; tries < 1000; tries++, n++) {
    try {
      await s3.put(root.bucket, claimKey(root, name, n), marker(n), { contentType: 'application/json', ifNoneMatch: true });
      return n;
    } catch (e) {
      if (!(e instanceof PreconditionFailed)) throw e;
      o.log?.(`Version ${n} of ${name} was just claimed by another publisher; trying ${n + 1}`);
    }
  }
  throw new ServiceError(`could not claim a version of ${name} under ${s3Uri(root.bucket, root.prefix)} after 1000 tries: too many publishers at once.`);
}

async function readManifest(o: PublishOptions, version: number): Promise<VersionManifest> {
  const key = manifestKey(o.root, o.name, version);
  const got = await o.s3.getText(o.root.bucket, key);
  if (!got) {
    const claimed = await o.s3.exists(o.root.bucket, claimKey(o.root, o.name, version));
    throw new ServiceError(
      claimed
        ? `version ${version} of ${o.name} is incomplete (its publish did not finish: no ${s3Uri(o.root.bucket, key)}), so it cannot be promoted. Promote a complete version.`
        : `version ${version} of ${o.name} does not exist in ${s3Uri(o.root.bucket, o.root.prefix)} (no ${s3Uri(o.root.bucket, key)}). Check \`name\`, \`version\` and \`registry\`.`,
      404,
    );
  }
  try {
    return parseManifest(got.text, s3Uri(o.root.bucket, key));
  } catch (e) {
    throw new ServiceError(`${(e as Error).message} Promote another version, or publish this model again.`);
  }
}

/** The alias pointer as stored (null when the alias does not exist) and the version it points to. */
async function readAlias(o: PublishOptions, alias: string): Promise<{ cur: { text: string; etag: string } | null; previous: number | null }> {
  const key = aliasKey(o.root, o.name, alias);
  const cur = await o.s3.getText(o.root.bucket, key);
  if (!cur) return { cur, previous: null };
  try {
    return { cur, previous: parseAlias(cur.text, s3Uri(o.root.bucket, key)).version };
  } catch (e) {
    throw new ServiceError(`${(e as Error).message} Fix or delete it, then run again.`);
  }
}

async function moveAlias(o: PublishOptions, alias: string, version: number): Promise<AliasMove> {
  const key = aliasKey(o.root, o.name, alias);
  const where = s3Uri(o.root.bucket, key);
  for (let attempt = 0; attempt < 20; attempt++) {
    const { cur, previous } = await readAlias(o, alias);
    checkExpectedPrevious(o.name, alias, previous, o.expectedPrevious);
    if (previous === version) return { alias, previous, moved: false };
    const pointer: AliasPointer = { schema: ALIAS_SCHEMA, version, previous, updated: (o.now ?? (() => new Date()))().toISOString(), ...(o.by ? { by: o.by } : {}) };
    try {
      await o.s3.put(o.root.bucket, key, Buffer.from(JSON.stringify(pointer) + '\n'), { contentType: 'application/json', ...(cur ? { ifMatch: cur.etag } : { ifNoneMatch: true }) });
      o.log?.(`Moved alias ${alias} of ${o.name}: ${previous ?? '(new)'} → ${version}`);
      return { alias, previous, moved: true };
    } catch (e) {
      if (!(e instanceof PreconditionFailed)) throw e;
      // Someone moved it between our read and write: read again.
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 100));
    }
  }
  throw new ServiceError(`alias ${alias} of ${o.name} kept changing while it was being moved (${where}); run again.`);
}

const NOTHING_CHANGED = ' Nothing was changed; read the registry again and decide.';

/**
 * The guard of `expected-previous-version`: a rollback or promotion computed from an earlier read
 * must not undo a move someone made since.
 */
export function checkExpectedPrevious(name: string, alias: string, previous: number | null, expected: number | null | undefined): void {
  if (expected === undefined || previous === expected) return;
  const now = previous === null ? 'does not exist' : `points to version ${previous}`;
  const wanted = expected === null ? 'not to exist yet' : `to point to version ${expected}`;
  throw new ServiceError(`alias ${alias} of ${name} ${now}, but \`expected-previous-version\` expects it ${wanted}: it was moved since that was read.${NOTHING_CHANGED}`, 409);
}

/** A publish that registered its version but could not then move the alias: the message says both. */
export class AliasNotMoved extends ServiceError {
  constructor(
    message: string,
    readonly version: number,
    readonly uri: string,
  ) {
    super(message, 409);
  }
}

/** Runs the alias move that follows a registration; a failure says the version is registered all the same. */
export async function afterRegistering<T>(name: string, version: number, uri: string, alias: string, move: () => Promise<T>): Promise<T> {
  try {
    return await move();
  } catch (e) {
    if (!(e instanceof ConfigurationError)) throw e;
    const said = e.message.endsWith(NOTHING_CHANGED) ? e.message.slice(0, -NOTHING_CHANGED.length) : e.message;
    throw new AliasNotMoved(`${said} Version ${version} of ${name} was registered (${uri}), but alias ${alias} was not moved to it: promote it with \`version: ${version}\` and \`alias: ${alias}\` once you have decided.`, version, uri);
  }
}

/** The JSON object of metrics in `metrics-file`. */
export async function readMetrics(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigurationError('input `metrics-file`', path, 'cannot be read. Give a JSON file of metrics, e.g. {"accuracy": 0.93}.');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError('input `metrics-file`', path, `is not JSON (${(e as Error).message}). Give a JSON object of metrics, e.g. {"accuracy": 0.93}.`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigurationError('input `metrics-file`', path, 'holds JSON that is not an object. Give an object of metrics, e.g. {"accuracy": 0.93}.');
  return doc as Record<string, unknown>;
}
