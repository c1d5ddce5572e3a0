// test-model: typed inputs -> testModel -> outputs, annotations, summary, pull-request comment, exit code.
import { bool, list, number, oneOf, output, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { modelStep } from './model-step.js';
import { testModel } from '../evaluate/test-model.js';
import { commentOnPullRequest } from '../github/report-comment.js';

export const spec = {
  candidate: string(),
  champion: string(),
  data: string(),
  'data-format': oneOf(['auto', 'csv', 'jsonl', 'parquet'] as const),
  'label-column': string(),
  features: list(),
  contract: string(),
  gates: string(),
  task: oneOf(['auto', 'binary', 'multiclass', 'regression'] as const),
  'champion-missing': oneOf(['pass', 'fail'] as const),
  'default-gate': oneOf(['auto', 'none'] as const),
  'fail-on-gates': bool(),
  'batch-size': number({ min: 1, max: 1_000_000, integer: true }),
  'report-dir': output('folder'),
  'onnxruntime-path': string(),
  shard: string(),
  merge: list(),
  'github-token': string(),
};

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('test-model', spec, io);
  io.setSecret(inputs.githubToken.trim());
  const r = await testModel({
    candidate: inputs.candidate, champion: inputs.champion, data: inputs.data, dataFormat: inputs.dataFormat,
    labelColumn: inputs.labelColumn, features: inputs.features, contract: inputs.contract, task: inputs.task,
    gates: inputs.gates, championMissing: inputs.championMissing, defaultGate: inputs.defaultGate, failOnGates: inputs.failOnGates,
    batchSize: inputs.batchSize, shard: inputs.shard, merge: inputs.merge,
    ...modelStep(io, 'test-model', inputs.reportDir, inputs.onnxruntimePath),
  });
  if (r.kind === 'partial') {
    io.setOutput('partial', r.partial);
    io.summary(r.summary);
    return 0;
  }
  io.info(r.logText);
  for (const e of r.errors) io.annotate('error', e.message, { title: e.title });
  io.setOutput('passed', String(r.report.passed));
  io.setOutput('metrics', JSON.stringify(r.metrics));
  io.setOutput('report', r.reportJson);
  io.setOutput('report-markdown', r.reportMarkdown);
  io.summary(r.markdown);
  await commentOnPullRequest(io, inputs.githubToken.trim(), 'test-model', r.markdown);
  return r.failed ? 1 : 0;
}
