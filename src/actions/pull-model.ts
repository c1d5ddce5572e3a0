// pull-model: typed inputs -> pullStep (src/registry/pull-step.ts) -> outputs, summary.
import { NotFoundError, errorMessage } from '../common/errors.js';
import { bool, number, oneOf, output, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { pullStep } from '../registry/pull-step.js';
import { pullFailureSummary, pullMissingSummary } from '../registry/summary.js';

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
  let pulled;
  try {
    pulled = await pullStep(inputs, io);
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
  const r = pulled.result;
  io.setOutput('found', 'true');
  io.setOutput('path', r.path);
  io.setOutput('name', r.name);
  io.setOutput('version', r.version);
  // Registry URIs (MLflow) fill these; S3 objects and local files have neither.
  io.setOutput('alias', r.alias ?? '');
  io.setOutput('run-id', r.runId ?? '');
  io.setOutput('sha256', r.sha256);
  io.setOutput('size', String(r.size));
  io.setOutput('source-uri', r.sourceUri);
  io.setOutput('metadata', JSON.stringify(r.metadata));
  io.setOutput('cache-hit', String(r.cacheHit));
  io.setOutput('bytes-transferred', String(r.bytesTransferred));
  io.summary(pulled.summary);
  return 0;
}
