// The images the scan tests scan (debian: an OS base layer and an app layer of Python and npm
// packages; alpine; clean: Debian with nothing vulnerable), each written as an OCI layout, a
// docker archive and, given a registry, pushed to it. Layers come from build-push's own
// reproducible tar writer with every time the epoch, so the same files always give the same
// digests, and writing all three images takes well under a second.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeDockerArchive } from '../../../src/image/docker-archive.js';
import { buildLayer } from '../../../src/image/layer.js';
import { initLayout, MEDIA, tagInLayout, writeBlob, type Descriptor } from '../../../src/image/oci.js';
import { pushImage, RegistryClient } from '../../../src/image/registry.js';
import { alpineFiles, cleanFiles, debianFiles, type ImageFiles, type ScanPackage } from './image-files.js';

export type { ScanPackage } from './image-files.js';

/**
 * The tag of an image with this manifest digest. Named by content: the test registry is shared by
 * every checkout on the machine, and a fixed tag would let one checkout's images (another branch,
 * an edited package list) replace another's while its tests run.
 */
export const scanImageTag = (digest: string) => `v1-${digest.replace(/^sha256:/, '').slice(0, 12)}`;
const EPOCH = '1970-01-01T00:00:00Z';

export interface ScanImage {
  name: ImageName;
  /** scanImageTag(digest): the same in the layout, the archive and the registry. */
  tag: string;
  /** The OCI layout folder, holding this image under `tag` (and its base under `<tag>-base`). */
  layout: string;
  /** `oci:<layout>:<tag>`, as build-push and scan-image take it. */
  oci: string;
  /** `oci:<layout>:<tag>-base`: an image of the base layers alone, when there are app layers. */
  baseOci: string | null;
  /** The `docker save` archive file (tagged `repoTag`). */
  dockerArchive: string;
  repoTag: string;
  /** `<registry>/model-cd-test/scan-<name>:<tag>` when a registry was given, else null. */
  registry: string | null;
  /** The manifest's digest (the same in the layout and the registry). */
  digest: string;
  /** Base first, as in the config's rootfs.diff_ids. */
  layers: { role: 'base' | 'app'; diffId: string; digest: string }[];
  packages: ScanPackage[];
}

export type ImageName = 'debian' | 'alpine' | 'clean';
export type ScanImages = Record<ImageName, ScanImage>;

const FILES: Record<ImageName, () => ImageFiles> = { debian: debianFiles, alpine: alpineFiles, clean: cleanFiles };

/** The test advisory IDs an image's packages are affected by, sorted. */
export function expectedAdvisories(image: ScanImage): string[] {
  return image.packages.flatMap((p) => p.advisories).sort();
}

async function writeImage(dir: string, name: ImageName, registry: RegistryClient | null, registryAddress: string | null): Promise<ScanImage> {
  const spec = FILES[name]();
  const layout = join(dir, `scan-${name}`);
  await initLayout(layout);
  const scratch = await mkdtemp(join(dir, `.scan-${name}-`));
  try {
    const layers: ScanImage['layers'] = [];
    const descriptors: Descriptor[] = [];
    for (const [i, l] of spec.layers.entries()) {
      const files = [];
      for (const [path, content] of Object.entries(l.files)) {
        const source = join(scratch, `${i}`, ...path.split('/'));
        await mkdir(dirname(source), { recursive: true });
        await writeFile(source, content);
        files.push({ path, source });
      }
      const blob = join(scratch, `layer-${i}.tar.gz`);
      const layer = await buildLayer(files, blob, 0, 'gzip');
      // Small layers: read whole and written under their digest.
      const desc = await writeBlob(layout, await readFile(blob), layer.mediaType);
      descriptors.push(desc);
      layers.push({ role: l.role, diffId: layer.diffId, digest: layer.digest });
    }
    const config = {
      created: EPOCH,
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      history: layers.map((l) => ({ created: EPOCH, created_by: `model-cd scan test: ${name} ${l.role} layer` })),
    };
    const configDesc = await writeBlob(layout, Buffer.from(JSON.stringify(config)), MEDIA.config);
    const manifest = { schemaVersion: 2, mediaType: MEDIA.manifest, config: configDesc, layers: descriptors };
    const top = await writeBlob(layout, Buffer.from(JSON.stringify(manifest)), MEDIA.manifest);
    const tag = scanImageTag(top.digest);
    await tagInLayout(layout, tag, top);
    // The base alone (its layers, no app layer), tagged `<tag>-base` in the same layout: what
    // scan-image's `base-image` names, and a layout with two images, which grype is shown one of.
    const base = layers.map((l, i) => ({ l, d: descriptors[i] as Descriptor })).filter((x) => x.l.role === 'base');
    let baseOci: string | null = null;
    if (base.length < layers.length) {
      const baseConfig = { ...config, rootfs: { type: 'layers', diff_ids: base.map((x) => x.l.diffId) }, history: config.history.slice(0, base.length) };
      const baseConfigDesc = await writeBlob(layout, Buffer.from(JSON.stringify(baseConfig)), MEDIA.config);
      const baseTop = await writeBlob(layout, Buffer.from(JSON.stringify({ ...manifest, config: baseConfigDesc, layers: base.map((x) => x.d) })), MEDIA.manifest);
      await tagInLayout(layout, `${tag}-base`, baseTop);
      baseOci = `oci:${layout}:${tag}-base`;
    }

    const repo = `model-cd-test/scan-${name}`;
    const repoTag = `${repo}:${tag}`;
    const dockerArchive = join(dir, `scan-${name}.tar`);
    await writeDockerArchive(layout, top, dockerArchive, repoTag, 'amd64');
    if (registry) await pushImage(registry, layout, top, repo, tag);
    return {
      name,
      tag,
      layout,
      oci: `oci:${layout}:${tag}`,
      baseOci,
      dockerArchive,
      repoTag,
      registry: registryAddress ? `${registryAddress}/${repoTag}` : null,
      digest: top.digest,
      layers,
      packages: spec.packages,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Writes the three images into `dir` (a new or empty folder) and, when `registry` is given
 * (127.0.0.1:PORT of a plain-HTTP registry without auth), pushes each to it. Pushing the same
 * images again, from another worker say, changes nothing: the digests, hence the tags, are the same.
 */
export async function buildScanImages(dir: string, registry?: { address: string }): Promise<ScanImages> {
  await mkdir(dir, { recursive: true });
  const client = registry ? new RegistryClient({ host: registry.address, insecure: true }) : null;
  const address = registry?.address ?? null;
  const [debian, alpine, clean] = await Promise.all((['debian', 'alpine', 'clean'] as const).map((n) => writeImage(dir, n, client, address)));
  return { debian: debian as ScanImage, alpine: alpine as ScanImage, clean: clean as ScanImage };
}
