import { open as openFile, type FileHandle } from 'node:fs/promises';
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData, type ParquetParsers } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { ConfigurationError, errorMessage } from '../common/errors.js';
import { checkBatchRows, subject } from './source.js';
import type { Batch, Cell, SkipBatch, TableReader } from './table.js';

export interface ParquetOptions {
  /** The action input that named the file, for messages. */
  input: string;
}

const utf8 = new TextDecoder();
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Timestamps become ISO 8601 strings in UTC with the unit's precision (3, 6 or 9 fraction
 * digits), dates `YYYY-MM-DD`; JSON columns stay their text. Parquet "local" timestamps (not
 * adjusted to UTC) are written with a Z too: the file does not say which zone they are in.
 */
const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (v: bigint) => isoTimestamp(v, 3),
  timestampFromMicroseconds: (v: bigint) => isoTimestamp(v, 6),
  timestampFromNanoseconds: (v: bigint) => isoTimestamp(v, 9),
  dateFromDays: (days: number) => {
    const d = new Date(days * 86_400_000);
    return Number.isNaN(d.getTime()) ? String(days) : d.toISOString().slice(0, 10);
  },
  jsonFromBytes: (bytes: Uint8Array | undefined) => bytes && utf8.decode(bytes),
};

/**
 * Opens a Parquet file for reading one row group at a time through positional reads on a file
 * handle, so memory holds the footer, one row group and one batch, never the whole file.
 *
 * Columns are the top-level fields. Only flat (required or optional leaf) columns are supported:
 * a struct, list or map column is an error naming it, since every reader gives one value per cell.
 * INT64 values become numbers when they are safe integers, else their decimal string.
 */
export async function openParquet(path: string, opts: ParquetOptions): Promise<TableReader> {
  const { input } = opts;
  const handle = await openFile(path, 'r');
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  try {
    const file = await fileBuffer(handle);
    let metadata: FileMetaData;
    try {
      metadata = await parquetMetadataAsync(file, { parsers: PARSERS });
    } catch (e) {
      throw new ConfigurationError(
        `input \`${input}\``,
        path,
        `is not a readable Parquet file (${errorMessage(e)}). Give a Parquet file, or a file whose extension says its real format (.csv, .jsonl).`,
      );
    }
    const columns = flatColumns(metadata, path, input);
    return {
      path,
      format: 'parquet',
      columns,
      rowCount: Number(metadata.num_rows),
      batches: (batchRows, skip) => unskipped(parquetBatches(file, metadata, columns, path, input, batchRows), skip),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

async function fileBuffer(handle: FileHandle): Promise<AsyncBuffer> {
  const { size } = await handle.stat();
  return {
    byteLength: size,
    async slice(start: number, end: number = size): Promise<ArrayBuffer> {
      const bytes = new Uint8Array(Math.max(0, end - start));
      let done = 0;
      while (done < bytes.length) {
        const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return bytes.buffer;
    },
  };
}

function flatColumns(metadata: FileMetaData, path: string, input: string): string[] {
  const tree = parquetSchema(metadata);
  return tree.children.map((child) => {
    const { name, repetition_type } = child.element;
    if (child.children.length > 0 || repetition_type === 'REPEATED') {
      const kind = child.children.length > 0 ? 'a nested (struct, list or map) column' : 'a repeated column';
      throw new ConfigurationError(
        subject(input, path, `column \`${name}\``),
        name,
        `is ${kind}; only flat columns with one value per row can be read. Flatten it into separate columns, or drop it from the file.`,
      );
    }
    return name;
  });
}

async function* parquetBatches(
  file: AsyncBuffer,
  metadata: FileMetaData,
  names: string[],
  path: string,
  input: string,
  batchRows: number,
): AsyncGenerator<Batch> {
  checkBatchRows(batchRows);
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    if (groupRows === 0) continue;
    let rows: unknown[][] = [];
    try {
      await parquetRead({
        file,
        metadata,
        columns: names,
        rowStart: groupStart,
        rowEnd: groupStart + groupRows,
        compressors,
        parsers: PARSERS,
        onComplete: (r: unknown[][]) => {
          rows = r;
        },
      });
    } catch (e) {
      throw new ConfigurationError(
        subject(input, path, `rows ${groupStart + 1} to ${groupStart + groupRows}`),
        errorMessage(e),
        'could not be decoded. Check the file is a complete Parquet file, written with a standard codec (snappy, gzip, zstd, brotli, lz4).',
      );
    }
    for (let head = 0; head < rows.length; head += batchRows) {
      const n = Math.min(batchRows, rows.length - head);
      const columns: Record<string, Cell[]> = {};
      names.forEach((name, c) => {
        const col = new Array<Cell>(n);
        for (let r = 0; r < n; r++) col[r] = toCell(rows[head + r]![c]);
        columns[name] = col;
      });
      yield { firstRow: groupStart + head + 1, rows: n, columns };
    }
    groupStart += groupRows;
  }
}

function toCell(v: unknown): Cell {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return v;
    case 'bigint':
      return v >= MIN_SAFE && v <= MAX_SAFE ? Number(v) : v.toString();
    case 'undefined':
      return null;
    default:
      if (v === null) return null;
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
      if (v instanceof Uint8Array) return utf8.decode(v);
      return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
  }
}

function isoTimestamp(v: bigint, digits: number): string {
  const unit = 10n ** BigInt(digits);
  let sec = v / unit;
  let frac = v % unit;
  if (frac < 0n) {
    frac += unit;
    sec -= 1n;
  }
  const d = new Date(Number(sec) * 1000);
  if (Number.isNaN(d.getTime())) return v.toString();
  return `${d.toISOString().slice(0, -5)}.${frac.toString().padStart(digits, '0')}Z`;
}

/** Parquet decodes whole pages, so a skipped batch is only not yielded. */
async function* unskipped(batches: AsyncGenerator<Batch>, skip: SkipBatch | undefined): AsyncGenerator<Batch> {
  for await (const b of batches) if (!skip?.(b.firstRow)) yield b;
}
