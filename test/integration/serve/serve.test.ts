// model-cd serve as a process on 127.0.0.1 (the bundle an image runs), with the real
// onnxruntime-node: what both protocols answer, checked against Python onnxruntime on the same rows;
// every malformed request gets a 4xx JSON error naming the field; the metrics count what happened.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../harness.js';
import { EXAMPLE_MODEL, FEATURES, HOLDOUT, holdoutRows } from '../example-model.js';
import { pythonPredict, startServe, type Oracle, type Served } from './serve-lib.js';

const MODEL = EXAMPLE_MODEL;
const CONTRACT = join(ROOT, 'examples', 'model', 'model-contract.yaml');

async function post(url: string, body: unknown, type = 'application/json'): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Floats from the same model in two runtimes: equal to float32 precision. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe('serve: the example fraud classifier with its contract', () => {
  let s: Served;
  let oracle: Oracle;
  const rows = holdoutRows(40);

  beforeAll(async () => {
    s = await startServe(['--model', MODEL, '--contract', CONTRACT]);
    const all = await pythonPredict(MODEL, HOLDOUT, FEATURES, 'output_label', 'output_probability');
    oracle = { ...all, labels: (all.labels ?? []).slice(0, 40), probabilities: (all.probabilities ?? []).slice(0, 40) };
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  it('is ready and describes the model: the file sha256, the contract columns, v2 datatypes', async () => {
    const ready = s.logs.find((l) => l.msg === 'ready') as Record<string, unknown>;
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(readFileSync(MODEL)).digest('hex');
    expect(ready).toMatchObject({ model: 'candidate', sha256: sha, task: 'binary', version: sha.slice(0, 12) });
    expect(await (await fetch(`${s.url}/v2/health/live`)).json()).toEqual({ live: true });
    expect(await (await fetch(`${s.url}/v2/health/ready`)).json()).toEqual({ ready: true });
    expect((await fetch(`${s.url}/ping`)).status).toBe(200);
    const meta = (await (await fetch(`${s.url}/v2/models/candidate`)).json()) as Record<string, unknown>;
    expect(meta).toMatchObject({
      name: 'candidate',
      versions: [sha.slice(0, 12)],
      inputs: [{ name: 'features', datatype: 'FP32', shape: [-1, 6] }],
      outputs: [
        { name: 'output_label', datatype: 'INT64', shape: [-1] },
        { name: 'output_probability', datatype: 'FP32', shape: [-1, 2] },
      ],
      parameters: { sha256: sha, task: 'binary', classes: [0, 1] },
    });
    expect((meta.parameters as { columns: { name: string }[] }).columns.map((c) => c.name)).toEqual(FEATURES);
  });

  it('answers every MLflow request form and v2 with the predictions Python onnxruntime makes', async () => {
    const records = rows.map((r) => Object.fromEntries(FEATURES.map((f, j) => [f, r[j]])));
    const answers = [
      await post(`${s.url}/invocations`, { dataframe_split: { columns: FEATURES, data: rows } }),
      await post(`${s.url}/invocations`, { dataframe_records: records }),
      await post(`${s.url}/invocations`, { instances: rows }),
      await post(`${s.url}/invocations`, { inputs: { features: rows } }),
      await post(`${s.url}/invocations`, { inputs: Object.fromEntries(FEATURES.map((f, j) => [f, rows.map((r) => r[j])])) }),
      await post(`${s.url}/invocations`, [FEATURES.join(','), ...rows.map((r) => r.join(','))].join('\n'), 'text/csv'),
    ];
    for (const a of answers) {
      expect(a.status).toBe(200);
      const preds = a.json.predictions as { output_label: number; output_probability: Record<string, number> }[];
      expect(preds.map((p) => p.output_label)).toEqual((oracle.labels ?? []).map(Number));
      preds.forEach((p, i) => {
        expect(Object.keys(p.output_probability)).toEqual(['0', '1']);
        const want = (oracle.probabilities ?? [])[i] as number[];
        expect(close(p.output_probability['0'] as number, want[0] as number) && close(p.output_probability['1'] as number, want[1] as number), `row ${i}`).toBe(true);
      });
    }
    const tensor = await post(`${s.url}/v2/models/candidate/infer`, { id: 'r1', inputs: [{ name: 'features', shape: [rows.length, 6], datatype: 'FP32', data: rows.flat() }] });
    const columns = await post(`${s.url}/v2/models/candidate/versions/${(s.logs[0] as { version: string }).version}/infer`, {
      inputs: FEATURES.map((f, j) => ({ name: f, shape: [rows.length], datatype: 'FP64', data: rows.map((r) => r[j]) })),
      outputs: [{ name: 'output_label' }],
    });
    expect(tensor.status).toBe(200);
    expect(tensor.json).toMatchObject({ model_name: 'candidate', id: 'r1' });
    const [label, proba] = tensor.json.outputs as { name: string; datatype: string; shape: number[]; data: number[]; parameters?: unknown }[];
    expect(label).toEqual({ name: 'output_label', datatype: 'INT64', shape: [rows.length], data: (oracle.labels ?? []).map(Number) });
    expect(proba?.shape).toEqual([rows.length, 2]);
    expect(proba?.parameters).toEqual({ classes: [0, 1] });
    expect(proba?.data.every((p, i) => close(p, (oracle.probabilities ?? []).flat()[i] as number))).toBe(true);
    expect(columns.json.outputs).toEqual([{ name: 'output_label', datatype: 'INT64', shape: [rows.length], data: (oracle.labels ?? []).map(Number) }]);
  });

  it('gives each of 120 concurrent one-row requests its own row\'s answer (requests batched together are split back)', async () => {
    const answers = await Promise.all(rows.concat(rows, rows).map((r) => post(`${s.url}/invocations`, { instances: [r] })));
    answers.forEach((a, i) => {
      expect(a.status).toBe(200);
      expect((a.json.predictions as { output_label: number }[])[0]?.output_label, `request ${i}`).toBe(Number((oracle.labels ?? [])[i % rows.length]));
    });
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    const runs = Number(/^model_cd_inference_batch_rows_count (\d+)$/m.exec(metrics)?.[1]);
    const batched = Number(/^model_cd_inference_batch_rows_sum (\d+)$/m.exec(metrics)?.[1]);
    // Every predicted row went through a run, whatever the grouping was.
    expect(batched).toBe(Number(/^model_cd_rows_predicted_total (\d+)$/m.exec(metrics)?.[1]));
    expect(runs).toBeGreaterThan(0);
  });

  const r0 = { f0: 1, f1: 2, f2: 3, f3: 4, f4: 5, f5: 6 };
  const bad: [string, string, unknown, number, string, string?][] = [
    ['a string "false" for a float', '/invocations', { dataframe_records: [{ ...r0, f5: 'false' }] }, 422, 'wrong_type', 'f5'],
    ['a boolean for a float', '/invocations', { dataframe_records: [{ ...r0, f1: true }] }, 422, 'wrong_type', 'f1'],
    ['a missing column', '/invocations', { dataframe_records: [{ f0: 1, f1: 2, f2: 3, f3: 4, f4: 5 }] }, 422, 'missing_column', 'f5'],
    ['an extra column', '/invocations', { dataframe_records: [{ ...r0, amount: 3 }] }, 422, 'unexpected_column', 'amount'],
    ['null where nulls are forbidden', '/invocations', { dataframe_split: { columns: FEATURES, data: [[1, 2, 3, 4, 5, null]] } }, 422, 'null_forbidden', 'f5'],
    ['NaN (Python json) where nulls are forbidden', '/invocations', '{"dataframe_split": {"columns": ["f0","f1","f2","f3","f4","f5"], "data": [[1, 2, 3, 4, 5, NaN]]}}', 422, 'null_forbidden', 'f5'],
    ['a row of 5 values', '/invocations', { instances: [[1, 2, 3, 4, 5]] }, 422, 'wrong_shape'],
    ['a ragged dataframe_split', '/invocations', { dataframe_split: { columns: FEATURES, data: [[1, 2, 3]] } }, 422, 'wrong_shape'],
    ['no known form', '/invocations', { rows: [] }, 400, 'bad_request'],
    ['a body that is not JSON', '/invocations', 'f0=1', 400, 'not_json'],
    ['an empty body', '/invocations', '', 400, 'empty_body'],
    ['a v2 tensor of the wrong shape', '/v2/models/candidate/infer', { inputs: [{ name: 'features', shape: [1, 5], datatype: 'FP32', data: [1, 2, 3, 4, 5] }] }, 422, 'wrong_shape', 'features'],
    ['a v2 shape that does not hold its data', '/v2/models/candidate/infer', { inputs: [{ name: 'features', shape: [2, 6], datatype: 'FP32', data: [1, 2, 3, 4, 5, 6] }] }, 422, 'wrong_shape', 'features'],
    ['a v2 BYTES column for a float', '/v2/models/candidate/infer', { inputs: FEATURES.map((f) => ({ name: f, shape: [1], datatype: f === 'f5' ? 'BYTES' : 'FP32', data: [f === 'f5' ? 'false' : 1] })) }, 422, 'wrong_type', 'f5'],
    ['a v2 string inside FP32 data', '/v2/models/candidate/infer', { inputs: [{ name: 'features', shape: [1, 6], datatype: 'FP32', data: [1, 2, 3, 4, 5, 'false'] }] }, 422, 'wrong_type', 'f5'],
    ['a v2 body without inputs', '/v2/models/candidate/infer', { data: [] }, 400, 'bad_request', 'inputs'],
    ['an unknown v2 output', '/v2/models/candidate/infer', { inputs: [{ name: 'features', shape: [1, 6], datatype: 'FP32', data: [1, 2, 3, 4, 5, 6] }], outputs: [{ name: 'scores' }] }, 400, 'bad_request', 'outputs'],
    ['another model name', '/v2/models/fraud/infer', { inputs: [] }, 404, 'not_found', 'name'],
  ];
  it.each(bad)('refuses %s with a JSON error naming it, never a 5xx', async (_what, path, body, status, reason, field) => {
    const a = await post(`${s.url}${path}`, body);
    expect(a.status).toBe(status);
    expect(a.json).toMatchObject({ reason, ...(field ? { field } : {}) });
    expect(a.json.error).toBe(a.json.message);
    expect(typeof a.json.error === 'string' && a.json.error.length > 20).toBe(true);
  });

  it('refuses a body over the limit (413), an unknown content type (415), a wrong method (405) and path (404)', async () => {
    expect((await post(`${s.url}/invocations`, 'x'.repeat(9 << 20))).status).toBe(413);
    const form = await post(`${s.url}/invocations`, 'f0=1', 'application/x-www-form-urlencoded');
    expect(form).toMatchObject({ status: 415, json: { reason: 'unsupported_media_type' } });
    expect((await fetch(`${s.url}/invocations`)).status).toBe(405);
    expect((await fetch(`${s.url}/v3/anything`)).status).toBe(404);
  });

  it('exposes the metrics rollout analysis reads, and logs each request with its id', async () => {
    const res = await fetch(`${s.url}/invocations`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' }, body: JSON.stringify({ instances: [rows[0]] }) });
    expect(res.headers.get('x-request-id')).toBe('req-42');
    await res.json();
    const text = await (await fetch(`${s.url}/metrics`)).text();
    const sha = (s.logs[0] as { sha256: string }).sha256;
    expect(text).toContain(`model_cd_model_info{name="candidate",version="${sha.slice(0, 12)}",sha256="${sha}"} 1`);
    expect(text).toMatch(/^model_cd_http_requests_total\{route="\/invocations",code="200"\} \d+$/m);
    expect(text).toMatch(/^model_cd_http_requests_total\{route="\/invocations",code="422"\} \d+$/m);
    expect(text).toMatch(/^model_cd_http_requests_total\{route="\/v2\/models\/\{name\}\/infer",code="404"\} 1$/m);
    expect(text).toMatch(/^model_cd_input_validation_failures_total\{reason="wrong_type"\} 4$/m);
    expect(text).toMatch(/^model_cd_input_validation_failures_total\{reason="null_forbidden"\} 2$/m);
    expect(text).toMatch(/^model_cd_http_request_duration_seconds_bucket\{route="\/invocations",le="\+Inf"\} \d+$/m);
    const byClass = [...text.matchAll(/^model_cd_predictions_total\{class="(\d)"\} (\d+)$/gm)].reduce((n, m) => n + Number(m[2]), 0);
    expect(byClass).toBe(Number(/^model_cd_rows_predicted_total (\d+)$/m.exec(text)?.[1]));
    // Not-found and wrong-method requests are not validation failures.
    expect(text).not.toMatch(/reason="not_found"/);
    const line = s.logs.find((l) => l.request_id === 'req-42');
    expect(line).toMatchObject({ msg: 'request', method: 'POST', route: '/invocations', status: 200, rows: 1 });
  });
});
