// KServe's Open Inference Protocol v2 (REST) as a client: which model to test (the name given, the
// only one the server lists, or the model file's name), its metadata, and infer requests in one of
// the two forms servers take: tensors by model input name (KServe, Triton, model-cd serve), or one
// tensor per column, as MLServer's pandas codec reads a DataFrame.
import { ConfigurationError } from '../common/errors.js';
import type { ColumnType } from '../evaluate/contract.js';
import { answerLine, requestLine, send, type Exchange } from './exchange.js';
import type { Expectations, Feature } from './expectations.js';
import type { Decoded, Protocol, Rows } from './protocol.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface V2Model {
  name: string;
  /** The metadata answer (GET /v2/models/{name}). */
  metadata: Obj | null;
  exchange: Exchange;
}

const enc = encodeURIComponent;

/** The model to test and its metadata; a ConfigurationError naming `model-name` when it cannot be found. */
export async function resolveV2Model(base: string, given: string, fileName: string | null, timeoutMs: number): Promise<V2Model> {
  const meta = async (name: string) => {
    const x = await send('GET', `${base}/v2/models/${enc(name)}`, { timeoutMs });
    return { name, metadata: x.status === 200 && isObj(x.json) ? x.json : null, exchange: x };
  };
  if (given) {
    const m = await meta(given);
    if (m.exchange.status === 404) throw new ConfigurationError('input `model-name`', given, `is not a model of ${base}: ${requestLine(m.exchange)} ${answerLine(m.exchange)}. Give the name the server serves it under.`);
    return m;
  }
  const index = await send('POST', `${base}/v2/repository/index`, { body: '{}', timeoutMs });
  const listed = Array.isArray(index.json) ? (index.json as unknown[]).filter(isObj).map((m) => String(m.name)) : null;
  const names = listed ? [...new Set(listed)] : null;
  if (names && names.length === 1) return meta(names[0] as string);
  if (names && names.length > 1) throw new ConfigurationError('input `model-name`', '', `is empty and ${base} serves ${names.length} models (${names.join(', ')}). Name the one to test.`);
  // model-cd serve (and KServe) name a model after its file by default.
  if (fileName) {
    const m = await meta(fileName);
    if (m.exchange.status === 200) return m;
  }
  throw new ConfigurationError(
    'input `model-name`',
    '',
    `is empty and ${base} does not list its models (${requestLine(index)} ${answerLine(index)})${fileName ? `, nor serves one named after the model file (\`${fileName}\`)` : ''}. Give the name the server serves the model under.`,
  );
}

const COLUMN_DATATYPE: Record<ColumnType, string> = { float: 'FP64', int: 'INT64', string: 'BYTES', bool: 'BOOL' };
const ELEM_DATATYPE: Record<string, string> = { float32: 'FP32', float64: 'FP64', float16: 'FP16', int64: 'INT64', int32: 'INT32', int16: 'INT16', int8: 'INT8', uint8: 'UINT8', string: 'BYTES', bool: 'BOOL' };

interface TensorInput {
  name: string;
  datatype: string;
  columns: string[];
  /** [N] rather than [N, columns]. */
  flat: boolean;
}

/**
 * Tensor form when the contract (or the metadata's one input) says which columns feed which input
 * and the server has those inputs; column form when the server's inputs are the columns themselves,
 * or nothing says otherwise.
 */
export function v2Form(model: V2Model, ex: Expectations, features: Feature[]): TensorInput[] | null {
  const metaInputs = Array.isArray(model.metadata?.inputs) ? (model.metadata.inputs as unknown[]).filter(isObj) : [];
  const names = features.map((f) => f.name);
  if (metaInputs.length && metaInputs.every((i) => names.includes(String(i.name)))) return null;
  const find = (name: string) => metaInputs.find((i) => i.name === name);
  const declared = (name: string) => ex.inputs.find((i) => i.name === name);
  const shapeOf = (name: string) => (Array.isArray(find(name)?.shape) ? (find(name)?.shape as unknown[]) : (declared(name)?.shape ?? null));
  const datatypeOf = (name: string) => (typeof find(name)?.datatype === 'string' ? String(find(name)?.datatype) : (ELEM_DATATYPE[declared(name)?.type ?? ''] ?? 'FP32'));
  if (ex.inputColumns && (metaInputs.length === 0 || Object.keys(ex.inputColumns).every((n) => find(n)))) {
    return Object.entries(ex.inputColumns).map(([name, columns]) => ({ name, datatype: datatypeOf(name), columns, flat: shapeOf(name)?.length === 1 }));
  }
  const only = metaInputs.length === 1 ? metaInputs[0] : undefined;
  if (only && Array.isArray(only.shape) && only.shape.length === 2 && (only.shape[1] === names.length || only.shape[1] === -1)) {
    return [{ name: String(only.name), datatype: datatypeOf(String(only.name)), columns: names, flat: false }];
  }
  return null;
}

export function v2Protocol(base: string, model: V2Model, ex: Expectations, features: Feature[]): Protocol {
  const tensors = v2Form(model, ex, features);
  return {
    name: 'v2',
    inferUrl: `${base}/v2/models/${enc(model.name)}/infer`,
    contentType: 'application/json',
    form: tensors ? `tensors by model input (${tensors.map((t) => `${t.name}: ${t.columns.length} columns`).join('; ')})` : 'one tensor per column (as MLServer reads a DataFrame)',
    encode: (rows) => JSON.stringify({ inputs: tensors ? tensorInputs(rows, tensors) : columnInputs(rows) }),
    decode: (json, sent) => decodeV2(json, sent, ex),
  };
}

function columnInputs(r: Rows): Obj[] {
  return r.features.map((f, j) => ({ name: f.name, shape: [r.rows.length], datatype: COLUMN_DATATYPE[f.type], data: r.rows.map((row) => row[j]) }));
}

/** Each input's tensor from its columns present in `r`; columns no input takes go to the last one (an extra column is an extra value per row). */
function tensorInputs(r: Rows, inputs: TensorInput[]): Obj[] {
  const names = r.features.map((f) => f.name);
  const taken = new Set(inputs.flatMap((i) => i.columns));
  const extra = names.filter((n) => !taken.has(n));
  return inputs.map((input, k) => {
    const cols = [...input.columns.filter((c) => names.includes(c)), ...(k === inputs.length - 1 ? extra : [])];
    const idx = cols.map((c) => names.indexOf(c));
    const data = r.rows.flatMap((row) => idx.map((j) => row[j]));
    return { name: input.name, shape: input.flat && cols.length === 1 ? [r.rows.length] : [r.rows.length, cols.length], datatype: input.datatype, data };
  });
}

const LABEL_TYPES = new Set(['INT64', 'INT32', 'INT16', 'INT8', 'UINT8', 'UINT16', 'UINT32', 'UINT64', 'BYTES', 'BOOL']);
const FLOAT_TYPES = new Set(['FP32', 'FP64', 'FP16']);

export function decodeV2(json: unknown, sent: number, ex: Expectations): Decoded {
  const out: Decoded = { rows: 0, label: null, proba: null, value: null, problems: [], names: [] };
  if (!isObj(json) || !Array.isArray(json.outputs)) {
    out.problems.push('the answer is not {"outputs": [...]} (Open Inference Protocol v2)');
    return out;
  }
  const outputs = (json.outputs as unknown[]).filter(isObj);
  out.names = outputs.map((o) => String(o.name));
  const shape = (o: Obj) => (Array.isArray(o.shape) ? (o.shape as unknown[]).map(Number) : []);
  const data = (o: Obj) => (Array.isArray(o.data) ? (o.data as unknown[]).flat(Infinity) : []);
  const byName = (n: string | null) => (n ? outputs.find((o) => o.name === n) : undefined);
  const perRow = (o: Obj) => shape(o).length === 1 || (shape(o).length === 2 && shape(o)[1] === 1);
  const dt = (o: Obj) => String(o.datatype ?? '').toUpperCase();
  const label = byName(ex.labelOutput) ?? (ex.task === 'regression' ? undefined : outputs.find((o) => LABEL_TYPES.has(dt(o)) && perRow(o)));
  const proba = byName(ex.probaOutput) ?? outputs.find((o) => o !== label && FLOAT_TYPES.has(dt(o)) && shape(o).length === 2 && (shape(o)[1] ?? 0) > 1);
  const value = byName(ex.valueOutput) ?? (ex.task === 'regression' || (!label && !proba) ? outputs.find((o) => FLOAT_TYPES.has(dt(o)) && perRow(o)) : undefined);
  for (const o of [label, proba, value]) {
    if (!o) continue;
    const s = shape(o);
    const size = s.reduce((a, b) => a * b, 1);
    if (!s.length || s.some((d) => !Number.isInteger(d) || d < 0)) out.problems.push(`output \`${String(o.name)}\` has the shape ${JSON.stringify(o.shape)}, not a list of sizes`);
    else if (size !== data(o).length) out.problems.push(`output \`${String(o.name)}\` has the shape ${JSON.stringify(s)} (${size} values) but ${data(o).length} values`);
    if (s[0] !== sent) out.problems.push(`output \`${String(o.name)}\` has ${s[0]} rows for the ${sent} sent (shape ${JSON.stringify(s)})`);
  }
  out.rows = Number(shape(label ?? proba ?? value ?? {})[0] ?? 0);
  if (label) out.label = { name: String(label.name), datatype: dt(label), values: data(label) };
  if (proba) {
    const c = shape(proba)[1] ?? 0;
    const flat = data(proba);
    const params = isObj(proba.parameters) ? proba.parameters : {};
    const classes = Array.isArray(params.classes) ? (params.classes as unknown[]).map(String) : null;
    out.proba = { name: String(proba.name), classes, rows: Array.from({ length: c > 0 ? Math.floor(flat.length / c) : 0 }, (_, i) => flat.slice(i * c, (i + 1) * c)) };
  }
  if (value) out.value = { name: String(value.name), values: data(value) };
  return out;
}
