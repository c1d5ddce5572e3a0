// Negative cases generated from the contract and one good row, in each protocol's request form,
// and how an answer to one is judged: only a 4xx with a JSON error object is a refusal.
import { describe, expect, it } from 'vitest';
import { EXTRA_COLUMN, judgeRefusal, NEGATIVE_CASES, negativeCases } from '../../../src/endpoint/negative.js';
import { example, exchange, mlflow, rows, v2 } from './helpers.js';

const ex = example();
const byName = (cases: ReturnType<typeof negativeCases>) => Object.fromEntries(cases.map((c) => [c.name, c]));

describe('negativeCases', () => {
  it('makes each case from the first good row, as MLflow dataframe_split', () => {
    const c = byName(negativeCases(rows(ex), mlflow(ex), NEGATIVE_CASES, 4096));
    expect(Object.keys(c)).toEqual([...NEGATIVE_CASES]);
    expect(JSON.parse(c['missing-field']?.body ?? '')).toEqual({ dataframe_split: { columns: ['f1', 'f2', 'f3', 'f4', 'f5'], data: [[1.3677, 0.7558, 2.8073, -1.992, -1.3141]] } });
    expect(c['missing-field']?.what).toBe('no column `f0`');
    expect(JSON.parse(c['wrong-type']?.body ?? '').dataframe_split.data).toEqual([['false', 1.3677, 0.7558, 2.8073, -1.992, -1.3141]]);
    expect(c['wrong-type']?.what).toBe('`f0` is "false" but declared float');
    expect(JSON.parse(c['extra-column']?.body ?? '').dataframe_split.columns).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5', EXTRA_COLUMN]);
    expect(c['empty-body']?.body).toBe('');
    expect(() => JSON.parse(c['not-json']?.body ?? '')).toThrow();
  });

  it('pads the oversized body to the size asked for, and it stays the good row as JSON', () => {
    const c = byName(negativeCases(rows(ex), mlflow(ex), ['oversized-body'], 4096));
    const body = c['oversized-body']?.body ?? '';
    expect(Buffer.byteLength(body)).toBe(4096);
    expect(JSON.parse(body).dataframe_split.data).toHaveLength(1);
    expect(c['oversized-body']?.describeBody).toBe('a 4.00 KiB body (one good row padded with whitespace)');
  });

  it('writes v2 tensors by model input: a missing or extra column changes the width, a wrong type stays in the data', () => {
    const c = byName(negativeCases(rows(ex), v2(ex), NEGATIVE_CASES, 4096));
    expect(JSON.parse(c['missing-field']?.body ?? '').inputs).toEqual([{ name: 'features', shape: [1, 5], datatype: 'FP32', data: [1.3677, 0.7558, 2.8073, -1.992, -1.3141] }]);
    expect(JSON.parse(c['extra-column']?.body ?? '').inputs[0].shape).toEqual([1, 7]);
    expect(JSON.parse(c['wrong-type']?.body ?? '').inputs[0].data[0]).toBe('false');
  });

  it('writes v2 one tensor per column when the server\'s inputs are the columns', () => {
    const cols = (ex.features ?? []).map((f) => ({ name: f.name, datatype: 'FP64', shape: [-1] }));
    const c = byName(negativeCases(rows(ex), v2(ex, cols), ['missing-field', 'wrong-type'], 4096));
    const missing = JSON.parse(c['missing-field']?.body ?? '').inputs as { name: string }[];
    expect(missing.map((t) => t.name)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(JSON.parse(c['wrong-type']?.body ?? '').inputs[0]).toEqual({ name: 'f0', shape: [1], datatype: 'FP64', data: ['false'] });
  });

  it('puts a number in a string column when every column is a string', () => {
    const s = { features: [{ name: 'city', type: 'string' as const, nulls: 'forbid' as const }], rows: [['Paris']] };
    const [c] = negativeCases(s, mlflow(ex), ['wrong-type'], 4096);
    expect(c?.what).toBe('`city` is 1 but declared string');
  });
});

describe('judgeRefusal', () => {
  it('takes a 4xx with a JSON error object as a refusal', () => {
    expect(judgeRefusal(exchange(422, '{"error": "missing column f0"}'))).toBeNull();
    expect(judgeRefusal(exchange(413, '{"error_code": "BAD_REQUEST", "message": "too large"}'))).toBeNull();
  });

  it('fails a 5xx, a 2xx, a 4xx without a JSON body and no answer, naming the request and the answer', () => {
    expect(judgeRefusal(exchange(500, 'Internal Server Error', 'text/plain'))).toBe(
      'POST http://127.0.0.1:1/invocations with the body {} answered 500 text/plain: Internal Server Error; that is a server error: the server broke on a request it should have refused with a 4xx.',
    );
    expect(judgeRefusal(exchange(200, '{"predictions": [0]}'))).toContain('answered 200 application/json: {"predictions": [0]}; that is a success: the server accepted a request it should have refused with a 4xx.');
    expect(judgeRefusal(exchange(400, '<h1>Bad Request</h1>', 'text/html'))).toContain('a 4xx, but the body is not a JSON error object');
    expect(judgeRefusal(exchange(null, ''))).toContain('no answer: ECONNRESET (socket hang up); that is no answer came');
  });
});
