// pull-model's core: the step's inputs -> where the model goes, the clients it needs -> pullModel,
// with the log line and the summary a person reads. The entry writes them and the outputs.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { stepRetry } from '../common/http.js';
import type { StepContext } from '../common/io.js';
import { formatBytes, parseSize } from '../common/size.js';
import { mlflowServer } from './mlflow-server.js';
import { pullModel, type PullResult } from './pull.js';
import { S3Client } from './s3/client.js';
import { s3ConfigFrom, type S3Inputs } from './s3/credentials.js';
import { pullSummary, transferLine } from './summary.js';
import { parseModelUri } from './uri.js';

export interface PullStepInputs extends S3Inputs {
  modelUri: string;
  path: string;
  mlflowTrackingUri: string;
  expectedSha256: string;
  cacheDir: string;
  concurrency: number;
  rangeThreshold: string;
  retryTimeout: number;
}

export async function pullStep(inputs: PullStepInputs, io: StepContext): Promise<{ result: PullResult; summary: string }> {
  const env = io.env;
  const uri = parseModelUri(inputs.modelUri, io.cwd);
  const rangeThreshold = parseSize(inputs.rangeThreshold);
  if (rangeThreshold === null || rangeThreshold < 1) {
    throw new ConfigurationError('input `range-threshold`', inputs.rangeThreshold, 'is not a size. Give bytes or a size such as 512KiB, 64MiB or 1GiB.');
  }
  const expected = inputs.expectedSha256.trim().toLowerCase();
  const retry = stepRetry(inputs.retryTimeout, (line) => io.info(line));
  const setSecret = (v: string) => io.setSecret(v);
  // An MLflow server may point at S3 too, so the S3 client is made when a pull first needs it.
  const s3 = async () => new S3Client({ ...(await s3ConfigFrom(inputs, env, { required: false, setSecret, info: (m) => io.info(m) })), retry });
  const mlflow =
    uri.kind === 'mlflow-model' || uri.kind === 'mlflow-run'
      ? mlflowServer(inputs.mlflowTrackingUri, env, setSecret, retry, 'so there is no MLflow server to resolve the model URI')
      : undefined;

  const result = await io.group(`Pull ${inputs.modelUri}`, () =>
    pullModel({
      uri,
      dest: inputs.path ? resolve(io.cwd, inputs.path) : join(io.tempDir, 'model'),
      ...(expected ? { expectedSha256: expected } : {}),
      cacheDir: inputs.cacheDir ? resolve(io.cwd, inputs.cacheDir) : defaultCacheDir(env),
      s3,
      ...(mlflow ? { mlflow } : {}),
      concurrency: inputs.concurrency,
      rangeThreshold,
      protectedPaths: [io.cwd, env.GITHUB_WORKSPACE ?? '', env.HOME ?? homedir()],
      log: (m) => io.info(m),
    }),
  );
  io.info(`Pulled ${result.sourceUri} to ${result.path}: ${formatBytes(result.size)}, sha256 ${result.sha256}; ${transferLine(result)}.`);
  return { result, summary: pullSummary(result, expected !== '') };
}

/** The runner's tool cache survives between jobs on self-hosted runners; elsewhere the user's cache folder. */
function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'model-cd', 'models');
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'model-cd', 'models');
}
