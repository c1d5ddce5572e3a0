// The SARIF report validates against the SARIF 2.1.0 schema and GitHub code scanning's upload
// rules, checked by Microsoft's SARIF Multitool (`validate --rule-kind "Gh;Sarif"`).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runStep } from '../harness.js';
import { sarifProblems } from '../sarif-multitool.js';

interface SarifLog {
  runs: { results?: { ruleId: string; level?: string; message: { text: string } }[] }[];
}

describe('SARIF report', () => {
  it('is valid SARIF 2.1.0 that GitHub code scanning accepts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sarif-'));
    // Findings of every severity, ShellCheck included when it is installed.
    const files = readdirSync(join(ROOT, 'test', 'corpus', 'hand')).map((f) => `test/corpus/hand/${f}`);
    const step = await runStep('lint-dockerfile', {
      workspace: ROOT,
      inputs: { files: files.join('\n'), format: 'sarif', 'output-file': join(out, 'lint.sarif'), 'no-fail': 'true', annotations: 'false' },
    });
    expect(step.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'lint.sarif'), 'utf8')) as SarifLog;
    expect(report.runs[0]?.results?.length).toBeGreaterThan(300);
    expect(sarifProblems(join(out, 'lint.sarif'))).toEqual([]);
  }, 180_000);
});
