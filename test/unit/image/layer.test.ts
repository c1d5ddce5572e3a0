// The reproducible model layer, checked with independent readers: Python's tarfile for the
// headers, GNU tar and gzip for the bytes.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompression, hasZstd } from '../../../src/image/compression.js';
import { buildLayer, imagePathProblem, layerDiffId, type LayerFile } from '../../../src/image/layer.js';

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const longName = `opt/model/${'deep/'.repeat(25)}weights.bin`;
const model = randomBytes(3 * 1024 * 1024 + 7);
const config = Buffer.from('{"threshold": 0.5}\n');

/** The same three files, written with this checkout's own times, modes and order. */
function checkout(order: 'forward' | 'reverse', mode: number, time: number): LayerFile[] {
  const dir = mkdtempSync(join(tmpdir(), 'layer-src-'));
  const files: [string, Buffer][] = [
    ['model.onnx', model],
    ['config.json', config],
    ['weights.bin', Buffer.from('w')],
  ];
  for (const [name, body] of order === 'forward' ? files : [...files].reverse()) {
    writeFileSync(join(dir, name), body);
    chmodSync(join(dir, name), mode);
    utimesSync(join(dir, name), time, time);
  }
  return [
    { path: 'opt/model/model.onnx', source: join(dir, 'model.onnx') },
    { path: 'opt/model/config.json', source: join(dir, 'config.json') },
    { path: longName, source: join(dir, 'weights.bin') },
  ];
}

describe('buildLayer', () => {
  it('gives the same digest from two checkouts with different times, modes and file order', async () => {
    const out = mkdtempSync(join(tmpdir(), 'layer-'));
    const a = await buildLayer(checkout('forward', 0o600, 1_700_000_000), join(out, 'a.tar.gz'));
    const b = await buildLayer(checkout('reverse', 0o644, 1_800_000_000).reverse(), join(out, 'b.tar.gz'));
    expect(b).toEqual(a);
    const gz = readFileSync(join(out, 'a.tar.gz'));
    expect(a.digest).toBe(sha(gz));
    expect(a.size).toBe(gz.length);
    // gzip accepts it (byte 9, the OS code, is 255 on every platform), and the tar inside is the diffID.
    expect(gz[9]).toBe(255);
    execFileSync('gzip', ['-t', join(out, 'a.tar.gz')]);
    expect(sha(execFileSync('gzip', ['-dc', join(out, 'a.tar.gz')], { maxBuffer: 64 << 20 }))).toBe(a.diffId);
  });

  it('writes sorted entries, folders first, owned by 0:0 at the epoch with normalised modes (read by Python tarfile)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'layer-'));
    const files = checkout('forward', 0o600, 1_700_000_000);
    chmodSync(files[0]?.source as string, 0o700);
    await buildLayer(files, join(out, 'l.tar.gz'));
    const script = [
      'import json, sys, tarfile',
      'with tarfile.open(sys.argv[1]) as t:',
      '    print(json.dumps([[m.name, m.type.decode(), oct(m.mode), m.uid, m.gid, m.uname, m.gname, m.mtime, m.size] for m in t.getmembers()]))',
    ].join('\n');
    const members = JSON.parse(execFileSync('python3', ['-c', script, join(out, 'l.tar.gz')], { encoding: 'utf8' })) as unknown[][];
    expect(members.map((m) => m[0])).toEqual(['opt', 'opt/model', 'opt/model/config.json', ...longName.split('/').slice(2, -1).map((_, i, all) => `opt/model/${all.slice(0, i + 1).join('/')}`), longName, 'opt/model/model.onnx']);
    for (const m of members) {
      const dir = m[1] === '5';
      expect(m.slice(3, 8), String(m[0])).toEqual([0, 0, '', '', 0]);
      expect(m[2], String(m[0])).toBe(dir ? '0o755' : m[0] === 'opt/model/model.onnx' ? '0o755' : '0o644');
    }
    // GNU tar extracts the same bytes.
    const x = mkdtempSync(join(tmpdir(), 'layer-x-'));
    execFileSync('tar', ['-xzf', join(out, 'l.tar.gz'), '-C', x]);
    expect(readFileSync(join(x, 'opt/model/model.onnx')).equals(model)).toBe(true);
    expect(readFileSync(join(x, longName), 'utf8')).toBe('w');
  });

  it('refuses paths that are absolute, climb out or repeat', async () => {
    expect(imagePathProblem('/opt/model')).toMatch(/relative/);
    expect(imagePathProblem('opt/../etc/passwd')).toMatch(/"\.\."/);
    expect(imagePathProblem('opt\\model')).toMatch(/relative/);
    expect(imagePathProblem('opt/model/m.onnx')).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'layer-bad-'));
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'f'), 'f');
    await expect(buildLayer([{ path: '../f', source: join(dir, 'f') }], join(dir, 'o.tgz'))).rejects.toThrow(/must not have empty, "\." or "\.\." segments/);
    await expect(buildLayer([{ path: 'a/f', source: join(dir, 'f') }, { path: 'a/f', source: join(dir, 'f') }], join(dir, 'o.tgz'))).rejects.toThrow(/two files for a\/f/);
  });
  it('uncompressed: the blob is the tar itself, its digest the diffID, the same from two checkouts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'layer-'));
    const a = await buildLayer(checkout('forward', 0o600, 1_700_000_000), join(out, 'a.tar'), 0, 'none');
    const b = await buildLayer(checkout('reverse', 0o644, 1_800_000_000), join(out, 'b.tar'), 0, 'none');
    expect(b).toEqual(a);
    expect(a.mediaType).toBe('application/vnd.oci.image.layer.v1.tar');
    const tar = readFileSync(join(out, 'a.tar'));
    expect(a.digest).toBe(sha(tar));
    expect(a.diffId).toBe(a.digest);
    expect(await layerDiffId(checkout('forward', 0o600, 1))).toEqual({ diffId: a.diffId, size: tar.length });
    execFileSync('tar', ['-tf', join(out, 'a.tar')]);
  });

  it('gzip: the same tar inside, a stream gzip(1) reads, the same digest from two checkouts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'layer-'));
    const a = await buildLayer(checkout('forward', 0o600, 1_700_000_000), join(out, 'a.gz'), 0, 'gzip');
    const b = await buildLayer(checkout('reverse', 0o644, 1_800_000_000), join(out, 'b.gz'), 0, 'gzip');
    expect(b).toEqual(a);
    expect(sha(execFileSync('gzip', ['-dc', join(out, 'a.gz')], { maxBuffer: 64 << 20 }))).toBe(a.diffId);
  });

  it.runIf(hasZstd())('zstd: frames zstd(1) reads back to the tar, the same digest from two checkouts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'layer-'));
    const a = await buildLayer(checkout('forward', 0o600, 1_700_000_000), join(out, 'a.zst'), 0, 'zstd');
    const b = await buildLayer(checkout('reverse', 0o644, 1_800_000_000), join(out, 'b.zst'), 0, 'zstd');
    expect(b).toEqual(a);
    expect(a.mediaType).toBe('application/vnd.oci.image.layer.v1.tar+zstd');
    expect(sha(readFileSync(join(out, 'a.zst')))).toBe(a.digest);
    expect(sha(execFileSync('zstd', ['-dc', join(out, 'a.zst')], { maxBuffer: 64 << 20 }))).toBe(a.diffId);
  });

  it.runIf(!hasZstd())('zstd on a Node without it: one error naming the input, the Node and what to choose', () => {
    expect(() => checkCompression('zstd')).toThrow(/^input `layer-compression`: "zstd" needs a Node with zstd in its zlib .*this is Node \d+.*Choose `none` or `gzip`/);
  });
});
