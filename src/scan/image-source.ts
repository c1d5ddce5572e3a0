// The image to scan, as build-push names it: a registry reference (its `image` output,
// `name@sha256:…`), an OCI layout `oci:<folder>[:<tag>]` or a docker archive
// `docker-archive:<file.tar>`. A layout or an archive is read from disk, so a scan needs no daemon
// and can run before the push. What can be checked here is, so a wrong path fails with our message,
// not the scanner's.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';

export type ImageSource =
  | { kind: 'oci'; layout: string; ref: string; /** The manifest (or index) digest the tag names, for VEX products. */ digest: string }
  | { kind: 'docker-archive'; file: string }
  | { kind: 'registry'; ref: string; host: string };

const SUBJECT = 'input `image`';
const FORMS = 'Give a registry reference (`registry/repository:tag` or `…@sha256:<digest>`, build-push\'s `image` output), `oci:<folder>[:<tag>]` or `docker-archive:<file.tar>`.';

// name components, an optional :tag, an optional @sha256:<64 hex>.
const REFERENCE = /^((?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

export function parseImageSource(raw: string, cwd: string): ImageSource {
  const value = raw.trim();
  if (!value) throw new ConfigurationError(SUBJECT, raw, `is required. ${FORMS}`);
  if (value.startsWith('oci:')) return ociLayout(value, cwd);
  if (value.startsWith('docker-archive:')) return dockerArchive(value, cwd);
  const m = REFERENCE.exec(value);
  if (!m) throw new ConfigurationError(SUBJECT, raw, `is not an image reference. ${FORMS}`);
  const name = m[1] as string;
  const first = name.split('/')[0] as string;
  const host = name.includes('/') && /[.:]|^localhost$/.test(first) ? first : 'docker.io';
  return { kind: 'registry', ref: value, host };
}

function ociLayout(value: string, cwd: string): ImageSource {
  const m = /^oci:(.+?)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(value);
  const folder = m?.[1];
  if (!folder) throw new ConfigurationError(SUBJECT, value, `is not an OCI layout reference. ${FORMS}`);
  const layout = resolve(cwd, folder);
  const kind = pathKind(layout);
  if (kind !== 'folder') {
    throw new ConfigurationError(SUBJECT, value, `names ${layout}, which ${kind === 'missing' ? 'does not exist' : 'is a file, not a folder'}. An OCI layout is a folder holding index.json: point it at the folder build-push (or skopeo copy, buildah push) wrote${kind === 'file' ? ', or use `docker-archive:` for an archive' : ''}.`);
  }
  let index: { manifests?: { digest?: string; annotations?: Record<string, string> }[] };
  try {
    index = JSON.parse(readFileSync(resolve(layout, 'index.json'), 'utf8')) as typeof index;
  } catch (e) {
    const why = (e as { code?: string }).code === 'ENOENT' ? 'has no index.json' : `has an unreadable index.json (${(e as Error).message})`;
    throw new ConfigurationError(SUBJECT, value, `names ${layout}, which ${why}, so it is not an OCI image layout. Point it at the folder build-push (or skopeo copy, buildah push) wrote.`);
  }
  const manifests = Array.isArray(index.manifests) ? index.manifests : [];
  const tags = manifests.map((d) => d.annotations?.['org.opencontainers.image.ref.name']).filter((t): t is string => !!t);
  const ref = m?.[2] ?? '';
  if (ref && !tags.includes(ref)) {
    throw new ConfigurationError(SUBJECT, value, `names the tag ${JSON.stringify(ref)}, which ${layout} does not hold (tags: ${tags.join(', ') || 'none'}). Give one of its tags.`);
  }
  if (!ref && manifests.length !== 1) {
    throw new ConfigurationError(SUBJECT, value, `holds ${manifests.length} images; name one with \`oci:<folder>:<tag>\` (tags: ${tags.join(', ') || 'none'}).`);
  }
  const chosen = ref ? manifests.find((d) => d.annotations?.['org.opencontainers.image.ref.name'] === ref) : manifests[0];
  return { kind: 'oci', layout, ref, digest: chosen?.digest ?? '' };
}

function dockerArchive(value: string, cwd: string): ImageSource {
  const file = resolve(cwd, value.slice('docker-archive:'.length));
  const kind = pathKind(file);
  if (kind !== 'file') {
    const what = kind === 'missing' ? 'does not exist' : `is a folder, not a file${existsSync(resolve(file, 'index.json')) ? ' (an OCI layout: use `oci:` for it)' : ''}`;
    throw new ConfigurationError(SUBJECT, value, `names ${file}, which ${what}. Give the archive build-push (or \`docker save\`) wrote.`);
  }
  return { kind: 'docker-archive', file };
}

function pathKind(path: string): 'missing' | 'file' | 'folder' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** A registry on this machine, reached over plain HTTP (as build-push reaches one). */
export const onLoopback = (host: string) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);

/** How the image is named in reports: what the user gave, with paths as given. */
export function describeSource(s: ImageSource): string {
  switch (s.kind) {
    case 'oci':
      return `oci:${s.layout}${s.ref ? `:${s.ref}` : ''}`;
    case 'docker-archive':
      return `docker-archive:${s.file}`;
    case 'registry':
      return s.ref;
  }
}
