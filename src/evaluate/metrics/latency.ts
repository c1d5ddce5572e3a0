// Latency of model inference. The runner times whole batches, so a row's latency is estimated as
// its batch's milliseconds / rows, and each row counts once: the percentiles are those of
// numpy.percentile(np.repeat(ms / rows, rows), q). Weighting by rows keeps one slow batch of 1 row
// from counting as much as a batch of 10,000. Batches are stored run-length encoded (one
// (ms/row, rows) pair each), so memory grows with batches, not rows.
import { CompensatedSum } from './sum.js';

/** numpy.percentile(sorted, q) with the default method='linear'; `sorted` ascending, q in [0, 100]. */
export function percentile(sorted: Float64Array, q: number): number {
  return percentileAt(sorted.length, (i) => sorted[i]!, q);
}

// numpy's _lerp: interpolating from the nearer end keeps the result monotonic in q and exact at
// the ends (numpy/lib/_function_base_impl.py, _lerp and _quantile).
function percentileAt(n: number, at: (i: number) => number, q: number): number {
  if (n === 0) throw new Error('percentile of no values');
  if (!(q >= 0 && q <= 100)) throw new Error(`percentile q must be in [0, 100], got ${q}`);
  const virtual = (n - 1) * (q / 100);
  if (virtual >= n - 1) return at(n - 1);
  const lo = Math.floor(virtual);
  const gamma = virtual - lo;
  const a = at(lo);
  const b = at(lo + 1);
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

export interface LatencyMetrics {
  batches: number;
  rows: number;
  totalMs: number;
  /** Per-row latency estimates in milliseconds; null when no rows were timed. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  rowsPerSecond: number | null;
}

export interface LatencyAccumulatorJSON {
  format: 'model-cd.latency/1';
  /** [batch milliseconds, rows] in the order added. */
  batches: [number, number][];
}

export class LatencyAccumulator {
  private readonly batches: [number, number][] = [];

  /** A batch of 0 rows counts towards total time (and so throughput) but adds no latency sample. */
  add(ms: number, rows: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`batch duration must be a finite, non-negative number of ms, got ${ms}`);
    if (!Number.isInteger(rows) || rows < 0) throw new Error(`batch rows must be a non-negative integer, got ${rows}`);
    this.batches.push([ms, rows]);
  }

  merge(other: LatencyAccumulator): this {
    for (const b of other.batches) this.batches.push([b[0], b[1]]);
    return this;
  }

  toJSON(): LatencyAccumulatorJSON {
    return { format: 'model-cd.latency/1', batches: this.batches.map((b) => [b[0], b[1]]) };
  }

  static fromJSON(json: LatencyAccumulatorJSON): LatencyAccumulator {
    if (json.format !== 'model-cd.latency/1') throw new Error(`not a latency accumulator: format ${String(json.format)}`);
    const acc = new LatencyAccumulator();
    for (const [ms, rows] of json.batches) acc.add(ms, rows);
    return acc;
  }

  result(): LatencyMetrics {
    const total = new CompensatedSum();
    let rows = 0;
    for (const [ms, r] of this.batches) {
      total.add(ms);
      rows += r;
    }
    const runs = this.batches
      .filter(([, r]) => r > 0)
      .map(([ms, r]) => ({ value: ms / r, rows: r }))
      .sort((a, b) => a.value - b.value);
    // ends[i]: number of rows in runs[0..i]; the value at sorted position p is found by bisection.
    const ends: number[] = [];
    let acc = 0;
    for (const run of runs) ends.push((acc += run.rows));
    const at = (p: number): number => {
      let lo = 0;
      let hi = ends.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid]! > p) hi = mid;
        else lo = mid + 1;
      }
      return runs[lo]!.value;
    };
    const totalMs = total.value();
    const pct = (q: number) => (rows ? percentileAt(rows, at, q) : null);
    return {
      batches: this.batches.length,
      rows,
      totalMs,
      p50: pct(50),
      p95: pct(95),
      p99: pct(99),
      rowsPerSecond: rows && totalMs > 0 ? rows / (totalMs / 1000) : null,
    };
  }
}
