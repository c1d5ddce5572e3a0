// What a request carries once its protocol is read: columns of values as the client sent them.
// Both protocols land here, and validate() types them against the served model's columns.
import type { Batch, Cell } from '../data/table.js';
import { parseNumber } from '../evaluate/features.js';
import { RequestError, shown } from './request-error.js';
import type { Column, ServedModel } from './served-model.js';

export interface RawRows {
  rows: number;
  /** Values by column name; or, for a model served without column names, by position. */
  columns: Map<string, unknown[]> | unknown[][];
  /** Where in the request the values came from, for messages ("dataframe_split", "inputs[0]"). */
  where: string;
  /** Text cells (CSV): numbers and booleans are read from text. */
  text?: boolean;
}

/** The values, checked and typed per column: a Batch the input plan feeds the model from. */
export function validate(raw: RawRows, served: ServedModel): Batch {
  const byName = new Map<string, unknown[]>();
  // A model served without column names takes columns by position, whatever the client calls them.
  const given = served.positional && !Array.isArray(raw.columns) ? [...raw.columns.values()] : raw.columns;
  if (Array.isArray(given)) {
    const byPosition = given;
    if (byPosition.length !== served.columns.length) {
      throw new RequestError('wrong_shape', `${raw.where} has ${byPosition.length} columns; the model takes ${served.columns.length} values per row.`, { field: raw.where, value: byPosition.length, expected: `${served.columns.length} columns` });
    }
    served.columns.forEach((c, i) => byName.set(c.name, byPosition[i] as unknown[]));
  } else {
    const known = new Set(served.columns.map((c) => c.name));
    for (const name of given.keys()) {
      if (!known.has(name)) {
        throw new RequestError('unexpected_column', `${raw.where} has the column \`${name}\`, which the model does not take. Its columns: ${[...known].join(', ')}.`, { field: name, expected: `one of ${[...known].join(', ')}` });
      }
    }
    for (const c of served.columns) {
      const values = given.get(c.name);
      if (!values) throw new RequestError('missing_column', `${raw.where} has no column \`${c.name}\` (${c.type}), which the model needs.`, { field: c.name, expected: c.type });
      byName.set(c.name, values);
    }
  }
  const columns: Record<string, Cell[]> = {};
  for (const c of served.columns) {
    const values = byName.get(c.name) as unknown[];
    if (values.length !== raw.rows) {
      throw new RequestError('wrong_shape', `${raw.where}: column \`${c.name}\` has ${values.length} values, the others ${raw.rows}.`, { field: c.name, value: values.length, expected: `${raw.rows} values` });
    }
    const cells: Cell[] = new Array<Cell>(values.length);
    for (let r = 0; r < values.length; r++) cells[r] = cell(values[r], c, r, raw);
    columns[c.name] = cells;
  }
  return { firstRow: 1, rows: raw.rows, columns };
}

function cell(v: unknown, c: Column, row: number, raw: RawRows): Cell {
  // The common case first, with nothing built for messages: every cell of every request comes here.
  if (typeof v === 'number' && Number.isFinite(v) && (c.type === 'float' || (c.type === 'int' && Number.isInteger(v)))) return v;
  const at = `${raw.where}: row ${row + 1}, column \`${c.name}\``;
  const wrong = () => new RequestError('wrong_type', `${at} is ${shown(v)}, but the column is ${c.type}${c.type === 'int' ? ' (a whole number)' : ''}.`, { field: c.name, value: v, expected: c.type });
  const isNull = v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) || (raw.text === true && v === '');
  if (isNull || (typeof v === 'number' && !Number.isFinite(v) && c.type === 'float')) {
    // Floats take NaN and infinities only where the contract allows nulls; other types never do.
    if (c.nulls === 'allow' && (c.type === 'float' || (isNull && c.type === 'string'))) return c.type === 'string' ? null : typeof v === 'number' ? v : null;
    throw new RequestError('null_forbidden', `${at} is ${shown(v ?? null)}, but ${c.nulls === 'allow' ? `a ${c.type} column cannot hold null or NaN` : `the contract forbids nulls and NaN there (${c.type})`}.`, { field: c.name, value: v ?? null, expected: `${c.type}, not null` });
  }
  if (raw.text && typeof v === 'string') return textCell(v, c, wrong);
  switch (c.type) {
    case 'float':
      if (typeof v !== 'number') throw wrong();
      return v;
    case 'int':
      if (typeof v !== 'number' || !Number.isInteger(v)) throw wrong();
      return v;
    case 'string':
      if (typeof v !== 'string') throw wrong();
      return v;
    case 'bool':
      if (typeof v !== 'boolean') throw wrong();
      return v;
  }
}

/** A CSV cell: text, read as the column's type the way test-model reads CSV. */
function textCell(s: string, c: Column, wrong: () => RequestError): Cell {
  if (c.type === 'string') return s;
  if (c.type === 'bool') {
    const l = s.trim().toLowerCase();
    if (l === 'true' || l === '1') return true;
    if (l === 'false' || l === '0') return false;
    throw wrong();
  }
  // Decimal text only, as test-model reads CSV; nan and inf are not numbers a request may send here.
  const n = parseNumber(s);
  if (typeof n !== 'number' || !Number.isFinite(n) || (c.type === 'int' && !Number.isInteger(n))) throw wrong();
  return n;
}

/** Several requests' rows as one batch, for one run of the model. */
export function concatBatches(batches: Batch[], columns: Column[]): Batch {
  if (batches.length === 1) return batches[0] as Batch;
  const out: Record<string, Cell[]> = {};
  for (const c of columns) out[c.name] = batches.flatMap((b) => b.columns[c.name] as Cell[]);
  return { firstRow: 1, rows: batches.reduce((n, b) => n + b.rows, 0), columns: out };
}
