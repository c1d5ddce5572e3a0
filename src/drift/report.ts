// The check-drift summary: the verdict first, then one row per column (type, test, score,
// threshold, drift) with a small picture of both distributions, then skipped columns.
import type { ColumnData, Dataset, Kind } from './columns.js';
import type { DriftResult } from './drift.js';

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
  if (kind === 'num') {
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
    const counts = (codes: Int32Array) => {
      const m = new Map<number, number>();
      for (const c of codes) m.set(c, (m.get(c) ?? 0) + 1);
      return m;
    };
    const rc = counts(ref.codes);
    const cc = counts(cur.codes);
    const top = [...new Set([...rc.keys(), ...cc.keys()])].sort((x, y) => (rc.get(y) ?? 0) - (rc.get(x) ?? 0)).slice(0, 8);
    a = top.map((k) => (rc.get(k) ?? 0) / ref.codes.length);
    b = top.map((k) => (cc.get(k) ?? 0) / cur.codes.length);
  }
  const max = Math.max(...a, ...b, 1e-12);
  return [bars(a, max), bars(b, max)];
}

const num = (v: number | null) => (v === null ? '—' : v === 0 ? '0' : Math.abs(v) < 1e-4 ? v.toExponential(2) : v.toFixed(4));

export function verdict(r: DriftResult): string {
  const share = `${r.drifted} of ${r.tested} column${r.tested === 1 ? '' : 's'} drifted (${(r.share * 100).toFixed(1)}%, threshold ${(r.driftShare * 100).toFixed(0)}%)`;
  return r.datasetDrift ? `### ❌ check-drift: the data has drifted — ${share}` : `### ✅ check-drift: no dataset drift — ${share}`;
}

export function driftMarkdown(r: DriftResult, ref: Dataset, cur: Dataset): string {
  const lines = [verdict(r), '', `Reference ${code(ref.path)} (${ref.rows} rows) vs current ${code(cur.path)} (${cur.rows} rows).`, ''];
  lines.push('| Column | Type | Test | Score | Threshold | Drift | Reference → current |', '|---|---|---|---:|---:|---|---|');
  const tested = r.columns.filter((c) => !c.skipped).sort((x, y) => Number(y.drifted) - Number(x.drifted));
  for (const c of tested) {
    const [a, b] = sparklines(c.kind, ref.columns.get(c.column) as ColumnData, cur.columns.get(c.column) as ColumnData);
    const test = `${c.method}${c.scoreKind === 'p_value' ? ' (p-value)' : ''}`;
    lines.push(`| ${code(c.column)} | ${c.kind === 'num' ? 'numerical' : 'categorical'} | ${test} | ${num(c.score)} | ${num(c.threshold)} | ${c.drifted ? '❌ drifted' : '✅'} | \`${a}\` → \`${b}\` |`);
  }
  const skipped = r.columns.filter((c) => c.skipped);
  if (skipped.length) lines.push('', `**Not tested** (${skipped.length}):`, '', ...skipped.map((c) => `- ${code(c.column)}: ${c.skipped}`));
  lines.push('');
  return lines.join('\n');
}
