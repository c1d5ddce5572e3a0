import type { ReadStream } from 'node:fs';
import { ConfigurationError, errorMessage } from '../common/errors.js';
import { checkBatchRows, subject, textChunks } from './source.js';
import type { Batch, Cell, SkipBatch, TableReader } from './table.js';

export interface JsonlOptions {
  /** The action input that named the file, for messages. */
  input: string;
  /** Bytes per read. Internal: tests force tiny chunks. */
  chunkSize?: number;
}

const DEFAULT_CHUNK = 1 << 20;

/**
 * Opens a JSON Lines file: one JSON object per line (LF or CRLF), blank lines skipped.
 *
 * The columns are the keys of the first object, in its order. A later object may leave a key
 * out (its cell is null) but may not bring a key the first one lacks: that is far more often a
 * typo or a second dataset appended by mistake than a sparse column, and silently widening the
 * table would change `columns` after the caller has planned around it. Values must be scalars;
 * a nested object or array is an error naming the line and key. Numbers are JSON.parse numbers,
 * so integers beyond 2^53 lose precision (write them as strings if that matters).
 *
 * Rows count objects; messages name the line (blank lines included), which is what an editor shows.
 */
export async function openJsonl(path: string, opts: JsonlOptions): Promise<TableReader> {
  const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK;
  const open = new Set<ReadStream>();
  const ctx: Ctx = { path, input: opts.input };
  let columns: string[] | null = null;
  for await (const { text, line } of lines(path, chunkSize, open)) {
    const obj = parseLine(ctx, text, line);
    columns = Object.keys(obj);
    if (columns.length === 0) {
      throw new ConfigurationError(
        subject(ctx.input, ctx.path, `line ${line}`),
        text,
        'is an object with no keys, so there are no columns. Start the file with an object that has every column as a key.',
      );
    }
    break;
  }
  if (!columns) {
    throw new ConfigurationError(`input \`${opts.input}\``, path, 'holds no JSON objects. Give a JSON Lines file with one object per line, one key per column.');
  }
  const names = columns;
  return {
    path,
    format: 'jsonl',
    columns: names,
    rowCount: null,
    batches: (batchRows, skip) => jsonlBatches(ctx, chunkSize, open, names, batchRows, skip ?? null),
    async close() {
      for (const s of open) s.destroy();
      open.clear();
    },
  };
}

interface Ctx {
  path: string;
  input: string;
}

async function* jsonlBatches(ctx: Ctx, chunkSize: number, open: Set<ReadStream>, names: string[], batchRows: number, skip: SkipBatch | null): AsyncGenerator<Batch> {
  checkBatchRows(batchRows);
  const index = new Map(names.map((n, k) => [n, k]));
  let cols = fresh(names.length);
  let n = 0;
  let firstRow = 1;
  const emit = (): Batch => {
    const columns: Record<string, Cell[]> = {};
    names.forEach((name, k) => (columns[name] = cols[k]!));
    const batch = { firstRow, rows: n, columns };
    firstRow += n;
    n = 0;
    cols = fresh(names.length);
    return batch;
  };
  let skipping = false;
  for await (const { text, line } of lines(ctx.path, chunkSize, open)) {
    // A skipped batch's lines are counted, not parsed.
    if (n === 0) skipping = skip !== null && skip(firstRow);
    if (skipping) {
      if (++n === batchRows) [firstRow, n] = [firstRow + n, 0];
      continue;
    }
    const obj = parseLine(ctx, text, line);
    for (const col of cols) col.push(null);
    for (const key in obj) {
      const k = index.get(key);
      if (k === undefined) {
        throw new ConfigurationError(
          subject(ctx.input, ctx.path, `line ${line}`),
          key,
          `is a key the first object does not have (its keys are ${names.map((x) => `\`${x}\``).join(', ')}). Give every column a key in the first object (null is fine), or fix the key's spelling.`,
        );
      }
      const v: unknown = obj[key];
      if (v !== null && typeof v === 'object') {
        throw new ConfigurationError(
          subject(ctx.input, ctx.path, `line ${line}, key \`${key}\``),
          JSON.stringify(v),
          `is ${Array.isArray(v) ? 'an array' : 'an object'}; every value must be a string, number, boolean or null. Flatten it into separate keys, or store it as a string.`,
        );
      }
      cols[k]![n] = v as Cell;
    }
    n++;
    if (n === batchRows) yield emit();
  }
  if (n > 0 && !skipping) yield emit();
}

function fresh(width: number): Cell[][] {
  return Array.from({ length: width }, () => []);
}

function parseLine(ctx: Ctx, text: string, line: number): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(
      subject(ctx.input, ctx.path, `line ${line}`),
      text,
      `is not valid JSON (${errorMessage(e)}). Put exactly one JSON object on each line.`,
    );
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new ConfigurationError(
      subject(ctx.input, ctx.path, `line ${line}`),
      text,
      `is ${Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`}, not a JSON object. Put one object per line, with one key per column.`,
    );
  }
  return v as Record<string, unknown>;
}

/** Non-blank lines with their 1-based line numbers; a CR before the LF is dropped. */
async function* lines(path: string, chunkSize: number, open: Set<ReadStream>): AsyncGenerator<{ text: string; line: number }> {
  let carry = '';
  let line = 0;
  for await (const chunk of textChunks(path, chunkSize, open)) {
    const s = carry.length > 0 ? carry + chunk : chunk;
    let i = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', i)) {
      line++;
      const text = s.slice(i, nl > i && s.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl);
      i = nl + 1;
      if (text.trim() !== '') yield { text, line };
    }
    carry = s.slice(i);
  }
  line++;
  const last = carry.endsWith('\r') ? carry.slice(0, -1) : carry;
  if (last.trim() !== '') yield { text: last, line };
}
