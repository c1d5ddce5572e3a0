// The `serve` runtime layer (the `runtime` input): what makes a base image that has Node into a
// runnable serving image with no hand-written server. One layer per architecture:
//
//   /opt/model-cd/serve/index.js                       the serve bundle (dist/serve/index.js)
//   /opt/model-cd/serve/package.json                   {"type": "module"}: the bundle is ESM
//   /opt/model-cd/serve/node_modules/onnxruntime-node  package.json, dist, the image's binary only
//   /opt/model-cd/serve/node_modules/onnxruntime-common
//
// serve looks for onnxruntime-node beside its bundle first, so nothing is downloaded when the
// container starts. The packages are the pinned tarballs (ORT_PACKAGES, sha512 checked), kept in
// `cache-dir` and checked again each time they are read. Written like the model layer (sorted,
// 0:0, fixed modes and times), so the same bundle on the same architecture gives the same digest.
import { writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { VERSION } from '../common/version.js';
import { fetchOrtPackages, ORT_VERSION } from '../evaluate/runtime/onnxruntime.js';
import type { Compression } from './compression.js';
import { buildLayer, type LayerFile } from './layer.js';
import { isFile } from './model-files.js';
import type { AddedLayer, Platform } from './oci.js';

export const RUNTIMES = ['none', 'serve'] as const;
export type Runtime = (typeof RUNTIMES)[number];

export const SERVE_DIR = 'opt/model-cd/serve';
export const SERVE_PORT = '8080';
const ENTRY = `/${SERVE_DIR}/index.js`;

/** Node's name for the platform's architecture when onnxruntime-node ships a binary for it (linux x64 and arm64), else null. */
export function ortArch(p: Platform): 'x64' | 'arm64' | null {
  if (p.os !== 'linux') return null;
  if (p.architecture === 'amd64') return 'x64';
  if (p.architecture === 'arm64' && (!p.variant || p.variant === 'v8')) return 'arm64';
  return null;
}

export const platformName = (p: Platform) => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;

/** The config the runtime sets: how the image starts, the port it listens on, and Docker's health check (the image has no curl). */
export function serveRunConfig(): Record<string, unknown> {
  const seconds = (s: number) => s * 1_000_000_000;
  return {
    Cmd: ['node', ENTRY],
    ExposedPorts: { [`${SERVE_PORT}/tcp`]: {} },
    // Docker's config field (OCI's has none): docker and podman run it; Kubernetes uses its own probes (/v2/health/*).
    Healthcheck: { Test: ['CMD', 'node', ENTRY, 'healthcheck'], Interval: seconds(30), Timeout: seconds(5), StartPeriod: seconds(60), Retries: 3 },
  };
}

/** serve's settings in the image: every interface (a container's port is reached from outside it) on 8080. */
export function serveEnv(): Record<string, string> {
  return { PORT: SERVE_PORT, HOST: '0.0.0.0' };
}

export function serveLabels(): Record<string, string> {
  return { 'dev.model-cd.runtime': 'serve', 'dev.model-cd.runtime.version': VERSION, 'dev.model-cd.runtime.onnxruntime': ORT_VERSION };
}

/**
 * The runtime layer is compressed even when the model layer is not: unlike weights, shared
 * libraries shrink (linux/amd64: 47.4 MB as a tar, 19.8 MB with gzip, 17.3 MB with zstd), and
 * every node that pulls the image pulls it. zstd when the model layer is zstd, else gzip.
 */
export function runtimeCompression(model: Compression): Compression {
  return model === 'zstd' ? 'zstd' : 'gzip';
}

export interface ServeLayerOptions {
  /** The serve bundle (dist/serve/index.js beside the action's own bundle). */
  bundle: string;
  arch: 'x64' | 'arm64';
  /** A scratch folder for the extracted packages and the layer file. */
  work: string;
  /** Where the verified tarballs are kept between builds. */
  tarballCache: string;
  registry: string;
  compression: Compression;
  epoch: number;
  log: (message: string) => void;
}

/** The runtime's files: the bundle, its package.json and the packages for `arch`, fetched into `work`. */
export async function serveFiles(o: Omit<ServeLayerOptions, 'compression' | 'epoch'>): Promise<LayerFile[]> {
  if (!isFile(o.bundle)) throw new Error(`the serve bundle ${o.bundle} is missing: this copy of model-cd was built without dist/serve (npm run build makes it)`);
  const packages = join(o.work, `onnxruntime-linux-${o.arch}`);
  await fetchOrtPackages({
    registry: o.registry,
    platform: 'linux',
    arch: o.arch,
    dest: packages,
    tarballCache: o.tarballCache,
    log: o.log,
    fix: `let the runner reach the npm registry, or use \`runtime: none\` with a base image that brings its own server`,
  });
  const pkg = join(o.work, `serve-package-${o.arch}.json`);
  await writeFile(pkg, `${JSON.stringify({ name: 'model-cd-serve', version: VERSION, private: true, type: 'module' })}\n`);
  const files: LayerFile[] = [
    { path: `${SERVE_DIR}/index.js`, source: o.bundle },
    { path: `${SERVE_DIR}/package.json`, source: pkg },
  ];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.push({ path: `${SERVE_DIR}/${relative(packages, p).split(sep).join('/')}`, source: p });
    }
  };
  walk(join(packages, 'node_modules'));
  return files;
}

/** The runtime layer for `arch`, built into `work`. */
export async function buildServeLayer(o: ServeLayerOptions): Promise<AddedLayer> {
  const files = await serveFiles(o);
  const file = join(o.work, `serve-runtime-${o.arch}.blob`);
  const layer = await buildLayer(files, file, o.epoch, o.compression);
  return { layer, file, createdBy: `model-cd build-push: serve runtime (model-cd ${VERSION}, onnxruntime-node ${ORT_VERSION} linux/${o.arch})` };
}
