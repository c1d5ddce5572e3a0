// The drift tests by name, each as Evidently 0.7 runs it (evidently/legacy/calculations/stattests/
// and registry.py): how values are turned into what the statistic needs, the default threshold,
// and whether a score at the threshold means drift. The statistics themselves are in stats/.
import { chiSquare, hellinger, jensenShannonDistance, klDiv, ks2samp, psi, wassersteinDistance, zTestTwoProportions } from './stats/index.js';
import { fillZeroesLikeEvidently } from './stats/index.js';
import { histogram, sturgesEdges } from './histogram.js';
import type { ColumnData, Kind } from './columns.js';
import { DISTINCT_CAP, sketchBinWidth, sketchStd, sketchWasserstein } from './sketch.js';

export const METHODS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'kl_div', 'hellinger'] as const;
export type Method = (typeof METHODS)[number];

export interface MethodInfo {
  /** A p-value drifts below the threshold; a distance at or above it. */
  score: 'p_value' | 'distance';
  /** Evidently's default threshold. */
  threshold: number;
  kinds: readonly Kind[];
  /** Evidently's name in reports. */
  title: string;
}

export const METHOD_INFO: Record<Method, MethodInfo> = {
  ks: { score: 'p_value', threshold: 0.05, kinds: ['num'], title: 'K-S p_value' },
  chisquare: { score: 'p_value', threshold: 0.05, kinds: ['cat', 'num'], title: 'chi-square p_value' },
  z: { score: 'p_value', threshold: 0.05, kinds: ['cat', 'num'], title: 'Z-test p_value' },
  wasserstein: { score: 'distance', threshold: 0.1, kinds: ['num'], title: 'Wasserstein distance (normed)' },
  jensenshannon: { score: 'distance', threshold: 0.1, kinds: ['cat', 'num'], title: 'Jensen-Shannon distance' },
  psi: { score: 'distance', threshold: 0.1, kinds: ['cat', 'num'], title: 'PSI' },
  kl_div: { score: 'distance', threshold: 0.1, kinds: ['cat', 'num'], title: 'Kullback-Leibler divergence' },
  hellinger: { score: 'distance', threshold: 0.1, kinds: ['cat', 'num'], title: 'Hellinger distance (normed)' },
};

/** Drift as Evidently decides it: K-S at p <= threshold, chi-square and Z below it, distances at or above it. */
export function isDrift(method: Method, score: number, threshold: number): boolean {
  if (method === 'ks') return score <= threshold;
  if (METHOD_INFO[method].score === 'p_value') return score < threshold;
  return score >= threshold;
}

export interface Sample {
  kind: Kind;
  ref: ColumnData;
  cur: ColumnData;
  /** The text of a category code, for the order Python sorts categories in (the Z-test's first value). */
  categoryText: (code: number) => string;
}

/** Counts per distinct value over both sides (numbers by value, categories by code). */
function valueCounts(s: Sample): { keys: number[]; ref: Float64Array; cur: Float64Array } {
  const index = new Map<number, number>();
  const keys: number[] = [];
  const counts: [number[], number[]] = [[], []];
  const add = (values: ArrayLike<number>, side: 0 | 1) => {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      let k = index.get(v);
      if (k === undefined) {
        k = keys.length;
        index.set(v, k);
        keys.push(v);
        counts[0].push(0);
        counts[1].push(0);
      }
      counts[side][k] = (counts[side][k] as number) + 1;
    }
  };
  for (const [side, c] of [[0, s.ref], [1, s.cur]] as const) {
    if (c.sketch) {
      // Only called when both sides kept their few distinct values (see unavailable()).
      for (const [v, n] of c.sketch.distinct ?? []) {
        add([v], side);
        counts[side][index.get(v) as number] = (counts[side][index.get(v) as number] as number) + n - 1;
      }
    } else if (s.kind === 'num') add(c.numbers, side);
    else {
      for (const [code, n] of c.counts) {
        add([code], side);
        counts[side][index.get(code) as number] = (counts[side][index.get(code) as number] as number) + n - 1;
      }
    }
  }
  return { keys, ref: Float64Array.from(counts[0]), cur: Float64Array.from(counts[1]) };
}

const size = (s: Sample, side: 'ref' | 'cur') => s[side].count;

/** A summarised side that saw too many distinct values to count them one by one. */
const manyValues = (c: ColumnData) => c.sketch !== undefined && c.sketch.distinct === null;

/**
 * Distinct non-null values over both sides (pandas nunique of the concatenation), counted up to
 * 21: Evidently's rules only ask whether there are more than 2, 5 or 20. Infinity above that.
 */
export function distinctValues(s: Sample): number {
  if (manyValues(s.ref) || manyValues(s.cur)) return Infinity;
  if (s.kind === 'cat') return new Set([...s.ref.counts.keys(), ...s.cur.counts.keys()]).size;
  const seen = new Set<number>();
  for (const side of [s.ref, s.cur]) {
    for (const v of side.sketch ? (side.sketch.distinct?.keys() ?? []) : side.numbers) {
      seen.add(v);
      if (seen.size > 21) return Infinity;
    }
  }
  return seen.size;
}

/** Distinct reference values of a numerical column, up to 21 (the 20-value binning rule). */
function referenceDistinct(c: ColumnData): number {
  if (c.sketch) return c.sketch.distinct?.size ?? Infinity;
  const seen = new Set<number>();
  for (const v of c.numbers) {
    seen.add(v);
    if (seen.size > 20) return Infinity;
  }
  return seen.size;
}

/** Why `method` cannot score a summarised column, or null when it can. */
export function unavailable(method: Method, s: Sample): string | null {
  if (!s.ref.sketch && !s.cur.sketch) return null;
  if (method === 'ks' || method === 'hellinger') return `${method} needs every value, and this column has more than \`exact-limit\`; raise \`exact-limit\` or choose another test`;
  const need = exactNeed(method, s);
  const fix = 'run this column unsharded, raise `exact-limit`, or use wasserstein';
  if (need === 'sturges') return `${method} needs Evidently's Sturges bins over both whole datasets, which shards cannot count before the merge; ${fix}`;
  if (need === 'values') return `${method} counts each value, and shards keep only the first ${DISTINCT_CAP} distinct values of a summarised column; ${fix}`;
  return null;
}

/**
 * What `method` needs on a summarised numerical column beyond its summary: the counts in
 * Evidently's Sturges bins (binned tests when the reference has more than 20 values), or the count
 * of every value (tests per value, when a side has more than 21 values); null when the summary has
 * it. check-drift counts them in a second pass (countExact); a merge of shards cannot.
 */
export function exactNeed(method: Method, s: Sample): 'sturges' | 'values' | null {
  if (s.kind !== 'num' || !s.ref.sketch || !s.cur.sketch) return null;
  const binnedTest = method === 'jensenshannon' || method === 'psi' || method === 'kl_div';
  if (binnedTest && referenceDistinct(s.ref) > 20) return s.ref.sturges && s.cur.sturges ? null : 'sturges';
  if (binnedTest || method === 'chisquare' || method === 'z') return manyValues(s.ref) || manyValues(s.cur) ? 'values' : null;
  return null;
}

/** The most the reported score can be off (summarised columns only); 0 when exact. */
export function scoreBound(method: Method, s: Sample): number {
  if (method !== 'wasserstein' || !s.ref.sketch || !s.cur.sketch) return 0;
  return sketchBinWidth(s.ref.sketch, s.cur.sketch) / Math.max(sketchStd(s.ref.sketch), 0.001);
}

/** Evidently's choice for a column when none is set (registry.py _get_default_stattest). */
export function defaultMethod(s: Sample): Method {
  const n = distinctValues(s);
  if (size(s, 'ref') <= 1000) {
    if (s.kind === 'num' && n > 5) return 'ks';
    return n > 2 ? 'chisquare' : 'z';
  }
  if (s.kind === 'num') return n <= 5 ? 'jensenshannon' : 'wasserstein';
  return 'jensenshannon';
}

/**
 * The shares per bin (utils.py get_binned_data): numerical columns with more than 20 distinct
 * reference values in sturges bins over both sides; otherwise one bin per distinct value. With
 * `fill`, empty bins get Evidently's small share (PSI, KL), without it they stay 0 (Jensen-Shannon).
 */
function binned(s: Sample, fill: boolean): { ref: Float64Array; cur: Float64Array } {
  let ref: Float64Array;
  let cur: Float64Array;
  const refDistinct = s.kind === 'num' ? referenceDistinct(s.ref) : 0;
  if (s.kind === 'num' && refDistinct > 20 && s.ref.sturges && s.cur.sturges) {
    // The same Sturges bins, counted in a second pass (countSturges).
    ref = s.ref.sturges.map((c) => c / s.ref.count);
    cur = s.cur.sturges.map((c) => c / s.cur.count);
  } else if (s.kind === 'num' && refDistinct > 20) {
    const combined = new Float64Array(s.ref.numbers.length + s.cur.numbers.length);
    combined.set(s.ref.numbers);
    combined.set(s.cur.numbers, s.ref.numbers.length);
    const edges = sturgesEdges(combined, s.ref.integer && s.cur.integer);
    ref = histogram(s.ref.numbers, edges).map((c) => c / s.ref.numbers.length);
    cur = histogram(s.cur.numbers, edges).map((c) => c / s.cur.numbers.length);
  } else {
    const vc = valueCounts(s);
    const nRef = size(s, 'ref');
    const nCur = size(s, 'cur');
    ref = vc.ref.map((c) => c / nRef);
    cur = vc.cur.map((c) => c / nCur);
  }
  return fill ? { ref: fillZeroesLikeEvidently(ref), cur: fillZeroesLikeEvidently(cur) } : { ref, cur };
}

function std(values: Float64Array): number {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return Math.sqrt(ss / values.length);
}

/** The column's score under `method`: a p-value or a distance. */
export function score(method: Method, s: Sample): number {
  switch (method) {
    case 'ks':
      return ks2samp(s.ref.numbers, s.cur.numbers).pvalue;
    case 'chisquare': {
      const vc = valueCounts(s);
      const k = size(s, 'cur') / size(s, 'ref');
      return chiSquare(Array.from(vc.cur), Array.from(vc.ref, (c) => c * k)).pvalue;
    }
    case 'z': {
      const vc = valueCounts(s);
      if (vc.keys.length === 1) return 1;
      // The value that maps to 0 is the smallest key, as Python sorts them.
      const first = smallestKey(vc.keys, s);
      const i = vc.keys.indexOf(first);
      const nRef = size(s, 'ref');
      const nCur = size(s, 'cur');
      return zTestTwoProportions(nRef - (vc.ref[i] as number), nRef, nCur - (vc.cur[i] as number), nCur).pvalue;
    }
    case 'wasserstein':
      if (s.ref.sketch && s.cur.sketch) return sketchWasserstein(s.ref.sketch, s.cur.sketch) / Math.max(sketchStd(s.ref.sketch), 0.001);
      return wassersteinDistance(s.ref.numbers, s.cur.numbers) / Math.max(std(s.ref.numbers), 0.001);
    case 'jensenshannon': {
      const b = binned(s, false);
      return jensenShannonDistance(b.ref, b.cur);
    }
    case 'psi': {
      const b = binned(s, true);
      return psi(b.ref, b.cur);
    }
    case 'kl_div': {
      const b = binned(s, true);
      return klDiv(b.ref, b.cur);
    }
    case 'hellinger':
      return hellingerLikeEvidently(s);
  }
}

/** Numbers by value; categories by their text, in Python's str order (by code point). */
function smallestKey(keys: number[], s: Sample): number {
  if (s.kind === 'num') return Math.min(...keys);
  return keys.reduce((a, b) => (compareCodePoints(s.categoryText(a), s.categoryText(b)) <= 0 ? a : b));
}

function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/**
 * hellinger_distance.py: categories by share; numbers as np.histogram densities over Sturges bins
 * of the distinct values, each bin's density product weighted by the bin width.
 */
function hellingerLikeEvidently(s: Sample): number {
  if (s.kind === 'cat') {
    const vc = valueCounts(s);
    return hellinger(vc.ref.map((c) => c / size(s, 'ref')), vc.cur.map((c) => c / size(s, 'cur')));
  }
  const keys = Float64Array.from(valueCounts(s).keys);
  const edges = sturgesEdges(keys, s.ref.integer && s.cur.integer);
  const width = ((edges[edges.length - 1] as number) - (edges[0] as number)) / (edges.length - 1);
  // np.histogram(density=True): counts / total / each bin's own width.
  const density = (values: Float64Array) => {
    const counts = histogram(values, edges);
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((c, i) => c / total / ((edges[i + 1] as number) - (edges[i] as number)));
  };
  // As probability-like weights: sqrt(h1 h2) * width summed is the Bhattacharyya coefficient.
  return hellinger(density(s.ref.numbers).map((d) => d * width), density(s.cur.numbers).map((d) => d * width));
}
