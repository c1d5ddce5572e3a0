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

export const NULL = 0;
export const NUMBER = 1;
export const TEXT = 2;

/**
 * The number classify() found, and whether pandas would read it as an integer. Module state rather
 * than a returned object: classify runs for every cell, and an object per cell kept the garbage
 * collector busier than the parsing itself.
 */
export const cellNumber = { value: 0, integer: false };

/** What a cell holds: NULL, NUMBER (then see cellNumber) or TEXT. */
export function classify(cell: Cell): number {
  if (cell === null) return NULL;
  if (typeof cell === 'number') {
    if (Number.isNaN(cell)) return NULL;
    cellNumber.value = cell;
    cellNumber.integer = Number.isInteger(cell);
    return NUMBER;
  }
  if (typeof cell === 'boolean') return TEXT;
  if (NA.has(cell)) return NULL;
  return parseDecimal(cell) ? NUMBER : TEXT;
}

const INFINITY = /^\s*[+-]?(inf|infinity)\s*$/i;

/**
 * Python float() syntax, as pandas parses numeric columns: decimals and exponents (no hex, octal,
 * binary or underscores, which Number() would take), and inf/infinity. A scan, not a regular
 * expression. Sets cellNumber.
 */
function parseDecimal(text: string): boolean {
  let digits = 0;
  let integer = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 || c === 101 || c === 69) integer = false; // . e E
    else if (c !== 43 && c !== 45 && c !== 32 && c !== 9) {
      if (!INFINITY.test(text)) return false;
      cellNumber.value = text.includes('-') ? -Infinity : Infinity;
      cellNumber.integer = false;
      return true;
    }
  }
  if (digits === 0) return false;
  const value = Number(text);
  if (Number.isNaN(value)) return false;
  cellNumber.value = value;
  cellNumber.integer = integer;
  return true;
}

export interface ColumnData {
  /** Non-null values (NaN and ±infinity dropped). */
  count: number;
  /** The values of a numerical column, when it is small enough to keep them (else `sketch`). */
  numbers: Float64Array;
  /** A large numerical column's bounded summary. */
  sketch?: NumericSketch;
  /** A categorical column's count per category code (codes into the shared `categories`): memory grows with categories, not rows. */
  counts: Map<number, number>;
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
        if (c === TEXT) kinds.set(name, 'cat');
        else if (c === NULL) r.integer = false;
        else if (Number.isFinite(cellNumber.value)) {
          const v = cellNumber.value;
          r.count++;
          if (v < r.lo) r.lo = v;
          if (v > r.hi) r.hi = v;
          if (!cellNumber.integer) r.integer = false;
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

class Growable<T extends Float64Array> {
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
  const acc = new Map<string, { numbers: Growable<Float64Array>; counts: Map<number, number>; sketch: NumericSketch | null; nulls: number; integer: boolean }>();
  for (const name of kinds.keys()) {
    const range = sketched.get(name);
    acc.set(name, { numbers: new Growable(new Float64Array(1024)), counts: new Map(), sketch: range ? newSketch(range) : null, nulls: 0, integer: true });
  }
  let rows = 0;
  for await (const batch of table.batches(8192)) {
    rows += batch.rows;
    for (const [name, kind] of kinds) {
      const a = acc.get(name) as NonNullable<ReturnType<typeof acc.get>>;
      const cells = batch.columns[name] as Cell[];
      for (const cell of cells) {
        const c = classify(cell);
        if (c === NULL) {
          a.nulls++;
          a.integer = false;
          continue;
        }
        if (kind === 'num') {
          if (c === TEXT) {
            mixed.add(name);
            continue;
          }
          if (!Number.isFinite(cellNumber.value)) {
            a.nulls++;
            continue;
          }
          if (!cellNumber.integer) a.integer = false;
          if (a.sketch) addToSketch(a.sketch, cellNumber.value);
          else a.numbers.push(cellNumber.value);
        } else {
          // Categories as pandas keeps them in an object column: text as written (CSV "1" and "1.0"
          // differ), typed numbers (JSON Lines, Parquet) by value.
          const key = typeof cell === 'number' ? `n:${cell}` : `s:${String(cell)}`;
          let code = categories.get(key);
          if (code === undefined) {
            code = categories.size;
            categories.set(key, code);
          }
          a.counts.set(code, (a.counts.get(code) ?? 0) + 1);
        }
      }
    }
  }
  const columns = new Map<string, ColumnData>();
  for (const [name, a] of acc) {
    const numbers = a.numbers.done();
    let categorical = 0;
    for (const n of a.counts.values()) categorical += n;
    const count = a.sketch ? a.sketch.count : kinds.get(name) === 'num' ? numbers.length : categorical;
    columns.set(name, { count, numbers, counts: a.counts, ...(a.sketch ? { sketch: a.sketch } : {}), rows, nulls: a.nulls, integer: a.integer });
  }
  return { path: table.path, rows, columns };
}
