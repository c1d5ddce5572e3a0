// The model contract: what the modelling side promises the deployment side, in a
// `model-contract.yaml` kept in the serving repository (JSON Schema: docs/schemas/model-contract.schema.json).
// It declares the model's inputs and outputs (names, types, shapes with dynamic dimensions), the
// label set, the dataset's columns (type, null policy), how columns feed the inputs, and the
// metric gates. test-model compares it with the model's real signature and the data, and reports
// every difference as "declared X, found Y".
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../common/errors.js';
import { describeType, type Dim, type ModelInfo, type ValueType } from './onnx/model.js';
import { parseGate, type Gate } from './gates.js';

export type ColumnType = 'float' | 'int' | 'string' | 'bool';
export type Task = 'binary' | 'multiclass' | 'regression';

export interface ContractTensor {
  name: string;
  /** A tensor's element type, or a whole type such as seq(map(int64,float32)). */
  type: string;
  /** Dimensions: a number, or a name / null for a dynamic one. Absent: not checked. */
  shape?: Dim[];
}

export interface ContractColumn {
  type: ColumnType;
  nulls: 'forbid' | 'allow';
}

export interface Contract {
  file: string;
  task?: Task;
  inputs?: ContractTensor[];
  outputs?: ContractTensor[];
  labels?: string[];
  label?: string;
  columns?: Record<string, ContractColumn>;
  /** Feature columns for a model with one input. */
  features?: string[];
  /** Columns per named input, for a model with several. */
  inputColumns?: Record<string, string[]>;
  gates: Gate[];
}

const TOP = ['version', 'task', 'model', 'data', 'gates'];
const ELEM_TYPES = ['float32', 'float64', 'float16', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'bool', 'string'];
/** Spellings people use for element types (numpy's, ONNX's). */
const ELEM_ALIASES: Record<string, string> = { float: 'float32', double: 'float64', half: 'float16', boolean: 'bool', str: 'string', tensor_float: 'float32', tensor_double: 'float64' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads and validates a contract; every mistake is a ConfigurationError naming the file and the key. */
export function parseContract(text: string, file: string, knownMetrics: readonly string[]): Contract {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ConfigurationError(`contract ${file}`, (e as Error).message.split('\n')[0] ?? '', 'is not valid YAML. Fix the syntax; docs/model-contract.md has examples.');
  }
  if (!isObj(doc)) throw new ConfigurationError(`contract ${file}`, String(doc), 'must be a mapping with model, data and gates sections.');
  const where = (key: string) => `contract ${file}: \`${key}\``;
  unknownKeys(doc, TOP, file, '');
  if (doc.version !== undefined && doc.version !== 1) throw new ConfigurationError(where('version'), String(doc.version), 'must be 1 (the only version of the format).');
  const c: Contract = { file, gates: [] };
  if (doc.task !== undefined) {
    if (doc.task !== 'binary' && doc.task !== 'multiclass' && doc.task !== 'regression') throw new ConfigurationError(where('task'), String(doc.task), 'must be binary, multiclass or regression.');
    c.task = doc.task;
  }
  if (doc.model !== undefined) {
    if (!isObj(doc.model)) throw new ConfigurationError(where('model'), JSON.stringify(doc.model), 'must be a mapping with inputs, outputs and labels.');
    unknownKeys(doc.model, ['inputs', 'outputs', 'labels'], file, 'model.');
    if (doc.model.inputs !== undefined) c.inputs = tensors(doc.model.inputs, where('model.inputs'));
    if (doc.model.outputs !== undefined) c.outputs = tensors(doc.model.outputs, where('model.outputs'));
    if (doc.model.labels !== undefined) {
      if (!Array.isArray(doc.model.labels) || doc.model.labels.some((l) => typeof l !== 'string' && typeof l !== 'number' && typeof l !== 'boolean')) {
        throw new ConfigurationError(where('model.labels'), JSON.stringify(doc.model.labels), 'must be a list of labels, e.g. [0, 1] or [cat, dog].');
      }
      c.labels = doc.model.labels.map(String);
    }
  }
  if (doc.data !== undefined) {
    if (!isObj(doc.data)) throw new ConfigurationError(where('data'), JSON.stringify(doc.data), 'must be a mapping with label, columns and features or inputs.');
    const d = doc.data;
    unknownKeys(d, ['label', 'columns', 'features', 'inputs'], file, 'data.');
    if (d.label !== undefined) {
      if (typeof d.label !== 'string' || !d.label) throw new ConfigurationError(where('data.label'), String(d.label), 'must be the name of the label (target) column.');
      c.label = d.label;
    }
    if (d.columns !== undefined) {
      if (!isObj(d.columns)) throw new ConfigurationError(where('data.columns'), JSON.stringify(d.columns), 'must map column names to {type, nulls}.');
      c.columns = {};
      for (const [col, spec] of Object.entries(d.columns)) c.columns[col] = column(spec, where(`data.columns.${col}`));
    }
    if (d.features !== undefined) c.features = names(d.features, where('data.features'));
    if (d.inputs !== undefined) {
      if (!isObj(d.inputs)) throw new ConfigurationError(where('data.inputs'), JSON.stringify(d.inputs), 'must map each model input to its list of columns.');
      c.inputColumns = {};
      for (const [input, cols] of Object.entries(d.inputs)) c.inputColumns[input] = names(cols, where(`data.inputs.${input}`));
    }
    if (c.features && c.inputColumns) throw new ConfigurationError(where('data'), 'features and inputs', 'are both given: use features for a model with one input, inputs for several.');
  }
  if (doc.gates !== undefined) {
    if (!isObj(doc.gates)) throw new ConfigurationError(where('gates'), JSON.stringify(doc.gates), 'must map metric names to {threshold, min_absolute_change, min_relative_change, greater_is_better}.');
    c.gates = Object.entries(doc.gates).map(([metric, raw]) => parseGate(metric, raw, `contract ${file}`, knownMetrics));
  }
  return c;
}

/**
 * The `contract` input's file, parsed: `given` relative to `cwd`; with `findDefault` an empty input
 * means model-contract.yaml (or .yml) when the folder has one, and `none` means no contract.
 */
export async function readContractFile(given: string, cwd: string, findDefault: boolean, knownMetrics: readonly string[]): Promise<Contract | null> {
  if (findDefault && given.toLowerCase() === 'none') return null;
  const file = given ? resolve(cwd, given) : findDefault ? ['model-contract.yaml', 'model-contract.yml'].map((f) => join(cwd, f)).find((f) => existsSync(f)) : undefined;
  if (!file) return null;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigurationError('input `contract`', given, `cannot be read. Give the path of model-contract.yaml${findDefault ? ', or `none` to run without a contract' : ''}.`);
  }
  return parseContract(text, given || file.slice(cwd.length + 1), knownMetrics);
}

function unknownKeys(o: Obj, allowed: string[], file: string, prefix: string): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) throw new ConfigurationError(`contract ${file}: \`${prefix}${key}\``, key, `is not a contract key. Allowed here: ${allowed.join(', ')}.`);
  }
}

function names(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || !x)) throw new ConfigurationError(where, JSON.stringify(v), 'must be a non-empty list of column names.');
  const seen = new Set<string>();
  for (const x of v as string[]) {
    if (seen.has(x)) throw new ConfigurationError(where, x, 'is listed twice.');
    seen.add(x);
  }
  return v as string[];
}

function normaliseType(t: string): string {
  return t.replace(/\s+/g, '').replace(/[a-z_0-9]+/gi, (w) => ELEM_ALIASES[w.toLowerCase()] ?? w.toLowerCase());
}

function tensors(v: unknown, where: string): ContractTensor[] {
  if (!Array.isArray(v)) throw new ConfigurationError(where, JSON.stringify(v), 'must be a list of {name, type, shape}.');
  return v.map((t, i) => {
    if (!isObj(t) || typeof t.name !== 'string' || !t.name) throw new ConfigurationError(`${where}[${i}]`, JSON.stringify(t), 'needs a name.');
    for (const key of Object.keys(t)) if (!['name', 'type', 'dtype', 'shape'].includes(key)) throw new ConfigurationError(`${where}[${i}].${key}`, key, 'is not a key here. Use name, type (or dtype) and shape.');
    const raw = t.type ?? t.dtype;
    if (typeof raw !== 'string' || !raw) throw new ConfigurationError(`${where}[${i}] (${t.name})`, JSON.stringify(raw), `needs a type: an element type (${ELEM_TYPES.join(', ')}) or seq(map(int64,float32)).`);
    const type = normaliseType(raw);
    if (!/^(seq|map)\(/.test(type) && !ELEM_TYPES.includes(type)) throw new ConfigurationError(`${where}[${i}] (${t.name}).type`, raw, `is not an ONNX type. Use one of ${ELEM_TYPES.join(', ')}, or seq(...)/map(...).`);
    const out: ContractTensor = { name: t.name, type };
    if (t.shape !== undefined) {
      if (!Array.isArray(t.shape) || t.shape.some((d) => !(d === null || typeof d === 'string' || (typeof d === 'number' && Number.isInteger(d) && d >= -1)))) {
        throw new ConfigurationError(`${where}[${i}] (${t.name}).shape`, JSON.stringify(t.shape), 'must be a list of sizes, with a name, null or -1 for a dynamic dimension, e.g. [batch, 6].');
      }
      out.shape = t.shape.map((d) => (d === -1 ? null : (d as Dim)));
    }
    return out;
  });
}

function column(spec: unknown, where: string): ContractColumn {
  const s = typeof spec === 'string' ? { type: spec } : spec;
  if (!isObj(s)) throw new ConfigurationError(where, JSON.stringify(spec), 'must be a type (float, int, string, bool) or {type, nulls}.');
  for (const key of Object.keys(s)) if (key !== 'type' && key !== 'nulls') throw new ConfigurationError(`${where}.${key}`, key, 'is not a column key. Use type and nulls.');
  if (s.type !== 'float' && s.type !== 'int' && s.type !== 'string' && s.type !== 'bool') throw new ConfigurationError(`${where}.type`, String(s.type), 'must be float, int, string or bool.');
  const nulls = s.nulls ?? 'forbid';
  if (nulls !== 'forbid' && nulls !== 'allow') throw new ConfigurationError(`${where}.nulls`, String(nulls), 'must be forbid or allow.');
  return { type: s.type, nulls };
}

/** Every way the model's real signature differs from the contract, as "declared …, found …" lines. */
export function signatureDiff(c: Contract, m: ModelInfo, which: string): string[] {
  const diffs: string[] = [];
  const compare = (kind: 'input' | 'output', declared: ContractTensor[] | undefined, found: { name: string; type: ValueType | null }[]) => {
    if (!declared) return;
    const byName = new Map(found.map((f) => [f.name, f]));
    for (const d of declared) {
      const f = byName.get(d.name);
      if (!f) {
        diffs.push(`${kind} \`${d.name}\`: declared, but the ${which} has no such ${kind} (it has ${found.map((x) => `\`${x.name}\``).join(', ') || 'none'}).`);
        continue;
      }
      const t = f.type;
      const foundType = t?.kind === 'tensor' ? t.elem : describeType(t);
      if (normaliseType(foundType) !== d.type) diffs.push(`${kind} \`${d.name}\`: type declared ${d.type}, found ${foundType}.`);
      if (d.shape && t?.kind === 'tensor' && t.shape) {
        const shapeDiff = compareShape(d.shape, t.shape);
        if (shapeDiff) diffs.push(`${kind} \`${d.name}\`: shape declared [${d.shape.map(showDim).join(', ')}], found [${t.shape.map(showDim).join(', ')}] (${shapeDiff}).`);
      }
    }
    const declaredNames = new Set(declared.map((d) => d.name));
    for (const f of found) if (!declaredNames.has(f.name)) diffs.push(`${kind} \`${f.name}\`: not declared, but the ${which} has it (${describeType(f.type)}).`);
  };
  compare('input', c.inputs, m.inputs);
  compare('output', c.outputs, m.outputs);
  if (c.labels && m.classLabels) {
    const missing = c.labels.filter((l) => !m.classLabels?.includes(l));
    const extra = m.classLabels.filter((l) => !c.labels?.includes(l));
    if (missing.length || extra.length) diffs.push(`labels: declared [${c.labels.join(', ')}], found [${m.classLabels.join(', ')}].`);
  }
  return diffs;
}

const showDim = (d: Dim) => (d === null ? 'dynamic' : String(d));

function compareShape(declared: Dim[], found: Dim[]): string | null {
  if (declared.length !== found.length) return `rank ${declared.length} declared, ${found.length} found`;
  for (let i = 0; i < declared.length; i++) {
    const d = declared[i] as Dim;
    const f = found[i] as Dim;
    const dDynamic = typeof d !== 'number';
    const fDynamic = typeof f !== 'number';
    if (dDynamic && !fDynamic) return `dimension ${i} is fixed to ${f} in the model but declared dynamic`;
    if (!dDynamic && fDynamic) return `dimension ${i} is dynamic in the model but declared ${d}`;
    if (!dDynamic && d !== f) return `dimension ${i} differs`;
  }
  return null;
}

