import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Batch, Cell, TableReader } from '../../../src/data/table.js';

const dir = mkdtempSync(join(tmpdir(), 'model-cd-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Writes `content` (text or bytes) to a fresh file with the given extension. */
export function tmpFile(content: string | Uint8Array, ext = '.csv'): string {
  const path = join(dir, `t${n++}${ext}`);
  writeFileSync(path, content);
  return path;
}

export async function allBatches(reader: TableReader, batchRows: number): Promise<Batch[]> {
  const out: Batch[] = [];
  for await (const b of reader.batches(batchRows)) out.push(b);
  return out;
}

/** Rows as arrays, in column order, from a list of batches. */
export function rowsOf(columns: string[], batches: Batch[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const b of batches) for (let r = 0; r < b.rows; r++) rows.push(columns.map((c) => b.columns[c]![r]!));
  return rows;
}

/** The message of the error `p` rejects with. */
export async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}
