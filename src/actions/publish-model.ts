// publish-model: typed inputs -> publishStep (src/registry/publish-step.ts: an S3 registry root or
// the MLflow registry) -> outputs, summary.
import { bool, number, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { publishStep } from '../registry/publish-step.js';
import { publishFailureSummary } from '../registry/s3registry/summary.js';

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
  let published;
  try {
    published = await publishStep(inputs, io);
  } catch (e) {
    io.summary(publishFailureSummary(inputs.name, e));
    throw e;
  }
  const r = published.result;
  io.setOutput('version', String(r.version));
  io.setOutput('uri', r.uri);
  io.setOutput('previous-version', r.alias?.previous == null ? '' : String(r.alias.previous));
  io.setOutput('sha256', r.sha256);
  io.summary(published.summary);
  return 0;
}
