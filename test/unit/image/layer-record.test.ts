// The diffID -> digest record build-push keeps in cache-dir: what was written is read back, and a
// record that is missing, damaged or not of our shape reads as none (never a crash) and is replaced.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_MEDIA_TYPES } from '../../../src/image/compression.js';
import { defaultLayerCacheDir, readLayerRecord, writeLayerRecord } from '../../../src/image/layer-record.js';

const diffId = `sha256:${'a'.repeat(64)}`;
const layer = { digest: `sha256:${'b'.repeat(64)}`, diffId, size: 1234, mediaType: LAYER_MEDIA_TYPES.zstd };

describe('layer records', () => {
  it('reads back what was written, per compression', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layer-record-'));
    expect(readLayerRecord(dir, 'zstd', diffId)).toBeNull();
    writeLayerRecord(dir, 'zstd', layer);
    expect(readLayerRecord(dir, 'zstd', diffId)).toEqual(layer);
    // A gzip build of the same tar is another blob: the zstd record says nothing about it.
    expect(readLayerRecord(dir, 'gzip', diffId)).toBeNull();
  });

  it('ignores a record that is damaged or not of our shape, and a new write replaces it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layer-record-'));
    const file = join(dir, 'zstd', `${'a'.repeat(64)}.json`);
    mkdirSync(join(dir, 'zstd'), { recursive: true });
    const bad = ['', '{"diffId":', 'null', '[]', JSON.stringify({ ...layer, digest: 'sha256:short' }), JSON.stringify({ ...layer, size: -1 }), JSON.stringify({ ...layer, diffId: `sha256:${'c'.repeat(64)}` }), JSON.stringify({ ...layer, mediaType: LAYER_MEDIA_TYPES.gzip })];
    for (const text of bad) {
      writeFileSync(file, text);
      expect(readLayerRecord(dir, 'zstd', diffId), text).toBeNull();
    }
    writeLayerRecord(dir, 'zstd', layer);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(layer);
    expect(readLayerRecord(dir, 'zstd', '../../etc/passwd')).toBeNull();
  });

  it('lives in the runner tool cache, else the user cache folder', () => {
    expect(defaultLayerCacheDir({ RUNNER_TOOL_CACHE: '/t', HOME: '/h' })).toBe(join('/t', 'model-cd', 'layers'));
    expect(defaultLayerCacheDir({ HOME: '/h' })).toBe(join('/h', '.cache', 'model-cd', 'layers'));
    expect(defaultLayerCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'model-cd', 'layers'));
  });
});
