// Where build-push reads a base from and writes an image to, as users type them: a registry
// reference, an OCI layout `oci:<folder>:<tag>`, or a docker archive `docker-archive:<file.tar>`.
import { resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { checkWritable } from '../common/fsutil.js';
import { parseArchiveRef } from './docker-archive.js';

/** `oci:<layout folder>:<ref>`, the only base the daemonless path reads today. */
export function parseOciRef(raw: string, input: string, cwd: string): { layout: string; ref: string } {
  const m = /^oci:(.+?)(?::([A-Za-z0-9._-]+))?$/.exec(raw.trim());
  if (!m) throw new ConfigurationError(`input \`${input}\``, raw, 'is not an OCI layout reference. Give `oci:<folder>:<tag>`, e.g. `oci:base-image:3.12` (skopeo copy or buildah push can write one).');
  return { layout: resolve(cwd, m[1] as string), ref: m[2] ?? '' };
}

export interface RegistryRef {
  host: string;
  repo: string;
  tag: string;
}

/** A registry destination `host[:port]/repo[:tag]`. */
export function parseRegistryRef(raw: string, input = 'tags'): RegistryRef {
  const m = /^([a-z0-9.-]+(?::\d+)?)\/([a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(raw.trim());
  if (!m) throw new ConfigurationError(`input \`${input}\``, raw, 'is not an image reference. Give `registry/repository:tag` (lower-case repository; tags up to 128 of letters, digits, ".", "_", "-"), or `oci:<folder>:<tag>`.');
  return { host: m[1] as string, repo: m[2] as string, tag: m[3] ?? 'latest' };
}

export type Destination = { kind: 'oci'; layout: string; ref: string } | { kind: 'docker-archive'; file: string; repoTag: string | null } | ({ kind: 'registry' } & RegistryRef);

export function parseDestination(raw: string, cwd: string): Destination {
  if (raw.startsWith('oci:')) {
    const ref = parseOciRef(raw, 'tags', cwd);
    checkWritable('input `tags`', ref.layout, cwd, 'folder');
    return { kind: 'oci', ...ref };
  }
  if (raw.startsWith('docker-archive:')) {
    const a = parseArchiveRef(raw);
    if (!a) throw new ConfigurationError('input `tags`', raw, 'is not a docker archive destination. Give `docker-archive:<file.tar>` or `docker-archive:<file.tar>:<name>:<tag>` (the name `docker load` gives the image).');
    return { kind: 'docker-archive', file: checkWritable('input `tags`', a.file, cwd, 'file'), repoTag: a.repoTag };
  }
  return { kind: 'registry', ...parseRegistryRef(raw) };
}
