// What sharded actions share: the `shard: i/n` input, the partial files named by path or glob, and
// reading them back as one run's complete set (same run, each shard once, none missing).
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from './errors.js';
import { expandGlobs, isGlob } from './glob.js';

export interface Shard {
  index: number;
  count: number;
}

/** `i/n` with 1 <= i <= n (a matrix's `${{ matrix.shard }}/4`). */
export function parseShard(raw: string): Shard | null {
  const v = raw.trim();
  if (!v) return null;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 10_000 || index < 1 || index > count) {
    throw new ConfigurationError('input `shard`', raw, 'is not a shard. Give i/n with 1 <= i <= n, e.g. 2/4 for the second of four jobs.');
  }
  return { index, count };
}

/** Partial files named directly or by glob (relative to the working directory, or absolute). */
export function matchFiles(patterns: string[], cwd: string): string[] {
  return patterns.flatMap((p) => {
    if (!isGlob(p)) return [resolve(cwd, p)];
    if (isAbsolute(p)) return expandGlobs([p.replace(/^\/+/, '')], '/', 'input `merge`').map((f) => `/${f}`);
    return expandGlobs([p], cwd, 'input `merge`').map((f) => resolve(cwd, f));
  });
}

/**
 * Reads the partial files of one sharded run, in shard order. They must share `format`, the shard
 * count and every `same` field, and together hold every shard exactly once.
 */
export async function readPartials<P extends { format: string; shard: Shard }>(files: string[], o: { format: string; action: string; same: [string, (p: P) => unknown][] }): Promise<P[]> {
  if (files.length === 0) throw new ConfigurationError('input `merge`', '', 'matches no files. Give the partial files the shard jobs wrote (their `partial` output), e.g. a folder of downloaded artifacts with a glob.');
  const partials: { file: string; p: P }[] = [];
  for (const file of files) {
    let p: P;
    try {
      p = JSON.parse(await readFile(file, 'utf8')) as P;
    } catch (e) {
      throw new ConfigurationError('input `merge`', file, `is not a readable partial result (${(e as Error).message.split('\n')[0]}). Give the files the shard jobs wrote.`);
    }
    if (p?.format !== o.format) throw new ConfigurationError('input `merge`', file, `is not a ${o.action} partial result (format ${JSON.stringify(p?.format)}, expected ${o.format}).`);
    partials.push({ file, p });
  }
  const first = partials[0] as { file: string; p: P };
  for (const [what, get] of [['shard count', (p: P) => p.shard.count] as [string, (p: P) => unknown], ...o.same]) {
    for (const { file, p } of partials) {
      if (JSON.stringify(get(p)) !== JSON.stringify(get(first.p))) {
        throw new ConfigurationError('input `merge`', file, `comes from another run: its ${what} (${JSON.stringify(get(p))}) differs from ${first.file}'s (${JSON.stringify(get(first.p))}). Merge the partials of one run only.`);
      }
    }
  }
  const seen = new Map<number, string>();
  for (const { file, p } of partials) {
    const dup = seen.get(p.shard.index);
    if (dup) throw new ConfigurationError('input `merge`', file, `is shard ${p.shard.index}/${p.shard.count} again (also ${dup}). Give each shard's partial once.`);
    seen.set(p.shard.index, file);
  }
  const missing = Array.from({ length: first.p.shard.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new ConfigurationError('input `merge`', files.join(', '), `lacks shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${first.p.shard.count}`).join(', ')}. Wait for every shard job (needs:) and pass all their partials.`);
  return partials.map((x) => x.p).sort((a, b) => a.shard.index - b.shard.index);
}
