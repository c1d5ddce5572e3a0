// The check-drift summary: the verdict first, then one row per column (type, test, score,
// threshold, drift) with a small picture of both distributions, then skipped columns, then a chart
// of each drifted column.
import type { ColumnData, Dataset, Kind } from './columns.js';
import { distribution, mermaidChart, type Distribution } from './plots.js';
import type { ColumnResult, DriftResult } from './drift.js';

const BARS = '▁▂▃▄▅▆▇█';
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** Eight shares as bar characters, scaled to the largest of both sides so they compare. */
function bars(shares: number[], max: number): string {
  return shares.map((s) => (s === 0 ? ' ' : (BARS[Math.min(7, Math.floor((s / max) * 7.999))] as string))).join('');
}

/** Reference and current as bar strings of 8 bins (see distribution()). */
export function sparklines(kind: Kind, ref: ColumnData, cur: ColumnData): [string, string] {
  const d = distribution(kind, ref, cur, 8);
  const max = Math.max(...d.ref, ...d.cur, 1e-12);
  return [bars(d.ref, max), bars(d.cur, max)];
}

const num = (v: number | null) => (v === null ? '—' : v === 0 ? '0' : Math.abs(v) < 1e-4 ? v.toExponential(2) : v.toFixed(4));

export function verdict(r: DriftResult): string {
  const share = `${r.drifted} of ${r.tested} column${r.tested === 1 ? '' : 's'} drifted (${(r.share * 100).toFixed(1)}%, threshold ${(r.driftShare * 100).toFixed(0)}%)`;
  return r.datasetDrift ? `### ❌ check-drift: the data has drifted — ${share}` : `### ✅ check-drift: no dataset drift — ${share}`;
}

function table(columns: ColumnResult[], ref: Dataset, cur: Dataset, heading: string): string[] {
  const lines = [`| ${heading} | Type | Test | Score | Threshold | Drift | Reference → current |`, '|---|---|---|---:|---:|---|---|'];
  for (const c of columns.filter((x) => !x.skipped).sort((x, y) => Number(y.drifted) - Number(x.drifted))) {
    const [a, b] = sparklines(c.kind, ref.columns.get(c.column) as ColumnData, cur.columns.get(c.column) as ColumnData);
    const test = `${c.method}${c.scoreKind === 'p_value' ? ' (p-value)' : ''}`;
    const scoreText = `${num(c.score)}${c.bound ? ` ± ${num(c.bound)}` : ''}`;
    const verdictText = `${c.drifted ? '❌ drifted' : '✅'}${c.uncertain ? ' (within the bound of the threshold)' : ''}`;
    lines.push(`| ${code(c.column)} | ${c.kind === 'num' ? 'numerical' : 'categorical'} | ${test} | ${scoreText} | ${num(c.threshold)} | ${verdictText} | \`${a}\` → \`${b}\` |`);
  }
  const skipped = columns.filter((c) => c.skipped);
  if (skipped.length) lines.push('', `**Not tested** (${skipped.length}):`, '', ...skipped.map((c) => `- ${code(c.column)}: ${c.skipped}`));
  return lines;
}

export interface Extras {
  target: ColumnResult | null;
  prediction: DriftResult | null;
  predictionDrifted: boolean;
  /** The models' outputs on the current rows, champion first, for the prediction table's charts. */
  predictions?: { champion: Dataset; candidate: Dataset };
  categoryText: (code: number) => string;
}

/** The summary shows this many charts; the report folder has one SVG per drifted column. */
const MAX_CHARTS = 12;

export interface Chart {
  /** What the chart shows: a column, the target, or a model output. */
  title: string;
  column: string;
  distribution: Distribution;
}

/** One chart per drifted column, target and model output, in the order of the summary. */
export function driftedCharts(r: DriftResult, ref: Dataset, cur: Dataset, extras: Extras): Chart[] {
  const charts: Chart[] = [];
  const add = (c: ColumnResult, a: Dataset, b: Dataset, title: string) => {
    if (c.drifted) charts.push({ title, column: c.column, distribution: distribution(c.kind, a.columns.get(c.column) as ColumnData, b.columns.get(c.column) as ColumnData, 20, extras.categoryText) });
  };
  for (const c of r.columns) add(c, ref, cur, c.column);
  if (extras.target) add(extras.target, ref, cur, `${extras.target.column} (target)`);
  if (extras.prediction && extras.predictions) for (const c of extras.prediction.columns) add(c, extras.predictions.champion, extras.predictions.candidate, `${c.column} (champion → candidate)`);
  return charts;
}

export function driftMarkdown(r: DriftResult, ref: Dataset, cur: Dataset, extras: Extras): string {
  const lines = [verdict(r), '', `Reference ${code(ref.path)} (${ref.rows} rows) vs current ${code(cur.path)} (${cur.rows} rows).`, ''];
  lines.push(...table(r.columns, ref, cur, 'Column'), '');
  if (extras.target) lines.push(`**Target drift**: ${code(extras.target.column)}`, '', ...table([extras.target], ref, cur, 'Target'), '');
  if (extras.prediction && extras.predictions) {
    lines.push(
      `**Prediction drift** (champion → candidate on the current rows): ${extras.predictionDrifted ? "❌ the candidate's predictions drifted" : '✅ no drift in the predicted labels or values'}`,
      '',
      ...table(extras.prediction.columns, extras.predictions.champion, extras.predictions.candidate, 'Output'),
      '',
    );
  }
  const charts = driftedCharts(r, ref, cur, extras);
  if (charts.length) {
    lines.push(`**Distributions of what drifted** (bars: reference, line: current; % of each side's values${charts.length > MAX_CHARTS ? `; the first ${MAX_CHARTS} of ${charts.length}, all of them as SVG files in the report folder` : ''}):`, '');
    for (const c of charts.slice(0, MAX_CHARTS)) lines.push(mermaidChart(c.title, c.distribution), '');
  }
  return lines.join('\n');
}
