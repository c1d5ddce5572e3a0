// The pieces of a ranged download that need no server: the in-order hash of a file written out
// of order, the split into ranges, the request limiter.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Limiter, OrderedHasher, splitParts } from '../../../src/registry/download.js';

describe('OrderedHasher', () => {
  it('hashes every byte once, in order, however the ranges interleave', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const data = randomBytes(3 * 1024 * 1024 + 17);
      const parts = splitParts(data.length, 256 * 1024);
      const fh = await open(join(mkdtempSync(join(tmpdir(), 'hasher-')), 'f'), 'w+');
      const frontier = () => {
        for (const p of parts) if (p.written < p.end - p.start + 1) return p.start + p.written;
        return data.length;
      };
      const hasher = new OrderedHasher(fh, frontier);
      let s = seed;
      const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      // Each step: a random unfinished range gets a random-sized chunk, written then reported.
      for (let open = parts.filter((p) => p.written <= p.end - p.start); open.length; open = parts.filter((p) => p.written <= p.end - p.start)) {
        const p = open[Math.floor(rnd() * Math.min(open.length, 4))] as (typeof parts)[number];
        const pos = p.start + p.written;
        const n = Math.min(1 + Math.floor(rnd() * 90_000), p.end + 1 - pos);
        const chunk = data.subarray(pos, pos + n);
        await fh.write(chunk, 0, n, pos);
        p.written += n;
        hasher.written(pos, chunk);
        if (rnd() < 0.3) await new Promise((r) => setImmediate(r));
      }
      expect(await hasher.digest(data.length)).toBe(createHash('sha256').update(data).digest('hex'));
      await fh.close();
    }
  });
  it('hashes ahead-of-cursor bytes once whether they are held in memory or read back', async () => {
    // A hold limit of 0 reads every byte written ahead back from the file; 100 KiB holds some
    // runs and reads back the rest; 64 MiB holds them all.
    for (const holdLimit of [0, 100 * 1024, 64 << 20]) {
      const data = randomBytes(2 * 1024 * 1024 + 5);
      const parts = splitParts(data.length, 300 * 1024).reverse();
      const fh = await open(join(mkdtempSync(join(tmpdir(), 'hasher-')), 'f'), 'w+');
      const ordered = [...parts].reverse();
      const frontier = () => {
        for (const p of ordered) if (p.written < p.end - p.start + 1) return p.start + p.written;
        return data.length;
      };
      const hasher = new OrderedHasher(fh, frontier, holdLimit);
      // The last range first, the first range last: every byte but the first range's arrives ahead.
      for (const p of parts) {
        for (let pos = p.start; pos <= p.end; ) {
          const n = Math.min(40_000, p.end + 1 - pos);
          const chunk = data.subarray(pos, pos + n);
          await fh.write(chunk, 0, n, pos);
          p.written += n;
          hasher.written(pos, chunk);
          pos += n;
        }
      }
      expect(await hasher.digest(data.length)).toBe(createHash('sha256').update(data).digest('hex'));
      await fh.close();
    }
  });
});

describe('splitParts and Limiter', () => {
  it('covers the object with inclusive ranges', () => {
    expect(splitParts(10, 4).map((p) => [p.start, p.end])).toEqual([
      [0, 3],
      [4, 7],
      [8, 9],
    ]);
    expect(splitParts(0, 4)).toEqual([]);
  });

  it('never runs more than n tasks at once and runs them all', async () => {
    const limiter = new Limiter(3);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          most = Math.max(most, ++running);
          await new Promise((r) => setImmediate(r));
          running--;
          return i;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(3);
  });
});
