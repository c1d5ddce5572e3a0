// Bounded-memory summaries of a large numerical column, so check-drift's memory does not grow with
// the rows. Two passes over the data: the first finds each column's range and counts (both sides),
// the second fills, per side, a fine histogram (FINE_BINS equal bins over the combined range), the
// counts in numpy's Sturges bins over both sides (exactly the bins Evidently uses, so Jensen-Shannon,
// PSI and KL stay exact), the distinct values while there are few (the 5- and 20-value rules and
// per-value shares stay exact), and the reference's mean and variance (Welford).
//
// Only the Wasserstein distance is approximated: computed on the fine histograms with each value
// moved to its bin's centre, it is off by at most one bin width (moving every value by at most half
// a width changes W1 by at most half a width per side), i.e. range / FINE_BINS before norming.
import { sturgesEdgesOf } from './histogram.js';

export const FINE_BINS = 1 << 16;
/** Distinct values are tracked up to this many; Evidently's rules look at 2, 5 and 20. */
const DISTINCT_CAP = 21;

export interface Range {
  lo: number;
  hi: number;
  /** Non-null finite values over both sides. */
  count: number;
  /** Both sides were int64 to pandas (every value an integer, no nulls). */
  integer: boolean;
}

export interface NumericSketch {
  count: number;
  lo: number;
  hi: number;
  fine: Float64Array;
  sturgesEdges: Float64Array;
  sturges: Float64Array;
  /** Value counts, or null once more than DISTINCT_CAP distinct values were seen. */
  distinct: Map<number, number> | null;
  mean: number;
  m2: number;
}

export function newSketch(r: Range): NumericSketch {
  const edges = sturgesEdgesOf(r.lo, r.hi, r.count, r.integer);
  return {
    count: 0,
    lo: r.lo,
    hi: r.hi,
    fine: new Float64Array(FINE_BINS),
    sturgesEdges: edges,
    sturges: new Float64Array(edges.length - 1),
    distinct: new Map(),
    mean: 0,
    m2: 0,
  };
}

export function addToSketch(s: NumericSketch, v: number): void {
  s.count++;
  const d = v - s.mean;
  s.mean += d / s.count;
  s.m2 += d * (v - s.mean);
  const width = s.hi - s.lo;
  const bin = width > 0 ? Math.min(FINE_BINS - 1, Math.floor(((v - s.lo) / width) * FINE_BINS)) : 0;
  s.fine[bin] = (s.fine[bin] as number) + 1;
  const sb = sturgesBin(s.sturgesEdges, v);
  s.sturges[sb] = (s.sturges[sb] as number) + 1;
  if (s.distinct) {
    s.distinct.set(v, (s.distinct.get(v) ?? 0) + 1);
    if (s.distinct.size > DISTINCT_CAP) s.distinct = null;
  }
}

/** Counts in the Sturges bins, as numpy counts them (edges[i] <= v < edges[i+1], the last closed). */
export function sturgesBin(edges: Float64Array, v: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  if (v === edges[hi]) return hi - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (v < (edges[mid] as number)) hi = mid;
    else lo = mid;
  }
  return lo;
}

/** Population standard deviation of the sketched side (np.std). */
export const sketchStd = (s: NumericSketch) => Math.sqrt(s.m2 / s.count);

/** One fine bin's width: how far W1 on the histograms can be from the exact W1. */
export const sketchBinWidth = (s: NumericSketch) => (s.hi - s.lo) / FINE_BINS;

/** W1 between the two fine histograms (both sides share the range). */
export function sketchWasserstein(a: NumericSketch, b: NumericSketch): number {
  const width = sketchBinWidth(a);
  let fa = 0;
  let fb = 0;
  let sum = 0;
  for (let i = 0; i < FINE_BINS - 1; i++) {
    fa += (a.fine[i] as number) / a.count;
    fb += (b.fine[i] as number) / b.count;
    sum += Math.abs(fa - fb);
  }
  return sum * width;
}
