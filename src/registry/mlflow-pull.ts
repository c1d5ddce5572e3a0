// pull-model for MLflow URIs: resolve models:/ and runs:/ through the tracking server, then fetch
// the files from where the server says they are: its proxied artifact store (mlflow-artifacts:/),
// S3, or a local path. Files from the proxied store download like S3 objects (parallel byte
// ranges when large, resumed where a body broke off, hashed on the way) into a temp folder in the
// cache, and are placed the same way; names the server sends are checked before they become paths.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { NotFoundError, ServiceError } from '../common/errors.js';
import { ModelCache } from './cache.js';
import { fetchIntoCache } from './fetch-into-cache.js';
import { Limiter, downloadObject, type RangedSource } from './download.js';
import { sortEntries } from './manifest.js';
import { ARTIFACT_LIST, jsonBody, type MlflowClient, type ResolvedModel } from './mlflow.js';
import { diskError } from './fetch-into-cache.js';
import { partSizeFor, place, pullLocal, pullS3, type PullOptions, type PullResult } from './pull.js';
import { keyProblem, parseModelUri } from './uri.js';

interface RemoteFile {
  rel: string;
  /** Path under the artifact root, "/"-separated. */
  path: string;
  size: number | null;
}

export async function pullMlflow(o: PullOptions, client: MlflowClient, dest: string): Promise<PullResult> {
  const uri = o.uri;
  if (uri.kind !== 'mlflow-model' && uri.kind !== 'mlflow-run') throw new Error('pullMlflow needs an MLflow URI');
  const log = o.log ?? (() => undefined);
  const model = await client.resolve(uri);
  log(`${uri.kind === 'mlflow-model' ? `${model.sourceUri}${model.alias ? ` (@${model.alias})` : ''}` : model.sourceUri}: files at ${model.downloadUri}`);
  const d = model.downloadUri;
  let result: PullResult;
  try {
    if (/^mlflow-artifacts:/i.test(d)) {
      result = await pullProxied(o, client, model, dest);
    } else if (/^s3[an]?:\/\//i.test(d)) {
      const folder = parseModelUri(d.replace(/\/*$/, '/'), '/');
      try {
        result = await pullS3(o, folder as Extract<typeof folder, { kind: 's3' }>, dest);
      } catch (e) {
        // Not a folder: a run artifact that is one file.
        if (!(e instanceof ServiceError && e.status === 404)) throw e;
        const file = parseModelUri(d.replace(/\/+$/, ''), '/');
        result = await pullS3(o, file as Extract<typeof file, { kind: 's3' }>, dest);
      }
    } else if (/^file:/i.test(d) || d.startsWith('/')) {
      const local = (parseModelUri(d, '/') as Extract<ReturnType<typeof parseModelUri>, { kind: 'local' }>).path;
      const overlap = (a: string, b: string) => {
        const rel = relative(b, a);
        return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
      };
      if (overlap(dest, local) || overlap(local, dest)) {
        throw new ServiceError(`${model.sourceUri} keeps its files at ${local}, which overlaps the destination ${dest}. Give \`path\` a folder of its own.`);
      }
      result = await pullLocal(o, local, dest);
    } else {
      throw new ServiceError(
        `${model.sourceUri} keeps its files at ${d}, an artifact store pull-model cannot read. Serve artifacts through the tracking server (mlflow server --serve-artifacts), or store them in S3.`,
      );
    }
  } catch (e) {
    throw registeredButMissing(e, uri.kind, model);
  }
  const signature = await readSignature(result).catch(() => null);
  return {
    ...result,
    name: model.name,
    version: model.version,
    alias: model.alias,
    runId: model.runId,
    sourceUri: model.sourceUri,
    source: 'mlflow',
    metadata: { ...model.metadata, ...(signature ? { signature } : {}) },
  };
}

/**
 * A registered version whose files are gone is damaged, not missing: `if-missing: skip` must not
 * skip it as if there were no champion yet. (A run path that does not exist is a plain not-found.)
 */
function registeredButMissing(e: unknown, kind: string, model: ResolvedModel): unknown {
  if (!(e instanceof NotFoundError) || kind !== 'mlflow-model') return e;
  return new ServiceError(`${model.sourceUri} is registered, but its files are missing: ${e.message} The registry entry is damaged: register the model again, or point the alias at a version whose files exist.`);
}

/** The `signature` block of the model's MLmodel file, with its JSON strings parsed; null when there is none. */
async function readSignature(r: PullResult): Promise<Record<string, unknown> | null> {
  const file = r.files === 1 && r.path.endsWith('MLmodel') ? r.path : join(r.path, 'MLmodel');
  const text = await readFile(file, 'utf8');
  const { parse } = await import('yaml');
  const doc = parse(text) as { signature?: Record<string, unknown> } | null;
  const sig = doc?.signature;
  if (!sig || typeof sig !== 'object') return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(sig)) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') {
      try {
        out[k] = JSON.parse(v);
      } catch {
        out[k] = v;
      }
    } else out[k] = v;
  }
  return out;
}

/**
 * The path, relative to the artifact root, of an entry the server listed in the folder `rel`; a
 * name that is not one safe segment of that folder (`..`, absolute, backslashes, a path elsewhere)
 * is refused, since it would become a file under the destination.
 */
export function listedPath(root: string, rel: string, name: string): string {
  const listed = rel ? `${root}/${rel}` : root;
  // The server names entries relative to the folder listed; some versions send the path from the root.
  const base = name.startsWith(`${listed}/`) ? name.slice(listed.length + 1) : name;
  const childRel = rel ? `${rel}/${base}` : base;
  const problem = base.includes('/') ? 'is not a name in the folder listed' : keyProblem(base);
  if (problem) {
    throw new ServiceError(`refusing to pull mlflow-artifacts:/${root}: listing ${listed} returned the entry ${JSON.stringify(name)}, whose path ${problem}.`);
  }
  return childRel;
}

/** The path under the proxied store: mlflow-artifacts:/a/b and mlflow-artifacts://host/a/b both mean a/b. */
export function proxiedPath(uri: string): string {
  const rest = uri.replace(/^mlflow-artifacts:/i, '');
  const path = rest.startsWith('//') ? rest.replace(/^\/\/[^/]*/, '') : rest;
  return path.replace(/^\/+|\/+$/g, '');
}

/**
 * Byte ranges from the tracking server are larger than S3's: each request costs its Python worker
 * about 5 ms of CPU (routing, path checks, opening the file) whatever its size. Measured on one
 * 1 GiB file, 4 ranges at a time, server next to the client: 8 MiB ranges (128 requests) took 4.1 s
 * of server CPU and 6.9 s; 32 MiB 3.4 s and 5.7 s; 64 MiB 3.2 s and 5.6 s, the same as one stream
 * (3.1 s, 5.5 s), while still spreading a large file over parallel connections on real networks.
 */
const PROXIED_PART_SIZE = 64 << 20;

const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

async function listProxied(client: MlflowClient, root: string): Promise<RemoteFile[]> {
  const out: RemoteFile[] = [];
  const seen = new Set<string>();
  const visit = async (rel: string, depth: number) => {
    if (depth > 64) throw new ServiceError(`the artifact folder ${root} nests deeper than 64 folders; refusing to follow it.`);
    const res = await client.fetch(client.url('api/2.0/mlflow-artifacts/artifacts', { path: rel ? `${root}/${rel}` : root }));
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new ServiceError(`listing mlflow-artifacts:/${root}${rel ? `/${rel}` : ''} failed with HTTP ${res.status}. Is the tracking server serving artifacts (mlflow server --serve-artifacts)?`, res.status);
    }
    const call = `the artifact listing of ${rel ? `${root}/${rel}` : root}`;
    const body = client.checked(await jsonBody(res, client, call), ARTIFACT_LIST, call);
    for (const f of body.files ?? []) {
      const childRel = listedPath(root, rel, f.path);
      if (seen.has(childRel)) throw new ServiceError(`refusing to pull mlflow-artifacts:/${root}: the server listed ${JSON.stringify(childRel)} twice.`);
      seen.add(childRel);
      if (f.is_dir) await visit(childRel, depth + 1);
      else out.push({ rel: childRel, path: `${root}/${childRel}`, size: f.file_size === undefined ? null : Number(f.file_size) });
    }
  };
  await visit('', 0);
  return out;
}

async function pullProxied(o: PullOptions, client: MlflowClient, model: ResolvedModel, dest: string): Promise<PullResult> {
  const root = proxiedPath(model.downloadUri);
  const what = `mlflow-artifacts:/${root}`;
  const log = o.log ?? (() => undefined);
  let files = await listProxied(client, root);
  // An empty listing is a single file (a run artifact path) or nothing at all; the GET tells.
  const single = files.length === 0;
  if (single) {
    const base = root.split('/').pop() ?? '';
    if (!base || keyProblem(base)) throw new ServiceError(`no artifacts at ${what}. Check the artifact path.`, 404);
    files = [{ rel: base, path: root, size: null }];
  }
  const cache = new ModelCache(o.cacheDir);
  await cache.sweepTemp().catch(() => undefined);
  const source = `mlflow|${client.trackingUri}|${model.cacheKey}`;
  const validator = createHash('sha256')
    .update(model.downloadUri + '\n')
    .update(sortEntries(files.map((f) => ({ path: f.rel, line: `${f.rel}\t${f.size ?? ''}\n` }))).map((x) => x.line).join(''))
    .digest('hex');

  let transferred = 0;
  let retries = 0;
  let requests = 0;
  const limiter = new Limiter(o.concurrency);
  const partSize = partSizeFor({ partSize: o.partSize ?? PROXIED_PART_SIZE, rangeThreshold: o.rangeThreshold });
  const { entry, fromCache } = await fetchIntoCache({
    cache,
    cacheDir: o.cacheDir,
    source,
    validator,
    metadata: { objects: files.length },
    what,
    single,
    files,
    limiter,
    sequential: (f) => f.size !== null && f.size > o.rangeThreshold,
    expectedSha256: o.expectedSha256,
    log,
    announce: () => `Downloading ${what}: ${files.length} file${files.length === 1 ? '' : 's'}, up to ${o.concurrency} requests at a time.`,
    fetchOne: async (f, file) => {
      if (f.size !== null) {
        // Listed with its size: byte ranges in parallel when large, resumed where a body broke off.
        const r = await downloadObject({ source: proxiedSource(client, f), size: f.size, file, rangeThreshold: o.rangeThreshold, partSize, limiter, ...(o.sleep ? { sleep: o.sleep } : {}) });
        transferred += r.transferred;
        requests += r.ranges + r.resumes;
        retries += r.resumes;
        return { size: f.size, sha256: r.sha256 };
      }
      // Size unknown (a single run artifact): one GET, fetched again from the start if it breaks off.
      for (let attempt = 1; ; attempt++) {
        requests++;
        try {
          return await downloadProxied(client, f, file, `mlflow-artifacts:/${f.path}`, (n) => (transferred += n));
        } catch (e) {
          if (!(e instanceof BrokenBody) || attempt >= 4) throw e;
          retries++;
          log(`${e.message}; fetching it again.`);
          await new Promise((res) => setTimeout(res, 200 * 2 ** attempt));
        }
      }
    },
  });
  const placed = await place(dest, single ? (files[0] as RemoteFile).rel : null, cache, entry).catch((e: unknown) => {
    throw diskError(e, dirname(dest), 'path');
  });
  return {
    path: placed,
    name: model.name,
    version: model.version,
    sha256: entry.sha256,
    size: entry.size,
    files: entry.files.length,
    sourceUri: model.sourceUri,
    cacheHit: fromCache,
    bytesTransferred: transferred,
    requests: fromCache ? 0 : requests,
    resumes: retries,
    source: 'mlflow',
    metadata: {},
  };
}

/**
 * A file of the proxied store as a ranged source. The server (MLflow's artifact endpoint) answers
 * ranges with 206 and an ETag; a later response with another ETag means the file changed under us.
 */
function proxiedSource(client: MlflowClient, f: RemoteFile): RangedSource {
  const what = `mlflow-artifacts:/${f.path}`;
  let etag: string | null = null;
  return {
    what,
    server: 'the tracking server',
    get: async (range, signal) => {
      const res = await getArtifact(client, f.path, what, { headers: range ? { range: `bytes=${range.start}-${range.end}` } : {}, signal });
      const tag = res.headers.get('etag');
      if (tag !== null) {
        if (etag !== null && tag !== etag) {
          await res.body.cancel().catch(() => undefined);
          throw new ServiceError(`${what} changed on the tracking server while it was downloading (ETag ${etag}, then ${tag}). Run again.`);
        }
        etag = tag;
      }
      let offset = 0;
      if (res.status === 206) {
        const m = /^bytes (\d+)-/.exec(res.headers.get('content-range') ?? '');
        if (!m) throw new ServiceError(`the tracking server answered a range request for ${what} without a readable Content-Range.`, 206);
        offset = Number(m[1]);
      }
      return { status: res.status, offset, body: res.body };
    },
  };
}

/** A body that broke off: worth fetching again. */
class BrokenBody extends ServiceError {}

/** GET of one file of the proxied store: a 200 or 206 response with a body, or the error that says why not. */
async function getArtifact(client: MlflowClient, path: string, what: string, init: RequestInit = {}): Promise<Response & { body: ReadableStream<Uint8Array> }> {
  const res = await client.fetch(client.url(`api/2.0/mlflow-artifacts/artifacts/${encodePath(path)}`), init);
  if ((res.status !== 200 && res.status !== 206) || !res.body) {
    await res.body?.cancel().catch(() => undefined);
    if (res.status === 404) throw new ServiceError(`${what} does not exist on the tracking server (HTTP 404). Check the artifact path; for a run, list its artifacts in the MLflow UI.`, 404);
    throw new ServiceError(`downloading ${what} failed with HTTP ${res.status}. Run again; if it persists, check the tracking server's artifact store.`, res.status);
  }
  return res as Response & { body: ReadableStream<Uint8Array> };
}

/** One file of unknown size from the proxied store, streamed to `file` through a sha256; a short or long body fails. */
async function downloadProxied(client: MlflowClient, f: RemoteFile, file: string, what: string, onBytes: (n: number) => void): Promise<{ size: number; sha256: string }> {
  const res = await getArtifact(client, f.path, what);
  const declared = res.headers.get('content-length');
  const expected = f.size ?? (declared !== null && res.headers.get('content-encoding') === null ? Number(declared) : null);
  const hash = createHash('sha256');
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      onBytes(chunk.length);
      if (expected !== null && size > expected) cb(new ServiceError(`the tracking server sent more than the ${expected} bytes of ${what}. Run again.`));
      else cb(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), counter, createWriteStream(file));
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    throw new BrokenBody(`the download of ${what} broke off after ${size} bytes (${(e as Error).message}). Check the network and run again.`);
  }
  if (expected !== null && size !== expected) {
    throw new BrokenBody(`the tracking server sent ${size} of the ${expected} bytes of ${what} (truncated). Run again.`);
  }
  return { size, sha256: hash.digest('hex') };
}
