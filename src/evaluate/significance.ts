// Is the candidate's difference from the champion more than the noise of this holdout set? Both
// models scored the same rows, so the tests are paired:
// - accuracy: McNemar's exact test, which looks only at the rows the two models disagree on
//   (statsmodels' mcnemar(exact=True): two-sided binomial test of b against b + c at 1/2);
// - other metrics: a paired bootstrap of candidate − champion, resampling rows (the same rows for
//   both models) with a seeded generator, so a re-run gives the same interval; percentile interval
//   with numpy's default (linear) quantiles.

/** Two-sided exact McNemar p-value for b and c, the rows only one of the two models got right. */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  // P(X <= min(b, c)) for X ~ Binomial(n, 1/2), summed in log space: 2^-n underflows past n = 1074.
  const m = Math.min(b, c);
  let logPmf = -n * Math.LN2;
  let logCdf = logPmf;
  for (let k = 0; k < m; k++) {
    logPmf += Math.log((n - k) / (k + 1));
    logCdf = logAddExp(logCdf, logPmf);
  }
  return Math.min(1, 2 * Math.exp(logCdf));
}

function logAddExp(a: number, b: number): number {
  const hi = Math.max(a, b);
  return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
}

/** xoshiro128** seeded by splitmix32: small, fast, and the same stream on every platform. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const st = [next(), next(), next(), next()] as [number, number, number, number];
  return () => {
    const result = Math.imul(rotl(Math.imul(st[1], 5), 7), 9) >>> 0;
    const t = st[1] << 9;
    st[2] ^= st[0];
    st[3] ^= st[1];
    st[1] ^= st[2];
    st[0] ^= st[3];
    st[2] ^= t;
    st[3] = rotl(st[3], 11);
    return result / 2 ** 32;
  };
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** How many times each of n rows is drawn in one bootstrap resample of n rows. */
export function resampleCounts(n: number, random: () => number, into = new Uint32Array(n)): Uint32Array {
  into.fill(0);
  for (let i = 0; i < n; i++) into[Math.floor(random() * n)]!++;
  return into;
}

/** numpy.quantile's default ("linear") on sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

export interface BootstrapInterval {
  /** candidate − champion on the holdout set itself. */
  delta: number;
  low: number;
  high: number;
  /** The confidence of [low, high], e.g. 0.95. */
  confidence: number;
  /** Resamples whose difference was defined (a resample can lose every row of a class). */
  resamples: number;
}

/**
 * Paired percentile bootstrap of metric(candidate) − metric(champion). `metric(weights, which)`
 * scores one model (0 candidate, 1 champion) on the rows weighted by how often a resample drew
 * them; NaN when undefined on that resample. Null when fewer than half the resamples are defined.
 */
export function pairedBootstrap(
  n: number,
  metric: (weights: Uint32Array, which: 0 | 1) => number,
  o: { resamples: number; seed: number; confidence: number },
): BootstrapInterval | null {
  const ones = new Uint32Array(n).fill(1);
  const delta = metric(ones, 0) - metric(ones, 1);
  const random = rng(o.seed);
  const weights = new Uint32Array(n);
  const diffs: number[] = [];
  for (let b = 0; b < o.resamples; b++) {
    resampleCounts(n, random, weights);
    const d = metric(weights, 0) - metric(weights, 1);
    if (Number.isFinite(d)) diffs.push(d);
  }
  if (!Number.isFinite(delta) || diffs.length < o.resamples / 2) return null;
  const sorted = Float64Array.from(diffs).sort();
  const tail = (1 - o.confidence) / 2;
  return { delta, low: quantileSorted(sorted, tail), high: quantileSorted(sorted, 1 - tail), confidence: o.confidence, resamples: diffs.length };
}

/**
 * Weighted binary ROC AUC over rows pre-sorted by descending score (`order`): the Mann-Whitney
 * form, ties counted half, which equals the trapezoidal area sklearn computes. NaN when the
 * weighted rows hold no positive or no negative.
 */
export function weightedAuc(scores: Float64Array, positive: Uint8Array, order: Uint32Array, w: Uint32Array): number {
  let pos = 0;
  let neg = 0;
  let twiceArea = 0;
  let i = 0;
  while (i < order.length) {
    // One group of tied scores: its negatives rank below its positives half the time.
    let groupPos = 0;
    let groupNeg = 0;
    const s = scores[order[i]!]!;
    for (; i < order.length && scores[order[i]!] === s; i++) {
      const row = order[i]!;
      if (positive[row]) groupPos += w[row]!;
      else groupNeg += w[row]!;
    }
    // Rows are in descending score: every negative after this group scores lower than its positives.
    twiceArea += groupNeg * (2 * pos + groupPos);
    pos += groupPos;
    neg += groupNeg;
  }
  if (pos === 0 || neg === 0) return NaN;
  // twiceArea counts, for each negative, 2 x the positives above it plus 1 x those tied.
  return twiceArea / 2 / (pos * neg);
}

/** Rows by descending score, as weightedAuc wants them (sorted once, reused by every resample). */
export function descendingOrder(scores: Float64Array): Uint32Array {
  const order = new Uint32Array(scores.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => scores[b]! - scores[a]!);
}
