// What this machine remembers of model layers it compressed: diffID -> blob digest and size, one
// small JSON file per diffID and compression under `cache-dir`:
//
//   <cache-dir>/<compression>/<hex of the diffID>.json   {"diffId", "digest", "size", "mediaType"}
//
// so a re-push of an unchanged model to another tag learns the layer's digest from one sha256 pass
// of the tar instead of compressing it again, and asks the registry whether it has that blob. A
// record is only a hint: it is used only when every destination answers that it holds the blob,
// and one that cannot be read, or does not have our shape, is ignored (and replaced when the layer
// is built). Written through a temp file and a rename, so no reader sees half a record.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../common/fsutil.js';
import { LAYER_MEDIA_TYPES, type Compression } from './compression.js';
import type { Layer } from './layer.js';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

function recordPath(dir: string, compression: Compression, diffId: string): string {
  return join(dir, compression, `${diffId.replace(/^sha256:/, '')}.json`);
}

/** The layer built earlier from the tar `diffId` with `compression`, or null when there is no usable record. */
export function readLayerRecord(dir: string, compression: Compression, diffId: string): Layer | null {
  if (!DIGEST.test(diffId)) return null;
  let r: Partial<Layer>;
  try {
    r = JSON.parse(readFileSync(recordPath(dir, compression, diffId), 'utf8')) as Partial<Layer>;
  } catch {
    return null;
  }
  const mediaType = LAYER_MEDIA_TYPES[compression];
  if (!r || typeof r !== 'object' || r.diffId !== diffId || r.mediaType !== mediaType || typeof r.digest !== 'string' || !DIGEST.test(r.digest)) return null;
  if (typeof r.size !== 'number' || !Number.isSafeInteger(r.size) || r.size < 0) return null;
  return { digest: r.digest, diffId, size: r.size, mediaType };
}

/** Records a layer just built (replacing any record of its diffID). */
export function writeLayerRecord(dir: string, compression: Compression, layer: Layer): void {
  const record = { diffId: layer.diffId, digest: layer.digest, size: layer.size, mediaType: layer.mediaType };
  writeFileAtomic(recordPath(dir, compression, layer.diffId), JSON.stringify(record) + '\n');
}

/** The runner's tool cache survives between jobs on self-hosted runners; elsewhere the user's cache folder. */
export function defaultLayerCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const root = env.RUNNER_TOOL_CACHE || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'));
  return join(root, 'model-cd', 'layers');
}
