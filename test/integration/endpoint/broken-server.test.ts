// test-endpoint (the bundle, run as the runner runs it) against a deliberately broken server on
// 127.0.0.1, over both protocols: each fault fails the check it belongs to, and the error names
// what differed; the same server without the fault passes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runStep, type StepResult } from '../../harness.js';
import { startBrokenServer, type Mode, type Running } from './broken-server.js';

const CONTRACT = join(ROOT, 'examples', 'model', 'model-contract.yaml');
const HOLDOUT = join(ROOT, 'examples', 'model', 'holdout.csv');

let workspace: string;
const servers = new Map<Mode, Running>();

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'test-endpoint-'));
  for (const mode of ['good', 'false-strings', 'error-500', 'bad-probabilities', 'html'] as const) servers.set(mode, await startBrokenServer(mode));
});
afterAll(async () => {
  for (const s of servers.values()) await s.close();
});

function step(mode: Mode, inputs: Record<string, string>): Promise<StepResult> {
  const url = (servers.get(mode) as Running).url;
  return runStep('test-endpoint', { workspace, inputs: { url, contract: CONTRACT, data: HOLDOUT, rows: '16', checks: 'smoke,contract,negative', 'report-dir': mkdtempSync(join(workspace, 'report-')), ...inputs } });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const checksOf = (r: StepResult) => JSON.parse(r.outputs.checks ?? '{}') as Record<string, string>;

describe.each(['v2', 'mlflow'])('test-endpoint over %s against a broken server', (protocol) => {
  it('passes against the server without a fault, and writes the report', async () => {
    const r = await step('good', { protocol });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(checksOf(r)).toEqual({ smoke: 'passed', contract: 'passed', negative: 'passed' });
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { protocol: string; checks: { name: string; cases: unknown[] }[] };
    expect(report.protocol).toBe(protocol);
    expect(report.checks.find((c) => c.name === 'negative')?.cases).toHaveLength(6);
    expect(r.summary).toMatch(/^### ✅ test-endpoint: http:\/\/127\.0\.0\.1:\d+ passed smoke, contract, negative/);
  });

  it('fails the contract check on labels sent as the strings "false" and "1", naming the row and the type', async () => {
    const r = await step('false-strings', { protocol });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(checksOf(r).contract).toBe('failed');
    const [error] = errors(r).filter((e) => e.startsWith('contract failed'));
    expect(error).toContain('row 1: `output_label` is the string "false"; the contract declares int (a JSON integer) labels');
    expect(error).toMatch(/row \d+: `output_label` is the string "1"/);
    if (protocol === 'v2') expect(error).toContain('output `output_label` has the datatype BYTES; the contract declares int labels');
    expect(r.summary).toMatch(/^### ❌ test-endpoint: \S+ failed contract/);
  });

  it('fails the negative check on 500s for bad input, naming each case, the request and the answer', async () => {
    const r = await step('error-500', { protocol });
    expect(r.exitCode).toBe(1);
    expect(checksOf(r)).toMatchObject({ smoke: 'passed', contract: 'passed', negative: 'failed' });
    const [error] = errors(r);
    for (const c of ['missing-field: no column `f0`: POST', 'wrong-type: `f0` is "false" but declared float: POST', 'extra-column: an extra column', 'empty-body: an empty body', 'not-json: a body that is not JSON', 'oversized-body: a 16.0 MiB body']) expect(error).toContain(c);
    expect(error).toContain('answered 500 text/plain: Internal Server Error Traceback');
    expect(error).toContain('a server error: the server broke on a request it should have refused with a 4xx');
    expect(error).toContain(protocol === 'v2' ? '/v2/models/candidate/infer' : '/invocations');
  });

  it('fails the contract check on probabilities that do not sum to 1', async () => {
    const r = await step('bad-probabilities', { protocol });
    expect(r.exitCode).toBe(1);
    expect(checksOf(r).contract).toBe('failed');
    expect(errors(r).join('\n')).toMatch(/row 1: `output_probability` sums to 1\.2 \(0\.6 \+ 0\.6\), not 1 within/);
  });

  it('fails smoke and contract against a server that answers HTML, saying so', async () => {
    const r = await step('html', { protocol, 'model-name': 'candidate' });
    expect(r.exitCode).toBe(1);
    expect(checksOf(r)).toMatchObject({ smoke: 'failed', contract: 'failed', negative: 'failed' });
    const all = errors(r).join('\n');
    expect(all).toContain('answered 200 text/html: <!doctype html>');
    expect(all).toContain('(HTML, not the protocol\'s answer)');
  });
});

describe('test-endpoint load against the server without a fault', () => {
  it('runs a short bounded load and gives its numbers as outputs; a gate it cannot meet fails', async () => {
    const r = await step('good', { protocol: 'v2', checks: 'smoke,load', 'load-duration': '1', 'load-connections': '2', 'min-rps': '1' });
    expect(r.exitCode, r.stdout).toBe(0);
    for (const o of ['rps', 'p50-ms', 'p95-ms', 'p99-ms']) expect(Number(r.outputs[o]), o).toBeGreaterThan(0);
    expect(r.outputs['error-rate']).toBe('0');
    const slow = await step('good', { protocol: 'mlflow', checks: 'load', 'load-duration': '1', 'load-connections': '1', 'load-rate': '20', 'min-rps': '1000000' });
    expect(slow.exitCode).toBe(1);
    expect(checksOf(slow).load).toBe('failed');
    expect(errors(slow).join('\n')).toMatch(/min-rps: requests\/s >= 1000000: \d/);
  });
});
