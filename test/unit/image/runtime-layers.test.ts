// What the serve runtime layer needs from a base, read from its layers (findNode), and the
// per-platform edit that adds it (appendLayers): each platform its own layer, platforms without
// one left out of the index, the run settings and history written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findNode, pathDirs } from '../../../src/image/base-node.js';
import { buildLayer } from '../../../src/image/layer.js';
import { appendLayers, blobPath, MEDIA, readBlob, type AddedLayer, type BaseImage, type Descriptor } from '../../../src/image/oci.js';
import { ortArch, serveRunConfig } from '../../../src/image/serve-runtime.js';
import { amd64, arm64, fakeBase, fakeManifest, type FakeImage } from './fake-image.js';

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runtime-layers-'));
  temps.push(dir);
  return join(dir, 'layout');
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** findNode on one image of these layers. */
async function node(image: Partial<FakeImage> & { layers: string[][] }) {
  const layout = temp();
  const d = await fakeManifest(layout, { platform: amd64, ...image });
  const manifest = JSON.parse((await readBlob(layout, d.digest)).toString()) as { config: Descriptor; layers: Descriptor[] };
  const config = JSON.parse((await readBlob(layout, manifest.config.digest)).toString()) as Record<string, unknown>;
  return findNode(layout, { platform: amd64, layers: manifest.layers, config });
}

describe('findNode: is there a node on the base image PATH', () => {
  it('finds it in a lower layer, uncompressed or gzip, and in the first PATH folder that has one', async () => {
    expect(await node({ layers: [['usr/local/bin/node'], ['opt/app/server.js']] })).toEqual({ found: '/usr/local/bin/node' });
    expect(await node({ layers: [['usr/bin/node']], compression: 'none' })).toEqual({ found: '/usr/bin/node' });
    expect(await node({ layers: [['usr/bin/node', 'usr/local/bin/node']] })).toEqual({ found: '/usr/local/bin/node' });
  });

  it('does not count a node outside PATH, or one a later layer deleted (whiteout, opaque folder)', async () => {
    expect(await node({ layers: [['opt/node/bin/node', 'bin/sh']] })).toEqual({ missing: ['/usr/local/bin', '/usr/bin', '/bin'] });
    expect(await node({ layers: [['usr/local/bin/node'], ['usr/local/bin/.wh.node']] })).toMatchObject({ missing: expect.any(Array) });
    expect(await node({ layers: [['usr/local/bin/node'], ['usr/local/.wh..wh..opq', 'usr/local/share/x']] })).toMatchObject({ missing: expect.any(Array) });
    expect(await node({ layers: [['usr/local/bin/node'], ['usr/local/.wh.bin']] })).toMatchObject({ missing: expect.any(Array) });
    // The same layer's own files survive its opaque marker; a later layer may bring node back.
    expect(await node({ layers: [['usr/bin/node'], ['usr/bin/.wh..wh..opq', 'usr/bin/node']] })).toEqual({ found: '/usr/bin/node' });
    expect(await node({ layers: [['usr/bin/node'], ['usr/bin/.wh.node'], ['usr/bin/node']] })).toEqual({ found: '/usr/bin/node' });
  });

  it("reads the image's PATH, else the default one", async () => {
    expect(await node({ layers: [['opt/node/bin/node']], env: ['PATH=/opt/node/bin:/usr/bin'] })).toEqual({ found: '/opt/node/bin/node' });
    expect(pathDirs({ config: { Env: ['HOME=/root'] } })).toEqual(['usr/local/sbin', 'usr/local/bin', 'usr/sbin', 'usr/bin', 'sbin', 'bin']);
    expect(pathDirs({ config: { Env: ['PATH=/a/:/b::/a'] } })).toEqual(['a', 'b']);
  });

  it('says it cannot tell when a layer is not in the layout', async () => {
    const r = await findNode(temp(), { platform: amd64, layers: [{ mediaType: MEDIA.manifest, digest: `sha256:${'0'.repeat(64)}`, size: 1 }], config: {} });
    expect(r).toEqual({ unknown: `the layer sha256:${'0'.repeat(64)} is not here` });
  });
});

describe('appendLayers: a layer per platform', () => {
  it('gives each platform its own layer, leaves out the ones it has none for, and sets Cmd, ports and health check', async () => {
    const layout = temp();
    const s390x = { os: 'linux', architecture: 's390x' };
    const top = await fakeBase(layout, 'multi', [amd64, arm64, s390x].map((platform) => ({ platform, layers: [['usr/local/bin/node']] })));
    const work = mkdtempSync(join(tmpdir(), 'runtime-layers-work-'));
    temps.push(work);
    const seen: string[] = [];
    const perArch = async (b: BaseImage): Promise<AddedLayer[] | null> => {
      const arch = ortArch(b.platform);
      seen.push(`${b.platform.architecture}:${arch}`);
      if (!arch) return null;
      const file = join(work, `${arch}.tar`);
      const source = join(work, `${arch}.txt`);
      writeFileSync(source, arch);
      return [{ layer: await buildLayer([{ path: `opt/runtime/${arch}.txt`, source }], file, 0, 'none'), file, createdBy: `runtime ${arch}` }];
    };
    const out = join(work, 'out');
    const desc = await appendLayers(layout, out, top, { layers: perArch, env: { PORT: '8080' }, labels: { a: 'b' }, runConfig: serveRunConfig(), annotations: {}, created: '1970-01-01T00:00:00Z' });
    expect(seen).toEqual(['amd64:x64', 'arm64:arm64', 's390x:null']);
    const index = JSON.parse((await readBlob(out, desc.digest)).toString()) as { manifests: Descriptor[] };
    expect(index.manifests.map((m) => m.platform?.architecture)).toEqual(['amd64', 'arm64']);
    for (const [m, arch] of [[index.manifests[0], 'x64'], [index.manifests[1], 'arm64']] as const) {
      const manifest = JSON.parse((await readBlob(out, (m as Descriptor).digest)).toString()) as { config: Descriptor; layers: Descriptor[] };
      expect(manifest.layers).toHaveLength(2);
      const added = manifest.layers[1] as Descriptor;
      expect(readFileSync(blobPath(out, added.digest)).includes(`opt/runtime/${arch}.txt`)).toBe(true);
      const config = JSON.parse((await readBlob(out, manifest.config.digest)).toString()) as { config: Record<string, unknown>; history: { created_by: string }[]; rootfs: { diff_ids: string[] } };
      expect(config.config).toMatchObject({ Cmd: ['node', '/opt/model-cd/serve/index.js'], ExposedPorts: { '8080/tcp': {} }, Env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'PORT=8080'], Labels: { a: 'b' } });
      expect(config.history.map((h) => h.created_by)).toEqual([`runtime ${arch}`]);
      expect(config.rootfs.diff_ids).toHaveLength(2);
    }
  });
});

describe('ortArch: the platforms onnxruntime-node has a binary for', () => {
  it('is x64 for linux/amd64 and arm64 for linux/arm64 (v8), null for the rest', () => {
    expect(ortArch(amd64)).toBe('x64');
    expect(ortArch(arm64)).toBe('arm64');
    expect(ortArch({ os: 'linux', architecture: 'arm64' })).toBe('arm64');
    expect(ortArch({ os: 'linux', architecture: 'arm', variant: 'v7' })).toBeNull();
    expect(ortArch({ os: 'windows', architecture: 'amd64' })).toBeNull();
  });
});
