// One dataset side (reference or current) read in one pass into per-column state that merges
// exactly: what shards of a matrix write, and what one job keeps for itself. A column's type is
// settled by the whole reference (any text makes it categorical), so until then a column keeps
// both its numbers and its category counts; the first text drops the numbers.
//
// Numbers are kept one by one while few (the exact tests need them), then summarised (sketch.ts).
// Categories are counted by the value as read: CSV text as written ("1" and "1.0" differ), typed
// numbers (JSON Lines, Parquet) by value, as pandas keeps them in an object column.
import type { Shard } from '../common/shards.js';
import type { Cell, TableReader } from '../data/table.js';
import { cellNumber, classify, NULL, TEXT } from './cells.js';
import { addToSketch, mergeSketch, newSketch, sketchFromJSON, sketchOf, sketchToJSON, type NumericSketch, type NumericSketchJSON } from './sketch.js';

/** What a column is known to be while reading: 'unknown' keeps numbers and categories. */
export type Mode = 'unknown' | 'num' | 'cat';

/** Numbers seen before the first text are counted as categories up to this many distinct values. */
export const CATEGORY_CAP = 10_001;

export type CategoryKey = string | number;

export interface SideColumn {
  mode: Mode;
  /** Null cells. */
  nulls: number;
  /** Numbers that are NaN or ±infinity (null to Evidently on a numerical column, a category otherwise). */
  nonFinite: number;
  /** A cell was text. */
  text: boolean;
  /** Every cell was an integer number (pandas int64). */
  integer: boolean;
  /** Finite numbers. */
  count: number;
  /** The finite numbers while kept; null once summarised or dropped. */
  numbers: number[] | null;
  sketch: NumericSketch | null;
  categories: Map<CategoryKey, number> | null;
  /** Categories stopped being counted (too many numbers before any text). */
  uncounted: boolean;
}

export interface Side {
  rows: number;
  columns: Map<string, SideColumn>;
}

export function newColumn(mode: Mode): SideColumn {
  return { mode, nulls: 0, nonFinite: 0, text: false, integer: true, count: 0, numbers: mode === 'cat' ? null : [], sketch: null, categories: mode === 'num' ? null : new Map(), uncounted: false };
}

/** Which rows a shard reads: blocks of SHARD_BLOCK rows, every n-th (small enough that a few thousand rows spread over a few shards). */
export const SHARD_BLOCK = 1024;

export type { Shard } from '../common/shards.js';

export const inShard = (firstRow: number, shard: Shard | null) => !shard || Math.floor((firstRow - 1) / SHARD_BLOCK) % shard.count === shard.index - 1;

export interface ReadOptions {
  modes: Map<string, Mode>;
  /** Text settles the type (the reference): a text cell turns an unknown column categorical. */
  textDecides: boolean;
  /** Whether a column may keep `count` numbers one by one; else they are summarised. */
  keep: (column: string, count: number) => boolean;
  shard: Shard | null;
}

export async function readSide(table: TableReader, o: ReadOptions): Promise<Side> {
  const columns = new Map([...o.modes].map(([name, mode]) => [name, newColumn(mode)]));
  let rows = 0;
  // Another shard's blocks are skipped by the reader (CSV and JSON Lines do not even parse them).
  for await (const batch of table.batches(SHARD_BLOCK, o.shard ? (first) => !inShard(first, o.shard) : undefined)) {
    rows += batch.rows;
    for (const [name, s] of columns) addCells(s, batch.columns[name] as Cell[], o, name);
  }
  return { rows, columns };
}

/** A column's cells of one batch into its state. */
export function addCells(s: SideColumn, cells: readonly Cell[], o: ReadOptions, name: string): void {
  for (const cell of cells) {
    const c = classify(cell);
    if (c === NULL) {
      s.nulls++;
      s.integer = false;
      continue;
    }
    if (c === TEXT) {
      s.text = true;
      s.integer = false;
      if (s.mode === 'num') continue;
      if (s.mode === 'unknown' && o.textDecides) {
        s.mode = 'cat';
        s.numbers = null;
        s.sketch = null;
      }
    } else if (s.mode !== 'cat') {
      const v = cellNumber.value;
      if (!cellNumber.integer) s.integer = false;
      if (!Number.isFinite(v)) s.nonFinite++;
      else {
        s.count++;
        if (s.numbers) {
          s.numbers.push(v);
          if (!o.keep(name, s.count)) summarise(s);
        } else addToSketch(s.sketch as NumericSketch, v);
      }
      if (s.mode === 'num') continue;
    }
    if (s.categories) {
      const key = typeof cell === 'number' ? cell : String(cell);
      s.categories.set(key, (s.categories.get(key) ?? 0) + 1);
      // Only a column that may still turn out numerical is capped: a categorical one needs every count.
      if (s.mode === 'unknown' && !s.text && s.categories.size > CATEGORY_CAP) {
        s.categories = null;
        s.uncounted = true;
      }
    }
  }
}

/** The kept numbers become a sketch (the same one they would have made one at a time). */
export function summarise(s: SideColumn): void {
  if (!s.numbers) return;
  s.sketch = sketchOf(s.numbers);
  s.numbers = null;
}

/** `into` becomes the state of both sides' rows (shards of the same dataset). */
export function mergeSides(into: Side, other: Side): void {
  into.rows += other.rows;
  for (const [name, o] of other.columns) {
    const s = into.columns.get(name);
    if (!s) {
      into.columns.set(name, o);
      continue;
    }
    s.nulls += o.nulls;
    s.nonFinite += o.nonFinite;
    s.text ||= o.text;
    s.integer &&= o.integer;
    s.count += o.count;
    if (s.numbers && o.numbers) for (const v of o.numbers) s.numbers.push(v);
    else if (s.numbers || s.sketch || o.numbers || o.sketch) {
      summarise(s);
      const other = o.sketch ?? (o.numbers ? sketchOf(o.numbers) : null);
      if (other) mergeSketch((s.sketch ??= newSketch()), other);
    }
    if (s.categories && o.categories) for (const [k, n] of o.categories) s.categories.set(k, (s.categories.get(k) ?? 0) + n);
    else if (s.categories || o.categories || s.uncounted || o.uncounted) {
      s.uncounted ||= o.uncounted || Boolean(s.categories) !== Boolean(o.categories);
      s.categories = null;
    }
    if (s.mode !== o.mode) s.mode = s.mode === 'cat' || o.mode === 'cat' ? 'cat' : 'unknown';
  }
}

export interface SideJSON {
  rows: number;
  /** Category keys as `n:<number>` or `s:<text>` (JSON has no Infinity, and keeps 1 and "1" apart only so). */
  columns: Record<string, Omit<SideColumn, 'sketch' | 'categories'> & { sketch: NumericSketchJSON | null; categories: [string, number][] | null }>;
}

const keyToJSON = (k: CategoryKey) => (typeof k === 'number' ? `n:${k}` : `s:${k}`);
const keyFromJSON = (k: string): CategoryKey => (k.startsWith('n:') ? Number(k.slice(2)) : k.slice(2));

export function sideToJSON(side: Side): SideJSON {
  const columns: SideJSON['columns'] = {};
  for (const [name, s] of side.columns) columns[name] = { ...s, sketch: s.sketch ? sketchToJSON(s.sketch) : null, categories: s.categories ? [...s.categories].map(([k, n]): [string, number] => [keyToJSON(k), n]) : null };
  return { rows: side.rows, columns };
}

export function sideFromJSON(j: SideJSON): Side {
  const columns = new Map<string, SideColumn>();
  for (const [name, s] of Object.entries(j.columns)) columns.set(name, { ...s, sketch: s.sketch ? sketchFromJSON(s.sketch) : null, categories: s.categories ? new Map(s.categories.map(([k, n]) => [keyFromJSON(k), n])) : null });
  return { rows: j.rows, columns };
}
