// The check-drift summary: the verdict first, then one row per column (type, test, score,
// threshold, drift) with a small picture of both distributions, then skipped columns.
import type { ColumnData, Dataset, Kind } from './columns.js';
import type { ColumnResult, DriftResult } from './drift.js';

const BARS = '▁▂▃▄▅▆▇█';
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** Eight shares as bar characters, scaled to the largest of both sides so they compare. */
function bars(shares: number[], max: number): string {
  return shares.map((s) => (s === 0 ? ' ' : (BARS[Math.min(7, Math.floor((s / max) * 7.999))] as string))).join('');
}

/**
 * Reference and current as bar strings: numbers in 8 equal bins over both sides' range; categories
 * as the shares of the 8 most common reference categories.
 */
export function sparklines(kind: Kind, ref: ColumnData, cur: ColumnData): [string, string] {
  let a: number[];
  let b: number[];
  if (kind === 'num' && ref.sketch && cur.sketch) {
    // Summarised columns: their fine histograms (same range on both sides) folded into 8 bins.
    const fold = (fine: Float64Array, count: number) => {
      const out = new Array<number>(8).fill(0);
      const per = fine.length / 8;
      fine.forEach((c, i) => (out[Math.floor(i / per)]! += c / count));
      return out;
    };
    a = fold(ref.sketch.fine, ref.count);
    b = fold(cur.sketch.fine, cur.count);
  } else if (kind === 'num') {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of ref.numbers) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    for (const v of cur.numbers) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    const bin = (values: Float64Array) => {
      const out = new Array<number>(8).fill(0);
      for (const v of values) out[hi === lo ? 0 : Math.min(7, Math.floor(((v - lo) / (hi - lo)) * 8))]! += 1 / values.length;
      return out;
    };
    a = bin(ref.numbers);
    b = bin(cur.numbers);
  } else {
    const rc = ref.counts;
    const cc = cur.counts;
    const top = [...new Set([...rc.keys(), ...cc.keys()])].sort((x, y) => (rc.get(y) ?? 0) - (rc.get(x) ?? 0)).slice(0, 8);
    a = top.map((k) => (rc.get(k) ?? 0) / ref.count);
    b = top.map((k) => (cc.get(k) ?? 0) / cur.count);
  }
  const max = Math.max(...a, ...b, 1e-12);
  return [bars(a, max), bars(b, max)];
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
  return lines.join('\n');
}
