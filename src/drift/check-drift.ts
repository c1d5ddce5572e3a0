// check-drift's core: both datasets read once into per-column state (side.ts) -> in a shard job,
// that state as a partial file; otherwise (or merged from every shard's partial) the finished
// columns -> detectDrift -> the report files and the result an entry writes out.
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import { sha256File } from '../common/hash-stream.js';
import type { Progress } from '../common/progress.js';
import { matchFiles, parseShard } from '../common/shards.js';
import { openTable, type TableReader } from '../data/table.js';
import { readContractFile } from '../evaluate/contract.js';
import { loadModel, readModelFile } from '../evaluate/model.js';
import { ALL_METRICS } from '../evaluate/report.js';
import { loadOnnxRuntime, type LoadOptions } from '../evaluate/runtime/onnxruntime.js';
import { countExact, finish, type ColumnData, type Dataset, type ExactCount, type Finished } from './columns.js';
import { detectDrift } from './drift.js';
import { sturgesEdgesOf } from './histogram.js';
import { exactNeed } from './methods.js';
import { mergeDriftPartials, toDriftPartial, type Models, type Plan } from './partial.js';
import { checkChoices, describeUnmatched, parseChoices, planColumns, type Choices, type PlanOptions } from './plan.js';
import { predictionColumns, type PredictionColumns } from './predictions.js';
import { svgChart } from './plots.js';
import { driftedCharts, driftMarkdown } from './report.js';
import { readSide, type Mode, type Shard, type Side } from './side.js';
import { BINS, type NumericSketch } from './sketch.js';

export interface DriftConfig extends PlanOptions {
  reference: string;
  current: string;
  dataFormat: 'auto' | 'csv' | 'jsonl' | 'parquet';
  method: string;
  threshold: string;
  columnMethods: string[];
  driftShare: number;
  failOnDrift: boolean;
  /** Where the report (or a shard's partial) is written. */
  reportDir: string;
  candidate: string;
  champion: string;
  features: string[];
  contract: string;
  shard: string;
  merge: string[];
  /** Paths are relative to it. */
  cwd: string;
  /** How onnxruntime is found, when there are models to run. */
  ort: LoadOptions;
  log: Progress;
}

export interface DriftAnnotation {
  level: 'error' | 'warning';
  message: string;
}

/** A shard job's result: its partial state, for the merging job. */
export interface DriftPartialResult {
  kind: 'partial';
  partial: string;
  summary: string;
}

export interface DriftReportResult {
  kind: 'report';
  /** The report for a person: the summary, report.md and the log. */
  markdown: string;
  report: string;
  drifted: boolean;
  share: number;
  driftedColumns: string[];
  targetDrifted: boolean | null;
  predictionDrifted: boolean | null;
  /** Columns one dataset lacks, left untested; '' when none. */
  untested: string;
  annotations: { untested: DriftAnnotation | null; drift: DriftAnnotation | null; prediction: DriftAnnotation | null };
  /** Drift was found and `fail-on-drift` is set. */
  failed: boolean;
}

export async function checkDrift(config: DriftConfig): Promise<DriftPartialResult | DriftReportResult> {
  const { log, cwd } = config;
  const choices = parseChoices(config.method, config.threshold, config.columnMethods);
  const shard = parseShard(config.shard);
  if (shard && config.merge.length) throw new ConfigurationError('input `merge`', config.merge.join(', '), 'cannot be given with `shard`: shard jobs read, one last job merges. Leave `shard` empty in the merging job.');

  if (config.merge.length) {
    const merged = await log.group('Merge the shards', () => mergeDriftPartials(matchFiles(config.merge, cwd)));
    log.info(`Merged ${merged.shards} shards: ${merged.reference.rows} reference and ${merged.current.rows} current rows.`);
    checkChoices(choices.perColumn, merged.plan.columns);
    return await report(config, merged.plan, choices, merged.reference, merged.current, merged.predictions, null);
  }

  for (const [name, value] of [['reference', config.reference], ['current', config.current]] as const) {
    if (!value.trim()) throw new ConfigurationError(`input \`${name}\``, '', `is empty. Give the ${name} dataset: a CSV, JSON Lines or Parquet file.`);
  }
  const reference = await openTable(resolve(cwd, config.reference), { format: config.dataFormat, input: 'reference' });
  const current = await openTable(resolve(cwd, config.current), { format: config.dataFormat, input: 'current' });
  try {
    const plan = planColumns(config, reference, current);
    checkChoices(choices.perColumn, plan.columns);
    if (Boolean(config.candidate.trim()) !== Boolean(config.champion.trim())) {
      throw new ConfigurationError(`input \`${config.candidate.trim() ? 'champion' : 'candidate'}\``, '', 'is empty: prediction drift compares the champion and the candidate on the current data, so give both models, or neither.');
    }
    const types = new Map(plan.types);
    const tested = [...plan.columns, ...(plan.target ? [plan.target] : [])];
    const limit = plan.exactLimit;
    const part = shard ? ` (shard ${shard.index}/${shard.count})` : '';
    // The reference settles each column's type; a column keeps its numbers while Evidently's exact
    // tests may need them all (see finish()), and is summarised after.
    const ref = await log.group(`Read the reference${part}`, () =>
      readSide(reference, { modes: new Map(tested.map((c) => [c, types.get(c) ?? 'unknown'])), textDecides: true, keep: (_, n) => n <= Math.max(limit, 1000), shard }),
    );
    const refCount = (c: string) => ref.columns.get(c)?.count ?? 0;
    // One job knows the types now; a shard only knows that text makes a column categorical.
    const settled = (c: string): Mode => types.get(c) ?? (ref.columns.get(c)?.text ? 'cat' : shard ? 'unknown' : 'num');
    const cur = await log.group(`Read the current data${part}`, () =>
      readSide(current, { modes: new Map(tested.map((c) => [c, settled(c)])), textDecides: false, keep: (c, n) => refCount(c) <= 1000 || refCount(c) + n <= limit, shard }),
    );
    const predictions = config.candidate.trim() ? await log.group(`Run the champion and the candidate on the current data${part}`, () => runModels(config, current, shard, limit)) : null;
    if (shard) {
      const models: Models | null = config.candidate.trim() ? { champion: await sha256File(resolve(cwd, config.champion.trim())), candidate: await sha256File(resolve(cwd, config.candidate.trim())) } : null;
      const file = join(config.reportDir, `partial-${shard.index}-of-${shard.count}.json`);
      writeFileAtomic(file, JSON.stringify(toDriftPartial(shard, plan, models, ref, cur, predictions)) + '\n');
      log.info(`Shard ${shard.index}/${shard.count}: ${ref.rows} reference and ${cur.rows} current rows read; partial result in ${file}.`);
      const summary = `### ⏳ check-drift: shard ${shard.index}/${shard.count} read ${ref.rows} reference and ${cur.rows} current rows\n\nThe verdict comes from the job that merges every shard's \`partial\` (input \`merge\`).\n`;
      return { kind: 'partial', partial: file, summary };
    }
    return await report(config, plan, choices, ref, cur, predictions, { reference, current });
  } finally {
    await reference.close();
    await current.close();
  }
}

/** The finished columns, the tests, and everything a person and a workflow read from them. */
async function report(config: DriftConfig, plan: Plan, choices: Choices, refSide: Side, curSide: Side, predictionSides: PredictionColumns | null, tables: { reference: TableReader; current: TableReader } | null): Promise<DriftReportResult> {
  const { all, perColumn } = choices;
  const { log } = config;
  const categories = new Map<string, number>();
  const types = new Map(plan.types);
  const data = finish(refSide, curSide, { paths: [plan.reference, plan.current], types, exactLimit: plan.exactLimit, categories });
  const { ref, cur, kinds, mixed } = data;
  for (const [c, kind] of types) if (kind === 'num' && mixed.has(c)) throw new ConfigurationError('input `numerical-columns`', c, 'holds text in the data, so it cannot be numerical. Drop it from `numerical-columns`.');
  if (ref.rows === 0 || cur.rows === 0) throw new ConfigurationError(`input \`${ref.rows === 0 ? 'reference' : 'current'}\``, ref.rows === 0 ? plan.reference : plan.current, 'has no data rows. Give a dataset with rows.');
  if (data.sketched.length) log.info(`${data.sketched.length} numerical column${data.sketched.length === 1 ? '' : 's'} over ${plan.exactLimit} values summarised in ${BINS}-bin histograms (Wasserstein within one bin width; everything else exact): ${data.sketched.join(', ')}`);
  if (tables) await countExactWhereNeeded(log, data, choices, tables);
  const texts = [...categories.keys()].map((k) => k.slice(2));
  const categoryText = (code: number) => texts[code] ?? '';
  const result = detectDrift(ref, cur, { columns: plan.columns, kinds, all, perColumn, driftShare: config.driftShare, mixed, categoryText });
  const targetResult = plan.target ? (detectDrift(ref, cur, { columns: [plan.target], kinds, all, perColumn, driftShare: 1, mixed, categoryText }).columns[0] ?? null) : null;
  let predictions: { champion: Dataset; candidate: Dataset } | null = null;
  let prediction = null;
  if (predictionSides) {
    const p = finish(predictionSides.champion, predictionSides.candidate, { paths: [config.champion.trim(), config.candidate.trim()], types: predictionSides.kinds, exactLimit: plan.exactLimit, categories });
    predictions = { champion: p.ref, candidate: p.cur };
    prediction = detectDrift(p.ref, p.cur, { columns: [...predictionSides.kinds.keys()], kinds: p.kinds, all: {}, perColumn: new Map(), driftShare: 1, mixed: new Set(), categoryText });
  }
  // The predicted label (or value) decides; the class probabilities show where it moved.
  const predictionDrifted = prediction ? prediction.columns.some((c) => (c.column === 'predicted label' || c.column === 'prediction') && c.drifted) : false;

  const extras = { target: targetResult, prediction, predictionDrifted, categoryText, ...(predictions ? { predictions } : {}) };
  const untested = describeUnmatched(plan.unmatched);
  const md = driftMarkdown(result, ref, cur, extras) + (untested ? `\n\n⚠️ Not tested (\`missing-columns: ignore\`): ${untested}.\n` : '');
  const dir = config.reportDir;
  const reportPath = join(dir, 'report.json');
  // One SVG per drifted column, target and model output, for people who open the report folder.
  const plots: Record<string, string> = {};
  for (const chart of driftedCharts(result, ref, cur, extras)) {
    const file = `plots/${String(Object.keys(plots).length + 1).padStart(3, '0')}-${chart.title.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}.svg`;
    writeFileAtomic(join(dir, file), svgChart(chart.title, chart.distribution));
    plots[chart.title] = file;
  }
  writeFileAtomic(reportPath, JSON.stringify({ reference: { path: ref.path, rows: ref.rows }, current: { path: cur.path, rows: cur.rows }, ...result, untested: plan.unmatched, target: targetResult, prediction: prediction ? { ...prediction, drifted: predictionDrifted, driftedColumns: prediction.drifted } : null, plots }, null, 2) + '\n');
  writeFileAtomic(join(dir, 'report.md'), md);
  const driftedColumns = result.columns.filter((c) => c.drifted).map((c) => c.column);
  const level = config.failOnDrift ? 'error' : 'warning';
  return {
    kind: 'report',
    markdown: md,
    report: reportPath,
    drifted: result.datasetDrift,
    share: result.share,
    driftedColumns,
    targetDrifted: targetResult ? targetResult.drifted : null,
    predictionDrifted: prediction ? predictionDrifted : null,
    untested,
    annotations: {
      untested: untested ? { level: 'warning', message: `columns not tested, since one dataset lacks them: ${untested}` } : null,
      drift: result.datasetDrift ? { level, message: `the data has drifted: ${result.drifted} of ${result.tested} columns (${(result.share * 100).toFixed(1)}%, at least ${config.driftShare * 100}% counts): ${driftedColumns.join(', ')}` } : null,
      prediction: predictionDrifted ? { level, message: "the candidate's predictions drifted from the champion's on the current data" } : null,
    },
    failed: (result.datasetDrift || predictionDrifted) && config.failOnDrift,
  };
}

/**
 * Tests that need more of a summarised column than its summary (PSI, KL, Jensen-Shannon in
 * Evidently's Sturges bins, which depend on both sides' range and size; tests per value when there
 * are many values): one more pass over those columns only, when such a test was asked for.
 */
async function countExactWhereNeeded(log: Progress, data: Finished, choices: Choices, tables: { reference: TableReader; current: TableReader }): Promise<void> {
  const wants = new Map<string, ExactCount>();
  for (const name of data.sketched) {
    const method = choices.perColumn.get(name)?.method ?? choices.all.method;
    const r = data.ref.columns.get(name) as ColumnData;
    const c = data.cur.columns.get(name) as ColumnData;
    const need = method ? exactNeed(method, { kind: 'num', ref: r, cur: c, categoryText: () => '' }) : null;
    if (!need || !r.sketch || !c.sketch) continue;
    wants.set(name, need === 'values' ? 'values' : sturgesEdgesOf(Math.min(r.sketch.lo, c.sketch.lo), Math.max(r.sketch.hi, c.sketch.hi), r.count + c.count, r.integer && c.integer));
  }
  if (!wants.size) return;
  await log.group(`Count ${wants.size} summarised column${wants.size === 1 ? '' : 's'} exactly for the tests chosen`, async () => {
    for (const [table, dataset] of [[tables.reference, data.ref], [tables.current, data.cur]] as const) {
      for (const [name, counts] of await countExact(table, wants)) {
        const column = dataset.columns.get(name) as ColumnData;
        if (counts instanceof Map) (column.sketch as NumericSketch).distinct = counts;
        else column.sturges = counts;
      }
    }
  });
}

/** The champion and the candidate over the current rows (a shard's only), as test-model loads and feeds them. */
async function runModels(config: DriftConfig, current: TableReader, shard: Shard | null, exactLimit: number): Promise<PredictionColumns> {
  const runtime = await loadOnnxRuntime(config.ort);
  const contract = await readContractFile(config.contract.trim(), config.cwd, false, ALL_METRICS);
  const load = async (role: 'champion' | 'candidate') => loadModel(runtime.ort, await readModelFile(role, role, resolve(config.cwd, config[role].trim())), contract?.task, contract?.labels);
  const champion = await load('champion');
  const candidate = await load('candidate');
  try {
    // Both outputs have a value per row: each keeps its numbers while both together stay within the limit.
    return await predictionColumns(runtime.ort, champion, candidate, current, { features: config.features, contract, label: config.targetColumn.trim() || contract?.label || '', shard, keep: (n) => n <= Math.max(Math.floor(exactLimit / 2), 1000) });
  } finally {
    await champion.session.release().catch(() => undefined);
    await candidate.session.release().catch(() => undefined);
  }
}
