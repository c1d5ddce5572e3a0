// pull-model's core: fetch a model (an S3 object, an S3 folder, a local file or folder) into a
// destination folder, verified and cached.
//
// The order of events is what makes it safe: download into a temp folder inside the cache, hash
// while streaming, verify `expectedSha256`, rename the folder into the content-addressed cache,
// then copy into a staging folder next to the destination and rename that into place. A failure
// at any step removes the temp and staging folders: the cache and the destination hold either
// the complete, verified model or what they held before.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, constants as fsConstants } from 'node:fs';
import { chmod, copyFile, link, lstat, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ConfigurationError, NotFoundError, ServiceError } from '../common/errors.js';
import { ModelCache, type CacheEntry } from './cache.js';
import { diskError, fetchIntoCache, verify } from './fetch-into-cache.js';
import { Limiter, downloadObject } from './download.js';
import { manifestSha256, sortEntries, type FileEntry } from './manifest.js';
import { s3Uri, type ObjectInfo, type S3Client } from './s3/client.js';
import type { MlflowClient } from './mlflow.js';
import { pullMlflow } from './mlflow-pull.js';
import { pullS3Registry } from './s3registry/pull.js';
import { keyProblem, type ModelUri } from './uri.js';

export interface PullOptions {
  uri: ModelUri;
  /** Absolute path of the folder that will hold the model. */
  dest: string;
  expectedSha256?: string;
  cacheDir: string;
  /** Needed for s3:// URIs (also those an MLflow server points to); a function is called only when needed. */
  s3?: S3Client | (() => S3Client | Promise<S3Client>);
  /** Needed for models:/ and runs:/ URIs; a function is called only when needed. */
  mlflow?: MlflowClient | (() => MlflowClient);
  concurrency: number;
  /** Objects larger than this are fetched in parallel byte ranges. */
  rangeThreshold: number;
  partSize?: number;
  /** Folders the destination may not be (or contain): replacing them would delete the user's work. */
  protectedPaths?: string[];
  log?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface PullResult {
  /** The model file (a single-file model) or the destination folder. */
  path: string;
  name: string;
  version: string;
  sha256: string;
  size: number;
  files: number;
  sourceUri: string;
  /** Whether the bytes came from the local cache. */
  cacheHit: boolean;
  /** Bytes received from the server, re-sent ones included. */
  bytesTransferred: number;
  /** GET requests for object bytes (ranges and whole objects), resumes included. */
  requests: number;
  resumes: number;
  source: 's3' | 'local' | 'mlflow';
  /** The registry alias pulled by, and the run that made the model (MLflow). */
  alias?: string;
  runId?: string;
  metadata: Record<string, unknown>;
}

const DEFAULT_PART_SIZE = 8 << 20;

/** The size of one byte range: never above the threshold that makes an object ranged. */
export function partSizeFor(o: Pick<PullOptions, 'partSize' | 'rangeThreshold'>): number {
  return Math.max(1, Math.min(o.partSize ?? DEFAULT_PART_SIZE, o.rangeThreshold));
}

export async function pullModel(o: PullOptions): Promise<PullResult> {
  const dest = resolve(o.dest);
  checkDestination(dest, o);
  if (o.expectedSha256 !== undefined && !/^[0-9a-f]{64}$/.test(o.expectedSha256)) {
    throw new ConfigurationError('input `expected-sha256`', o.expectedSha256, 'is not a sha256: give 64 hex digits (for a folder, the sha256 of its manifest).');
  }
  switch (o.uri.kind) {
    case 's3':
      return pullS3(o, o.uri, dest);
    case 'local':
      return pullLocal(o, o.uri.path, dest);
    case 's3-registry':
      return pullS3Registry(o, o.uri, dest);
    case 'mlflow-model':
    case 'mlflow-run': {
      const client = typeof o.mlflow === 'function' ? o.mlflow() : o.mlflow;
      if (!client) throw new Error('pullModel needs an MLflow client for MLflow URIs');
      return pullMlflow(o, client, dest);
    }
  }
}

/** Whether `child` is `parent` or below it. */
function within(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function checkDestination(dest: string, o: PullOptions): void {
  if (dirname(dest) === dest) throw new ConfigurationError('input `path`', dest, 'is the root of the file system. Give a folder of its own for the model.');
  for (const p of o.protectedPaths ?? []) {
    if (p && within(resolve(p), dest)) {
      throw new ConfigurationError('input `path`', dest, `would replace ${resolve(p)}, which holds other files. Give a folder of its own for the model (e.g. \${{ runner.temp }}/model).`);
    }
  }
  const cache = resolve(o.cacheDir);
  if (within(dest, cache) || within(cache, dest)) {
    throw new ConfigurationError('input `path`', dest, `overlaps the cache folder ${cache}. Give a destination outside \`cache-dir\`.`);
  }
  if (o.uri.kind === 'local' && (within(dest, o.uri.path) || within(o.uri.path, dest))) {
    throw new ConfigurationError('input `path`', dest, `overlaps the model's own location ${o.uri.path}. Give a different destination.`);
  }
}

export async function pullS3(o: PullOptions, uri: Extract<ModelUri, { kind: 's3' }>, dest: string): Promise<PullResult> {
  const s3 = typeof o.s3 === 'function' ? await o.s3() : o.s3;
  if (!s3) throw new Error('pullS3 needs an S3 client');
  const cache = new ModelCache(o.cacheDir);
  await cache.sweepTemp().catch(() => undefined);
  const what = s3Uri(uri.bucket, uri.key);
  const source = `s3|${s3.endpoint}|${uri.bucket}|${uri.key}`;
  const limiter = new Limiter(o.concurrency);
  const partSize = partSizeFor(o);
  const name = basename(uri.key.replace(/\/$/, '')) || uri.bucket;
  const log = o.log ?? (() => undefined);

  let objects: { rel: string; info: ObjectInfo }[];
  let metadata: Record<string, string | number>;
  if (uri.folder) {
    objects = await listFolder(s3, uri.bucket, uri.key);
    const newest = objects.map((x) => x.info.lastModified).sort().pop() ?? '';
    metadata = { objects: objects.length, 'last-modified': newest };
  } else {
    const info = await s3.head(uri.bucket, uri.key);
    objects = [{ rel: name, info }];
    metadata = { etag: info.etag, 'last-modified': info.lastModified, 'content-type': info.contentType, objects: 1 };
  }
  const validator = uri.folder
    ? createHash('sha256')
        .update(sortEntries(objects.map((x) => ({ path: x.rel, line: `${x.rel}\t${x.info.etag}\t${x.info.size}\n` }))).map((x) => x.line).join(''))
        .digest('hex')
    : `${objects[0]?.info.etag}|${objects[0]?.info.size}|${objects[0]?.info.lastModified}`;
  const version = uri.folder ? '' : (objects[0]?.info.etag ?? '');

  let transferred = 0;
  let requests = 0;
  let resumes = 0;
  const { entry, fromCache } = await fetchIntoCache({
    cache,
    cacheDir: o.cacheDir,
    source,
    validator,
    metadata,
    what,
    single: !uri.folder,
    files: objects,
    limiter,
    // Small objects share the request slots; a large one fills them with its own ranges, so
    // those go one after another.
    sequential: (x) => x.info.size > o.rangeThreshold,
    expectedSha256: o.expectedSha256,
    log,
    announce: () => {
      const total = objects.reduce((n, x) => n + x.info.size, 0);
      return `Downloading ${what}: ${objects.length} object${objects.length === 1 ? '' : 's'}, ${total} bytes, up to ${o.concurrency} requests at a time.`;
    },
    fetchOne: async (x, file) => {
      const r = await downloadObject({
        source: {
          what: s3Uri(uri.bucket, x.info.key),
          server: 'the S3 server',
          get: (range, signal) => s3.get(uri.bucket, x.info.key, { ...(range ? { range } : {}), ...(x.info.etag ? { ifMatch: x.info.etag } : {}), signal }),
        },
        size: x.info.size,
        file,
        rangeThreshold: o.rangeThreshold,
        partSize,
        limiter,
        ...(o.sleep ? { sleep: o.sleep } : {}),
      });
      transferred += r.transferred;
      requests += r.ranges + r.resumes;
      resumes += r.resumes;
      return { size: x.info.size, sha256: r.sha256 };
    },
  });

  const placed = await place(dest, uri.folder ? null : name, cache, entry).catch((e: unknown) => {
    throw diskError(e, dirname(dest), 'path');
  });
  return {
    path: placed,
    name,
    version,
    sha256: entry.sha256,
    size: entry.size,
    files: entry.files.length,
    sourceUri: what,
    cacheHit: fromCache,
    bytesTransferred: transferred,
    requests,
    resumes,
    source: 's3',
    metadata,
  };
}

async function listFolder(s3: S3Client, bucket: string, prefix: string): Promise<{ rel: string; info: ObjectInfo }[]> {
  const out: { rel: string; info: ObjectInfo }[] = [];
  for await (const info of s3.list(bucket, prefix)) {
    // Zero-byte "folder" markers that consoles create.
    if (info.key.endsWith('/')) continue;
    const rel = info.key.slice(prefix.length);
    const problem = keyProblem(rel);
    if (problem) {
      throw new ServiceError(`refusing to pull ${s3Uri(bucket, prefix)}: the object ${s3Uri(bucket, info.key)} has a key that ${problem}. Rename or remove that object.`);
    }
    out.push({ rel, info });
  }
  if (out.length === 0) {
    throw new NotFoundError(`no objects under ${s3Uri(bucket, prefix)}. Check the prefix; for a single file leave out the trailing slash.`);
  }
  // A key that is both a file and a folder ("a" and "a/b") cannot be laid out on disk.
  const names = new Set(out.map((x) => x.rel));
  for (const x of out) {
    const segs = x.rel.split('/');
    for (let i = 1; i < segs.length; i++) {
      const dir = segs.slice(0, i).join('/');
      if (names.has(dir)) throw new ServiceError(`refusing to pull ${s3Uri(bucket, prefix)}: ${s3Uri(bucket, prefix + dir)} is both an object and a folder.`);
    }
  }
  return out;
}

/**
 * Builds the destination folder next to where it goes, then renames it into place. An existing
 * destination is moved aside first and removed after, so the folder holds the old model or the
 * new one, never a mix. Returns the model's path (the file for a single-file model).
 */
export async function place(dest: string, fileName: string | null, cache: ModelCache, entry: CacheEntry): Promise<string> {
  await mkdir(dirname(dest), { recursive: true });
  const staging = await mkdtemp(join(dirname(dest), `.${basename(dest)}.pull-`));
  try {
    // mkdtemp makes it private; the model folder should be as readable as any other.
    await chmod(staging, 0o755);
    for (const f of entry.files) {
      const to = fileName !== null ? join(staging, fileName) : join(staging, ...f.path.split('/'));
      await mkdir(dirname(to), { recursive: true });
      await linkOrCopy(cache.filePath(entry, f.path), to);
    }
    await swapInto(staging, dest);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  return fileName !== null ? join(dest, fileName) : dest;
}

/** A hard link to the (read-only) cached file, or a writable copy where links cannot go. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (!code || !['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EACCES', 'EOPNOTSUPP'].includes(code)) throw e;
    await copyFile(from, to, fsConstants.COPYFILE_FICLONE);
    await chmod(to, 0o644);
  }
}

async function swapInto(staging: string, dest: string): Promise<void> {
  const old = `${staging}.old`;
  const existing = await lstat(dest).catch(() => null);
  if (existing) await rename(dest, old);
  try {
    await rename(staging, dest);
  } catch (e) {
    if (existing) await rename(old, dest).catch(() => undefined);
    throw e;
  }
  if (existing) await rm(old, { recursive: true, force: true });
}

export async function pullLocal(o: PullOptions, src: string, dest: string): Promise<PullResult> {
  const st = await stat(src).catch(() => null);
  if (!st) throw new NotFoundError(`input \`model-uri\`: ${JSON.stringify(src)} does not exist. Give the path of the model file or of its folder.`);
  if (!st.isFile() && !st.isDirectory()) {
    throw new ConfigurationError('input `model-uri`', src, 'is not a file or folder. Give the path of the model file or of its folder.');
  }
  const name = basename(src);
  const folder = st.isDirectory();
  const rels = folder ? await walk(src) : [name];
  if (folder && rels.length === 0) throw new ConfigurationError('input `model-uri`', src, 'is an empty folder: there is no model to pull.');
  await mkdir(dirname(dest), { recursive: true });
  const staging = await mkdtemp(join(dirname(dest), `.${basename(dest)}.pull-`));
  try {
    // mkdtemp makes it private; the model folder should be as readable as any other.
    await chmod(staging, 0o755);
    const files: FileEntry[] = [];
    for (const rel of rels) {
      const from = folder ? join(src, ...rel.split('/')) : src;
      const to = join(staging, ...rel.split('/'));
      await mkdir(dirname(to), { recursive: true });
      files.push({ path: rel, ...(await copyHashing(from, to)) });
    }
    const sha256 = folder ? manifestSha256(files) : (files[0] as FileEntry).sha256;
    verify(sha256, o.expectedSha256, src, folder);
    await swapInto(staging, dest);
    const size = files.reduce((n, f) => n + f.size, 0);
    return {
      path: folder ? dest : join(dest, name),
      name,
      version: '',
      sha256,
      size,
      files: files.length,
      sourceUri: src,
      cacheHit: false,
      bytesTransferred: 0,
      requests: 0,
      resumes: 0,
      source: 'local',
      metadata: { objects: files.length, 'last-modified': st.mtime.toUTCString() },
    };
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}

/** Relative paths of the files under a folder; symlinks to files count, symlinked folders are refused (they may loop or leave the folder). */
async function walk(root: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string, prefix: string) => {
    for (const d of await readdir(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${d.name}` : d.name;
      const problem = keyProblem(rel);
      if (problem) throw new ConfigurationError('input `model-uri`', join(root, rel), `holds a file whose path ${problem}.`);
      const full = join(dir, d.name);
      if (d.isDirectory()) await visit(full, rel);
      else if (d.isFile()) out.push(rel);
      else if (d.isSymbolicLink()) {
        const t = await stat(full).catch(() => null);
        if (t?.isFile()) out.push(rel);
        else throw new ConfigurationError('input `model-uri`', full, 'is a symbolic link to a folder or to nothing; copy the files in instead.');
      }
    }
  };
  await visit(root, '');
  return out;
}

async function copyHashing(from: string, to: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const reader = createReadStream(from);
  reader.on('data', (c) => {
    hash.update(c);
    size += c.length;
  });
  await pipeline(reader, createWriteStream(to));
  return { size, sha256: hash.digest('hex') };
}
