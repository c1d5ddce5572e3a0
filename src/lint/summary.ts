// The job summary: verdict first, a table per file second, every finding folded below.
import type { FileFindings } from './format/formats.js';
import { helpUri } from './format/formats.js';
import type { Severity } from './rule.js';
import { cell } from '../common/markdown.js';

export type Counts = Record<Exclude<Severity, 'ignore'>, number>;

export function countFindings(results: FileFindings[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, style: 0 };
  for (const r of results) for (const f of r.findings) if (f.severity !== 'ignore') c[f.severity]++;
  return c;
}

/** One line for the log: how many files, how many findings of each severity. */
export function verdictLine(results: FileFindings[]): string {
  const counts = countFindings(results);
  const parts = (Object.entries(counts) as [string, number][]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const files = `${results.length} Dockerfile${results.length === 1 ? '' : 's'}`;
  return parts.length ? `lint-dockerfile: ${parts.join(', ')} in ${files}` : `lint-dockerfile: ${files}, no findings`;
}

export function lintSummary(results: FileFindings[], failed: boolean, threshold: string, noFail: boolean): string {
  const counts = countFindings(results);
  const total = counts.error + counts.warning + counts.info + counts.style;
  const files = `${results.length} Dockerfile${results.length === 1 ? '' : 's'}`;
  const parts = (Object.entries(counts) as [string, number][]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  let verdict: string;
  if (total === 0) verdict = `### ✅ lint-dockerfile: ${files}, no findings`;
  else if (failed) verdict = `### ❌ lint-dockerfile: ${parts.join(', ')} in ${files} (fails at \`${threshold}\` and above)`;
  else verdict = `### ⚠️ lint-dockerfile: ${parts.join(', ')} in ${files}${noFail ? ' (no-fail is on)' : ` (below the \`${threshold}\` threshold)`}`;

  const lines = [verdict, ''];
  if (total > 0) {
    lines.push('| File | Errors | Warnings | Info | Style |', '| --- | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      if (r.findings.length === 0) continue;
      const c = countFindings([r]);
      lines.push(`| \`${cell(r.file)}\` | ${c.error} | ${c.warning} | ${c.info} | ${c.style} |`);
    }
    lines.push('', `<details><summary>All ${total} findings</summary>`, '', '| Location | Rule | Severity | Message |', '| --- | --- | --- | --- |');
    for (const r of results) {
      for (const f of r.findings) {
        lines.push(`| \`${cell(r.file)}:${f.line}\` | [${f.code}](${helpUri(f.code)}) | ${f.severity} | ${cell(f.message)} |`);
      }
    }
    lines.push('', '</details>');
  }
  return lines.join('\n') + '\n';
}
