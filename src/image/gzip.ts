// gzip on every core: the stream is cut into fixed-size chunks, each compressed on its own (zlib's
// async calls run on libuv's thread pool) and written in order as one gzip member. Concatenated
// members are one valid gzip stream (RFC 1952), which every image tool reads (Go's gzip reader,
// containerd, skopeo, GNU tar). The cut points depend only on the bytes, never on the number of
// threads, so the output, hence the layer digest, is the same on every machine with this zlib.
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
  const limit = Math.max(1, o.concurrency ?? Math.min(4, availableParallelism()));
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // Compressions in flight, oldest first: output order is input order.
  const inFlight: Promise<Buffer>[] = [];
  const compress = (chunk: Buffer) => inFlight.push(gzipAsync(chunk, { level }).then(portable));
  return new Transform({
    async transform(data: Buffer, _e, cb: TransformCallback) {
      try {
        pending.push(data);
        pendingBytes += data.length;
        while (pendingBytes >= MEMBER_SIZE) {
          const all = Buffer.concat(pending, pendingBytes);
          compress(all.subarray(0, MEMBER_SIZE));
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
        // An empty stream is still one (empty) gzip member.
        if (pendingBytes || !inFlight.length) compress(Buffer.concat(pending, pendingBytes));
        while (inFlight.length) this.push(await (inFlight.shift() as Promise<Buffer>));
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
}
