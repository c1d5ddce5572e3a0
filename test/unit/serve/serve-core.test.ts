// serve's pure parts: lenient JSON, request rows typed by the contract columns, both protocols'
// request forms, the Prometheus text, the routes.
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/serve/json.js';
import { Counter, Histogram, Registry } from '../../../src/serve/metrics.js';
import { csvRows, mlflowRows } from '../../../src/serve/protocol-mlflow.js';
import { v2Rows } from '../../../src/serve/protocol-v2.js';
import { RequestError } from '../../../src/serve/request-error.js';
import { route } from '../../../src/serve/routes.js';
import { validate } from '../../../src/serve/rows.js';
import type { ServedModel } from '../../../src/serve/served-model.js';

// Only what request parsing reads of a served model.
const served = {
  plans: [{ input: 'x', elem: 'float32', columns: ['a', 'b', 'c'], flat: false, fixedBatch: null }],
  columns: [
    { name: 'a', type: 'float', nulls: 'forbid', input: 'x' },
    { name: 'b', type: 'float', nulls: 'allow', input: 'x' },
    { name: 'c', type: 'int', nulls: 'forbid', input: 'x' },
  ],
  positional: false,
} as unknown as ServedModel;

const reasonOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof RequestError) return [e.status, e.reason, e.detail.field];
    throw e;
  }
  return null;
};

describe('parseBody', () => {
  it('reads NaN and Infinity as Python writes them, outside strings only', () => {
    expect(parseBody('{"a": [NaN, -Infinity, Infinity, "NaN"]}')).toEqual({ a: [NaN, -Infinity, Infinity, 'NaN'] });
    expect(parseBody('{"s": "Infinity is \\"NaN\\""}')).toEqual({ s: 'Infinity is "NaN"' });
  });
  it('names what is wrong with a body that is not JSON', () => {
    expect(reasonOf(() => parseBody('{"a": NaNa}'))).toEqual([400, 'not_json', undefined]);
    expect(reasonOf(() => parseBody('  '))).toEqual([400, 'empty_body', undefined]);
  });
});

describe('validate', () => {
  const rows = (cols: Record<string, unknown[]>) => ({ rows: Object.values(cols)[0]?.length ?? 0, columns: new Map(Object.entries(cols)), where: 'test' });
  it('types cells by column, NaN passing only where nulls are allowed', () => {
    const b = validate(rows({ a: [1.5], b: [NaN], c: [2] }), served);
    expect(b.columns).toEqual({ a: [1.5], b: [NaN], c: [2] });
    expect(validate(rows({ a: [1], b: [null], c: [3] }), served).columns.b).toEqual([null]);
  });
  it.each([
    [{ a: ['1'], b: [1], c: [1] }, [422, 'wrong_type', 'a']],
    [{ a: [1], b: [1], c: [1.5] }, [422, 'wrong_type', 'c']],
    [{ a: [NaN], b: [1], c: [1] }, [422, 'null_forbidden', 'a']],
    [{ a: [Infinity], b: [1], c: [1] }, [422, 'null_forbidden', 'a']],
    [{ a: [1], b: [1], c: [null] }, [422, 'null_forbidden', 'c']],
    [{ a: [1], b: [1] }, [422, 'missing_column', 'c']],
    [{ a: [1], b: [1], c: [1], d: [1] }, [422, 'unexpected_column', 'd']],
    [{ a: [1, 2], b: [1], c: [1, 2] }, [422, 'wrong_shape', 'b']],
  ])('%j is refused', (cols, want) => {
    expect(reasonOf(() => validate({ ...rows(cols), rows: (cols.a as unknown[]).length }, served))).toEqual(want);
  });
  it('reads CSV text by the column types', () => {
    expect(validate(csvRows('a,b,c\n1.5,,2\n'), served).columns).toEqual({ a: [1.5], b: [null], c: [2] });
    expect(reasonOf(() => validate(csvRows('a,b,c\nx,1,2\n'), served))).toEqual([422, 'wrong_type', 'a']);
  });
});

describe('MLflow request forms', () => {
  const cols = (r: ReturnType<typeof mlflowRows>) => Object.fromEntries(r.columns as Map<string, unknown[]>);
  it('reads split, records, instances rows and dicts alike', () => {
    const want = { a: [1, 4], b: [2, 5], c: [3, 6] };
    expect(cols(mlflowRows({ dataframe_split: { columns: ['a', 'b', 'c'], data: [[1, 2, 3], [4, 5, 6]] } }, served))).toEqual(want);
    expect(cols(mlflowRows({ dataframe_records: [{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }] }, served))).toEqual(want);
    expect(cols(mlflowRows({ instances: [[1, 2, 3], [4, 5, 6]] }, served))).toEqual(want);
    expect(cols(mlflowRows({ inputs: { x: [[1, 2, 3], [4, 5, 6]] } }, served))).toEqual(want);
    expect(cols(mlflowRows({ inputs: want }, served))).toEqual(want);
  });
  it('refuses other shapes', () => {
    expect(reasonOf(() => mlflowRows([1, 2], served))).toEqual([400, 'bad_request', undefined]);
    expect(reasonOf(() => mlflowRows({ instances: [[1, 2]] }, served))).toEqual([422, 'wrong_shape', 'instances[0]']);
    expect(reasonOf(() => mlflowRows({ dataframe_records: [{ a: 1, b: 2, c: 3 }, { a: 1, b: 2 }] }, served))).toEqual([422, 'missing_column', 'c']);
    expect(reasonOf(() => mlflowRows({ dataframe_split: { columns: ['a'] } }, served))).toEqual([400, 'bad_request', 'dataframe_split']);
  });
});

describe('v2 request forms', () => {
  it('takes the tensor form and the column form', () => {
    const t = v2Rows({ inputs: [{ name: 'x', shape: [2, 3], datatype: 'FP32', data: [[1, 2, 3], [4, 5, 6]] }] }, served);
    expect(Object.fromEntries(t.rows.columns as Map<string, unknown[]>)).toEqual({ a: [1, 4], b: [2, 5], c: [3, 6] });
    const c = v2Rows({ inputs: [{ name: 'a', shape: [1], datatype: 'FP64', data: [1] }, { name: 'c', shape: [1, 1], datatype: 'INT64', data: [2] }] }, served);
    expect(Object.fromEntries(c.rows.columns as Map<string, unknown[]>)).toEqual({ a: [1], c: [2] });
  });
  it('checks datatypes and shapes', () => {
    expect(reasonOf(() => v2Rows({ inputs: [{ name: 'c', shape: [1], datatype: 'FP32', data: [1] }] }, served))).toEqual([422, 'wrong_type', 'c']);
    expect(reasonOf(() => v2Rows({ inputs: [{ name: 'x', shape: [1, 2], datatype: 'FP32', data: [1, 2] }] }, served))).toEqual([422, 'wrong_shape', 'x']);
    expect(reasonOf(() => v2Rows({ inputs: [{ name: 'x', shape: [2, 3], datatype: 'FP32', data: [1, 2, 3] }] }, served))).toEqual([422, 'wrong_shape', 'x']);
    expect(reasonOf(() => v2Rows({ inputs: [] }, served))).toEqual([400, 'bad_request', 'inputs']);
  });
});

describe('Prometheus text', () => {
  it('renders counters with escaped labels and cumulative histogram buckets', () => {
    const r = new Registry();
    const c = r.add(new Counter('t_total', 'Things.'));
    const h = r.add(new Histogram('t_seconds', 'Time.', [0.1, 1]));
    c.inc({ route: 'a"b\\c\nd' }, 2);
    for (const v of [0.05, 0.5, 0.7, 3]) h.observe(v);
    expect(r.render()).toBe(
      [
        '# HELP t_total Things.',
        '# TYPE t_total counter',
        't_total{route="a\\"b\\\\c\\nd"} 2',
        '# HELP t_seconds Time.',
        '# TYPE t_seconds histogram',
        't_seconds_bucket{le="0.1"} 1',
        't_seconds_bucket{le="1"} 3',
        't_seconds_bucket{le="+Inf"} 4',
        't_seconds_sum 4.25',
        't_seconds_count 4',
        '',
      ].join('\n'),
    );
  });
});

describe('routes', () => {
  it('gives route templates, so model names do not make new metric series', () => {
    expect(route('/v2/models/fraud/versions/3/infer')).toEqual({ route: { kind: 'infer', template: '/v2/models/{name}/versions/{version}/infer', name: 'fraud', version: '3' }, method: 'POST' });
    expect(route('/v2/models/fraud/')).toMatchObject({ route: { kind: 'model', template: '/v2/models/{name}' }, method: 'GET' });
    expect(route('/wp-admin').route.template).toBe('other');
  });
});
