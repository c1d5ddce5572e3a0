// check-drift: typed inputs -> read both datasets (types from the reference) -> detectDrift ->
// report files, outputs, summary, exit code.
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import { bool, list, number, oneOf, readInputs, string, type InputsOf } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { combine, readColumns, scan } from '../drift/columns.js';
import { FINE_BINS, type Range } from '../drift/sketch.js';
import { detectDrift, type ColumnChoice } from '../drift/drift.js';
import { METHODS, type Method } from '../drift/methods.js';
import { driftMarkdown } from '../drift/report.js';
import { openTable, type TableReader } from '../evaluate/data/table.js';
import { readContractFile } from '../evaluate/contract.js';
import { loadModel, readModelFile } from '../evaluate/model.js';
import { ALL_METRICS } from '../evaluate/report.js';
import { loadOnnxRuntime, runnerOrtOptions } from '../evaluate/runtime/onnxruntime.js';
import { predictionColumns, type PredictionColumns } from '../drift/predictions.js';

export const spec = {
  reference: string(),
  current: string(),
  'data-format': oneOf(['auto', 'csv', 'jsonl', 'parquet'] as const),
  columns: list(),
  'ignore-columns': list(),
  'numerical-columns': list(),
  'categorical-columns': list(),
  method: string(),
  threshold: string(),
  'column-methods': list(),
  'drift-share': number({ min: 0, max: 1 }),
  'exact-limit': number({ min: 2, integer: true }),
  'fail-on-drift': bool(),
  'report-dir': string(),
  'target-column': string(),
  candidate: string(),
  champion: string(),
  features: list(),
  contract: string(),
  'onnxruntime-path': string(),
};

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('check-drift', spec, io);
  for (const [name, value] of [['reference', inputs.reference], ['current', inputs.current]] as const) {
    if (!value.trim()) throw new ConfigurationError(`input \`${name}\``, '', `is empty. Give the ${name} dataset: a CSV, JSON Lines or Parquet file.`);
  }
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

  const reference = await openTable(resolve(io.cwd, inputs.reference), { format: inputs.dataFormat, input: 'reference' });
  const current = await openTable(resolve(io.cwd, inputs.current), { format: inputs.dataFormat, input: 'current' });
  try {
    const target = inputs.targetColumn.trim();
    const ignored = new Set([...inputs.ignoreColumns, ...(target ? [target] : [])]);
    if (target) {
      for (const [table, side] of [[reference, 'reference'], [current, 'current']] as const) {
        if (!table.columns.includes(target)) throw new ConfigurationError('input `target-column`', target, `is not a column of the ${side} data (${table.path}; its columns: ${table.columns.join(', ')}).`);
      }
    }
    if (Boolean(inputs.candidate.trim()) !== Boolean(inputs.champion.trim())) {
      throw new ConfigurationError(`input \`${inputs.candidate.trim() ? 'champion' : 'candidate'}\``, '', 'is empty: prediction drift compares the champion and the candidate on the current data, so give both models, or neither.');
    }
    const wanted = inputs.columns.length ? inputs.columns : reference.columns.filter((c) => current.columns.includes(c) && !ignored.has(c));
    for (const c of wanted) {
      for (const [table, side] of [[reference, 'reference'], [current, 'current']] as const) {
        if (!table.columns.includes(c)) throw new ConfigurationError(inputs.columns.length ? 'input `columns`' : 'the datasets', c, `is not a column of the ${side} data (${table.path}; its columns: ${table.columns.join(', ')}). The two datasets need the same columns; list the ones to compare in \`columns\`.`);
      }
    }
    for (const c of [...perColumn.keys(), ...inputs.numericalColumns, ...inputs.categoricalColumns]) {
      if (!wanted.includes(c)) throw new ConfigurationError('input `column-methods`, `numerical-columns` or `categorical-columns`', c, `is not one of the columns compared (${wanted.join(', ')}).`);
    }
    const tested = target ? [...wanted, target] : wanted;
    // Pass 1: the column types (from the reference) and each column's range on both sides.
    const { kinds, ranges: refRanges } = await io.group('Read the column types and ranges', () => scan(reference, tested));
    const { ranges: curRanges } = await scan(current, tested);
    for (const c of inputs.numericalColumns) kinds.set(c, 'num');
    for (const c of inputs.categoricalColumns) kinds.set(c, 'cat');
    // Numerical columns with more values than `exact-limit` are summarised instead of kept.
    const sketched = new Map<string, Range>();
    for (const [c, kind] of kinds) {
      const range = combine(refRanges.get(c) as Range, curRanges.get(c) as Range);
      // At 1000 reference values or fewer Evidently's tests need every value (K-S), and they are few.
      if (kind === 'num' && range.count > inputs.exactLimit && (refRanges.get(c) as Range).count > 1000) sketched.set(c, range);
    }
    if (sketched.size) io.info(`${sketched.size} numerical column${sketched.size === 1 ? '' : 's'} over ${inputs.exactLimit} values summarised in ${FINE_BINS}-bin histograms (Wasserstein within one bin width; everything else exact): ${[...sketched.keys()].join(', ')}`);
    const categories = new Map<string, number>();
    const mixed = new Set<string>();
    // Pass 2: the values, or the summaries.
    const [ref, cur] = await io.group('Read both datasets', async () => [await readColumns(reference, kinds, categories, mixed, sketched), await readColumns(current, kinds, categories, mixed, sketched)] as const);
    for (const c of inputs.numericalColumns) if (mixed.has(c)) throw new ConfigurationError('input `numerical-columns`', c, 'holds text in the data, so it cannot be numerical. Drop it from `numerical-columns`.');
    if (ref.rows === 0 || cur.rows === 0) throw new ConfigurationError(`input \`${ref.rows === 0 ? 'reference' : 'current'}\``, ref.rows === 0 ? inputs.reference : inputs.current, 'has no data rows. Give a dataset with rows.');
    const predictions = inputs.candidate.trim() ? await io.group('Run the champion and the candidate on the current data', () => runModels(io, inputs, current, categories)) : null;
    const texts = [...categories.keys()].map((k) => k.slice(2));
    const categoryText = (code: number) => texts[code] ?? '';
    const result = detectDrift(ref, cur, { columns: wanted, kinds, all, perColumn, driftShare: inputs.driftShare, mixed, categoryText });
    const targetResult = target ? detectDrift(ref, cur, { columns: [target], kinds, all, perColumn, driftShare: 1, mixed, categoryText }).columns[0] ?? null : null;
    const prediction = predictions
      ? detectDrift(predictions.champion, predictions.candidate, { columns: [...predictions.kinds.keys()], kinds: predictions.kinds, all: {}, perColumn: new Map(), driftShare: 1, mixed: new Set(), categoryText })
      : null;
    // The predicted label (or value) decides; the class probabilities show where it moved.
    const predictionDrifted = prediction ? prediction.columns.some((c) => (c.column === 'predicted label' || c.column === 'prediction') && c.drifted) : false;

    const md = driftMarkdown(result, ref, cur, { target: targetResult, prediction, predictionDrifted, ...(predictions ? { predictions } : {}) });
    const dir = resolve(io.cwd, inputs.reportDir.trim() || join(io.tempDir, 'check-drift'));
    const reportPath = join(dir, 'report.json');
    writeFileAtomic(reportPath, JSON.stringify({ reference: { path: ref.path, rows: ref.rows }, current: { path: cur.path, rows: cur.rows }, ...result, target: targetResult, prediction: prediction ? { ...prediction, drifted: predictionDrifted, driftedColumns: prediction.drifted } : null }, null, 2) + '\n');
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
  } finally {
    await reference.close();
    await current.close();
  }
}

/** The champion and the candidate over the current rows, as test-model loads and feeds them. */
async function runModels(io: ActionIO, inputs: InputsOf<typeof spec>, current: TableReader, categories: Map<string, number>): Promise<PredictionColumns> {
  const runtime = await loadOnnxRuntime(runnerOrtOptions(io.env, inputs.onnxruntimePath.trim(), io.cwd, (m) => io.info(m)));
  const contract = await readContractFile(inputs.contract.trim(), io.cwd, false, ALL_METRICS);
  const load = async (role: 'champion' | 'candidate') => loadModel(runtime.ort, await readModelFile(role, role, resolve(io.cwd, inputs[role].trim())), contract?.task, contract?.labels);
  const champion = await load('champion');
  const candidate = await load('candidate');
  try {
    return await predictionColumns(runtime.ort, champion, candidate, current, { features: inputs.features, contract, label: inputs.targetColumn.trim() || contract?.label || '', categories });
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
