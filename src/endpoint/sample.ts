// The rows test-endpoint sends: the first `rows` rows of the holdout set, each cell typed as the
// contract declares its column (a CSV's text "0.5" is sent as the number 0.5), the label column
// left out; or, without data, rows made up from the contract's column types.
import { resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { openTable, type TableFormat } from '../data/table.js';
import type { Batch, Cell } from '../data/table.js';
import type { ColumnType } from '../evaluate/contract.js';
import { parseNumber } from '../evaluate/features.js';
import type { Expectations, Feature } from './expectations.js';

export type Json = string | number | boolean | null;

export interface Sample {
  features: Feature[];
  /** rows × features, as JSON values. */
  rows: Json[][];
  /** Where the rows came from, for the report. */
  source: string;
  /** The data file's columns (the label too), for the offline model's input plan. */
  fileColumns: string[];
}

export async function readSample(path: string, format: 'auto' | TableFormat, count: number, ex: Expectations, cwd: string): Promise<Sample> {
  const table = await openTable(resolve(cwd, path), { format, input: 'data' });
  let batch: Batch | undefined;
  try {
    for await (const b of table.batches(count)) {
      batch = b;
      break;
    }
  } finally {
    await table.close();
  }
  if (!batch || batch.rows === 0) throw new ConfigurationError('input `data`', path, 'has no data rows. Give rows to send: the holdout set, or a file of examples.');
  const features = ex.features ?? inferFeatures(batch, table.columns.filter((c) => c !== ex.labelColumn));
  const missing = features.filter((f) => !table.columns.includes(f.name)).map((f) => f.name);
  if (missing.length) throw new ConfigurationError('input `data`', path, `has no column ${missing.join(', ')}, which ${ex.source ?? 'the model'} declares (its columns: ${table.columns.join(', ')}). Give data with the model's feature columns.`);
  const b = batch;
  const rows = Array.from({ length: b.rows }, (_, r) => features.map((f) => typed(b.columns[f.name]?.[r] ?? null, f, r + 1, path)));
  return { features, rows, source: `the first ${b.rows} rows of ${path}`, fileColumns: table.columns };
}

/** Rows made up from the declared types, for an endpoint tested without data. Deterministic. */
export function synthesizeSample(features: Feature[], count: number): Sample {
  const rows = Array.from({ length: count }, (_, r) =>
    features.map((f, j): Json => {
      // A spread of values in [-2, 2), different per row and column, the same every run.
      const u = (((r + 1) * 7919 + (j + 1) * 104_729) % 4000) / 1000 - 2;
      if (f.type === 'float') return Math.round(u * 1000) / 1000;
      if (f.type === 'int') return Math.round(u);
      if (f.type === 'bool') return u >= 0;
      return `v${Math.abs(Math.round(u))}`;
    }),
  );
  return { features, rows, source: `${count} rows made up from the declared column types (no \`data\` given)`, fileColumns: features.map((f) => f.name) };
}

function typed(cell: Cell, f: Feature, row: number, path: string): Json {
  const bad = (what: string) => new ConfigurationError(`input \`data\` (${path}, row ${row}, column \`${f.name}\`)`, String(cell), `is not ${what}, as the contract declares the column. Fix the value or drop the row.`);
  if (cell === null || cell === '') return null;
  switch (f.type) {
    case 'float':
    case 'int': {
      const v = parseNumber(cell);
      if (v === undefined || (f.type === 'int' && v !== null && Number.isFinite(v) && !Number.isInteger(v))) throw bad(f.type === 'int' ? 'a whole number' : 'a number');
      // JSON has no NaN: a NaN cell is sent as null, which is what pandas' to_json writes.
      return v === null || !Number.isFinite(v) ? null : v;
    }
    case 'bool': {
      if (typeof cell === 'boolean') return cell;
      const s = String(cell).trim().toLowerCase();
      if (s === 'true' || s === '1') return true;
      if (s === 'false' || s === '0') return false;
      throw bad('a boolean');
    }
    case 'string':
      return String(cell);
  }
}

/** Without a contract: numbers where every cell of the sample is one, booleans likewise, else strings. */
function inferFeatures(b: Batch, names: string[]): Feature[] {
  return names.map((name) => {
    const cells = (b.columns[name] ?? []).filter((c) => c !== null && c !== '');
    const all = (t: (c: Cell) => boolean) => cells.length > 0 && cells.every(t);
    const type: ColumnType = all((c) => typeof c === 'boolean' || /^(true|false)$/i.test(String(c))) ? 'bool' : all((c) => Number.isFinite(parseNumber(c) ?? NaN)) ? 'float' : 'string';
    return { name, type, nulls: 'allow' };
  });
}

/** The sample as a table batch, for the offline model (the same values the endpoint got). */
export function sampleBatch(s: Sample): Batch {
  const columns: Record<string, Cell[]> = {};
  s.features.forEach((f, j) => (columns[f.name] = s.rows.map((r) => r[j] as Cell)));
  return { firstRow: 1, rows: s.rows.length, columns };
}
