// check-drift: typed inputs -> checkDrift -> outputs, annotations, summary, exit code.
import { bool, list, number, oneOf, output, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { modelStep } from './model-step.js';
import { checkDrift, type DriftAnnotation } from '../drift/check-drift.js';

export const spec = {
  reference: string(),
  current: string(),
  'data-format': oneOf(['auto', 'csv', 'jsonl', 'parquet'] as const),
  columns: list(),
  'ignore-columns': list(),
  'missing-columns': oneOf(['fail', 'ignore'] as const),
  'numerical-columns': list(),
  'categorical-columns': list(),
  method: string(),
  threshold: string(),
  'column-methods': list(),
  'drift-share': number({ min: 0, max: 1 }),
  'exact-limit': number({ min: 2, integer: true }),
  'fail-on-drift': bool(),
  'report-dir': output('folder'),
  'target-column': string(),
  candidate: string(),
  champion: string(),
  features: list(),
  contract: string(),
  'onnxruntime-path': string(),
  shard: string(),
  merge: list(),
};

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('check-drift', spec, io);
  const r = await checkDrift({
    reference: inputs.reference, current: inputs.current, dataFormat: inputs.dataFormat,
    columns: inputs.columns, ignoreColumns: inputs.ignoreColumns, missingColumns: inputs.missingColumns,
    numericalColumns: inputs.numericalColumns, categoricalColumns: inputs.categoricalColumns, targetColumn: inputs.targetColumn,
    method: inputs.method, threshold: inputs.threshold, columnMethods: inputs.columnMethods,
    driftShare: inputs.driftShare, exactLimit: inputs.exactLimit, failOnDrift: inputs.failOnDrift,
    candidate: inputs.candidate, champion: inputs.champion, features: inputs.features, contract: inputs.contract,
    shard: inputs.shard, merge: inputs.merge,
    ...modelStep(io, 'check-drift', inputs.reportDir, inputs.onnxruntimePath),
  });
  if (r.kind === 'partial') {
    io.setOutput('partial', r.partial);
    io.summary(r.summary);
    return 0;
  }
  const annotate = (a: DriftAnnotation | null) => a && io.annotate(a.level, a.message, { title: 'check-drift' });
  annotate(r.annotations.untested);
  io.info(r.markdown.replace(/^#+\s*/, ''));
  annotate(r.annotations.drift);
  io.setOutput('drifted', String(r.drifted));
  io.setOutput('drift-share', String(r.share));
  io.setOutput('drifted-columns', JSON.stringify(r.driftedColumns));
  annotate(r.annotations.prediction);
  io.setOutput('report', r.report);
  io.setOutput('target-drifted', r.targetDrifted === null ? '' : String(r.targetDrifted));
  io.setOutput('prediction-drifted', r.predictionDrifted === null ? '' : String(r.predictionDrifted));
  io.summary(r.markdown);
  return r.failed ? 1 : 0;
}
