import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/common/errors.js';
import { parseContract, signatureDiff, type Contract } from '../../../../src/evaluate/contract.js';
import type { Dim, ElemType, ModelInfo, ValueInfo } from '../../../../src/evaluate/onnx/model.js';
import { ALL_METRICS } from '../../../../src/evaluate/report.js';

const parse = (text: string) => parseContract(text, 'model-contract.yaml', ALL_METRICS);

function err(text: string): ConfigurationError {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('parseContract accepted it');
}

const FULL = `
version: 1
task: binary
model:
  inputs:
    - {name: features, type: float, shape: [batch, 6]}
  outputs:
    - {name: output_label, dtype: int64, shape: [-1]}
    - {name: output_probability, type: "seq(map(int64, float))"}
  labels: [0, 1]
data:
  label: label
  columns:
    f0: float
    f1: {type: float, nulls: allow}
    f2: {type: int}
    name: string
    flag: bool
    label: int
  features: [f0, f1, f2]
gates:
  accuracy_score: {threshold: 0.8, min_relative_change: 0.0}
  log_loss: {min_absolute_change: 0.001}
`;

describe('parseContract', () => {
  it('reads a full contract, normalising type spellings and -1 dimensions', () => {
    expect(parse(FULL)).toEqual<Contract>({
      file: 'model-contract.yaml',
      task: 'binary',
      inputs: [{ name: 'features', type: 'float32', shape: ['batch', 6] }],
      outputs: [
        { name: 'output_label', type: 'int64', shape: [null] },
        { name: 'output_probability', type: 'seq(map(int64,float32))' },
      ],
      labels: ['0', '1'],
      label: 'label',
      columns: {
        f0: { type: 'float', nulls: 'forbid' },
        f1: { type: 'float', nulls: 'allow' },
        f2: { type: 'int', nulls: 'forbid' },
        name: { type: 'string', nulls: 'forbid' },
        flag: { type: 'bool', nulls: 'forbid' },
        label: { type: 'int', nulls: 'forbid' },
      },
      features: ['f0', 'f1', 'f2'],
      gates: [
        { metric: 'accuracy', threshold: 0.8, minRelativeChange: 0, greaterIsBetter: true },
        { metric: 'log_loss', minAbsoluteChange: 0.001, greaterIsBetter: false },
      ],
    });
  });

  it('maps type aliases to ONNX element types', () => {
    const c = parse(`
model:
  inputs:
    - {name: a, type: float}
    - {name: b, type: double}
    - {name: c, type: DOUBLE}
    - {name: d, type: boolean}
    - {name: e, type: str}
    - {name: f, type: half}
    - {name: g, type: " map( string , double ) "}
    - {name: h, type: null, dtype: int32, shape: [null, n, 3]}
`);
    expect(c.inputs?.map((t) => t.type)).toEqual(['float32', 'float64', 'float64', 'bool', 'string', 'float16', 'map(string,float64)', 'int32']);
    expect(c.inputs?.[7]?.shape).toEqual([null, 'n', 3]);
  });

  it('takes an empty contract and a multi-input mapping', () => {
    expect(parse('version: 1')).toEqual({ file: 'model-contract.yaml', gates: [] });
    expect(parse('data: {label: y, inputs: {a: [x1, x2], b: [x3]}}').inputColumns).toEqual({ a: ['x1', 'x2'], b: ['x3'] });
  });

  it('refuses bad YAML, quoting the parser', () => {
    const e = err('model: [unclosed');
    expect(e.subject).toBe('contract model-contract.yaml');
    expect(e.value).not.toBe('');
    expect(e.fix).toBe('is not valid YAML. Fix the syntax; docs/model-contract.md has examples.');
    expect(err('- a list').fix).toBe('must be a mapping with model, data and gates sections.');
  });

  it('refuses an unknown key at the top and inside sections', () => {
    expect(err('modle: {}').message).toBe('contract model-contract.yaml: `modle`: "modle" is not a contract key. Allowed here: version, task, model, data, gates.');
    expect(err('model: {input: []}').message).toBe('contract model-contract.yaml: `model.input`: "input" is not a contract key. Allowed here: inputs, outputs, labels.');
    expect(err('data: {feature: [a]}').subject).toBe('contract model-contract.yaml: `data.feature`');
  });

  it('refuses version 2 and an unknown task', () => {
    expect(err('version: 2').message).toBe('contract model-contract.yaml: `version`: "2" must be 1 (the only version of the format).');
    expect(err('task: ranking').message).toBe('contract model-contract.yaml: `task`: "ranking" must be binary, multiclass or regression.');
  });

  it('refuses a bad type name, a missing type and a bad shape', () => {
    expect(err('model: {inputs: [{name: x, type: floaty}]}').message).toBe(
      'contract model-contract.yaml: `model.inputs`[0] (x).type: "floaty" is not an ONNX type. Use one of float32, float64, float16, int8, int16, int32, int64, uint8, uint16, uint32, uint64, bool, string, or seq(...)/map(...).',
    );
    expect(err('model: {outputs: [{name: y}]}').subject).toBe('contract model-contract.yaml: `model.outputs`[0] (y)');
    expect(err('model: {inputs: [{type: float}]}').fix).toBe('needs a name.');
    expect(err('model: {inputs: [{name: x, type: float, shape: [batch, 1.5]}]}').message).toBe(
      'contract model-contract.yaml: `model.inputs`[0] (x).shape: "[\\"batch\\",1.5]" must be a list of sizes, with a name, null or -1 for a dynamic dimension, e.g. [batch, 6].',
    );
    expect(err('model: {inputs: [{name: x, type: float, shape: [-2]}]}').subject).toBe('contract model-contract.yaml: `model.inputs`[0] (x).shape');
    expect(err('model: {inputs: [{name: x, type: float, shape: 6}]}').subject).toBe('contract model-contract.yaml: `model.inputs`[0] (x).shape');
    expect(err('model: {inputs: [{name: x, type: float, size: 6}]}').message).toBe('contract model-contract.yaml: `model.inputs`[0].size: "size" is not a key here. Use name, type (or dtype) and shape.');
    expect(err('model: {inputs: {x: float}}').fix).toBe('must be a list of {name, type, shape}.');
  });

  it('refuses bad labels', () => {
    expect(err('model: {labels: [[0], 1]}').subject).toBe('contract model-contract.yaml: `model.labels`');
    expect(err('model: {labels: "0,1"}').fix).toBe('must be a list of labels, e.g. [0, 1] or [cat, dog].');
  });

  it('refuses a bad column type and null policy', () => {
    expect(err('data: {columns: {f0: double}}').message).toBe('contract model-contract.yaml: `data.columns.f0`.type: "double" must be float, int, string or bool.');
    expect(err('data: {columns: {f0: {type: float, nulls: maybe}}}').message).toBe('contract model-contract.yaml: `data.columns.f0`.nulls: "maybe" must be forbid or allow.');
    expect(err('data: {columns: {f0: {type: float, nullable: true}}}').message).toBe('contract model-contract.yaml: `data.columns.f0`.nullable: "nullable" is not a column key. Use type and nulls.');
    expect(err('data: {columns: {f0: 3}}').fix).toBe('must be a type (float, int, string, bool) or {type, nulls}.');
  });

  it('refuses features and inputs together, and duplicated or empty column lists', () => {
    expect(err('data: {features: [a], inputs: {x: [a]}}').message).toBe(
      'contract model-contract.yaml: `data`: "features and inputs" are both given: use features for a model with one input, inputs for several.',
    );
    expect(err('data: {features: [f0, f1, f0]}').message).toBe('contract model-contract.yaml: `data.features`: "f0" is listed twice.');
    expect(err('data: {inputs: {x: [a, a]}}').subject).toBe('contract model-contract.yaml: `data.inputs.x`');
    expect(err('data: {features: []}').fix).toBe('must be a non-empty list of column names.');
    expect(err('data: {features: [a, 1]}').fix).toBe('must be a non-empty list of column names.');
  });

  it('passes gate errors through, naming the contract', () => {
    expect(err('gates: {accuracy: {min_relative_change: 2}}').subject).toBe('contract model-contract.yaml: gate `accuracy`.min_relative_change');
    expect(err('gates: {nope: {threshold: 1}}').subject).toBe('contract model-contract.yaml: gate `nope`');
    expect(err('gates: [accuracy]').subject).toBe('contract model-contract.yaml: `gates`');
  });
});

const tensor = (name: string, elem: ElemType, shape: Dim[] | null): ValueInfo => ({ name, type: { kind: 'tensor', elem, shape } });

function model(inputs: ValueInfo[], outputs: ValueInfo[], classLabels: string[] | null = null): ModelInfo {
  return { irVersion: 8, producer: 'test', opsets: [], inputs, outputs, classLabels, zipMap: null, operators: [], metadata: {} };
}

const ZIP_OUT: ValueInfo = {
  name: 'output_probability',
  type: { kind: 'sequence', elem: { kind: 'map', key: 'int64', value: { kind: 'tensor', elem: 'float32', shape: null } } },
};

describe('signatureDiff', () => {
  const contract = parse(FULL);
  const good = model([tensor('features', 'float32', ['N', 6])], [tensor('output_label', 'int64', ['N']), ZIP_OUT], ['0', '1']);

  it('finds nothing when the model matches, whatever its dynamic dimensions are called', () => {
    expect(signatureDiff(contract, good, 'candidate')).toEqual([]);
    expect(signatureDiff(contract, model([tensor('features', 'float32', [null, 6])], good.outputs, ['1', '0']), 'candidate')).toEqual([]);
  });

  it('checks nothing the contract does not declare', () => {
    expect(signatureDiff(parse('task: binary'), model([tensor('x', 'int8', [3])], []), 'candidate')).toEqual([]);
  });

  it('reports a missing and an extra input', () => {
    const m = model([tensor('feats', 'float32', ['N', 6])], good.outputs, ['0', '1']);
    expect(signatureDiff(contract, m, 'candidate')).toEqual([
      'input `features`: declared, but the candidate has no such input (it has `feats`).',
      'input `feats`: not declared, but the candidate has it (float32[N,6]).',
    ]);
    expect(signatureDiff(contract, model([], good.outputs, ['0', '1']), 'champion')).toEqual(['input `features`: declared, but the champion has no such input (it has none).']);
  });

  it('reports a type mismatch', () => {
    const m = model([tensor('features', 'float64', ['N', 6])], good.outputs, ['0', '1']);
    expect(signatureDiff(contract, m, 'candidate')).toEqual(['input `features`: type declared float32, found float64.']);
  });

  it('reports rank and dimension mismatches, fixed vs dynamic both ways', () => {
    const diff = (shape: Dim[]) => signatureDiff(contract, model([tensor('features', 'float32', shape)], good.outputs, ['0', '1']), 'candidate');
    expect(diff(['N', 6, 1])).toEqual(['input `features`: shape declared [batch, 6], found [N, 6, 1] (rank 2 declared, 3 found).']);
    expect(diff([1, 6])).toEqual(['input `features`: shape declared [batch, 6], found [1, 6] (dimension 0 is fixed to 1 in the model but declared dynamic).']);
    expect(diff(['N', null])).toEqual(['input `features`: shape declared [batch, 6], found [N, dynamic] (dimension 1 is dynamic in the model but declared 6).']);
    expect(diff(['N', 7])).toEqual(['input `features`: shape declared [batch, 6], found [N, 7] (dimension 1 differs).']);
  });

  it('skips the shape check when the model does not know its rank', () => {
    expect(signatureDiff(contract, model([tensor('features', 'float32', null)], good.outputs, ['0', '1']), 'candidate')).toEqual([]);
  });

  it('compares a seq(map(...)) output by its whole type', () => {
    const intMap: ValueInfo = { name: 'output_probability', type: { kind: 'sequence', elem: { kind: 'map', key: 'string', value: { kind: 'tensor', elem: 'float32', shape: null } } } };
    expect(signatureDiff(contract, model(good.inputs, [good.outputs[0] as ValueInfo, intMap], ['0', '1']), 'candidate')).toEqual([
      'output `output_probability`: type declared seq(map(int64,float32)), found seq(map(string,float32)).',
    ]);
    const tensorOut = tensor('output_probability', 'float32', ['N', 2]);
    expect(signatureDiff(contract, model(good.inputs, [good.outputs[0] as ValueInfo, tensorOut], ['0', '1']), 'candidate')).toEqual([
      'output `output_probability`: type declared seq(map(int64,float32)), found float32.',
    ]);
  });

  it('reports an undeclared output and a label mismatch', () => {
    const m = model(good.inputs, [...good.outputs, tensor('extra', 'float32', ['N'])], ['0', '1', '2']);
    expect(signatureDiff(contract, m, 'candidate')).toEqual([
      'output `extra`: not declared, but the candidate has it (float32[N]).',
      'labels: declared [0, 1], found [0, 1, 2].',
    ]);
    expect(signatureDiff(contract, model(good.inputs, good.outputs, ['no', 'yes']), 'candidate')).toEqual(['labels: declared [0, 1], found [no, yes].']);
  });

  it('does not compare labels when the model names none', () => {
    expect(signatureDiff(contract, model(good.inputs, good.outputs, null), 'candidate')).toEqual([]);
  });
});
