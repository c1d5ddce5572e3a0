// KServe's Open Inference Protocol v2 (REST): the model's metadata and POST .../infer. A request's
// inputs are either the model's tensors by input name ({"name": "features", "shape": [N, 6], ...})
// or one tensor per column, as MLServer's pandas codec sends a DataFrame. Answers carry the label
// tensor in the contract's label type and the probabilities as FP32 [N, classes].
import type { ColumnType } from '../evaluate/contract.js';
import type { ElemType } from '../evaluate/onnx/model.js';
import type { Prediction } from './predictor.js';
import { RequestError } from './request-error.js';
import type { RawRows } from './rows.js';
import { columnTypeOf, type ServedModel } from './served-model.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const V2_TYPES: Partial<Record<ElemType, string>> = {
  float32: 'FP32', float64: 'FP64', float16: 'FP16', int64: 'INT64', int32: 'INT32', int16: 'INT16', int8: 'INT8',
  uint64: 'UINT64', uint32: 'UINT32', uint16: 'UINT16', uint8: 'UINT8', string: 'BYTES', bool: 'BOOL',
};
const COLUMN_V2: Record<ColumnType, string[]> = {
  float: ['FP32', 'FP64', 'FP16'],
  int: ['INT64', 'INT32', 'INT16', 'INT8', 'UINT64', 'UINT32', 'UINT16', 'UINT8'],
  string: ['BYTES'],
  bool: ['BOOL'],
};
const LABEL_V2: Record<ColumnType, string> = { float: 'FP64', int: 'INT64', string: 'BYTES', bool: 'BOOL' };

export interface V2Request {
  rows: RawRows;
  id?: string;
  /** Outputs the client asked for by name; null: all. */
  outputs: string[] | null;
}

export function v2Rows(body: unknown, served: ServedModel): V2Request {
  if (!isObj(body) || !Array.isArray(body.inputs) || body.inputs.length === 0) {
    throw new RequestError('bad_request', 'The body must be {"inputs": [{"name", "shape", "datatype", "data"}, ...]} (Open Inference Protocol v2).', { field: 'inputs' });
  }
  const inputs = body.inputs.map((t, i) => tensor(t, i));
  const modelInputs = new Set(served.plans.map((p) => p.input));
  const columnNames = new Set(served.columns.map((c) => c.name));
  // Tensor form when every input is a model input and not also a column (a rank-1 input is both).
  const tensorForm = inputs.every((t) => modelInputs.has(t.name)) && !inputs.every((t) => columnNames.has(t.name) && t.shape.length === 1);
  const rows = tensorForm ? fromTensors(inputs, served) : fromColumns(inputs, served);
  const wanted = Array.isArray(body.outputs) ? body.outputs.map((o) => (isObj(o) ? String(o.name) : String(o))) : null;
  return { rows, ...(typeof body.id === 'string' ? { id: body.id } : {}), outputs: wanted };
}

interface Tensor {
  name: string;
  shape: number[];
  datatype: string;
  data: unknown[];
  where: string;
}

function tensor(t: unknown, i: number): Tensor {
  const where = `inputs[${i}]`;
  if (!isObj(t) || typeof t.name !== 'string' || !Array.isArray(t.shape) || typeof t.datatype !== 'string' || t.data === undefined) {
    throw new RequestError('bad_request', `${where} must have name, shape, datatype and data.`, { field: where });
  }
  if (!t.shape.every((d) => Number.isInteger(d) && (d as number) >= 0)) throw new RequestError('wrong_shape', `${where} (${t.name}): shape ${JSON.stringify(t.shape)} is not a list of sizes.`, { field: t.name, value: t.shape });
  const data = Array.isArray(t.data) ? (t.data as unknown[]).flat(Infinity) : [t.data];
  const shape = t.shape as number[];
  const size = shape.reduce((a, b) => a * b, 1);
  if (size !== data.length) throw new RequestError('wrong_shape', `${where} (${t.name}): shape ${JSON.stringify(shape)} holds ${size} values, data has ${data.length}.`, { field: t.name, value: data.length, expected: `${size} values` });
  return { name: t.name, shape, datatype: t.datatype.toUpperCase(), data, where: `${where} (${t.name})` };
}

function checkType(t: Tensor, type: ColumnType, field: string, what: string): void {
  if (!COLUMN_V2[type].includes(t.datatype)) {
    throw new RequestError('wrong_type', `${t.where}: datatype ${t.datatype} for ${what}, which is ${type} (${COLUMN_V2[type].join(' or ')}).`, { field, value: t.datatype, expected: COLUMN_V2[type].join(' or ') });
  }
}

function fromTensors(inputs: Tensor[], served: ServedModel): RawRows {
  const columns = new Map<string, unknown[]>();
  let rows = -1;
  for (const plan of served.plans) {
    const t = inputs.find((x) => x.name === plan.input);
    if (!t) throw new RequestError('missing_column', `The request has no input \`${plan.input}\`, which the model needs.`, { field: plan.input });
    const width = plan.columns.length;
    const n = t.shape[0] ?? 0;
    const ok = plan.flat ? t.shape.length === 1 || (t.shape.length === 2 && t.shape[1] === 1) : t.shape.length === 2 && t.shape[1] === width;
    if (!ok) throw new RequestError('wrong_shape', `${t.where}: shape ${JSON.stringify(t.shape)}; the input takes [N${plan.flat ? '' : `, ${width}`}].`, { field: plan.input, value: t.shape, expected: plan.flat ? '[N]' : `[N, ${width}]` });
    if (rows >= 0 && n !== rows) throw new RequestError('wrong_shape', `${t.where} has ${n} rows, the other inputs ${rows}.`, { field: plan.input });
    rows = n;
    // The tensor's datatype is the input's; its cells are still checked per column below.
    checkType(t, columnTypeOf(plan.elem), plan.input, `the input \`${plan.input}\` (${plan.elem})`);
    const cols = served.columns.filter((c) => c.input === plan.input);
    cols.forEach((c, j) => {
      const values = new Array<unknown>(n);
      for (let r = 0; r < n; r++) values[r] = t.data[r * width + j];
      columns.set(c.name, values);
    });
  }
  return { rows, columns: served.positional ? [...columns.values()] : columns, where: 'inputs' };
}

function fromColumns(inputs: Tensor[], served: ServedModel): RawRows {
  const columns = new Map<string, unknown[]>();
  let rows = -1;
  for (const t of inputs) {
    const c = served.columns.find((x) => x.name === t.name);
    if (c) checkType(t, c.type, c.name, `the column \`${c.name}\``);
    if (!(t.shape.length === 1 || (t.shape.length === 2 && t.shape[1] === 1))) {
      throw new RequestError('wrong_shape', `${t.where}: shape ${JSON.stringify(t.shape)}; a column takes [N] or [N, 1].`, { field: t.name, value: t.shape, expected: '[N]' });
    }
    if (rows >= 0 && t.shape[0] !== rows) throw new RequestError('wrong_shape', `${t.where} has ${t.shape[0]} rows, the other inputs ${rows}.`, { field: t.name });
    rows = t.shape[0] as number;
    columns.set(t.name, t.data);
  }
  return { rows, columns, where: 'inputs' };
}

/** GET /v2/models/{name}: the signature as a v2 client sees it, with the contract's columns. */
export function v2Metadata(served: ServedModel): Obj {
  const dims = (shape: (number | string | null)[] | null) => (shape ?? [null]).map((d) => (typeof d === 'number' && d > 0 ? d : -1));
  const m = served.model;
  const outputs: Obj[] = [];
  if (served.labelType) outputs.push({ name: served.labelName, datatype: LABEL_V2[served.labelType], shape: [-1] });
  if (served.probaName) outputs.push({ name: served.probaName, datatype: 'FP32', shape: [-1, served.classes?.length ?? -1] });
  if (served.valueName) outputs.push({ name: served.valueName, datatype: 'FP32', shape: [-1] });
  return {
    name: served.name,
    versions: [served.version],
    platform: 'onnxruntime_onnx',
    inputs: m.info.inputs.map((i) => ({ name: i.name, datatype: i.type?.kind === 'tensor' ? (V2_TYPES[i.type.elem] ?? i.type.elem.toUpperCase()) : 'BYTES', shape: dims(i.type?.kind === 'tensor' ? i.type.shape : null) })),
    outputs,
    parameters: {
      sha256: served.sha256,
      task: served.task,
      ...(served.classes ? { classes: served.classes } : {}),
      columns: served.columns.map((c) => ({ name: c.name, type: c.type, nulls: c.nulls })),
    },
  };
}

export function v2Answer(p: Prediction, served: ServedModel, req: V2Request): Obj {
  const outputs: Obj[] = [];
  const want = (name: string) => req.outputs === null || req.outputs.includes(name);
  if (p.labels && served.labelType && want(served.labelName)) outputs.push({ name: served.labelName, datatype: LABEL_V2[served.labelType], shape: [p.rows], data: p.labels });
  if (p.proba && served.probaName && want(served.probaName)) {
    outputs.push({ name: served.probaName, datatype: 'FP32', shape: [p.rows, served.classes?.length ?? 0], data: Array.from(p.proba), parameters: { classes: served.classes } });
  }
  if (p.values && served.valueName && want(served.valueName)) outputs.push({ name: served.valueName, datatype: 'FP32', shape: [p.rows], data: Array.from(p.values) });
  return { model_name: served.name, model_version: served.version, ...(req.id !== undefined ? { id: req.id } : {}), outputs };
}

/** Output names a client may ask for, to refuse an unknown one. */
export function v2OutputNames(served: ServedModel): string[] {
  return [served.labelType ? served.labelName : null, served.probaName, served.valueName].filter((n): n is string => n !== null);
}
