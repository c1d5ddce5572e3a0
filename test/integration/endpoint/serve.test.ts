// test-endpoint (the bundle) against model-cd serve (the CLI, as a user runs it) on 127.0.0.1 with
// the example model: every check passes over both protocols, load included; served a different
// model than the file it is given, parity names the rows that differ.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineEnv, ROOT, runStep, type StepResult } from '../../harness.js';

const EXAMPLE = join(ROOT, 'examples', 'model');
const CANDIDATE = join(EXAMPLE, 'candidate.onnx');
const CHAMPION = join(EXAMPLE, 'champion.onnx');
const CONTRACT = join(EXAMPLE, 'model-contract.yaml');
const HOLDOUT = join(EXAMPLE, 'holdout.csv');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

interface Serving {
  url: string;
  proc: ChildProcess;
}

/** `model-cd serve ... --port 0`, until its first log line says where it listens. */
function serve(model: string): Promise<Serving> {
  const proc = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), 'serve', '--model', model, '--contract', CONTRACT, '--port', '0', '--access-log', 'false'], { env: { ...machineEnv(), HOME: process.env.HOME ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr?.on('data', (c: Buffer) => (stderr += c));
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (c: Buffer) => {
      out += c;
      const ready = out.split('\n').map((l) => (l.trim() ? (JSON.parse(l) as { msg?: string; url?: string }) : {})).find((l) => l.msg === 'ready');
      if (ready?.url) resolve({ url: ready.url, proc });
    });
    proc.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

let workspace: string;
let candidate: Serving;
let champion: Serving;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'test-endpoint-serve-'));
  [candidate, champion] = await Promise.all([serve(CANDIDATE), serve(CHAMPION)]);
}, 120_000);
afterAll(() => {
  for (const s of [candidate, champion]) s?.proc.kill('SIGTERM');
});

// Every negative case, the oversized body included: serve reads and drops a refused body before
// its 413, so the client sees the answer.
const NEGATIVE = 'missing-field,wrong-type,extra-column,empty-body,not-json,oversized-body';

function step(url: string, inputs: Record<string, string>): Promise<StepResult> {
  return runStep('test-endpoint', { workspace, inputs: { url, contract: CONTRACT, data: HOLDOUT, model: CANDIDATE, 'negative-cases': NEGATIVE, 'report-dir': mkdtempSync(join(workspace, 'report-')), ...inputs } });
}
const checksOf = (r: StepResult) => JSON.parse(r.outputs.checks ?? '{}') as Record<string, string>;
const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

describe('test-endpoint against model-cd serve', () => {
  it('passes every check over v2, load included, with the served sha256 verified', async () => {
    const r = await step(candidate.url, { checks: 'smoke,contract,negative,parity,load', 'expected-sha256': sha(CANDIDATE), 'load-duration': '2', 'load-connections': '4', 'max-p99-ms': '1000', 'min-rps': '10' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(checksOf(r)).toEqual({ smoke: 'passed', contract: 'passed', negative: 'passed', parity: 'passed', load: 'passed' });
    expect(Number(r.outputs.rps)).toBeGreaterThan(10);
    expect(Number(r.outputs['p95-ms'])).toBeGreaterThan(0);
    expect(Number(r.outputs['p99-ms'])).toBeGreaterThanOrEqual(Number(r.outputs['p95-ms']));
    expect(r.outputs['error-rate']).toBe('0');
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { protocol: string; model: { name: string; sha256: string }; checks: { name: string; cases: { name: string; passed: boolean; detail: string }[] }[] };
    expect(report).toMatchObject({ protocol: 'v2', model: { name: 'candidate', sha256: sha(CANDIDATE) } });
    expect(report.checks.find((c) => c.name === 'smoke')?.cases.map((c) => c.name)).toEqual(['live', 'ready', 'model metadata', 'model ready', 'metadata inputs', 'metadata outputs', 'metadata columns', 'metadata classes', 'sha256']);
    expect(report.checks.find((c) => c.name === 'parity')?.cases.at(-1)?.detail).toBe("labels, probabilities equal to the model file's (floats within 1e-5)");
  });

  it('passes over the MLflow protocol too', async () => {
    const r = await step(candidate.url, { protocol: 'mlflow' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(checksOf(r)).toEqual({ smoke: 'passed', contract: 'passed', negative: 'passed', parity: 'passed' });
  });

  it('fails parity against a server of another model, naming the rows, the outputs and both values', async () => {
    const r = await step(champion.url, { 'model-name': 'champion', checks: 'parity' });
    expect(r.exitCode).toBe(1);
    const [error] = errors(r);
    expect(error).toContain(`same model: the server serves ${sha(CHAMPION)}, the model file is ${sha(CANDIDATE)}`);
    expect(error).toMatch(/rows differ: row \d+, `output_probability\[0\]`: endpoint 0\.\d+, model file 0\.\d+ \(difference/);
  });

  it('stops before any request when the expected sha256 is not the model file\'s', async () => {
    const r = await step(candidate.url, { 'expected-sha256': sha(CHAMPION) });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([`input \`expected-sha256\`: ${JSON.stringify(sha(CHAMPION))} is not the sha256 of input \`model\` (${CANDIDATE}), which is ${sha(CANDIDATE)}. Give the model file the endpoint should serve, or its sha256.`]);
  });
});
