// The rows both models scored, kept side by side so the champion comparison can ask whether a
// difference is more than this holdout set's noise (significance.ts). Kept only when there is a
// champion: per row the true value and each model's prediction (and, for classification, each
// model's class probabilities when both give them over the same classes).
import { decodeFloat64, encodeFloat64 } from './metrics/f64.js';
import { descendingOrder, mcnemarExact, pairedBootstrap, weightedAuc, type BootstrapInterval } from './significance.js';

/** The metrics a champion comparison can test for significance. */
export const PAIRED_METRICS = ['accuracy', 'roc_auc', 'rmse', 'mse', 'mae', 'r2'] as const;

export const BOOTSTRAP = { resamples: 1000, seed: 20240607 } as const;

export interface PairedTest {
  metric: string;
  /** candidate − champion on the whole holdout set. */
  delta: number;
  method: 'mcnemar-exact' | 'paired-bootstrap';
  /** McNemar: the two-sided p-value, and the rows only the candidate (b) or only the champion (c) got right. */
  pValue?: number;
  b?: number;
  c?: number;
  /** Bootstrap: the interval of candidate − champion. */
  interval?: BootstrapInterval;
  level: number;
  /** The candidate is worse (better) than the champion, and more than the noise at `level`. */
  significantlyWorse: boolean;
  significantlyBetter: boolean;
}

/** Row-major probabilities: rows x `classes.length`. */
export interface Probabilities {
  classes: string[];
  values: Float64Array;
}

export interface PairedRowsJSON {
  format: 'model-cd.paired/1';
  classes: string[] | null;
  labels: string[];
  rows: string;
  truth: string;
  predictions: [string, string];
  scores: [string, string] | null;
}

export class PairedRows {
  /** Each row's number in the data: shards are merged back into the data's order. */
  private row: number[] = [];
  /** Classification: the true label's index in `labels`. Regression: the target. */
  private truth: number[] = [];
  private predictions: [number[], number[]] = [[], []];
  /** Row-major, rows x classes, in `classes` order; dropped (null) once a batch lacks them. */
  private scores: [number[], number[]] | null = [[], []];

  /** Every label seen, true or predicted: the model's classes first, in their order. */
  private readonly labels: string[];
  private readonly ids: Map<string, number>;

  /** `classes`: the candidate's (the probability columns kept), in sklearn's order; null for regression. */
  constructor(readonly classes: string[] | null) {
    this.labels = [...(classes ?? [])];
    this.ids = new Map(this.labels.map((c, i) => [c, i]));
  }

  private id(label: string): number {
    let i = this.ids.get(label);
    if (i === undefined) {
      i = this.labels.push(label) - 1;
      this.ids.set(label, i);
    }
    return i;
  }

  get rows(): number {
    return this.truth.length;
  }

  /** One batch of a classifier pair from row `firstRow`: true labels, predicted labels, each model's probabilities (rows x its classes, or null). */
  addClassification(firstRow: number, truth: string[], predicted: [string[], string[]], proba: [Probabilities | null, Probabilities | null]): void {
    const classes = this.classes as string[];
    for (let i = 0; i < truth.length; i++) {
      this.row.push(firstRow + i);
      this.truth.push(this.id(truth[i] as string));
      for (const m of [0, 1] as const) this.predictions[m].push(this.id(predicted[m][i] as string));
    }
    // Each model's probability columns, in our class order (a model may order its classes otherwise).
    const columns = proba.map((p) => (p && classes.length ? classes.map((c) => p.classes.indexOf(c)) : null));
    if (!this.scores || columns.some((cols) => !cols || cols.includes(-1))) {
      this.scores = null;
      return;
    }
    for (const m of [0, 1] as const) {
      const { classes: own, values } = proba[m] as Probabilities;
      const cols = columns[m] as number[];
      for (let i = 0; i < truth.length; i++) for (const j of cols) this.scores[m].push(values[i * own.length + j] as number);
    }
  }

  addRegression(firstRow: number, truth: Float64Array, predicted: [Float64Array, Float64Array]): void {
    for (let i = 0; i < truth.length; i++) {
      this.row.push(firstRow + i);
      this.truth.push(truth[i] as number);
      this.predictions[0].push(predicted[0][i] as number);
      this.predictions[1].push(predicted[1][i] as number);
    }
  }

  merge(other: PairedRows): void {
    const remap = (i: number) => (this.classes ? this.id(other.labels[i] as string) : i);
    // concat, not push(...): a shard of a large holdout has more rows than a call takes arguments.
    this.row = this.row.concat(other.row);
    this.truth = this.truth.concat(other.truth.map(remap));
    this.predictions = [this.predictions[0].concat(other.predictions[0].map(remap)), this.predictions[1].concat(other.predictions[1].map(remap))];
    this.scores = this.scores && other.scores ? [this.scores[0].concat(other.scores[0]), this.scores[1].concat(other.scores[1])] : null;
  }

  toJSON(): PairedRowsJSON {
    const enc = (a: number[]) => encodeFloat64(Float64Array.from(a));
    return {
      format: 'model-cd.paired/1',
      classes: this.classes,
      labels: this.labels,
      rows: enc(this.row),
      truth: enc(this.truth),
      predictions: [enc(this.predictions[0]), enc(this.predictions[1])],
      scores: this.scores ? [enc(this.scores[0]), enc(this.scores[1])] : null,
    };
  }

  static fromJSON(j: PairedRowsJSON): PairedRows {
    const p = new PairedRows(j.classes);
    for (const l of j.labels) p.id(l);
    const dec = (s: string) => Array.from(decodeFloat64(s));
    p.row = dec(j.rows);
    p.truth = dec(j.truth);
    p.predictions = [dec(j.predictions[0]), dec(j.predictions[1])];
    p.scores = j.scores ? [dec(j.scores[0]), dec(j.scores[1])] : null;
    return p;
  }

  /**
   * The paired test of one metric at significance `level`, or why there is none. `reported` holds
   * the two models' values from the report: the paired rows must reproduce them, so a test never
   * speaks about numbers other than the ones in the table.
   */
  test(metric: string, level: number, greaterIsBetter: boolean, reported: [number | null, number | null]): PairedTest | { unavailable: string } {
    this.inDataOrder();
    const n = this.rows;
    if (n === 0) return { unavailable: 'no rows were scored by both models' };
    if (metric === 'accuracy' && this.classes) {
      let b = 0;
      let c = 0;
      const right = [0, 0];
      for (let i = 0; i < n; i++) {
        const t = this.truth[i] as number;
        const ok = [this.predictions[0][i] === t, this.predictions[1][i] === t];
        if (ok[0]) right[0]!++;
        if (ok[1]) right[1]!++;
        if (ok[0] && !ok[1]) b++;
        if (ok[1] && !ok[0]) c++;
      }
      const mismatch = this.mismatch(metric, reported, [right[0]! / n, right[1]! / n]);
      if (mismatch) return mismatch;
      const pValue = mcnemarExact(b, c);
      const delta = (b - c) / n;
      return { metric, delta, method: 'mcnemar-exact', pValue, b, c, level, significantlyWorse: pValue < level && delta < 0, significantlyBetter: pValue < level && delta > 0 };
    }
    const score = this.scorer(metric);
    if (typeof score === 'string') return { unavailable: score };
    const ones = new Uint32Array(n).fill(1);
    const mismatch = this.mismatch(metric, reported, [score(ones, 0), score(ones, 1)]);
    if (mismatch) return mismatch;
    const interval = pairedBootstrap(n, score, { ...BOOTSTRAP, confidence: 1 - level });
    if (!interval) return { unavailable: `${metric} is undefined on most bootstrap resamples of these ${n} rows (too few rows of a class)` };
    const below = interval.high < 0;
    const above = interval.low > 0;
    return {
      metric,
      delta: interval.delta,
      method: 'paired-bootstrap',
      interval,
      level,
      significantlyWorse: greaterIsBetter ? below : above,
      significantlyBetter: greaterIsBetter ? above : below,
    };
  }

  /** Rows sorted by their number, so the resamples (and so the interval) do not depend on sharding. */
  private inDataOrder(): void {
    if (this.row.every((r, i) => i === 0 || (this.row[i - 1] as number) < r)) return;
    const order = this.row.map((_, i) => i).sort((a, b) => (this.row[a] as number) - (this.row[b] as number));
    const pick = (a: number[], width = 1) => order.flatMap((i) => a.slice(i * width, (i + 1) * width));
    const k = this.classes?.length ?? 0;
    this.row = pick(this.row);
    this.truth = pick(this.truth);
    this.predictions = [pick(this.predictions[0]), pick(this.predictions[1])];
    if (this.scores) this.scores = [pick(this.scores[0], k), pick(this.scores[1], k)];
  }

  private mismatch(metric: string, reported: [number | null, number | null], recomputed: [number, number]): { unavailable: string } | null {
    for (const m of [0, 1] as const) {
      const r = reported[m];
      if (r === null || !Number.isFinite(r)) return { unavailable: `the ${m === 0 ? 'candidate' : 'champion'} has no ${metric}` };
      if (Math.abs(r - recomputed[m]) > 1e-9 * Math.max(1, Math.abs(r))) {
        return { unavailable: `the paired rows give ${metric} ${recomputed[m]} for the ${m === 0 ? 'candidate' : 'champion'}, not the reported ${r} (labels outside the model's classes?)` };
      }
    }
    return null;
  }

  /** metric(weights, model) for the bootstrap, or why this metric cannot be resampled here. */
  private scorer(metric: string): ((w: Uint32Array, m: 0 | 1) => number) | string {
    const y = this.truth;
    const pred = this.predictions;
    if (!this.classes) {
      const sums = (w: Uint32Array, m: 0 | 1) => {
        let total = 0;
        let sq = 0;
        let abs = 0;
        for (let i = 0; i < y.length; i++) {
          const e = (y[i] as number) - (pred[m][i] as number);
          total += w[i]!;
          sq += w[i]! * e * e;
          abs += w[i]! * Math.abs(e);
        }
        return { total, sq, abs };
      };
      if (metric === 'mse') return (w, m) => ((s) => s.sq / s.total)(sums(w, m));
      if (metric === 'rmse') return (w, m) => ((s) => Math.sqrt(s.sq / s.total))(sums(w, m));
      if (metric === 'mae') return (w, m) => ((s) => s.abs / s.total)(sums(w, m));
      if (metric === 'r2') {
        return (w, m) => {
          const { total, sq } = sums(w, m);
          let mean = 0;
          for (let i = 0; i < y.length; i++) mean += w[i]! * (y[i] as number);
          mean /= total;
          let ss = 0;
          for (let i = 0; i < y.length; i++) ss += w[i]! * ((y[i] as number) - mean) ** 2;
          return ss === 0 ? NaN : 1 - sq / ss;
        };
      }
      return `${metric} is not a regression metric with a paired test (${PAIRED_METRICS.filter((x) => x !== 'accuracy' && x !== 'roc_auc').join(', ')} have one)`;
    }
    if (metric !== 'roc_auc') return `${metric} has no paired test (accuracy and roc_auc have one for classification)`;
    if (!this.scores) return 'roc_auc needs both models to give probabilities over the same classes';
    const classes = this.classes;
    const k = classes.length;
    // Binary: the greater class's probability, as the reported roc_auc (`classes` is in sklearn's
    // order, so it is the last). Multiclass: one-vs-rest, macro.
    const targets = k === 2 ? [1] : classes.map((_, i) => i);
    const problems = [0, 1].map((m) =>
      targets.map((t) => {
        const scores = new Float64Array(y.length);
        const positive = new Uint8Array(y.length);
        for (let i = 0; i < y.length; i++) {
          scores[i] = (this.scores as [number[], number[]])[m]![i * k + t] as number;
          positive[i] = y[i] === t ? 1 : 0;
        }
        return { scores, positive, order: descendingOrder(scores) };
      }),
    );
    return (w, m) => {
      let sum = 0;
      for (const p of problems[m]!) sum += weightedAuc(p.scores, p.positive, p.order, w);
      return sum / targets.length;
    };
  }
}
