// What test-model needs to know about an ONNX model before running it: its real signature (input
// and output names, element types, shapes with their dynamic dimensions, sequence and map outputs)
// for the contract check, and the class labels of a classifier in the order of its probability
// columns. Read straight from the ModelProto (field numbers from onnx/onnx.proto), because
// onnxruntime's metadata says only "not a tensor" for the ZipMap outputs scikit-learn converters
// emit, and onnxruntime-node cannot return them at all: withoutZipMap() rewrites the model so the
// probability tensor under the ZipMap becomes the output.
import { concat, fields, ints, lengthField, text, varintField, WireError, type Field } from './wire.js';

export type ElemType = 'float32' | 'uint8' | 'int8' | 'uint16' | 'int16' | 'int32' | 'int64' | 'string' | 'bool' | 'float16' | 'float64' | 'uint32' | 'uint64' | 'complex64' | 'complex128' | 'bfloat16' | `type${number}`;

const ELEM: Record<number, ElemType> = {
  1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
  10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128', 16: 'bfloat16',
};
const elemType = (n: number): ElemType => ELEM[n] ?? `type${n}`;

/** A dimension: its size, the name of a dynamic one, or null for an unnamed dynamic one. */
export type Dim = number | string | null;

export type ValueType =
  | { kind: 'tensor'; elem: ElemType; /** null: rank unknown. */ shape: Dim[] | null }
  | { kind: 'sequence'; elem: ValueType | null }
  | { kind: 'map'; key: ElemType; value: ValueType | null }
  | { kind: 'other' };

export interface ValueInfo {
  name: string;
  type: ValueType | null;
}

export interface ZipMap {
  /** The probability tensor the ZipMap reads. */
  input: string;
  /** The graph output it writes (a sequence of maps). */
  output: string;
}

export interface ModelInfo {
  irVersion: number;
  producer: string;
  opsets: { domain: string; version: number }[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  /** Class labels in the order of the classifier's probability columns, as strings; null when the model names none. */
  classLabels: string[] | null;
  zipMap: ZipMap | null;
  /** Each (domain, op type) the graph uses, for messages about unsupported operators. */
  operators: string[];
  metadata: Record<string, string>;
}

/** The signature and labels of a serialized ModelProto; WireError when the bytes are not one. */
export function readModel(bytes: Uint8Array): ModelInfo {
  const model = fields(bytes);
  const graphField = model.find((f) => f.no === 7 && f.wire === 2);
  if (!graphField) throw new WireError('there is no graph in it');
  const irVersion = Number(model.find((f) => f.no === 1 && f.wire === 0)?.int ?? 0n);
  if (irVersion < 1 || irVersion > 64) throw new WireError(`its IR version ${irVersion} is not one ONNX defines`);
  const graph = fields(graphField.bytes, graphField.start);
  // TensorProto keeps its name in field 8 (field 1 is its dims).
  const initializers = new Set(graph.filter((f) => f.no === 5).map((f) => textOf(fields(f.bytes), 8)));
  const nodes = graph.filter((f) => f.no === 1).map((f) => node(f));
  const zip = nodes.find((n) => n.opType === 'ZipMap' && n.domain === 'ai.onnx.ml');
  const metadata: Record<string, string> = {};
  for (const f of model.filter((x) => x.no === 14)) {
    const kv = fields(f.bytes);
    metadata[textOf(kv, 1)] = textOf(kv, 2);
  }
  return {
    irVersion,
    producer: [textOf(model, 2), textOf(model, 3)].filter(Boolean).join(' '),
    opsets: model.filter((f) => f.no === 8).map((f) => {
      const o = fields(f.bytes);
      return { domain: textOf(o, 1), version: Number(o.find((x) => x.no === 2)?.int ?? 0n) };
    }),
    // Before IR 4, initializers were listed as inputs too; they are weights, not features.
    inputs: graph.filter((f) => f.no === 11).map(valueInfo).filter((v) => !initializers.has(v.name)),
    outputs: graph.filter((f) => f.no === 12).map(valueInfo),
    classLabels: (zip && labelsOf(zip)) ?? nodes.map(labelsOf).find((l) => l !== null) ?? null,
    zipMap: zip && zip.inputs[0] && zip.outputs[0] ? { input: zip.inputs[0], output: zip.outputs[0] } : null,
    operators: [...new Set(nodes.map((n) => (n.domain ? `${n.domain}.${n.opType}` : n.opType)))].sort(),
    metadata,
  };
}

/**
 * The model with its ZipMap node removed and the probability tensor it read exposed as the graph
 * output in its place (float32 [N, classes]); unchanged when there is no ZipMap. Every other byte
 * of the model is copied as it was.
 */
export function withoutZipMap(bytes: Uint8Array, info: ModelInfo): Uint8Array {
  const zip = info.zipMap;
  if (!zip) return bytes;
  const model = fields(bytes);
  const graphField = model.find((f) => f.no === 7 && f.wire === 2) as Field;
  const graph = fields(graphField.bytes);
  const classes = info.classLabels?.length ?? null;
  const probability = concat([
    lengthField(1, new TextEncoder().encode(zip.input)),
    lengthField(2, tensorType(1, [null, classes])),
  ]);
  const newGraph = concat(
    graph.flatMap((f) => {
      if (f.no === 1 && node(f).opType === 'ZipMap' && node(f).outputs[0] === zip.output) return [];
      if (f.no === 12 && name(fields(f.bytes)) === zip.output) return [lengthField(12, probability)];
      return [f.raw];
    }),
  );
  return concat(model.map((f) => (f === graphField ? lengthField(7, newGraph) : f.raw)));
}

function tensorType(elem: number, shape: Dim[]): Uint8Array {
  // TensorShapeProto.Dimension: dim_value (1) for a size, nothing for an unnamed dynamic one.
  const dims = shape.map((d) => lengthField(1, typeof d === 'number' ? varintField(1, d) : new Uint8Array(0)));
  const tensor = concat([varintField(1, elem), lengthField(2, concat(dims))]);
  return lengthField(1, tensor);
}

interface Node {
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes: Field[][];
}

function node(f: Field): Node {
  const n = fields(f.bytes, f.start);
  return {
    opType: textOf(n, 4),
    domain: textOf(n, 7),
    inputs: n.filter((x) => x.no === 1).map(text),
    outputs: n.filter((x) => x.no === 2).map(text),
    attributes: n.filter((x) => x.no === 5).map((x) => fields(x.bytes, x.start)),
  };
}

/** classlabels_* of an ai.onnx.ml classifier or ZipMap, as strings. */
function labelsOf(n: Node): string[] | null {
  for (const a of n.attributes) {
    const attr = textOf(a, 1);
    if (attr === 'classlabels_strings') return a.filter((x) => x.no === 9).map(text);
    if (attr === 'classlabels_int64s' || attr === 'classlabels_ints') return ints(a, 8).map((v) => BigInt.asIntN(64, v).toString());
  }
  return null;
}

function valueInfo(f: Field): ValueInfo {
  const v = fields(f.bytes, f.start);
  const t = v.find((x) => x.no === 2);
  return { name: textOf(v, 1), type: t ? typeOf(fields(t.bytes, t.start)) : null };
}

function typeOf(t: Field[]): ValueType {
  const tensor = t.find((x) => x.no === 1);
  if (tensor) {
    const tt = fields(tensor.bytes, tensor.start);
    const shapeField = tt.find((x) => x.no === 2);
    const shape = shapeField
      ? fields(shapeField.bytes, shapeField.start)
          .filter((x) => x.no === 1)
          .map((d): Dim => {
            const dim = fields(d.bytes, d.start);
            const value = dim.find((x) => x.no === 1);
            if (value) return Number(BigInt.asIntN(64, value.int));
            const param = dim.find((x) => x.no === 2);
            return param && text(param) ? text(param) : null;
          })
      : null;
    return { kind: 'tensor', elem: elemType(Number(tt.find((x) => x.no === 1)?.int ?? 0n)), shape };
  }
  const seq = t.find((x) => x.no === 4);
  if (seq) {
    const inner = fields(seq.bytes, seq.start).find((x) => x.no === 1);
    return { kind: 'sequence', elem: inner ? typeOf(fields(inner.bytes, inner.start)) : null };
  }
  const map = t.find((x) => x.no === 5);
  if (map) {
    const m = fields(map.bytes, map.start);
    const value = m.find((x) => x.no === 2);
    return { kind: 'map', key: elemType(Number(m.find((x) => x.no === 1)?.int ?? 0n)), value: value ? typeOf(fields(value.bytes, value.start)) : null };
  }
  return { kind: 'other' };
}

const name = (f: Field[]) => textOf(f, 1);

function textOf(fs: Field[], no: number): string {
  const f = fs.find((x) => x.no === no && x.wire === 2);
  return f ? text(f) : '';
}

/** A type as people write it: float32[N,6], seq(map(int64,float32)). */
export function describeType(t: ValueType | null): string {
  if (!t) return 'unknown';
  switch (t.kind) {
    case 'tensor':
      return `${t.elem}${t.shape ? `[${t.shape.map((d) => (d === null ? '?' : String(d))).join(',')}]` : ''}`;
    case 'sequence':
      return `seq(${describeType(t.elem)})`;
    case 'map':
      return `map(${t.key},${describeType(t.value)})`;
    default:
      return 'other';
  }
}
