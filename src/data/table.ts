import { extname } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { openCsv } from './csv.js';
import { openJsonl } from './jsonl.js';
import { openParquet } from './parquet.js';
import { checkReadable } from './source.js';

/** A value as the file holds it. CSV gives strings only; typing a column happens later. */
export type Cell = string | number | boolean | null;

export interface Batch {
  /**
   * 1-based number of the first data row of this batch in the file (the header is not a data
   * row). Rows count records, not lines: a CSV field with an embedded newline, or a blank JSON
   * Lines line, does not shift it. Messages about a line say "line" explicitly.
   */
  firstRow: number;
  rows: number;
  /** One array per column, each `rows` long, in `columns` order. */
  columns: Record<string, Cell[]>;
}

export interface TableReader {
  readonly path: string;
  readonly format: TableFormat;
  readonly columns: string[];
  /** Total rows when the format knows it up front (Parquet), else null. */
  readonly rowCount: number | null;
  /**
   * Streams the file from the start in batches of at most `batchRows` rows (only the last may be
   * shorter). Each call reads the file again, so a caller may make two passes. Memory stays
   * bounded by one read chunk (CSV, JSON Lines) or one row group (Parquet) plus one batch.
   */
  batches(batchRows: number, skip?: SkipBatch): AsyncGenerator<Batch>;
  /** Stops any read still under way and releases the file. Safe to call twice. */
  close(): Promise<void>;
}

export type TableFormat = 'csv' | 'jsonl' | 'parquet';

/**
 * Batches the caller does not want, by their first row (a shard's blocks of another shard): not
 * yielded, and where the format allows not even parsed (CSV, JSON Lines: their rows are only
 * counted, and only the rows yielded are checked).
 */
export type SkipBatch = (firstRow: number) => boolean;

export interface OpenTableOptions {
  format?: 'auto' | TableFormat;
  /** The action input that named the file, for messages; default 'data'. */
  input?: string;
}

const EXTENSIONS: Record<string, TableFormat> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
};

/** Opens a holdout or drift dataset; reads only the header (or the Parquet footer) now. */
export async function openTable(path: string, opts: OpenTableOptions = {}): Promise<TableReader> {
  const input = opts.input ?? 'data';
  const format = opts.format && opts.format !== 'auto' ? opts.format : formatOf(path, input);
  await checkReadable(path, input);
  switch (format) {
    case 'csv':
      return openCsv(path, { input });
    case 'jsonl':
      return openJsonl(path, { input });
    case 'parquet':
      return openParquet(path, { input });
  }
}

export function formatOf(path: string, input = 'data'): TableFormat {
  const ext = extname(path).toLowerCase();
  const format = EXTENSIONS[ext];
  if (!format) {
    throw new ConfigurationError(
      `input \`${input}\``,
      path,
      `has ${ext ? `the extension ${ext}, which is not a supported format` : 'no extension'}. Give a .csv, .jsonl, .ndjson or .parquet file, or set the format explicitly (csv, jsonl or parquet).`,
    );
  }
  return format;
}
