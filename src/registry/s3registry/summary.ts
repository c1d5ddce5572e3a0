// The job summary of publish-model: the verdict first, then what was registered or promoted.
import { formatBytes } from '../../common/size.js';
import { errorMessage } from '../../common/errors.js';
import { AliasNotMoved, type PublishResult } from './publish.js';

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

export function publishSummary(r: PublishResult): string {
  const move = r.alias
    ? r.alias.moved
      ? `${code(r.alias.alias)}: ${r.alias.previous === null ? '(new alias)' : `version ${r.alias.previous}`} → version ${r.version}`
      : `${code(r.alias.alias)}: already at version ${r.version}, unchanged`
    : '';
  const verdict = r.registered
    ? `### ✅ publish-model: registered ${code(r.name)} version ${r.version}${r.alias ? ` as ${code(r.alias.alias)}` : ''}`
    : `### ✅ publish-model: promoted ${code(r.name)} version ${r.version} to ${code(r.alias?.alias ?? '')}`;
  const rows: [string, string][] = [
    ['Model', code(r.name)],
    ['Version', String(r.version)],
    ...(move ? ([['Alias', move]] as [string, string][]) : []),
    // An MLflow promotion does not read the version's files, so it has no count to show.
    ...(r.registered || r.files
      ? ([['Files', `${r.files} file${r.files === 1 ? '' : 's'}, ${formatBytes(r.size)}${r.registered ? ` (${formatBytes(r.bytesUploaded)} uploaded)` : ''}`]] as [string, string][])
      : []),
    ...(r.sha256 ? ([['sha256', code(r.sha256)]] as [string, string][]) : []),
    ['URI', code(r.uri)],
  ];
  return [verdict, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), ''].join('\n');
}

export function publishFailureSummary(name: string, e: unknown): string {
  const written =
    e instanceof AliasNotMoved
      ? `Version ${e.version} was registered (${code(e.uri)}); the alias was not moved.`
      : 'No new version or alias move is visible: a version counts only once its manifest is written, and aliases change in one conditional write.';
  return [`### ❌ publish-model failed${name ? `: ${code(name)}` : ''}`, '', errorMessage(e), '', written, ''].join('\n');
}
