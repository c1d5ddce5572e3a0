// Latency percentiles equal numpy.percentile (method='linear') over one per-row estimate per row.
import { describe, expect, it } from 'vitest';
import { LatencyAccumulator, percentile } from '../../../src/evaluate/metrics/index.js';
import { expectClose, rng, sklearn } from './oracle.js';

const Q = [0, 1, 33.3, 50, 95, 99, 99.9, 100];

describe('latency', () => {
  it('percentile() equals numpy on sorted arrays of every small size', async () => {
    const random = rng(3);
    for (const n of [1, 2, 3, 10, 101]) {
      const values = Array.from({ length: n }, () => random() * 100);
      const answer = await sklearn({ task: 'latency', ms: values, rows: values.map(() => 1), q: Q });
      const sorted = Float64Array.from(values).sort();
      expectClose(
        Q.map((q) => percentile(sorted, q)),
        answer.percentiles,
      );
    }
  });

  it('weights each batch by its rows, merges shards through JSON, and reports throughput', async () => {
    const random = rng(4);
    const batches = Array.from({ length: 60 }, () => [5 + random() * 50, Math.floor(random() * 40)] as const);
    const answer = await sklearn({ task: 'latency', ms: batches.map((b) => b[0]), rows: batches.map((b) => b[1]), q: [50, 95, 99] });
    const shards = [0, 1, 2].map(() => new LatencyAccumulator());
    batches.forEach(([ms, rows], i) => shards[i % 3]!.add(ms, rows));
    const merged = shards.map((s) => LatencyAccumulator.fromJSON(JSON.parse(JSON.stringify(s.toJSON())))).reduce((a, b) => a.merge(b));
    const r = merged.result();
    expectClose([r.p50, r.p95, r.p99], answer.percentiles);
    const rows = batches.reduce((a, b) => a + b[1], 0);
    const ms = batches.reduce((a, b) => a + b[0], 0);
    expect(r.rows).toBe(rows);
    expectClose(r.rowsPerSecond, rows / (ms / 1000));
  });

  it('has no percentiles before any row is timed', () => {
    expect(new LatencyAccumulator().result()).toMatchObject({ rows: 0, p50: null, rowsPerSecond: null });
  });
});
