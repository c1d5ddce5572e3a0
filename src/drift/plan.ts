// What check-drift compares, settled before any row is read: the tests chosen (for all columns and
// per column) and the columns, the target and the types given, checked against both datasets.
import { ConfigurationError } from '../common/errors.js';
import type { TableReader } from '../data/table.js';
import type { Kind } from './columns.js';
import type { ColumnChoice } from './drift.js';
import { METHODS, type Method } from './methods.js';
import type { Plan } from './partial.js';

export interface Choices {
  all: ColumnChoice;
  perColumn: Map<string, ColumnChoice>;
}

export interface PlanOptions {
  columns: string[];
  ignoreColumns: string[];
  missingColumns: 'fail' | 'ignore';
  numericalColumns: string[];
  categoricalColumns: string[];
  targetColumn: string;
  exactLimit: number;
}

/** `method`, `threshold` and `column-methods`, checked. */
export function parseChoices(method: string, threshold: string, columnMethods: string[]): Choices {
  const all: ColumnChoice = {
    ...(method.trim() ? { method: parseMethod(method.trim(), 'input `method`') } : {}),
    ...(threshold.trim() ? { threshold: parseThreshold(threshold.trim(), 'input `threshold`') } : {}),
  };
  const perColumn = new Map<string, ColumnChoice>();
  for (const entry of columnMethods) {
    const m = /^([^=]+)=([a-z_]+)(?::(.+))?$/.exec(entry.trim());
    if (!m) throw new ConfigurationError('input `column-methods`', entry, 'is not `column=method` or `column=method:threshold`, e.g. `age=psi:0.2`.');
    perColumn.set((m[1] as string).trim(), { method: parseMethod(m[2] as string, 'input `column-methods`'), ...(m[3] ? { threshold: parseThreshold(m[3], 'input `column-methods`') } : {}) });
  }
  return { all, perColumn };
}

/** The columns to compare, the target and the types given, checked against both datasets. */
export function planColumns(inputs: PlanOptions, reference: TableReader, current: TableReader): Plan {
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
export function describeUnmatched(u: Plan['unmatched']): string {
  return [u.reference.length ? `only in the reference: ${u.reference.join(', ')}` : '', u.current.length ? `only in the current data: ${u.current.join(', ')}` : ''].filter(Boolean).join('; ');
}

export function checkChoices(perColumn: Map<string, ColumnChoice>, columns: string[]): void {
  for (const c of perColumn.keys()) {
    if (!columns.includes(c)) throw new ConfigurationError('input `column-methods`', c, `is not one of the columns compared (${columns.join(', ')}).`);
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
