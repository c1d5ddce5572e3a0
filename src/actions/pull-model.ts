// pull-model: typed inputs -> pullModel -> outputs, summary.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError, NotFoundError, errorMessage } from '../common/errors.js';
import { bool, number, oneOf, output, readInputs, string, type InputsOf } from '../common/inputs.js';
import { stepRetry, type RetryOptions } from '../common/http.js';
import type { ActionIO } from '../common/io.js';
import { formatBytes, parseSize } from '../common/size.js';
import { MlflowClient, mlflowAuth } from '../registry/mlflow.js';
import { pullModel } from '../registry/pull.js';
import { S3Client } from '../registry/s3/client.js';
import { s3ConfigFrom } from '../registry/s3/credentials.js';
import { pullFailureSummary, pullMissingSummary, pullSummary, transferLine } from '../registry/summary.js';
import { parseModelUri } from '../registry/uri.js';

export const spec = {
  'model-uri': string(),
  path: output('file or folder'),
  'mlflow-tracking-uri': string(),
  'expected-sha256': string(),
  'cache-dir': output('folder'),
  's3-endpoint': string(),
  'aws-region': string(),
  's3-path-style': bool(),
  concurrency: number({ min: 1, max: 64, integer: true }),
  'range-threshold': string(),
  'if-missing': oneOf(['fail', 'skip'] as const),
  'retry-timeout': number({ min: 1 }),
};

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('pull-model', spec, io);
  try {
    return await pull(io, inputs);
  } catch (e) {
    if (e instanceof NotFoundError && inputs.ifMissing === 'skip') {
      // A first deployment has no champion yet: say so, and let the pipeline go on without one.
      io.annotate('notice', `${inputs.modelUri} is not there: ${e.message} Going on without it (\`if-missing: skip\`); \`found\` is false.`);
      // The other outputs stay unset, which workflows read as empty.
      io.setOutput('found', 'false');
      io.summary(pullMissingSummary(inputs.modelUri, e.message));
      return 0;
    }
    io.summary(pullFailureSummary(inputs.modelUri, errorMessage(e)));
    throw e;
  }
}

async function pull(io: ActionIO, inputs: InputsOf<typeof spec>): Promise<number> {
  const env = io.env;
  const uri = parseModelUri(inputs.modelUri, io.cwd);
  const rangeThreshold = parseSize(inputs.rangeThreshold);
  if (rangeThreshold === null || rangeThreshold < 1) {
    throw new ConfigurationError('input `range-threshold`', inputs.rangeThreshold, 'is not a size. Give bytes or a size such as 512KiB, 64MiB or 1GiB.');
  }
  const expected = inputs.expectedSha256.trim().toLowerCase();
  const dest = inputs.path ? resolve(io.cwd, inputs.path) : join(io.tempDir, 'model');
  const cacheDir = inputs.cacheDir ? resolve(io.cwd, inputs.cacheDir) : defaultCacheDir(env);

  const retry = stepRetry(inputs.retryTimeout, (line) => io.info(line));
  // An MLflow server may point at S3 too, so the S3 client is made when a pull first needs it.
  const s3 = async () => new S3Client({ ...(await s3ConfigFrom({ s3Endpoint: inputs.s3Endpoint, awsRegion: inputs.awsRegion, s3PathStyle: inputs.s3PathStyle }, env, { required: false, setSecret: (v) => io.setSecret(v), info: (m) => io.info(m) })), retry });
  const mlflow = uri.kind === 'mlflow-model' || uri.kind === 'mlflow-run' ? mlflowClient(io, inputs.mlflowTrackingUri, retry) : undefined;

  const result = await io.group(`Pull ${inputs.modelUri}`, () =>
      pullModel({
        uri,
        dest,
        ...(expected ? { expectedSha256: expected } : {}),
        cacheDir,
        s3,
        ...(mlflow ? { mlflow } : {}),
        concurrency: inputs.concurrency,
        rangeThreshold,
        protectedPaths: [io.cwd, env.GITHUB_WORKSPACE ?? '', env.HOME ?? homedir()],
        log: (m) => io.info(m),
      }),
    );
    io.info(`Pulled ${result.sourceUri} to ${result.path}: ${formatBytes(result.size)}, sha256 ${result.sha256}; ${transferLine(result)}.`);
    io.setOutput('found', 'true');
    io.setOutput('path', result.path);
    io.setOutput('name', result.name);
    io.setOutput('version', result.version);
    // Registry URIs (MLflow) fill these; S3 objects and local files have neither.
    io.setOutput('alias', result.alias ?? '');
    io.setOutput('run-id', result.runId ?? '');
    io.setOutput('sha256', result.sha256);
    io.setOutput('size', String(result.size));
    io.setOutput('source-uri', result.sourceUri);
    io.setOutput('metadata', JSON.stringify(result.metadata));
    io.setOutput('cache-hit', String(result.cacheHit));
    io.setOutput('bytes-transferred', String(result.bytesTransferred));
    io.summary(pullSummary(result, expected !== ''));
    return 0;
}

/** The tracking server from the input or MLFLOW_TRACKING_URI, with the credentials MLflow's clients read. */
function mlflowClient(io: ActionIO, input: string, retry: RetryOptions): MlflowClient {
  const trackingUri = input.trim() || (io.env.MLFLOW_TRACKING_URI ?? '').trim();
  if (!trackingUri) {
    throw new ConfigurationError(
      'input `mlflow-tracking-uri`',
      '',
      'is empty and MLFLOW_TRACKING_URI is not set, so there is no MLflow server to resolve the model URI. Set the input or the environment variable to the tracking server URL (e.g. https://mlflow.example.com).',
    );
  }
  try {
    const u = new URL(trackingUri);
    if (u.password) io.setSecret(decodeURIComponent(u.password));
  } catch {
    // MlflowClient explains what is wrong with it.
  }
  return new MlflowClient({ trackingUri, auth: mlflowAuth(io.env, (s) => io.setSecret(s)), retry });
}

/** The runner's tool cache survives between jobs on self-hosted runners; elsewhere the user's cache folder. */
function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'model-cd', 'models');
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'model-cd', 'models');
}
