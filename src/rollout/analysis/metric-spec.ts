// The metrics of an analysis as a user writes them in YAML (Argo Rollouts' Metric with kebab-case
// keys), checked whole at config time with Argo's validation rules (utils/analysis/factory.go
// ValidateMetric) so that nothing wrong in them is found half-way through a rollout.
import { ConfigurationError } from '../../common/errors.js';
import { compileCondition, type Condition } from './condition.js';
import { parseDuration } from './duration.js';

export interface MetricSpec<P> {
  name: string;
  /** Wait between the end of one measurement and the start of the next; null: measure once. */
  intervalMs: number | null;
  /**
   * Measurements to judge before the metric is Successful (Argo's EffectiveCount): `count`, or 1
   * when neither count nor interval is given; null when only interval is: measure until stopped.
   */
  count: number | null;
  /** Wait from the start of the run to this metric's first measurement. */
  initialDelayMs: number;
  successCondition: Condition | null;
  failureCondition: Condition | null;
  /** Failed measurements allowed; one more fails the metric. -1: failures never fail it. */
  failureLimit: number;
  /** Inconclusive measurements allowed; one more makes the metric Inconclusive. */
  inconclusiveLimit: number;
  /** Errors in a row allowed; one more makes the metric Error. A judged measurement resets it. */
  consecutiveErrorLimit: number;
  provider: P;
}

/** Argo's defaults (pkg/apis/rollouts/v1alpha1/analysis_types.go, utils/defaults). */
export const DEFAULT_FAILURE_LIMIT = 0;
export const DEFAULT_INCONCLUSIVE_LIMIT = 0;
export const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;

export const METRIC_KEYS = [
  'name',
  'provider',
  'interval',
  'count',
  'initial-delay',
  'success-condition',
  'failure-condition',
  'failure-limit',
  'inconclusive-limit',
  'consecutive-error-limit',
] as const;

const NAME = /^[a-z0-9-]+$/;

/**
 * Reads a YAML-parsed list of metrics.
 * @param where what holds the list, the start of every error, e.g. "input `analysis`"
 * @param parseProvider reads a metric's `provider` value; `where` names that key
 */
export function parseMetrics<P>(raw: unknown, where: string, parseProvider: (raw: unknown, where: string) => P): MetricSpec<P>[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new ConfigurationError(where, JSON.stringify(raw) ?? String(raw), 'is not a list of metrics. Give at least one, e.g. [{name: error-rate, interval: 30s, count: 5, success-condition: "result < 0.01", provider: {...}}].');
  }
  const seen = new Set<string>();
  return raw.map((item: unknown, i) => {
    const m = parseMetric(item, `${where} metrics[${i}]`, parseProvider);
    if (seen.has(m.name)) throw new ConfigurationError(`${where} metrics[${i}] \`name\``, m.name, 'is used by an earlier metric. Give each metric its own name.');
    seen.add(m.name);
    return m;
  });
}

function parseMetric<P>(raw: unknown, at: string, parseProvider: (raw: unknown, where: string) => P): MetricSpec<P> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigurationError(at, JSON.stringify(raw) ?? String(raw), `is not a metric. Write a map with the keys ${METRIC_KEYS.join(', ')}.`);
  }
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!(METRIC_KEYS as readonly string[]).includes(k)) {
      const hint = suggest(k);
      throw new ConfigurationError(`${at} key`, k, `is not a metric key${hint ? ` (did you mean ${hint}?)` : ''}. Known keys: ${METRIC_KEYS.join(', ')}.`);
    }
  }

  const name = o.name;
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new ConfigurationError(`${at} \`name\``, name === undefined ? '' : String(name), name === undefined ? 'is missing. Name every metric (a-z, 0-9 and -), e.g. error-rate.' : 'is not a metric name. Use a-z, 0-9 and -, e.g. error-rate.');
  }
  const key = (k: string) => `${at.replace(/metrics\[\d+\]$/, '')}metric "${name}" \`${k}\``;

  const intervalMs = o.interval === undefined ? null : parseDuration(o.interval, key('interval'));
  const givenCount = o.count === undefined ? null : integer(o.count, key('count'), 1, 'a whole number of measurements, 1 or more');
  const count = givenCount ?? (intervalMs === null ? 1 : null);
  const initialDelayMs = o['initial-delay'] === undefined ? 0 : parseDuration(o['initial-delay'], key('initial-delay'));
  const successCondition = condition(o['success-condition'], key('success-condition'));
  const failureCondition = condition(o['failure-condition'], key('failure-condition'));
  const failureLimit = o['failure-limit'] === undefined ? DEFAULT_FAILURE_LIMIT : integer(o['failure-limit'], key('failure-limit'), -1, 'a whole number of failed measurements allowed, 0 or more, or -1 for no limit');
  const inconclusiveLimit = o['inconclusive-limit'] === undefined ? DEFAULT_INCONCLUSIVE_LIMIT : integer(o['inconclusive-limit'], key('inconclusive-limit'), 0, 'a whole number of inconclusive measurements allowed, 0 or more');
  const consecutiveErrorLimit = o['consecutive-error-limit'] === undefined ? DEFAULT_CONSECUTIVE_ERROR_LIMIT : integer(o['consecutive-error-limit'], key('consecutive-error-limit'), 0, 'a whole number of errors in a row allowed, 0 or more');

  if (givenCount !== null && givenCount > 1 && intervalMs === null) {
    throw new ConfigurationError(key('count'), String(givenCount), 'needs an `interval` to wait between the measurements. Add one, e.g. interval: 30s.');
  }
  // Argo: count >= failureLimit and count >= inconclusiveLimit, else the limit can never be passed.
  if (givenCount !== null && failureLimit > givenCount) {
    throw new ConfigurationError(key('failure-limit'), String(failureLimit), `is more than \`count\` (${givenCount}), so the metric could never fail. Lower it, or raise count.`);
  }
  if (givenCount !== null && inconclusiveLimit > givenCount) {
    throw new ConfigurationError(key('inconclusive-limit'), String(inconclusiveLimit), `is more than \`count\` (${givenCount}), so the metric could never be inconclusive. Lower it, or raise count.`);
  }
  if (o.provider === undefined) {
    throw new ConfigurationError(key('provider'), '', 'is missing. Say where the metric reads its value, e.g. provider: {prometheus: {query: ...}}.');
  }
  const provider = parseProvider(o.provider, key('provider'));

  return { name, intervalMs, count, initialDelayMs, successCondition, failureCondition, failureLimit, inconclusiveLimit, consecutiveErrorLimit, provider };
}

function condition(raw: unknown, subject: string): Condition | null {
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw !== 'string') {
    throw new ConfigurationError(subject, JSON.stringify(raw) ?? String(raw), 'is not a condition. Write it as a string over `result`, e.g. "result < 0.01" (quote it in YAML).');
  }
  return compileCondition(raw, subject);
}

/** YAML gives numbers; action inputs give strings of digits. */
function integer(raw: unknown, subject: string, min: number, want: string): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min) throw new ConfigurationError(subject, JSON.stringify(raw) ?? String(raw), `is not ${want}.`);
  return n;
}

/** The known key a mistyped one was probably meant to be: camelCase Argo names, or one letter off. */
function suggest(k: string): string | null {
  const kebab = k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/_/g, '-');
  const alias: Record<string, string> = { 'start-delay': 'initial-delay', delay: 'initial-delay', limit: 'failure-limit' };
  if ((METRIC_KEYS as readonly string[]).includes(kebab)) return kebab;
  if (Object.hasOwn(alias, kebab)) return alias[kebab] as string;
  return METRIC_KEYS.find((known) => distance(known, kebab) <= 2) ?? null;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] as number;
}
