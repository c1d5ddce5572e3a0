// The bench's Flask peer (bench/peers/flask_app.py, the seed's typical app.py) answers the example
// model's holdout rows with the labels and probabilities of Python onnxruntime in the `ml` env, so
// the bench compares servers that agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlaskPeer } from '../setup/flask-peer.js';
import type { PeerProcess } from '../setup/peer-process.js';
import { asRecords, EXAMPLE_MODEL, holdoutRows, ortReference, type Reference } from './example-model.js';

const N = 256;
const rows = holdoutRows(N);
let flask: PeerProcess;
let reference: Reference;

interface Prediction {
  label: number;
  probabilities: Record<string, number>;
}

async function predict(instances: unknown[]): Promise<Prediction[]> {
  const res = await fetch(`${flask.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ instances }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { predictions: Prediction[] }).predictions;
}

function expectReference(predictions: Prediction[], from = 0): void {
  predictions.forEach((p, k) => {
    const i = from + k;
    expect(p.label).toBe(reference.labels[i]);
    expect(Object.keys(p.probabilities)).toEqual(['0', '1']);
    // onnxruntime's float32 results move in their last bits with the batch size.
    expect(p.probabilities['0']).toBeCloseTo(reference.probabilities[i]?.[0] as number, 6);
    expect(p.probabilities['1']).toBeCloseTo(reference.probabilities[i]?.[1] as number, 6);
  });
}

beforeAll(async () => {
  [flask, reference] = await Promise.all([startFlaskPeer(EXAMPLE_MODEL), ortReference(N)]);
}, 120_000);

afterAll(async () => {
  await flask?.stop();
});

describe('bench/peers/flask_app.py', () => {
  it('answers GET /health', async () => {
    const res = await fetch(`${flask.url}/health`);
    expect([res.status, await res.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('a 256-row batch of numbers: the labels and probabilities of onnxruntime', async () => {
    const predictions = await predict(rows);
    expect(predictions).toHaveLength(N);
    expectReference(predictions);
  });

  it('records and single-row requests: the same', async () => {
    expectReference(await predict(asRecords(rows.slice(0, 32))));
    for (let i = 0; i < 8; i++) expectReference(await predict([rows[i]]), i);
  });
});
