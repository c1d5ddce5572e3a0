// check-drift: typed inputs -> both datasets read once into per-column state (side.ts) -> in a
// shard job, that state as a partial file; otherwise (or merged from every shard's partial) the
// finished columns -> detectDrift -> report files, outputs, summary, exit code.
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import { bool, list, number, oneOf, output, readInputs, string, type InputsOf } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { matchFiles, parseShard } from '../common/shards.js';
import { countExact, finish, type ColumnData, type Dataset, type ExactCount, type Finished, type Kind } from '../drift/columns.js';
import { detectDrift, type ColumnChoice } from '../drift/drift.js';
import { exactNeed, METHODS, type Method } from '../drift/methods.js';
import { mergeDriftPartials, toDriftPartial, type Plan, type Models } from '../drift/partial.js';
import { predictionColumns, type PredictionColumns } from '../drift/predictions.js';
import { svgChart } from '../drift/plots.js';
import { driftedCharts, driftMarkdown } from '../drift/report.js';
import { readSide, type Mode, type Shard, type Side } from '../drift/side.js';
import { BINS, type NumericSketch } from '../drift/sketch.js';
import { sturgesEdgesOf } from '../drift/histogram.js';
import { openTable, type TableReader } from '../data/table.js';
import { readContractFile } from '../evaluate/contract.js';
import { loadModel, readModelFile } from '../evaluate/model.js';
import { ALL_METRICS } from '../evaluate/report.js';
import { loadOnnxRuntime, runnerOrtOptions } from '../evaluate/runtime/onnxruntime.js';
import { sha256File } from '../common/hash-stream.js';

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
  const all: ColumnChoice = {
    ...(inputs.method.trim() ? { method: parseMethod(inputs.method.trim(), 'input `method`') } : {}),
    ...(inputs.threshold.trim() ? { threshold: parseThreshold(inputs.threshold.trim(), 'input `threshold`') } : {}),
  };
  const perColumn = new Map<string, ColumnChoice>();
  for (const entry of inputs.columnMethods) {
    const m = /^([^=]+)=([a-z_]+)(?::(.+))?$/.exec(entry.trim());
    if (!m) throw new ConfigurationError('input `column-methods`', entry, 'is not `column=method` or `column=method:threshold`, e.g. `age=psi:0.2`.');
    perColumn.set((m[1] as string).trim(), { method: parseMethod(m[2] as string, 'input `column-methods`'), ...(m[3] ? { threshold: parseThreshold(m[3], 'input `column-methods`') } : {}) });
  }
  const shard = parseShard(inputs.shard);
  if (shard && inputs.merge.length) throw new ConfigurationError('input `merge`', inputs.merge.join(', '), 'cannot be given with `shard`: shard jobs read, one last job merges. Leave `shard` empty in the merging job.');
  const choices = { all, perColumn };

  if (inputs.merge.length) {
    const merged = await io.group('Merge the shards', () => mergeDriftPartials(matchFiles(inputs.merge, io.cwd)));
    io.info(`Merged ${merged.shards} shards: ${merged.reference.rows} reference and ${merged.current.rows} current rows.`);
    checkChoices(perColumn, merged.plan.columns);
    return await report(io, inputs, merged.plan, choices, merged.reference, merged.current, merged.predictions, null);
  }

  for (const [name, value] of [['reference', inputs.reference], ['current', inputs.current]] as const) {
    if (!value.trim()) throw new ConfigurationError(`input \`${name}\``, '', `is empty. Give the ${name} dataset: a CSV, JSON Lines or Parquet file.`);
  }
  const reference = await openTable(resolve(io.cwd, inputs.reference), { format: inputs.dataFormat, input: 'reference' });
  const current = await openTable(resolve(io.cwd, inputs.current), { format: inputs.dataFormat, input: 'current' });
  try {
    const plan = planColumns(inputs, reference, current);
    checkChoices(perColumn, plan.columns);
    if (Boolean(inputs.candidate.trim()) !== Boolean(inputs.champion.trim())) {
      throw new ConfigurationError(`input \`${inputs.candidate.trim() ? 'champion' : 'candidate'}\``, '', 'is empty: prediction drift compares the champion and the candidate on the current data, so give both models, or neither.');
    }
    const types = new Map(plan.types);
    const tested = [...plan.columns, ...(plan.target ? [plan.target] : [])];
    const limit = plan.exactLimit;
    const part = shard ? ` (shard ${shard.index}/${shard.count})` : '';
    // The reference settles each column's type; a column keeps its numbers while Evidently's exact
    // tests may need them all (see finish()), and is summarised after.
    const ref = await io.group(`Read the reference${part}`, () =>
      readSide(reference, { modes: new Map(tested.map((c) => [c, types.get(c) ?? 'unknown'])), textDecides: true, keep: (_, n) => n <= Math.max(limit, 1000), shard }),
    );
    const refCount = (c: string) => ref.columns.get(c)?.count ?? 0;
    // One job knows the types now; a shard only knows that text makes a column categorical.
    const settled = (c: string): Mode => types.get(c) ?? (ref.columns.get(c)?.text ? 'cat' : shard ? 'unknown' : 'num');
    const cur = await io.group(`Read the current data${part}`, () =>
      readSide(current, { modes: new Map(tested.map((c) => [c, settled(c)])), textDecides: false, keep: (c, n) => refCount(c) <= 1000 || refCount(c) + n <= limit, shard }),
    );
    const predictions = inputs.candidate.trim() ? await io.group(`Run the champion and the candidate on the current data${part}`, () => runModels(io, inputs, current, shard, limit)) : null;
    if (shard) {
      const models: Models | null = inputs.candidate.trim() ? { champion: await sha256File(resolve(io.cwd, inputs.champion.trim())), candidate: await sha256File(resolve(io.cwd, inputs.candidate.trim())) } : null;
      const dir = resolve(io.cwd, inputs.reportDir.trim() || join(io.tempDir, 'check-drift'));
      const file = join(dir, `partial-${shard.index}-of-${shard.count}.json`);
      writeFileAtomic(file, JSON.stringify(toDriftPartial(shard, plan, models, ref, cur, predictions)) + '\n');
      io.info(`Shard ${shard.index}/${shard.count}: ${ref.rows} reference and ${cur.rows} current rows read; partial result in ${file}.`);
      io.setOutput('partial', file);
      io.summary(`### ⏳ check-drift: shard ${shard.index}/${shard.count} read ${ref.rows} reference and ${cur.rows} current rows\n\nThe verdict comes from the job that merges every shard's \`partial\` (input \`merge\`).\n`);
      return 0;
    }
    return await report(io, inputs, plan, choices, ref, cur, predictions, { reference, current });
  } finally {
    await reference.close();
    await current.close();
  }
}

/** The columns to compare, the target and the types given, checked against both datasets. */
function planColumns(inputs: InputsOf<typeof spec>, reference: TableReader, current: TableReader): Plan {
  const target = inputs.targetColumn.trim();
  const ignored = new Set([...inputs.ignoreColumns, ...(target ? [target] : [])]);
  const missing = (c: string, input: string) => {
    for (const [table, side] of [[reference, 'reference'], [current, 'current']] as const) {
      if (!table.columns.includes(c)) throw new ConfigurationError(input, c, `is not a column of the ${side} data (${table.path}; its columns: ${table.columns.join(', ')}).${input === 'the datasets' || input === 'input `columns`' ? ' The two datasets need the same columns; list the ones to compare in `columns`.' : ''}`);
    }
  };
  if (target) missing(target, 'input `target-column`');
  const columns = inputs.columns.length ? inputs.columns : reference.columns.filter((c) => current.columns.includes(c) && !ignored.has(c));
  // Compared by default, a column only one side has would be left out in silence: a column that
  // disappeared (or appeared) is a change the tests cannot see.
  const unmatched = inputs.columns.length
    ? { reference: [], current: [] }
    : { reference: reference.columns.filter((c) => !current.columns.includes(c) && !ignored.has(c)), current: current.columns.filter((c) => !reference.columns.includes(c) && !ignored.has(c)) };
  if (!columns.length) {
    throw new ConfigurationError('the datasets', `${reference.path} and ${current.path}`, `have no column in common to compare (reference: ${reference.columns.join(', ') || 'none'}; current: ${current.columns.join(', ') || 'none'}). Give the current data with the reference's columns.`);
  }
  if ((unmatched.reference.length || unmatched.current.length) && inputs.missingColumns === 'fail') {
    throw new ConfigurationError('the datasets', describeUnmatched(unmatched), `differ in their columns, so ${unmatched.reference.length + unmatched.current.length === 1 ? 'that column' : 'those columns'} would go untested. Fix the data, list the columns to compare in \`columns\`, or set \`missing-columns: ignore\` to compare the ${columns.length} columns both have.`);
  }
  for (const c of columns) missing(c, inputs.columns.length ? 'input `columns`' : 'the datasets');
  for (const c of [...inputs.numericalColumns, ...inputs.categoricalColumns]) {
    if (!columns.includes(c)) throw new ConfigurationError('input `numerical-columns` or `categorical-columns`', c, `is not one of the columns compared (${columns.join(', ')}).`);
  }
  const types: [string, Kind][] = [...inputs.numericalColumns.map((c) => [c, 'num'] as [string, Kind]), ...inputs.categoricalColumns.map((c) => [c, 'cat'] as [string, Kind])];
  return { reference: reference.path, current: current.path, columns, target, types, exactLimit: inputs.exactLimit, unmatched };
}

/** "only in the reference: a, b; only in the current data: c". */
function describeUnmatched(u: Plan['unmatched']): string {
  return [u.reference.length ? `only in the reference: ${u.reference.join(', ')}` : '', u.current.length ? `only in the current data: ${u.current.join(', ')}` : ''].filter(Boolean).join('; ');
}

function checkChoices(perColumn: Map<string, ColumnChoice>, columns: string[]): void {
  for (const c of perColumn.keys()) {
    if (!columns.includes(c)) throw new ConfigurationError('input `column-methods`', c, `is not one of the columns compared (${columns.join(', ')}).`);
  }
}

/** The finished columns, the tests, and everything a person and a workflow read from them. */
async function report(io: ActionIO, inputs: InputsOf<typeof spec>, plan: Plan, choices: { all: ColumnChoice; perColumn: Map<string, ColumnChoice> }, refSide: Side, curSide: Side, predictionSides: PredictionColumns | null, tables: { reference: TableReader; current: TableReader } | null): Promise<number> {
  const { all, perColumn } = choices;
  const categories = new Map<string, number>();
  const types = new Map(plan.types);
  const data = finish(refSide, curSide, { paths: [plan.reference, plan.current], types, exactLimit: plan.exactLimit, categories });
  const { ref, cur, kinds, mixed } = data;
  for (const [c, kind] of types) if (kind === 'num' && mixed.has(c)) throw new ConfigurationError('input `numerical-columns`', c, 'holds text in the data, so it cannot be numerical. Drop it from `numerical-columns`.');
  if (ref.rows === 0 || cur.rows === 0) throw new ConfigurationError(`input \`${ref.rows === 0 ? 'reference' : 'current'}\``, ref.rows === 0 ? plan.reference : plan.current, 'has no data rows. Give a dataset with rows.');
  if (data.sketched.length) io.info(`${data.sketched.length} numerical column${data.sketched.length === 1 ? '' : 's'} over ${plan.exactLimit} values summarised in ${BINS}-bin histograms (Wasserstein within one bin width; everything else exact): ${data.sketched.join(', ')}`);
  if (tables) await countExactWhereNeeded(io, data, choices, tables);
  const texts = [...categories.keys()].map((k) => k.slice(2));
  const categoryText = (code: number) => texts[code] ?? '';
  const result = detectDrift(ref, cur, { columns: plan.columns, kinds, all, perColumn, driftShare: inputs.driftShare, mixed, categoryText });
  const targetResult = plan.target ? (detectDrift(ref, cur, { columns: [plan.target], kinds, all, perColumn, driftShare: 1, mixed, categoryText }).columns[0] ?? null) : null;
  let predictions: { champion: Dataset; candidate: Dataset } | null = null;
  let prediction = null;
  if (predictionSides) {
    const p = finish(predictionSides.champion, predictionSides.candidate, { paths: [inputs.champion.trim(), inputs.candidate.trim()], types: predictionSides.kinds, exactLimit: plan.exactLimit, categories });
    predictions = { champion: p.ref, candidate: p.cur };
    prediction = detectDrift(p.ref, p.cur, { columns: [...predictionSides.kinds.keys()], kinds: p.kinds, all: {}, perColumn: new Map(), driftShare: 1, mixed: new Set(), categoryText });
  }
  // The predicted label (or value) decides; the class probabilities show where it moved.
  const predictionDrifted = prediction ? prediction.columns.some((c) => (c.column === 'predicted label' || c.column === 'prediction') && c.drifted) : false;

  const extras = { target: targetResult, prediction, predictionDrifted, categoryText, ...(predictions ? { predictions } : {}) };
  const untested = describeUnmatched(plan.unmatched);
  const md = driftMarkdown(result, ref, cur, extras) + (untested ? `\n\n⚠️ Not tested (\`missing-columns: ignore\`): ${untested}.\n` : '');
  if (untested) io.annotate('warning', `columns not tested, since one dataset lacks them: ${untested}`, { title: 'check-drift' });
  const dir = resolve(io.cwd, inputs.reportDir.trim() || join(io.tempDir, 'check-drift'));
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
  io.info(md.replace(/^#+\s*/, ''));
  const driftedColumns = result.columns.filter((c) => c.drifted).map((c) => c.column);
  if (result.datasetDrift) {
    io.annotate(inputs.failOnDrift ? 'error' : 'warning', `the data has drifted: ${result.drifted} of ${result.tested} columns (${(result.share * 100).toFixed(1)}%, at least ${inputs.driftShare * 100}% counts): ${driftedColumns.join(', ')}`, { title: 'check-drift' });
  }
  io.setOutput('drifted', String(result.datasetDrift));
  io.setOutput('drift-share', String(result.share));
  io.setOutput('drifted-columns', JSON.stringify(driftedColumns));
  if (predictionDrifted) io.annotate(inputs.failOnDrift ? 'error' : 'warning', "the candidate's predictions drifted from the champion's on the current data", { title: 'check-drift' });
  io.setOutput('report', reportPath);
  io.setOutput('target-drifted', targetResult ? String(targetResult.drifted) : '');
  io.setOutput('prediction-drifted', prediction ? String(predictionDrifted) : '');
  io.summary(md);
  return (result.datasetDrift || predictionDrifted) && inputs.failOnDrift ? 1 : 0;
}

/**
 * Tests that need more of a summarised column than its summary (PSI, KL, Jensen-Shannon in
 * Evidently's Sturges bins, which depend on both sides' range and size; tests per value when there
 * are many values): one more pass over those columns only, when such a test was asked for.
 */
async function countExactWhereNeeded(io: ActionIO, data: Finished, choices: { all: ColumnChoice; perColumn: Map<string, ColumnChoice> }, tables: { reference: TableReader; current: TableReader }): Promise<void> {
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
  await io.group(`Count ${wants.size} summarised column${wants.size === 1 ? '' : 's'} exactly for the tests chosen`, async () => {
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
async function runModels(io: ActionIO, inputs: InputsOf<typeof spec>, current: TableReader, shard: Shard | null, exactLimit: number): Promise<PredictionColumns> {
  const runtime = await loadOnnxRuntime(runnerOrtOptions(io.env, inputs.onnxruntimePath.trim(), io.cwd, (m) => io.info(m)));
  const contract = await readContractFile(inputs.contract.trim(), io.cwd, false, ALL_METRICS);
  const load = async (role: 'champion' | 'candidate') => loadModel(runtime.ort, await readModelFile(role, role, resolve(io.cwd, inputs[role].trim())), contract?.task, contract?.labels);
  const champion = await load('champion');
  const candidate = await load('candidate');
  try {
    // Both outputs have a value per row: each keeps its numbers while both together stay within the limit.
    return await predictionColumns(runtime.ort, champion, candidate, current, { features: inputs.features, contract, label: inputs.targetColumn.trim() || contract?.label || '', shard, keep: (n) => n <= Math.max(Math.floor(exactLimit / 2), 1000) });
  } finally {
    await champion.session.release().catch(() => undefined);
    await candidate.session.release().catch(() => undefined);
  }
}

function parseMethod(value: string, input: string): Method {
  if (!(METHODS as readonly string[]).includes(value)) throw new ConfigurationError(input, value, `is not a drift test. Use one of: ${METHODS.join(', ')}.`);
  return value as Method;
}

function parseThreshold(value: string, input: string): number {
  const n = Number(value);
  if (!value || !Number.isFinite(n) || n < 0) throw new ConfigurationError(input, value, 'is not a threshold: give a number such as 0.05 (p-value tests) or 0.1 (distances).');
  return n;
}
