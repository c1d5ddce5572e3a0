// The `serve` metric provider: reads a `model-cd serve` process's own /metrics, no Prometheus
// needed. Each measurement is the change between the previous scrape and this one (the first
// measurement scrapes twice, `window` apart), so it judges what happened since it last looked:
//
//   provider:
//     serve: {target: canary, metric: error-rate}
//     serve: {target: canary, metric: latency, quantile: 0.99, window: 10s}
//     serve: {target: canary, metric: prediction-agreement, baseline: stable}
//
// `canary` / `stable` (and `preview` / `active`) are resolved by the caller to the revision's URL;
// anything else must be an http(s) URL of a serve process.
import { ConfigurationError, errorMessage } from '../../common/errors.js';
import { describeFetchError } from '../../common/http.js';
import { parseDuration } from '../analysis/duration.js';
import { abortableSleep } from '../sleep.js';
import { MeasureError, type MeasuredValue, type MetricProvider } from '../types.js';
import { mapping, show, type Mapping } from './config-keys.js';
import { ExpositionError, parseExposition } from './exposition.js';
import { agreement, classShares, counterDeltas, errorRate, latencyQuantile, requestRate, type Scrape } from './serve-compute.js';

export const SERVE_METRICS = ['error-rate', 'latency', 'request-rate', 'class-shares', 'prediction-agreement'] as const;
export type ServeMetricName = (typeof SERVE_METRICS)[number];

/** Names the caller resolves to a revision's address. */
export const REVISION_NAMES = ['canary', 'stable', 'preview', 'active'] as const;

export interface ServeMetricConfig {
  /** A revision name (REVISION_NAMES) or an http(s) URL of a serve process. */
  target: string;
  metric: ServeMetricName;
  /** latency: the quantile, 0–1. */
  quantile: number;
  /** How far apart the first measurement's two scrapes are. */
  windowMs: number;
  /** prediction-agreement: what the target's class shares are compared with. */
  baseline: string;
  /** How long one scrape may take. */
  timeoutMs: number;
}

const KEYS = ['target', 'metric', 'quantile', 'window', 'baseline', 'timeout'];
const EXAMPLE = '{serve: {target: canary, metric: error-rate}}';
const SERVE = 'a model-cd serve process';

/**
 * A provider's `k` key naming what it measures: a revision name (REVISION_NAMES) or an http(s) URL.
 * @param what the kind of server a URL must be, for the error ("a model-cd serve process")
 */
export function parseTarget(m: Mapping, k: string, where: string, fallback: string, what: string): string {
  const v = m[k] ?? fallback;
  const fix = `is not a revision or a URL. Give ${REVISION_NAMES.join(', ')}, or the http(s) URL of ${what}.`;
  if (typeof v !== 'string' || v.trim() === '') throw new ConfigurationError(`${where}: \`${k}\``, show(v), fix);
  const s = v.trim();
  if ((REVISION_NAMES as readonly string[]).includes(s)) return s;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    throw new ConfigurationError(`${where}: \`${k}\``, s, fix);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigurationError(`${where}: \`${k}\``, s, fix);
  return s;
}

/** The URL of a parsed target: a revision name through the caller's resolveTarget, a URL as it is. */
export function targetUrl(target: string, resolveTarget: (name: string) => string): string {
  return (REVISION_NAMES as readonly string[]).includes(target) ? resolveTarget(target) : target;
}

/** Reads the mapping under `serve:`; `where` names it in errors, e.g. 'metric "error-rate" provider `serve`'. */
export function parseServeMetricConfig(raw: unknown, where: string): ServeMetricConfig {
  const m = mapping(raw, where, KEYS, EXAMPLE);
  const metric = m.metric;
  if (typeof metric !== 'string' || !(SERVE_METRICS as readonly string[]).includes(metric)) {
    throw new ConfigurationError(`${where}: \`metric\``, metric === undefined ? '' : show(metric), `is not a serve metric. Metrics: ${SERVE_METRICS.join(', ')}.`);
  }
  const q = m.quantile ?? 0.99;
  if (typeof q !== 'number' || !(q >= 0 && q <= 1)) throw new ConfigurationError(`${where}: \`quantile\``, show(q), 'is not a quantile. Give a number from 0 to 1, e.g. 0.99 for the 99th percentile.');
  if (m.quantile !== undefined && metric !== 'latency') throw new ConfigurationError(`${where}: \`quantile\``, show(q), `applies to metric latency only, not ${metric}. Remove it.`);
  if (m.baseline !== undefined && metric !== 'prediction-agreement') throw new ConfigurationError(`${where}: \`baseline\``, show(m.baseline), `applies to metric prediction-agreement only, not ${metric}. Remove it.`);
  const windowMs = parseDuration(m.window ?? '10s', `${where}: \`window\``);
  if (windowMs <= 0) throw new ConfigurationError(`${where}: \`window\``, show(m.window), 'must be longer than 0: the first measurement compares two scrapes this far apart. Give e.g. 10s.');
  const timeoutMs = parseDuration(m.timeout ?? '10s', `${where}: \`timeout\``);
  if (timeoutMs <= 0) throw new ConfigurationError(`${where}: \`timeout\``, show(m.timeout), 'must be longer than 0. Give e.g. 10s.');
  const target = parseTarget(m, 'target', where, 'canary', SERVE);
  const baseline = parseTarget(m, 'baseline', where, 'stable', SERVE);
  if (metric === 'prediction-agreement' && baseline === target) throw new ConfigurationError(`${where}: \`baseline\``, baseline, 'is the target itself. Compare the canary with stable (the default), or give another URL.');
  return { target, metric: metric as ServeMetricName, quantile: q, windowMs, baseline, timeoutMs };
}

export interface ServeProviderOptions {
  /** A revision name (canary, stable, preview, active) -> the URL of its serve process now. */
  resolveTarget(name: string): string;
  /** Seams for tests; default: Date.now and a timer that the signal cancels. */
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** The /metrics URL of a serve process given by its base URL (or by its /metrics URL). */
export function metricsUrl(base: string): string {
  const u = new URL(base);
  if (!u.pathname.endsWith('/metrics')) u.pathname = `${u.pathname.replace(/\/+$/, '')}/metrics`;
  return u.toString();
}

/** One GET of /metrics, parsed. Every failure is a MeasureError naming the URL. */
export async function scrape(url: string, timeoutMs: number, signal: AbortSignal, now: () => number): Promise<Scrape> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]), headers: { accept: 'text/plain' } });
  } catch (e) {
    if (signal.aborted) throw e;
    const why = (e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : describeFetchError(e);
    throw new MeasureError(`cannot read serve metrics at ${url}: ${why}. Is the revision running and is that its address?`);
  }
  const at = now();
  const body = await res.text().catch((e: unknown) => {
    throw new MeasureError(`cannot read serve metrics at ${url}: the answer broke off (${errorMessage(e)})`);
  });
  if (!res.ok) throw new MeasureError(`cannot read serve metrics at ${url}: HTTP ${res.status}: ${body.slice(0, 200).trim()}`);
  try {
    return { at, samples: parseExposition(body).samples };
  } catch (e) {
    if (e instanceof ExpositionError) throw new MeasureError(`${url} did not answer Prometheus text metrics (${e.message}); is it a model-cd serve process?`);
    throw e;
  }
}

/** The metric from the target's (and for prediction-agreement the baseline's) two scrapes. */
export function computeServeMetric(
  config: Pick<ServeMetricConfig, 'metric' | 'quantile'>,
  target: { before: Scrape; after: Scrape },
  baseline?: { before: Scrape; after: Scrape },
): MeasuredValue {
  const deltas = counterDeltas(target.before, target.after);
  switch (config.metric) {
    case 'error-rate':
      return errorRate(deltas);
    case 'latency':
      return latencyQuantile(deltas, config.quantile);
    case 'request-rate':
      return requestRate(deltas, (target.after.at - target.before.at) / 1000);
    case 'class-shares':
      return classShares(deltas);
    case 'prediction-agreement': {
      if (!baseline) throw new Error('prediction-agreement needs the baseline scrapes');
      const mine = classShares(deltas);
      const theirs = classShares(counterDeltas(baseline.before, baseline.after));
      // With no predictions on one side there is nothing to compare: an error, not a perfect or a
      // zero agreement, so that the analysis' error limits decide.
      const empty = Object.keys(mine).length === 0 ? 'the target' : Object.keys(theirs).length === 0 ? 'the baseline' : null;
      if (empty) throw new MeasureError(`prediction-agreement: ${empty} predicted no rows since the last measurement, so there is nothing to compare; send it traffic or lengthen the interval`);
      return agreement(mine, theirs);
    }
  }
}

/** A MetricProvider over serve's /metrics; it keeps the last scrape of each process between measurements. */
export function serveMetricProvider(config: ServeMetricConfig, o: ServeProviderOptions): MetricProvider {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? abortableSleep;
  const resolve = (t: string) => targetUrl(t, o.resolveTarget);
  // Keyed by URL: a revision that moved to another address starts over with two scrapes.
  const last = new Map<string, Scrape>();
  const urls = () => [resolve(config.target), ...(config.metric === 'prediction-agreement' ? [resolve(config.baseline)] : [])].map(metricsUrl);
  const scrapeAll = (list: string[], signal: AbortSignal) => Promise.all(list.map((u) => scrape(u, config.timeoutMs, signal, now)));
  const what = config.metric === 'latency' ? `latency p${Math.round(config.quantile * 1000) / 10}` : config.metric;
  return {
    describe: `serve: ${what} of ${config.target}${config.metric === 'prediction-agreement' ? ` against ${config.baseline}` : ''}`,
    async measure(signal: AbortSignal): Promise<MeasuredValue> {
      const list = urls();
      if (list.some((u) => !last.has(u))) {
        const first = await scrapeAll(list, signal);
        list.forEach((u, i) => last.set(u, first[i] as Scrape));
        await sleep(config.windowMs, signal);
      }
      const after = await scrapeAll(list, signal);
      const pairs = list.map((u, i) => ({ before: last.get(u) as Scrape, after: after[i] as Scrape }));
      list.forEach((u, i) => last.set(u, after[i] as Scrape));
      return computeServeMetric(config, pairs[0] as { before: Scrape; after: Scrape }, pairs[1]);
    },
  };
}
