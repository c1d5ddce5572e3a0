// build-push: typed inputs -> buildAndPush (src/image/build-push.ts) -> outputs, summary.
import { fileURLToPath } from 'node:url';
import { list, number, oneOf, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { buildAndPush } from '../image/build-push.js';
import { COMPRESSIONS } from '../image/compression.js';
import { RUNTIMES } from '../image/serve-runtime.js';

export const spec = {
  base: string(),
  model: string(),
  'model-dir': string(),
  'model-env': string(),
  tags: list(),
  labels: list(),
  'model-name': string(),
  'model-version': string(),
  'model-sha256': string(),
  'model-source-uri': string(),
  username: string(),
  password: string(),
  dockerfile: string(),
  context: string(),
  // Newline-separated only (not `list`): a build arg's value may hold commas.
  'build-args': string(),
  target: string(),
  'secret-files': string(),
  builder: oneOf(['auto', 'docker', 'buildah', 'podman'] as const),
  'cache-from': list(),
  'layer-compression': oneOf(COMPRESSIONS),
  'cache-dir': string(),
  'retry-timeout': number({ min: 1 }),
  runtime: oneOf(RUNTIMES),
  contract: string(),
};

// The serve bundle is built beside this one (dist/serve/index.js next to dist/build-push/ or dist/cli/).
const SERVE_BUNDLE = fileURLToPath(new URL('../serve/index.js', import.meta.url));

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('build-push', spec, io);
  const r = await buildAndPush(
    {
    base: inputs.base,
    model: inputs.model,
    modelDir: inputs.modelDir,
    modelEnv: inputs.modelEnv,
    tags: inputs.tags,
    labels: inputs.labels,
    modelName: inputs.modelName,
    modelVersion: inputs.modelVersion,
    modelSha256: inputs.modelSha256,
    modelSourceUri: inputs.modelSourceUri,
    username: inputs.username,
    password: inputs.password,
    dockerfile: inputs.dockerfile,
    context: inputs.context,
    buildArgs: inputs.buildArgs,
    target: inputs.target,
    secretFiles: inputs.secretFiles,
    builder: inputs.builder,
    cacheFrom: inputs.cacheFrom,
    layerCompression: inputs.layerCompression,
    cacheDir: inputs.cacheDir,
    retryTimeout: inputs.retryTimeout,
    runtime: inputs.runtime,
    contract: inputs.contract,
    serveBundle: SERVE_BUNDLE,
    },
    io,
  );
  io.setOutput('digest', r.digest);
  io.setOutput('image', r.image);
  io.setOutput('imageid', r.imageid);
  io.setOutput('metadata', JSON.stringify(r.metadata));
  io.summary(r.summary);
  return 0;
}
