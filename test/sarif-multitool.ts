// Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool) as the validator: the SARIF 2.1.0
// schema plus GitHub code scanning's ingestion rules (`--rule-kind "Gh;Sarif"`), the checks GitHub
// points to before an upload.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

interface SarifLog {
  runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[] }[];
}

/** The errors and warnings the Multitool reports for `file` as "RULE: message"; [] when it is clean. */
export function sarifProblems(file: string): string[] {
  const multitool = require(`@microsoft/sarif-multitool-${process.platform}`) as string;
  const validation = join(mkdtempSync(join(tmpdir(), 'sarif-validation-')), 'validation.sarif');
  const r = spawnSync(multitool, ['validate', file, '--output', validation, '--rule-kind', 'Gh;Sarif', '--log', 'ForceOverwrite'], { encoding: 'utf8' });
  if (r.status !== 0) return [`multitool exited with ${r.status}: ${r.stdout}${r.stderr}`];
  return (JSON.parse(readFileSync(validation, 'utf8')) as SarifLog).runs
    .flatMap((run) => run.results ?? [])
    .filter((x) => x.level === 'error' || x.level === 'warning')
    .map((p) => `${p.ruleId}: ${p.message.text ?? `${p.message.id ?? ''} ${(p.message.arguments ?? []).join(', ')}`}`);
}
