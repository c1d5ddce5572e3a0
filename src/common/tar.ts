// Extracts the entries one wants from a tar stream (ustar, with pax and GNU long names), writing
// each straight to disk: the archive is never held in memory. Only regular files are written, with
// plain modes (0644, or 0755 when the archive marks them executable); links, devices and anything
// whose path is absolute, has a `..` segment or a backslash are never written, so nothing can land
// outside `dest`. `select` maps an archive path to a path under `dest`, or null to skip it.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { once } from 'node:events';

export class TarError extends Error {
  override readonly name = 'TarError';
}

const BLOCK = 512;

/** A path that stays inside the folder it is joined to: relative, no `..`, no backslash, no NUL. */
export function safeRelative(path: string): boolean {
  if (!path || path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((seg) => seg !== '..');
}

function field(h: Buffer, at: number, len: number): string {
  const raw = h.subarray(at, at + len);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul < 0 ? len : nul).toString('utf8');
}

function octal(h: Buffer, at: number, len: number): number {
  // Sizes over 8 GiB use base-256 (high bit set); nothing we extract is that large.
  if ((h[at] as number) & 0x80) throw new TarError('an entry larger than 8 GiB');
  const s = field(h, at, len).trim();
  const n = s ? parseInt(s, 8) : 0;
  if (Number.isNaN(n)) throw new TarError(`a header with an unreadable number (${JSON.stringify(s)})`);
  return n;
}

function checksumOk(h: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] as number);
  return sum === octal(h, 148, 8);
}

/** pax extended header records: "<len> key=value\n". */
function paxPath(body: Buffer): string | null {
  let pos = 0;
  let path: string | null = null;
  while (pos < body.length) {
    const space = body.indexOf(0x20, pos);
    if (space < 0) break;
    const len = Number(body.subarray(pos, space).toString());
    if (!len) break;
    const record = body.subarray(space + 1, pos + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (record.slice(0, eq) === 'path') path = record.slice(eq + 1);
    pos += len;
  }
  return path;
}

/** Reads exactly n bytes (or fewer at the end) from an async byte iterator, keeping what is left over. */
class Reader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly it: AsyncIterator<Buffer>) {}

  async fill(n: number): Promise<boolean> {
    while (this.buf.length < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    }
    return this.buf.length >= n;
  }

  async take(n: number): Promise<Buffer> {
    if (!(await this.fill(n))) throw new TarError('the archive ends in the middle of an entry (truncated)');
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  /** Reads to the end (the zero padding after the end-of-archive blocks), so whoever hashes the stream sees every byte. */
  async drain(): Promise<void> {
    while (!this.done) {
      this.buf = Buffer.alloc(0);
      await this.fill(1);
    }
  }

  /** Hands `n` bytes to `sink` chunk by chunk, without gathering them. */
  async pipe(n: number, sink: (chunk: Buffer) => Promise<void>): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.fill(1))) throw new TarError('the archive ends in the middle of an entry (truncated)');
      const chunk = this.buf.subarray(0, Math.min(left, this.buf.length));
      this.buf = this.buf.subarray(chunk.length);
      left -= chunk.length;
      await sink(chunk);
    }
  }
}

interface Header {
  name: string;
  /** '0' file, '1' hard link, '2' symlink, '5' folder, ... */
  type: string;
  size: number;
  /** The body's length with its padding to a whole block. */
  padded: number;
  mode: number;
}

const skip = async () => undefined;

/**
 * Each entry's header, with GNU long names and pax paths applied (and pax globals skipped). The
 * caller reads or skips the entry's `padded` body bytes before it asks for the next one. A stream
 * that stops without the end-of-archive blocks is an error when `endRequired`, else the end.
 */
async function* headers(reader: Reader, endRequired: boolean): AsyncGenerator<Header> {
  let longName: string | null = null;
  for (;;) {
    if (!(await reader.fill(BLOCK))) {
      if (endRequired) throw new TarError('the archive ends without its end-of-archive blocks (truncated)');
      return;
    }
    const header = await reader.take(BLOCK);
    if (header.every((b) => b === 0)) {
      await reader.drain();
      return;
    }
    if (!checksumOk(header)) throw new TarError('a header whose checksum does not match (not a tar archive, or damaged)');
    const size = octal(header, 124, 12);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] || 0x30);
    if (type === 'x' || type === 'L') {
      const body = await reader.take(padded);
      longName = type === 'x' ? (paxPath(body.subarray(0, size)) ?? longName) : field(body, 0, size);
      continue;
    }
    if (type === 'g') {
      await reader.pipe(padded, skip);
      continue;
    }
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = null;
    yield { name, type, size, padded, mode: octal(header, 100, 8) };
  }
}

export async function extractTar(source: AsyncIterable<Buffer>, dest: string, select: (path: string) => string | null): Promise<string[]> {
  const root = resolve(dest);
  const reader = new Reader(source[Symbol.asyncIterator]());
  const written: string[] = [];
  for await (const { name, type, size, padded, mode: rawMode } of headers(reader, true)) {
    const target = type === '0' ? select(name) : null;
    if (target === null) {
      await reader.pipe(padded, skip);
      continue;
    }
    if (!safeRelative(target)) throw new TarError(`the entry ${JSON.stringify(name)} would be written outside the folder`);
    const file = join(root, ...target.split('/'));
    if (!file.startsWith(root + sep)) throw new TarError(`the entry ${JSON.stringify(name)} would be written outside the folder`);
    await mkdir(dirname(file), { recursive: true });
    const mode = rawMode & 0o111 ? 0o755 : 0o644;
    const out = createWriteStream(file, { mode });
    try {
      await reader.pipe(size, async (chunk) => {
        if (!out.write(chunk)) await once(out, 'drain');
      });
      out.end();
      await once(out, 'close');
    } catch (e) {
      // Wait until the file is closed: its open may still be under way, and if the caller removes
      // `dest` first, that open fails as an 'error' event nobody listens to, which ends the process.
      out.on('error', () => undefined);
      if (!out.closed) {
        const closed = new Promise<void>((r) => out.once('close', () => r()));
        out.destroy();
        await closed;
      }
      throw e;
    }
    await reader.pipe(padded - size, skip);
    written.push(target);
  }
  return written;
}

/** One entry's path and type ('0' file, '1' hard link, '2' symlink, '5' folder, ...), as listTar reports it. */
export interface TarEntry {
  path: string;
  type: string;
}

/** Every entry's path and type, bodies skipped: for reading what an image layer holds without unpacking it. */
export async function listTar(source: AsyncIterable<Buffer>, visit: (entry: TarEntry) => void): Promise<void> {
  const reader = new Reader(source[Symbol.asyncIterator]());
  // A layer may end after one zero block, or without any (some writers): both end the listing.
  for await (const { name, type, padded } of headers(reader, false)) {
    visit({ path: name, type });
    await reader.pipe(padded, skip);
  }
}
