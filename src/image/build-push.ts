// build-push's core: typed inputs -> the base image in an OCI layout (pulled from a registry, read
// from a layout, or built from a Dockerfile by docker, buildah or podman) -> the serve runtime
// layer (runtime: serve) and the model layer appended -> written to OCI layouts and docker
// archives and pushed to registries -> what the step reports (outputs and summary), which the
// entry writes.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { stepRetry } from '../common/http.js';
import type { StepContext } from '../common/io.js';
import { VERSION } from '../common/version.js';
import { readContractFile } from '../evaluate/contract.js';
import { ALL_METRICS } from '../evaluate/report.js';
import { npmRegistry, ORT_VERSION } from '../evaluate/runtime/onnxruntime.js';
import { findNode } from './base-node.js';
import { checkCompression, LAYER_MEDIA_TYPES, type Compression } from './compression.js';
import { dockerCredentials } from './credentials.js';
import { dockerArch, writeDockerArchive } from './docker-archive.js';
import { buildDockerfile, type DockerfileInputs } from './dockerfile-build.js';
import { buildLayer, imagePathProblem, layerDiffId, type Layer, type LayerFile } from './layer.js';
import { defaultLayerCacheDir, readLayerRecord, writeLayerRecord } from './layer-record.js';
import { modelFiles } from './model-files.js';
import { appendLayers, copyBlobs, MEDIA, MODEL_LAYER, readBlob, resolveRef, tagInLayout, type AddedLayer, type BaseImage, type Descriptor } from './oci.js';
import { parseDestination, parseOciRef, parseRegistryRef, type Destination, type RegistryRef } from './refs.js';
import { findLayer, pullToLayout, pushImage, RegistryClient } from './registry.js';
import { buildServeLayer, ortArch, platformName, runtimeCompression, SERVE_DIR, SERVE_PORT, serveEnv, serveLabels, serveRunConfig, type Runtime } from './serve-runtime.js';

/** The inputs, as readInputs gives them; the Dockerfile ones (dockerfile, context, build-args, target, secret-files, builder) as buildDockerfile reads them. */
export interface BuildPushInputs extends DockerfileInputs {
  base: string;
  model: string;
  modelDir: string;
  modelEnv: string;
  tags: string[];
  labels: string[];
  modelName: string;
  modelVersion: string;
  modelSha256: string;
  modelSourceUri: string;
  username: string;
  password: string;
  cacheFrom: string[];
  layerCompression: Compression;
  cacheDir: string;
  /** Seconds one registry request may take, retries included. */
  retryTimeout: number;
  /** `serve`: the serve runtime layer on top of the base (which must have Node); `none`: the base as it is. */
  runtime: Runtime;
  /** A model contract file copied into the model layer (MODEL_CONTRACT names it); empty: none. */
  contract: string;
  /** The serve bundle the runtime layer carries: dist/serve/index.js beside the action's bundle. */
  serveBundle: string;
}

export interface BuildPushResult {
  digest: string;
  /** The first destination as `name@digest`. */
  image: string;
  /** The config digest, as docker reports an image ID. */
  imageid: string;
  metadata: Record<string, unknown>;
  /** The job summary, Markdown. */
  summary: string;
}

type ClientFor = (host: string) => Promise<RegistryClient>;

interface Plan {
  files: LayerFile[];
  /** Where MODEL_PATH (`model-env`) points: the file for a single file, else the folder. */
  modelPath: string;
  /** The contract's path in the image, or ''. */
  contractPath: string;
  destinations: Destination[];
  clientFor: ClientFor;
  model: string;
  modelDir: string;
  dockerfile: string;
  cacheDir: string;
}

export async function buildAndPush(inputs: BuildPushInputs, io: StepContext): Promise<BuildPushResult> {
  io.setSecret(inputs.password);
  const dockerfile = inputs.dockerfile.trim();
  const model = inputs.model.trim();
  if (dockerfile && inputs.base.trim()) {
    throw new ConfigurationError('input `base`', inputs.base, "is given with `dockerfile`, whose FROM names the base image. Remove `base` (a Dockerfile can take it as a build arg: `ARG BASE` then `FROM $BASE`, with `build-args: BASE=...`), or remove `dockerfile` to layer the model on `base` without a build.");
  }
  if (!dockerfile && !inputs.base.trim()) throw new ConfigurationError('input `base`', '', 'is empty. Give the service base image: `registry/repository:tag` or `oci:<folder>:<tag>` (or a `dockerfile` to build).');
  if (!dockerfile && !model) throw new ConfigurationError('input `model`', '', 'is empty. Give the model file or folder (pull-model\'s `path` output).');
  if (!inputs.tags.length) throw new ConfigurationError('input `tags`', '', 'is empty. Give where to write the image: `registry/repository:tag` lines, `oci:<folder>:<tag>` or `docker-archive:<file.tar>`.');
  if (model || inputs.runtime === 'serve') checkCompression(inputs.layerCompression);
  if (inputs.contract.trim() && !model) throw new ConfigurationError('input `contract`', inputs.contract, 'is given without `model`: the contract goes into the model layer, beside the model. Give `model` too, or remove `contract`.');
  const username = inputs.username.trim();
  // One client per registry: credentials are looked up once, and a token is reused until the registry asks again.
  const clients = new Map<string, Promise<RegistryClient>>();
  const newClient = async (host: string) => {
    // The inputs, else what a login action left in the docker config.json.
    const credentials = username ? { username, password: inputs.password } : await dockerCredentials(host, io.env);
    if (credentials) io.setSecret(credentials.password);
    // Loopback registries speak plain HTTP (as docker treats localhost); anything else is HTTPS with TLS verified.
    const log = (line: string) => io.info(line);
    return new RegistryClient({ host, insecure: /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host), ...(credentials ? { credentials } : {}), log, retry: stepRetry(inputs.retryTimeout, log) });
  };
  const clientFor = (host: string) => {
    let client = clients.get(host);
    if (!client) clients.set(host, (client = newClient(host)));
    return client;
  };
  const destinations = inputs.tags.map((t) => parseDestination(t, io.cwd));
  const modelDir = (inputs.modelDir.trim() || '/opt/model').replace(/^\/+|\/+$/g, '');
  const dirProblem = imagePathProblem(modelDir);
  if (dirProblem) throw new ConfigurationError('input `model-dir`', inputs.modelDir, `${dirProblem}: give an absolute folder in the image such as /opt/model.`);
  const files = model ? modelFiles(resolve(io.cwd, model), modelDir, inputs.model) : [];
  const modelPath = !files.length ? '' : files.length === 1 && statSync(resolve(io.cwd, model)).isFile() ? `/${files[0]?.path}` : `/${modelDir}`;
  const contractPath = await contractFile(inputs, io.cwd, files, modelDir);
  const cacheDir = inputs.cacheDir.trim() ? resolve(io.cwd, inputs.cacheDir.trim()) : defaultLayerCacheDir(io.env);

  const work = mkdtempSync(join(io.tempDir, 'build-push-'));
  try {
    return await build(io, inputs, { files, modelPath, contractPath, destinations, clientFor, model, modelDir, dockerfile, cacheDir }, work);
  } finally {
    // Layer, layouts and pulled base: destinations got links or copies, and a runner's temp
    // folder may outlive the job (self-hosted runners, the CLI).
    rmSync(work, { recursive: true, force: true });
  }
}

/** The image (built, pulled or read; the model layered on it) written to every destination, in `work`. */
async function build(io: StepContext, inputs: BuildPushInputs, o: Plan, work: string): Promise<BuildPushResult> {
  const { files, destinations, clientFor, dockerfile } = o;
  // The daemonless image is reproducible, so its time is SOURCE_DATE_EPOCH or the epoch; a
  // Dockerfile build is not, and says when it was built unless SOURCE_DATE_EPOCH pins it.
  const epochRaw = Number(io.env.SOURCE_DATE_EPOCH ?? (dockerfile ? Math.floor(Date.now() / 1000) : 0));
  const epoch = Number.isFinite(epochRaw) ? epochRaw : 0;
  const created = new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
  const labels = lineageLabels(io, inputs, created);

  // The base: built from the Dockerfile, read from a layout, or pulled from a registry.
  let base: { layout: string; ref: string };
  let baseRepo: { host: string; repo: string } | null = null;
  let builder: string | null = null;
  if (dockerfile) {
    const built = await buildDockerfile(io, inputs, labels, work);
    base = { layout: built.layout, ref: built.ref };
    builder = built.builder;
  } else if (inputs.base.trim().startsWith('oci:')) base = parseOciRef(inputs.base, 'base', io.cwd);
  else {
    const b = parseRegistryRef(inputs.base, 'base');
    const layout = mkdtempSync(join(work, 'base-'));
    const top = await io.group(`Pull the base image ${b.host}/${b.repo}:${b.tag}`, async () => pullToLayout(await clientFor(b.host), b.repo, b.tag, layout));
    await tagInLayout(layout, 'base', top);
    base = { layout, ref: 'base' };
    baseRepo = b;
  }
  const baseTop = await resolveRef(base.layout, base.ref).catch((e: Error) => {
    throw new ConfigurationError('input `base`', inputs.base, `${e.message}.`);
  });

  // The model layer, when there is a model (a Dockerfile may have brought its own).
  let out = base.layout;
  let image: Descriptor = baseTop;
  let layer: Layer | null = null;
  const envName = inputs.modelEnv.trim() || 'MODEL_PATH';
  const env: Record<string, string> = {};
  const modelLayer: AddedLayer[] = [];
  if (files.length) {
    let layerFile: string | null = join(work, 'layer.blob');
    layer = await reusableLayer(io, inputs, o, epoch);
    if (layer) layerFile = null;
    else {
      const compression = inputs.layerCompression;
      layer = await io.group(`Build the model layer (${files.length} file${files.length === 1 ? '' : 's'}, compression ${compression})`, () => buildLayer(files, layerFile as string, epoch, compression));
      if (compression !== 'none') recordLayer(inputs, o.cacheDir, layer);
    }
    io.info(`Model layer ${layer.digest} (${layer.size} bytes, ${layer.mediaType}), diffID ${layer.diffId}`);
    labels['dev.model-cd.model.path'] = o.modelPath;
    labels['dev.model-cd.model.layer'] = layer.digest;
    env[envName] = o.modelPath;
    if (o.contractPath) {
      labels['dev.model-cd.model.contract'] = o.contractPath;
      env.MODEL_CONTRACT = o.contractPath;
    }
    modelLayer.push({ layer, file: layerFile, createdBy: MODEL_LAYER });
  }
  const runtime = inputs.runtime === 'serve' ? serveRuntime(io, inputs, o, work, epoch, { layout: base.layout, top: baseTop }) : null;
  if (runtime) {
    Object.assign(labels, serveLabels());
    Object.assign(env, serveEnv());
  }
  const runtimePlatforms: string[] = [];
  if (modelLayer.length || runtime) {
    out = join(work, 'image');
    image = await appendLayers(base.layout, out, baseTop, {
      layers: async (b) => {
        if (!runtime) return modelLayer;
        const added = await runtime(b);
        if (!added) return null;
        runtimePlatforms.push(platformName(b.platform));
        // The runtime below the model: base + runtime is the same for every model, so a node that pulled one version has it for the next.
        return [added, ...modelLayer];
      },
      env,
      labels,
      ...(runtime ? { runConfig: serveRunConfig() } : {}),
      annotations: { 'org.opencontainers.image.created': created },
      created,
    });
  }
  io.info(`Image ${image.digest} (${image.mediaType})`);

  const pushed = await writeDestinations(io, destinations, out, image, clientFor, baseRepo);
  const first = destinations[0];
  const name = first?.kind === 'registry' ? `${first.host}/${first.repo}` : first?.kind === 'docker-archive' ? `docker-archive:${first.file}` : `oci:${first?.layout}`;
  const metadata = {
    'containerimage.digest': image.digest,
    'image.name': pushed.join(','),
    ...(layer ? { 'model-cd.layer.digest': layer.digest } : {}),
    ...(runtime ? { 'model-cd.runtime': 'serve' } : {}),
    ...(builder ? { 'model-cd.builder': builder } : {}),
    labels,
  };
  const how = [
    ...(builder ? [`built from \`${relative(io.cwd, resolve(io.cwd, dockerfile))}\` by ${builder}`] : []),
    ...(runtime ? [`the serve runtime (model-cd ${VERSION}, onnxruntime-node ${ORT_VERSION}) for ${runtimePlatforms.join(', ')} at \`/${SERVE_DIR}\`, port ${SERVE_PORT}`] : []),
    ...(layer ? [`the model (${files.length} file${files.length === 1 ? '' : 's'}) is one layer \`${layer.digest}\` at \`${o.modelPath}\` (\`${envName}\`)${o.contractPath ? `, its contract at \`${o.contractPath}\`` : ''}`] : []),
  ];
  const summary = [`### ✅ build-push: ${pushed.map((p) => `\`${p}\``).join(', ')}`, '', `Digest \`${image.digest}\`${how.length ? `; ${how.join('; ')}` : ''}.`, ''].join('\n');
  return { digest: image.digest, image: `${name}@${image.digest}`, imageid: await configDigest(out, image), metadata, summary };
}

/**
 * The `contract` input checked (a contract test-model and serve accept) and where it goes: beside
 * the model as model-contract.yaml, where serve also looks by itself. '' without one.
 */
async function contractFile(inputs: BuildPushInputs, cwd: string, files: LayerFile[], modelDir: string): Promise<string> {
  const given = inputs.contract.trim();
  if (!given) return '';
  await readContractFile(given, cwd, false, ALL_METRICS);
  const path = `${modelDir}/model-contract.yaml`;
  if (files.some((f) => f.path === path)) {
    throw new ConfigurationError('input `contract`', inputs.contract, `would go to /${path}, where the model folder already has a model-contract.yaml. Remove \`contract\` to keep the folder's own, or remove that file from the folder.`);
  }
  files.push({ path, source: resolve(cwd, given) });
  return `/${path}`;
}

/**
 * The runtime layer for one platform of the base: built once per architecture, after checking
 * that the base has Node there. A platform onnxruntime-node has no binary for is left out of an
 * index (logged); a single-platform base on one is an error.
 */
function serveRuntime(io: StepContext, inputs: BuildPushInputs, o: Plan, work: string, epoch: number, base: { layout: string; top: Descriptor }): (b: BaseImage) => Promise<AddedLayer | null> {
  const built = new Map<string, Promise<AddedLayer>>();
  const isIndex = base.top.mediaType === MEDIA.index || base.top.mediaType === MEDIA.dockerList;
  return async (b) => {
    const name = platformName(b.platform);
    const arch = ortArch(b.platform);
    if (!arch) {
      const why = `onnxruntime-node ${ORT_VERSION} has no binary for ${name} (it has linux/amd64 and linux/arm64)`;
      if (isIndex) {
        io.info(`${name}: left out of the image, since ${why}`);
        return null;
      }
      throw new ConfigurationError('input `base`', inputs.base || inputs.dockerfile, `is a ${name} image, and ${why}. Use a linux/amd64 or linux/arm64 base, or \`runtime: none\`.`);
    }
    const node = await findNode(base.layout, b);
    if ('missing' in node) {
      throw new ConfigurationError('input `base`', inputs.base || inputs.dockerfile, `has no \`node\` on its PATH (${node.missing.join(':')}) in its ${name} image, and the serve runtime runs on the base's Node. Use a base image that has Node 20 or later (node:24-slim, or your platform's Node image), or \`runtime: none\` with a base that brings its own server.`);
    }
    if ('unknown' in node) io.info(`${name}: could not check that the base has node (${node.unknown})`);
    let layer = built.get(arch);
    if (!layer) {
      const compression = runtimeCompression(inputs.layerCompression);
      const make = () => buildServeLayer({ bundle: inputs.serveBundle, arch, work, tarballCache: join(o.cacheDir, 'onnxruntime'), registry: npmRegistry(io.env), compression, epoch, log: (m) => io.info(m) });
      layer = io.group(`Build the serve runtime layer (linux/${arch}, compression ${compression})`, make);
      built.set(arch, layer);
    }
    const added = await layer;
    io.info(`Serve runtime layer ${added.layer.digest} (${added.layer.size} bytes, ${added.layer.mediaType}) for ${name}`);
    return added;
  };
}

/** The lineage labels (OCI's and ours) from the inputs and the workflow, then the `labels` input on top. */
function lineageLabels(io: StepContext, inputs: BuildPushInputs, created: string): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.created': created,
    ...(io.env.GITHUB_REPOSITORY ? { 'org.opencontainers.image.source': `${io.env.GITHUB_SERVER_URL || 'https://github.com'}/${io.env.GITHUB_REPOSITORY}` } : {}),
    ...(io.env.GITHUB_SHA ? { 'org.opencontainers.image.revision': io.env.GITHUB_SHA } : {}),
    ...(inputs.modelVersion.trim() ? { 'org.opencontainers.image.version': inputs.modelVersion.trim() } : {}),
    ...(inputs.modelName.trim() ? { 'dev.model-cd.model.name': inputs.modelName.trim() } : {}),
    ...(inputs.modelVersion.trim() ? { 'dev.model-cd.model.version': inputs.modelVersion.trim() } : {}),
    ...(inputs.modelSha256.trim() ? { 'dev.model-cd.model.sha256': inputs.modelSha256.trim() } : {}),
    ...(inputs.modelSourceUri.trim() ? { 'dev.model-cd.model.source-uri': inputs.modelSourceUri.trim() } : {}),
  };
  for (const l of inputs.labels) {
    const eq = l.indexOf('=');
    if (eq < 1) throw new ConfigurationError('input `labels`', l, 'is not `key=value` (docker/metadata-action\'s `labels` output has that form).');
    labels[l.slice(0, eq).trim()] = l.slice(eq + 1);
  }
  return labels;
}

/** The image in `out` to every destination; returns their names as the summary shows them. */
async function writeDestinations(io: StepContext, destinations: Destination[], out: string, image: Descriptor, clientFor: ClientFor, baseRepo: { host: string; repo: string } | null): Promise<string[]> {
  const pushed: string[] = [];
  for (const d of destinations) {
    if (d.kind === 'oci') {
      // The image is built once (in `out`); a layout destination gets its blobs and a tag.
      await copyBlobs(out, d.layout);
      await tagInLayout(d.layout, d.ref || 'latest', image);
      pushed.push(`oci:${relative(io.cwd, d.layout) || '.'}:${d.ref || 'latest'}`);
      continue;
    }
    if (d.kind === 'docker-archive') {
      const name = `docker-archive:${relative(io.cwd, d.file)}`;
      const written = await io.group(`Write ${name}`, () => writeDockerArchive(out, image, d.file, d.repoTag, dockerArch(process.arch)));
      if (written.manifest.digest !== image.digest) io.info(`${name}: the ${written.manifest.platform?.os ?? ''}/${written.manifest.platform?.architecture ?? ''} image ${written.manifest.digest} of the index (an archive holds one platform)`);
      pushed.push(d.repoTag ? `${name}:${d.repoTag}` : name);
      continue;
    }
    const mountFrom = baseRepo?.host === d.host ? baseRepo.repo : undefined;
    const r = await io.group(`Push ${d.host}/${d.repo}:${d.tag}`, async () => pushImage(await clientFor(d.host), out, image, d.repo, d.tag, mountFrom));
    io.info(`${d.host}/${d.repo}:${d.tag}: ${r.blobsUploaded} blob(s) uploaded (${r.bytesUploaded} bytes), ${r.blobsMounted} mounted from ${mountFrom ?? 'the base'}, ${r.blobsSkipped} already there`);
    pushed.push(`${d.host}/${d.repo}:${d.tag}`);
  }
  return pushed;
}

/**
 * The model layer every registry destination already has, without compressing it: the model's tar
 * is hashed (its diffID, one sha256 pass), and its blob digest is the diffID itself (uncompressed),
 * or what the record in `cache-dir` says an earlier build made of it, or the layer with that diffID
 * in the images of `cache-from` and of the tags being pushed. It is used only when every
 * destination answers that it holds that blob; an OCI layout or an archive needs the bytes here,
 * and any doubt means building it.
 */
async function reusableLayer(io: StepContext, inputs: BuildPushInputs, o: Plan, epoch: number): Promise<Layer | null> {
  const registries = o.destinations.filter((d) => d.kind === 'registry');
  if (!registries.length || registries.length !== o.destinations.length) return null;
  const { diffId, size } = await layerDiffId(o.files, epoch);
  const compression = inputs.layerCompression;
  const mediaType = LAYER_MEDIA_TYPES[compression];
  const everywhere = async (digest: string) => {
    for (const d of registries) if (!(await (await o.clientFor(d.host)).hasBlob(d.repo, digest))) return false;
    return true;
  };
  const names = registries.map((d) => `${d.host}/${d.repo}:${d.tag}`).join(', ');
  const known = compression === 'none' ? { digest: diffId, diffId, size, mediaType } : readLayerRecord(o.cacheDir, compression, diffId);
  if (known) {
    try {
      if (await everywhere(known.digest)) {
        io.info(`The model layer (diffID ${diffId}) is already in ${names}: reused, not compressed or sent again`);
        return known;
      }
    } catch (e) {
      io.debug(`could not ask ${names} for ${known.digest}: ${(e as Error).message}`);
    }
  }
  const candidates: RegistryRef[] = [...inputs.cacheFrom.map((c) => parseRegistryRef(c, 'cache-from')), ...registries];
  for (const c of candidates) {
    try {
      const client = await o.clientFor(c.host);
      const found = await findLayer(client, c.repo, c.tag, diffId);
      if (!found || found.mediaType !== mediaType || found.digest === known?.digest) continue;
      if (registries.some((d) => d.host !== c.host) || !(await everywhere(found.digest))) return null;
      io.info(`The model layer (diffID ${diffId}) is already in ${c.host}/${c.repo}:${c.tag}: reused, not compressed or sent again`);
      return { digest: found.digest, diffId, size: found.size, mediaType };
    } catch (e) {
      // Not a reason to fail: the push that follows names any real problem with the registry.
      io.debug(`no reusable layer in ${c.host}/${c.repo}:${c.tag}: ${(e as Error).message}`);
    }
  }
  return null;
}

/** Remembers the layer just built in `cache-dir`, so an unchanged model is not compressed again. */
function recordLayer(inputs: BuildPushInputs, cacheDir: string, layer: Layer): void {
  try {
    writeLayerRecord(cacheDir, inputs.layerCompression, layer);
  } catch (e) {
    throw new ConfigurationError('input `cache-dir`', inputs.cacheDir.trim() || cacheDir, `cannot be written (${(e as Error).message}). Give a folder this job may write, or leave it empty for the runner's tool cache.`);
  }
}

/** The image ID as docker reports it: the config digest (of the first platform for an index). */
async function configDigest(layout: string, d: Descriptor): Promise<string> {
  const blob = async (digest: string) => JSON.parse((await readBlob(layout, digest)).toString('utf8')) as { manifests?: Descriptor[]; config?: Descriptor };
  const top = await blob(d.digest);
  const manifest = top.manifests ? await blob((top.manifests[0] as Descriptor).digest) : top;
  return manifest.config?.digest ?? '';
}
