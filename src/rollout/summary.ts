// rollout's job summary: the verdict first (and, after a rollback, the measurement that broke and
// how long traffic took to get back), the progression step by step, each analysis measurement
// against its conditions, and a chart of the numeric metrics over the rollout.
import { cell, plain } from '../common/markdown.js';
import type { RolloutOutcome } from './progression.js';

/** One metric's measurements over the rollout, for the table and the chart. */
export interface MetricSeries {
  name: string;
  /** The conditions it was judged by, as written. */
  conditions: string;
  points: { at: number; value: string; numeric: number | null; phase: string }[];
}

const md = (s: string) => cell(plain(s));
const VERDICT: Record<RolloutOutcome['status'], string> = {
  promoted: '✅ Promoted',
  paused: '⏸️ Paused, waiting for mode `promote`',
  aborted: '🛑 Aborted',
  'rolled-back': '↩️ Rolled back',
};

export function rolloutSummary(o: { outcome: RolloutOutcome; strategy: string; router: string; stable: string; canary: string; series: MetricSeries[] }): string {
  const { outcome } = o;
  const start = outcome.events[0]?.at ?? 0;
  const t = (at: number) => `${((at - start) / 1000).toFixed(1)} s`;
  const lines = [`## rollout: ${VERDICT[outcome.status]}`, ''];
  lines.push(`${o.strategy} of ${md(outcome.revision)}: ${md(o.canary)} beside ${md(o.stable)} on ${md(o.router)}; the new revision ends at ${outcome.weight}% of traffic.`, '');
  if (outcome.failure) {
    const back = outcome.failure.breachAt === null ? '' : ` Traffic was back on stable ${((outcome.failure.trafficBackAt - outcome.failure.breachAt) / 1000).toFixed(2)} s after the breach was measured.`;
    lines.push(`**Why:** ${md(outcome.failure.message)}.${back}`, '');
  }
  lines.push('| time | event | weight | detail |', '|---|---|---|---|');
  for (const e of outcome.events) lines.push(`| ${t(e.at)} | ${e.kind} | ${e.weight}% | ${md(e.detail)} |`);
  lines.push('');
  const chart = chartOf(o.series, start);
  if (chart) lines.push(chart, '');
  for (const s of o.series) {
    lines.push(`<details><summary>${md(s.name)}: ${s.points.length} measurement${s.points.length === 1 ? '' : 's'} (${md(s.conditions)})</summary>`, '', '| time | value | phase |', '|---|---|---|');
    for (const p of s.points) lines.push(`| ${t(p.at)} | ${md(p.value)} | ${p.phase} |`);
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}

/** A Mermaid line chart (GitHub renders it) of each numeric metric over the rollout's time. */
function chartOf(series: MetricSeries[], start: number): string | null {
  // A line needs two points.
  const numeric = series.filter((s) => s.points.filter((p) => p.numeric !== null).length >= 2);
  if (!numeric.length) return null;
  const blocks = numeric.map((s) => {
    const pts = s.points.filter((p) => p.numeric !== null);
    const xs = pts.map((p) => ((p.at - start) / 1000).toFixed(0));
    const ys = pts.map((p) => Number((p.numeric as number).toPrecision(4)));
    return ['```mermaid', 'xychart-beta', `  title "${s.name.replace(/"/g, '')}"`, `  x-axis "seconds" [${xs.join(', ')}]`, `  line [${ys.join(', ')}]`, '```'].join('\n');
  });
  return blocks.join('\n\n');
}
