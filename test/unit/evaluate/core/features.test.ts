import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/common/errors.js';
import type { Batch, Cell } from '../../../../src/data/table.js';
import { parseNumber, planInputs, toFeeds, type InputPlan, type PlanOptions } from '../../../../src/evaluate/features.js';
import type { Dim, ElemType, ModelInfo, ValueInfo } from '../../../../src/evaluate/onnx/model.js';

const tensor = (name: string, elem: ElemType, shape: Dim[] | null): ValueInfo => ({ name, type: { kind: 'tensor', elem, shape } });
const model = (...inputs: ValueInfo[]): ModelInfo => ({ irVersion: 8, producer: 'test', opsets: [], inputs, outputs: [], classLabels: null, zipMap: null, operators: [], metadata: {} });

function thrown(f: () => unknown): ConfigurationError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('no error was thrown');
}

describe('parseNumber', () => {
  it.each<[Cell, number]>([
    ['1', 1],
    ['-2.5', -2.5],
    ['+.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['-2.5e+2', -250],
    ['  3 ', 3],
    ['\t7\n', 7],
    ['007', 7],
    ['inf', Infinity],
    ['+INF', Infinity],
    ['-Inf', -Infinity],
    ['Infinity', Infinity],
    ['-infinity', -Infinity],
    ['+InFiNiTy', Infinity],
    [4.25, 4.25],
    [true, 1],
    [false, 0],
  ])('%j is %d', (cell, n) => {
    expect(parseNumber(cell)).toBe(n);
  });

  it.each<Cell>(['nan', 'NaN', 'NAN', '-nan', '+nan', ' nan ', NaN])('%j is NaN', (cell) => {
    expect(parseNumber(cell)).toBeNaN();
  });

  it.each<Cell>(['', '   ', null])('%j is empty (null)', (cell) => {
    expect(parseNumber(cell)).toBeNull();
  });

  it.each<Cell>(['abc', '1,5', '0x10', '0X1f', '0b1', '0o7', '1_000', '1 2', 'e5', '.', '-', '1e', 'infinit', 'nana', '--1'])('%j is not a number', (cell) => {
    expect(parseNumber(cell)).toBeUndefined();
  });
});

const base: PlanOptions = { label: 'label', columns: ['f0', 'f1', 'f2', 'label'], source: 'input `features`' };

describe('planInputs', () => {
  it('feeds every column but the label to a single input by default, in file order', () => {
    const plans = planInputs(model(tensor('X', 'float32', ['N', 3])), 'candidate', { ...base, columns: ['f0', 'label', 'f1', 'f2'] });
    expect(plans).toEqual<InputPlan[]>([{ input: 'X', elem: 'float32', columns: ['f0', 'f1', 'f2'], flat: false, fixedBatch: null }]);
  });

  it('uses explicit features, in their order', () => {
    const plans = planInputs(model(tensor('X', 'float64', [null, 2])), 'candidate', { ...base, features: ['f2', 'f0'] });
    expect(plans).toEqual<InputPlan[]>([{ input: 'X', elem: 'float64', columns: ['f2', 'f0'], flat: false, fixedBatch: null }]);
  });

  it('uses an inputs map for several inputs', () => {
    const plans = planInputs(model(tensor('a', 'float32', ['N', 2]), tensor('b', 'int64', ['N'])), 'candidate', { ...base, inputColumns: { a: ['f0', 'f1'], b: ['f2'] } });
    expect(plans.map((p) => [p.input, p.columns, p.flat, p.elem])).toEqual([
      ['a', ['f0', 'f1'], false, 'float32'],
      ['b', ['f2'], true, 'int64'],
    ]);
  });

  it('refuses an inputs map that leaves an input out', () => {
    const e = thrown(() => planInputs(model(tensor('a', 'float32', ['N', 2]), tensor('b', 'float32', ['N', 1])), 'candidate', { ...base, source: 'contract c.yaml', inputColumns: { a: ['f0', 'f1'] } }));
    expect(e.message).toBe('contract c.yaml: inputs: "a" has no columns for the candidate model\'s input `b`. Map every input: a, b.');
  });

  it('matches inputs to columns of the same name', () => {
    const plans = planInputs(model(tensor('f1', 'float32', ['N', 1]), tensor('f0', 'string', ['N'])), 'champion', base);
    expect(plans.map((p) => [p.input, p.columns, p.flat])).toEqual([
      ['f1', ['f1'], false],
      ['f0', ['f0'], true],
    ]);
  });

  it('refuses several inputs it cannot map', () => {
    const e = thrown(() => planInputs(model(tensor('a', 'float32', ['N', 2]), tensor('b', 'float32', ['N', 1])), 'candidate', base));
    expect(e.message).toBe('candidate model: "a, b" has 2 inputs and the data has no columns of those names: map them in the contract (data.inputs: {<input>: [columns]}).');
  });

  it('refuses a width mismatch, saying how many values the input takes', () => {
    const e = thrown(() => planInputs(model(tensor('X', 'float32', ['N', 6])), 'candidate', base));
    expect(e.message).toBe(
      'candidate model input `X`: "3 columns" takes 6 values per row, but 3 columns feed it (f0, f1, f2). Name the 6 feature columns with `features` (or data.features in the contract).',
    );
  });

  it('refuses the label as a feature', () => {
    const e = thrown(() => planInputs(model(tensor('X', 'float32', ['N', 2])), 'candidate', { ...base, features: ['f0', 'label'] }));
    expect(e.message).toBe('input `features`: "label" is the label column; it cannot also feed the input `X`.');
  });

  it('refuses a column the data does not have, listing the ones it has', () => {
    expect(thrown(() => planInputs(model(tensor('X', 'float32', ['N', 2])), 'candidate', { ...base, features: ['f0', 'f9'] })).message).toBe(
      'input `features`: "f9" is a column the candidate model\'s input `X` needs, but the data has no such column (it has f0, f1, f2, label).',
    );
    expect(thrown(() => planInputs(model(tensor('X', 'float32', ['N', 3])), 'candidate', { ...base, features: ['f0', 'x', 'y'] })).value).toBe('x, y');
  });

  it('refuses a rank-1 input fed several columns, a rank-3 input and a non-tensor input', () => {
    expect(thrown(() => planInputs(model(tensor('X', 'float32', ['N'])), 'candidate', base)).message).toBe('candidate model input `X`: "3 columns" is one value per row; map exactly one column to it.');
    expect(thrown(() => planInputs(model(tensor('X', 'float32', ['N', 3, 1])), 'candidate', base)).value).toBe('rank 3');
    const seq: ValueInfo = { name: 'X', type: { kind: 'sequence', elem: null } };
    expect(thrown(() => planInputs(model(seq), 'candidate', base)).message).toBe('candidate model input `X`: "sequence" is not a tensor; test-model feeds tensors only.');
    expect(thrown(() => planInputs(model(tensor('X', 'complex64', ['N', 3])), 'candidate', base)).value).toBe('complex64');
  });

  it('records a fixed batch size, and treats an unknown shape as [N, columns]', () => {
    expect(planInputs(model(tensor('X', 'float32', [1, 3])), 'candidate', base)[0]?.fixedBatch).toBe(1);
    expect(planInputs(model(tensor('X', 'float32', [0, 3])), 'candidate', base)[0]?.fixedBatch).toBeNull();
    expect(planInputs(model(tensor('X', 'float32', null)), 'candidate', base)[0]).toEqual({ input: 'X', elem: 'float32', columns: ['f0', 'f1', 'f2'], flat: false, fixedBatch: null });
  });
});

const plan = (elem: ElemType, columns: string[], flat = false): InputPlan => ({ input: 'X', elem, columns, flat, fixedBatch: null });
const batch = (columns: Record<string, Cell[]>, firstRow = 1): Batch => ({ firstRow, rows: Object.values(columns)[0]?.length ?? 0, columns });
const strict = { nullable: new Set<string>(), what: 'holdout.csv' };

describe('toFeeds', () => {
  it('casts cells to float32 row-major [N, columns]', () => {
    const t = toFeeds([plan('float32', ['a', 'b'])], batch({ a: ['1', 2, true], b: ['0.1', ' -3e2 ', 'inf'] }), { nullable: new Set(['b']), what: 'd' }).get('X');
    expect(t?.dims).toEqual([3, 2]);
    expect(t?.data).toBeInstanceOf(Float32Array);
    expect(Array.from(t?.data as Float32Array)).toEqual([1, Math.fround(0.1), 2, -300, 1, Infinity]);
  });

  it('keeps float64 precision', () => {
    const t = toFeeds([plan('float64', ['a'], true)], batch({ a: ['0.1', '1e-300'] }), strict).get('X');
    expect(t?.dims).toEqual([2]);
    expect(t?.data).toEqual(new Float64Array([0.1, 1e-300]));
  });

  it('casts whole numbers to int64 (BigInt) and int32', () => {
    const feeds = toFeeds([{ ...plan('int64', ['a']), input: 'i64' }, { ...plan('int32', ['a', 'b']), input: 'i32' }], batch({ a: ['3', -4, '1e3'], b: ['2.0', '0', false] }), strict);
    expect(feeds.get('i64')?.data).toEqual(new BigInt64Array([3n, -4n, 1000n]));
    expect(feeds.get('i32')?.data).toEqual(new Int32Array([3, 2, -4, 0, 1000, 0]));
  });

  it('refuses non-integers for int inputs, naming the row from batch.firstRow', () => {
    const e = thrown(() => toFeeds([plan('int64', ['a'])], batch({ a: ['1', '2.5'] }, 101), strict));
    expect(e.message).toBe('holdout.csv: row 102, column `a`: "2.5" is not a whole number, but the model\'s input `X` takes int64.');
    expect(thrown(() => toFeeds([plan('int32', ['a'])], batch({ a: ['nan'] }, 7), { nullable: new Set(['a']), what: 'd' })).message).toBe(
      'd: row 7, column `a`: "nan" is not a whole number, but the model\'s input `X` takes int32.',
    );
  });

  it('refuses text that is not a number', () => {
    expect(thrown(() => toFeeds([plan('float32', ['a'])], batch({ a: ['1', '2', 'abc'] }, 5), strict)).message).toBe(
      'holdout.csv: row 7, column `a`: "abc" is not a number, but the model\'s input `X` takes float32. Fix the value, or drop the row.',
    );
  });

  it('refuses null and NaN unless the column allows nulls, then passes NaN', () => {
    expect(thrown(() => toFeeds([plan('float32', ['a'])], batch({ a: ['1', ''] }, 11), strict)).message).toBe(
      'holdout.csv: row 12, column `a`: "" is empty (null). Fill it, or allow nulls for this column in the contract (data.columns.<name>.nulls: allow).',
    );
    expect(thrown(() => toFeeds([plan('float32', ['a'])], batch({ a: [null] }, 3), strict)).subject).toBe('holdout.csv: row 3, column `a`');
    expect(thrown(() => toFeeds([plan('float64', ['a'])], batch({ a: ['NaN'] }, 4), strict)).message).toBe(
      'holdout.csv: row 4, column `a`: "NaN" is NaN or infinite. Clean the data, or allow it with nulls: allow for this column in the contract (NaN and infinity are then passed to the model as they are).',
    );
    expect(thrown(() => toFeeds([plan('float32', ['a'])], batch({ a: ['-inf'] }), strict)).fix).toMatch(/^is NaN or infinite/);
    const t = toFeeds([plan('float64', ['a', 'b'])], batch({ a: [null, '', 'nan', NaN], b: [1, 2, 3, 4] }), { nullable: new Set(['a']), what: 'd' }).get('X');
    expect(Array.from(t?.data as Float64Array)).toEqual([NaN, 1, NaN, 2, NaN, 3, NaN, 4]);
    // allowing nulls in one column does not allow them in another
    expect(thrown(() => toFeeds([plan('float64', ['a', 'b'])], batch({ a: [null], b: [null] }), { nullable: new Set(['a']), what: 'd' })).subject).toBe('d: row 1, column `b`');
  });

  it('refuses nulls for int inputs even when the column allows them (ints have no NaN)', () => {
    expect(thrown(() => toFeeds([plan('int64', ['a'])], batch({ a: [''] }), { nullable: new Set(['a']), what: 'd' })).fix).toMatch(/^is empty \(null\)/);
  });

  it('casts strings, and nulls to "" only in a nullable column', () => {
    const t = toFeeds([plan('string', ['a', 'b'])], batch({ a: ['x', 3, true], b: [null, 'y', 1.5] }), { nullable: new Set(['b']), what: 'd' }).get('X');
    expect(t?.data).toEqual(['x', '', '3', 'y', 'true', '1.5']);
    expect(thrown(() => toFeeds([plan('string', ['a'])], batch({ a: ['x', null] }, 20), strict)).subject).toBe('holdout.csv: row 21, column `a`');
  });

  it('casts booleans from true/false and 1/0 in any case, and refuses others', () => {
    const t = toFeeds([plan('bool', ['a'], true)], batch({ a: [true, false, 1, 0, 'TRUE', ' false ', '1', '0'] }), strict).get('X');
    expect(t?.dims).toEqual([8]);
    expect(t?.data).toEqual([true, false, true, false, true, false, true, false]);
    expect(thrown(() => toFeeds([plan('bool', ['a'])], batch({ a: ['yes'] }, 9), strict)).message).toBe('holdout.csv: row 9, column `a`: "yes" is not a boolean (true/false, 1/0).');
    expect(thrown(() => toFeeds([plan('bool', ['a'])], batch({ a: [2] }), strict)).value).toBe('2');
  });

  it('builds one tensor per input', () => {
    const feeds = toFeeds([{ ...plan('float32', ['a']), input: 'p' }, { ...plan('string', ['b'], true), input: 'q' }], batch({ a: ['1', '2'], b: ['u', 'v'] }), strict);
    expect([...feeds.keys()]).toEqual(['p', 'q']);
    expect(feeds.get('p')?.dims).toEqual([2, 1]);
    expect(feeds.get('q')).toEqual({ elem: 'string', dims: [2], data: ['u', 'v'] });
  });
});
