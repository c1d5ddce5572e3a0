// A reproducible image layer from model files: the same files give the same bytes, hence the same
// digest, on any runner and any checkout. Entries are sorted by path, parent folders are written
// before their contents, owners are 0:0 with empty names, modes are 0644 for files (0755 when the
// source is executable) and 0755 for folders, and every time is the epoch (or SOURCE_DATE_EPOCH).
// The tar streams through sha256 (the diffID) into the chosen compression (none, or gzip or zstd
// on every core: compression.ts), whose output streams through sha256 (the digest) to disk: a
// multi-GB model is never held in memory. Uncompressed, the digest is the diffID: one hash.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hashing } from '../common/hash-stream.js';
import { compressor, LAYER_MEDIA_TYPES, type Compression, type LayerMediaType } from './compression.js';

export interface LayerFile {
  /** Where the file goes in the image, relative, "/"-separated (e.g. "opt/model/model.onnx"). */
  path: string;
  /** The file on this machine. */
  source: string;
}

export interface Layer {
  /** sha256 of the blob (the tar, compressed or not): the layer's digest in the manifest. */
  digest: string;
  /** sha256 of the uncompressed tar: the diffID in the image config. */
  diffId: string;
  size: number;
  mediaType: LayerMediaType;
}

export const LAYER_MEDIA = LAYER_MEDIA_TYPES.gzip;

const BLOCK = 512;

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

/** One ustar header; a pax record carries paths longer than ustar's name + prefix fields hold. */
export function tarHeader(name: string, size: number, mode: number, type: '0' | '5' | 'x', mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(mode, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtime, 12), 136, 'ascii');
  h.fill(' ', 148, 156);
  h.write(type, 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'ascii');
  return h;
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return Buffer.from(`${len}${body}`);
}

function entryHeaders(name: string, size: number, mode: number, type: '0' | '5', mtime: number): Buffer[] {
  if (Buffer.byteLength(name) <= 100) return [tarHeader(name, size, mode, type, mtime)];
  const pax = paxRecord('path', name);
  const padded = Buffer.concat([pax, Buffer.alloc((BLOCK - (pax.length % BLOCK)) % BLOCK)]);
  return [tarHeader('PaxHeader', pax.length, 0o644, 'x', mtime), padded, tarHeader(name.slice(0, 99), size, mode, type, mtime)];
}

/** Checks a path inside the image: relative, "/"-separated, no "." or ".." segments. */
export function imagePathProblem(path: string): string | null {
  if (!path || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return 'must be a relative path with "/" separators';
  if (path.split('/').some((s) => s === '' || s === '.' || s === '..')) return 'must not have empty, "." or ".." segments';
  return null;
}

/** Writes the layer blob to `out`, returning its digests and size. */
export async function buildLayer(files: LayerFile[], out: string, mtime = 0, compression: Compression = 'gzip'): Promise<Layer> {
  const sorted = checkedFiles(files);
  const tarHash = createHash('sha256');
  const blobHash = createHash('sha256');
  const tar = new PassThrough();
  const done =
    compression === 'none'
      ? pipeline(tar, hashing(tarHash), createWriteStream(out))
      : pipeline(tar, hashing(tarHash), compressor(compression), hashing(blobHash), createWriteStream(out));
  await Promise.all([writeTar(sorted, mtime, tar), done]);
  const diffId = `sha256:${tarHash.digest('hex')}`;
  const digest = compression === 'none' ? diffId : `sha256:${blobHash.digest('hex')}`;
  return { digest, diffId, size: (await stat(out)).size, mediaType: LAYER_MEDIA_TYPES[compression] };
}

/** The layer's diffID (sha256 of the tar) and the tar's size: what tells whether a registry already has it, without compressing. */
export async function layerDiffId(files: LayerFile[], mtime = 0): Promise<{ diffId: string; size: number }> {
  const sorted = checkedFiles(files);
  const tarHash = createHash('sha256');
  const tar = new PassThrough();
  let size = 0;
  const done = pipeline(tar, hashing(tarHash), new Writable({ write: (c: Buffer, _e, cb) => ((size += c.length), cb()) }));
  await Promise.all([writeTar(sorted, mtime, tar), done]);
  return { diffId: `sha256:${tarHash.digest('hex')}`, size };
}

/** The files sorted by path, each path checked, none twice. */
function checkedFiles(files: LayerFile[]): LayerFile[] {
  for (const f of files) {
    const problem = imagePathProblem(f.path);
    if (problem) throw new Error(`layer path ${JSON.stringify(f.path)} ${problem}`);
  }
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]?.path === sorted[i - 1]?.path) throw new Error(`two files for ${sorted[i]?.path} in one layer`);
  return sorted;
}

/** The sorted files as a reproducible tar into `tar`, which it ends (or destroys with the error). */
async function writeTar(sorted: LayerFile[], mtime: number, tar: PassThrough): Promise<void> {
  try {
    await writeEntries(sorted, mtime, tar);
  } catch (e) {
    tar.destroy(e as Error);
    throw e;
  }
}

async function writeEntries(sorted: LayerFile[], mtime: number, tar: PassThrough): Promise<void> {
  const write = async (b: Buffer) => {
    if (!tar.write(b)) await once(tar, 'drain');
  };
  const folders = new Set<string>();
  for (const f of sorted) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = `${parts.slice(0, i).join('/')}/`;
      if (folders.has(dir)) continue;
      folders.add(dir);
      for (const h of entryHeaders(dir, 0, 0o755, '5', mtime)) await write(h);
    }
    const st = await stat(f.source);
    for (const h of entryHeaders(f.path, st.size, st.mode & 0o111 ? 0o755 : 0o644, '0', mtime)) await write(h);
    let written = 0;
    // 1 MiB reads: the tar pass is a hash at memory speed, and 64 KiB reads cost a third of it in stream overhead.
    for await (const chunk of createReadStream(f.source, { highWaterMark: 1 << 20 })) {
      written += (chunk as Buffer).length;
      await write(chunk as Buffer);
    }
    if (written !== st.size) throw new Error(`${f.source} changed size while it was read (${st.size} then ${written} bytes)`);
    const pad = (BLOCK - (st.size % BLOCK)) % BLOCK;
    if (pad) await write(Buffer.alloc(pad));
  }
  await write(Buffer.alloc(BLOCK * 2));
  tar.end();
}
