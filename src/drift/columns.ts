// Reads a reference or current dataset into columns the drift tests can use: numbers for numerical
// columns, category codes for categorical ones, nulls dropped. Column types follow Evidently
// (pandas dtypes, as pandas.read_csv would give them): a column whose every non-null value in the
// reference is a number is numerical; anything else (text, booleans, mixed) is categorical.
// Empty cells and pandas' default NA tokens are nulls; so are NaN and ±infinity, which Evidently
// drops before testing.
import type { Cell, TableReader } from '../evaluate/data/table.js';
import { addToSketch, newSketch, type NumericSketch, type Range } from './sketch.js';

/** pandas.read_csv's default na_values (pandas/_libs/parsers.pyx STR_NA_VALUES). */
const NA = new Set(['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']);

export type Kind = 'num' | 'cat';

/** What a cell holds: null, a number (with whether pandas would read it as an integer), or text. */
export function classify(cell: Cell): { kind: 'null' } | { kind: 'num'; value: number; integer: boolean } | { kind: 'text'; value: string } {
  if (cell === null) return { kind: 'null' };
  if (typeof cell === 'number') return Number.isNaN(cell) ? { kind: 'null' } : { kind: 'num', value: cell, integer: Number.isInteger(cell) };
  if (typeof cell === 'boolean') return { kind: 'text', value: cell ? 'True' : 'False' };
  if (NA.has(cell)) return { kind: 'null' };
  const s = cell.trim();
  // Python float() syntax, as pandas parses numeric columns: decimals, exponents, inf, infinity.
  if (/^[+-]?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?|inf|infinity)$/i.test(s)) {
    const value = /inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : Number(s);
    return { kind: 'num', value, integer: /^[+-]?\d+$/.test(s) };
  }
  return { kind: 'text', value: cell };
}

export interface ColumnData {
  /** Non-null values (NaN and ±infinity dropped). */
  count: number;
  /** The values of a numerical column, when it is small enough to keep them (else `sketch`). */
  numbers: Float64Array;
  /** A large numerical column's bounded summary. */
  sketch?: NumericSketch;
  /** Category codes of a categorical column (null dropped), into the shared `categories`. */
  codes: Int32Array;
  rows: number;
  nulls: number;
  /** Every value was written as an integer and none was null: pandas reads the column as int64. */
  integer: boolean;
}

export interface Dataset {
  path: string;
  rows: number;
  columns: Map<string, ColumnData>;
}

/** Per column: its range and count as numbers (text ignored), and whether pandas would read it as int64. */
export type Ranges = Map<string, Range>;

/**
 * A first pass: the range of each column's numbers, and (for the reference) its kind. Columns
 * whose values are all numbers are numerical; any text makes a column categorical.
 */
export async function scan(table: TableReader, columns: string[]): Promise<{ kinds: Map<string, Kind>; ranges: Ranges }> {
  const kinds = new Map<string, Kind>(columns.map((c) => [c, 'num']));
  const ranges: Ranges = new Map(columns.map((c) => [c, { lo: Infinity, hi: -Infinity, count: 0, integer: true }]));
  for await (const batch of table.batches(8192)) {
    for (const name of columns) {
      const r = ranges.get(name) as Range;
      for (const cell of batch.columns[name] as Cell[]) {
        const c = classify(cell);
        if (c.kind === 'text') kinds.set(name, 'cat');
        else if (c.kind === 'null') r.integer = false;
        else if (Number.isFinite(c.value)) {
          r.count++;
          if (c.value < r.lo) r.lo = c.value;
          if (c.value > r.hi) r.hi = c.value;
          if (!c.integer) r.integer = false;
        }
      }
    }
  }
  return { kinds, ranges };
}

/** Both sides' ranges as one. */
export function combine(a: Range, b: Range): Range {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi), count: a.count + b.count, integer: a.integer && b.integer };
}

class Growable<T extends Float64Array | Int32Array> {
  length = 0;
  constructor(private buf: T) {}
  push(v: number): void {
    if (this.length === this.buf.length) {
      const bigger = new (this.buf.constructor as new (n: number) => T)(Math.max(1024, this.buf.length * 2));
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.length++] = v;
  }
  done(): T {
    return this.buf.subarray(0, this.length) as T;
  }
}

/**
 * Second pass, over either dataset: the values of each column as its kind says. Text in a
 * numerical column is recorded in `mixed` (the column is then skipped, as Evidently refuses it).
 */
export async function readColumns(table: TableReader, kinds: Map<string, Kind>, categories: Map<string, number>, mixed: Set<string>, sketched: Map<string, Range>): Promise<Dataset> {
  const acc = new Map<string, { numbers: Growable<Float64Array>; codes: Growable<Int32Array>; sketch: NumericSketch | null; nulls: number; integer: boolean }>();
  for (const name of kinds.keys()) {
    const range = sketched.get(name);
    acc.set(name, { numbers: new Growable(new Float64Array(1024)), codes: new Growable(new Int32Array(1024)), sketch: range ? newSketch(range) : null, nulls: 0, integer: true });
  }
  let rows = 0;
  for await (const batch of table.batches(8192)) {
    rows += batch.rows;
    for (const [name, kind] of kinds) {
      const a = acc.get(name) as NonNullable<ReturnType<typeof acc.get>>;
      const cells = batch.columns[name] as Cell[];
      for (const cell of cells) {
        const c = classify(cell);
        if (c.kind === 'null') {
          a.nulls++;
          a.integer = false;
          continue;
        }
        if (kind === 'num') {
          if (c.kind === 'text') {
            mixed.add(name);
            continue;
          }
          if (!Number.isFinite(c.value)) {
            a.nulls++;
            continue;
          }
          if (!c.integer) a.integer = false;
          if (a.sketch) addToSketch(a.sketch, c.value);
          else a.numbers.push(c.value);
        } else {
          // Categories as pandas keeps them in an object column: text as written (CSV "1" and "1.0"
          // differ), typed numbers (JSON Lines, Parquet) by value.
          const key = typeof cell === 'number' ? `n:${cell}` : `s:${String(cell)}`;
          let code = categories.get(key);
          if (code === undefined) {
            code = categories.size;
            categories.set(key, code);
          }
          a.codes.push(code);
        }
      }
    }
  }
  const columns = new Map<string, ColumnData>();
  for (const [name, a] of acc) {
    const numbers = a.numbers.done();
    const codes = a.codes.done();
    const count = a.sketch ? a.sketch.count : kinds.get(name) === 'num' ? numbers.length : codes.length;
    columns.set(name, { count, numbers, codes, ...(a.sketch ? { sketch: a.sketch } : {}), rows, nulls: a.nulls, integer: a.integer });
  }
  return { path: table.path, rows, columns };
}
