// Compression on every core: the stream is cut into fixed-size chunks, each compressed on its own
// (zlib's async calls run on libuv's thread pool) and written in order, one gzip member or zstd
// frame per chunk. Concatenated members are one valid gzip stream (RFC 1952), and concatenated
// frames one valid zstd stream (RFC 8878), which every image tool reads (Go's readers, containerd,
// skopeo, GNU tar). The cut points depend only on the bytes, never on the number of threads, so
// the output, hence the layer digest, is the same on every machine with this zlib and libzstd.
import { availableParallelism } from 'node:os';
import { Transform, type TransformCallback } from 'node:stream';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Bytes per gzip member: large enough that the reset dictionary costs nothing measurable. */
export const MEMBER_SIZE = 1 << 20;

/** zlib writes its build's OS code in header byte 9 (3 on Unix, 10 on Windows); 255 ("unknown") everywhere. Outside the CRC. */
function portable(member: Buffer): Buffer {
  member[9] = 255;
  return member;
}

export function parallelGzip(o: { level?: number; concurrency?: number } = {}): Transform {
  const level = o.level ?? 6;
  return parallelChunks(async (chunk) => portable(await gzipAsync(chunk, { level })), o.concurrency);
}

/** MEMBER_SIZE chunks through `compress`, up to `concurrency` at once, written in input order. */
export function parallelChunks(compress: (chunk: Buffer) => Promise<Buffer>, concurrency?: number): Transform {
  const limit = Math.max(1, concurrency ?? Math.min(4, availableParallelism()));
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // Compressions in flight, oldest first: output order is input order.
  const inFlight: Promise<Buffer>[] = [];
  const start = (chunk: Buffer) => {
    const p = compress(chunk);
    // Awaited in order below; a rejection meanwhile must not count as unhandled.
    p.catch(() => undefined);
    inFlight.push(p);
  };
  return new Transform({
    async transform(data: Buffer, _e, cb: TransformCallback) {
      try {
        pending.push(data);
        pendingBytes += data.length;
        while (pendingBytes >= MEMBER_SIZE) {
          const all = Buffer.concat(pending, pendingBytes);
          start(all.subarray(0, MEMBER_SIZE));
          const rest = all.subarray(MEMBER_SIZE);
          pending = rest.length ? [rest] : [];
          pendingBytes = rest.length;
          while (inFlight.length >= limit) this.push(await (inFlight.shift() as Promise<Buffer>));
        }
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
    async flush(cb: TransformCallback) {
      try {
        // An empty stream is still one (empty) member.
        if (pendingBytes || !inFlight.length) start(Buffer.concat(pending, pendingBytes));
        while (inFlight.length) this.push(await (inFlight.shift() as Promise<Buffer>));
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
}
