// test-model's core: the contract and the gates -> the runtime, both models and the data ->
// evaluate -> in a shard job, its partial tallies; otherwise (or merged from every shard's partial)
// the report, its files, and the result an entry writes out.
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import type { Progress } from '../common/progress.js';
import { matchFiles } from '../common/shards.js';
import { openTable } from '../data/table.js';
import { buildReport, contractFailure } from './build-report.js';
import { readContractFile, signatureDiff, type Contract } from './contract.js';
import { evaluate } from './evaluate.js';
import { loadModel, onnxFile, readModelFile } from './model.js';
import { mergeGates, readGates } from './read-gates.js';
import { ALL_METRICS, markdown, type Report } from './report.js';
import { loadOnnxRuntime, type LoadOptions } from './runtime/onnxruntime.js';
import { mergePartials, parseShard, toPartial } from './shard.js';

export interface TestModelConfig {
  candidate: string;
  champion: string;
  data: string;
  dataFormat: 'auto' | 'csv' | 'jsonl' | 'parquet';
  labelColumn: string;
  features: string[];
  contract: string;
  gates: string;
  task: 'auto' | 'binary' | 'multiclass' | 'regression';
  championMissing: 'pass' | 'fail';
  defaultGate: 'auto' | 'none';
  failOnGates: boolean;
  batchSize: number;
  /** Where the report (or a shard's partial) is written. */
  reportDir: string;
  shard: string;
  merge: string[];
  /** Paths are relative to it. */
  cwd: string;
  /** How onnxruntime is found. */
  ort: LoadOptions;
  log: Progress;
}

/** A shard job's result: its partial tallies, for the merging job. */
export interface TestModelPartial {
  kind: 'partial';
  partial: string;
  summary: string;
}

export interface TestModelResult {
  kind: 'report';
  report: Report;
  /** The report for a person: the summary, report.md and a pull-request comment. */
  markdown: string;
  /** What the log gets: the verdict and the table (details stay in the report). */
  logText: string;
  reportJson: string;
  reportMarkdown: string;
  metrics: { candidate: Report['candidate']['metrics']; champion: Report['candidate']['metrics'] | null; deltas: Report['deltas'] };
  /** One error annotation per contract difference and failed gate. */
  errors: { title: string; message: string }[];
  /** A gate failed and `fail-on-gates` is set. */
  failed: boolean;
}

export async function testModel(config: TestModelConfig): Promise<TestModelPartial | TestModelResult> {
  const { cwd, log, reportDir } = config;
  const shard = parseShard(config.shard);
  if (shard && config.merge.length) throw new ConfigurationError('input `merge`', config.merge.join(', '), 'cannot be given with `shard`: shard jobs evaluate, one last job merges. Leave `shard` empty in the merging job.');
  const contract = await readContractFile(config.contract.trim(), cwd, true, ALL_METRICS);
  const gates = mergeGates(contract?.gates ?? [], await readGates(config.gates, cwd));
  if (config.merge.length) {
    const merged = await log.group('Merge the shards', () => mergePartials(matchFiles(config.merge, cwd)));
    log.info(`Merged ${merged.shards} shards: ${merged.rows} rows.`);
    return finish(config, buildReport(merged.data, merged.rows, merged.candidate, merged.champion, merged.paired, gates, config, contract));
  }
  if (!config.candidate.trim()) throw new ConfigurationError('input `candidate`', '', 'is empty. Give the candidate .onnx file (or the folder pull-model wrote).');
  if (!config.data.trim()) throw new ConfigurationError('input `data`', '', 'is empty. Give the holdout set: a CSV, JSON Lines or Parquet file with the label column.');
  const taskHint = config.task === 'auto' ? contract?.task : config.task;
  const label = config.labelColumn.trim() || contract?.label || 'label';

  const runtime = await log.group('Find onnxruntime', () => loadOnnxRuntime(config.ort));
  log.info(`onnxruntime-node from ${runtime.source === 'installed' || runtime.source === 'input' ? runtime.dir : `the ${runtime.source} (${runtime.dir})`}`);

  const candidatePath = onnxFile(config.candidate, 'candidate', cwd);
  const championPath = config.champion.trim() ? onnxFile(config.champion, 'champion', cwd) : null;
  const candidateFile = await readModelFile('candidate', 'candidate', candidatePath);
  const championFile = championPath ? await readModelFile('champion', 'champion', championPath) : null;
  const table = await openTable(resolve(cwd, config.data), { format: config.dataFormat, input: 'data' });
  let report: Report;
  try {
    // The contract is checked first: a model that breaks it is reported as such, not run.
    const differences = contract ? signatureDiff(contract, candidateFile.info, 'candidate') : [];
    for (const col of Object.keys(contract?.columns ?? {})) if (!table.columns.includes(col)) differences.push(`column \`${col}\`: declared, but ${config.data} has no such column.`);
    if (differences.length) {
      report = contractFailure(config.candidate, config.data, taskHint ?? 'binary', contract as Contract, differences);
    } else {
      const candidate = await loadModel(runtime.ort, candidateFile, taskHint, contract?.labels);
      const champion = championFile ? await loadModel(runtime.ort, championFile, candidate.task, contract?.labels) : null;
      try {
        const result = await log.group(`Evaluate on ${config.data}${shard ? ` (shard ${shard.index}/${shard.count})` : ''}`, () =>
          evaluate({ ort: runtime.ort, table, label, contract, features: config.features, batchRows: config.batchSize, candidate, champion, ...(shard ? { shard } : {}) }),
        );
        if (shard) {
          const file = join(reportDir, `partial-${shard.index}-of-${shard.count}.json`);
          writeFileAtomic(file, JSON.stringify(await toPartial(shard, config.data, result)) + '\n');
          log.info(`Shard ${shard.index}/${shard.count}: ${result.rows} rows evaluated; partial result in ${file}.`);
          const summary = `### ⏳ test-model: shard ${shard.index}/${shard.count} evaluated ${result.rows} rows\n\nThe verdict comes from the job that merges every shard's \`partial\` (input \`merge\`).\n`;
          return { kind: 'partial', partial: file, summary };
        }
        report = buildReport(config.data, result.rows, result.candidate, result.champion, result.paired, gates, config, contract);
      } finally {
        await candidate.session.release().catch(() => undefined);
        await champion?.session.release().catch(() => undefined);
      }
    }
  } finally {
    await table.close();
  }
  return finish(config, report);
}

/** The report files, and what the entry writes out from the report. */
function finish(config: TestModelConfig, report: Report): TestModelResult {
  const md = markdown(report);
  const jsonPath = join(config.reportDir, 'report.json');
  const mdPath = join(config.reportDir, 'report.md');
  writeFileAtomic(jsonPath, JSON.stringify(report, null, 2) + '\n');
  writeFileAtomic(mdPath, md + '\n');
  const errors = (report.contract?.differences ?? []).map((d) => ({ title: 'model contract', message: d }));
  for (const g of report.gates.filter((x) => !x.passed)) {
    errors.push({ title: 'test-model gate', message: `gate ${g.metric}: candidate ${g.candidate ?? 'none'}${g.champion !== null ? `, champion ${g.champion}` : ''}; ${g.checks.filter((c) => !c.passed).map((c) => `${c.requirement}${c.skipped ? ` (${c.skipped})` : ''}`).join('; ')}` });
  }
  return {
    kind: 'report',
    report,
    markdown: md,
    logText: md.split('<details>')[0]?.replace(/^#+\s*/, '').trimEnd() ?? '',
    reportJson: jsonPath,
    reportMarkdown: mdPath,
    metrics: { candidate: report.candidate.metrics, champion: report.champion?.metrics ?? null, deltas: report.deltas },
    errors,
    failed: !report.passed && config.failOnGates,
  };
}
