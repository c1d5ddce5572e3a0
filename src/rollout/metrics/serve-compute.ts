// What the serve metrics provider computes from two scrapes of a `model-cd serve` /metrics (names
// in src/serve/metrics.ts): the change of each counter between them, and from that the error rate,
// a latency quantile, the request rate and the prediction class shares. Pure, so every rule is
// unit-tested without a server.
import type { Sample } from './exposition.js';

export const REQUESTS = 'model_cd_http_requests_total';
export const DURATION_BUCKET = 'model_cd_http_request_duration_seconds_bucket';
export const PREDICTIONS = 'model_cd_predictions_total';

/** One scrape: its samples and when it was taken (ms, the caller's clock). */
export interface Scrape {
  at: number;
  samples: Sample[];
}

/**
 * The routes that predict: v2 infer (with or without a version) and MLflow's /invocations. Health
 * checks, /metrics (scraped every second by Prometheus and by this provider) and unknown paths
 * would dilute every rate.
 */
export function isPredictionRoute(route: string | undefined): boolean {
  return route === '/invocations' || (route !== undefined && route.startsWith('/v2/models/') && route.endsWith('/infer'));
}

const key = (s: Sample) => `${s.name}${JSON.stringify(Object.entries(s.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;

const COUNTERS = (name: string) => name === REQUESTS || name === DURATION_BUCKET || name === PREDICTIONS || name.endsWith('_total') || name.endsWith('_bucket') || name.endsWith('_count');

/**
 * True when `after` comes from a process that started since `before`: one of its counters went
 * down. Every counter of a serve process starts at zero together, so one that shrank means all of
 * them restarted, including those that have since grown past their old value.
 */
export function wasReset(before: Scrape, after: Scrape): boolean {
  const old = new Map(before.samples.filter((s) => COUNTERS(s.name)).map((s) => [key(s), s.value]));
  return after.samples.some((s) => {
    const prev = old.get(key(s));
    return prev !== undefined && s.value < prev;
  });
}

/**
 * Each counter sample's increase from `before` to `after`. A series new in `after` counts from 0;
 * after a restart (wasReset) the whole of `after` is the increase, as Prometheus' increase() treats
 * a counter reset, so a restart never reads as a negative rate.
 */
export function counterDeltas(before: Scrape, after: Scrape): Sample[] {
  if (wasReset(before, after)) return after.samples.filter((s) => COUNTERS(s.name));
  const old = new Map(before.samples.map((s) => [key(s), s.value]));
  return after.samples.filter((s) => COUNTERS(s.name)).map((s) => ({ ...s, value: s.value - (old.get(key(s)) ?? 0) }));
}

export interface RequestCounts {
  total: number;
  /** Answered 500-599: the server failed (the model run threw, the server broke). */
  failed: number;
}

/** Prediction requests in the deltas, and how many of them the server failed. */
export function requestCounts(deltas: Sample[]): RequestCounts {
  let total = 0;
  let failed = 0;
  for (const s of deltas) {
    if (s.name !== REQUESTS || !isPredictionRoute(s.labels.route)) continue;
    total += s.value;
    if (/^5\d\d$/.test(s.labels.code ?? '')) failed += s.value;
  }
  return { total, failed };
}

/**
 * The share of prediction requests answered 5xx. 4xx answers (a malformed request, a row that
 * breaks the contract) count as requests but not as errors: they are the client's mistake and a
 * canary cannot fix them. No requests in the window: 0, since nothing failed (a canary that gets
 * no traffic is the request-rate metric's concern).
 */
export function errorRate(deltas: Sample[]): number {
  const { total, failed } = requestCounts(deltas);
  return total === 0 ? 0 : failed / total;
}

/** Prediction requests per second over `seconds`. */
export function requestRate(deltas: Sample[], seconds: number): number {
  return seconds > 0 ? requestCounts(deltas).total / seconds : 0;
}

/** The bucket deltas of the prediction routes' latency histogram, summed over routes, by upper bound. */
export function latencyBuckets(deltas: Sample[]): { le: number; count: number }[] {
  const byLe = new Map<number, number>();
  for (const s of deltas) {
    if (s.name !== DURATION_BUCKET || !isPredictionRoute(s.labels.route) || s.labels.le === undefined) continue;
    const le = s.labels.le === '+Inf' ? Infinity : Number(s.labels.le);
    byLe.set(le, (byLe.get(le) ?? 0) + s.value);
  }
  return [...byLe.entries()].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
}

/**
 * The q-quantile of cumulative histogram buckets, as PromQL's histogram_quantile computes it: linear
 * interpolation inside the bucket the rank falls in, the lower bound of the first bucket taken as 0,
 * the highest finite bound when the rank falls in +Inf, NaN when there are no observations (or no +Inf
 * bucket, or fewer than two buckets), -Inf / +Inf for q < 0 / q > 1.
 */
export function histogramQuantile(q: number, buckets: { le: number; count: number }[]): number {
  if (Number.isNaN(q)) return NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  const b = [...buckets].sort((x, y) => x.le - y.le);
  if (b.length < 2 || (b.at(-1) as { le: number }).le !== Infinity) return NaN;
  // Counts scraped at slightly different moments may not be monotonic; Prometheus evens them out.
  for (let i = 1; i < b.length; i++) if ((b[i] as { count: number }).count < (b[i - 1] as { count: number }).count) b[i] = { le: (b[i] as { le: number }).le, count: (b[i - 1] as { count: number }).count };
  const observations = (b.at(-1) as { count: number }).count;
  if (observations === 0) return NaN;
  let rank = q * observations;
  const i = b.findIndex((x) => x.count >= rank);
  if (i === b.length - 1) return (b[b.length - 2] as { le: number }).le;
  const bucket = b[i] as { le: number; count: number };
  if (i === 0 && bucket.le <= 0) return bucket.le;
  let start = 0;
  let count = bucket.count;
  if (i > 0) {
    const prev = b[i - 1] as { le: number; count: number };
    start = prev.le;
    count -= prev.count;
    rank -= prev.count;
  }
  return start + (bucket.le - start) * (count === 0 ? 0 : rank / count);
}

/** The latency q-quantile in seconds of the prediction requests in the window; NaN when there were none. */
export function latencyQuantile(deltas: Sample[], q: number): number {
  return histogramQuantile(q, latencyBuckets(deltas));
}

/** Predicted rows by class as shares of all rows predicted in the window; {} when none were. */
export function classShares(deltas: Sample[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const s of deltas) if (s.name === PREDICTIONS && s.labels.class !== undefined) counts.set(s.labels.class, (counts.get(s.labels.class) ?? 0) + s.value);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const shares: Record<string, number> = {};
  if (total > 0) for (const [c, n] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) shares[c] = n / total;
  return shares;
}

/**
 * 1 − the total variation distance between two class distributions: 1 when the two revisions
 * predict each class as often, 0 when they never predict the same classes. On similar traffic over
 * the same window it bounds from above the share of rows on which the new model would agree with the
 * champion (row-level agreement needs both to see the same rows, which a split never gives).
 */
export function agreement(a: Record<string, number>, b: Record<string, number>): number {
  const classes = new Set([...Object.keys(a), ...Object.keys(b)]);
  let distance = 0;
  for (const c of classes) distance += Math.abs((a[c] ?? 0) - (b[c] ?? 0));
  return 1 - distance / 2;
}
