// pull-model for the plain S3 registry (docs/s3-registry.md): resolve `s3://bucket/root#name@alias`
// or `#name/<n>` to a complete version, then pull its `files/` folder through the ordinary S3
// folder pull with the manifest's sha256 as the expected hash. That pull verifies before anything
// reaches the cache or the destination, so a manifest that lies about a hash leaves nothing behind.
import { NotFoundError, ServiceError } from '../../common/errors.js';
import { manifestSha256 } from '../manifest.js';
import { pullS3, type PullOptions, type PullResult } from '../pull.js';
import { s3Uri, type S3Client } from '../s3/client.js';
import type { ModelUri } from '../uri.js';
import { aliasKey, filesPrefix, manifestKey, modelPrefix, versionPrefix, parseAlias, parseManifest, type RegistryRoot, type VersionManifest } from './layout.js';

type RegistryUri = Extract<ModelUri, { kind: 's3-registry' }>;

const notFound = (e: unknown) => e instanceof ServiceError && e.status === 404;

async function readText(s3: S3Client, bucket: string, key: string): Promise<string> {
  const r = await s3.get(bucket, key);
  return new Response(r.body).text();
}

async function hasAny(s3: S3Client, bucket: string, prefix: string): Promise<boolean> {
  for await (const _ of s3.list(bucket, prefix)) return true;
  return false;
}

export async function pullS3Registry(o: PullOptions, uri: RegistryUri, dest: string): Promise<PullResult> {
  const s3 = typeof o.s3 === 'function' ? await o.s3() : o.s3;
  if (!s3) throw new Error('pullS3Registry needs an S3 client');
  const log = o.log ?? (() => undefined);
  const root: RegistryRoot = { bucket: uri.bucket, prefix: uri.prefix };
  const rootUri = s3Uri(uri.bucket, uri.prefix);
  const model = `${uri.name} in the S3 registry ${rootUri}`;
  const unknownName = async () => {
    if (!(await hasAny(s3, uri.bucket, modelPrefix(root, uri.name)))) {
      throw new NotFoundError(`unknown model ${model}: nothing under ${s3Uri(uri.bucket, modelPrefix(root, uri.name))}. Check the name and the registry root (the \`registry\` publish-model was given).`);
    }
  };

  let version: number;
  let alias: string | undefined;
  if ('alias' in uri.ref) {
    alias = uri.ref.alias;
    const key = aliasKey(root, uri.name, alias);
    let text: string;
    try {
      text = await readText(s3, uri.bucket, key);
    } catch (e) {
      if (!notFound(e)) throw e;
      await unknownName();
      throw new NotFoundError(`unknown alias "${alias}" of ${model}: ${s3Uri(uri.bucket, key)} does not exist. Promote a version to it with publish-model (version and alias, no path), or pull by version (#${uri.name}/<n>).`);
    }
    version = parseAlias(text, s3Uri(uri.bucket, key)).version;
    log(`${uri.name}@${alias} points to version ${version}.`);
  } else {
    version = uri.ref.version;
  }

  const mKey = manifestKey(root, uri.name, version);
  let manifest: VersionManifest;
  try {
    manifest = parseManifest(await readText(s3, uri.bucket, mKey), s3Uri(uri.bucket, mKey));
  } catch (e) {
    if (!notFound(e)) throw e;
    if (await hasAny(s3, uri.bucket, versionPrefix(root, uri.name, version))) {
      throw new ServiceError(`version ${version} of ${model} is incomplete (no manifest): a publish failed or is in progress. Pull another version, or publish again.`, 404);
    }
    if (alias !== undefined) {
      throw new ServiceError(`alias "${alias}" of ${model} points to version ${version}, which does not exist (nothing under ${s3Uri(uri.bucket, versionPrefix(root, uri.name, version))}). The alias is damaged: point it at a complete version with publish-model.`);
    }
    await unknownName();
    throw new NotFoundError(`unknown version ${version} of ${model}: nothing under ${s3Uri(uri.bucket, versionPrefix(root, uri.name, version))}.`);
  }
  // The manifest must agree with itself before its hash is trusted to check the files.
  if (manifest.version !== version || manifestSha256(manifest.files) !== manifest.sha256) {
    throw new ServiceError(
      `the manifest ${s3Uri(uri.bucket, mKey)} is inconsistent: ${manifest.version !== version ? `it says version ${manifest.version}` : 'its sha256 is not the hash of its own file list'}. It was edited or corrupted; nothing was pulled.`,
    );
  }
  if (o.expectedSha256 !== undefined && o.expectedSha256 !== manifest.sha256) {
    throw new ServiceError(`sha256 mismatch for ${model} version ${version}: expected ${o.expectedSha256}, the manifest records ${manifest.sha256}. Nothing was pulled.`);
  }

  const files = filesPrefix(root, uri.name, version);
  let pulled: PullResult;
  try {
    // Every file is checked against the manifest: the folder hash is the hash of the sorted
    // "<sha256>  <path>" lines, so it matches only when each file's bytes and path match.
    pulled = await pullS3(o.expectedSha256 === undefined ? { ...o, expectedSha256: manifest.sha256 } : o, { kind: 's3', bucket: uri.bucket, key: files, folder: true }, dest);
  } catch (e) {
    // The manifest says the version exists: missing files make it damaged, which `if-missing: skip` must not skip.
    if (e instanceof NotFoundError) {
      throw new ServiceError(`version ${version} of ${model} has a manifest (${s3Uri(uri.bucket, mKey)}) but its files are missing: ${e.message} The registry entry is damaged: publish the model again, or point the alias at a complete version.`);
    }
    if (e instanceof ServiceError && /^sha256 mismatch/.test(e.message)) {
      throw new ServiceError(`the files of ${model} version ${version} do not match its manifest ${s3Uri(uri.bucket, mKey)} (${e.message}). The manifest or the files were changed after publishing; nothing was kept.`);
    }
    throw e;
  }
  return {
    ...pulled,
    name: uri.name,
    version: String(version),
    ...(alias !== undefined ? { alias } : {}),
    sourceUri: `s3://${uri.bucket}/${uri.prefix}#${uri.name}/${version}`,
    metadata: { tags: manifest.tags ?? {}, metrics: manifest.metrics ?? {}, ...(manifest.description ? { description: manifest.description } : {}) },
  };
}
