// Runs the candidate and the champion over the holdout set, batch by batch, and accumulates their
// metrics and latency. Memory stays bounded by one batch plus what the metrics keep (the scores
// ROC AUC and log loss need). The result is plain data for gates, reports and shards.
import { ConfigurationError } from '../common/errors.js';
import type { Contract } from './contract.js';
import type { Batch, Cell, TableReader } from '../data/table.js';
import { parseNumber, planFromSources, toFeeds, type InputPlan, type TensorData } from './features.js';
import { ClassificationAccumulator, isNumericLabel, LatencyAccumulator, RegressionAccumulator } from './metrics/index.js';
import { sortLabels } from './metrics/labels.js';
import type { LoadedModel } from './model.js';
import { PairedRows } from './paired.js';
import type { Ort, OrtTensor } from './runtime/onnxruntime.js';

/** What one model's evaluation accumulates: everything a report, a gate or a shard file needs. */
export interface Tally {
  model: Pick<LoadedModel, 'path' | 'task' | 'classes'>;
  classification: ClassificationAccumulator | null;
  regression: RegressionAccumulator | null;
  latency: LatencyAccumulator;
  /** True labels the model never outputs, with how many rows have each. */
  unknownLabels: Map<string, number>;
  /** Probabilities within ROUNDING outside [0, 1], set to the bound. */
  clamped: number;
}

export interface Runner extends Tally {
  model: LoadedModel;
  plans: InputPlan[];
}

/** onnxruntime gives float32 probabilities: rows sum to 1 only to float32 precision. */
export const FLOAT32_SUM_TOLERANCE = Math.sqrt(2 ** -23);

/**
 * float32 arithmetic in tree ensembles gives probabilities such as -1.2e-7 or 1.0000001. Closer
 * than this to [0, 1] they are rounding, not a broken model, and are clamped (and counted) so ROC
 * AUC and log loss can be computed; further out, the metrics refuse them.
 */
export const ROUNDING = 1e-6;

export interface EvaluateOptions {
  ort: Ort;
  table: TableReader;
  label: string;
  contract: Contract | null;
  features?: string[];
  batchRows: number;
  candidate: LoadedModel;
  champion: LoadedModel | null;
  now?: () => number;
  onBatch?: (rowsDone: number) => void;
  /** Evaluate only batches index, index + count, … (1-based index): one job of a matrix. */
  shard?: { index: number; count: number };
}

export interface Evaluation {
  rows: number;
  candidate: Runner;
  champion: Runner | null;
  /** With a champion: the rows both scored, for the paired tests of the comparison. */
  paired: PairedRows | null;
}

export async function evaluate(o: EvaluateOptions): Promise<Evaluation> {
  const now = o.now ?? (() => performance.now());
  if (!o.table.columns.includes(o.label)) {
    throw new ConfigurationError('input `label-column`', o.label, `is not a column of ${o.table.path} (its columns: ${o.table.columns.join(', ')}). Name the column that holds the true label or target.`);
  }
  if (o.champion && o.champion.task !== o.candidate.task) {
    throw new ConfigurationError('input `champion`', o.champion.path, `is a ${o.champion.task} model but the candidate is ${o.candidate.task}: they cannot be compared. Check both paths.`);
  }
  const nullable = new Set(Object.entries(o.contract?.columns ?? {}).filter(([, c]) => c.nulls === 'allow').map(([name]) => name));
  const runners = [o.candidate, o.champion].filter((m): m is LoadedModel => m !== null).map((model) => runnerFor(model, o));
  const paired = o.champion ? new PairedRows(o.candidate.task === 'regression' ? null : sortLabels(o.candidate.classes ?? [])) : null;
  let rows = 0;
  let batchIndex = -1;
  for await (const batch of o.table.batches(o.batchRows)) {
    batchIndex++;
    if (o.shard && batchIndex % o.shard.count !== o.shard.index - 1) continue;
    checkDeclaredCells(o.contract, batch);
    const scored: Scored[] = [];
    for (const r of runners) {
      const feeds = toFeeds(r.plans, batch, { nullable, what: o.table.path });
      const truth = trueValues(batch, o.label, r, o.table.path);
      // The first run of a session pays for its set-up; a throw-away run keeps that out of the latency.
      if (rows === 0) await predict(o.ort, r.model, r.plans, feeds, batch.rows);
      const started = now();
      const out = await predict(o.ort, r.model, r.plans, feeds, batch.rows);
      r.latency.add(now() - started, batch.rows);
      scored.push(accumulate(r, truth, out, batch.rows));
    }
    if (paired) addPaired(paired, batch.firstRow, scored as [Scored, Scored]);
    rows += batch.rows;
    o.onBatch?.(rows);
  }
  if (rows === 0 && !o.shard) throw new ConfigurationError('input `data`', o.table.path, 'has no data rows (only a header, or nothing). Give a holdout set with rows.');
  return { rows, candidate: runners[0] as Runner, champion: runners[1] ?? null, paired };
}

function runnerFor(model: LoadedModel, o: EvaluateOptions): Runner {
  const plans = planFromSources(model.info, model.role, { ...(o.features ? { features: o.features } : {}), contract: o.contract, label: o.label, columns: o.table.columns, path: o.table.path });
  return {
    model,
    plans,
    classification: model.task === 'regression' ? null : new ClassificationAccumulator(FLOAT32_SUM_TOLERANCE),
    regression: model.task === 'regression' ? new RegressionAccumulator() : null,
    latency: new LatencyAccumulator(),
    unknownLabels: new Map(),
    clamped: 0,
  };
}

/** Declared columns must be present (checked once, by the contract check) and their cells of the declared type. */
function checkDeclaredCells(c: Contract | null, batch: Batch): void {
  if (!c?.columns) return;
  for (const [name, spec] of Object.entries(c.columns)) {
    const cells = batch.columns[name];
    if (!cells) continue;
    for (let r = 0; r < batch.rows; r++) {
      const cell = cells[r] ?? null;
      const row = batch.firstRow + r;
      const empty = cell === null || (typeof cell === 'string' && cell === '');
      if (empty) {
        if (spec.nulls === 'forbid') throw new ConfigurationError(`row ${row}, column \`${name}\``, '', `is empty, but the contract (${c.file}) forbids nulls in it. Fill it, or set nulls: allow.`);
        continue;
      }
      if (spec.type === 'float' || spec.type === 'int') {
        const v = parseNumber(cell);
        if (v === undefined || (spec.type === 'int' && v !== null && !Number.isInteger(v))) {
          throw new ConfigurationError(`row ${row}, column \`${name}\``, String(cell), `is not ${spec.type === 'int' ? 'a whole number' : 'a number'}, as the contract (${c.file}) declares the column.`);
        }
        if (v !== null && !Number.isFinite(v) && spec.nulls === 'forbid') {
          throw new ConfigurationError(`row ${row}, column \`${name}\``, String(cell), `is NaN or infinite, but the contract (${c.file}) forbids nulls in it. Clean it, or set nulls: allow.`);
        }
      } else if (spec.type === 'bool' && !(typeof cell === 'boolean' || ['true', 'false', '0', '1'].includes(String(cell).trim().toLowerCase()))) {
        throw new ConfigurationError(`row ${row}, column \`${name}\``, String(cell), `is not a boolean, as the contract (${c.file}) declares the column.`);
      }
    }
  }
}

type Truth = { labels: string[] } | { values: Float64Array };

function trueValues(batch: Batch, label: string, r: Runner, path: string): Truth {
  const cells = batch.columns[label] as Cell[];
  if (r.regression) {
    const values = new Float64Array(batch.rows);
    for (let i = 0; i < batch.rows; i++) {
      const v = parseNumber(cells[i] ?? null);
      if (v === null || v === undefined || !Number.isFinite(v)) {
        throw new ConfigurationError(`${path}: row ${batch.firstRow + i}, column \`${label}\``, String(cells[i] ?? ''), 'is not a finite number, but it is the regression target. Fix or drop the row.');
      }
      values[i] = v;
    }
    return { values };
  }
  const numeric = (r.model.classes ?? []).every(isNumericLabel);
  const labels = new Array<string>(batch.rows);
  for (let i = 0; i < batch.rows; i++) {
    const cell = cells[i] ?? null;
    if (cell === null || cell === '') throw new ConfigurationError(`${path}: row ${batch.firstRow + i}, column \`${label}\``, '', 'is empty, but it is the true label. Fill it or drop the row.');
    labels[i] = canonicalLabel(cell, numeric);
  }
  return { labels };
}

/** A true label in the form the model's classes use: 1, 1.0 and "1" are the same class when the classes are numbers. */
export function canonicalLabel(cell: string | number | boolean, numericClasses: boolean): string {
  if (numericClasses) {
    const v = typeof cell === 'number' ? cell : typeof cell === 'boolean' ? Number(cell) : Number(cell.trim());
    if (Number.isFinite(v)) return String(v);
  }
  return String(cell);
}

export interface Outputs {
  labels: string[] | null;
  proba: Float64Array | null;
  values: Float64Array | null;
}

/** One batch through one model: the predicted labels, the probabilities (rows x classes) or the values. */
export async function predict(ort: Ort, m: LoadedModel, plans: InputPlan[], feeds: Map<string, TensorData>, rows: number): Promise<Outputs> {
  const fetches = [m.labelOutput, m.probaOutput, m.valueOutput].filter((x): x is string => x !== null);
  // A model with a fixed batch size gets slices of that size (the last one must fit too).
  const step = plans.find((p) => p.fixedBatch !== null)?.fixedBatch ?? rows;
  if (rows % step !== 0) throw new ConfigurationError(`input \`${m.role}\``, m.path, `takes batches of exactly ${step} rows, and ${rows} rows do not divide into them. Set \`batch-size\` to a multiple of ${step}.`);
  const labels: string[] = [];
  const proba: number[] = [];
  const values: number[] = [];
  for (let start = 0; start < rows; start += step) {
    const tensors: Record<string, OrtTensor> = {};
    for (const [name, t] of feeds) {
      const width = t.dims.length === 2 ? (t.dims[1] as number) : 1;
      const data = step === rows ? t.data : (t.data as { slice(a: number, b: number): TensorData['data'] }).slice(start * width, (start + step) * width);
      tensors[name] = new ort.Tensor(t.elem, data, t.dims.length === 2 ? [step, width] : [step]);
    }
    let out: Record<string, OrtTensor>;
    try {
      out = await m.session.run(tensors, fetches);
    } catch (e) {
      throw new ConfigurationError(`input \`${m.role}\``, m.path, `failed on the rows from ${start + 1} of a batch: ${(e as Error).message.split('\n')[0]}. Check that the data matches the model's inputs (the contract helps).`);
    }
    if (m.labelOutput) for (const v of (out[m.labelOutput] as OrtTensor).data) labels.push(typeof v === 'bigint' ? v.toString() : String(v));
    if (m.probaOutput) for (const v of (out[m.probaOutput] as OrtTensor).data) proba.push(Number(v));
    if (m.valueOutput) for (const v of (out[m.valueOutput] as OrtTensor).data) values.push(Number(v));
  }
  return {
    labels: m.labelOutput ? labels : null,
    proba: m.probaOutput ? Float64Array.from(proba) : null,
    values: m.valueOutput ? Float64Array.from(values) : null,
  };
}

/** Per row, the most probable class (the first on ties, as argmax): the label of a model that outputs only probabilities. */
export function mostProbable(proba: Float64Array, classes: readonly string[], rows: number): string[] {
  const c = classes.length;
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let j = 1; j < c; j++) if ((proba[i * c + j] as number) > (proba[i * c + best] as number)) best = j;
    out.push(classes[best] as string);
  }
  return out;
}

/** One model's view of one batch: the truth as it read it, and its predictions. */
interface Scored {
  truth: Truth;
  labels: string[] | null;
  out: Outputs;
  classes: string[] | null;
}

function addPaired(paired: PairedRows, firstRow: number, [a, b]: [Scored, Scored]): void {
  if ('values' in a.truth) {
    paired.addRegression(firstRow, a.truth.values, [a.out.values as Float64Array, b.out.values as Float64Array]);
    return;
  }
  const proba = (s: Scored) => (s.out.proba && s.classes ? { classes: s.classes, values: s.out.proba } : null);
  paired.addClassification(firstRow, a.truth.labels, [a.labels as string[], b.labels as string[]], [proba(a), proba(b)]);
}

function accumulate(r: Runner, truth: Truth, out: Outputs, rows: number): Scored {
  const scored: Scored = { truth, labels: null, out, classes: r.model.classes };
  if (r.regression && 'values' in truth) {
    r.regression.add({ yTrue: truth.values, yPred: out.values as Float64Array });
    return scored;
  }
  if (!r.classification || !('labels' in truth)) return scored;
  const classes = r.model.classes;
  let yPred = out.labels;
  if (!yPred) yPred = mostProbable(out.proba as Float64Array, classes as string[], rows);
  if (classes) for (const l of truth.labels) if (!classes.includes(l)) r.unknownLabels.set(l, (r.unknownLabels.get(l) ?? 0) + 1);
  if (out.proba) r.clamped += clampRounding(out.proba);
  r.classification.add({ yTrue: truth.labels, yPred, ...(out.proba && classes ? { proba: { classes, values: out.proba } } : {}) });
  scored.labels = yPred;
  return scored;
}

function clampRounding(p: Float64Array): number {
  let n = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i] as number;
    if (v < 0 && v >= -ROUNDING) {
      p[i] = 0;
      n++;
    } else if (v > 1 && v <= 1 + ROUNDING) {
      p[i] = 1;
      n++;
    }
  }
  return n;
}
