// Bounded-memory summaries of a large numerical column, filled in one pass and mergeable exactly,
// so check-drift's memory does not grow with the rows and shards of a matrix combine into the same
// summary one job would have made.
//
// The core is a histogram of BINS bins on an aligned grid: bin k holds the values v with
// floor(v / w) = k, where the width w is a power of two. The grid needs no range known in advance:
// when a value falls outside the window, w doubles (two aligned bins become one, exactly) or the
// window slides. The final w is the smallest power of two (no finer than the float spacing of the
// largest value, so v / w stays an exact integer) whose window holds [min, max], whatever order the
// values came in: the summary is a function of the values alone, and merging two summaries gives
// the summary of the union. Beside it: the distinct values while there are few (Evidently's 5- and
// 20-value rules and per-value shares stay exact), and the mean and variance (Welford, merged by
// Chan's formula).
//
// Only the Wasserstein distance is approximated: computed with each value moved to its bin's
// centre (at most w / 2 per side), it is off by at most one bin width w.
export const BINS = 1 << 16;
/** Distinct values are tracked up to this many; Evidently's rules look at 2, 5 and 20. */
export const DISTINCT_CAP = 21;

export interface NumericSketch {
  count: number;
  lo: number;
  hi: number;
  /** Bin width, a power of two. */
  w: number;
  /** Grid index of counts[0]: floor(lo / w). */
  start: number;
  counts: Float64Array;
  /** Value counts, or null once more than DISTINCT_CAP distinct values were seen. */
  distinct: Map<number, number> | null;
  mean: number;
  m2: number;
}

/** The finest width allowed near `m` (the largest magnitude): v / w below 2^53, so an exact integer. */
function minWidth(m: number): number {
  if (m === 0) return Number.MIN_VALUE;
  let w = 2 ** (Math.floor(Math.log2(m)) - 52);
  if (w === 0) w = Number.MIN_VALUE;
  return w;
}

/**
 * floor(x / w) for a power of two w. The quotient is exact unless it underflows (a subnormal x, or
 * a huge w), where a negative x must still land in bin -1, not in the -0 the division rounds to.
 */
function floorDiv(x: number, w: number): number {
  const q = x / w;
  return q === 0 ? (x < 0 ? -1 : 0) : Math.floor(q);
}

const fits = (lo: number, hi: number, w: number) => floorDiv(hi, w) - floorDiv(lo, w) < BINS;

/** The smallest power of two, no finer than minWidth, whose window of BINS bins holds [lo, hi]. */
export function widthFor(lo: number, hi: number): number {
  const floor = minWidth(Math.max(Math.abs(lo), Math.abs(hi)));
  // A lower bound on the answer (the window must be wider than hi - lo), without overflowing.
  const need = hi / BINS - lo / BINS;
  let w = floor;
  if (need > w) {
    w = 2 ** Math.ceil(Math.log2(need));
    while (w < need) w *= 2;
    while (w / 2 >= need && w / 2 >= floor) w /= 2;
  }
  while (!fits(lo, hi, w)) w *= 2;
  return w;
}

export function newSketch(): NumericSketch {
  return { count: 0, lo: Infinity, hi: -Infinity, w: 0, start: 0, counts: new Float64Array(BINS), distinct: new Map(), mean: 0, m2: 0 };
}

/** The counts moved to width `w` (a multiple of the current one) and the window starting at floor(lo / w). */
function regrid(s: NumericSketch, lo: number, w: number): void {
  const start = floorDiv(lo, w);
  if (w === s.w && start === s.start) return;
  const ratio = s.w ? w / s.w : 1;
  const counts = new Float64Array(BINS);
  for (let i = 0; i < BINS; i++) {
    const n = s.counts[i] as number;
    if (n) counts[floorDiv(s.start + i, ratio) - start] += n;
  }
  s.counts = counts;
  s.w = w;
  s.start = start;
}

export function addToSketch(s: NumericSketch, value: number): void {
  const v = value + 0; // -0 as 0, so the range does not depend on which came first
  s.count++;
  const d = v - s.mean;
  s.mean += d / s.count;
  s.m2 += d * (v - s.mean);
  if (v < s.lo || v > s.hi) {
    const lo = Math.min(s.lo, v);
    const hi = Math.max(s.hi, v);
    // The width only grows (a wider range never fits a finer grid), so counts regrid exactly.
    regrid(s, lo, Math.max(s.w, widthFor(lo, hi)));
    s.lo = lo;
    s.hi = hi;
  }
  const bin = floorDiv(v, s.w) - s.start;
  s.counts[bin] = (s.counts[bin] as number) + 1;
  if (s.distinct) {
    s.distinct.set(v, (s.distinct.get(v) ?? 0) + 1);
    if (s.distinct.size > DISTINCT_CAP) s.distinct = null;
  }
}

/** `into` becomes the summary of both sets of values. */
export function mergeSketch(into: NumericSketch, other: NumericSketch): void {
  if (!other.count) return;
  if (!into.count) {
    Object.assign(into, { ...other, counts: Float64Array.from(other.counts), distinct: other.distinct && new Map(other.distinct) });
    return;
  }
  const lo = Math.min(into.lo, other.lo);
  const hi = Math.max(into.hi, other.hi);
  const w = Math.max(into.w, other.w, widthFor(lo, hi));
  regrid(into, lo, w);
  const o = { ...other, counts: other.counts };
  regrid(o, lo, w);
  for (let i = 0; i < BINS; i++) into.counts[i] = (into.counts[i] as number) + (o.counts[i] as number);
  into.lo = lo;
  into.hi = hi;
  const n = into.count + other.count;
  const d = other.mean - into.mean;
  into.m2 += other.m2 + ((d * d * into.count) / n) * other.count;
  into.mean += (d * other.count) / n;
  into.count = n;
  if (into.distinct && other.distinct) {
    for (const [v, c] of other.distinct) into.distinct.set(v, (into.distinct.get(v) ?? 0) + c);
    if (into.distinct.size > DISTINCT_CAP) into.distinct = null;
  } else into.distinct = null;
}

export function sketchOf(values: ArrayLike<number>): NumericSketch {
  const s = newSketch();
  for (let i = 0; i < values.length; i++) addToSketch(s, values[i] as number);
  return s;
}

/** Population standard deviation (np.std). */
export const sketchStd = (s: NumericSketch) => Math.sqrt(s.m2 / s.count);

/** The common bin width of two sketches: how far W1 on them can be from the exact W1. */
export const sketchBinWidth = (a: NumericSketch, b: NumericSketch) => Math.max(a.w, b.w, widthFor(Math.min(a.lo, b.lo), Math.max(a.hi, b.hi)));

/** W1 between two sketches, each value at its bin's centre, on their common grid. */
export function sketchWasserstein(a: NumericSketch, b: NumericSketch): number {
  const lo = Math.min(a.lo, b.lo);
  const w = sketchBinWidth(a, b);
  const ga = { ...a };
  const gb = { ...b };
  regrid(ga, lo, w);
  regrid(gb, lo, w);
  let fa = 0;
  let fb = 0;
  let sum = 0;
  for (let i = 0; i < BINS - 1; i++) {
    fa += (ga.counts[i] as number) / a.count;
    fb += (gb.counts[i] as number) / b.count;
    sum += Math.abs(fa - fb);
  }
  return sum * w;
}

/**
 * Counts in numpy's histogram bins (edges[i] <= v < edges[i+1], the last closed), which a sketch
 * cannot give exactly: check-drift counts them in a second pass when a test needs them.
 */
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

export interface NumericSketchJSON {
  count: number;
  lo: number;
  hi: number;
  w: number;
  /** Grid index and count of each non-empty bin, flat (k0, n0, k1, n1, …): a flat array of numbers parses into a packed array, pairs into an object each. */
  bins: number[];
  distinct: [number, number][] | null;
  mean: number;
  m2: number;
}

export function sketchToJSON(s: NumericSketch): NumericSketchJSON {
  const bins: number[] = [];
  s.counts.forEach((n, i) => n && bins.push(s.start + i, n));
  return { count: s.count, lo: s.lo, hi: s.hi, w: s.w, bins, distinct: s.distinct ? [...s.distinct] : null, mean: s.mean, m2: s.m2 };
}

export function sketchFromJSON(j: NumericSketchJSON): NumericSketch {
  const start = j.count ? floorDiv(j.lo, j.w) : 0;
  const counts = new Float64Array(BINS);
  for (let i = 0; i < j.bins.length; i += 2) counts[(j.bins[i] as number) - start] = j.bins[i + 1] as number;
  return { count: j.count, lo: j.count ? j.lo : Infinity, hi: j.count ? j.hi : -Infinity, w: j.w, start, counts, distinct: j.distinct ? new Map(j.distinct) : null, mean: j.mean, m2: j.m2 };
}
