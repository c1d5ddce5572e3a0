// Model URIs as users write them in `model-uri`: S3 objects and folders, MLflow registry and run
// URIs, file:// URLs and plain local paths. Parsing is pure and complete; which forms a caller
// serves is the caller's business.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../common/errors.js';

export type ModelUri =
  | { kind: 's3'; bucket: string; /** Object key, or the folder's prefix ending in `/` ('' for the whole bucket). */ key: string; folder: boolean }
  | { kind: 'local'; /** Absolute path. */ path: string }
  /** The plain S3 registry (docs/s3-registry.md): a root, a model name, and an alias or a version. */
  | { kind: 's3-registry'; bucket: string; /** Root prefix without a trailing slash ('' for the bucket's top). */ prefix: string; name: string; ref: { version: number } | { alias: string } }
  | { kind: 'mlflow-model'; name: string; ref: { version: string } | { alias: string } | { latest: true } | { stage: string } }
  | { kind: 'mlflow-run'; runId: string; /** Artifact path inside the run, '' for all of it. */ path: string };

export const ACCEPTED_FORMS =
  's3://bucket/key (a file), s3://bucket/prefix/ (a folder), models:/<name>@<alias>, models:/<name>/<version>, models:/<name>/latest, runs:/<run-id>/<path>, s3://bucket/registry#<name>@<alias> and s3://bucket/registry#<name>/<version> (the plain S3 registry), file:///absolute/path or a local path';

const INPUT = 'input `model-uri`';

function bad(value: string, why: string): ConfigurationError {
  return new ConfigurationError(INPUT, value, `${why}. Accepted forms: ${ACCEPTED_FORMS}.`);
}

/** Bucket names as S3 and the common S3-compatible servers accept them (dots, hyphens, underscores). */
const BUCKET = /^[a-z0-9][a-z0-9._-]{2,254}$/i;
const MODEL_NAME = /^[^/@]+$/;

export function parseModelUri(value: string, cwd: string): ModelUri {
  const uri = value.trim();
  if (!uri) throw bad(value, 'is empty');
  // One letter before a colon is a Windows drive, not a scheme.
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]+):/.exec(uri)?.[1]?.toLowerCase();
  switch (scheme) {
    case undefined:
      return { kind: 'local', path: resolve(cwd, uri) };
    case 's3':
    case 's3a':
    case 's3n':
      return parseS3(uri, value);
    case 'file':
      return parseFile(uri, value);
    case 'models':
      return parseModels(uri, value);
    case 'runs':
      return parseRuns(uri, value);
    default:
      throw bad(value, `has the unknown scheme "${scheme}:"`);
  }
}

// The plain S3 registry is addressed by one URI rather than extra inputs: the registry root is the
// `registry` value publish-model was given, and the fragment names the model the way `models:/`
// does (`#fraud@champion`, `#fraud/3`). A user copies one string between steps and workflows, and
// every other input of pull-model keeps its meaning. S3 keys may contain "#", so only a fragment
// of exactly this shape selects the registry; any other stays part of the key, as before.
const REGISTRY_FRAGMENT = /^(.*)#([A-Za-z0-9][A-Za-z0-9._-]{0,127})(?:@([A-Za-z0-9][A-Za-z0-9._-]{0,127})|\/([1-9]\d{0,8}))$/s;

function parseS3(uri: string, value: string): ModelUri {
  const reg = REGISTRY_FRAGMENT.exec(uri);
  if (reg) {
    const base = reg[1] as string;
    const root = parseS3(/^[a-z0-9]+:\/\/[^/]+$/i.test(base) ? `${base}/` : base, value);
    if (root.kind !== 's3') throw bad(value, 'is not an S3 registry URI');
    const prefix = root.key.replace(/\/+$/, '');
    const name = reg[2] as string;
    return { kind: 's3-registry', bucket: root.bucket, prefix, name, ref: reg[3] !== undefined ? { alias: reg[3] } : { version: Number(reg[4]) } };
  }
  if (/#[^/]*@[^/]*$/.test(uri) || /#[^/]+\/\d+$/.test(uri)) throw bad(value, 'has a registry fragment that is not #<name>@<alias> or #<name>/<version> (names and aliases: letters, digits, ".", "_" and "-"; versions from 1)');
  const m = /^[a-z0-9]+:\/\/([^/]*)(?:\/(.*))?$/is.exec(uri);
  if (!m) throw bad(value, 'is not an S3 URI (s3:// then the bucket)');
  const bucket = m[1] as string;
  const key = m[2];
  if (!BUCKET.test(bucket)) throw bad(value, `names the bucket ${JSON.stringify(bucket)}, which is not a valid bucket name`);
  if (key === undefined) throw bad(value, `names a bucket but no key: use s3://${bucket}/ for every object in the bucket, or s3://${bucket}/<key>`);
  const folder = key === '' || key.endsWith('/');
  // The whole key is checked so that URL path resolution (which folds `..`) cannot change the
  // object asked for, and so a file's name is safe to create.
  const problem = keyProblem(folder ? key.replace(/\/$/, '') : key, folder);
  if (problem) throw bad(value, `has an object key that ${problem}`);
  return { kind: 's3', bucket, key, folder };
}

/**
 * Why a key (or a key relative to a folder) may not become a file under the destination, or null
 * when it may: `..` and `.` segments, an absolute or drive path, backslashes, empty segments and
 * control characters could write outside the folder or somewhere unexpected.
 */
export function keyProblem(key: string, allowEmpty = false): string | null {
  if (key === '') return allowEmpty ? null : 'is empty';
  if (key.startsWith('/')) return 'is absolute (starts with "/")';
  if (/^[a-zA-Z]:/.test(key)) return 'starts with a drive letter';
  if (key.includes('\\')) return 'contains a backslash';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key)) return 'contains a control character';
  const segments = key.split('/');
  if (segments.some((s) => s === '..')) return 'contains a ".." segment and would escape the destination';
  if (segments.some((s) => s === '.')) return 'contains a "." segment';
  if (segments.some((s) => s === '')) return 'contains an empty segment ("//" or a trailing "/")';
  return null;
}

function parseFile(uri: string, value: string): ModelUri {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw bad(value, 'is not a valid file:// URL');
  }
  if (url.hostname && url.hostname !== 'localhost') throw bad(value, `names the host "${url.hostname}"; file URLs must be local (file:///path)`);
  if (url.search || url.hash) throw bad(value, 'has a query or fragment, which a file URL for a model cannot have');
  // An encoded slash cannot name a file (no file name holds "/"), and decoding it would let
  // "..%2F" climb out of a folder unseen, so it is refused, as Node's fileURLToPath does.
  if (/%2f/i.test(url.pathname)) throw bad(value, 'has an encoded slash (%2F). Write the slashes of the path as "/" (file:///folder/model.onnx)');
  let path: string;
  try {
    path = fileURLToPath(new URL(`file://${url.pathname}`));
  } catch {
    throw bad(value, 'has a broken %-escape (a "%" must be followed by two hex digits; write a literal "%" as %25)');
  }
  if (!isAbsolute(path)) throw bad(value, 'is not an absolute path');
  return { kind: 'local', path };
}

function parseModels(uri: string, value: string): ModelUri {
  const m = /^models:\/([^/].*)$/i.exec(uri);
  if (!m || uri.startsWith('models://')) throw bad(value, 'is not a registry URI: write models:/<name>@<alias> or models:/<name>/<version>');
  const rest = m[1] as string;
  const at = /^([^/@]+)@([^/@]+)$/.exec(rest);
  if (at) return { kind: 'mlflow-model', name: at[1] as string, ref: { alias: at[2] as string } };
  const parts = rest.split('/');
  if (parts.length !== 2 || !MODEL_NAME.test(parts[0] as string) || !parts[1]) {
    throw bad(value, 'needs a model name and one version, alias or "latest" (models:/<name>@<alias>, models:/<name>/<version>, models:/<name>/latest)');
  }
  const [name, ref] = parts as [string, string];
  if (/^\d+$/.test(ref)) return { kind: 'mlflow-model', name, ref: { version: String(Number(ref)) } };
  if (ref === 'latest') return { kind: 'mlflow-model', name, ref: { latest: true } };
  // MLflow still resolves the deprecated stages (Staging, Production, Archived) this way.
  return { kind: 'mlflow-model', name, ref: { stage: ref } };
}

function parseRuns(uri: string, value: string): ModelUri {
  const m = /^runs:\/([A-Za-z0-9_-]+)(?:\/(.*))?$/.exec(uri);
  if (!m || uri.startsWith('runs://')) throw bad(value, 'is not a run URI: write runs:/<run-id>/<artifact path>');
  const path = (m[2] ?? '').replace(/\/$/, '');
  const problem = keyProblem(path, true);
  if (problem) throw bad(value, `has an artifact path that ${problem}`);
  return { kind: 'mlflow-run', runId: m[1] as string, path };
}

/** The canonical text of a parsed URI, for outputs and cache keys. */
export function formatModelUri(u: ModelUri): string {
  switch (u.kind) {
    case 's3':
      return `s3://${u.bucket}/${u.key}`;
    case 'local':
      return u.path;
    case 's3-registry':
      return `s3://${u.bucket}/${u.prefix}#${u.name}${'alias' in u.ref ? `@${u.ref.alias}` : `/${u.ref.version}`}`;
    case 'mlflow-model':
      if ('alias' in u.ref) return `models:/${u.name}@${u.ref.alias}`;
      if ('version' in u.ref) return `models:/${u.name}/${u.ref.version}`;
      if ('stage' in u.ref) return `models:/${u.name}/${u.ref.stage}`;
      return `models:/${u.name}/latest`;
    case 'mlflow-run':
      return `runs:/${u.runId}${u.path ? `/${u.path}` : ''}`;
  }
}
