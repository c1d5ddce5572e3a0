// Downloads one object (an S3 object, a file of MLflow's proxied artifact store) into a file: one streamed GET for small objects, parallel byte ranges
// for large ones, each written at its offset. A body that breaks off is resumed from the last byte
// written (a Range request pinned to the ETag with If-Match), not started again. The sha256 is
// computed while the bytes arrive: in order as they stream, and for ranges that finished ahead of
// the cursor by reading back the just-written (page-cached) bytes, so no file is held in memory.
import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { ServiceError } from '../common/errors.js';

/** Where an object's bytes come from: one GET, whole or of a byte range, that also pins the version it started with. */
export interface RangedSource {
  /** The object as messages name it. */
  what: string;
  /** The server as messages name it ("the S3 server"). */
  server: string;
  get(range: { start: number; end: number } | undefined, signal: AbortSignal): Promise<{ status: number; offset: number; body: ReadableStream<Uint8Array> }>;
}

export interface DownloadOptions {
  source: RangedSource;
  size: number;
  file: string;
  /** Objects larger than this many bytes are fetched in ranges. */
  rangeThreshold: number;
  partSize: number;
  limiter: Limiter;
  /** Attempts to resume one range after its body broke off. */
  maxResumes?: number;
  sleep?: (ms: number) => Promise<void>;
  onBytes?: (n: number) => void;
}

export interface DownloadResult {
  sha256: string;
  /** Body bytes received, re-sent ones included. */
  transferred: number;
  ranges: number;
  resumes: number;
}

/** At most `n` tasks at a time, in the order they asked. */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly n: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.n) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

interface Part {
  start: number;
  /** Inclusive; start - 1 for an empty object. */
  end: number;
  written: number;
}

const partLength = (p: Part) => p.end - p.start + 1;
const COALESCE = 1 << 20;

export function splitParts(size: number, partSize: number): Part[] {
  const parts: Part[] = [];
  for (let start = 0; start < size; start += partSize) parts.push({ start, end: Math.min(size, start + partSize) - 1, written: 0 });
  return parts;
}

/** A broken body or connection, worth resuming; a refusal from the server or a disk error is not. */
export function isResumable(e: unknown): boolean {
  if (e instanceof ServiceError) return false;
  if (e instanceof ShortBodyError) return true;
  if (!(e instanceof Error)) return false;
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return true;
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  if (code && ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_ABORTED', 'ECONNREFUSED'].includes(code)) return true;
  // undici reports a body cut short as TypeError('terminated').
  return e instanceof TypeError && /terminated|fetch failed/.test(e.message);
}

class ShortBodyError extends Error {
  override readonly name = 'ShortBodyError';
}

/** Bytes written ahead of the hash cursor and kept in memory: [start, end) in `chunks`. */
interface HeldRun {
  start: number;
  end: number;
  chunks: Buffer[];
}

/**
 * How many bytes written ahead of the hash cursor are kept in memory to hash when the cursor gets
 * there; beyond it they are read back from the file. Reading back costs a copy from the page cache
 * and a syscall per MiB (about a tenth of the client's CPU at 4 ranges, where 3 of 4 bytes arrive
 * ahead), and next to the server (same host) that CPU is taken from the server. 64 MiB covers the
 * ranges in flight at the default concurrency and part size with room to spare.
 */
export const HOLD_LIMIT = 64 << 20;

/** sha256 over a file being written out of order: hashes each byte once, in order. */
export class OrderedHasher {
  private cursor = 0;
  private hash: Hash = createHash('sha256');
  private pumping: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;
  private runs: HeldRun[] = [];
  private held = 0;

  constructor(
    private readonly fh: FileHandle,
    private readonly frontier: () => number,
    private readonly holdLimit = HOLD_LIMIT,
  ) {}

  /** `chunk` was written at `offset` (and the frontier already counts it). */
  written(offset: number, chunk: Buffer): void {
    if (!this.pumping && offset === this.cursor) {
      this.hash.update(chunk);
      this.cursor += chunk.length;
      this.hashHeld();
    } else if (offset >= this.cursor) {
      this.hold(offset, chunk);
    }
    if (this.frontier() > this.cursor) this.kick();
  }

  private hold(offset: number, chunk: Buffer): void {
    if (this.held + chunk.length > this.holdLimit) return;
    const run = this.runs.find((r) => r.end === offset);
    if (run) {
      run.chunks.push(chunk);
      run.end += chunk.length;
    } else {
      this.runs.push({ start: offset, end: offset + chunk.length, chunks: [chunk] });
    }
    this.held += chunk.length;
  }

  /** Hashes the held runs that start at the cursor. */
  private hashHeld(): void {
    for (let i = this.runs.findIndex((r) => r.start === this.cursor); i >= 0; i = this.runs.findIndex((r) => r.start === this.cursor)) {
      const run = this.runs.splice(i, 1)[0] as HeldRun;
      for (const c of run.chunks) this.hash.update(c);
      this.cursor = run.end;
      this.held -= run.end - run.start;
    }
  }

  private kick(): void {
    if (this.pumping || this.failure) return;
    // Kicked from a write callback that nobody awaits: keep the error for idle() to throw.
    this.pumping = this.pump()
      .catch((e: unknown) => {
        this.failure = { error: e };
      })
      .finally(() => {
        this.pumping = null;
      });
  }

  /** Reads back what was written but not held, up to the frontier, hashing held runs as the cursor reaches them. */
  private async pump(): Promise<void> {
    let buf: Buffer | null = null;
    for (let end = this.frontier(); ; end = this.frontier()) {
      this.hashHeld();
      if (this.cursor >= end) return;
      // Stop at the next held run, so its bytes are hashed from memory, once.
      const next = this.runs.reduce((n, r) => (r.start > this.cursor && r.start < n ? r.start : n), end);
      buf ??= Buffer.allocUnsafe(COALESCE);
      const want = Math.min(buf.length, next - this.cursor);
      const { bytesRead } = await this.fh.read(buf, 0, want, this.cursor);
      if (bytesRead <= 0) throw new Error(`read back ${bytesRead} bytes at ${this.cursor}`);
      this.hash.update(buf.subarray(0, bytesRead));
      this.cursor += bytesRead;
    }
  }

  async idle(): Promise<void> {
    while (this.pumping) await this.pumping;
    if (this.failure) throw this.failure.error;
  }

  reset(): void {
    this.cursor = 0;
    this.hash = createHash('sha256');
    this.runs = [];
    this.held = 0;
  }

  async digest(size: number): Promise<string> {
    await this.idle();
    this.kick();
    await this.idle();
    if (this.cursor !== size) throw new Error(`hashed ${this.cursor} of ${size} bytes`);
    return this.hash.digest('hex');
  }
}

/** Writes `chunks` one after another from `pos`, in as few syscalls as the OS allows (no copy into one buffer); empties `chunks`. */
async function writeAll(fh: FileHandle, chunks: Buffer[], pos: number): Promise<void> {
  let rest = chunks;
  while (rest.length > 0) {
    const { bytesWritten } = await fh.writev(rest, pos);
    pos += bytesWritten;
    let skip = bytesWritten;
    while (rest.length > 0 && skip >= (rest[0] as Buffer).length) skip -= (rest.shift() as Buffer).length;
    if (skip > 0) rest[0] = (rest[0] as Buffer).subarray(skip);
  }
}

export async function downloadObject(o: DownloadOptions): Promise<DownloadResult> {
  const { what, server } = o.source;
  const ranged = o.size > o.rangeThreshold;
  const parts = ranged ? splitParts(o.size, o.partSize) : [{ start: 0, end: o.size - 1, written: 0 }];
  const maxResumes = o.maxResumes ?? 5;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let transferred = 0;
  let resumes = 0;
  // Read as well as written: ranges that finish ahead of the hash cursor are read back.
  const fh = await open(o.file, 'w+');
  try {
    const frontier = () => {
      for (const p of parts) if (p.written < partLength(p)) return p.start + p.written;
      return o.size;
    };
    const hasher = new OrderedHasher(fh, frontier);

    const writeAt = async (p: Part, chunks: Buffer[]) => {
      let pos = p.start + p.written;
      await writeAll(fh, [...chunks], pos);
      for (const c of chunks) {
        p.written += c.length;
        hasher.written(pos, c);
        pos += c.length;
      }
    };

    // The first range that fails for good stops the others, so nothing writes after we return.
    const stop = new AbortController();
    let firstError: unknown = null;

    const fetchPart = async (p: Part) => {
      for (let attempt = 0; ; attempt++) {
        if (stop.signal.aborted) throw stop.signal.reason;
        const from = p.start + p.written;
        const useRange = ranged || p.written > 0;
        try {
          const res = await o.source.get(useRange ? { start: from, end: p.end } : undefined, stop.signal);
          if (useRange && res.status !== 206) {
            if (ranged) {
              await res.body.cancel().catch(() => undefined);
              throw new ServiceError(`${server} ignored a byte-range request for ${what}; set \`range-threshold\` above the object's size to fetch it in one piece.`);
            }
            // A resume the server answered with the whole object: start this one again.
            await hasher.idle();
            hasher.reset();
            p.written = 0;
          } else if (useRange && res.offset !== from) {
            await res.body.cancel().catch(() => undefined);
            throw new ServiceError(`${server} sent bytes from ${res.offset} when ${from} was asked for ${what}.`);
          }
          let pending: Buffer[] = [];
          let buffered = 0;
          const flush = async () => {
            if (buffered === 0) return;
            const chunks = pending;
            pending = [];
            buffered = 0;
            await writeAt(p, chunks);
          };
          try {
            for await (const c of res.body) {
              if (p.written + buffered + c.length > partLength(p)) {
                throw new ServiceError(`${server} sent more than the ${o.size} bytes of ${what} (the object changed?). Run again.`);
              }
              pending.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
              buffered += c.length;
              transferred += c.length;
              o.onBytes?.(c.length);
              if (buffered >= COALESCE) await flush();
            }
          } finally {
            // Bytes that arrived before a break are good: keep them so the resume starts after them.
            await flush();
          }
          if (p.written < partLength(p)) throw new ShortBodyError(`body ended after ${p.written} of ${partLength(p)} bytes`);
          return;
        } catch (e) {
          if (stop.signal.aborted) throw e;
          if (!isResumable(e) || attempt >= maxResumes) {
            if (isResumable(e)) {
              throw new ServiceError(`the download of ${what} kept breaking off (${describe(e)}) after ${maxResumes} resumes, at byte ${p.start + p.written} of ${o.size}. Check the network and run again.`);
            }
            throw e;
          }
          resumes++;
          await sleep(Math.min(5000, 200 * 2 ** attempt));
        }
      }
    };

    const guarded = (p: Part) =>
      fetchPart(p).catch((e: unknown) => {
        if (!stop.signal.aborted) {
          firstError = e;
          stop.abort(new Error('another range failed'));
        }
        throw e;
      });
    // A single GET runs in the caller's slot; ranges each take one.
    const settled = ranged ? await Promise.allSettled(parts.map((p) => o.limiter.run(() => guarded(p)))) : await Promise.allSettled([guarded(parts[0] as Part)]);
    if (settled.some((r) => r.status === 'rejected')) throw firstError;
    const sha256 = await hasher.digest(o.size);
    return { sha256, transferred, ranges: ranged ? parts.length : 1, resumes };
  } finally {
    await fh.close();
  }
}

function describe(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  return err.cause?.code ? `${err.cause.code}: ${err.cause.message ?? ''}`.trim() : (err.message ?? String(e));
}
