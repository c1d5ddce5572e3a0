// gzip on every core: the same bytes whatever the number of threads, one valid gzip stream that
// gunzip and GNU tar's gzip read back, and every member marked "unknown OS" for portable digests.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MEMBER_SIZE, parallelGzip } from '../../../src/image/gzip.js';

const gz = (data: Buffer, concurrency: number) => buffer(Readable.from(chunks(data)).pipe(parallelGzip({ concurrency })));
// Odd-sized writes, so members are cut from the stream, not from the writes.
function* chunks(data: Buffer) {
  for (let i = 0; i < data.length; i += 77_777) yield data.subarray(i, i + 77_777);
}

describe('parallelGzip', () => {
  const data = Buffer.concat([randomBytes(MEMBER_SIZE * 2 + 12_345), Buffer.alloc(MEMBER_SIZE, 'model weights ')]);

  it('gives the same bytes with 1 or 4 compressions in flight, and they decompress to the input', async () => {
    const [one, four] = [await gz(data, 1), await gz(data, 4)];
    expect(createHash('sha256').update(four).digest('hex')).toBe(createHash('sha256').update(one).digest('hex'));
    expect(gunzipSync(four).equals(data)).toBe(true);
    // gzip(1) reads the concatenated members as one stream too.
    expect(execFileSync('gzip', ['-dc'], { input: four, maxBuffer: 64 << 20 }).equals(data)).toBe(true);
  });

  it('writes one member per MEMBER_SIZE bytes, each with the OS byte set to 255', async () => {
    const out = await gz(data, 2);
    const members: number[] = [];
    for (let i = 0; i + 10 <= out.length; i++) if (out[i] === 0x1f && out[i + 1] === 0x8b && out[i + 2] === 8 && out[i + 9] === 255) members.push(i);
    expect(members[0]).toBe(0);
    expect(members.length).toBeGreaterThanOrEqual(4);
    expect(out.subarray(0, 10).toString('hex')).toBe('1f8b08000000000000ff');
  });

  it('gives a valid empty gzip stream for no input', async () => {
    const out = await gz(Buffer.alloc(0), 2);
    expect(gunzipSync(out).length).toBe(0);
  });
});
