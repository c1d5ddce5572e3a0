import type { ReadStream } from 'node:fs';
import { ConfigurationError } from '../common/errors.js';
import { checkBatchRows, subject, textChunks } from './source.js';
import type { Batch, Cell, SkipBatch, TableReader } from './table.js';

export interface CsvOptions {
  /** The action input that named the file, for messages. */
  input: string;
  /** Bytes per read. Internal: tests force 1-3 byte chunks to hit every boundary. */
  chunkSize?: number;
}

const DEFAULT_CHUNK = 256 << 10;
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Opens an RFC 4180 CSV file: comma-separated, fields optionally in double quotes (which may hold
 * commas, doubled quotes and line breaks), records ended by CRLF, LF or CR, a header row first.
 * Cells stay strings ('' for an empty field); typing a column is the caller's business.
 *
 * Rows are numbered by record, not by line: a quoted field with an embedded newline keeps its
 * record one row, and blank lines (which hold no record) are skipped without a number. Messages
 * give both the row and the line it starts on, so a user can find it in an editor.
 *
 * Leniency, on purpose: a quote inside an unquoted field (`5" screen`) is kept literally.
 */
export async function openCsv(path: string, opts: CsvOptions): Promise<TableReader> {
  const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK;
  const open = new Set<ReadStream>();
  const columns = await readHeader(path, opts.input, chunkSize, open);
  return {
    path,
    format: 'csv',
    columns,
    rowCount: null,
    batches: (batchRows, skip) => csvBatches(path, opts.input, chunkSize, open, columns, batchRows, skip ?? null),
    async close() {
      for (const s of open) s.destroy();
      open.clear();
    },
  };
}

async function readHeader(path: string, input: string, chunkSize: number, open: Set<ReadStream>): Promise<string[]> {
  const parser = new CsvParser(path, input, true);
  for await (const chunk of textChunks(path, chunkSize, open)) {
    parser.push(chunk);
    if (parser.header) return parser.header;
  }
  parser.end();
  if (parser.header) return parser.header;
  throw new ConfigurationError(
    `input \`${input}\``,
    path,
    'is empty. A CSV file needs a header row naming its columns, then one row per example.',
  );
}

async function* csvBatches(
  path: string,
  input: string,
  chunkSize: number,
  open: Set<ReadStream>,
  columns: string[],
  batchRows: number,
  skip: SkipBatch | null,
): AsyncGenerator<Batch> {
  checkBatchRows(batchRows);
  const parser = new CsvParser(path, input, false, batchRows, skip);
  for await (const chunk of textChunks(path, chunkSize, open)) {
    parser.push(chunk);
    if (parser.ready.length > 0) yield* parser.take(columns);
  }
  parser.end();
  parser.flush();
  yield* parser.take(columns);
}

interface Pending {
  firstRow: number;
  rows: number;
  cols: string[][];
}

/**
 * Push-parser over decoded text. Whatever a chunk ends with (half a record, an open quote, a CR
 * whose LF is in the next chunk) is kept: an incomplete record is carried over and parsed again
 * with the next chunk, and a final CR remembers to swallow a leading LF.
 *
 * Speed: a line without a quote character (the common case) is one slice and one native split;
 * the quote, CR and LF positions are found with indexOf and cached for the whole chunk.
 */
class CsvParser {
  header: string[] | null = null;
  /** Full batches waiting to be taken. */
  ready: Pending[] = [];
  /** The batch being filled: one array per column, `n` rows so far. */
  private cols: string[][] = [];
  private n = 0;
  private width = 0;
  /** Next comma, cached like the line-break positions in parse(). */
  private comma = -2;
  /** Data rows completed so far (the header is row 0). */
  private row = 0;
  /** 1-based line on which the next record starts. */
  private line = 1;
  private carry = '';
  private skipLF = false;
  /** The batch being filled is one the caller skips: its records are counted, not split. */
  private skipping = false;

  constructor(
    private readonly path: string,
    private readonly input: string,
    private readonly headerOnly: boolean,
    private readonly batchRows = 1,
    private readonly skip: SkipBatch | null = null,
  ) {}

  *take(names: string[]): Generator<Batch> {
    const ready = this.ready;
    this.ready = [];
    for (const p of ready) {
      const columns: Record<string, Cell[]> = {};
      for (let c = 0; c < names.length; c++) columns[names[c]!] = p.cols[c]!;
      yield { firstRow: p.firstRow, rows: p.rows, columns };
    }
  }

  /** Moves a partly filled batch to `ready` (at the end of the file). */
  flush(): void {
    if (this.n > 0 && !this.skipping) this.ready.push({ firstRow: this.row - this.n + 1, rows: this.n, cols: this.cols });
    this.n = 0;
    this.cols = Array.from({ length: this.width }, () => []);
  }

  push(chunk: string): void {
    const s = this.carry.length > 0 ? this.carry + chunk : chunk;
    this.carry = '';
    this.parse(s, false);
  }

  end(): void {
    const s = this.carry;
    this.carry = '';
    this.skipLF = false;
    if (s.length > 0) this.parse(s, true);
  }

  private parse(s: string, final: boolean): void {
    const len = s.length;
    let i = 0;
    if (this.skipLF && len > 0) {
      this.skipLF = false;
      if (s.charCodeAt(0) === LF) i = 1;
    }
    // -2: not searched yet; -1: none left in this string.
    let nl = -2;
    let cr = -2;
    let q = -2;
    this.comma = -2;
    while (i < len) {
      if (this.headerOnly && this.header) return;
      if (nl !== -1 && nl < i) nl = s.indexOf('\n', i);
      if (cr !== -1 && cr < i) cr = s.indexOf('\r', i);
      if (q !== -1 && q < i) q = s.indexOf('"', i);
      let end = nl === -1 ? cr : cr === -1 ? nl : nl < cr ? nl : cr;
      if (q === -1 || (end !== -1 && q > end)) {
        if (end === -1) {
          if (!final) break;
          end = len;
        }
        if (end > i) {
          if (this.header) this.fastRecord(s, i, end);
          else this.record(s.slice(i, end).split(','), s, i);
        }
        i = this.afterBreak(s, end, final);
        continue;
      }
      const next = this.parseSlow(s, i, final);
      if (next < 0) break;
      i = next;
    }
    if (i < len) this.carry = s.slice(i);
  }

  /** Position after the line break at `at` (CR, LF or CRLF), counting the line. */
  private afterBreak(s: string, at: number, final: boolean): number {
    const len = s.length;
    if (at >= len) return len;
    this.line++;
    if (s.charCodeAt(at) === CR) {
      if (at + 1 < len) return s.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
      if (!final) this.skipLF = true;
    }
    return at + 1;
  }

  /** A record with at least one quote character. Returns -1 when the chunk ends inside it. */
  private parseSlow(s: string, start: number, final: boolean): number {
    const len = s.length;
    const fields: string[] = [];
    let i = start;
    let extraLines = 0;
    for (;;) {
      if (i < len && s.charCodeAt(i) === QUOTE) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = s.indexOf('"', j);
          if (q === -1) {
            if (final) throw this.unterminated(s, start);
            return -1;
          }
          // A quote as the last character may be the first half of "".
          if (q + 1 === len && !final) return -1;
          if (s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          value += s.slice(j, q);
          i = q + 1;
          break;
        }
        extraLines += lineBreaks(value);
        fields.push(value);
      } else {
        let e = firstOf(s, i);
        if (e === -1) {
          if (!final) return -1;
          e = len;
        }
        fields.push(s.slice(i, e));
        i = e;
      }
      if (i >= len) {
        if (!final) return -1;
        this.record(fields, s, start);
        this.line += extraLines;
        return len;
      }
      const c = s.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        this.record(fields, s, start);
        this.line += extraLines;
        return this.afterBreak(s, i, final);
      }
      throw new ConfigurationError(
        subject(this.input, this.path, this.where(1)),
        excerpt(s, start),
        `has a character after the closing quote of field ${fields.length}. A quoted field must end at a comma or a line break; to put a quote inside a field, quote the whole field and double the quote ("").`,
      );
    }
  }

  /** An unquoted data line [start, end): fields go straight into the column arrays. */
  private fastRecord(s: string, start: number, end: number): void {
    if (this.skipped()) return;
    const cols = this.cols;
    const last = this.width - 1;
    let a = start;
    for (let c = 0; c < last; c++) {
      let k = this.comma;
      if (k !== -1 && k < a) k = this.comma = s.indexOf(',', a);
      if (k === -1 || k >= end) {
        this.row++;
        throw this.fieldCount(c + 1, s, start);
      }
      cols[c]!.push(s.slice(a, k));
      a = k + 1;
    }
    let k = this.comma;
    if (k !== -1 && k < a) k = this.comma = s.indexOf(',', a);
    if (k !== -1 && k < end) {
      this.row++;
      throw this.fieldCount(s.slice(start, end).split(',').length, s, start);
    }
    cols[last]!.push(s.slice(a, end));
    this.row++;
    if (++this.n === this.batchRows) this.flush();
  }

  private record(fields: string[], s: string, start: number): void {
    if (this.header === null) {
      this.header = checkHeader(fields, this.path, this.input);
      this.width = this.header.length;
      this.cols = Array.from({ length: this.width }, () => []);
      return;
    }
    if (this.skipped()) return;
    this.row++;
    if (fields.length !== this.width) throw this.fieldCount(fields.length, s, start);
    for (let c = 0; c < this.width; c++) this.cols[c]!.push(fields[c]!);
    if (++this.n === this.batchRows) this.flush();
  }

  /** Counts the record and says so when its batch is skipped (decided at the batch's first record). */
  private skipped(): boolean {
    if (this.n === 0) this.skipping = this.skip !== null && this.skip(this.row + 1);
    if (!this.skipping) return false;
    this.row++;
    if (++this.n === this.batchRows) this.n = 0;
    return true;
  }

  private fieldCount(count: number, s: string, start: number): ConfigurationError {
    return new ConfigurationError(
      subject(this.input, this.path, this.where(0)),
      excerpt(s, start),
      `has ${count} field${count === 1 ? '' : 's'}, but the header has ${this.width}. Give every row one field per column, and quote fields that contain commas or line breaks.`,
    );
  }

  /** `ahead` is 1 while the record is still being read (its row is not counted yet). */
  private where(ahead: number): string {
    return this.header === null ? `header on line ${this.line}` : `row ${this.row + ahead} on line ${this.line}`;
  }

  private unterminated(s: string, start: number): ConfigurationError {
    return new ConfigurationError(
      subject(this.input, this.path, this.where(1)),
      excerpt(s, start),
      'opens a quoted field that is never closed before the end of the file. Close the quote, and double any quote inside a quoted field ("").',
    );
  }
}

function checkHeader(names: string[], path: string, input: string): string[] {
  const empty = names.flatMap((n, k) => (n.trim() === '' ? [k + 1] : []));
  if (empty.length > 0) {
    throw new ConfigurationError(
      subject(input, path, 'header on line 1'),
      names.join(','),
      `has an empty column name at position ${empty.join(', ')}. Name every column in the first row.`,
    );
  }
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const n of names) (seen.has(n) ? dups : seen).add(n);
  if (dups.size > 0) {
    throw new ConfigurationError(
      subject(input, path, 'header on line 1'),
      names.join(','),
      `names ${[...dups].map((d) => `\`${d}\``).join(', ')} more than once. Give every column a distinct name.`,
    );
  }
  return names;
}

function firstOf(s: string, from: number): number {
  let best = -1;
  for (const ch of [',', '\n', '\r']) {
    const k = s.indexOf(ch, from);
    if (k !== -1 && (best === -1 || k < best)) best = k;
  }
  return best;
}

function lineBreaks(v: string): number {
  if (v.indexOf('\n') === -1 && v.indexOf('\r') === -1) return 0;
  let n = 0;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c === LF) n++;
    else if (c === CR && v.charCodeAt(k + 1) !== LF) n++;
  }
  return n;
}

function excerpt(s: string, start: number): string {
  const end = Math.min(s.length, start + 120);
  const k = s.slice(start, end).search(/[\r\n]/);
  return k === -1 ? s.slice(start, end) : s.slice(start, start + k);
}
