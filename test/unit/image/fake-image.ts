// Base images in OCI layouts written here, layer by layer, for tests that read what a base holds
// (is there a node on its PATH?) and edit it per platform. The files' bytes do not matter: nothing
// runs them.
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLayer } from '../../../src/image/layer.js';
import type { Compression } from '../../../src/image/compression.js';
import { blobPath, initLayout, MEDIA, tagInLayout, writeBlob, type Descriptor, type Platform } from '../../../src/image/oci.js';

export interface FakeImage {
  platform: Platform;
  /** Each layer's paths (a path ending in `.wh.<name>` is a whiteout, as OCI writes them). */
  layers: string[][];
  env?: string[];
  compression?: Compression;
}

/** One platform's manifest and config, its layers' blobs in `layout`; returns the manifest's descriptor (with its platform). */
export async function fakeManifest(layout: string, image: FakeImage): Promise<Descriptor> {
  await initLayout(layout);
  const src = mkdtempSync(join(layout, '..', 'src-'));
  const layers: Descriptor[] = [];
  const diffIds: string[] = [];
  for (const [i, paths] of image.layers.entries()) {
    const files = paths.map((p, j) => {
      const source = join(src, `${i}-${j}`);
      writeFileSync(source, `${p}\n`);
      return { path: p, source };
    });
    const out = join(src, `layer-${i}`);
    const l = await buildLayer(files, out, 0, image.compression ?? 'gzip');
    mkdirSync(join(blobPath(layout, l.digest), '..'), { recursive: true });
    renameSync(out, blobPath(layout, l.digest));
    layers.push({ mediaType: l.mediaType, digest: l.digest, size: l.size });
    diffIds.push(l.diffId);
  }
  const config = {
    architecture: image.platform.architecture,
    os: image.platform.os,
    ...(image.platform.variant ? { variant: image.platform.variant } : {}),
    config: { Env: image.env ?? ['PATH=/usr/local/bin:/usr/bin:/bin'], Cmd: ['sh'] },
    rootfs: { type: 'layers', diff_ids: diffIds },
  };
  const configDesc = await writeBlob(layout, Buffer.from(JSON.stringify(config)), MEDIA.config);
  const manifest = await writeBlob(layout, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.manifest, config: configDesc, layers })), MEDIA.manifest);
  return { ...manifest, platform: image.platform };
}

/** A base of one image (tagged `tag`) or, with several, an index of them. */
export async function fakeBase(layout: string, tag: string, images: FakeImage[]): Promise<Descriptor> {
  const manifests: Descriptor[] = [];
  for (const image of images) manifests.push(await fakeManifest(layout, image));
  const top =
    manifests.length === 1
      ? ({ mediaType: MEDIA.manifest, digest: manifests[0]?.digest, size: manifests[0]?.size } as Descriptor)
      : await writeBlob(layout, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.index, manifests })), MEDIA.index);
  await tagInLayout(layout, tag, top);
  return top;
}

export const amd64: Platform = { os: 'linux', architecture: 'amd64' };
export const arm64: Platform = { os: 'linux', architecture: 'arm64', variant: 'v8' };
