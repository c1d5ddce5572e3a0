// build-push: typed inputs -> the base image in an OCI layout (pulled from a registry, read from a
// layout, or built from a Dockerfile by docker, buildah or podman) -> the model layer appended ->
// written to OCI layouts and docker archives and pushed to registries -> outputs, summary.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ConfigurationError, ServiceError } from '../common/errors.js';
import { checkWritable } from '../common/fsutil.js';
import { stepRetry } from '../common/http.js';
import { list, number, oneOf, readInputs, string, type InputsOf } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { which } from '../common/which.js';
import { detectBuilder, lines, parsePairs, planBuild, runCommand, systemProbe, UnsupportedError, type BuildPlan } from '../image/builder.js';
import { dockerArch, parseArchiveRef, readDockerArchive, writeDockerArchive } from '../image/docker-archive.js';
import { buildLayer, imagePathProblem, LAYER_MEDIA, layerDiffId, type Layer, type LayerFile } from '../image/layer.js';
import { appendModel, copyBlobs, readBlob, resolveRef, tagInLayout, type Descriptor } from '../image/oci.js';
import { dockerCredentials } from '../image/credentials.js';
import { findLayer, pullToLayout, pushImage, RegistryClient } from '../image/registry.js';

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
  'retry-timeout': number({ min: 1 }),
};

type Inputs = InputsOf<typeof spec>;

/** `oci:<layout folder>:<ref>`, the only base the daemonless path reads today. */
function parseOciRef(raw: string, input: string, cwd: string): { layout: string; ref: string } {
  const m = /^oci:(.+?)(?::([A-Za-z0-9._-]+))?$/.exec(raw.trim());
  if (!m) throw new ConfigurationError(`input \`${input}\``, raw, 'is not an OCI layout reference. Give `oci:<folder>:<tag>`, e.g. `oci:base-image:3.12` (skopeo copy or buildah push can write one).');
  return { layout: resolve(cwd, m[1] as string), ref: m[2] ?? '' };
}

/** A registry destination `host[:port]/repo[:tag]`. */
function parseRegistryRef(raw: string, input = 'tags'): { host: string; repo: string; tag: string } {
  const m = /^([a-z0-9.-]+(?::\d+)?)\/([a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(raw.trim());
  if (!m) throw new ConfigurationError(`input \`${input}\``, raw, 'is not an image reference. Give `registry/repository:tag` (lower-case repository; tags up to 128 of letters, digits, ".", "_", "-"), or `oci:<folder>:<tag>`.');
  return { host: m[1] as string, repo: m[2] as string, tag: m[3] ?? 'latest' };
}

type Destination =
  | { kind: 'oci'; layout: string; ref: string }
  | { kind: 'docker-archive'; file: string; repoTag: string | null }
  | ({ kind: 'registry' } & ReturnType<typeof parseRegistryRef>);

function parseDestination(raw: string, cwd: string): Destination {
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

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('build-push', spec, io);
  io.setSecret(inputs.password);
  const dockerfile = inputs.dockerfile.trim();
  const model = inputs.model.trim();
  if (dockerfile && inputs.base.trim()) {
    throw new ConfigurationError('input `base`', inputs.base, "is given with `dockerfile`, whose FROM names the base image. Remove `base` (a Dockerfile can take it as a build arg: `ARG BASE` then `FROM $BASE`, with `build-args: BASE=...`), or remove `dockerfile` to layer the model on `base` without a build.");
  }
  if (!dockerfile && !inputs.base.trim()) throw new ConfigurationError('input `base`', '', 'is empty. Give the service base image: `registry/repository:tag` or `oci:<folder>:<tag>` (or a `dockerfile` to build).');
  if (!dockerfile && !model) throw new ConfigurationError('input `model`', '', 'is empty. Give the model file or folder (pull-model\'s `path` output).');
  if (!inputs.tags.length) throw new ConfigurationError('input `tags`', '', 'is empty. Give where to write the image: `registry/repository:tag` lines, `oci:<folder>:<tag>` or `docker-archive:<file.tar>`.');
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

  const work = mkdtempSync(join(io.tempDir, 'build-push-'));
  try {
    return await buildAndPush(io, inputs, { files, destinations, clientFor, model, modelDir, dockerfile }, work);
  } finally {
    // Layer, layouts and pulled base: destinations got links or copies, and a runner's temp
    // folder may outlive the job (self-hosted runners, the CLI).
    rmSync(work, { recursive: true, force: true });
  }
}

interface Plan {
  files: LayerFile[];
  destinations: ReturnType<typeof parseDestination>[];
  clientFor: (host: string) => Promise<RegistryClient>;
  model: string;
  modelDir: string;
  dockerfile: string;
}

/** The image (built, pulled or read; the model layered on it) written to every destination, in `work`. */
async function buildAndPush(io: ActionIO, inputs: Inputs, o: Plan, work: string): Promise<number> {
  const { files, destinations, clientFor, model, modelDir, dockerfile } = o;
  // The daemonless image is reproducible, so its time is SOURCE_DATE_EPOCH or the epoch; a
  // Dockerfile build is not, and says when it was built unless SOURCE_DATE_EPOCH pins it.
  const epochRaw = Number(io.env.SOURCE_DATE_EPOCH ?? (dockerfile ? Math.floor(Date.now() / 1000) : 0));
  const epoch = Number.isFinite(epochRaw) ? epochRaw : 0;
  const created = new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
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
  let modelPath = '';
  const envName = inputs.modelEnv.trim() || 'MODEL_PATH';
  if (files.length) {
    let layerFile: string | null = join(work, 'layer.tar.gz');
    layer = await reusableLayer(io, inputs, destinations, clientFor, files, epoch);
    if (layer) layerFile = null;
    else layer = await io.group(`Build the model layer (${files.length} file${files.length === 1 ? '' : 's'})`, () => buildLayer(files, layerFile as string, epoch));
    io.info(`Model layer ${layer.digest} (${layer.size} bytes compressed), diffID ${layer.diffId}`);
    modelPath = files.length === 1 && statSync(resolve(io.cwd, model)).isFile() ? `/${files[0]?.path}` : `/${modelDir}`;
    labels['dev.model-cd.model.path'] = modelPath;
    labels['dev.model-cd.model.layer'] = layer.digest;
    out = join(work, 'image');
    image = await appendModel(base.layout, out, baseTop, { layer, layerFile, env: { [envName]: modelPath }, labels, annotations: { 'org.opencontainers.image.created': created }, created });
  }
  io.info(`Image ${image.digest} (${image.mediaType})`);

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
  const first = destinations[0];
  const name = first?.kind === 'registry' ? `${first.host}/${first.repo}` : first?.kind === 'docker-archive' ? `docker-archive:${first.file}` : `oci:${first?.layout}`;
  io.setOutput('digest', image.digest);
  io.setOutput('image', `${name}@${image.digest}`);
  io.setOutput('imageid', await configDigest(out, image));
  const metadata = {
    'containerimage.digest': image.digest,
    'image.name': pushed.join(','),
    ...(layer ? { 'model-cd.layer.digest': layer.digest } : {}),
    ...(builder ? { 'model-cd.builder': builder } : {}),
    labels,
  };
  io.setOutput('metadata', JSON.stringify(metadata));
  const how = [
    ...(builder ? [`built from \`${relative(io.cwd, resolve(io.cwd, dockerfile))}\` by ${builder}`] : []),
    ...(layer ? [`the model (${files.length} file${files.length === 1 ? '' : 's'}) is one layer \`${layer.digest}\` at \`${modelPath}\` (\`${envName}\`)`] : []),
  ];
  io.summary([`### ✅ build-push: ${pushed.map((p) => `\`${p}\``).join(', ')}`, '', `Digest \`${image.digest}\`${how.length ? `; ${how.join('; ')}` : ''}.`, ''].join('\n'));
  return 0;
}

/**
 * The model layer a registry destination already has, found by its diffID (the tar's sha256, cheap
 * next to the gzip) in the images of `cache-from` and of the tags being pushed: an unchanged model
 * is then neither compressed nor sent again. Only when every destination is a registry that holds
 * that blob (an OCI layout or an archive needs the bytes here); any doubt means building it.
 */
async function reusableLayer(io: ActionIO, inputs: Inputs, destinations: Destination[], clientFor: (host: string) => Promise<RegistryClient>, files: LayerFile[], epoch: number): Promise<Layer | null> {
  const registries = destinations.filter((d) => d.kind === 'registry');
  if (!registries.length || registries.length !== destinations.length) return null;
  const diffId = await layerDiffId(files, epoch);
  const candidates = [...inputs.cacheFrom.map((c) => parseRegistryRef(c, 'cache-from')), ...registries];
  for (const c of candidates) {
    try {
      const client = await clientFor(c.host);
      const found = await findLayer(client, c.repo, c.tag, diffId);
      if (!found || found.mediaType !== LAYER_MEDIA) continue;
      for (const d of registries) if (d.host !== c.host || !(await (await clientFor(d.host)).hasBlob(d.repo, found.digest))) return null;
      io.info(`The model layer (diffID ${diffId}) is already in ${c.host}/${c.repo}:${c.tag}: reused, not compressed or sent again`);
      return { digest: found.digest, diffId, size: found.size, mediaType: LAYER_MEDIA };
    } catch (e) {
      // Not a reason to fail: the push that follows names any real problem with the registry.
      io.debug(`no reusable layer in ${c.host}/${c.repo}:${c.tag}: ${(e as Error).message}`);
    }
  }
  return null;
}

/**
 * Builds the Dockerfile with the builder the runner has into an OCI layout under `work`, the
 * lineage labels passed as --label. The builder's own store is private and removed afterwards.
 */
async function buildDockerfile(io: ActionIO, inputs: Inputs, labels: Record<string, string>, work: string): Promise<{ layout: string; ref: string; builder: string }> {
  const dockerfile = resolve(io.cwd, inputs.dockerfile.trim());
  if (!isFile(dockerfile)) throw new ConfigurationError('input `dockerfile`', inputs.dockerfile, 'is not a file. Give the Dockerfile\'s path, relative to the workspace.');
  const context = resolve(io.cwd, inputs.context.trim() || '.');
  if (!isDir(context)) throw new ConfigurationError('input `context`', inputs.context, 'is not a folder. Give the build context, relative to the workspace (default: the workspace).');
  const args = parsePairs(lines(inputs.buildArgs));
  if (args.bad !== null) throw new ConfigurationError('input `build-args`', args.bad, 'is not `NAME=value` (one per line).');
  const secretLines = parsePairs(lines(inputs.secretFiles));
  if (secretLines.bad !== null) throw new ConfigurationError('input `secret-files`', secretLines.bad, 'is not `id=path` (one per line; the Dockerfile mounts it with `RUN --mount=type=secret,id=...`).');
  const secrets = secretLines.pairs.map(([id, path]) => {
    const file = resolve(io.cwd, path.trim());
    if (!isFile(file)) throw new ConfigurationError('input `secret-files`', `${id}=${path}`, 'names a file that does not exist. Give `id=path` with the path relative to the workspace.');
    return { id, path: file };
  });

  const found = await detectBuilder(inputs.builder, systemProbe(io.env, (n) => which(n, io.env)));
  if (!found.builder) {
    const daemonless = 'or remove `dockerfile` to use the daemonless path (`base` + `model`, no builder needed)';
    if (inputs.builder === 'auto') throw new ConfigurationError('input `dockerfile`', inputs.dockerfile, `needs an image builder, and none works here (${found.why}). Install buildah (apt-get install buildah), podman or docker, ${daemonless}.`);
    throw new ConfigurationError('input `builder`', inputs.builder, `cannot build here: ${found.why}. Install it, set \`builder: auto\` to take whichever of docker, buildah and podman works, ${daemonless}.`);
  }
  const scratch = mkdtempSync(join(io.tempDir, 'build-push-builder-'));
  const layout = join(work, 'built');
  let plan: BuildPlan;
  try {
    plan = planBuild(found.builder, {
      dockerfile,
      context,
      buildArgs: args.pairs,
      target: inputs.target.trim(),
      secrets,
      labels,
      name: `localhost/model-cd-build:${randomBytes(8).toString('hex')}`,
      scratch,
      layout,
      ref: 'built',
      archive: join(scratch, 'image.tar'),
    });
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    if (e instanceof UnsupportedError) throw new ConfigurationError('input `builder`', found.builder, `${e.message}.`);
    throw e;
  }
  const env = { ...io.env, ...plan.env };
  if (plan.env.TMPDIR) mkdirSync(plan.env.TMPDIR, { recursive: true });
  try {
    await io.group(`Build ${relative(io.cwd, dockerfile)} with ${plan.builder}`, async () => {
      for (const step of plan.steps) {
        io.info(`$ ${step.file} ${step.args.join(' ')}`);
        // Each line behind a prefix: a build's output (a RUN step's echo) must not read as a workflow command.
        const r = await runCommand(step, { env, cwd: io.cwd, onLine: (l) => io.info(`[${plan.builder}] ${l}`) });
        if (r.code !== 0) throw new ServiceError(`${step.file} ${step.args.find((a) => /^(bud|build|buildx|push|save)$/.test(a)) ?? ''} failed (exit ${r.code}) building ${relative(io.cwd, dockerfile)}; its last lines:\n${r.tail.slice(-10).join('\n')}`);
      }
    });
    if (plan.output.kind === 'docker-archive') {
      const top = await readDockerArchive(plan.output.file, layout, null, scratch);
      await tagInLayout(layout, 'built', top);
    }
    return { layout, ref: 'built', builder: plan.builder };
  } finally {
    for (const c of plan.cleanup) await runCommand(c, { env, cwd: io.cwd, onLine: (l) => io.debug(l) }).catch(() => undefined);
    try {
      rmSync(scratch, { recursive: true, force: true });
    } catch (e) {
      io.debug(`could not remove ${scratch}: ${(e as Error).message}`);
    }
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The model's files and where each goes in the image. */
function modelFiles(source: string, modelDir: string, raw: string): LayerFile[] {
  let st;
  try {
    st = statSync(source);
  } catch {
    throw new ConfigurationError('input `model`', raw, 'does not exist. Give the model file or folder (pull-model\'s `path` output).');
  }
  if (st.isFile()) return [{ path: `${modelDir}/${source.split(sep).pop()}`, source }];
  const out: LayerFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push({ path: `${modelDir}/${relative(source, p).split(sep).join('/')}`, source: p });
    }
  };
  walk(source);
  if (!out.length) throw new ConfigurationError('input `model`', raw, 'is an empty folder: there is no model to layer.');
  return out;
}

/** The image ID as docker reports it: the config digest (of the first platform for an index). */
async function configDigest(layout: string, d: Descriptor): Promise<string> {
  const blob = async (digest: string) => JSON.parse((await readBlob(layout, digest)).toString('utf8')) as { manifests?: Descriptor[]; config?: Descriptor };
  const top = await blob(d.digest);
  const manifest = top.manifests ? await blob((top.manifests[0] as Descriptor).digest) : top;
  return manifest.config?.digest ?? '';
}
