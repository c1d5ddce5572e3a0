// The docker save archive: written from an OCI layout (members GNU tar lists, uncompressed layers
// whose digests are the config's diffIDs, the config byte for byte), read back into a layout,
// written atomically (a failure leaves no file, and an older archive in place), and the
// `docker-archive:` destination syntax.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { dockerArch, parseArchiveRef, pickPlatform, readDockerArchive, writeDockerArchive } from '../../../src/image/docker-archive.js';
import { buildLayer } from '../../../src/image/layer.js';
import { initLayout, MEDIA, tagInLayout, writeBlob, type Descriptor } from '../../../src/image/oci.js';

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const tar = (args: string[]) => execFileSync('tar', args, { encoding: 'utf8' });
const temps: string[] = [];
/** A temp folder removed after the file's tests. */
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** An OCI layout with one image of two gzip layers (a base file and a model), as build-push writes them. */
async function layout(): Promise<{ dir: string; top: Descriptor; config: Buffer; diffIds: string[] }> {
  const dir = temp('docker-archive-');
  const src = temp('docker-archive-src-');
  writeFileSync(join(src, 'serve.py'), 'print("serving")\n');
  writeFileSync(join(src, 'model.onnx'), Buffer.alloc(70_000, 7));
  await initLayout(dir);
  const layers: Descriptor[] = [];
  const diffIds: string[] = [];
  for (const [path, file] of [['app/serve.py', 'serve.py'], ['opt/model/model.onnx', 'model.onnx']] as const) {
    const l = await buildLayer([{ path, source: join(src, file) }], join(src, `${file}.tgz`));
    await writeBlob(dir, readFileSync(join(src, `${file}.tgz`)), l.mediaType);
    layers.push({ mediaType: l.mediaType, digest: l.digest, size: l.size });
    diffIds.push(l.diffId);
  }
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: { Env: ['MODEL_PATH=/opt/model/model.onnx'], Labels: { 'dev.model-cd.model.name': 'fraud' } }, rootfs: { type: 'layers', diff_ids: diffIds } }));
  const configDesc = await writeBlob(dir, config, MEDIA.config);
  const top = await writeBlob(dir, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.manifest, config: configDesc, layers })), MEDIA.manifest);
  await tagInLayout(dir, 'v1', top);
  return { dir, top, config, diffIds };
}

describe('writeDockerArchive', () => {
  it('writes manifest.json, repositories, the config as <digest>.json and each layer uncompressed as <diffID>.tar', async () => {
    const { dir, top, config, diffIds } = await layout();
    const file = join(temp('archive-out-'), 'nested', 'fraud.tar');
    const { manifest } = await writeDockerArchive(dir, top, file, 'fraud-serving:3', 'amd64');
    expect(manifest.digest).toBe(top.digest);
    const hex = (d: string) => d.slice('sha256:'.length);
    expect(tar(['-tf', file]).trim().split('\n').sort()).toEqual([...diffIds.map((d) => `${hex(d)}.tar`), `${hex(sha(config))}.json`, 'manifest.json', 'repositories'].sort());
    expect(JSON.parse(tar(['-xOf', file, 'manifest.json']))).toEqual([{ Config: `${hex(sha(config))}.json`, RepoTags: ['fraud-serving:3'], Layers: diffIds.map((d) => `${hex(d)}.tar`) }]);
    expect(JSON.parse(tar(['-xOf', file, 'repositories']))).toEqual({ 'fraud-serving': { '3': hex(diffIds[1] as string) } });
    expect(execFileSync('tar', ['-xOf', file, `${hex(sha(config))}.json`])).toEqual(config);
    for (const d of diffIds) expect(sha(execFileSync('tar', ['-xOf', file, `${hex(d)}.tar`], { maxBuffer: 1 << 24 }))).toBe(d);
    // The model is in its layer, as GNU tar reads it.
    expect(tar(['-xOf', file, `${hex(diffIds[1] as string)}.tar`]).length).toBeGreaterThan(70_000);
    expect(readdirSync(join(file, '..'))).toEqual(['fraud.tar']);
  });

  it('without a name: no RepoTags and no repositories file (docker load gives an untagged image)', async () => {
    const { dir, top } = await layout();
    const file = join(temp('archive-out-'), 'image.tar');
    await writeDockerArchive(dir, top, file, null, 'amd64');
    expect(tar(['-tf', file])).not.toContain('repositories');
    expect(JSON.parse(tar(['-xOf', file, 'manifest.json']))[0].RepoTags).toBeNull();
  });

  it('is atomic: a damaged layer fails the write, leaves no file and keeps an older archive as it was', async () => {
    const { dir, top } = await layout();
    const manifest = JSON.parse(readFileSync(join(dir, 'blobs', ...top.digest.split(':')), 'utf8')) as { layers: Descriptor[] };
    const model = manifest.layers[1] as Descriptor;
    writeFileSync(join(dir, 'blobs', ...model.digest.split(':')), gzipSync(Buffer.from('not the model')));
    const out = temp('archive-out-');
    await expect(writeDockerArchive(dir, top, join(out, 'new.tar'), null, 'amd64')).rejects.toThrow(/does not match its digest: the layout is damaged/);
    expect(readdirSync(out)).toEqual([]);
    writeFileSync(join(out, 'old.tar'), 'the archive of the last good build');
    await expect(writeDockerArchive(dir, top, join(out, 'old.tar'), null, 'amd64')).rejects.toThrow();
    expect(readdirSync(out)).toEqual(['old.tar']);
    expect(readFileSync(join(out, 'old.tar'), 'utf8')).toBe('the archive of the last good build');
  });

  it('an index: the platform for this machine\'s architecture (an archive holds one image)', async () => {
    const { dir, top } = await layout();
    const arm = await writeBlob(dir, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.manifest, config: top, layers: [] })), MEDIA.manifest);
    const index = await writeBlob(
      dir,
      Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.index, manifests: [{ ...arm, platform: { os: 'linux', architecture: 'arm64' } }, { ...top, platform: { os: 'linux', architecture: 'amd64' } }] })),
      MEDIA.index,
    );
    const file = join(temp('archive-out-'), 'image.tar');
    expect((await writeDockerArchive(dir, index, file, null, 'amd64')).manifest.digest).toBe(top.digest);
  });
});

describe('readDockerArchive', () => {
  it('reads an archive back into a layout: the same config bytes and diffIDs, layers gzip-compressed', async () => {
    const { dir, top, config, diffIds } = await layout();
    const scratch = temp('archive-rt-');
    const file = join(scratch, 'image.tar');
    await writeDockerArchive(dir, top, file, 'fraud-serving:3', 'amd64');
    const back = join(scratch, 'layout');
    const desc = await readDockerArchive(file, back, 'fraud-serving:3', scratch);
    const manifest = JSON.parse(readFileSync(join(back, 'blobs', ...desc.digest.split(':')), 'utf8')) as { config: Descriptor; layers: Descriptor[] };
    expect(manifest.config.digest).toBe(sha(config));
    expect(manifest.layers.map((l) => l.mediaType)).toEqual(['application/vnd.oci.image.layer.v1.tar+gzip', 'application/vnd.oci.image.layer.v1.tar+gzip']);
    expect(manifest.layers.map((l) => sha(gunzipSync(readFileSync(join(back, 'blobs', ...l.digest.split(':'))))))).toEqual(diffIds);
    for (const l of manifest.layers) expect(sha(readFileSync(join(back, 'blobs', ...l.digest.split(':'))))).toBe(l.digest);
    // Nothing left of the extraction.
    expect(readdirSync(scratch).sort()).toEqual(['image.tar', 'layout']);
  });

  it('takes a gzip-compressed layer member as docker load does, and refuses a tar that is no docker archive', async () => {
    const scratch = temp('archive-gz-');
    const root = join(scratch, 'members');
    mkdirSync(root);
    const layerTar = Buffer.alloc(1024); // an empty tar: two zero blocks
    writeFileSync(join(root, 'layer.tar.gz'), gzipSync(layerTar));
    const config = JSON.stringify({ rootfs: { type: 'layers', diff_ids: [sha(layerTar)] } });
    writeFileSync(join(root, 'config.json'), config);
    writeFileSync(join(root, 'manifest.json'), JSON.stringify([{ Config: 'config.json', RepoTags: null, Layers: ['layer.tar.gz'] }]));
    tar(['-cf', join(scratch, 'image.tar'), '-C', root, 'manifest.json', 'config.json', 'layer.tar.gz']);
    const desc = await readDockerArchive(join(scratch, 'image.tar'), join(scratch, 'layout'), null, scratch);
    expect(desc.mediaType).toBe(MEDIA.manifest);

    tar(['-cf', join(scratch, 'other.tar'), '-C', root, 'config.json']);
    await expect(readDockerArchive(join(scratch, 'other.tar'), join(scratch, 'layout2'), null, scratch)).rejects.toThrow(/has no readable manifest\.json: it is not a docker archive/);
    expect(existsSync(join(scratch, 'layout2'))).toBe(false);
  });
});

describe('docker-archive: destinations', () => {
  it('parses skopeo\'s syntax: a file, then an optional name[:tag] (host:port allowed)', () => {
    expect(parseArchiveRef('docker-archive:out/fraud.tar')).toEqual({ file: 'out/fraud.tar', repoTag: null });
    expect(parseArchiveRef('docker-archive:fraud.tar:fraud-serving:3')).toEqual({ file: 'fraud.tar', repoTag: 'fraud-serving:3' });
    expect(parseArchiveRef('docker-archive:fraud.tar:acme/fraud')).toEqual({ file: 'fraud.tar', repoTag: 'acme/fraud:latest' });
    expect(parseArchiveRef('docker-archive:fraud.tar:127.0.0.1:5000/acme/fraud:v1')).toEqual({ file: 'fraud.tar', repoTag: '127.0.0.1:5000/acme/fraud:v1' });
    expect(parseArchiveRef('docker-archive:fraud.tar:Fraud')).toBeNull();
    expect(parseArchiveRef('docker-archive:')).toBeNull();
    expect(parseArchiveRef('oci:fraud')).toBeNull();
  });

  it('picks the linux image for the architecture, else the first linux one, never an attestation', () => {
    const d = (digest: string, os: string, architecture: string): Descriptor => ({ mediaType: MEDIA.manifest, digest, size: 1, platform: { os, architecture } });
    const list = [d('att', 'unknown', 'unknown'), d('arm', 'linux', 'arm64'), d('amd', 'linux', 'amd64')];
    expect(pickPlatform(list, 'amd64')?.digest).toBe('amd');
    expect(pickPlatform(list, 'riscv64')?.digest).toBe('arm');
    expect(pickPlatform([d('att', 'unknown', 'unknown')], 'amd64')).toBeNull();
    expect(dockerArch('x64')).toBe('amd64');
    expect(dockerArch('arm64')).toBe('arm64');
  });
});
