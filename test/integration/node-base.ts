// A base image that has Node, made here with nothing pulled (no image can be pulled from the
// internet): a root file system of the pinned Node 24 binary the test tools install
// (scripts/setup-tools.sh --node24) at /usr/local/bin/node, as Node's own images have it, the
// shared libraries it and onnxruntime-node's native binding load (found with ldd on this machine),
// busybox as /bin/sh for a shell, and minimal /etc/passwd and /etc/group. One layer written by
// build-push's own reproducible tar writer (sorted, 0:0, fixed modes and times), so the same
// files give the same digest.
//
// Cached by content in the state folder (MODEL_CD_STATE, as the ML fixtures are): the key is the
// sha256 of this file and of every file that goes in, so a new Node or a library upgrade makes it
// again.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256File } from '../../src/common/hash-stream.js';
import { fetchOrtPackages, npmRegistry } from '../../src/evaluate/runtime/onnxruntime.js';
import { buildLayer, type LayerFile } from '../../src/image/layer.js';
import { initLayout, MEDIA, tagInLayout, writeBlob } from '../../src/image/oci.js';
import { ROOT } from '../harness.js';
import { need } from './buildah-lib.js';

export const NODE_BASE_TAG = 'node24';

export function stateDir(): string {
  return process.env.MODEL_CD_STATE || join(homedir(), '.cache', 'model-cd', 'state');
}

/** The Node 24 binary scripts/setup-tools.sh installed (npm test puts its path in MODEL_CD_NODE24). */
export function node24(): string {
  const node = process.env.MODEL_CD_NODE24 || execFileSync('bash', [join(ROOT, 'scripts', 'setup-tools.sh'), '--node24'], { encoding: 'utf8' }).trim();
  if (!existsSync(node)) throw new Error(`Node 24 is not installed at ${node}: run bash scripts/setup-tools.sh (npm test does)`);
  return node;
}

/** The shared objects an ELF file loads, as ldd resolves them here (the loader included, vdso and `skip` left out). */
export function sharedLibraries(file: string, skip: (path: string) => boolean = () => false): string[] {
  const out = execFileSync('ldd', [file], { encoding: 'utf8' });
  const libs: string[] = [];
  for (const line of out.split('\n')) {
    const m = /=>\s+(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(0x/.exec(line);
    if (m && !skip(m[1] as string)) libs.push(m[1] as string);
  }
  return libs;
}

/**
 * The OCI layout of the Node base image (tag NODE_BASE_TAG), made once per content. `cacheDir` is
 * where onnxruntime-node's tarballs are kept (build-push's cache-dir/onnxruntime, so the container
 * test downloads them once for both).
 */
export async function nodeBase(cacheDir: string): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`the Node base image is made for linux/amd64, not ${process.platform}/${process.arch}`);
  const node = node24();
  const busybox = need('busybox');
  const ort = join(cacheDir, 'onnxruntime-linux-x64');
  if (!existsSync(join(ort, '.complete'))) {
    rmSync(ort, { recursive: true, force: true });
    await fetchOrtPackages({ registry: npmRegistry(process.env), platform: 'linux', arch: 'x64', dest: ort, tarballCache: join(cacheDir, 'onnxruntime'), fix: 'let this machine reach the npm registry' });
    writeFileSync(join(ort, '.complete'), '');
  }
  const binding = join(ort, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', 'linux', 'x64', 'onnxruntime_binding.node');
  // libonnxruntime.so.1 comes with the runtime layer, not the base.
  const libs = new Set([...sharedLibraries(node), ...sharedLibraries(binding, (p) => p.startsWith(ort))]);

  const etc = mkdtempSync(join(tmpdir(), 'node-base-etc-'));
  writeFileSync(join(etc, 'passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n');
  writeFileSync(join(etc, 'group'), 'root:x:0:\nnogroup:x:65534:\n');
  const files: LayerFile[] = [
    { path: 'usr/local/bin/node', source: node },
    { path: 'bin/busybox', source: busybox },
    // busybox picks the applet by its name: a copy named sh is the shell.
    { path: 'bin/sh', source: busybox },
    { path: 'etc/passwd', source: join(etc, 'passwd') },
    { path: 'etc/group', source: join(etc, 'group') },
    // Each library at the path the loader looks in, with the bytes of the file it links to.
    ...[...libs].map((l) => ({ path: l.replace(/^\/+/, ''), source: realpathSync(l) })),
  ];

  const key = createHash('sha256').update(readFileSync(join(import.meta.dirname, 'node-base.ts')));
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) key.update(`${f.path}\0${await sha256File(f.source)}\n`);
  const layout = join(stateDir(), `node-base-${key.digest('hex').slice(0, 12)}`);
  try {
    if (!existsSync(join(layout, 'index.json'))) await writeBase(files, layout);
  } finally {
    rmSync(etc, { recursive: true, force: true });
  }
  return layout;
}

/** The layout of one layer of `files`, written beside `layout` and renamed into place. */
async function writeBase(files: LayerFile[], layout: string): Promise<void> {
  const temp = `${layout}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  await initLayout(temp);
  const blob = join(temp, 'layer.tar');
  const layer = await buildLayer(files, blob, 0, 'none');
  mkdirSync(join(temp, 'blobs', 'sha256'), { recursive: true });
  renameSync(blob, join(temp, 'blobs', 'sha256', layer.digest.slice('sha256:'.length)));
  const config = {
    created: '1970-01-01T00:00:00Z',
    architecture: 'amd64',
    os: 'linux',
    config: { Env: ['PATH=/usr/local/bin:/usr/bin:/bin'], Cmd: ['node'] },
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
    history: [{ created: '1970-01-01T00:00:00Z', created_by: 'model-cd test: node base (Node 24, its libraries, busybox)' }],
  };
  const configDesc = await writeBlob(temp, Buffer.from(JSON.stringify(config)), MEDIA.config);
  const manifest = { schemaVersion: 2, mediaType: MEDIA.manifest, config: configDesc, layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }] };
  await tagInLayout(temp, NODE_BASE_TAG, await writeBlob(temp, Buffer.from(JSON.stringify(manifest)), MEDIA.manifest));
  rmSync(layout, { recursive: true, force: true });
  renameSync(temp, layout);
}
