// build-push (daemonless path): typed inputs -> the model layer -> appended to the base image of an
// OCI layout -> written to OCI layouts and pushed to registries -> outputs, summary.
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { list, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { buildLayer, imagePathProblem, type LayerFile } from '../image/layer.js';
import { appendModel, copyBlobs, resolveRef, tagInLayout, type Descriptor } from '../image/oci.js';
import { dockerCredentials } from '../image/credentials.js';
import { pullToLayout, pushImage, RegistryClient } from '../image/registry.js';

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
};

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

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('build-push', spec, io);
  io.setSecret(inputs.password);
  if (!inputs.base.trim()) throw new ConfigurationError('input `base`', '', 'is empty. Give the service base image: `registry/repository:tag` or `oci:<folder>:<tag>`.');
  if (!inputs.model.trim()) throw new ConfigurationError('input `model`', '', 'is empty. Give the model file or folder (pull-model\'s `path` output).');
  if (!inputs.tags.length) throw new ConfigurationError('input `tags`', '', 'is empty. Give where to write the image: `registry/repository:tag` lines, or `oci:<folder>:<tag>`.');
  const username = inputs.username.trim();
  const clientFor = async (host: string) => {
    // The inputs, else what a login action left in the docker config.json.
    const credentials = username ? { username, password: inputs.password } : await dockerCredentials(host, io.env);
    if (credentials) io.setSecret(credentials.password);
    // Loopback registries speak plain HTTP (as docker treats localhost); anything else is HTTPS with TLS verified.
    return new RegistryClient({ host, insecure: /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host), ...(credentials ? { credentials } : {}) });
  };
  let base: { layout: string; ref: string };
  let baseRepo: { host: string; repo: string } | null = null;
  if (inputs.base.trim().startsWith('oci:')) base = parseOciRef(inputs.base, 'base', io.cwd);
  else {
    const b = parseRegistryRef(inputs.base, 'base');
    const layout = mkdtempSync(join(io.tempDir, 'build-push-base-'));
    const top = await io.group(`Pull the base image ${b.host}/${b.repo}:${b.tag}`, async () => pullToLayout(await clientFor(b.host), b.repo, b.tag, layout));
    await tagInLayout(layout, 'base', top);
    base = { layout, ref: 'base' };
    baseRepo = b;
  }
  const destinations = inputs.tags.map((t) => (t.startsWith('oci:') ? { kind: 'oci' as const, ...parseOciRef(t, 'tags', io.cwd) } : { kind: 'registry' as const, ...parseRegistryRef(t) }));
  const modelDir = (inputs.modelDir.trim() || '/opt/model').replace(/^\/+|\/+$/g, '');
  const dirProblem = imagePathProblem(modelDir);
  if (dirProblem) throw new ConfigurationError('input `model-dir`', inputs.modelDir, `${dirProblem}: give an absolute folder in the image such as /opt/model.`);

  const files = modelFiles(resolve(io.cwd, inputs.model.trim()), modelDir, inputs.model);
  const work = mkdtempSync(join(io.tempDir, 'build-push-'));
  const layerFile = join(work, 'layer.tar.gz');
  const epoch = Number(io.env.SOURCE_DATE_EPOCH ?? 0);
  const created = new Date((Number.isFinite(epoch) ? epoch : 0) * 1000).toISOString().replace('.000Z', 'Z');
  const layer = await io.group(`Build the model layer (${files.length} file${files.length === 1 ? '' : 's'})`, () => buildLayer(files, layerFile, Number.isFinite(epoch) ? epoch : 0));
  io.info(`Model layer ${layer.digest} (${layer.size} bytes compressed), diffID ${layer.diffId}`);

  const modelPath = files.length === 1 && statSync(resolve(io.cwd, inputs.model.trim())).isFile() ? `/${files[0]?.path}` : `/${modelDir}`;
  const labels: Record<string, string> = {
    'org.opencontainers.image.created': created,
    ...(io.env.GITHUB_REPOSITORY ? { 'org.opencontainers.image.source': `${io.env.GITHUB_SERVER_URL || 'https://github.com'}/${io.env.GITHUB_REPOSITORY}` } : {}),
    ...(io.env.GITHUB_SHA ? { 'org.opencontainers.image.revision': io.env.GITHUB_SHA } : {}),
    ...(inputs.modelVersion.trim() ? { 'org.opencontainers.image.version': inputs.modelVersion.trim() } : {}),
    ...(inputs.modelName.trim() ? { 'dev.model-cd.model.name': inputs.modelName.trim() } : {}),
    ...(inputs.modelVersion.trim() ? { 'dev.model-cd.model.version': inputs.modelVersion.trim() } : {}),
    ...(inputs.modelSha256.trim() ? { 'dev.model-cd.model.sha256': inputs.modelSha256.trim() } : {}),
    ...(inputs.modelSourceUri.trim() ? { 'dev.model-cd.model.source-uri': inputs.modelSourceUri.trim() } : {}),
    'dev.model-cd.model.path': modelPath,
    'dev.model-cd.model.layer': layer.digest,
  };
  for (const l of inputs.labels) {
    const eq = l.indexOf('=');
    if (eq < 1) throw new ConfigurationError('input `labels`', l, 'is not `key=value` (docker/metadata-action\'s `labels` output has that form).');
    labels[l.slice(0, eq).trim()] = l.slice(eq + 1);
  }
  const envName = inputs.modelEnv.trim() || 'MODEL_PATH';
  const out = join(work, 'image');
  const image: Descriptor = await appendModel(base.layout, out, await resolveRef(base.layout, base.ref).catch((e: Error) => {
    throw new ConfigurationError('input `base`', inputs.base, `${e.message}.`);
  }), { layer, layerFile, env: { [envName]: modelPath }, labels, annotations: { 'org.opencontainers.image.created': created }, created });
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
    const mountFrom = baseRepo?.host === d.host ? baseRepo.repo : undefined;
    const r = await io.group(`Push ${d.host}/${d.repo}:${d.tag}`, async () => pushImage(await clientFor(d.host), out, image, d.repo, d.tag, mountFrom));
    io.info(`${d.host}/${d.repo}:${d.tag}: ${r.blobsUploaded} blob(s) uploaded (${r.bytesUploaded} bytes), ${r.blobsMounted} mounted from ${mountFrom ?? 'the base'}, ${r.blobsSkipped} already there`);
    pushed.push(`${d.host}/${d.repo}:${d.tag}`);
  }
  const first = destinations[0];
  const name = first?.kind === 'registry' ? `${first.host}/${first.repo}` : `oci:${first?.layout}`;
  io.setOutput('digest', image.digest);
  io.setOutput('image', `${name}@${image.digest}`);
  io.setOutput('imageid', await configDigest(out, image));
  io.setOutput('metadata', JSON.stringify({ 'containerimage.digest': image.digest, 'image.name': pushed.join(','), 'model-cd.layer.digest': layer.digest, labels }));
  io.summary([`### ✅ build-push: ${pushed.map((p) => `\`${p}\``).join(', ')}`, '', `Digest \`${image.digest}\`; the model (${files.length} file${files.length === 1 ? '' : 's'}) is one layer \`${layer.digest}\` at \`${modelPath}\` (\`${envName}\`).`, ''].join('\n'));
  return 0;
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
  const blob = async (digest: string) => JSON.parse(await readFile(join(layout, 'blobs', ...digest.split(':')), 'utf8')) as { manifests?: Descriptor[]; config?: Descriptor };
  const top = await blob(d.digest);
  const manifest = top.manifests ? await blob((top.manifests[0] as Descriptor).digest) : top;
  return manifest.config?.digest ?? '';
}
