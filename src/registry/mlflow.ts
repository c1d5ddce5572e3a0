// The MLflow tracking server's REST API, as far as pulling a model needs it: resolve a registry or
// run URI to a version, its run and the URI its artifacts download from, and read the metadata a
// deployment records (tags, description, the run's metrics and params). Every failure becomes one
// ServiceError or ConfigurationError that says what to do.
import { ConfigurationError, NotFoundError, ServiceError } from '../common/errors.js';
import { anything, array, bool, checkAnswer, object, optional, str, text, type Check } from '../common/answer.js';
import { HttpError, describeFetchError, fetchWithRetry, redact, sendingBody, type RetryOptions } from '../common/http.js';
import type { ModelUri } from './uri.js';

export type MlflowAuth = { token: string } | { username: string; password: string } | null;

export interface MlflowOptions {
  trackingUri: string;
  auth: MlflowAuth;
  retry?: RetryOptions;
}

export interface ResolvedModel {
  name: string;
  version: string;
  alias: string;
  runId: string;
  /** Where the files are: mlflow-artifacts:/..., s3://..., file://... or a local path. */
  downloadUri: string;
  /** Canonical `models:/name/version`, or the run URI for runs:/. */
  sourceUri: string;
  /** Identifies what the files are, for the cache: the version, or the run and path. */
  cacheKey: string;
  metadata: Record<string, unknown>;
}

// The answers read, as MLflow's REST API documents them (protobuf JSON leaves out empty fields,
// so most are optional); versions and sizes come as strings or numbers.
const tagList = optional(array(object({ key: str, value: text })));

export const MODEL_VERSION = object({
  name: str,
  version: text,
  source: optional(str),
  run_id: optional(str),
  description: optional(str),
  tags: tagList,
  aliases: optional(array(str)),
  status: optional(str),
  status_message: optional(str),
});
export type ModelVersion = ReturnType<typeof MODEL_VERSION>;

const REGISTERED_MODEL = object({ name: str, description: optional(str), tags: tagList, aliases: optional(array(object({ alias: str, version: text }))) });
type RegisteredModel = ReturnType<typeof REGISTERED_MODEL>;

export const RUN = object({
  info: object({ run_id: str, artifact_uri: str }),
  data: optional(object({ metrics: optional(array(object({ key: str, value: anything }))), params: optional(array(object({ key: str, value: text }))) })),
});
type Run = ReturnType<typeof RUN>;

/** The proxied artifact store's listing of one folder. */
export const ARTIFACT_LIST = object({ files: optional(array(object({ path: str, is_dir: optional(bool), file_size: optional(text) }))) });

/** An error answer: read leniently, it only feeds the message. */
const API_ERROR = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { error_code?: unknown; message?: unknown }) : {});

const AUTH_HELP = 'Set MLFLOW_TRACKING_TOKEN (a bearer token), or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD, to credentials this server accepts.';

export class MlflowError extends ServiceError {
  constructor(
    message: string,
    status: number | null,
    readonly code: string,
  ) {
    super(message, status);
  }
}

const kv = (xs: { key: string; value?: unknown }[] | undefined): Record<string, unknown> => Object.fromEntries((xs ?? []).map((x) => [x.key, x.value]));

export class MlflowClient {
  readonly base: URL;
  private readonly headers: Record<string, string>;

  constructor(private readonly o: MlflowOptions) {
    const raw = o.trackingUri.trim();
    let url: URL | null = null;
    try {
      url = new URL(raw);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new ConfigurationError(
        'input `mlflow-tracking-uri`',
        redact(raw),
        'is not an http(s) URL of an MLflow tracking server. Give e.g. https://mlflow.example.com (or set MLFLOW_TRACKING_URI); file stores and databricks URIs are not served.',
      );
    }
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    this.headers = { accept: 'application/json' };
    const auth = o.auth;
    if (auth && 'token' in auth) this.headers.authorization = `Bearer ${auth.token}`;
    else if (auth) this.headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
    else if (url.username) this.headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    url.username = '';
    url.password = '';
    this.base = url;
  }

  get trackingUri(): string {
    return this.base.toString().replace(/\/$/, '');
  }

  url(path: string, query: Record<string, string> = {}): URL {
    const u = new URL(path.replace(/^\//, ''), this.base);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u;
  }

  /**
   * A request; network failures and auth refusals become clear errors, other answers are returned.
   * `bytes`: the size of a body sent before the answer comes (an upload), which extends the wait.
   */
  async fetch(url: URL, init: RequestInit = {}, retry: RetryOptions = {}, bytes = 0): Promise<Response> {
    let res: Response;
    try {
      const opts = sendingBody({ attempts: 4, timeoutMs: 60_000, ...this.o.retry, ...retry }, bytes);
      res = await fetchWithRetry(url, { ...init, headers: { ...this.headers, ...(init.headers as Record<string, string> | undefined) } }, opts);
    } catch (e) {
      const reason = e instanceof HttpError ? e.message : describeFetchError(e);
      throw new ServiceError(
        `cannot reach the MLflow tracking server at ${this.trackingUri} (${reason}). Check \`mlflow-tracking-uri\` (or MLFLOW_TRACKING_URI) and that the server is up and reachable from this runner.`,
      );
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel().catch(() => undefined);
      throw new MlflowError(
        `the MLflow tracking server at ${this.trackingUri} refused the request (HTTP ${res.status} ${res.status === 401 ? 'unauthorized' : 'forbidden'}). ${AUTH_HELP}`,
        res.status,
        'UNAUTHORIZED',
      );
    }
    return res;
  }

  /**
   * A REST call: GET with `query`, or POST with the JSON `payload`. API errors become MlflowError;
   * an answer that `check` refuses, one ServiceError naming the call and the field.
   */
  async api<T>(path: string, check: Check<T>, query: Record<string, string> = {}, payload?: unknown, retry: RetryOptions = {}): Promise<T> {
    const init: RequestInit = payload === undefined ? {} : { method: 'POST', body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } };
    const res = await this.fetch(this.url(`api/2.0/mlflow/${path}`, query), init, retry);
    const body = await jsonBody(res, this, path);
    if (!res.ok) {
      const err = API_ERROR(body);
      const message = typeof err.message === 'string' ? err.message : `the MLflow tracking server at ${this.trackingUri} answered ${path} with HTTP ${res.status} and no MLflow error message. Check the server's logs, and that no proxy answers in its place.`;
      throw new MlflowError(message, res.status, typeof err.error_code === 'string' ? err.error_code : `HTTP_${res.status}`);
    }
    return this.checked(body, check, path);
  }

  /** An answer of the server checked against what the API promises. */
  checked<T>(body: unknown, check: Check<T>, call: string): T {
    return checkAnswer(body, check, {
      what: `the answer of the MLflow tracking server at ${this.trackingUri} to ${call}`,
      expected: 'what the MLflow REST API answers',
      suggest: 'A proxy or another service may be answering in its place, or the server runs an MLflow this action does not know. Check `mlflow-tracking-uri` and what the server is.',
    });
  }

  async registeredModel(name: string): Promise<RegisteredModel> {
    try {
      return (await this.api('registered-models/get', object({ registered_model: REGISTERED_MODEL }), { name })).registered_model;
    } catch (e) {
      if (e instanceof MlflowError && e.code === 'RESOURCE_DOES_NOT_EXIST') {
        throw new NotFoundError(
          `the MLflow registry at ${this.trackingUri} has no registered model named "${name}". Check the name (it is case-sensitive) and the tracking URI, or register the model first.`,
        );
      }
      throw e;
    }
  }

  async modelVersion(name: string, version: string): Promise<ModelVersion> {
    try {
      return (await this.api('model-versions/get', object({ model_version: MODEL_VERSION }), { name, version })).model_version;
    } catch (e) {
      if (e instanceof MlflowError && e.code === 'RESOURCE_DOES_NOT_EXIST') {
        await this.registeredModel(name);
        throw new NotFoundError(`the registered model "${name}" has no version ${version}. Use an existing version, models:/${name}/latest, or an alias.`);
      }
      throw e;
    }
  }

  async byAlias(name: string, alias: string): Promise<ModelVersion> {
    try {
      return (await this.api('registered-models/alias', object({ model_version: MODEL_VERSION }), { name, alias })).model_version;
    } catch (e) {
      if (e instanceof MlflowError && (e.code === 'RESOURCE_DOES_NOT_EXIST' || e.code === 'INVALID_PARAMETER_VALUE')) {
        const model = await this.registeredModel(name);
        const have = (model.aliases ?? []).map((a) => `@${a.alias} (version ${a.version})`);
        throw new NotFoundError(
          `the registered model "${name}" has no alias "${alias}"; ${have.length ? `its aliases are ${have.join(', ')}` : 'it has no aliases'}. Set it (publish-model, or MlflowClient.set_registered_model_alias) or pull by version.`,
        );
      }
      throw e;
    }
  }

  /** The highest version number, paging through the search. */
  async latest(name: string): Promise<ModelVersion> {
    const quote = name.includes("'") ? '"' : "'";
    let best: ModelVersion | null = null;
    let token = '';
    for (let page = 0; page < 1000; page++) {
      const r = await this.api('model-versions/search', object({ model_versions: optional(array(MODEL_VERSION)), next_page_token: optional(str) }), {
        filter: `name=${quote}${name}${quote}`,
        max_results: '1000',
        ...(token ? { page_token: token } : {}),
      });
      for (const v of r.model_versions ?? []) if (v.name === name && (!best || Number(v.version) > Number(best.version))) best = v;
      token = r.next_page_token ?? '';
      if (!token) break;
    }
    if (!best) {
      await this.registeredModel(name);
      throw new NotFoundError(`the registered model "${name}" has no versions yet. Register one first.`);
    }
    return best;
  }

  async downloadUri(name: string, version: string): Promise<string> {
    return (await this.api('model-versions/get-download-uri', object({ artifact_uri: str }), { name, version })).artifact_uri;
  }

  async loggedModelArtifacts(modelId: string): Promise<string> {
    const r = await this.api(`logged-models/${encodeURIComponent(modelId)}`, object({ model: object({ info: object({ artifact_location: optional(str), artifact_uri: optional(str) }) }) }));
    const loc = r.model.info.artifact_uri ?? r.model.info.artifact_location;
    if (!loc) throw new ServiceError(`the MLflow server did not say where the logged model ${modelId} keeps its files.`);
    return loc;
  }

  async run(runId: string): Promise<Run | null> {
    try {
      return (await this.api('runs/get', object({ run: RUN }), { run_id: runId })).run;
    } catch (e) {
      if (e instanceof MlflowError && e.code === 'RESOURCE_DOES_NOT_EXIST') return null;
      throw e;
    }
  }

  private async existingRun(runId: string): Promise<Run> {
    const run = await this.run(runId);
    if (!run) throw new ServiceError(`the MLflow tracking server at ${this.trackingUri} has no run ${runId}. Check the run id and the tracking URI.`, 404);
    return run;
  }

  /** Resolves a models:/ or runs:/ URI to where its files are and what the registry says about it. */
  async resolve(uri: Extract<ModelUri, { kind: 'mlflow-model' | 'mlflow-run' }>): Promise<ResolvedModel> {
    if (uri.kind === 'mlflow-run') {
      const run = await this.existingRun(uri.runId);
      const path = uri.path.replace(/^\/+|\/+$/g, '');
      return {
        name: path ? (path.split('/').pop() as string) : uri.runId,
        version: '',
        alias: '',
        runId: uri.runId,
        downloadUri: runArtifactUri(run, path),
        sourceUri: `runs:/${uri.runId}${path ? `/${path}` : ''}`,
        cacheKey: `run|${uri.runId}|${path}`,
        metadata: runMetadata(run),
      };
    }
    const { name, ref } = uri;
    let mv: ModelVersion;
    if ('alias' in ref) mv = await this.byAlias(name, ref.alias);
    else if ('version' in ref) mv = await this.modelVersion(name, ref.version);
    else if ('latest' in ref) mv = await this.latest(name);
    else {
      throw new ConfigurationError(
        'input `model-uri`',
        `models:/${name}/${ref.stage}`,
        'names a registry stage; stages are deprecated in MLflow and not served here. Use an alias (models:/<name>@<alias>), a version number or latest.',
      );
    }
    const model = await this.registeredModel(name);
    let downloadUri = await this.downloadUri(name, mv.version);
    // MLflow 3 versions of logged models: the source (and, on some servers, the download URI) is
    // models:/m-<id>, whose files live at the logged model's artifact location.
    const logged = /^models:\/(m-[0-9a-f]+)\/?$/i.exec(downloadUri);
    if (logged) downloadUri = await this.loggedModelArtifacts(logged[1] as string);
    // Versions registered from a run (create_model_version(name, "runs:/<run>/model", run_id), as
    // MLflow 2.x pipelines do): the server hands the runs:/ URI back; its files are in the run's
    // artifact store, under that path.
    const fromRun = /^runs:\/([^/]+)\/?(.*)$/i.exec(downloadUri);
    if (fromRun) downloadUri = runArtifactUri(await this.existingRun(fromRun[1] as string), (fromRun[2] as string).replace(/\/+$/, ''));
    const run = mv.run_id ? await this.run(mv.run_id) : null;
    const metadata: Record<string, unknown> = {
      tags: kv(model.tags),
      'version-tags': kv(mv.tags),
      description: model.description ?? '',
      ...(mv.description ? { 'version-description': mv.description } : {}),
      ...(run ? runMetadata(run) : {}),
    };
    return {
      name,
      version: mv.version,
      alias: 'alias' in ref ? ref.alias : '',
      runId: mv.run_id ?? '',
      downloadUri,
      sourceUri: `models:/${name}/${mv.version}`,
      cacheKey: `model|${name}|${mv.version}`,
      metadata,
    };
  }
}

/** A response's body as JSON; anything else is one ServiceError saying what came instead. */
export async function jsonBody(res: Response, client: MlflowClient, call: string): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ServiceError(
      `${client.trackingUri} answered ${call} with HTTP ${res.status} and no JSON (${text.slice(0, 120).replace(/\s+/g, ' ') || 'an empty body'}). Is this an MLflow tracking server, with no proxy answering in its place? Check \`mlflow-tracking-uri\`.`,
      res.status,
    );
  }
}

/** Where a path of a run's artifacts is, in the store the run logs to. */
function runArtifactUri(run: Run, path: string): string {
  const base = run.info.artifact_uri.replace(/\/+$/, '');
  return path ? `${base}/${path}` : base;
}

function runMetadata(run: Run): Record<string, unknown> {
  return { metrics: kv(run.data?.metrics), params: kv(run.data?.params) };
}

/** The credentials MLflow's own clients read, or null. */
export function mlflowAuth(env: Readonly<Record<string, string | undefined>>, setSecret: (s: string) => void): MlflowAuth {
  const token = env.MLFLOW_TRACKING_TOKEN ?? '';
  const username = env.MLFLOW_TRACKING_USERNAME ?? '';
  const password = env.MLFLOW_TRACKING_PASSWORD ?? '';
  if (token) setSecret(token);
  if (password) setSecret(password);
  if (token) return { token };
  if (username || password) {
    if (!username || !password) {
      throw new ConfigurationError(
        'environment variable',
        username ? 'MLFLOW_TRACKING_PASSWORD' : 'MLFLOW_TRACKING_USERNAME',
        'is not set while its partner is. Set both for basic auth, or MLFLOW_TRACKING_TOKEN for a bearer token.',
      );
    }
    return { username, password };
  }
  return null;
}
