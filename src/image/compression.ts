// How the model layer is compressed (the `layer-compression` input). Model weights barely
// compress (float32 values: about 7% smaller with gzip or zstd, docs/build-push.md), so the
// default is none: the layer is the tar itself, its digest is its diffID, and building it is one
// sha256 pass. gzip (level 1: on weights no smaller at higher levels, and slower) and zstd are
// there for models that do compress (tokenizers, pickles, sparse or quantized weights).
import { PassThrough, type Transform } from 'node:stream';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { ConfigurationError } from '../common/errors.js';
import { parallelChunks, parallelGzip } from './gzip.js';

export const COMPRESSIONS = ['none', 'gzip', 'zstd'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

export const LAYER_MEDIA_TYPES = {
  none: 'application/vnd.oci.image.layer.v1.tar',
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
} as const satisfies Record<Compression, string>;

export type LayerMediaType = (typeof LAYER_MEDIA_TYPES)[Compression];

export const GZIP_LEVEL = 1;
export const ZSTD_LEVEL = 3;

/** Whether this Node's zlib has zstd (Node 22.15 and 23.8 on; the runner's node24 has it). */
export function hasZstd(): boolean {
  return typeof (zlib as { zstdCompress?: unknown }).zstdCompress === 'function';
}

/** A compression this Node can do, or one error naming the input and what to choose instead. */
export function checkCompression(c: Compression, input = 'input `layer-compression`'): Compression {
  if (c === 'zstd' && !hasZstd()) {
    throw new ConfigurationError(input, c, `needs a Node with zstd in its zlib (22.15 or 23.8 and later; the actions run on node24), and this is Node ${process.versions.node}. Choose \`none\` or \`gzip\`, or run on a newer Node.`);
  }
  return c;
}

/** The stream that turns the layer's tar into its blob. */
export function compressor(c: Compression): Transform {
  if (c === 'none') return new PassThrough();
  if (c === 'gzip') return parallelGzip({ level: GZIP_LEVEL });
  checkCompression(c);
  const zstd = promisify(zlib.zstdCompress);
  // Fixed parameters: the frame must not depend on anything but the bytes (no threads, no size hints beyond the chunk's own).
  return parallelChunks((chunk) => zstd(chunk, { params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } }));
}

/** The stream that turns a layer blob of `mediaType` back into its tar, or null for one it cannot read. */
export function decompressor(mediaType: string): Transform | null {
  if (mediaType.endsWith('+gzip') || mediaType.endsWith('.tar.gzip')) return zlib.createGunzip();
  if (mediaType.endsWith('+zstd')) return hasZstd() ? zlib.createZstdDecompress() : null;
  if (mediaType.endsWith('.tar')) return new PassThrough();
  return null;
}
