// The diff_ids of the base image's layers (`base-image`): a finding whose package came in one of
// them is the base's to fix, so its annotation goes on the Dockerfile's FROM line. Only the
// manifest and the config are read, never a layer.
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, ServiceError } from '../common/errors.js';
import { extractTar, safeRelative } from '../common/tar.js';
import { dockerArch, pickPlatform } from '../image/docker-archive.js';
import { readBlob, resolveRef, type Descriptor } from '../image/oci.js';
import { RegistryClient } from '../image/registry.js';
import { onLoopback, type ImageSource } from './image-source.js';

interface Manifest {
  mediaType?: string;
  manifests?: Descriptor[];
  config?: Descriptor;
}

const isIndex = (m: Manifest) => Array.isArray(m.manifests);
const diffIdsOf = (config: Buffer) => (JSON.parse(config.toString('utf8')) as { rootfs?: { diff_ids?: string[] } }).rootfs?.diff_ids ?? [];

export interface BaseOptions {
  credentials: { username: string; password: string } | null;
  /** linux/amd64 style, or empty for this machine's. */
  platform: string;
  nodeArch: string;
  scratch: string;
}

export async function baseDiffIds(source: ImageSource, o: BaseOptions): Promise<string[]> {
  const arch = o.platform ? (o.platform.split('/')[1] ?? '') : dockerArch(o.nodeArch);
  try {
    switch (source.kind) {
      case 'oci':
        return await fromLayout(source.layout, source.ref, arch);
      case 'docker-archive':
        return await fromArchive(source.file, o.scratch);
      case 'registry':
        return await fromRegistry(source, arch, o);
    }
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ServiceError(`cannot read the layers of \`base-image\` ${source.kind === 'registry' ? source.ref : ''}(${(e as Error).message}). Give the base build-push used (its \`base\` input), or leave \`base-image\` empty.`);
  }
}

async function fromLayout(layout: string, ref: string, arch: string): Promise<string[]> {
  let desc = await resolveRef(layout, ref);
  for (;;) {
    const m = JSON.parse((await readBlob(layout, desc.digest)).toString('utf8')) as Manifest;
    if (!isIndex(m)) return diffIdsOf(await readBlob(layout, (m.config as Descriptor).digest));
    const pick = pickPlatform(m.manifests ?? [], arch);
    if (!pick) throw new Error(`the index ${desc.digest} has no image for ${arch}`);
    desc = pick;
  }
}

async function fromArchive(file: string, scratch: string): Promise<string[]> {
  const dir = await mkdtemp(join(scratch, 'base-archive-'));
  try {
    await extractTar(createReadStream(file), dir, (p) => (p.replace(/^\.\//, '') === 'manifest.json' ? 'manifest.json' : null));
    const entries = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { Config: string }[];
    const config = entries[0]?.Config;
    if (!config || !safeRelative(config)) throw new Error(`${file} has no usable manifest.json`);
    await extractTar(createReadStream(file), dir, (p) => (p.replace(/^\.\//, '') === config ? 'config.json' : null));
    return diffIdsOf(await readFile(join(dir, 'config.json')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function fromRegistry(source: Extract<ImageSource, { kind: 'registry' }>, arch: string, o: BaseOptions): Promise<string[]> {
  const { host } = source;
  const rest = source.ref.slice(source.ref.indexOf('/') + 1);
  const at = rest.indexOf('@');
  const colon = rest.lastIndexOf(':', at < 0 ? undefined : at);
  const repo = at >= 0 ? rest.slice(0, colon > 0 && colon < at ? colon : at) : colon > 0 ? rest.slice(0, colon) : rest;
  let reference = at >= 0 ? rest.slice(at + 1) : colon > 0 ? rest.slice(colon + 1) : 'latest';
  const client = new RegistryClient({ host, insecure: onLoopback(host), ...(o.credentials ? { credentials: o.credentials } : {}) });
  for (;;) {
    const got = await client.getManifest(repo, reference);
    const m = JSON.parse(got.bytes.toString('utf8')) as Manifest;
    if (!isIndex(m)) return diffIdsOf(await client.getBlob(repo, (m.config as Descriptor).digest));
    const pick = pickPlatform(m.manifests ?? [], arch);
    if (!pick) throw new Error(`the index ${got.digest} has no image for ${arch}`);
    reference = pick.digest;
  }
}
