// What the rollout metric tests share: real `model-cd serve` processes of the example models, a
// copy of the candidate that fails (500) on rows the test chooses, requests sent to them one at a
// time (so every count is exact), and Prometheus target files.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../harness.js';
import { fixtures } from '../../setup/fixtures.js';
import { startServe, type Served } from '../serve/serve-lib.js';

export const CHAMPION = join(ROOT, 'examples', 'model', 'champion.onnx');
export const CANDIDATE = join(ROOT, 'examples', 'model', 'candidate.onnx');
export const CONTRACT = join(ROOT, 'examples', 'model', 'model-contract.yaml');
/** A feature value over this makes the failing model's run throw. */
export const FAIL_ABOVE = 100;

/** The candidate, made to fail its run when a row holds a feature over FAIL_ABOVE (py/failing_model.py). */
export async function failingModel(dir: string): Promise<string> {
  const out = join(dir, 'failing.onnx');
  await promisify(execFile)(fixtures().python, [join(import.meta.dirname, 'py', 'failing_model.py'), CANDIDATE, out, String(FAIL_ABOVE)]);
  return out;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'model-cd-rollout-metrics-'));
}

export function serveModel(model: string, name = 'fraud'): Promise<Served> {
  // The same name on every revision, as a rollout serves them: one route for both.
  return startServe(['--model', model, '--contract', CONTRACT, '--name', name, '--access-log', 'false']);
}

/** Posts rows to v2 infer, one request at a time; returns the status codes. */
export async function predict(url: string, rows: number[][], perRequest = 1, name = 'fraud'): Promise<number[]> {
  const codes: number[] = [];
  for (let i = 0; i < rows.length; i += perRequest) {
    const part = rows.slice(i, i + perRequest);
    const res = await fetch(`${url}/v2/models/${name}/infer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inputs: [{ name: 'features', shape: [part.length, 6], datatype: 'FP32', data: part.flat() }] }),
    });
    await res.arrayBuffer();
    codes.push(res.status);
  }
  return codes;
}

/** A row the failing model refuses to run: a feature far outside the holdout's range. */
export const OUT_OF_RANGE_ROW = [1000, 0, 0, 0, 0, 0];

/** A unique id for this test's series. */
export const testId = () => `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

/** Writes this test's file_sd targets (atomically: Prometheus may read at any moment); returns a remover. */
export function writeTargets(dir: string, id: string, groups: { url: string; labels: Record<string, string> }[]): () => void {
  const file = join(dir, `${id}.json`);
  const body = groups.map((g) => ({ targets: [new URL(g.url).host], labels: { rollout_test: id, ...g.labels } }));
  writeFileSync(`${file}.tmp`, JSON.stringify(body));
  renameSync(`${file}.tmp`, file);
  return () => rmSync(file, { force: true });
}
