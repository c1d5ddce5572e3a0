// The finished columns the drift tests use, from both sides' states (side.ts): numbers (or their
// summary) for numerical columns, category counts for categorical ones, nulls dropped.
import type { Cell, TableReader } from '../data/table.js';
import { cellNumber, classify, NUMBER, type Kind } from './cells.js';
import { SHARD_BLOCK, summarise, type Side, type SideColumn } from './side.js';
import { sturgesBin, type NumericSketch } from './sketch.js';

export type { Kind } from './cells.js';

export interface ColumnData {
  /** Non-null values (NaN and ±infinity dropped from numerical columns). */
  count: number;
  /** The values of a numerical column, when it is small enough to keep them (else `sketch`). */
  numbers: Float64Array;
  /** A large numerical column's bounded summary. */
  sketch?: NumericSketch;
  /** A summarised column's counts in Evidently's Sturges bins over both sides, when a test needs them (countSturges). */
  sturges?: Float64Array;
  /** A categorical column's count per category code (codes into the shared `categories`): memory grows with categories, not rows. */
  counts: Map<number, number>;
  /** The categories could not all be counted (over CATEGORY_CAP numbers before the first text). */
  uncounted?: boolean;
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

export interface Finished {
  ref: Dataset;
  cur: Dataset;
  kinds: Map<string, Kind>;
  /** Numerical columns holding text (untestable). */
  mixed: Set<string>;
  /** Numerical columns summarised rather than kept. */
  sketched: string[];
}

/**
 * Both sides' states as the columns the tests read. A column is numerical when the reference held
 * no text (or the user says so); a numerical column over `exactLimit` values with more than 1000
 * in the reference is summarised on both sides (at 1000 or fewer, Evidently's K-S needs them all).
 */
export function finish(refSide: Side, curSide: Side, o: { paths: [string, string]; types: Map<string, Kind>; exactLimit: number; categories: Map<string, number> }): Finished {
  const kinds = new Map<string, Kind>();
  const mixed = new Set<string>();
  const sketched: string[] = [];
  const ref: Dataset = { path: o.paths[0], rows: refSide.rows, columns: new Map() };
  const cur: Dataset = { path: o.paths[1], rows: curSide.rows, columns: new Map() };
  for (const [name, r] of refSide.columns) {
    const c = curSide.columns.get(name) as SideColumn;
    const kind = o.types.get(name) ?? (r.text ? 'cat' : 'num');
    kinds.set(name, kind);
    if (kind === 'num') {
      if (r.text || c.text) mixed.add(name);
      const summarised = (r.count + c.count > o.exactLimit && r.count > 1000) || !r.numbers || !c.numbers;
      if (summarised) {
        sketched.push(name);
        summarise(r);
        summarise(c);
      }
      ref.columns.set(name, numeric(r, refSide.rows));
      cur.columns.set(name, numeric(c, curSide.rows));
    } else {
      ref.columns.set(name, categorical(r, refSide.rows, o.categories));
      cur.columns.set(name, categorical(c, curSide.rows, o.categories));
    }
  }
  return { ref, cur, kinds, mixed, sketched };
}

function numeric(s: SideColumn, rows: number): ColumnData {
  return { count: s.count, numbers: s.numbers ? Float64Array.from(s.numbers) : new Float64Array(0), ...(s.sketch ? { sketch: s.sketch } : {}), counts: new Map(), rows, nulls: s.nulls + s.nonFinite, integer: s.integer };
}

function categorical(s: SideColumn, rows: number, categories: Map<string, number>): ColumnData {
  const counts = new Map<number, number>();
  let count = 0;
  for (const [value, n] of s.categories ?? []) {
    const key = typeof value === 'number' ? `n:${value}` : `s:${value}`;
    let code = categories.get(key);
    if (code === undefined) {
      code = categories.size;
      categories.set(key, code);
    }
    counts.set(code, n);
    count += n;
  }
  return { count, numbers: new Float64Array(0), counts, ...(s.uncounted ? { uncounted: true } : {}), rows, nulls: s.nulls, integer: false };
}

/** What a second pass counts for a summarised column: its values in these bin edges, or each value. */
export type ExactCount = Float64Array | 'values';

/**
 * A pass over one side counting summarised columns exactly where a test needs it: into given bin
 * edges (Evidently's Sturges bins over both sides, which depend on both sides' range and size, so
 * no single pass can know them), or per value.
 */
export async function countExact(table: TableReader, wants: Map<string, ExactCount>): Promise<Map<string, Float64Array | Map<number, number>>> {
  const out = new Map<string, Float64Array | Map<number, number>>([...wants].map(([name, w]) => [name, w === 'values' ? new Map<number, number>() : new Float64Array(w.length - 1)]));
  for await (const batch of table.batches(SHARD_BLOCK)) {
    for (const [name, want] of wants) {
      const counts = out.get(name) as Float64Array | Map<number, number>;
      for (const cell of batch.columns[name] as Cell[]) {
        if (classify(cell) !== NUMBER || !Number.isFinite(cellNumber.value)) continue;
        const v = cellNumber.value;
        if (counts instanceof Map) counts.set(v, (counts.get(v) ?? 0) + 1);
        else {
          const b = sturgesBin(want as Float64Array, v);
          counts[b] = (counts[b] as number) + 1;
        }
      }
    }
  }
  return out;
}
