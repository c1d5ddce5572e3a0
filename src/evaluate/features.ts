// How dataset columns become the model's input tensors, and how cells are cast to the element type
// each input declares. Planned once from the model's signature, the contract and the inputs (plan),
// then applied to every batch (toFeeds). A cell that cannot be cast is an error naming its row and
// column; null or NaN cells are refused unless the contract allows nulls for that column.
import { ConfigurationError } from '../common/errors.js';
import type { Batch, Cell } from '../data/table.js';
import type { Contract } from './contract.js';
import type { ElemType, ModelInfo } from './onnx/model.js';

export interface InputPlan {
  input: string;
  elem: ElemType;
  columns: string[];
  /** Rank-1 input ([N]) fed from one column, rather than [N, columns]. */
  flat: boolean;
  /** A fixed batch size the model insists on, or null when the batch dimension is dynamic. */
  fixedBatch: number | null;
}

export interface PlanOptions {
  /** Explicit columns for a one-input model (the `features` input or the contract). */
  features?: string[];
  /** Explicit columns per input (the contract's data.inputs). */
  inputColumns?: Record<string, string[]>;
  /** The label column, never a feature. */
  label: string;
  columns: string[];
  /** Where the mapping came from, for messages. */
  source: string;
}

/** The plan from what the user gave: the `features` input wins over the contract's mapping, else the columns decide. */
export function planFromSources(model: ModelInfo, which: string, o: { features?: string[]; contract: Contract | null; label: string; columns: string[]; path: string }): InputPlan[] {
  const c = o.contract;
  return planInputs(model, which, {
    ...(o.features?.length ? { features: o.features } : c?.features ? { features: c.features } : {}),
    ...(c?.inputColumns ? { inputColumns: c.inputColumns } : {}),
    label: o.label,
    columns: o.columns,
    source: o.features?.length ? 'input `features`' : c ? `contract ${c.file}` : `the columns of ${o.path}`,
  });
}

const CASTABLE: ElemType[] = ['float32', 'float64', 'float16', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'bool', 'string'];

/**
 * Decides the columns of each model input: the explicit mapping when given; else, when every input
 * is named after a column, one column each; else, for a model with one input, every column but the
 * label, in file order.
 */
export function planInputs(model: ModelInfo, which: string, o: PlanOptions): InputPlan[] {
  const missing = (cols: string[]) => cols.filter((c) => !o.columns.includes(c));
  const plans: InputPlan[] = [];
  const byName = model.inputs.every((i) => o.columns.includes(i.name));
  for (const input of model.inputs) {
    const t = input.type;
    if (!t || t.kind !== 'tensor') throw new ConfigurationError(`${which} model input \`${input.name}\``, t?.kind ?? 'unknown', 'is not a tensor; test-model feeds tensors only.');
    if (!CASTABLE.includes(t.elem)) throw new ConfigurationError(`${which} model input \`${input.name}\``, t.elem, 'has an element type test-model cannot build from table cells.');
    let columns: string[];
    if (o.inputColumns) {
      const cols = o.inputColumns[input.name];
      if (!cols) throw new ConfigurationError(`${o.source}: inputs`, Object.keys(o.inputColumns).join(', '), `has no columns for the ${which} model's input \`${input.name}\`. Map every input: ${model.inputs.map((i) => i.name).join(', ')}.`);
      columns = cols;
    } else if (o.features && model.inputs.length === 1) {
      columns = o.features;
    } else if (byName && !o.features) {
      columns = [input.name];
    } else if (model.inputs.length === 1) {
      columns = o.columns.filter((c) => c !== o.label);
    } else {
      throw new ConfigurationError(
        `${which} model`,
        model.inputs.map((i) => i.name).join(', '),
        `has ${model.inputs.length} inputs and the data has no columns of those names: map them in the contract (data.inputs: {<input>: [columns]}).`,
      );
    }
    const absent = missing(columns);
    if (absent.length) throw new ConfigurationError(`${o.source}`, absent.join(', '), `${absent.length === 1 ? 'is a column' : 'are columns'} the ${which} model's input \`${input.name}\` needs, but the data has no such column (it has ${o.columns.join(', ')}).`);
    if (columns.includes(o.label)) throw new ConfigurationError(`${o.source}`, o.label, `is the label column; it cannot also feed the input \`${input.name}\`.`);
    const shape = t.shape;
    const rank = shape?.length ?? 2;
    const width = shape && shape.length === 2 ? shape[1] : null;
    if (rank === 2 && typeof width === 'number' && width !== columns.length) {
      throw new ConfigurationError(
        `${which} model input \`${input.name}\``,
        `${columns.length} columns`,
        `takes ${width} values per row, but ${columns.length} columns feed it (${columns.join(', ')}). Name the ${width} feature columns with \`features\` (or data.features in the contract).`,
      );
    }
    if (rank === 1 && columns.length !== 1) throw new ConfigurationError(`${which} model input \`${input.name}\``, `${columns.length} columns`, 'is one value per row; map exactly one column to it.');
    if (rank !== 1 && rank !== 2) throw new ConfigurationError(`${which} model input \`${input.name}\``, `rank ${rank}`, 'has a shape test-model cannot build from table rows (it feeds [N] or [N, columns]).');
    const batch = shape?.[0];
    plans.push({ input: input.name, elem: t.elem, columns, flat: rank === 1, fixedBatch: typeof batch === 'number' && batch > 0 ? batch : null });
  }
  return plans;
}

export interface TensorData {
  elem: ElemType;
  dims: number[];
  data: Float32Array | Float64Array | BigInt64Array | BigUint64Array | Int32Array | Int16Array | Int8Array | Uint8Array | Uint16Array | Uint32Array | boolean[] | string[];
}

/**
 * Numbers as Python's float() reads them: decimal, exponent, nan, inf, infinity (any case, signed).
 * null for an empty cell, undefined for text that is not a number.
 */
export function parseNumber(cell: Cell): number | null | undefined {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (cell === null) return null;
  const s = cell.trim();
  if (s === '') return null;
  const n = Number(s);
  // The whole cell must be decimal: Number() also takes 0x10, 0b1 and 0o7, which float() refuses.
  if (!Number.isNaN(n) && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return n;
  const lower = s.toLowerCase().replace(/^\+/, '');
  if (lower === 'nan' || lower === '-nan') return NaN;
  if (lower === 'inf' || lower === 'infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  return undefined;
}

export interface CastOptions {
  /** Columns whose nulls and NaN are allowed (passed on as NaN). */
  nullable: Set<string>;
  what: string;
}

/** One batch as the feeds of one model: a tensor per input, cells cast to its element type. */
export function toFeeds(plans: InputPlan[], batch: Batch, o: CastOptions): Map<string, TensorData> {
  const feeds = new Map<string, TensorData>();
  for (const p of plans) {
    const width = p.columns.length;
    const n = batch.rows;
    const dims = p.flat ? [n] : [n, width];
    if (p.elem === 'string') {
      const data: string[] = new Array<string>(n * width);
      p.columns.forEach((col, j) => {
        const cells = batch.columns[col] as Cell[];
        for (let r = 0; r < n; r++) {
          const c = cells[r];
          if (c === null || c === undefined) {
            if (!o.nullable.has(col)) throw nullCell(o.what, batch.firstRow + r, col);
            data[r * width + j] = '';
          } else data[r * width + j] = String(c);
        }
      });
      feeds.set(p.input, { elem: p.elem, dims, data });
      continue;
    }
    if (p.elem === 'bool') {
      const data: boolean[] = new Array<boolean>(n * width);
      p.columns.forEach((col, j) => {
        const cells = batch.columns[col] as Cell[];
        for (let r = 0; r < n; r++) data[r * width + j] = toBool(cells[r] ?? null, batch.firstRow + r, col, o.what);
      });
      feeds.set(p.input, { elem: p.elem, dims, data });
      continue;
    }
    const float = p.elem === 'float32' || p.elem === 'float64' || p.elem === 'float16';
    const big = p.elem === 'int64' || p.elem === 'uint64';
    const data = makeArray(p.elem, n * width);
    p.columns.forEach((col, j) => {
      const cells = batch.columns[col] as Cell[];
      const nullable = o.nullable.has(col);
      for (let r = 0; r < n; r++) {
        const cell = cells[r] ?? null;
        const v = parseNumber(cell);
        const row = batch.firstRow + r;
        if (v === null) {
          if (!nullable || !float) throw nullCell(o.what, row, col);
          (data as Float32Array)[r * width + j] = NaN;
          continue;
        }
        if (v === undefined) {
          throw new ConfigurationError(`${o.what}: row ${row}, column \`${col}\``, String(cell), `is not a number, but the model's input \`${p.input}\` takes ${p.elem}. Fix the value, or drop the row.`);
        }
        if (!Number.isFinite(v)) {
          if (!nullable || !float) {
            throw new ConfigurationError(
              `${o.what}: row ${row}, column \`${col}\``,
              String(cell),
              float ? 'is NaN or infinite. Clean the data, or allow it with nulls: allow for this column in the contract (NaN and infinity are then passed to the model as they are).' : `is not a whole number, but the model's input \`${p.input}\` takes ${p.elem}.`,
            );
          }
          (data as Float32Array)[r * width + j] = v;
          continue;
        }
        if (float) (data as Float32Array)[r * width + j] = v;
        else {
          if (!Number.isInteger(v)) throw new ConfigurationError(`${o.what}: row ${row}, column \`${col}\``, String(cell), `is not a whole number, but the model's input \`${p.input}\` takes ${p.elem}.`);
          if (big) (data as BigInt64Array)[r * width + j] = BigInt(v);
          else (data as Int32Array)[r * width + j] = v;
        }
      }
    });
    feeds.set(p.input, { elem: p.elem, dims, data });
  }
  return feeds;
}

function makeArray(elem: ElemType, n: number): TensorData['data'] {
  switch (elem) {
    case 'float64':
      return new Float64Array(n);
    case 'int64':
      return new BigInt64Array(n);
    case 'uint64':
      return new BigUint64Array(n);
    case 'int32':
      return new Int32Array(n);
    case 'int16':
      return new Int16Array(n);
    case 'int8':
      return new Int8Array(n);
    case 'uint8':
      return new Uint8Array(n);
    case 'uint16':
      return new Uint16Array(n);
    case 'uint32':
      return new Uint32Array(n);
    default:
      // float32, and float16 (fed as float32: onnxruntime-node takes float16 as Uint16 bits; not supported here).
      return new Float32Array(n);
  }
}

function toBool(cell: Cell, row: number, col: string, what: string): boolean {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return cell === 1;
  const s = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  throw new ConfigurationError(`${what}: row ${row}, column \`${col}\``, String(cell), 'is not a boolean (true/false, 1/0).');
}

function nullCell(what: string, row: number, col: string): ConfigurationError {
  return new ConfigurationError(`${what}: row ${row}, column \`${col}\``, '', 'is empty (null). Fill it, or allow nulls for this column in the contract (data.columns.<name>.nulls: allow).');
}
