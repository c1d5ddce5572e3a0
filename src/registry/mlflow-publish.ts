// publish-model's core for the MLflow registry, through the tracking server's REST API:
//
//   register: create the registered model if missing; create a run (in the named experiment, or
//   the Default one) to own the files; stream every file to the proxied artifact store under
//   <run artifacts>/model/ with a sha256 taken while it uploads; log the metrics on the run; create
//   the model version from that folder with the lineage tags; wait until it is READY;
//   promote: read the alias (the previous version), check the version exists, set the alias.
//
// The sha256 reported is the folder manifest's (src/registry/manifest.ts), which is what
// pull-model reports for models:/<name>/<version>; it is also recorded as the version tag
// `model-cd.sha256`, so a promotion reports it too.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { ConfigurationError, ServiceError } from '../common/errors.js';
import { manifestSha256 } from './manifest.js';
import { anything, object, str } from '../common/answer.js';
import { MODEL_VERSION, MlflowError, RUN, type MlflowClient, type ModelVersion } from './mlflow.js';
import { proxiedPath } from './mlflow-pull.js';
import { afterRegistering, checkExpectedPrevious, hashLocal, type PublishPlan } from './s3registry/publish.js';

export const SHA256_TAG = 'model-cd.sha256';

export interface MlflowPublishOptions {
  client: MlflowClient;
  name: string;
  plan: PublishPlan;
  /** Experiment that owns the upload runs; '' for the Default experiment (id 0). */
  experiment: string;
  tags?: Record<string, string>;
  metrics?: Record<string, unknown>;
  description?: string;
  /** As for the S3 registry; MLflow has no conditional alias write, so this is checked just before the move. */
  expectedPrevious?: number | null;
  /** How long to wait for the version to become READY. */
  readyTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface MlflowPublishResult {
  name: string;
  version: number;
  uri: string;
  sha256: string;
  size: number;
  files: number;
  registered: boolean;
  bytesUploaded: number;
  runId: string;
  alias: { alias: string; previous: number | null; moved: boolean } | null;
}

const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function publishMlflow(o: MlflowPublishOptions): Promise<MlflowPublishResult> {
  const { client, name } = o;
  const log = o.log ?? (() => undefined);
  if (o.plan.kind === 'promote') {
    const version = o.plan.version;
    const mv = await client.modelVersion(name, String(version));
    const sha = (mv.tags ?? []).find((t) => t.key === SHA256_TAG)?.value ?? '';
    const alias = await setAlias(o, o.plan.alias, version);
    return { name, version, uri: `models:/${name}/${version}`, sha256: sha, size: 0, files: 0, registered: false, bytesUploaded: 0, runId: mv.run_id ?? '', alias };
  }

  // The guard first, so a stale read registers nothing; it is checked again just before the move.
  if (o.plan.alias && o.expectedPrevious !== undefined) checkExpectedPrevious(name, o.plan.alias, await aliasVersion(o, o.plan.alias), o.expectedPrevious);
  const files = await hashLocal(o.plan.path, 4);
  const size = files.reduce((s, f) => s + f.size, 0);
  const sha256 = manifestSha256(files);
  log(`${files.length} file${files.length === 1 ? '' : 's'}, ${size} bytes, sha256 ${sha256}`);

  try {
    await client.api('registered-models/create', anything, {}, { name });
    log(`Created the registered model ${name}`);
  } catch (e) {
    if (!(e instanceof MlflowError && e.code === 'RESOURCE_ALREADY_EXISTS')) throw e;
  }

  const experimentId = await experiment(o);
  const started = Date.now();
  const run = (
    await client.api('runs/create', object({ run: RUN }), {}, {
      experiment_id: experimentId,
      start_time: started,
      run_name: `publish-${name}`,
      tags: [
        { key: 'mlflow.source.name', value: 'model-cd publish-model' },
        ...Object.entries(o.tags ?? {}).map(([key, value]) => ({ key, value })),
      ],
    })
  ).run;
  const runId = run.info.run_id;
  const artifactUri = run.info.artifact_uri.replace(/\/+$/, '');
  if (!/^mlflow-artifacts:/i.test(artifactUri)) {
    await endRun(client, runId, 'FAILED');
    throw new ServiceError(
      `the tracking server gives run ${runId} the artifact location ${artifactUri}, which publish-model cannot upload to: it uploads through the server's proxied artifact store. Start the server with --serve-artifacts (the default) and an --artifacts-destination, or use an experiment whose artifact location is mlflow-artifacts:/.`,
    );
  }
  log(`Uploading to run ${runId} (${artifactUri}/model)`);

  let bytesUploaded = 0;
  try {
    const root = `${proxiedPath(artifactUri)}/model`;
    for (const f of files) {
      const got = await upload(client, `${root}/${f.path}`, f.abs, f.size, (n) => (bytesUploaded += n));
      if (got !== f.sha256) {
        throw new ServiceError(`${f.abs} changed while it was being published (sha256 ${f.sha256} before, ${got} while uploading). Publish again once nothing writes to it.`);
      }
    }
    const { metrics, params } = splitMetrics(o.metrics ?? {});
    if (metrics.length || params.length) {
      await client.api('runs/log-batch', anything, {}, { run_id: runId, metrics: metrics.map(([key, value]) => ({ key, value, timestamp: Date.now(), step: 0 })), params: params.map(([key, value]) => ({ key, value })) });
    }
    await endRun(client, runId, 'FINISHED');
  } catch (e) {
    await endRun(client, runId, 'FAILED').catch(() => undefined);
    throw e;
  }

  const versionTags = { ...(o.tags ?? {}), [SHA256_TAG]: sha256 };
  const created = (
    await client.api('model-versions/create', object({ model_version: MODEL_VERSION }), {}, {
      name,
      source: `${artifactUri}/model`,
      run_id: runId,
      ...(o.description ? { description: o.description } : {}),
      tags: Object.entries(versionTags).map(([key, value]) => ({ key, value })),
      // Not retried: a create that reached the server before a 5xx or a reset would make a second version.
    }, { attempts: 1 })
  ).model_version;
  const version = Number(created.version);
  log(`Created ${name} version ${version}; waiting until it is READY`);
  await waitReady(o, created);
  log(`Registered ${name} version ${version}`);
  const alias = o.plan.alias ? await afterRegistering(name, version, `models:/${name}/${version}`, o.plan.alias, () => setAlias(o, o.plan.alias as string, version)) : null;
  return { name, version, uri: `models:/${name}/${version}`, sha256, size, files: files.length, registered: true, bytesUploaded, runId, alias };
}

async function experiment(o: MlflowPublishOptions): Promise<string> {
  if (!o.experiment) return '0';
  const get = async () => (await o.client.api('experiments/get-by-name', object({ experiment: object({ experiment_id: str }) }), { experiment_name: o.experiment })).experiment.experiment_id;
  try {
    return await get();
  } catch (e) {
    if (!(e instanceof MlflowError && e.code === 'RESOURCE_DOES_NOT_EXIST')) throw e;
  }
  try {
    return (await o.client.api('experiments/create', object({ experiment_id: str }), {}, { name: o.experiment })).experiment_id;
  } catch (e) {
    // Another publisher created it first.
    if (e instanceof MlflowError && e.code === 'RESOURCE_ALREADY_EXISTS') return get();
    throw e;
  }
}

async function endRun(client: MlflowClient, runId: string, status: 'FINISHED' | 'FAILED'): Promise<void> {
  await client.api('runs/update', anything, {}, { run_id: runId, status, end_time: Date.now() });
}

/** Numbers are run metrics; anything else is logged as a parameter (as text). */
function splitMetrics(m: Record<string, unknown>): { metrics: [string, number][]; params: [string, string][] } {
  const metrics: [string, number][] = [];
  const params: [string, string][] = [];
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === 'number' && Number.isFinite(v)) metrics.push([k, v]);
    else if (typeof v === 'boolean') metrics.push([k, v ? 1 : 0]);
    else params.push([k, (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 6000)]);
  }
  return { metrics, params };
}

/** Streams one file to the proxied store, hashing it on the way; returns the sha256 of what was sent. */
async function upload(client: MlflowClient, path: string, abs: string, size: number, onBytes: (n: number) => void): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const hash = createHash('sha256');
    let sent = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk);
        sent += chunk.length;
        cb(null, chunk);
      },
    });
    const body = createReadStream(abs).pipe(tap);
    let res: Response;
    try {
      res = await client.fetch(
        client.url(`api/2.0/mlflow-artifacts/artifacts/${encodePath(path)}`),
        { method: 'PUT', body: body as unknown as ReadableStream, headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) }, duplex: 'half' } as RequestInit,
        { attempts: 1 },
        size,
      );
    } catch (e) {
      body.destroy();
      if (e instanceof MlflowError || attempt >= 3) throw e;
      await sleep(500 * 2 ** attempt);
      continue;
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.ok) {
      onBytes(sent);
      return hash.digest('hex');
    }
    if (res.status >= 500 && attempt < 3) {
      await sleep(500 * 2 ** attempt);
      continue;
    }
    throw new ServiceError(`uploading ${abs} to mlflow-artifacts:/${path} failed with HTTP ${res.status}. Is the tracking server serving artifacts (mlflow server --serve-artifacts)?`, res.status);
  }
}

async function waitReady(o: MlflowPublishOptions, first: ModelVersion): Promise<void> {
  const deadline = Date.now() + (o.readyTimeoutMs ?? 300_000);
  let mv = first;
  let delay = 200;
  for (;;) {
    const status = mv.status ?? 'READY';
    if (status === 'READY') return;
    if (status === 'FAILED_REGISTRATION') {
      throw new ServiceError(`MLflow could not register ${o.name} version ${mv.version} (FAILED_REGISTRATION${mv.status_message ? `: ${mv.status_message}` : ''}). Check the tracking server's logs and publish again.`);
    }
    if (Date.now() + delay > deadline) {
      throw new ServiceError(`${o.name} version ${mv.version} was still ${status} after ${Math.round((o.readyTimeoutMs ?? 300_000) / 1000)} s. Check the tracking server; the version may become READY later.`);
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 5_000);
    mv = (await o.client.api('model-versions/get', object({ model_version: MODEL_VERSION }), { name: o.name, version: mv.version })).model_version;
  }
}

/** Moves the alias, reading the version it held first; a version that does not exist fails first. */
/** The version the alias points to; null when the alias (or the model) does not exist. */
async function aliasVersion(o: MlflowPublishOptions, alias: string): Promise<number | null> {
  try {
    return Number((await o.client.api('registered-models/alias', object({ model_version: MODEL_VERSION }), { name: o.name, alias })).model_version.version);
  } catch (e) {
    if (!(e instanceof MlflowError && (e.code === 'RESOURCE_DOES_NOT_EXIST' || e.code === 'INVALID_PARAMETER_VALUE'))) throw e;
    return null;
  }
}

async function setAlias(o: MlflowPublishOptions, alias: string, version: number): Promise<{ alias: string; previous: number | null; moved: boolean }> {
  const { client, name } = o;
  const previous = await aliasVersion(o, alias);
  // A clear error for a missing model or version, before anything moves.
  await client.modelVersion(name, String(version));
  checkExpectedPrevious(name, alias, previous, o.expectedPrevious);
  if (previous === version) return { alias, previous, moved: false };
  try {
    await client.api('registered-models/alias', anything, {}, { name, alias, version: String(version) });
  } catch (e) {
    if (e instanceof MlflowError && e.code === 'INVALID_PARAMETER_VALUE') {
      throw new ConfigurationError('input `alias`', alias, `was refused by MLflow (${e.message}).`);
    }
    throw e;
  }
  o.log?.(`Moved alias ${alias} of ${name}: ${previous ?? '(new)'} → ${version}`);
  return { alias, previous, moved: true };
}
