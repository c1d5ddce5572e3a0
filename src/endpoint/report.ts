// test-endpoint's report: one result per check (what was tried, what came back, every difference),
// the load numbers and gates, and the Markdown a person reads in the job summary: the verdict
// first, a table of the checks, then each check's details folded.
import type { GateResult, LoadResult } from './load.js';
import { cell } from '../common/markdown.js';

export const CHECKS = ['smoke', 'contract', 'negative', 'parity', 'load'] as const;
export type CheckName = (typeof CHECKS)[number];

export interface CheckCase {
  name: string;
  passed: boolean;
  detail: string;
}

export interface CheckResult {
  name: CheckName;
  status: 'passed' | 'failed' | 'skipped';
  /** One line for the table. */
  summary: string;
  cases: CheckCase[];
}

export interface EndpointReport {
  url: string;
  protocol: 'v2' | 'mlflow';
  /** How requests were written. */
  form: string;
  model: { name: string; version: string | null; sha256: string | null } | null;
  passed: boolean;
  rows: { count: number; source: string } | null;
  tolerance: number;
  checks: CheckResult[];
  load: (LoadResult & { gates: GateResult[] }) | null;
}

export function checkResult(name: CheckName, cases: CheckCase[], passedSummary: string): CheckResult {
  const failed = cases.filter((c) => !c.passed);
  return { name, status: failed.length ? 'failed' : 'passed', summary: failed.length ? `${failed.length} of ${cases.length} failed` : passedSummary, cases };
}

export const skipped = (name: CheckName, why: string): CheckResult => ({ name, status: 'skipped', summary: why, cases: [] });

const ICON = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;
const ms = (v: number | null) => (v === null ? '–' : `${v.toFixed(1)} ms`);

export function markdown(r: EndpointReport): string {
  const ran = r.checks.filter((c) => c.status !== 'skipped');
  const failed = ran.filter((c) => c.status === 'failed');
  const title = failed.length
    ? `### ❌ test-endpoint: ${r.url} failed ${failed.map((c) => c.name).join(', ')}`
    : `### ✅ test-endpoint: ${r.url} passed ${ran.map((c) => c.name).join(', ') || 'nothing (no check ran)'}`;
  const lines = [title, '', `Protocol ${r.protocol === 'v2' ? 'KServe v2' : 'MLflow'} (${r.form})${r.model ? `, model \`${r.model.name}\`${r.model.version ? ` version \`${r.model.version}\`` : ''}` : ''}${r.rows ? `; ${r.rows.source}` : ''}.`, ''];
  lines.push('| check | result | |', '|---|---|---|');
  for (const c of r.checks) lines.push(`| ${c.name} | ${ICON[c.status]} ${c.status} | ${cell(c.summary)} |`);
  if (r.load) {
    const l = r.load;
    lines.push('', `Load: ${l.durationS} s, ${l.rate > 0 ? `${l.rate} requests/s over ${l.connections} connections` : `${l.connections} connections`}, ${l.batchRows} row${l.batchRows === 1 ? '' : 's'} per request.`, '');
    lines.push('| requests | req/s | rows/s | p50 | p95 | p99 | error rate |', '|---|---|---|---|---|---|---|');
    lines.push(`| ${l.requests} | ${l.rps.toFixed(1)} | ${l.rowsPerSecond.toFixed(1)} | ${ms(l.p50Ms)} | ${ms(l.p95Ms)} | ${ms(l.p99Ms)} | ${(l.errorRate * 100).toFixed(2)}% |`);
    if (l.gates.length) {
      lines.push('', '| gate | requirement | value | |', '|---|---|---|---|');
      for (const g of l.gates) lines.push(`| ${g.gate} | ${cell(g.requirement)} | ${g.value === null ? '–' : Number(g.value.toPrecision(4))} | ${g.passed ? '✅' : '❌'} |`);
    }
  }
  for (const c of r.checks.filter((x) => x.cases.length)) {
    lines.push('', `<details><summary>${c.name}: ${cell(c.summary)}</summary>`, '', '| case | result | detail |', '|---|---|---|');
    for (const k of c.cases) lines.push(`| ${cell(k.name)} | ${k.passed ? '✅' : '❌'} | ${cell(k.detail)} |`);
    lines.push('', '</details>');
  }
  return lines.join('\n');
}
