// OCI image layouts (https://github.com/opencontainers/image-spec/blob/main/image-layout.md) and
// the edit build-push makes without a daemon: take a base image (one manifest, or an index of
// platform manifests), append layers to every platform (the model layer; the serve runtime's,
// which is per architecture), add env, labels and run settings to each config, and write the new
// manifests and index. Every JSON document is written with a fixed
// key order, so the same base and model give the same digests.
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Layer } from './layer.js';

export const MEDIA = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { architecture: string; os: string; variant?: string };
  annotations?: Record<string, string>;
}

interface Manifest {
  schemaVersion: 2;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

interface Index {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

type Json = Record<string, unknown>;

/** Where a layout keeps the blob of `digest`. */
export const blobPath = (layout: string, digest: string) => join(layout, 'blobs', ...digest.split(':'));

/** A small blob (a manifest, a config) from a layout, checked against its digest. */
export async function readBlob(layout: string, digest: string): Promise<Buffer> {
  const bytes = await readFile(blobPath(layout, digest));
  const got = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (got !== digest) throw new Error(`blob ${digest} in ${layout} has digest ${got}: the layout is damaged`);
  return bytes;
}

/** Writes a blob under its digest (atomically: a temp file renamed), returning its descriptor. */
export async function writeBlob(layout: string, bytes: Buffer, mediaType: string): Promise<Descriptor> {
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const path = blobPath(layout, digest);
  await mkdir(join(path, '..'), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, bytes);
  await rename(temp, path);
  return { mediaType, digest, size: bytes.length };
}

export async function initLayout(layout: string): Promise<void> {
  await mkdir(join(layout, 'blobs', 'sha256'), { recursive: true });
  await writeFile(join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
}

/** The descriptor index.json names `ref` (org.opencontainers.image.ref.name), or its only entry. */
export async function resolveRef(layout: string, ref: string): Promise<Descriptor> {
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as Index;
  const named = index.manifests.filter((m) => m.annotations?.['org.opencontainers.image.ref.name'] === ref);
  if (named.length === 1) return named[0] as Descriptor;
  if (!ref && index.manifests.length === 1) return index.manifests[0] as Descriptor;
  const refs = index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name']).filter(Boolean);
  throw new Error(`no image ${JSON.stringify(ref)} in the layout ${layout} (it has ${refs.length ? refs.join(', ') : 'no named images'})`);
}

export interface ModelEdit {
  layer: Layer;
  /** The layer file (.tar.gz) to link into the layout; null when the layer stays in the registry that has it. */
  layerFile: string | null;
  env: Record<string, string>;
  labels: Record<string, string>;
  /** Annotations on the new manifests and index. */
  annotations: Record<string, string>;
  /** The `created` time written into history and config (ISO 8601); the epoch keeps digests reproducible. */
  created: string;
}

/** One layer to append, its file (null when it stays in the registry that has it) and its history line. */
export interface AddedLayer {
  layer: Layer;
  file: string | null;
  createdBy: string;
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** One platform's image of the base, as the edit sees it to choose its layers. */
export interface BaseImage {
  platform: Platform;
  /** The base's layers (in the `from` layout, or absent from it when the base came from a registry that keeps them). */
  layers: Descriptor[];
  config: Json;
}

export interface ImageEdit {
  /**
   * The layers appended to one platform's image, in order. Each platform of an index may get its
   * own (a native runtime is per architecture); null leaves that platform out of the index.
   */
  layers(base: BaseImage): Promise<AddedLayer[] | null>;
  env: Record<string, string>;
  labels: Record<string, string>;
  /** Fields of the config's `config` object set as given (Cmd, ExposedPorts, Healthcheck); absent ones keep the base's. */
  runConfig?: Json;
  annotations: Record<string, string>;
  created: string;
}

/** appendLayers with the model layer alone (the same on every platform). */
export async function appendModel(from: string, to: string, base: Descriptor, edit: ModelEdit): Promise<Descriptor> {
  const added: AddedLayer[] = [{ layer: edit.layer, file: edit.layerFile, createdBy: MODEL_LAYER }];
  return appendLayers(from, to, base, { layers: async () => added, env: edit.env, labels: edit.labels, annotations: edit.annotations, created: edit.created });
}

export const MODEL_LAYER = 'model-cd build-push: model layer';

/**
 * A blob into another layout: a hard link where the file system allows (a multi-GB layer costs
 * nothing; blobs are never written in place), else a copy. A blob already there is the same bytes.
 */
async function linkBlob(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw e;
    await copyFile(from, to);
  }
}

/**
 * Appends layers to `base` (a manifest or an index) read from `from`, writing every new blob into
 * `to` (the same layout or another), and returns the new top descriptor.
 */
export async function appendLayers(from: string, to: string, base: Descriptor, edit: ImageEdit): Promise<Descriptor> {
  await initLayout(to);
  const linked = new Set<string>();
  const linkAdded = async (added: AddedLayer[]) => {
    for (const a of added) {
      if (!a.file || linked.has(a.layer.digest)) continue;
      await mkdir(join(blobPath(to, a.layer.digest), '..'), { recursive: true });
      await linkBlob(a.file, blobPath(to, a.layer.digest));
      linked.add(a.layer.digest);
    }
  };

  const editManifest = async (d: Descriptor): Promise<Descriptor | null> => {
    const manifest = JSON.parse((await readBlob(from, d.digest)).toString('utf8')) as Manifest;
    if (d.mediaType !== MEDIA.manifest && d.mediaType !== MEDIA.dockerManifest) throw new Error(`${d.digest} is a ${d.mediaType}, not an image manifest`);
    const config = JSON.parse((await readBlob(from, manifest.config.digest)).toString('utf8')) as Json;
    const platform: Platform = {
      os: String(config.os ?? d.platform?.os ?? ''),
      architecture: String(config.architecture ?? d.platform?.architecture ?? ''),
      ...(typeof config.variant === 'string' ? { variant: config.variant } : d.platform?.variant ? { variant: d.platform.variant } : {}),
    };
    const added = await edit.layers({ platform, layers: manifest.layers, config });
    if (!added) return null;
    await linkAdded(added);
    const newConfig = editConfig(config, edit, added);
    const configDesc = await writeBlob(to, Buffer.from(JSON.stringify(newConfig)), manifest.config.mediaType);
    // Base layers are carried over unchanged (already there when writing into the same layout).
    if (from !== to) for (const l of manifest.layers) await linkBlob(blobPath(from, l.digest), blobPath(to, l.digest));
    const out: Manifest = {
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      config: { mediaType: MEDIA.config, digest: configDesc.digest, size: configDesc.size },
      layers: [...manifest.layers, ...added.map((a) => ({ mediaType: a.layer.mediaType, digest: a.layer.digest, size: a.layer.size }))],
      ...(Object.keys(edit.annotations).length ? { annotations: sortKeys(edit.annotations) } : {}),
    };
    const desc = await writeBlob(to, Buffer.from(JSON.stringify(out)), MEDIA.manifest);
    return { ...desc, ...(d.platform ? { platform: d.platform } : {}) };
  };

  if (base.mediaType === MEDIA.index || base.mediaType === MEDIA.dockerList) {
    const index = JSON.parse((await readBlob(from, base.digest)).toString('utf8')) as Index;
    const manifests: Descriptor[] = [];
    for (const m of index.manifests) {
      // Attestations and other non-image entries (platform unknown/unknown) are left out: they describe the base, not this image.
      if (m.platform?.os === 'unknown') continue;
      const edited = await editManifest(m);
      if (edited) manifests.push(edited);
    }
    if (!manifests.length) throw new Error(`no platform of the index ${base.digest} was kept`);
    const out: Index = { schemaVersion: 2, mediaType: MEDIA.index, manifests, ...(Object.keys(edit.annotations).length ? { annotations: sortKeys(edit.annotations) } : {}) };
    return writeBlob(to, Buffer.from(JSON.stringify(out)), MEDIA.index);
  }
  const edited = await editManifest(base);
  if (!edited) throw new Error(`the image ${base.digest} was not kept`);
  return edited;
}

/** The base config with the new layers' diffIDs and history entries, env, labels and run settings added. */
function editConfig(config: Json, edit: ImageEdit, added: AddedLayer[]): Json {
  const inner = (config.config ?? {}) as Json;
  // A variable the base sets keeps its place with the new value; new ones go at the end.
  const baseEnv = (inner.Env as string[] | undefined) ?? [];
  const baseKeys = new Set(baseEnv.map((e) => e.split('=')[0] as string));
  const env = baseEnv.map((e) => {
    const key = e.split('=')[0] as string;
    return key in edit.env ? `${key}=${edit.env[key]}` : e;
  });
  const rootfs = (config.rootfs ?? { type: 'layers', diff_ids: [] }) as { type: string; diff_ids: string[] };
  return {
    ...config,
    created: edit.created,
    config: {
      ...inner,
      ...(edit.runConfig ?? {}),
      Env: [...env, ...Object.entries(edit.env).filter(([k]) => !baseKeys.has(k)).map(([k, v]) => `${k}=${v}`)],
      Labels: sortKeys({ ...((inner.Labels as Record<string, string> | undefined) ?? {}), ...edit.labels }),
    },
    rootfs: { type: rootfs.type ?? 'layers', diff_ids: [...(rootfs.diff_ids ?? []), ...added.map((a) => a.layer.diffId)] },
    history: [...((config.history as unknown[] | undefined) ?? []), ...added.map((a) => ({ created: edit.created, created_by: a.createdBy, comment: 'model-cd' }))],
  };
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every blob of one layout into another, linked where possible (blobs are named by content, so nothing is overwritten with other bytes). */
export async function copyBlobs(from: string, to: string): Promise<void> {
  await initLayout(to);
  for (const algorithm of await readdir(join(from, 'blobs'))) {
    await mkdir(join(to, 'blobs', algorithm), { recursive: true });
    for (const name of await readdir(join(from, 'blobs', algorithm))) await linkBlob(join(from, 'blobs', algorithm, name), join(to, 'blobs', algorithm, name));
  }
}

/** Points `ref` in the layout's index.json at `desc` (replacing what it pointed at). */
export async function tagInLayout(layout: string, ref: string, desc: Descriptor): Promise<void> {
  let index: Index = { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
  try {
    index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as Index;
  } catch {
    // A new layout.
  }
  const others = index.manifests.filter((m) => m.annotations?.['org.opencontainers.image.ref.name'] !== ref);
  const entry: Descriptor = { mediaType: desc.mediaType, digest: desc.digest, size: desc.size, annotations: { 'org.opencontainers.image.ref.name': ref } };
  const out: Index = { schemaVersion: 2, mediaType: MEDIA.index, manifests: [...others, entry] };
  const temp = join(layout, `index.json.tmp-${process.pid}`);
  await writeFile(temp, JSON.stringify(out));
  await rename(temp, join(layout, 'index.json'));
}
