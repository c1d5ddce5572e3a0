// check-drift: typed inputs -> read both datasets (types from the reference) -> detectDrift ->
// report files, outputs, summary, exit code.
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import { bool, list, number, oneOf, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { inferKinds, readColumns, type Kind } from '../drift/columns.js';
import { detectDrift, type ColumnChoice } from '../drift/drift.js';
import { METHODS, type Method } from '../drift/methods.js';
import { driftMarkdown } from '../drift/report.js';
import { openTable } from '../evaluate/data/table.js';

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
  'fail-on-drift': bool(),
  'report-dir': string(),
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
    const ignored = new Set(inputs.ignoreColumns);
    const wanted = inputs.columns.length ? inputs.columns : reference.columns.filter((c) => current.columns.includes(c) && !ignored.has(c));
    for (const c of wanted) {
      for (const [table, side] of [[reference, 'reference'], [current, 'current']] as const) {
        if (!table.columns.includes(c)) throw new ConfigurationError(inputs.columns.length ? 'input `columns`' : 'the datasets', c, `is not a column of the ${side} data (${table.path}; its columns: ${table.columns.join(', ')}). The two datasets need the same columns; list the ones to compare in \`columns\`.`);
      }
    }
    for (const c of [...perColumn.keys(), ...inputs.numericalColumns, ...inputs.categoricalColumns]) {
      if (!wanted.includes(c)) throw new ConfigurationError('input `column-methods`, `numerical-columns` or `categorical-columns`', c, `is not one of the columns compared (${wanted.join(', ')}).`);
    }
    const kinds = await io.group('Read the column types from the reference', () => inferKinds(reference, wanted));
    for (const c of inputs.numericalColumns) kinds.set(c, 'num');
    for (const c of inputs.categoricalColumns) kinds.set(c, 'cat');
    const categories = new Map<string, number>();
    const mixed = new Set<string>();
    const [ref, cur] = await io.group('Read both datasets', async () => [await readColumns(reference, kinds, categories, mixed), await readColumns(current, kinds, categories, mixed)] as const);
    for (const c of inputs.numericalColumns) if (mixed.has(c)) throw new ConfigurationError('input `numerical-columns`', c, 'holds text in the data, so it cannot be numerical. Drop it from `numerical-columns`.');
    if (ref.rows === 0 || cur.rows === 0) throw new ConfigurationError(`input \`${ref.rows === 0 ? 'reference' : 'current'}\``, ref.rows === 0 ? inputs.reference : inputs.current, 'has no data rows. Give a dataset with rows.');
    const texts = [...categories.keys()].map((k) => k.slice(2));
    const result = detectDrift(ref, cur, { columns: wanted, kinds: kinds as Map<string, Kind>, all, perColumn, driftShare: inputs.driftShare, mixed, categoryText: (code) => texts[code] ?? '' });

    const md = driftMarkdown(result, ref, cur);
    const dir = resolve(io.cwd, inputs.reportDir.trim() || join(io.tempDir, 'check-drift'));
    const reportPath = join(dir, 'report.json');
    writeFileAtomic(reportPath, JSON.stringify({ reference: { path: ref.path, rows: ref.rows }, current: { path: cur.path, rows: cur.rows }, ...result }, null, 2) + '\n');
    writeFileAtomic(join(dir, 'report.md'), md);
    io.info(md.replace(/^#+\s*/, ''));
    const driftedColumns = result.columns.filter((c) => c.drifted).map((c) => c.column);
    if (result.datasetDrift) {
      io.annotate(inputs.failOnDrift ? 'error' : 'warning', `the data has drifted: ${result.drifted} of ${result.tested} columns (${(result.share * 100).toFixed(1)}%, at least ${inputs.driftShare * 100}% counts): ${driftedColumns.join(', ')}`, { title: 'check-drift' });
    }
    io.setOutput('drifted', String(result.datasetDrift));
    io.setOutput('drift-share', String(result.share));
    io.setOutput('drifted-columns', JSON.stringify(driftedColumns));
    io.setOutput('report', reportPath);
    io.summary(md);
    return result.datasetDrift && inputs.failOnDrift ? 1 : 0;
  } finally {
    await reference.close();
    await current.close();
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
