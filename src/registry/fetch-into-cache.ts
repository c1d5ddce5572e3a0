// The download half of a pull, shared by every remote source (S3 objects, the MLflow proxied
// artifact store): reuse the cached copy when (source, validator) is unchanged; otherwise download
// the files into a temp folder inside the cache, hashing each, verify, and commit the folder into
// the content-addressed cache. A failure removes the temp folder. How one file is fetched (ranges
// and resumes, or fetching again from the start) is the caller's.
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CacheEntry, ModelCache } from './cache.js';
import type { Limiter } from './download.js';
import { manifestSha256, sortEntries, type FileEntry } from './manifest.js';
import { ServiceError } from '../common/errors.js';
import { writeError } from '../common/fsutil.js';

export interface FetchIntoCacheOptions<F extends { rel: string }> {
  cache: ModelCache;
  /** The `cache-dir` input, named in disk errors. */
  cacheDir: string;
  source: string;
  validator: string;
  /** Remembered with the cache entry. */
  metadata: Record<string, string | number>;
  /** The model as messages name it. */
  what: string;
  /** One file (written as the content itself) rather than a folder. */
  single: boolean;
  files: F[];
  /** Bounds the requests; files not fetched one after another each take a slot. */
  limiter: Limiter;
  /** Files fetched one after another, outside the limiter (they fill its slots with their own requests). */
  sequential?: (file: F) => boolean;
  expectedSha256?: string;
  log: (message: string) => void;
  /** Logged before the first download. */
  announce: () => string;
  /** Downloads `file` to `dest` (its folder exists), hashing it. */
  fetchOne: (file: F, dest: string) => Promise<{ size: number; sha256: string }>;
}

/** The cache entry holding the model, verified against `expectedSha256`, and whether it was cached before. */
export async function fetchIntoCache<F extends { rel: string }>(o: FetchIntoCacheOptions<F>): Promise<{ entry: CacheEntry; fromCache: boolean }> {
  const { cache, what, log } = o;
  let entry: CacheEntry | null = null;
  const hit = cache.lookup(o.source, o.validator);
  if (hit) entry = cache.entry(hit.sha256);
  const fromCache = entry !== null;

  if (entry) {
    log(`${what}: unchanged since it was cached (sha256 ${entry.sha256}); nothing to download.`);
  } else {
    const temp = await cache.tempDir().catch((e: unknown) => {
      throw diskError(e, o.cacheDir, 'cache-dir');
    });
    try {
      const content = join(temp, 'content');
      const done: FileEntry[] = [];
      log(o.announce());
      let failed = false;
      const one = async (f: F) => {
        // After one file failed for good, the queued ones are not worth fetching.
        if (failed) return;
        const file = o.single ? content : join(content, ...f.rel.split('/'));
        await mkdir(dirname(file), { recursive: true });
        const r = await o.fetchOne(f, file);
        done.push({ path: f.rel, size: r.size, sha256: r.sha256 });
      };
      const sequential = o.sequential ?? (() => false);
      const guard = (p: Promise<void>) =>
        p.catch((e: unknown) => {
          failed = true;
          throw e;
        });
      await allOrNothing([
        ...o.files.filter((f) => !sequential(f)).map((f) => () => guard(o.limiter.run(() => one(f)))),
        async () => {
          for (const f of o.files.filter(sequential)) await guard(one(f));
        },
      ]);
      const sha256 = o.single ? (done[0] as FileEntry).sha256 : manifestSha256(done);
      verify(sha256, o.expectedSha256, what, !o.single);
      const size = done.reduce((n, f) => n + f.size, 0);
      entry = await cache.commit(temp, { kind: o.single ? 'file' : 'folder', sha256, size, files: sortEntries(done) });
    } catch (e) {
      throw diskError(e, o.cacheDir, 'cache-dir');
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
    cache.remember({ source: o.source, validator: o.validator, sha256: entry.sha256, metadata: o.metadata });
  }
  verify(entry.sha256, o.expectedSha256, what, !o.single);
  return { entry, fromCache };
}

export function verify(sha256: string, expected: string | undefined, what: string, folder: boolean): void {
  if (expected !== undefined && sha256 !== expected) {
    throw new ServiceError(
      `sha256 mismatch for ${what}: expected ${expected}, got ${sha256}${folder ? ' (the sha256 of the folder manifest: sorted lines "<sha256>  <relative path>")' : ''}. The model changed or \`expected-sha256\` is wrong; nothing was kept.`,
    );
  }
}

/** A full disk or a folder we may not write: the user's to fix, so one clear line instead of a stack. */
export function diskError(e: unknown, folder: string, input: string): unknown {
  // Other codes here (a cached file gone missing) are not about the folder the user gave.
  const code = (e as { code?: string }).code ?? '';
  return ['ENOSPC', 'EDQUOT', 'EACCES', 'EROFS', 'EPERM', 'ENOTDIR'].includes(code) ? writeError(e, folder, `input \`${input}\``) : e;
}

/** Runs every task; when one fails, waits for the rest to settle (no writes after return), then throws the first error. */
export async function allOrNothing(tasks: (() => Promise<void>)[]): Promise<void> {
  const settled = await Promise.allSettled(tasks.map((t) => t()));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
