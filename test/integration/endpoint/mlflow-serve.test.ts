// test-endpoint (the bundle) against MLflow's own scoring server (`mlflow models serve`, pyfunc over
// the onnx flavour, from the pinned serve-peers venv) serving the example model: smoke, contract,
// parity with the model file and a short load pass, and so do the bad requests MLflow refuses. What
// MLflow does not refuse is named: it drops an extra column and has no body limit (both answered 200).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runStep, type StepResult } from '../../harness.js';
import { saveMlflowOnnxModel, startMlflowServe } from '../../setup/mlflow-serve.js';

const EXAMPLE = join(ROOT, 'examples', 'model');
const CANDIDATE = join(EXAMPLE, 'candidate.onnx');

let workspace: string;
let server: { url: string; stop(): Promise<void> } | undefined;

describe('test-endpoint against mlflow models serve', () => {
  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'test-endpoint-mlflow-'));
    await saveMlflowOnnxModel(CANDIDATE, join(workspace, 'model'));
    server = await startMlflowServe(join(workspace, 'model'));
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  });

  const step = (inputs: Record<string, string>): Promise<StepResult> =>
    runStep('test-endpoint', { workspace, inputs: { url: server?.url ?? '', contract: join(EXAMPLE, 'model-contract.yaml'), data: join(EXAMPLE, 'holdout.csv'), model: CANDIDATE, 'report-dir': mkdtempSync(join(workspace, 'report-')), ...inputs } });
  const checksOf = (r: StepResult) => JSON.parse(r.outputs.checks ?? '{}') as Record<string, string>;

  it('passes smoke, contract, the negative cases MLflow refuses, parity and a short load', async () => {
    const r = await step({ checks: 'smoke,contract,negative,parity,load', 'negative-cases': 'missing-field,wrong-type,empty-body,not-json', 'load-duration': '2', 'load-connections': '2' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(checksOf(r)).toEqual({ smoke: 'passed', contract: 'passed', negative: 'passed', parity: 'passed', load: 'passed' });
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { protocol: string };
    expect(report.protocol).toBe('mlflow');
    expect(Number(r.outputs.rps)).toBeGreaterThan(0);
  });

  it('names what MLflow does not refuse: an extra column and an oversized body, both answered 200', async () => {
    const r = await step({ checks: 'negative' });
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { checks: { cases: { name: string; passed: boolean; detail: string }[] }[] };
    const failed = report.checks[0]?.cases.filter((c) => !c.passed) ?? [];
    expect(failed.map((c) => c.name)).toEqual(['extra-column: an extra column `model_cd_unexpected_column`', 'oversized-body: a 16.0 MiB body']);
    for (const c of failed) expect(c.detail).toMatch(/answered 200 application\/json: \{"predictions": \[\{"output_label": 0, .*that is a success: the server accepted a request it should have refused with a 4xx\.$/);
  });
});
