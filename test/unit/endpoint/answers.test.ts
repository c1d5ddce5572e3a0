// The contract check of answers: types as the contract declares them (a string "false" where int
// labels are declared fails), probabilities in [0, 1] summing to 1, shapes; over answers in both
// protocols' shapes.
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/endpoint/answer-check.js';
import { expectationsOf } from '../../../src/endpoint/expectations.js';
import { decodeMlflow } from '../../../src/endpoint/mlflow.js';
import { decodeV2 } from '../../../src/endpoint/v2.js';
import { example } from './helpers.js';

const ex = example();
const v2Answer = (labels: unknown[], proba: unknown[], o: { datatype?: string; shape?: number[] } = {}) => ({
  model_name: 'candidate',
  outputs: [
    { name: 'output_label', datatype: o.datatype ?? 'INT64', shape: o.shape ?? [labels.length], data: labels },
    { name: 'output_probability', datatype: 'FP32', shape: [labels.length, 2], data: proba, parameters: { classes: [0, 1] } },
  ],
});
const record = (label: unknown, p0: unknown, p1: unknown) => ({ output_label: label, output_probability: { '0': p0, '1': p1 } });

describe('the example contract as expectations', () => {
  it('declares int labels 0 and 1, the label and probability outputs, and the six float features of the one input', () => {
    expect(ex).toMatchObject({ task: 'binary', labelType: 'int', classes: ['0', '1'], labelOutput: 'output_label', probaOutput: 'output_probability', labelColumn: 'label' });
    expect(ex.features?.map((f) => `${f.name}:${f.type}`)).toEqual(['f0:float', 'f1:float', 'f2:float', 'f3:float', 'f4:float', 'f5:float']);
    expect(ex.inputColumns).toEqual({ features: ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'] });
  });
});

describe('checkAnswer over v2 answers', () => {
  it('passes an answer as declared', () => {
    expect(checkAnswer(decodeV2(v2Answer([0, 1], [0.7, 0.3, 0.2, 0.8]), 2, ex), ex, 2, 1e-5)).toEqual([]);
  });

  it('fails labels sent as the strings "false" and "1", and the BYTES datatype, naming the rows', () => {
    const f = checkAnswer(decodeV2(v2Answer(['false', '1'], [0.7, 0.3, 0.2, 0.8], { datatype: 'BYTES' }), 2, ex), ex, 2, 1e-5);
    expect(f).toEqual([
      'output `output_label` has the datatype BYTES; the contract declares int labels (INT64 or another integer datatype)',
      'row 1: `output_label` is the string "false"; the contract declares int (a JSON integer) labels',
      'row 2: `output_label` is the string "1"; the contract declares int (a JSON integer) labels',
    ]);
  });

  it('fails a label outside the declared ones', () => {
    expect(checkAnswer(decodeV2(v2Answer([0, 7], [0.7, 0.3, 0.2, 0.8]), 2, ex), ex, 2, 1e-5)).toEqual(['row 2: `output_label` is 7, not one of the declared labels 0, 1']);
  });

  it('fails probabilities that do not sum to 1, are outside [0, 1], or are not numbers', () => {
    const f = checkAnswer(decodeV2(v2Answer([0, 1, 1], [0.6, 0.6, -0.5, 1.5, '0.5', 0.5]), 3, ex), ex, 3, 1e-5);
    expect(f).toHaveLength(3);
    expect(f[0]).toMatch(/^row 1: `output_probability` sums to 1\.2 \(0\.6 \+ 0\.6\), not 1 within 1\.02e-5$/);
    expect(f[1]).toBe('row 2: `output_probability` holds -0.5, outside [0, 1]');
    expect(f[2]).toBe('row 3: `output_probability` holds the string "0.5", not a number');
  });

  it('takes float32 rounding of a sum as 1', () => {
    expect(checkAnswer(decodeV2(v2Answer([0], [0.70000005, 0.3]), 1, ex), ex, 1, 1e-9)).toEqual([]);
  });

  it('fails a shape that does not hold the data, and a row count that is not the one sent', () => {
    expect(checkAnswer(decodeV2(v2Answer([0, 1], [0.7, 0.3, 0.2, 0.8], { shape: [3] }), 2, ex), ex, 2, 1e-5)).toEqual([
      'output `output_label` has the shape [3] (3 values) but 2 values',
      'output `output_label` has 3 rows for the 2 sent (shape [3])',
    ]);
  });

  it('fails an answer that is not v2, and one without the declared outputs', () => {
    expect(checkAnswer(decodeV2({ predictions: [] }, 1, ex), ex, 1, 1e-5)[0]).toBe('the answer is not {"outputs": [...]} (Open Inference Protocol v2)');
    const f = checkAnswer(decodeV2({ outputs: [{ name: 'y', datatype: 'FP32', shape: [1], data: [0.5] }] }, 1, ex), ex, 1, 1e-5);
    expect(f).toEqual(['the answer has no label output `output_label` (the answer has `y`)', 'the answer has no probability output `output_probability` (the answer has `y`)']);
  });
});

describe('checkAnswer over MLflow answers', () => {
  it('passes records with the label and a {class: p} map, as mlflow models serve answers for an ONNX classifier', () => {
    const d = decodeMlflow({ predictions: [record(0, 0.7, 0.3), record(1, 0.2, 0.8)] }, 2, ex);
    expect(d.proba?.classes).toEqual(['0', '1']);
    expect(checkAnswer(d, ex, 2, 1e-5)).toEqual([]);
  });

  it('reads an object of columns and a plain list of labels too', () => {
    expect(checkAnswer(decodeMlflow({ predictions: { output_label: [0, 1], output_probability: [{ '0': 0.5, '1': 0.5 }, { '0': 0.1, '1': 0.9 }] } }, 2, ex), ex, 2, 1e-5)).toEqual([]);
    const plain = decodeMlflow({ predictions: [0, 1] }, 2, ex);
    expect(plain.label?.values).toEqual([0, 1]);
  });

  it('fails string labels, classes other than the declared ones, and a count other than the one sent', () => {
    const f = checkAnswer(decodeMlflow({ predictions: [{ output_label: 'false', output_probability: { no: 0.5, yes: 0.5 } }] }, 2, ex), ex, 2, 1e-5);
    expect(f).toEqual([
      '`predictions` has 1 rows for the 2 sent',
      'row 1: `output_label` is the string "false"; the contract declares int (a JSON integer) labels',
      'output `output_probability` has the classes no, yes; the contract declares 0, 1',
    ]);
  });

  it('checks a regressor\'s values are finite numbers', () => {
    const reg = expectationsOf({ file: 'c.yaml', task: 'regression', gates: [], outputs: [{ name: 'variable', type: 'float32', shape: [null, 1] }] });
    expect(checkAnswer(decodeMlflow({ predictions: [1.5, 2.25] }, 2, reg), reg, 2, 1e-5)).toEqual([]);
    expect(checkAnswer(decodeMlflow({ predictions: [{ variable: 1.5 }, { variable: null }] }, 2, reg), reg, 2, 1e-5)).toEqual(['row 2: `variable` is null, not a finite number']);
  });

  it('lists the first rows of a kind and counts the rest', () => {
    const many = Array.from({ length: 9 }, () => record('0', 0.5, 0.5));
    const f = checkAnswer(decodeMlflow({ predictions: many }, 9, ex), ex, 9, 1e-5);
    expect(f).toHaveLength(6);
    expect(f[5]).toBe('… and 4 more rows like these');
  });
});
