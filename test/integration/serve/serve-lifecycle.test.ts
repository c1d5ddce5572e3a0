// serve's life outside the happy path: a model or contract that cannot be served ends the process
// before it listens, with one error line; a slow client gets 408; SIGTERM lets the request in
// flight finish, refuses new connections and exits 0. And models other than the example: string
// labels, a regressor, a model with two inputs mapped by the contract, one served without a contract.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../harness.js';
import { fixtures, type Fixtures } from '../../setup/fixtures.js';
import { pythonPredict, serveFails, startServe } from './serve-lib.js';

const MODEL = join(ROOT, 'examples', 'model', 'candidate.onnx');
const CONTRACT = join(ROOT, 'examples', 'model', 'model-contract.yaml');
let fx: Fixtures;
let work: string;

beforeAll(() => {
  fx = fixtures();
  work = mkdtempSync(join(tmpdir(), 'serve-life-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One error (its message may list several differences on lines of their own), no stack trace. */
function oneError(stderr: string): string {
  expect(stderr).toMatch(/^error: /);
  expect(stderr.match(/error: /g), stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return stderr;
}

describe('serve refuses to start on what it cannot serve', () => {
  it.each([
    ['a model that does not exist', ['--model', 'missing.onnx'], 1, /`model`: "missing\.onnx" does not exist/],
    ['a file that is not ONNX', ['--model', '@not_onnx.onnx'], 1, /is not an ONNX model/],
    ['a truncated model', ['--model', '@truncated.onnx'], 1, /is not an ONNX model|truncated/],
    ['a contract the model breaks', ['--model', '@wrong_input_names.onnx', '--contract', CONTRACT], 1, /does not match the model[\s\S]*features/],
    ['no model at all', [], 2, /MODEL_PATH is not set/],
    ['an unknown flag', ['--model', MODEL, '--threads', '4'], 2, /--threads.*is not a flag of serve/],
    ['a port that is not a number', ['--model', MODEL, '--port', 'http'], 2, /`--port`: "http" must be a whole number/],
  ])('%s', async (_what, args, code, message) => {
    const r = await serveFails(args.map((a) => (a.startsWith('@') ? fx.model(a.slice(1)) : a)));
    expect(r.code).toBe(code);
    expect(r.stdout).not.toContain('"ready"');
    expect(oneError(r.stderr)).toMatch(message);
  });

  it('a port already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await serveFails(['--model', MODEL, '--port', String(port)]);
      expect(r.code).toBe(1);
      expect(oneError(r.stderr)).toMatch(new RegExp(`Port ${port} on 127.0.0.1 is in use`));
    } finally {
      blocker.close();
    }
  });

  it('reads MODEL_PATH and MODEL_CONTRACT when no flag is given, as an image sets them', async () => {
    const s = await startServe([], { MODEL_PATH: MODEL, MODEL_CONTRACT: CONTRACT, MODEL_NAME: 'fraud', MODEL_VERSION: '7' });
    try {
      expect(s.logs[0]).toMatchObject({ msg: 'ready', model: 'fraud', version: '7' });
      expect((await fetch(`${s.url}/v2/models/fraud/versions/7/ready`)).status).toBe(200);
      expect((await fetch(`${s.url}/v2/models/fraud/versions/8/ready`)).status).toBe(404);
    } finally {
      await s.stop();
    }
  });
});

/** A POST whose body is sent in two parts, the second when `rest()` is called. */
function slowPost(url: string, path: string, body: string): { rest(): void; answer: Promise<{ status: number; body: string }> } {
  const u = new URL(url);
  const half = Math.floor(body.length / 2);
  let req!: ReturnType<typeof request>;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = request({ host: u.hostname, port: u.port, path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, half));
  return { rest: () => req.end(body.slice(half)), answer };
}

describe('serve under slow clients and shutdown', () => {
  const body = JSON.stringify({ instances: [[1, 2, 3, 4, 5, 6]] });

  it('answers 408 (JSON) to a client that does not finish its body in time', async () => {
    const s = await startServe(['--model', MODEL, '--contract', CONTRACT, '--body-timeout', '0.5']);
    try {
      const slow = slowPost(s.url, '/invocations', body);
      const a = await slow.answer;
      expect(a.status).toBe(408);
      expect(JSON.parse(a.body)).toMatchObject({ reason: 'timeout' });
    } finally {
      await s.stop();
    }
  });

  it('on SIGTERM finishes the request in flight, refuses new connections, and exits 0', async () => {
    const s = await startServe(['--model', MODEL, '--contract', CONTRACT]);
    const slow = slowPost(s.url, '/invocations', body);
    await new Promise((r) => setTimeout(r, 200));
    s.proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    await expect(fetch(`${s.url}/v2/health/ready`)).rejects.toThrow();
    slow.rest();
    const a = await slow.answer;
    expect(a.status).toBe(200);
    expect(JSON.parse(a.body)).toHaveProperty('predictions');
    expect(await s.stop()).toBe(0);
    expect(s.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  });
});

describe('serve other models', () => {
  it('a multiclass model with string labels and no contract: labels as strings, columns by position', async () => {
    const meta = fx.manifest.models['multiclass.onnx'];
    const data = fx.data(meta?.dataset as string);
    const want = await pythonPredict(fx.model('multiclass.onnx'), data, meta?.feature_columns, meta?.label_output as string, meta?.probability_output as string);
    const rows = (await import('node:fs')).readFileSync(data, 'utf8').trim().split('\n').slice(1, 31).map((l) => l.split(',').slice(0, 6).map(Number));
    const s = await startServe(['--model', fx.model('multiclass.onnx'), '--contract', 'none']);
    try {
      const res = await fetch(`${s.url}/invocations`, { method: 'POST', body: JSON.stringify({ dataframe_split: { columns: ['a', 'b', 'c', 'd', 'e', 'f'], data: rows } }) });
      const preds = ((await res.json()) as { predictions: { output_label: string; output_probability: Record<string, number> }[] }).predictions;
      expect(preds.map((p) => p.output_label)).toEqual(want.labels?.slice(0, 30));
      expect(Object.keys(preds[0]?.output_probability ?? {})).toEqual(['cat', 'dog', 'fox']);
      const meta2 = (await (await fetch(`${s.url}/v2/models/multiclass`)).json()) as { outputs: { datatype: string }[] };
      expect(meta2.outputs[0]?.datatype).toBe('BYTES');
    } finally {
      await s.stop();
    }
  });

  it('a regressor: one value per row, in both protocols', async () => {
    const meta = fx.manifest.models['regressor.onnx'];
    const data = fx.data(meta?.dataset as string);
    const want = await pythonPredict(fx.model('regressor.onnx'), data, meta?.feature_columns, (meta as { value_output?: string } | undefined)?.value_output as string, '');
    const rows = (await import('node:fs')).readFileSync(data, 'utf8').trim().split('\n').slice(1, 21).map((l) => l.split(',').slice(0, 5).map(Number));
    const s = await startServe(['--model', fx.model('regressor.onnx'), '--contract', 'none']);
    try {
      const m = (await (await fetch(`${s.url}/invocations`, { method: 'POST', body: JSON.stringify({ instances: rows }) })).json()) as { predictions: number[] };
      const v2 = (await (await fetch(`${s.url}/v2/models/regressor/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [20, 5], datatype: 'FP32', data: rows.flat() }] }) })).json()) as { outputs: { data: number[] }[] };
      const expected = (want.values ?? []).slice(0, 20);
      for (const got of [m.predictions, v2.outputs[0]?.data ?? []]) got.forEach((v, i) => expect(Math.abs(v - (expected[i] as number))).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(expected[i] as number))));
      const text = await (await fetch(`${s.url}/metrics`)).text();
      expect(text).toMatch(/^model_cd_prediction_value_count 40$/m);
    } finally {
      await s.stop();
    }
  });

  it('a model with two inputs, its columns mapped by the contract', async () => {
    const contract = join(work, 'multi.yaml');
    writeFileSync(contract, 'version: 1\ndata:\n  label: label\n  columns: {n0: float, n1: float, n2: float, e0: float, e1: {type: float, nulls: allow}, label: int}\n  inputs: {numeric: [n0, n1, n2], extra: [e0, e1]}\n');
    const meta = fx.manifest.models['multi_input.onnx'];
    const data = fx.data(meta?.dataset as string);
    const want = await pythonPredict(fx.model('multi_input.onnx'), data, { numeric: ['n0', 'n1', 'n2'], extra: ['e0', 'e1'] }, meta?.label_output as string, meta?.probability_output as string);
    const lines = (await import('node:fs')).readFileSync(data, 'utf8').trim().split('\n');
    const header = (lines[0] as string).split(',');
    const records = lines.slice(1, 21).map((l) => {
      const cells = l.split(',');
      return Object.fromEntries(['n0', 'n1', 'n2', 'e0', 'e1'].map((c) => [c, Number(cells[header.indexOf(c)])]));
    });
    const s = await startServe(['--model', fx.model('multi_input.onnx'), '--contract', contract]);
    try {
      const res = (await (await fetch(`${s.url}/invocations`, { method: 'POST', body: JSON.stringify({ dataframe_records: records }) })).json()) as { predictions: { output_label: number }[] };
      expect(res.predictions.map((p) => String(p.output_label))).toEqual(want.labels?.slice(0, 20));
      // e1 allows nulls: a null goes to the model as NaN instead of being refused.
      const withNull = await fetch(`${s.url}/invocations`, { method: 'POST', body: JSON.stringify({ dataframe_records: [{ ...records[0], e1: null }] }) });
      expect(withNull.status).toBe(200);
      const n0Null = await fetch(`${s.url}/invocations`, { method: 'POST', body: JSON.stringify({ dataframe_records: [{ ...records[0], n0: null }] }) });
      expect(n0Null.status).toBe(422);
    } finally {
      await s.stop();
    }
  });
});
