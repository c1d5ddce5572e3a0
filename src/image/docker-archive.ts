// The `docker save` archive format (https://github.com/moby/moby/blob/master/image/spec/v1.2.md,
// the "combined image JSON + filesystem changeset" form `docker load` reads): a tar holding
// manifest.json (`[{Config, RepoTags, Layers}]`), the image config as `<sha256>.json`, each layer
// as an uncompressed tar named for its diffID, and `repositories` for older readers.
//
// Written from an OCI layout, for `docker load` (and `skopeo copy docker-archive:`); read into an
// OCI layout, for images `docker save` hands over after a Dockerfile build. Both stream layers
// through disk, never through memory, and check every digest on the way.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { hashing } from '../common/hash-stream.js';
import { extractTar, safeRelative } from '../common/tar.js';
import { decompressor } from './compression.js';
import { parallelGzip } from './gzip.js';
import { LAYER_MEDIA, tarHeader } from './layer.js';
import { blobPath, initLayout, MEDIA, readBlob, writeBlob, type Descriptor } from './oci.js';

const BLOCK = 512;

interface Manifest {
  config: Descriptor;
  layers: Descriptor[];
}

interface ArchiveEntry {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
}

const hex = (digest: string) => digest.replace(/^sha256:/, '');

/** docker's name for Node's architecture (the platform to take from a multi-platform index). */
export function dockerArch(nodeArch: string): string {
  return ({ x64: 'amd64', ia32: '386', arm: 'arm', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' } as Record<string, string>)[nodeArch] ?? nodeArch;
}

/**
 * The one image of `manifests` a docker archive can hold: the linux one for `arch`, else the
 * first linux image (attestations, platform unknown, are never images).
 */
export function pickPlatform(manifests: Descriptor[], arch: string): Descriptor | null {
  const images = manifests.filter((m) => m.platform?.os !== 'unknown');
  return images.find((m) => m.platform?.os === 'linux' && m.platform.architecture === arch) ?? images.find((m) => !m.platform || m.platform.os === 'linux') ?? images[0] ?? null;
}

/**
 * `docker-archive:<file>[:<name>[:<tag>]]` (skopeo's syntax): the file, and the name `docker load`
 * gives the image (none: it loads untagged). The file is everything up to the first colon.
 */
export function parseArchiveRef(raw: string): { file: string; repoTag: string | null } | null {
  const m = /^docker-archive:([^:]+)(?::(.+))?$/.exec(raw.trim());
  if (!m) return null;
  const name = m[2];
  if (name === undefined) return { file: m[1] as string, repoTag: null };
  // name[:tag], where name may start with host:port/ (so only a colon after the last slash is the tag's).
  const n = /^((?:[a-z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(name);
  if (!n) return null;
  return { file: m[1] as string, repoTag: `${n[1]}:${n[2] ?? 'latest'}` };
}

// ---- writing ----

/** A ustar header for a regular file (names here are at most 70 ASCII characters). */
const fileHeader = (name: string, size: number): Buffer => tarHeader(name, size, 0o644, '0', 0);

async function write(out: Writable, b: Buffer): Promise<void> {
  if (!out.write(b)) await once(out, 'drain');
}

async function writeEntry(out: Writable, name: string, bytes: Buffer): Promise<void> {
  await write(out, fileHeader(name, bytes.length));
  await write(out, bytes);
  const pad = (BLOCK - (bytes.length % BLOCK)) % BLOCK;
  if (pad) await write(out, Buffer.alloc(pad));
}

async function writeFileEntry(out: Writable, name: string, file: string): Promise<void> {
  const { size } = await stat(file);
  await write(out, fileHeader(name, size));
  for await (const chunk of createReadStream(file)) await write(out, chunk as Buffer);
  const pad = (BLOCK - (size % BLOCK)) % BLOCK;
  if (pad) await write(out, Buffer.alloc(pad));
}

/** The uncompressed layer in `scratch`, checked against its diffID (the tar docker load wants). */
async function uncompressedLayer(layout: string, layer: Descriptor, diffId: string, scratch: string): Promise<string> {
  const file = join(scratch, `${hex(diffId)}.tar`);
  const blob = blobPath(layout, layer.digest);
  const unpack = decompressor(layer.mediaType);
  if (!unpack) {
    const why = layer.mediaType.endsWith('+zstd') ? `: this Node (${process.versions.node}) has no zstd; run on node24` : ': a docker archive holds gzip, zstd or plain tar layers only';
    throw new Error(`layer ${layer.digest} is ${layer.mediaType}${why}`);
  }
  const blobHash = createHash('sha256');
  const tarHash = createHash('sha256');
  await pipeline(createReadStream(blob), hashing(blobHash), unpack, hashing(tarHash), createWriteStream(file));
  if (`sha256:${blobHash.digest('hex')}` !== layer.digest) throw new Error(`blob ${layer.digest} in ${layout} does not match its digest: the layout is damaged`);
  const got = `sha256:${tarHash.digest('hex')}`;
  if (got !== diffId) throw new Error(`layer ${layer.digest} uncompresses to ${got}, but the config names ${diffId}`);
  return file;
}

/**
 * Writes the image `top` of `layout` (a manifest, or the platform for `arch` of an index) to
 * `file` as a docker archive. Atomic: written as a temp sibling and renamed, so a failure never
 * leaves a half-written file where `docker load` would find it.
 */
export async function writeDockerArchive(layout: string, top: Descriptor, file: string, repoTag: string | null, arch: string): Promise<{ manifest: Descriptor }> {
  let chosen = top;
  if (top.mediaType === MEDIA.index || top.mediaType === MEDIA.dockerList) {
    const index = JSON.parse((await readBlob(layout, top.digest)).toString('utf8')) as { manifests: Descriptor[] };
    const pick = pickPlatform(index.manifests, arch);
    if (!pick) throw new Error(`the index ${top.digest} has no image manifest`);
    chosen = pick;
  }
  const manifest = JSON.parse((await readBlob(layout, chosen.digest)).toString('utf8')) as Manifest;
  const configBytes = await readBlob(layout, manifest.config.digest);
  const diffIds = ((JSON.parse(configBytes.toString('utf8')) as { rootfs?: { diff_ids?: string[] } }).rootfs?.diff_ids ?? []);
  if (diffIds.length !== manifest.layers.length) throw new Error(`the image ${chosen.digest} has ${manifest.layers.length} layers but its config lists ${diffIds.length} diffIDs`);

  await mkdir(dirname(file), { recursive: true });
  const scratch = await mkdtemp(join(dirname(file), '.docker-archive-'));
  const temp = `${file}.tmp-${process.pid}`;
  const out = createWriteStream(temp);
  const closed = once(out, 'close');
  try {
    const names: string[] = [];
    const written = new Set<string>();
    for (const [i, layer] of manifest.layers.entries()) {
      const diffId = diffIds[i] as string;
      const name = `${hex(diffId)}.tar`;
      names.push(name);
      // The same layer twice (an empty layer repeated, say) is stored once and named twice.
      if (written.has(name)) continue;
      written.add(name);
      const tar = await uncompressedLayer(layout, layer, diffId, scratch);
      await writeFileEntry(out, name, tar);
      await rm(tar);
    }
    const configName = `${hex(manifest.config.digest)}.json`;
    await writeEntry(out, configName, configBytes);
    const entry: ArchiveEntry = { Config: configName, RepoTags: repoTag ? [repoTag] : null, Layers: names };
    await writeEntry(out, 'manifest.json', Buffer.from(JSON.stringify([entry])));
    if (repoTag) {
      const colon = repoTag.lastIndexOf(':');
      const topLayer = diffIds.length ? hex(diffIds[diffIds.length - 1] as string) : hex(manifest.config.digest);
      await writeEntry(out, 'repositories', Buffer.from(JSON.stringify({ [repoTag.slice(0, colon)]: { [repoTag.slice(colon + 1)]: topLayer } })));
    }
    await write(out, Buffer.alloc(BLOCK * 2));
    out.end();
    await closed;
    await rename(temp, file);
  } catch (e) {
    out.destroy();
    await closed.catch(() => undefined);
    await rm(temp, { force: true });
    throw e;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return { manifest: chosen };
}

// ---- reading ----

/**
 * Reads the image of a docker archive (the one tagged `repoTag`, else its only image) into the
 * OCI layout `layout`, each layer gzip-compressed (what a registry push sends), and returns the
 * new manifest's descriptor. The config is kept byte for byte, so the image ID stays docker's.
 */
export async function readDockerArchive(file: string, layout: string, repoTag: string | null, scratch: string): Promise<Descriptor> {
  const dir = await mkdtemp(join(scratch, 'docker-archive-'));
  try {
    // Regular files only: extractTar never writes links, and refuses absolute paths and `..`.
    await extractTar(createReadStream(file), dir, (p) => p.replace(/^\.\//, ''));
    let entries: ArchiveEntry[];
    try {
      entries = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as ArchiveEntry[];
    } catch {
      throw new Error(`${file} has no readable manifest.json: it is not a docker archive (docker save)`);
    }
    const entry = repoTag ? entries.find((e) => e.RepoTags?.includes(repoTag)) : entries.length === 1 ? entries[0] : undefined;
    if (!entry) throw new Error(`${file} has ${entries.length} images${repoTag ? `, none tagged ${repoTag}` : '; say which by its tag'}`);
    const member = (name: string) => {
      if (!safeRelative(name)) throw new Error(`${file} names ${JSON.stringify(name)}, outside the archive`);
      return join(dir, ...name.split('/'));
    };
    const configBytes = await readFile(member(entry.Config));
    const diffIds = (JSON.parse(configBytes.toString('utf8')) as { rootfs?: { diff_ids?: string[] } }).rootfs?.diff_ids ?? [];
    if (diffIds.length !== entry.Layers.length) throw new Error(`${file}: the image has ${entry.Layers.length} layers but its config lists ${diffIds.length} diffIDs`);

    await initLayout(layout);
    const config = await writeBlob(layout, configBytes, MEDIA.config);
    const layers: Descriptor[] = [];
    for (const [i, name] of entry.Layers.entries()) {
      const tarHash = createHash('sha256');
      const gzHash = createHash('sha256');
      const temp = join(layout, 'blobs', 'sha256', `.layer-${process.pid}-${i}`);
      // A layer may come compressed (docker load accepts that); gunzip only when it is.
      const source = member(name);
      const head = await readHead(source);
      try {
        await pipeline(createReadStream(source), head[0] === 0x1f && head[1] === 0x8b ? createGunzip() : new PassThrough(), hashing(tarHash), parallelGzip(), hashing(gzHash), createWriteStream(temp));
        const diffId = `sha256:${tarHash.digest('hex')}`;
        if (diffId !== diffIds[i]) throw new Error(`${file}: layer ${name} has diffID ${diffId}, but the config names ${diffIds[i]}`);
        const digest = `sha256:${gzHash.digest('hex')}`;
        await rename(temp, blobPath(layout, digest));
        layers.push({ mediaType: LAYER_MEDIA, digest, size: (await stat(blobPath(layout, digest))).size });
      } finally {
        await rm(temp, { force: true });
      }
    }
    const manifest = { schemaVersion: 2, mediaType: MEDIA.manifest, config: { mediaType: MEDIA.config, digest: config.digest, size: config.size }, layers };
    return writeBlob(layout, Buffer.from(JSON.stringify(manifest)), MEDIA.manifest);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readHead(file: string): Promise<Buffer> {
  for await (const chunk of createReadStream(file, { start: 0, end: 1 })) return chunk as Buffer;
  return Buffer.alloc(0);
}
