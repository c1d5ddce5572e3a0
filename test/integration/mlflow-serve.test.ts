// What MLflow's own scoring server (`mlflow models serve`, mlflow-skinny 3.17.2, pyfunc over the onnx
// flavour, --env-manager local) answers for the example ZipMap classifier: the shapes serve's
// /invocations and test-endpoint's mlflow protocol follow, recorded from the real server.
// Two models of the same ONNX file: one with a signature of float columns f0..f5 (MLflow checks the
// columns), one without (MLflow feeds the DataFrame's values to the tensor input as sent).
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveMlflowOnnxModel, startMlflowServe } from '../setup/mlflow-serve.js';
import type { PeerProcess } from '../setup/peer-process.js';
import { asRecords, EXAMPLE_MODEL, FEATURES, holdoutRows, ortReference, type Reference } from './example-model.js';

const N = 25;
const rows = holdoutRows(N);
let dir: string;
let signed: PeerProcess;
let unsigned: PeerProcess;
let reference: Reference;

interface Answer {
  status: number;
  type: string;
  text: string;
}

async function post(server: PeerProcess, body: unknown, contentType = 'application/json'): Promise<Answer> {
  const res = await fetch(`${server.url}/invocations`, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

// fetch would add "text/plain;charset=UTF-8" to a string body: node:http sends only what it is given.
function postWithoutContentType(server: PeerProcess, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/invocations`, { method: 'POST', headers: { 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const json = (a: Answer) => JSON.parse(a.text) as Record<string, unknown>;
const split = (columns: string[], data: unknown[][]) => ({ dataframe_split: { columns, data } });

/** The classifier's answer: one record per row, the ONNX output names as fields. */
function expectRowPredictions(a: Answer, ref: Reference = reference): void {
  expect(a.status, a.text).toBe(200);
  expect(a.type).toBe('application/json');
  const predictions = json(a).predictions as { output_label: number; output_probability: Record<string, number> }[];
  expect(predictions).toHaveLength(ref.labels.length);
  predictions.forEach((p, i) => {
    expect(Object.keys(p)).toEqual(['output_label', 'output_probability']);
    // The label is a JSON integer (int64 in the model); the ZipMap's int64 keys become strings.
    expect(Number.isInteger(p.output_label)).toBe(true);
    expect(p.output_label).toBe(ref.labels[i]);
    expect(Object.keys(p.output_probability)).toEqual(['0', '1']);
    // float32 widened to double; onnxruntime's results move in the last float32 bits with the batch size.
    expect(p.output_probability['0']).toBeCloseTo(ref.probabilities[i]?.[0] as number, 6);
    expect(p.output_probability['1']).toBeCloseTo(ref.probabilities[i]?.[1] as number, 6);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlflow-serve-'));
  await Promise.all([saveMlflowOnnxModel(EXAMPLE_MODEL, join(dir, 'signed')), saveMlflowOnnxModel(EXAMPLE_MODEL, join(dir, 'unsigned'), { signature: false })]);
  [signed, unsigned, reference] = await Promise.all([startMlflowServe(join(dir, 'signed')), startMlflowServe(join(dir, 'unsigned')), ortReference(N)]);
}, 240_000);

afterAll(async () => {
  await Promise.all([signed?.stop(), unsigned?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('mlflow models serve: health and version', () => {
  it('answers GET /ping and /health with 200 and a newline, /version with the MLflow version', async () => {
    for (const path of ['/ping', '/health']) {
      const res = await fetch(signed.url + path);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('\n');
    }
    expect(await (await fetch(`${signed.url}/version`)).text()).toBe('3.17.2');
  });
});

describe('mlflow models serve: the four JSON forms and CSV, with a signature', () => {
  it('dataframe_split: {"predictions": [{"output_label": <int>, "output_probability": {"0": p, "1": p}}, ...]}', async () => {
    expectRowPredictions(await post(signed, split(FEATURES, rows)));
  });

  it('dataframe_records, instances of records, inputs of records, inputs as a dict of columns: the same', async () => {
    const records = asRecords(rows);
    const columns = Object.fromEntries(FEATURES.map((f, j) => [f, rows.map((r) => r[j])]));
    for (const body of [{ dataframe_records: records }, { instances: records }, { inputs: records }, { inputs: columns }]) expectRowPredictions(await post(signed, body));
  });

  it('text/csv with a header row: the same', async () => {
    const csv = [FEATURES.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
    expectRowPredictions(await post(signed, csv, 'text/csv'));
  });

  it('reads columns by name: reordered columns give the same predictions, an extra column is dropped', async () => {
    const order = [5, 1, 2, 3, 4, 0];
    expectRowPredictions(await post(signed, split(order.map((j) => FEATURES[j] as string), rows.map((r) => order.map((j) => r[j])))));
    expectRowPredictions(await post(signed, split([...FEATURES, 'label'], rows.map((r) => [...r, 1]))));
  });

  it('an empty batch is {"predictions": []}', async () => {
    const a = await post(signed, split(FEATURES, []));
    expect([a.status, json(a)]).toEqual([200, { predictions: [] }]);
  });
});

describe('mlflow models serve: without a signature', () => {
  it('dataframe_split and records: the same row records', async () => {
    expectRowPredictions(await post(unsigned, split(FEATURES, rows)));
    expectRowPredictions(await post(unsigned, { dataframe_records: asRecords(rows) }));
  });

  it('instances / inputs as rows of numbers, or {"<input name>": rows}: predictions by output, not by row', async () => {
    for (const body of [{ instances: rows }, { inputs: rows }, { inputs: { features: rows } }]) {
      const a = await post(unsigned, body);
      expect(a.status, a.text).toBe(200);
      const p = json(a).predictions as { output_label: number[]; output_probability: Record<string, number>[] };
      expect(Object.keys(p)).toEqual(['output_label', 'output_probability']);
      expect(p.output_label).toEqual(reference.labels);
      p.output_probability.forEach((m, i) => expect(m['1']).toBeCloseTo(reference.probabilities[i]?.[1] as number, 6));
    }
  });

  it('takes columns by position: reordered columns are scored as sent, a silently different answer', async () => {
    const a = await post(unsigned, split(['f5', 'f1', 'f2', 'f3', 'f4', 'f0'], [[rows[0]?.[5], ...(rows[0] ?? []).slice(1, 5), rows[0]?.[0]]]));
    expect(a.status).toBe(200);
    const p = json(a).predictions as { output_probability: Record<string, number> }[];
    expect(Math.abs((p[0]?.output_probability['1'] as number) - (reference.probabilities[0]?.[1] as number))).toBeGreaterThan(0.01);
  });
});

// Errors carry {"error_code", "message", "sqlstate", "error_class"} (and a "stack_trace" when the
// model itself raised); client mistakes are 400, whatever the kind.
const error = (code: string, errorClass: string, text: string) => ({ error_code: code, error_class: errorClass, message: expect.stringContaining(text) });
const row = rows[0] as number[];

describe('mlflow models serve: bad input, with a signature', () => {
  it.each<[string, unknown, string, string, string]>([
    ['a missing column', split(FEATURES.slice(0, 5), [row.slice(0, 5)]), 'INVALID_PARAMETER_VALUE', 'SCHEMA_ENFORCEMENT_FAILED', "Model is missing inputs ['f5']"],
    ['a string "false" for a float', split(FEATURES, [['false', ...row.slice(1)]]), 'BAD_REQUEST', 'INVALID_PARAMETER_VALUE', "Failed to convert column f0 to type 'float32'"],
    ['rows of numbers (no column names)', { instances: [row] }, 'INVALID_PARAMETER_VALUE', 'SCHEMA_ENFORCEMENT_FAILED', 'Model is missing inputs'],
    ['a ragged row', split(FEATURES, [row.slice(0, 3)]), 'BAD_REQUEST', 'INVALID_PARAMETER_VALUE', '6 columns passed, passed data had 3 columns'],
    // (the message goes on with the four names in Python's set order, which changes from run to run)
    ['none of the four fields', { rows: [row] }, 'BAD_REQUEST', 'INVALID_PARAMETER_VALUE', 'The input must be a JSON dictionary with exactly one of the input fields'],
    ['a JSON array', [row], 'BAD_REQUEST', 'INVALID_PARAMETER_VALUE', 'Received a list'],
    ['a body that is not JSON', '{not json', 'BAD_REQUEST', 'INVALID_PARAMETER_VALUE', 'Ensure that input is a valid JSON formatted string'],
    ['an empty body', '', 'BAD_REQUEST', 'INVALID_PARAMETER_VALUE', 'Ensure that input is a valid JSON formatted string'],
  ])('%s: 400 JSON error', async (_what, body, code, errorClass, text) => {
    const a = await post(signed, body);
    expect(a.status, a.text).toBe(400);
    expect(a.type).toBe('application/json');
    expect(json(a)).toMatchObject(error(code, errorClass, text));
  });

  it('accepts what converts to float: "1.5", true, an integer (200)', async () => {
    for (const v of ['1.5', true, 1]) expect((await post(signed, split(FEATURES, [[v, ...row.slice(1)]]))).status).toBe(200);
  });

  it('null (or NaN) for a float: 200 with NaN probabilities, a body that is not valid JSON', async () => {
    for (const body of [JSON.stringify(split(FEATURES, [[null, ...row.slice(1)]])), `{"dataframe_records": [{"f0": NaN, "f1": 1, "f2": 1, "f3": 1, "f4": 1, "f5": 1}]}`]) {
      const a = await post(signed, body);
      expect(a.status).toBe(200);
      expect(a.text).toMatch(/"output_probability": \{"0": NaN, "1": NaN\}/);
      expect(() => JSON.parse(a.text)).toThrow();
    }
  });

  it('text/plain: 415 with a plain-text sentence; no Content-Type at all: 500', async () => {
    const plain = await post(signed, '{}', 'text/plain');
    expect([plain.status, plain.type]).toEqual([415, 'text/plain; charset=utf-8']);
    expect(plain.text).toContain("This predictor only supports the following content types: Types: ['text/csv', 'application/json', 'application/vnd.apache.parquet']. Got 'text/plain'.");
    const none = await postWithoutContentType(signed, '{}');
    expect(none).toEqual({ status: 500, text: 'Internal Server Error' });
  });

  it('GET /invocations: 405, an unknown path: 404 (FastAPI\'s {"detail"})', async () => {
    const get = await fetch(`${signed.url}/invocations`);
    expect([get.status, await get.json()]).toEqual([405, { detail: 'Method Not Allowed' }]);
    const unknown = await fetch(`${signed.url}/nope`);
    expect([unknown.status, await unknown.json()]).toEqual([404, { detail: 'Not Found' }]);
  });
});

describe('mlflow models serve: bad input, without a signature (onnxruntime refuses it)', () => {
  it.each<[string, unknown, string]>([
    ['a missing column', split(FEATURES.slice(0, 5), [row.slice(0, 5)]), 'index: 1 Got: 5 Expected: 6'],
    ['an extra column', split([...FEATURES, 'x'], [[...row, 9]]), 'index: 1 Got: 7 Expected: 6'],
    ['a string "false" for a float', split(FEATURES, [['false', ...row.slice(1)]]), 'Unexpected input data type. Actual: (tensor(string)) , expected: (tensor(float))'],
  ])('%s: 400 with a generic message and the stack trace', async (_what, body, trace) => {
    const a = await post(unsigned, body);
    expect(a.status, a.text).toBe(400);
    expect(json(a)).toMatchObject({
      ...error('BAD_REQUEST', 'INVALID_PARAMETER_VALUE', 'Encountered an unexpected error while evaluating the model.'),
      stack_trace: expect.stringContaining(trace),
    });
  });
});
