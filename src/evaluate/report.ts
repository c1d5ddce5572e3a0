// What test-model tells people: the metrics of both models flattened to the names gates use, the
// deltas, the verdict, and the Markdown of the job summary and report (verdict first, then the
// candidate-vs-champion table with the gate of each metric, then details folded).
import type { Task } from './contract.js';
import { describePaired, type GateResult, type PairedOutcome } from './gates.js';
import type { ClassificationMetrics, LatencyMetrics, RegressionMetrics } from './metrics/index.js';

export const CLASSIFICATION_METRICS = [
  'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1',
  'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro',
  'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'log_loss',
] as const;
export const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape'] as const;
export const LATENCY_METRICS = ['latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms', 'rows_per_second'] as const;
export const ALL_METRICS: readonly string[] = [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS, ...LATENCY_METRICS];

export type FlatMetrics = Record<string, number | null>;

/**
 * The flat metrics of one model. `precision`, `recall` and `f1` follow MLflow's default
 * evaluator: the positive (greater) class for a binary task, the weighted average otherwise.
 */
export function flatten(task: Task, c: ClassificationMetrics | null, r: RegressionMetrics | null, l: LatencyMetrics): FlatMetrics {
  const out: FlatMetrics = {};
  if (c) {
    const positive = task === 'binary' ? c.classes[c.classes.length - 1] : undefined;
    const main = (s: ClassificationMetrics['precision']) => (positive !== undefined ? (s.perClass[positive] ?? null) : s.weighted);
    Object.assign(out, {
      accuracy: c.accuracy,
      balanced_accuracy: c.balancedAccuracy,
      precision: main(c.precision),
      recall: main(c.recall),
      f1: main(c.f1),
      precision_macro: c.precision.macro,
      recall_macro: c.recall.macro,
      f1_macro: c.f1.macro,
      precision_micro: c.precision.micro,
      recall_micro: c.recall.micro,
      f1_micro: c.f1.micro,
      precision_weighted: c.precision.weighted,
      recall_weighted: c.recall.weighted,
      f1_weighted: c.f1.weighted,
      roc_auc: c.rocAuc,
      log_loss: c.logLoss,
    });
  }
  if (r) Object.assign(out, { mae: r.mae, mse: r.mse, rmse: r.rmse, r2: r.r2, mape: r.mape });
  Object.assign(out, { latency_p50_ms: l.p50, latency_p95_ms: l.p95, latency_p99_ms: l.p99, rows_per_second: l.rowsPerSecond });
  return out;
}

export function deltas(candidate: FlatMetrics, champion: FlatMetrics | null): FlatMetrics {
  const out: FlatMetrics = {};
  if (!champion) return out;
  for (const [k, v] of Object.entries(candidate)) {
    const base = champion[k];
    out[k] = v === null || base === null || base === undefined ? null : v - base;
  }
  return out;
}

export interface Report {
  passed: boolean;
  task: Task;
  rows: number;
  data: string;
  candidate: { path: string; metrics: FlatMetrics; details: ClassificationMetrics | RegressionMetrics; warnings: string[] };
  champion: { path: string; metrics: FlatMetrics; details: ClassificationMetrics | RegressionMetrics; warnings: string[] } | null;
  deltas: FlatMetrics;
  gates: GateResult[];
  /** With a champion: the paired test of the primary metric (roc_auc or accuracy; rmse), gated or not. */
  comparison: PairedOutcome | null;
  contract: { file: string; differences: string[] } | null;
}

const num = (v: number | null | undefined, digits = 4): string => (v === null || v === undefined || Number.isNaN(v) ? '—' : Math.abs(v) >= 1e5 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(3) : v.toFixed(digits));
const signed = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${v > 0 ? '+' : ''}${num(v)}`);
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

export function verdictLine(r: Report): string {
  const failed = r.gates.filter((g) => !g.passed);
  if (r.contract?.differences.length) return `### ❌ test-model: the candidate breaks the model contract (${r.contract.differences.length} difference${r.contract.differences.length === 1 ? '' : 's'})`;
  if (failed.length) return `### ❌ test-model: the candidate may not ship — ${failed.length} gate${failed.length === 1 ? '' : 's'} failed (${failed.map((g) => g.metric).join(', ')})`;
  const gates = r.gates.length ? `all ${r.gates.length} gate${r.gates.length === 1 ? '' : 's'} passed` : 'no gates set';
  return `### ✅ test-model: the candidate may ship — ${gates}${r.champion ? '' : ' (no champion: first deployment)'}`;
}

export function markdown(r: Report): string {
  const lines = [verdictLine(r), ''];
  lines.push(`${r.task} model on ${r.rows} rows of ${code(r.data)}; candidate ${code(r.candidate.path)}${r.champion ? `, champion ${code(r.champion.path)}` : ', no champion'}.`, '');
  if (r.contract?.differences.length) {
    lines.push(`**Contract ${code(r.contract.file)}**: declared vs found`, '', ...r.contract.differences.map((d) => `- ${d}`), '');
  }
  const gated = new Map(r.gates.map((g) => [g.metric, g]));
  const names = Object.keys(r.candidate.metrics).filter((k) => r.candidate.metrics[k] !== null || (r.champion?.metrics[k] ?? null) !== null || gated.has(k));
  lines.push(r.champion ? '| Metric | Candidate | Champion | Δ | Gate |' : '| Metric | Candidate | Gate |', r.champion ? '|---|---:|---:|---:|---|' : '|---|---:|---|');
  for (const k of names) {
    const g = gated.get(k);
    const gate = g ? g.checks.map((c) => `${c.passed ? '✅' : '❌'} ${c.requirement}${c.skipped ? ` (skipped: ${c.skipped})` : ''}`).join('<br>') : '';
    const cells = r.champion ? [k, num(r.candidate.metrics[k]), num(r.champion.metrics[k]), signed(r.deltas[k]), gate] : [k, num(r.candidate.metrics[k]), gate];
    lines.push(`| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  lines.push('');
  if (r.comparison) lines.push(comparisonLine(r.comparison), '');
  if (r.gates.some((g) => g.isDefault)) {
    lines.push(`No gate compared with the champion, so test-model applied its default: ${code(r.gates.find((g) => g.isDefault)?.metric ?? '')} must not be significantly worse (set \`gates\`, or \`default-gate: none\`).`, '');
  }
  const warnings = [...r.candidate.warnings.map((w) => `candidate: ${w}`), ...(r.champion?.warnings.map((w) => `champion: ${w}`) ?? [])];
  if (warnings.length) lines.push('<details><summary>Warnings</summary>', '', ...warnings.map((w) => `- ${w}`), '', '</details>', '');
  for (const [who, m] of [['candidate', r.candidate], ['champion', r.champion]] as const) {
    if (!m || !('confusionMatrix' in m.details)) continue;
    const cm = m.details.confusionMatrix;
    lines.push(`<details><summary>Confusion matrix (${who}; rows true, columns predicted)</summary>`, '', `| | ${cm.labels.map(code).join(' | ')} |`, `|---|${cm.labels.map(() => '---:').join('|')}|`);
    cm.matrix.forEach((row, i) => lines.push(`| ${code(cm.labels[i] as string)} | ${row.join(' | ')} |`));
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}

function comparisonLine(c: PairedOutcome): string {
  if ('unavailable' in c) return `**Paired test**: none (${c.unavailable}).`;
  const verdict = c.significantlyWorse ? 'significantly worse' : c.significantlyBetter ? 'significantly better' : 'no significant difference';
  return `**Paired test on ${code(c.metric)}** (the same ${c.method === 'mcnemar-exact' ? 'rows' : 'rows, resampled'}): ${verdict} at level ${c.level}; ${describePaired(c)}.`;
}
