// publish-model's core: the step's inputs -> checked names, version, alias guard and lineage ->
// publishMlflow (an MLflow registry) or publishModel (an S3 registry root), with the log line and
// the summary a person reads. The entry writes them and the outputs.
import { resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { stepRetry, type RetryOptions } from '../common/http.js';
import type { StepContext } from '../common/io.js';
import { formatBytes } from '../common/size.js';
import type { MlflowClient } from './mlflow.js';
import { publishMlflow } from './mlflow-publish.js';
import { mlflowServer } from './mlflow-server.js';
import { s3ConfigFrom, type S3Inputs } from './s3/credentials.js';
import { S3Writer } from './s3/write.js';
import { checkName, parseRegistry, parseTags, parseVersion, runUrl, runnerTags } from './s3registry/layout.js';
import { planPublish, publishModel, readMetrics, type PublishResult } from './s3registry/publish.js';
import { publishSummary } from './s3registry/summary.js';

export interface PublishStepInputs extends S3Inputs {
  registry: string;
  name: string;
  path: string;
  version: string;
  alias: string;
  metricsFile: string;
  tags: string;
  imageDigest: string;
  description: string;
  expectedPreviousVersion: string;
  mlflowTrackingUri: string;
  mlflowExperiment: string;
  retryTimeout: number;
}

export async function publishStep(inputs: PublishStepInputs, io: StepContext): Promise<{ result: PublishResult; summary: string }> {
  const env = io.env;
  const retry = stepRetry(inputs.retryTimeout, (line) => io.info(line));
  const mlflow = mlflowTarget(inputs, io, retry);
  const name = checkName('name', inputs.name.trim());
  const alias = inputs.alias.trim() ? checkName('alias', inputs.alias.trim()) : '';
  const version = inputs.version.trim() ? parseVersion(inputs.version) : null;
  const digest = inputs.imageDigest.trim();
  if (digest && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new ConfigurationError('input `image-digest`', digest, 'is not an image digest: give sha256: followed by 64 hex digits (the `digest` output of the build).');
  }
  const plan = planPublish({
    path: inputs.path.trim() ? resolve(io.cwd, inputs.path.trim()) : '',
    version,
    alias,
    hasLineage: inputs.metricsFile.trim() !== '' || inputs.tags.trim() !== '' || digest !== '' || inputs.description.trim() !== '',
  });
  const expectedRaw = inputs.expectedPreviousVersion.trim();
  if (expectedRaw && !alias) {
    throw new ConfigurationError('input `expected-previous-version`', expectedRaw, 'guards an alias move, but `alias` is empty. Give `alias`, or leave this empty.');
  }
  const expected = expectedRaw === '' ? {} : { expectedPrevious: expectedRaw.toLowerCase() === 'none' ? null : parseVersion(expectedRaw, 'expected-previous-version') };
  const description = inputs.description.trim() ? { description: inputs.description.trim() } : {};
  const tags = { ...runnerTags(env), ...parseTags(inputs.tags), ...(digest ? { 'image.digest': digest } : {}) };
  const metrics = inputs.metricsFile.trim() ? await readMetrics(resolve(io.cwd, inputs.metricsFile.trim())) : {};
  const what = plan.kind === 'register' ? `Register ${name}${mlflow ? ' in MLflow' : ''} from ${plan.path}` : `Promote ${name} version ${plan.version} to ${plan.alias}${mlflow ? ' in MLflow' : ''}`;

  let result: PublishResult;
  let where: string;
  let summary: string;
  if (mlflow) {
    const experiment = inputs.mlflowExperiment.trim();
    const r = await io.group(what, () => publishMlflow({ client: mlflow, name, plan, experiment, tags, metrics, ...description, ...expected, log: (m) => io.info(m) }));
    result = r;
    summary = publishSummary({ ...r, uri: `${r.uri} (${mlflow.trackingUri})` });
    where = ` at ${mlflow.trackingUri}` + (r.registered ? ` (${r.files} files, ${formatBytes(r.size)}, sha256 ${r.sha256}, run ${r.runId})` : '');
  } else {
    const root = parseRegistry(inputs.registry);
    const s3 = new S3Writer({ ...(await s3ConfigFrom(inputs, env, { required: true, setSecret: (v) => io.setSecret(v), info: (m) => io.info(m) })), retry });
    const by = runUrl(env);
    result = await io.group(what, () => publishModel({ s3, root, name, plan, tags, metrics, ...description, ...expected, ...(by ? { by } : {}), log: (m) => io.info(m) }));
    where = ` (${result.files} files, ${formatBytes(result.size)}, sha256 ${result.sha256})`;
    summary = publishSummary(result);
  }
  io.info(
    `${result.registered ? 'Registered' : 'Promoted'} ${name} version ${result.version}${where}` +
      (result.alias ? `; alias ${result.alias.alias}: ${result.alias.previous ?? '(new)'} → ${result.version}` : '') +
      '.',
  );
  return { result, summary };
}

/**
 * The MLflow tracking server `registry` names, or null for an S3 registry root: `mlflow` means
 * `mlflow-tracking-uri`, then MLFLOW_TRACKING_URI; an http(s) URL is the tracking server itself.
 */
function mlflowTarget(inputs: PublishStepInputs, io: StepContext, retry: RetryOptions): MlflowClient | null {
  const value = inputs.registry.trim();
  const setSecret = (s: string) => io.setSecret(s);
  if (value.toLowerCase() === 'mlflow') return mlflowServer(inputs.mlflowTrackingUri, io.env, setSecret, retry, 'but `registry` is `mlflow`');
  if (/^https?:\/\//i.test(value)) return mlflowServer(value, io.env, setSecret, retry, '');
  return null;
}
