// The job summary of pull-model: the verdict first, then where from, what, and what it cost.
import { formatBytes } from '../common/size.js';
import type { PullResult } from './pull.js';

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

export function transferLine(r: PullResult): string {
  if (r.source === 'local') return `0 bytes transferred (copied from a local path)`;
  if (r.cacheHit) return `0 bytes transferred (from the cache)`;
  const resumed = r.resumes ? `, ${r.resumes} resumed after a broken connection` : '';
  return `${r.bytesTransferred} bytes transferred (${formatBytes(r.bytesTransferred)}) in ${r.requests} request${r.requests === 1 ? '' : 's'}${resumed}`;
}

export function pullSummary(r: PullResult, verified: boolean): string {
  const from = r.source === 'local' ? 'a local path' : r.cacheHit ? 'the cache' : r.source === 'mlflow' ? 'MLflow' : 'S3';
  const rows: [string, string][] = [
    ['Source', code(r.sourceUri)],
    ['Model', code(r.path)],
    ['sha256', `${code(r.sha256)} ${verified ? '— matches `expected-sha256`' : '— not pinned (set `expected-sha256` to verify it)'}`],
    ['Size', `${formatBytes(r.size)} in ${r.files} file${r.files === 1 ? '' : 's'}`],
    ['Transfer', transferLine(r)],
  ];
  if (r.version) rows.splice(2, 0, ['Version', `${code(r.version)}${r.alias ? ` (alias ${code(r.alias)})` : ''}`]);
  if (r.runId) rows.splice(3, 0, ['Run', code(r.runId)]);
  return [
    `### ✅ pull-model: ${code(r.name)} from ${from}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`),
    '',
    '<details><summary>Metadata</summary>',
    '',
    '```json',
    JSON.stringify(r.metadata, null, 2),
    '```',
    '',
    '</details>',
    '',
  ].join('\n');
}

export function pullMissingSummary(source: string, message: string): string {
  return [`### ⏭️ pull-model: ${code(source)} does not exist, skipped`, '', message, '', '`if-missing` is `skip`, so the job goes on without this model (`found` is false). On a first deployment this is the champion that is not there yet.', ''].join('\n');
}

export function pullFailureSummary(source: string, message: string): string {
  return [`### ❌ pull-model failed${source ? `: ${code(source)}` : ''}`, '', message, '', 'Nothing was left in the destination or the cache.', ''].join('\n');
}
