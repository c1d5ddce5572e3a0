// Finds onnxruntime-node for test-model and check-drift. dist/ carries no native binary, so at run
// time, in order: the folder the `onnxruntime-path` input names (air-gapped runners); a copy
// installed where the job runs (node_modules of the workspace); the runner's tool cache, laid out
// as @actions/tool-cache lays it out (<tool cache>/onnxruntime-node/<version>/<arch>, with a
// `.complete` marker); else the pinned npm tarballs, downloaded once, checked against the sha512
// the lock file records, with only this platform's binary extracted, and cached there.
//
// Why not @actions/tool-cache itself: it would bring @actions/http-client, io and exec into every
// bundle for three calls, and its extractTar shells out to `tar`, which cannot filter to one
// platform portably; the layout is the same, so its `find` sees what we cache.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { pipeline as pipelinePromise } from 'node:stream/promises';
import { hashing } from '../../common/hash-stream.js';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import { ConfigurationError, ServiceError } from '../../common/errors.js';
import { describeFetchError, fetchWithRetry, HttpError } from '../../common/http.js';
import { extractTar, TarError } from '../../common/tar.js';

/** The packages and their integrity, as npm's registry publishes them (`npm view <pkg>@<v> dist.integrity`). */
export const ORT_PACKAGES = {
  'onnxruntime-node': { version: '1.30.0', integrity: 'sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw==' },
  'onnxruntime-common': { version: '1.30.0', integrity: 'sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA==' },
} as const;
export const ORT_VERSION = ORT_PACKAGES['onnxruntime-node'].version;

/** The part of onnxruntime-node's API test-model uses. */
export interface Ort {
  InferenceSession: { create(model: Uint8Array, options?: Record<string, unknown>): Promise<OrtSession> };
  Tensor: new (type: string, data: unknown, dims: readonly number[]) => OrtTensor;
}
export interface OrtTensor {
  readonly type: string;
  readonly dims: readonly number[];
  readonly data: ArrayLike<number | bigint | string | boolean> & Iterable<number | bigint | string | boolean>;
}
export interface OrtSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>, fetches?: readonly string[]): Promise<Record<string, OrtTensor>>;
  release(): Promise<void>;
}

export interface LoadOptions {
  /** The `onnxruntime-path` input, '' when not given. */
  path: string;
  /** Where an installed copy is looked for (the workspace). */
  cwd: string;
  /** RUNNER_TOOL_CACHE, or a user cache folder. */
  toolCache: string;
  /** npm registry base URL. */
  registry: string;
  platform?: NodeJS.Platform;
  arch?: string;
  /** The pins; a seam for tests of the integrity check. */
  packages?: Record<string, { version: string; integrity: string }>;
  log?: (message: string) => void;
}

export interface LoadedOrt {
  ort: Ort;
  /** Where it came from, for logs and the summary. */
  source: 'input' | 'installed' | 'tool cache' | 'downloaded';
  dir: string;
}

/** The npm registry the environment names (NPM_CONFIG_REGISTRY, as npm reads it), else npm's own. */
export function npmRegistry(env: Readonly<Record<string, string | undefined>>): string {
  return env.NPM_CONFIG_REGISTRY || env.npm_config_registry || 'https://registry.npmjs.org';
}

/** The options a runner's environment gives: its tool cache (else the user's cache folder) and npm registry. */
export function runnerOrtOptions(env: Readonly<Record<string, string | undefined>>, path: string, cwd: string, log: (m: string) => void): LoadOptions {
  return {
    path,
    cwd,
    toolCache: env.RUNNER_TOOL_CACHE || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'model-cd', 'tools'),
    registry: npmRegistry(env),
    log,
  };
}

export async function loadOnnxRuntime(o: LoadOptions): Promise<LoadedOrt> {
  const log = o.log ?? (() => undefined);
  if (o.path) {
    const dir = resolve(o.cwd, o.path);
    const ort = tryLoad(dir);
    if (!ort.ok) {
      throw new ConfigurationError('input `onnxruntime-path`', o.path, `has no loadable onnxruntime-node (${ort.reason}). Give a folder holding node_modules/onnxruntime-node (e.g. where \`npm install onnxruntime-node\` ran), or leave it empty to download ${ORT_VERSION}.`);
    }
    return { ort: ort.ort, source: 'input', dir };
  }
  const installed = tryLoad(o.cwd);
  if (installed.ok) return { ort: installed.ort, source: 'installed', dir: o.cwd };

  const platform = o.platform ?? process.platform;
  const arch = o.arch ?? process.arch;
  const dir = join(o.toolCache, 'onnxruntime-node', ORT_VERSION, `${platform}-${arch}`);
  if (existsSync(`${dir}.complete`)) {
    const cached = tryLoad(dir);
    if (cached.ok) return { ort: cached.ort, source: 'tool cache', dir };
    log(`The cached onnxruntime-node in ${dir} does not load (${cached.reason}); downloading it again.`);
  }
  await download(o, dir, platform, arch, log);
  const fresh = tryLoad(dir);
  if (!fresh.ok) throw new ServiceError(`onnxruntime-node ${ORT_VERSION} was downloaded to ${dir} but does not load on ${platform}-${arch} (${fresh.reason}). Install it yourself and set \`onnxruntime-path\`.`);
  return { ort: fresh.ort, source: 'downloaded', dir };
}

function tryLoad(dir: string): { ok: true; ort: Ort } | { ok: false; reason: string } {
  try {
    const req = createRequire(join(dir, 'node_modules', 'model-cd.js'));
    return { ok: true, ort: req('onnxruntime-node') as Ort };
  } catch (e) {
    return { ok: false, reason: (e as Error).message.split('\n')[0] ?? String(e) };
  }
}

/** Both tarballs into a temp folder beside `dir`, verified, then renamed into place and marked complete. */
async function download(o: LoadOptions, dir: string, platform: string, arch: string, log: (m: string) => void): Promise<void> {
  const parent = join(dir, '..');
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${platform}-${arch}-`));
  try {
    await fetchOrtPackages({
      registry: o.registry,
      platform,
      arch,
      dest: temp,
      ...(o.packages ? { packages: o.packages } : {}),
      log,
      fix: `install onnxruntime-node@${ORT_VERSION} and set \`onnxruntime-path\``,
    });
    // Another job on this runner may have finished the same download meanwhile: keep its copy.
    if (existsSync(`${dir}.complete`)) {
      await rm(temp, { recursive: true, force: true });
      return;
    }
    await rm(dir, { recursive: true, force: true });
    await rename(temp, dir);
    await writeFile(`${dir}.complete`, '');
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
}

export interface FetchOrtOptions {
  /** npm registry base URL. */
  registry: string;
  /** The platform and arch whose binary is kept, as Node names them (linux, x64 or arm64). */
  platform: string;
  arch: string;
  /** Gets node_modules/onnxruntime-node (package.json, dist, this platform's binary) and node_modules/onnxruntime-common. */
  dest: string;
  /**
   * A folder where the tarballs are kept once verified, and read from on the next call (verified
   * again as they are read, so what is extracted always matches the pins). Empty: streamed from
   * the registry and not kept.
   */
  tarballCache?: string;
  packages?: Record<string, { version: string; integrity: string }>;
  log?: (message: string) => void;
  /** What to do when the registry cannot give them, for the error: "install … and set …". */
  fix: string;
}

/**
 * onnxruntime-node and onnxruntime-common for one platform into `dest`, each tarball checked
 * against the sha512 the pins record: for the runtime test-model loads (this machine's platform)
 * and for the one build-push puts in an image (the image's).
 */
export async function fetchOrtPackages(o: FetchOrtOptions): Promise<void> {
  const log = o.log ?? (() => undefined);
  const binDir = `bin/napi-v6/${o.platform}/${o.arch}/`;
  for (const [name, pkg] of Object.entries(o.packages ?? ORT_PACKAGES)) {
    const url = `${o.registry.replace(/\/+$/, '')}/${name}/-/${name}-${pkg.version}.tgz`;
    const keep =
      name === 'onnxruntime-node'
        ? (p: string) => (p === 'package/package.json' || p.startsWith('package/dist/') || p.startsWith(`package/${binDir}`) ? p.slice('package/'.length) : null)
        : (p: string) => (p.startsWith('package/') ? p.slice('package/'.length) : null);
    const into = join(o.dest, 'node_modules', name);
    let written: string[];
    if (o.tarballCache) {
      const cached = join(o.tarballCache, `${name}-${pkg.version}.tgz`);
      if (!existsSync(cached)) await downloadTarball(url, pkg, cached, o.fix, log);
      try {
        written = await extractVerified(createReadStream(cached), cached, pkg.integrity, into, keep);
      } catch (e) {
        // A damaged or replaced cache file is not the registry's fault: fetch it once more.
        if (!(e instanceof ServiceError)) throw e;
        log(`The cached ${cached} is not the pinned package (${e.message}); downloading it again.`);
        await rm(into, { recursive: true, force: true });
        await downloadTarball(url, pkg, cached, o.fix, log);
        written = await extractVerified(createReadStream(cached), cached, pkg.integrity, into, keep);
      }
    } else {
      log(`Downloading ${name} ${pkg.version} from ${url}`);
      written = await extractVerified(await fetchBody(url, pkg.version, o.fix), url, pkg.integrity, into, keep);
    }
    if (name === 'onnxruntime-node' && !written.some((w) => w.startsWith(binDir))) {
      throw new ServiceError(`onnxruntime-node ${pkg.version} has no binary for ${o.platform}-${o.arch} (it ships linux, macOS and Windows ones, for x64 and arm64); ${o.fix}.`);
    }
  }
}

async function fetchBody(url: string, version: string, fix: string): Promise<Readable> {
  let res: Response;
  try {
    res = await fetchWithRetry(url, {}, { attempts: 4, timeoutMs: 60_000 });
  } catch (e) {
    throw new ServiceError(`cannot download ${url} (${e instanceof HttpError ? e.message : describeFetchError(e)}). Without access to the npm registry, ${fix}; or set NPM_CONFIG_REGISTRY to a mirror.`);
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => undefined);
    throw new ServiceError(`downloading ${url} failed with HTTP ${res.status}. Set NPM_CONFIG_REGISTRY to a registry that serves onnxruntime-node@${version}, or ${fix}.`, res.status);
  }
  return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
}

/** The tarball into `file` (a temp file renamed once its sha512 matches: the cache never holds an unverified one). */
async function downloadTarball(url: string, pkg: { version: string; integrity: string }, file: string, fix: string, log: (m: string) => void): Promise<void> {
  log(`Downloading ${url}`);
  const [algo, expected] = pkg.integrity.split('-', 2) as [string, string];
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const hash = createHash(algo);
  try {
    await pipelinePromise(await fetchBody(url, pkg.version, fix), hashing(hash), createWriteStream(temp));
    const got = hash.digest('base64');
    if (got !== expected) throw new ServiceError(`${url} does not match its pinned ${algo} (expected ${expected}, got ${got}); nothing was kept. Check NPM_CONFIG_REGISTRY.`);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Extracts what `keep` selects from a .tgz stream into `dest`, then checks the stream's hash: a mismatch throws (the caller removes `dest`). */
async function extractVerified(source: Readable, what: string, integrity: string, dest: string, keep: (path: string) => string | null): Promise<string[]> {
  const [algo, expected] = integrity.split('-', 2) as [string, string];
  const hash = createHash(algo);
  const gunzip = createGunzip();
  // Errors anywhere in the chain reach extractTar through gunzip.
  pipeline(source, hashing(hash), gunzip, () => undefined);
  let written: string[];
  try {
    written = await extractTar(gunzip, dest, keep);
  } catch (e) {
    if (e instanceof TarError || (e as { code?: string }).code === 'Z_DATA_ERROR') {
      throw new ServiceError(`${what} is not the package it should be (${(e as Error).message}). Check NPM_CONFIG_REGISTRY.`);
    }
    throw e;
  }
  const got = hash.digest('base64');
  if (got !== expected) throw new ServiceError(`${what} does not match its pinned ${algo} (expected ${expected}, got ${got}); nothing was kept. Check NPM_CONFIG_REGISTRY.`);
  return written;
}
