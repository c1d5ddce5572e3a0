// Online/offline parity comparison (labels equal, floats within rtol = atol = tolerance; a
// mismatch names the row, the column and both values) and the load numbers and gates.
import { describe, expect, it } from 'vitest';
import { judgeLoad, percentile, type LoadResult } from '../../../src/endpoint/load.js';
import { decodeMlflow } from '../../../src/endpoint/mlflow.js';
import { close, compareParity, mismatchLine, parityGaps, sameLabel, type Offline } from '../../../src/endpoint/parity.js';
import { example } from './helpers.js';

const ex = example();
const offline: Offline = { labels: ['0', '1'], proba: Float64Array.from([0.7, 0.3, 0.2, 0.8]), values: null, classes: ['0', '1'] };
const answer = (l0: unknown, p: [number, number][]) => decodeMlflow({ predictions: p.map(([a, b], i) => ({ output_label: i === 0 ? l0 : 1, output_probability: { '0': a, '1': b } })) }, p.length, ex);

describe('parity', () => {
  it('is equal within the tolerance, relative and absolute', () => {
    expect(close(1 + 1e-6, 1, 1e-5)).toBe(true);
    expect(close(1 + 3e-5, 1, 1e-5)).toBe(false);
    expect(close(1e-6, 0, 1e-5)).toBe(true);
    expect(compareParity(answer(0, [[0.7 + 5e-6, 0.3], [0.2, 0.8]]), offline, 1e-5)).toEqual([]);
  });

  it('takes labels equal when they read as the same number or text', () => {
    expect(sameLabel(0, '0')).toBe(true);
    expect(sameLabel('0', '0')).toBe(true);
    expect(sameLabel(true, '1')).toBe(true);
    expect(sameLabel('false', '0')).toBe(false);
    expect(sameLabel(1, '0')).toBe(false);
  });

  it('names the row, the column and both values of every difference', () => {
    const m = compareParity(answer(1, [[0.6, 0.4], [0.2, 0.8]]), offline, 1e-5);
    expect(m).toEqual([
      { row: 1, column: 'output_label', online: 1, offline: '0' },
      { row: 1, column: 'output_probability[0]', online: 0.6, offline: 0.7 },
      { row: 1, column: 'output_probability[1]', online: 0.4, offline: 0.3 },
    ]);
    expect(mismatchLine(m[1] as (typeof m)[number], 1e-5)).toBe('row 1, `output_probability[0]`: endpoint 0.6, model file 0.7 (difference 0.100, tolerance 1e-5)');
  });

  it('matches probabilities by class name, whatever order the answer gives them in', () => {
    const d = decodeMlflow({ predictions: [{ output_label: 0, output_probability: { '1': 0.3, '0': 0.7 } }, { output_label: 1, output_probability: { '1': 0.8, '0': 0.2 } }] }, 2, ex);
    expect(compareParity(d, offline, 1e-5)).toEqual([]);
  });

  it('says when the answer lacks what the model gives', () => {
    const d = decodeMlflow({ predictions: [0, 1] }, 2, ex);
    expect(parityGaps(d, offline)).toEqual(['the model gives probabilities, the answer has none']);
  });

  it('compares a regressor\'s values', () => {
    const reg: Offline = { labels: null, proba: null, values: Float64Array.from([1.5, 2]), classes: null };
    const d = decodeMlflow({ predictions: [1.5, 2.1] }, 2, { ...ex, task: 'regression' });
    expect(compareParity(d, reg, 1e-5)).toEqual([{ row: 2, column: 'predictions', online: 2.1, offline: 2 }]);
  });
});

describe('load numbers and gates', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });

  const result: LoadResult = { durationS: 10, connections: 10, rate: 0, batchRows: 1, requests: 1000, ok: 990, non2xx: 10, errors: 0, timeouts: 0, errorRate: 0.01, rps: 99, rowsPerSecond: 99, p50Ms: 2, p95Ms: 8, p99Ms: 20, maxMs: 30, statusCodes: { '200': 990, '503': 10 } };

  it('gates the error rate always, latency and throughput when asked', () => {
    expect(judgeLoad(result, { maxErrorRate: 0, maxP95Ms: null, maxP99Ms: null, minRps: null })).toEqual([{ gate: 'max-error-rate', requirement: 'error rate <= 0', value: 0.01, passed: false }]);
    const g = judgeLoad(result, { maxErrorRate: 0.05, maxP95Ms: 10, maxP99Ms: 15, minRps: 100 });
    expect(g.map((x) => [x.gate, x.passed])).toEqual([
      ['max-error-rate', true],
      ['max-p95-ms', true],
      ['max-p99-ms', false],
      ['min-rps', false],
    ]);
  });

  it('fails a latency gate when no request succeeded', () => {
    const [, p95] = judgeLoad({ ...result, ok: 0, p95Ms: null }, { maxErrorRate: 1, maxP95Ms: 10, maxP99Ms: null, minRps: null });
    expect(p95).toMatchObject({ gate: 'max-p95-ms', value: null, passed: false });
  });
});
