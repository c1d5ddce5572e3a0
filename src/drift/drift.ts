// Data drift between a reference and a current dataset, column by column, with Evidently's
// defaults (the test each column gets, thresholds, and dataset drift when at least `driftShare` of
// the tested columns drifted) and the same overrides (one method for all, per column, thresholds,
// column types). Columns that cannot be tested are skipped with the reason, never scored NaN.
import type { Dataset, Kind } from './columns.js';
import { CATEGORY_CAP } from './side.js';
import { defaultMethod, isDrift, METHOD_INFO, score, scoreBound, unavailable, type Method, type Sample } from './methods.js';

/** Categorical columns with more distinct values than this, and more than half their rows, look like identifiers. */
export const HUGE_CARDINALITY = 10_000;

export interface ColumnChoice {
  method?: Method;
  threshold?: number;
}

export interface DriftOptions {
  columns: string[];
  kinds: Map<string, Kind>;
  /** One method (and threshold) for every column, else Evidently's choice per column. */
  all: ColumnChoice;
  perColumn: Map<string, ColumnChoice>;
  driftShare: number;
  /** Numerical columns whose current side holds text: not testable. */
  mixed: Set<string>;
  categoryText: (code: number) => string;
}

export interface ColumnResult {
  column: string;
  kind: Kind;
  method: Method | null;
  /** What the score is: a p-value or a distance. */
  scoreKind: 'p_value' | 'distance' | null;
  threshold: number | null;
  score: number | null;
  drifted: boolean;
  /** Why the column was not tested. */
  skipped?: string;
  /** For a summarised column: the most the score can be off, and whether that could flip the verdict. */
  bound?: number;
  uncertain?: boolean;
  reference: { rows: number; nulls: number };
  current: { rows: number; nulls: number };
}

export interface DriftResult {
  columns: ColumnResult[];
  tested: number;
  drifted: number;
  share: number;
  datasetDrift: boolean;
  driftShare: number;
}

export function detectDrift(ref: Dataset, cur: Dataset, o: DriftOptions): DriftResult {
  const results: ColumnResult[] = [];
  for (const column of o.columns) {
    const kind = o.kinds.get(column) as Kind;
    const r = ref.columns.get(column);
    const c = cur.columns.get(column);
    if (!r || !c) continue;
    const base = { column, kind, reference: { rows: ref.rows, nulls: r.nulls }, current: { rows: cur.rows, nulls: c.nulls } };
    const skip = (why: string): ColumnResult => ({ ...base, method: null, scoreKind: null, threshold: null, score: null, drifted: false, skipped: why });
    const size = (d: typeof r) => d.count;
    if (o.mixed.has(column)) {
      results.push(skip('numbers in the reference but text in the current data; give the column a type (categorical-columns) to test it'));
      continue;
    }
    if (kind === 'cat' && (r.uncounted || c.uncounted)) {
      results.push(skip(`over ${CATEGORY_CAP - 1} distinct numbers before the first text: too many to count as categories; give the column a type (numerical-columns or categorical-columns), or list it in ignore-columns`));
      continue;
    }
    if (size(r) === 0 || size(c) === 0) {
      results.push(skip(`no values in the ${size(r) === 0 ? 'reference' : 'current'} data (every cell is null)`));
      continue;
    }
    if (kind === 'cat') {
      const distinct = new Set([...r.counts.keys(), ...c.counts.keys()]).size;
      if (distinct > HUGE_CARDINALITY && distinct > (r.count + c.count) / 2) {
        results.push(skip(`${distinct} distinct values in ${r.count + c.count}: an identifier, not a feature whose distribution can drift; list it in ignore-columns`));
        continue;
      }
    }
    const sample: Sample = { kind, ref: r, cur: c, categoryText: o.categoryText };
    const chosen = { ...o.all, ...o.perColumn.get(column) };
    const method = chosen.method ?? defaultMethod(sample);
    if (!METHOD_INFO[method].kinds.includes(kind)) {
      results.push(skip(`${method} tests numerical columns only, and this one is categorical`));
      continue;
    }
    const why = unavailable(method, sample);
    if (why) {
      results.push(skip(why));
      continue;
    }
    const threshold = chosen.threshold ?? METHOD_INFO[method].threshold;
    const value = score(method, sample);
    const bound = scoreBound(method, sample);
    if (Number.isNaN(value)) {
      results.push(skip(`${method} is undefined for these values`));
      continue;
    }
    results.push({ ...base, method, scoreKind: METHOD_INFO[method].score, threshold, score: value, drifted: isDrift(method, value, threshold), ...(bound ? { bound, uncertain: Math.abs(value - threshold) <= bound } : {}) });
  }
  const tested = results.filter((r) => !r.skipped).length;
  const drifted = results.filter((r) => r.drifted).length;
  const share = tested ? drifted / tested : 0;
  return { columns: results, tested, drifted, share, datasetDrift: tested > 0 && share >= o.driftShare, driftShare: o.driftShare };
}
