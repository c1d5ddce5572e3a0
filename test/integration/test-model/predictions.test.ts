// Predictions of onnxruntime-node through test-model's own path (model file -> ZipMap removed ->
// columns cast to the inputs -> batches) against Python onnxruntime 1.30 (the same version) on the
// same rows: labels identical; probabilities and values equal to the float32 bit on almost every
// row. The Python wheel and the Node binary are separate builds whose tree-ensemble kernels round
// the last bit differently on a few rows (2 of 2000 for the regressor), so floats may differ by at
// most 2 float32 ulps.
import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTable } from '../../../src/data/table.js';
import { predict } from '../../../src/evaluate/evaluate.js';
import { planInputs, toFeeds } from '../../../src/evaluate/features.js';
import { loadModel, readModelFile } from '../../../src/evaluate/model.js';
import { loadOnnxRuntime, type Ort } from '../../../src/evaluate/runtime/onnxruntime.js';
import { fixtures, type Fixtures } from '../../setup/fixtures.js';

const ORT_PREDICT = join(import.meta.dirname, '..', '..', 'evaluate', 'py', 'ort_predict.py');
let fx: Fixtures;
let ort: Ort;

beforeAll(async () => {
  fx = fixtures();
  ort = (await loadOnnxRuntime({ path: '', cwd: fx.dir, toolCache: join(homedir(), '.cache', 'model-cd', 'tools'), registry: process.env.NPM_CONFIG_REGISTRY || 'https://registry.npmjs.org' })).ort;
}, 120_000);

async function ours(model: string, data: string, label: string, inputColumns?: Record<string, string[]>) {
  const m = await loadModel(ort, await readModelFile('candidate', 'candidate', fx.model(model)), undefined, undefined);
  const table = await openTable(fx.data(data));
  const plans = planInputs(m.info, 'candidate', { label, columns: table.columns, source: 'test', ...(inputColumns ? { inputColumns } : {}) });
  const labels: string[] = [];
  const proba: number[] = [];
  const values: number[] = [];
  // An odd batch size, so batches do not line up with anything in the file.
  for await (const batch of table.batches(333)) {
    const out = await predict(ort, m, plans, toFeeds(plans, batch, { nullable: new Set(), what: data }), batch.rows);
    labels.push(...(out.labels ?? []));
    proba.push(...(out.proba ?? []));
    values.push(...(out.values ?? []));
  }
  await table.close();
  return { labels, proba, values, classes: m.classes };
}

async function python(model: string, data: string, features: unknown, labelOutput: string, probaOutput: string) {
  const { stdout } = await promisify(execFile)(fx.python, [ORT_PREDICT, fx.model(model), fx.data(data), JSON.stringify(features), labelOutput, probaOutput], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as { labels: string[] | null; probabilities: number[][] | null; classes: string[] | null; values: number[] | null };
}

/** Equal, or at most 2 float32 ulps apart, and bit-identical on at least 99% of the values. */
function expectFloat32Close(got: number[], want: number[]): void {
  expect(got).toHaveLength(want.length);
  let differing = 0;
  got.forEach((g, i) => {
    const w = want[i] as number;
    if (g === w) return;
    differing++;
    const ulp = 2 ** (Math.floor(Math.log2(Math.max(Math.abs(w), 2 ** -126))) - 23);
    expect(Math.abs(g - w), `value ${i}: ${g} vs ${w}`).toBeLessThanOrEqual(2 * ulp);
  });
  expect(differing).toBeLessThanOrEqual(want.length / 100);
}

describe('test-model predictions equal Python onnxruntime', () => {
  for (const model of ['binary.onnx', 'binary_nozipmap.onnx', 'multiclass.onnx', 'champion.onnx', 'candidate_better.onnx']) {
    it(`${model}: labels and probabilities`, async () => {
      const meta = fx.manifest.models[model];
      if (!meta) throw new Error(`no ${model} in the manifest`);
      const got = await ours(model, meta.dataset as string, meta.label_column as string);
      const want = await python(model, meta.dataset as string, meta.feature_columns, meta.label_output as string, meta.probability_output as string);
      expect(got.labels).toEqual(want.labels);
      expect(got.classes).toEqual(want.classes);
      expectFloat32Close(got.proba, (want.probabilities ?? []).flat());
    });
  }

  it('regressor.onnx and fixed_batch.onnx: values', async () => {
    for (const model of ['regressor.onnx', 'fixed_batch.onnx']) {
      const meta = fx.manifest.models[model];
      if (!meta) throw new Error(`no ${model} in the manifest`);
      const got = await ours(model, 'regression.csv', meta.label_column as string);
      const want = await python(model, 'regression.csv', meta.feature_columns, meta.outputs[0]?.name as string, '');
      expectFloat32Close(got.values, want.values ?? []);
    }
  });

  it('multi_input.onnx: two named inputs mapped from five columns', async () => {
    const mapping = { numeric: ['n0', 'n1', 'n2'], extra: ['e0', 'e1'] };
    const meta = fx.manifest.models['multi_input.onnx'];
    const got = await ours('multi_input.onnx', 'multi_input.csv', 'label', mapping);
    const want = await python('multi_input.onnx', 'multi_input.csv', mapping, meta?.label_output as string, meta?.probability_output as string);
    expect(got.labels).toEqual(want.labels);
    expectFloat32Close(got.proba, (want.probabilities ?? []).flat());
  });
});
