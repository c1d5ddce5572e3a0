// The gates that decide whether a candidate may ship, with MLflow's validation-threshold semantics
// (mlflow.models.MetricThreshold and validate_evaluation_results): per metric, an absolute
// `threshold`, and comparisons with the champion (the baseline): `min_absolute_change` and
// `min_relative_change` (of the magnitude of the champion's value; a champion value of 0 falls back
// to "better by 1e-10"). `greater_is_better` says which way each one points.
//
// One departure, on purpose: MLflow fails a comparison when there is no baseline. A first
// deployment has no champion, so by default (`champion-missing: pass`) the comparisons are skipped
// and reported as such while thresholds still apply; `champion-missing: fail` is MLflow's rule.
//
// Beyond MLflow: `significance_level` fails only a candidate that is worse than the champion by
// more than this holdout's noise (paired.ts: McNemar's exact test for accuracy, a paired bootstrap
// interval otherwise). With a champion and no gate that compares with it, test-model applies one
// such gate on the task's primary metric (defaultGate) unless told `default-gate: none`.
import { ConfigurationError } from '../common/errors.js';
import { PAIRED_METRICS, type PairedTest } from './paired.js';

export interface Gate {
  metric: string;
  threshold?: number;
  minAbsoluteChange?: number;
  minRelativeChange?: number;
  /** Fail when the candidate is significantly worse than the champion at this level (e.g. 0.05). */
  significanceLevel?: number;
  greaterIsBetter: boolean;
  /** Set on the gate test-model adds when none compares with the champion. */
  isDefault?: true;
}

export type CheckKind = 'threshold' | 'min_absolute_change' | 'min_relative_change' | 'significance_level';

/** What a paired test said, or why there is none (passed to checkGate for `significance_level`). */
export type PairedOutcome = PairedTest | { unavailable: string };

export const DEFAULT_SIGNIFICANCE_LEVEL = 0.05;

/**
 * The gate a champion comparison gets when no gate compares with the champion: "not
 * significantly worse" on the primary metric (roc_auc when both give probabilities, else
 * accuracy; rmse for regression).
 */
export function defaultGate(task: 'binary' | 'multiclass' | 'regression', bothHaveRocAuc: boolean): Gate {
  const metric = task === 'regression' ? 'rmse' : bothHaveRocAuc ? 'roc_auc' : 'accuracy';
  return { metric, significanceLevel: DEFAULT_SIGNIFICANCE_LEVEL, greaterIsBetter: metric !== 'rmse', isDefault: true };
}

/** True when some gate compares the candidate with the champion. */
export function comparesWithChampion(gates: Gate[]): boolean {
  return gates.some((g) => g.minAbsoluteChange !== undefined || g.minRelativeChange !== undefined || g.significanceLevel !== undefined);
}

export interface CheckResult {
  kind: CheckKind;
  /** What the candidate had to reach, e.g. ">= 0.85" or ">= champion + 0.01 (0.9312)". */
  requirement: string;
  passed: boolean;
  /** Set when the check could not run (no champion value, or no candidate value). */
  skipped?: string;
}

export interface GateResult {
  metric: string;
  candidate: number | null;
  champion: number | null;
  checks: CheckResult[];
  passed: boolean;
  /** The default non-regression gate (no gate compared with the champion). */
  isDefault?: true;
}

/** Metrics where a lower value is better; every other built-in metric is better higher. */
const LOWER_IS_BETTER = new Set(['log_loss', 'mae', 'mse', 'rmse', 'mape', 'latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms']);

/** MLflow's default-evaluator names, accepted so a validation config ports unchanged. */
export const METRIC_ALIASES: Record<string, string> = {
  accuracy_score: 'accuracy',
  precision_score: 'precision',
  recall_score: 'recall',
  f1_score: 'f1',
  mean_absolute_error: 'mae',
  mean_squared_error: 'mse',
  root_mean_squared_error: 'rmse',
  r2_score: 'r2',
  mean_absolute_percentage_error: 'mape',
};

export function canonicalMetric(name: string): string {
  return METRIC_ALIASES[name] ?? name;
}

export function defaultGreaterIsBetter(metric: string): boolean | null {
  return LOWER_IS_BETTER.has(metric) ? false : null;
}

/**
 * A gate from its YAML/JSON form ({threshold, min_absolute_change, min_relative_change,
 * greater_is_better}), validated the way MLflow validates a MetricThreshold. `where` names the
 * file or input for messages; `known` lists the metric names test-model computes.
 */
export function parseGate(metric: string, raw: unknown, where: string, known: readonly string[]): Gate {
  const name = canonicalMetric(metric);
  const subject = `${where}: gate \`${metric}\``;
  if (!known.includes(name)) throw new ConfigurationError(subject, metric, `is not a metric test-model computes. Use one of: ${known.join(', ')}.`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigurationError(subject, JSON.stringify(raw), 'must be a mapping such as {threshold: 0.85} or {min_relative_change: 0.0, greater_is_better: true}.');
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['threshold', 'min_absolute_change', 'min_relative_change', 'significance_level', 'greater_is_better'].includes(key)) {
      throw new ConfigurationError(subject, key, 'is not a gate setting. Use threshold, min_absolute_change, min_relative_change, significance_level and greater_is_better.');
    }
  }
  const num = (key: string): number | undefined => {
    const v = r[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new ConfigurationError(`${subject}.${key}`, String(v), 'must be a finite number.');
    return v;
  };
  const threshold = num('threshold');
  const minAbsoluteChange = num('min_absolute_change');
  const minRelativeChange = num('min_relative_change');
  if (minAbsoluteChange !== undefined && minAbsoluteChange <= 0) {
    throw new ConfigurationError(`${subject}.min_absolute_change`, String(minAbsoluteChange), 'must be a positive number (MLflow rejects 0 too); for "no worse than the champion" use min_relative_change: 0.');
  }
  if (minRelativeChange !== undefined && (minRelativeChange < 0 || minRelativeChange > 1)) {
    throw new ConfigurationError(`${subject}.min_relative_change`, String(minRelativeChange), 'must be between 0 and 1 (a fraction of the champion value: 0.02 is 2%).');
  }
  const significanceLevel = num('significance_level');
  if (significanceLevel !== undefined) {
    if (!(significanceLevel > 0 && significanceLevel < 0.5)) {
      throw new ConfigurationError(`${subject}.significance_level`, String(significanceLevel), 'must be above 0 and below 0.5: the chance of calling noise a regression, e.g. 0.05.');
    }
    if (!(PAIRED_METRICS as readonly string[]).includes(name)) {
      throw new ConfigurationError(`${subject}.significance_level`, metric, `has no paired test. significance_level works on ${PAIRED_METRICS.join(', ')}; use min_relative_change for ${metric}.`);
    }
  }
  if (threshold === undefined && minAbsoluteChange === undefined && minRelativeChange === undefined && significanceLevel === undefined) {
    throw new ConfigurationError(subject, JSON.stringify(raw), 'sets no check. Give threshold, min_absolute_change, min_relative_change or significance_level.');
  }
  let greaterIsBetter = r.greater_is_better;
  if (greaterIsBetter === undefined || greaterIsBetter === null) greaterIsBetter = defaultGreaterIsBetter(name) ?? true;
  if (typeof greaterIsBetter !== 'boolean') throw new ConfigurationError(`${subject}.greater_is_better`, String(greaterIsBetter), 'must be true or false.');
  return {
    metric: name,
    greaterIsBetter,
    ...(threshold !== undefined ? { threshold } : {}),
    ...(minAbsoluteChange !== undefined ? { minAbsoluteChange } : {}),
    ...(minRelativeChange !== undefined ? { minRelativeChange } : {}),
    ...(significanceLevel !== undefined ? { significanceLevel } : {}),
  };
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6))));

/**
 * Applies one gate. `champion` is null when there is no champion or it lacks the metric; `paired`
 * is the paired test of this metric (needed by `significance_level`).
 */
export function checkGate(g: Gate, candidate: number | null, champion: number | null, championMissing: 'pass' | 'fail', paired: PairedOutcome | null = null): GateResult {
  const ge = g.greaterIsBetter;
  const cmp = (a: number, b: number) => (ge ? a >= b : a <= b);
  const op = ge ? '>=' : '<=';
  const checks: CheckResult[] = [];
  const noCandidate = candidate === null || Number.isNaN(candidate);
  if (g.threshold !== undefined) {
    checks.push(
      noCandidate
        ? { kind: 'threshold', requirement: `${op} ${fmt(g.threshold)}`, passed: false, skipped: 'the candidate has no value for this metric' }
        : { kind: 'threshold', requirement: `${op} ${fmt(g.threshold)}`, passed: cmp(candidate, g.threshold) },
    );
  }
  const comparisons: [CheckKind, number | undefined][] = [
    ['min_absolute_change', g.minAbsoluteChange],
    ['min_relative_change', g.minRelativeChange],
  ];
  for (const [kind, amount] of comparisons) {
    if (amount === undefined) continue;
    const sign = ge ? '+' : '-';
    const wording = kind === 'min_absolute_change' ? `${op} champion ${sign} ${fmt(amount)}` : amount === 0 ? `${op} champion` : `${op} champion ${sign} ${fmt(amount * 100)}% of its magnitude`;
    // No candidate value fails first, as in MLflow: a missing champion must not pass a gate nothing was measured for.
    if (noCandidate) {
      checks.push({ kind, requirement: wording, passed: false, skipped: 'the candidate has no value for this metric' });
      continue;
    }
    if (champion === null || Number.isNaN(champion)) {
      checks.push({ kind, requirement: wording, passed: championMissing === 'pass', skipped: 'no champion value (first deployment, or the champion lacks this metric)' });
      continue;
    }
    let passed: boolean;
    let bound: number;
    if (kind === 'min_absolute_change') {
      bound = ge ? champion + amount : champion - amount;
      passed = cmp(candidate, bound);
    } else if (champion === 0) {
      // MLflow: no relative change from 0; require strictly better by 1e-10.
      bound = ge ? champion + 1e-10 : champion - 1e-10;
      passed = cmp(candidate, bound);
    } else {
      const change = ge ? (candidate - champion) / Math.abs(champion) : (champion - candidate) / Math.abs(champion);
      bound = ge ? champion + amount * Math.abs(champion) : champion - amount * Math.abs(champion);
      passed = !(change < amount);
    }
    checks.push({ kind, requirement: `${wording} (${fmt(bound)})`, passed });
  }
  if (g.significanceLevel !== undefined) checks.push(significanceCheck(g.significanceLevel, noCandidate, champion, championMissing, paired));
  return { metric: g.metric, candidate, champion, checks, passed: checks.every((c) => c.passed), ...(g.isDefault ? { isDefault: true as const } : {}) };
}

function significanceCheck(level: number, noCandidate: boolean, champion: number | null, championMissing: 'pass' | 'fail', paired: PairedOutcome | null): CheckResult {
  const requirement = `not significantly worse than champion (level ${fmt(level)})`;
  const kind = 'significance_level';
  if (noCandidate) return { kind, requirement, passed: false, skipped: 'the candidate has no value for this metric' };
  if (champion === null || Number.isNaN(champion)) return { kind, requirement, passed: championMissing === 'pass', skipped: 'no champion value (first deployment, or the champion lacks this metric)' };
  // No test, no verdict: a comparison that cannot be made must not pass silently.
  if (!paired || 'unavailable' in paired) return { kind, requirement, passed: false, skipped: `no paired test: ${paired ? paired.unavailable : 'the rows were not kept'}` };
  return { kind, requirement: `${requirement}: ${describePaired(paired)}`, passed: !paired.significantlyWorse };
}

/** "McNemar exact p = 0.0021 (31 rows only the candidate got right, 58 only the champion)". */
export function describePaired(t: PairedTest): string {
  if (t.method === 'mcnemar-exact') {
    return `McNemar exact p = ${fmt(t.pValue as number)} (${t.b} rows only the candidate got right, ${t.c} only the champion)`;
  }
  const i = t.interval as NonNullable<PairedTest['interval']>;
  return `Δ ${fmt(t.delta)}, ${fmt(i.confidence * 100)}% paired bootstrap interval [${fmt(i.low)}, ${fmt(i.high)}] (${i.resamples} resamples)`;
}
