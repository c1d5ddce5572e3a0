// Whether a base image has `node` on its PATH, read from its layers without unpacking them: the
// serve runtime layer brings the server and onnxruntime-node but runs on the base's Node, and an
// image whose Cmd names a missing `node` would only fail when a cluster starts it.
//
// The layers are listed in order with the OCI whiteouts applied (`.wh.<name>` deletes <name> of the
// layers below, `.wh..wh..opq` everything below in its folder), so a Node that a later layer
// removed does not count. A `node` that is a symlink counts (Debian's /usr/bin/node is one).
import { createReadStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { listTar } from '../common/tar.js';
import { decompressor } from './compression.js';
import { blobPath, type BaseImage } from './oci.js';

/** The PATH an image runs with when its config sets none (Docker's and podman's default). */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export type NodeInBase = { found: string } | { missing: string[] } | { unknown: string };

/** The image's PATH folders, relative, without duplicates. */
export function pathDirs(config: Record<string, unknown>): string[] {
  const env = ((config.config as { Env?: unknown } | undefined)?.Env ?? []) as unknown[];
  const path = env.filter((e): e is string => typeof e === 'string' && e.startsWith('PATH=')).at(-1)?.slice(5) ?? DEFAULT_PATH;
  const dirs = path
    .split(':')
    .map((d) => d.replace(/^\/+|\/+$/g, ''))
    .filter((d) => d && !d.split('/').includes('..'));
  return [...new Set(dirs)];
}

/** Where `node` is on the image's PATH, which PATH folders were looked in when it is not, or why it could not be read. */
export async function findNode(layout: string, base: BaseImage): Promise<NodeInBase> {
  const dirs = pathDirs(base.config);
  const candidates = dirs.map((d) => `${d}/node`);
  const present = new Set<string>();
  for (const layer of base.layers) {
    const file = blobPath(layout, layer.digest);
    if (!existsSync(file)) return { unknown: `the layer ${layer.digest} is not here` };
    const unpack = decompressor(layer.mediaType);
    if (!unpack) return { unknown: `the layer ${layer.digest} is a ${layer.mediaType}` };
    const added = new Set<string>();
    const removed = new Set<string>();
    const stream = createReadStream(file);
    pipeline(stream, unpack, () => undefined);
    try {
      await listTar(unpack, ({ path }) => {
        const p = path.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
        const slash = p.lastIndexOf('/');
        const dir = slash < 0 ? '' : p.slice(0, slash);
        const name = p.slice(slash + 1);
        if (name === '.wh..wh..opq') {
          for (const c of candidates) if (c.startsWith(`${dir}/`) || !dir) removed.add(c);
        } else if (name.startsWith('.wh.')) {
          const gone = `${dir ? `${dir}/` : ''}${name.slice(4)}`;
          for (const c of candidates) if (c === gone || c.startsWith(`${gone}/`)) removed.add(c);
        } else if (candidates.includes(p)) added.add(p);
      });
    } catch (e) {
      stream.destroy();
      return { unknown: `the layer ${layer.digest} cannot be read (${(e as Error).message})` };
    }
    // A layer's whiteouts hide what is below it, not what it adds itself.
    for (const c of removed) present.delete(c);
    for (const c of added) present.add(c);
  }
  const found = candidates.find((c) => present.has(c));
  return found ? { found: `/${found}` } : { missing: dirs.map((d) => `/${d}`) };
}
