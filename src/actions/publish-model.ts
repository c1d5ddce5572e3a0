// publish-model: typed inputs -> publishModel (plain S3 registry) or publishMlflow (MLflow registry) -> outputs, summary.
import { resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { stepRetry, type RetryOptions } from '../common/http.js';
import { bool, number, readInputs, string, type InputsOf } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { formatBytes } from '../common/size.js';
import { MlflowClient, mlflowAuth } from '../registry/mlflow.js';
import { publishMlflow } from '../registry/mlflow-publish.js';
import { s3ConfigFrom } from '../registry/s3/credentials.js';
import { S3Writer } from '../registry/s3/write.js';
import { checkName, parseRegistry, parseTags, parseVersion, runUrl, runnerTags } from '../registry/s3registry/layout.js';
import { planPublish, publishModel, readMetrics } from '../registry/s3registry/publish.js';
import { publishFailureSummary, publishSummary } from '../registry/s3registry/summary.js';

export const spec = {
  registry: string(),
  name: string(),
  path: string(),
  version: string(),
  alias: string(),
  'metrics-file': string(),
  // Newline-separated only (not `list`): a tag value may hold commas.
  tags: string(),
  'image-digest': string(),
  description: string(),
  'expected-previous-version': string(),
  's3-endpoint': string(),
  'aws-region': string(),
  's3-path-style': bool(),
  'mlflow-tracking-uri': string(),
  'mlflow-experiment': string(),
  'retry-timeout': number({ min: 1 }),
};

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('publish-model', spec, io);
  try {
    return await publish(io, inputs);
  } catch (e) {
    io.summary(publishFailureSummary(inputs.name, e));
    throw e;
  }
}

async function publish(io: ActionIO, inputs: InputsOf<typeof spec>): Promise<number> {
  const env = io.env;
  const retry = stepRetry(inputs.retryTimeout, (line) => io.info(line));
  const mlflow = mlflowTarget(io, inputs.registry, inputs.mlflowTrackingUri, retry);
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

  if (mlflow) {
    const title = plan.kind === 'register' ? `Register ${name} in MLflow from ${plan.path}` : `Promote ${name} version ${plan.version} to ${plan.alias} in MLflow`;
    const r = await io.group(title, () =>
      publishMlflow({ client: mlflow, name, plan, experiment: inputs.mlflowExperiment.trim(), tags, metrics, ...description, ...expected, log: (m) => io.info(m) }),
    );
    io.info(
      `${r.registered ? 'Registered' : 'Promoted'} ${name} version ${r.version} at ${mlflow.trackingUri}` +
        (r.registered ? ` (${r.files} files, ${formatBytes(r.size)}, sha256 ${r.sha256}, run ${r.runId})` : '') +
        (r.alias ? `; alias ${r.alias.alias}: ${r.alias.previous ?? '(new)'} → ${r.version}` : '') +
        '.',
    );
    return outputs(io, r, publishSummary({ ...r, uri: `${r.uri} (${mlflow.trackingUri})` }));
  }
  const root = parseRegistry(inputs.registry);
  const s3 = new S3Writer({ ...(await s3ConfigFrom({ s3Endpoint: inputs.s3Endpoint, awsRegion: inputs.awsRegion, s3PathStyle: inputs.s3PathStyle }, env, { required: true, setSecret: (v) => io.setSecret(v), info: (m) => io.info(m) })), retry });
  const by = runUrl(env);
  const title = plan.kind === 'register' ? `Register ${name} from ${plan.path}` : `Promote ${name} version ${plan.version} to ${plan.alias}`;
  const result = await io.group(title, () =>
    publishModel({ s3, root, name, plan, tags, metrics, ...description, ...expected, ...(by ? { by } : {}), log: (m) => io.info(m) }),
  );
  io.info(
    `${result.registered ? 'Registered' : 'Promoted'} ${name} version ${result.version} (${result.files} files, ${formatBytes(result.size)}, sha256 ${result.sha256})` +
      (result.alias ? `; alias ${result.alias.alias}: ${result.alias.previous ?? '(new)'} → ${result.version}` : '') +
      '.',
  );
  return outputs(io, result, publishSummary(result));
}

function outputs(io: ActionIO, r: { version: number; uri: string; sha256: string; alias: { previous: number | null } | null }, summary: string): number {
  io.setOutput('version', String(r.version));
  io.setOutput('uri', r.uri);
  io.setOutput('previous-version', r.alias?.previous == null ? '' : String(r.alias.previous));
  io.setOutput('sha256', r.sha256);
  io.summary(summary);
  return 0;
}


/**
 * The MLflow tracking server `registry` names, or null for an S3 registry root: `mlflow` means
 * `mlflow-tracking-uri`, then MLFLOW_TRACKING_URI; an http(s) URL is the tracking server itself.
 */
function mlflowTarget(io: ActionIO, registry: string, input: string, retry: RetryOptions): MlflowClient | null {
  const value = registry.trim();
  let trackingUri: string;
  if (value.toLowerCase() === 'mlflow') {
    trackingUri = input.trim() || (io.env.MLFLOW_TRACKING_URI ?? '').trim();
    if (!trackingUri) {
      throw new ConfigurationError(
        'input `mlflow-tracking-uri`',
        '',
        'is empty and MLFLOW_TRACKING_URI is not set, but `registry` is `mlflow`. Set the input or the environment variable to the tracking server URL (e.g. https://mlflow.example.com).',
      );
    }
  } else if (/^https?:\/\//i.test(value)) {
    trackingUri = value;
  } else {
    return null;
  }
  try {
    const u = new URL(trackingUri);
    if (u.password) io.setSecret(decodeURIComponent(u.password));
  } catch {
    // MlflowClient explains what is wrong with it.
  }
  return new MlflowClient({ trackingUri, auth: mlflowAuth(io.env, (s) => io.setSecret(s)), retry });
}
