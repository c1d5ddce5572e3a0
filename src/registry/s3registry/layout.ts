// The plain S3 model registry, for teams without MLflow. Everything lives under a root
// `s3://bucket/prefix` (docs/s3-registry.md has the full description):
//
//   <root>/<name>/versions/<n>/claim.json      marker: version n is taken (conditional create)
//   <root>/<name>/versions/<n>/files/...       the model's files
//   <root>/<name>/versions/<n>/manifest.json   written last: the version is complete
//   <root>/<name>/aliases/<alias>              {"version", "previous", "updated"} (compare-and-swap)
//
// This file is pure: key names, document shapes and their validation.
import { anything, answer, array, int, literal, matching, nullable, object, optional, record, str, text, where } from '../../common/answer.js';
import { ConfigurationError } from '../../common/errors.js';
import { SHA256_HEX, type FileEntry } from '../manifest.js';
import { keyProblem } from '../uri.js';

export const MANIFEST_SCHEMA = 'model-cd/s3-registry/manifest/v1';
export const ALIAS_SCHEMA = 'model-cd/s3-registry/alias/v1';

export interface RegistryRoot {
  bucket: string;
  /** Key prefix without a trailing slash; '' for the bucket's top. */
  prefix: string;
}

export interface VersionManifest {
  schema: typeof MANIFEST_SCHEMA;
  name: string;
  version: number;
  /** ISO 8601, when the manifest was written. */
  created: string;
  /** sha256 of the folder manifest (src/registry/manifest.ts): what pull-model reports for files/. */
  sha256: string;
  size: number;
  files: FileEntry[];
  /** Lineage: git commit, workflow run, image digest and the user's `tags`. */
  tags: Record<string, string>;
  metrics: Record<string, unknown>;
  /** The `description` input, when one was given. */
  description?: string;
}

export interface AliasPointer {
  schema: typeof ALIAS_SCHEMA;
  version: number;
  /** The version the alias held before this move; null for a new alias. */
  previous: number | null;
  /** ISO 8601 time of the move. */
  updated: string;
  /** The workflow run that moved it, when known. */
  by?: string;
}

const BUCKET = /^[a-z0-9][a-z0-9._-]{2,254}$/i;
/** Model names and aliases: one key segment, no surprises in URLs, shells or file names. */
export const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function parseRegistry(value: string): RegistryRoot {
  const fix = 'is not an S3 registry root or an MLflow tracking server. Give s3://<bucket>/<prefix> (or s3://<bucket> for the top of the bucket), or `mlflow` or the http(s) URL of an MLflow tracking server.';
  const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/i.exec(value.trim());
  if (!m || !BUCKET.test(m[1] as string)) throw new ConfigurationError('input `registry`', value, fix);
  const prefix = (m[2] ?? '').replace(/\/+$/, '');
  const problem = prefix ? keyProblem(prefix) : null;
  if (problem) throw new ConfigurationError('input `registry`', value, `has a prefix that ${problem}. ${fix}`);
  return { bucket: m[1] as string, prefix };
}

export function checkName(input: string, value: string): string {
  if (!NAME.test(value)) {
    throw new ConfigurationError(`input \`${input}\``, value, 'is not a valid name: use letters, digits, ".", "_" and "-" (starting with a letter or digit, at most 128).');
  }
  return value;
}

export function parseVersion(value: string, input = 'version'): number {
  const v = value.trim();
  if (!/^[1-9]\d{0,8}$/.test(v)) throw new ConfigurationError(`input \`${input}\``, value, 'is not a version: give a whole number from 1, as the `version` output of an earlier publish-model.');
  return Number(v);
}

const join = (...parts: string[]) => parts.filter(Boolean).join('/');

export const modelPrefix = (r: RegistryRoot, name: string) => join(r.prefix, name) + '/';
export const versionsPrefix = (r: RegistryRoot, name: string) => join(r.prefix, name, 'versions') + '/';
export const versionPrefix = (r: RegistryRoot, name: string, n: number) => join(r.prefix, name, 'versions', String(n)) + '/';
export const claimKey = (r: RegistryRoot, name: string, n: number) => versionPrefix(r, name, n) + 'claim.json';
export const filesPrefix = (r: RegistryRoot, name: string, n: number) => versionPrefix(r, name, n) + 'files/';
export const fileKey = (r: RegistryRoot, name: string, n: number, path: string) => filesPrefix(r, name, n) + path;
export const manifestKey = (r: RegistryRoot, name: string, n: number) => versionPrefix(r, name, n) + 'manifest.json';
export const aliasKey = (r: RegistryRoot, name: string, alias: string) => join(r.prefix, name, 'aliases', alias);

/** What pull-model takes as `model-uri` to fetch version n: its files folder. */
export const versionUri = (r: RegistryRoot, name: string, n: number) => `s3://${r.bucket}/${filesPrefix(r, name, n)}`;

/** `key=value` lines (or comma-separated) as lineage tags; keys are trimmed, values kept whole. */
/** One `key=value` per line (newlines only: a value may hold commas, as a description or a list does). */
export function parseTags(text: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    if (!key) throw new ConfigurationError('input `tags`', line, 'is not a tag: write one key=value per line.');
    tags[key] = line.slice(eq + 1).trim();
  }
  return tags;
}

/** Lineage the runner tells us about: the commit and a link to the workflow run. */
export function runnerTags(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const tags: Record<string, string> = {};
  if (env.GITHUB_SHA) tags['git.commit'] = env.GITHUB_SHA;
  if (env.GITHUB_REPOSITORY) tags['git.repository'] = env.GITHUB_REPOSITORY;
  const run = runUrl(env);
  if (run) tags['github.run-url'] = run;
  return tags;
}

export function runUrl(env: Readonly<Record<string, string | undefined>>): string {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return '';
  return `${env.GITHUB_SERVER_URL.replace(/\/$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

const FILE_ENTRY = object({
  path: where(str, (p) => keyProblem(p) === null, 'a relative path inside the version folder'),
  size: int(0),
  sha256: matching(SHA256_HEX, '64 hex digits'),
});

const MANIFEST = object({
  schema: literal(MANIFEST_SCHEMA),
  name: optional(str),
  version: int(1),
  created: optional(str),
  sha256: matching(SHA256_HEX, '64 hex digits'),
  size: optional(int(0)),
  files: where(array(FILE_ENTRY), (f) => f.length > 0, 'at least one file'),
  tags: optional(record(text)),
  metrics: optional(record(anything)),
  description: optional(str),
});

const ALIAS = object({
  // Older pointers may lack the schema; one that names another is not ours.
  schema: optional(literal(ALIAS_SCHEMA)),
  version: int(1),
  previous: nullable(int(1)),
  updated: optional(str),
  by: optional(str),
});

const DAMAGED = 'The registry object is corrupted or was written by something other than publish-model (a proxy answering in place of the S3 server sends a page instead).';

/** A manifest read back from the registry, checked enough that a reader can trust its shape. */
export function parseManifest(text: string, uri: string): VersionManifest {
  return answer(text, MANIFEST, { what: `the manifest ${uri}`, expected: `a ${MANIFEST_SCHEMA} manifest`, suggest: DAMAGED }) as VersionManifest;
}

export function parseAlias(text: string, uri: string): AliasPointer {
  const expected = 'an alias pointer {"schema": "' + ALIAS_SCHEMA + '", "version": <n>, "previous": <n|null>, "updated": <time>}';
  return answer(text, ALIAS, { what: `the alias ${uri}`, expected, suggest: DAMAGED }) as AliasPointer;
}
