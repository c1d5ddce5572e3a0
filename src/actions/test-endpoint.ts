// test-endpoint: typed inputs -> testEndpoint -> outputs, annotations, summary, exit code.
import { list, number, oneOf, output, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { modelStep } from './model-step.js';
import { testEndpoint } from '../endpoint/test-endpoint.js';

export const spec = {
  url: string(),
  protocol: oneOf(['auto', 'v2', 'mlflow'] as const),
  'model-name': string(),
  contract: string(),
  data: string(),
  'data-format': oneOf(['auto', 'csv', 'jsonl', 'parquet'] as const),
  rows: number({ min: 1, max: 100_000, integer: true }),
  model: string(),
  tolerance: number({ min: 0, max: 1 }),
  'expected-sha256': string(),
  checks: list(),
  'negative-cases': list(),
  'oversized-body-size': string(),
  'load-duration': number({ min: 1, max: 3600, integer: true }),
  'load-connections': number({ min: 1, max: 10_000, integer: true }),
  'load-rate': number({ min: 0, max: 1_000_000, integer: true }),
  'load-batch-rows': number({ min: 1, max: 100_000, integer: true }),
  'max-error-rate': number({ min: 0, max: 1 }),
  'max-p95-ms': string(),
  'max-p99-ms': string(),
  'min-rps': string(),
  timeout: number({ min: 1, max: 3600 }),
  'report-dir': output('folder'),
  'onnxruntime-path': string(),
};

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('test-endpoint', spec, io);
  const { reportDir, cwd, ort, log } = modelStep(io, 'test-endpoint', inputs.reportDir, inputs.onnxruntimePath);
  // The core's config has the inputs' names; the report folder and runtime are the runner's.
  const r = await testEndpoint({ ...inputs, reportDir, cwd, ort, log });
  io.info(r.logText);
  for (const n of r.notices) io.annotate('notice', n, { title: 'test-endpoint' });
  for (const e of r.errors) io.annotate('error', e.message, { title: e.title });
  const l = r.report.load;
  const num = (v: number | null | undefined, digits: number) => (v === null || v === undefined ? '' : String(Number(v.toFixed(digits))));
  io.setOutput('passed', String(r.report.passed));
  io.setOutput('report', r.reportJson);
  io.setOutput('checks', JSON.stringify(r.checks));
  io.setOutput('rps', num(l?.rps, 2));
  io.setOutput('p50-ms', num(l?.p50Ms, 3));
  io.setOutput('p95-ms', num(l?.p95Ms, 3));
  io.setOutput('p99-ms', num(l?.p99Ms, 3));
  io.setOutput('error-rate', num(l?.errorRate, 6));
  io.summary(r.markdown);
  return r.failed ? 1 : 0;
}
