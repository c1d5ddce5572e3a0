// One analysis run with Argo Rollouts' rules (analysis/analysis.go, utils/evaluate/evaluate.go):
//
// - A measurement is judged by the conditions: neither given → Successful; only success given →
//   Failed when it is false; only failure given → Successful when it is false; both → Failed when
//   the failure condition holds, else Successful when the success condition holds, else
//   Inconclusive. A measure that throws, or a condition that cannot be evaluated, is an Error.
// - Successful, Failed and Inconclusive measurements count toward `count` and reset the errors in a
//   row; an Error does not count and adds one to them.
// - After each measurement, in this order, a later rule winning: failed > failure-limit (unless -1)
//   → Failed; inconclusive > inconclusive-limit → Inconclusive; errors in a row >
//   consecutive-error-limit → Error. Otherwise `count` reached → Successful.
// - The next measurement starts `interval` after the last one finished; after an Error it is
//   retried sooner. Argo waits 10 s after an Error whatever the interval; here the shorter of the
//   two, so a 1 s metric does not slow down by ten times while its server restarts. A measure that
//   throws a ConfigurationError (a mistake in the metric, the same on every try) is not retried.
// - The first metric to end Failed, Error or Inconclusive ends the whole run at once: the others'
//   waits and measurements in flight are cancelled (Argo's IsTerminating). A metric stopped before
//   its count, by that or by the caller's signal, is Successful (Argo's terminating rule): that is
//   how a background analysis that never broke ends.
// - The run's phase is its worst metric's, in Argo's order Successful < Inconclusive < Error < Failed.
import { ConfigurationError, errorMessage } from '../../common/errors.js';
import type { MeasuredValue, MetricProvider } from '../types.js';
import { show } from './condition.js';
import type { MetricSpec } from './metric-spec.js';

export type AnalysisPhase = 'Successful' | 'Failed' | 'Inconclusive' | 'Error';

export interface Measurement {
  startedAt: number;
  finishedAt: number;
  phase: AnalysisPhase;
  /** What the provider measured; null for an Error. */
  value: MeasuredValue | null;
  /** Why there is no judged value (an Error); null otherwise. */
  error: string | null;
}

export interface MetricResult {
  name: string;
  phase: AnalysisPhase;
  measurements: Measurement[];
  successful: number;
  failed: number;
  inconclusive: number;
  errors: number;
  consecutiveErrors: number;
  /** The judged measurements, the ones `count` counts. */
  count: number;
  /** For a metric that broke: why, with the measurement that broke it. */
  message: string;
}

export interface AnalysisResult {
  phase: AnalysisPhase;
  metrics: MetricResult[];
  /** Which metric broke and with what, or a line of results when all passed. */
  message: string;
  /** When the measurement that broke the run finished; null when none broke. */
  breachAt: number | null;
}

export interface RunOptions<P> {
  now(): number;
  /** Rejects when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** Stops the run; metrics not yet broken end Successful. */
  signal: AbortSignal;
  onMeasurement?(metric: MetricSpec<P>, m: Measurement): void;
}

const ERROR_RETRY_MS = 10_000;
const ORDER: AnalysisPhase[] = ['Successful', 'Inconclusive', 'Error', 'Failed'];

export async function runAnalysis<P>(metrics: MetricSpec<P>[], providerFor: (m: MetricSpec<P>) => MetricProvider, o: RunOptions<P>): Promise<AnalysisResult> {
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  if (o.signal.aborted) stop.abort();
  else o.signal.addEventListener('abort', onAbort, { once: true });
  const first = { breachAt: null as number | null };

  const runMetric = async (m: MetricSpec<P>): Promise<MetricResult> => {
    const r: MetricResult = { name: m.name, phase: 'Successful', measurements: [], successful: 0, failed: 0, inconclusive: 0, errors: 0, consecutiveErrors: 0, count: 0, message: '' };
    const provider = providerFor(m);
    let wait = m.initialDelayMs;
    for (;;) {
      if (wait > 0 && !(await slept(o, wait, stop.signal))) return r;
      if (stop.signal.aborted) return r;
      const startedAt = o.now();
      let value: MeasuredValue | null = null;
      let phase: AnalysisPhase;
      let error: string | null = null;
      let fatal = false;
      try {
        value = await untilAborted(provider.measure(stop.signal), stop.signal);
        phase = judge(m, value);
      } catch (e) {
        if (stop.signal.aborted) return r;
        phase = 'Error';
        error = errorMessage(e);
        // A mistake in the metric's config fails the same way every time: no retries.
        fatal = e instanceof ConfigurationError;
      }
      if (stop.signal.aborted) return r;
      const x: Measurement = { startedAt, finishedAt: o.now(), phase, value: phase === 'Error' ? null : value, error };
      r.measurements.push(x);
      record(r, x);
      o.onMeasurement?.(m, x);
      const verdict = fatal ? 'Error' : assess(m, r);
      if (verdict === 'Successful') return r;
      if (verdict) {
        r.phase = verdict;
        r.message = fatal ? `${m.name} errored: ${error}` : explain(m, r, x, verdict);
        first.breachAt ??= x.finishedAt;
        stop.abort();
        return r;
      }
      wait = phase === 'Error' ? Math.min(m.intervalMs ?? ERROR_RETRY_MS, ERROR_RETRY_MS) : (m.intervalMs ?? 0);
    }
  };

  try {
    const results = await Promise.all(metrics.map(runMetric));
    const phase = results.reduce<AnalysisPhase>((worst, r) => (ORDER.indexOf(r.phase) > ORDER.indexOf(worst) ? r.phase : worst), 'Successful');
    const broken = results.filter((r) => r.phase !== 'Successful');
    const message = broken.length ? broken.map((r) => r.message).join('; ') : results.map(passed).join('; ');
    return { phase, metrics: results, message, breachAt: first.breachAt };
  } finally {
    o.signal.removeEventListener('abort', onAbort);
  }
}

/** One measurement against the metric's conditions (evaluate.go EvaluateResult). */
export function judge<P>(m: MetricSpec<P>, value: MeasuredValue): AnalysisPhase {
  const success = m.successCondition?.test(value);
  const failure = m.failureCondition?.test(value);
  if (success === undefined && failure === undefined) return 'Successful';
  // A missing condition is the other one's opposite.
  if (failure ?? !success) return 'Failed';
  if (success ?? !failure) return 'Successful';
  return 'Inconclusive';
}

function record(r: MetricResult, x: Measurement): void {
  if (x.phase === 'Error') {
    r.errors++;
    r.consecutiveErrors++;
    return;
  }
  r.count++;
  r.consecutiveErrors = 0;
  if (x.phase === 'Successful') r.successful++;
  else if (x.phase === 'Failed') r.failed++;
  else r.inconclusive++;
}

/** The metric's phase after its latest measurement; null while it goes on. */
function assess<P>(m: MetricSpec<P>, r: MetricResult): AnalysisPhase | null {
  let phase: AnalysisPhase | null = null;
  if (m.failureLimit >= 0 && r.failed > m.failureLimit) phase = 'Failed';
  if (r.inconclusive > m.inconclusiveLimit) phase = 'Inconclusive';
  if (r.consecutiveErrors > m.consecutiveErrorLimit) phase = 'Error';
  if (phase) return phase;
  return m.count !== null && r.count >= m.count ? 'Successful' : null;
}

function explain<P>(m: MetricSpec<P>, r: MetricResult, x: Measurement, phase: AnalysisPhase): string {
  const conditions = [m.successCondition && `success-condition "${m.successCondition.source}"`, m.failureCondition && `failure-condition "${m.failureCondition.source}"`].filter(Boolean).join(' and ');
  const value = x.value === null ? '' : show(x.value);
  if (phase === 'Error') return `${m.name} errored: ${r.consecutiveErrors} measurements in a row could not be taken (consecutive-error-limit ${m.consecutiveErrorLimit}); the last: ${x.error ?? 'unknown error'}`;
  if (phase === 'Inconclusive') return `${m.name} inconclusive: ${value} met neither ${conditions} (${r.inconclusive} inconclusive, inconclusive-limit ${m.inconclusiveLimit})`;
  return `${m.name} failed: ${value} against ${conditions} (${r.failed} failed of ${r.count} measured, failure-limit ${m.failureLimit})`;
}

function passed(r: MetricResult): string {
  const last = [...r.measurements].reverse().find((x) => x.value !== null);
  if (!r.measurements.length) return `${r.name}: stopped before its first measurement`;
  return `${r.name}: ${r.successful} of ${r.count} successful${r.failed ? `, ${r.failed} failed` : ''}${r.inconclusive ? `, ${r.inconclusive} inconclusive` : ''}${r.errors ? `, ${r.errors} errors` : ''}${last?.value != null ? ` (last ${show(last.value)})` : ''}`;
}

/** false when the wait was cut short by `signal`. */
async function slept<P>(o: RunOptions<P>, ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    await o.sleep(ms, signal);
    return !signal.aborted;
  } catch (e) {
    if (signal.aborted) return false;
    throw e;
  }
}

/** `p`, or a rejection the moment `signal` aborts: a provider that does not honour the signal must not hold up a rollback. */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason as Error);
    signal.addEventListener('abort', stop, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
