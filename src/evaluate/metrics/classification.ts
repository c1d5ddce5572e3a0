// Streaming classification metrics that equal scikit-learn 1.9.1's on the same predictions:
// accuracy_score, balanced_accuracy_score, precision/recall/f1_score (zero_division="warn", which
// scores 0), confusion_matrix, roc_auc_score and log_loss.
//
// Hard labels reduce to a confusion table, so shards of any size merge exactly. ROC AUC and log
// loss need every row's scores: those are kept as Float64Array chunks, which costs
// 8 bytes x rows x classes (a million rows of ten classes is 80 MB) plus 4 bytes a row for the true
// label. There is no sketch that gives sklearn's exact AUC.
import { decodeFloat64, encodeFloat64 } from './f64.js';
import { labelOrder, sortLabels } from './labels.js';
import { binaryRocAuc } from './roc.js';
import { CompensatedSum } from './sum.js';

export interface ClassificationBatch {
  yTrue: string[];
  yPred: string[];
  /** Class probabilities: `values` is row-major, `yTrue.length` rows x `classes.length` columns. */
  proba?: { classes: string[]; values: Float64Array };
}

export interface AveragedScore {
  macro: number;
  micro: number;
  weighted: number;
  perClass: Record<string, number>;
}

export interface ClassificationMetrics {
  count: number;
  /** Labels of y_true and y_pred, in sklearn's order (see labels.ts). */
  classes: string[];
  accuracy: number;
  balancedAccuracy: number;
  precision: AveragedScore;
  recall: AveragedScore;
  f1: AveragedScore;
  /** Rows are true labels, columns predicted, both in `labels` order. */
  confusionMatrix: { labels: string[]; matrix: number[][] };
  /** Binary: AUC of the greater class's probability. Multiclass: one-vs-rest, macro. */
  rocAuc: number | null;
  /** Multiclass only; null for a class that is never (or always) the true one. */
  rocAucPerClass: Record<string, number | null> | null;
  logLoss: number | null;
  /** Every value that is 0 or null because it is undefined, and why. */
  warnings: string[];
}

export interface ClassificationAccumulatorJSON {
  format: 'model-cd.classification/1';
  count: number;
  labels: string[];
  /** [true label index, predicted label index, rows]. */
  confusion: [number, number, number][];
  rowsWithoutProba: number;
  proba: { classes: string[]; truth: number[]; values: string }[];
}

interface ProbaChunk {
  classes: string[];
  key: string;
  rows: number;
  values: Float64Array;
  truth: Int32Array;
}

export class ClassificationAccumulator {
  private count = 0;
  private readonly labels: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly confusion = new Map<number, Map<number, number>>();
  private rowsWithoutProba = 0;
  private readonly chunks: ProbaChunk[] = [];

  /**
   * @param sumTolerance how far a row of probabilities may sum from 1 before a warning: sklearn's
   * sqrt(eps) of the dtype, so float64 by default; probabilities that come from float32 tensors
   * pass sqrt(float32 eps), as sklearn would use on the model's own output.
   */
  constructor(private readonly sumTolerance = Math.sqrt(Number.EPSILON)) {}

  add(batch: ClassificationBatch): void {
    const rows = batch.yTrue.length;
    if (batch.yPred.length !== rows) {
      throw new Error(`yTrue has ${rows} rows but yPred has ${batch.yPred.length}`);
    }
    const truth = new Int32Array(rows);
    for (let i = 0; i < rows; i++) {
      truth[i] = this.id(batch.yTrue[i]!);
      this.tally(truth[i]!, this.id(batch.yPred[i]!), 1);
    }
    this.count += rows;
    if (!batch.proba) {
      this.rowsWithoutProba += rows;
      return;
    }
    const { classes, values } = batch.proba;
    if (new Set(classes).size !== classes.length) throw new Error(`proba classes repeat a label: ${classes.join(', ')}`);
    if (values.length !== rows * classes.length) {
      throw new Error(`proba has ${values.length} values; ${rows} rows x ${classes.length} classes needs ${rows * classes.length}`);
    }
    for (const c of classes) this.id(c);
    this.append(classes, values, truth);
  }

  merge(other: ClassificationAccumulator): this {
    const remap = other.labels.map((l) => this.id(l));
    for (const [t, row] of other.confusion) for (const [p, n] of row) this.tally(remap[t]!, remap[p]!, n);
    this.count += other.count;
    this.rowsWithoutProba += other.rowsWithoutProba;
    for (const chunk of other.chunks) {
      const truth = new Int32Array(chunk.rows);
      for (let i = 0; i < chunk.rows; i++) truth[i] = remap[chunk.truth[i]!]!;
      this.append(chunk.classes, chunk.values.subarray(0, chunk.rows * chunk.classes.length), truth);
    }
    return this;
  }

  toJSON(): ClassificationAccumulatorJSON {
    const confusion: [number, number, number][] = [];
    for (const [t, row] of this.confusion) for (const [p, n] of row) confusion.push([t, p, n]);
    return {
      format: 'model-cd.classification/1',
      count: this.count,
      labels: [...this.labels],
      confusion,
      rowsWithoutProba: this.rowsWithoutProba,
      proba: this.chunks.map((c) => ({
        classes: [...c.classes],
        truth: Array.from(c.truth.subarray(0, c.rows)),
        values: encodeFloat64(c.values.subarray(0, c.rows * c.classes.length)),
      })),
    };
  }

  static fromJSON(json: ClassificationAccumulatorJSON, sumTolerance?: number): ClassificationAccumulator {
    if (json.format !== 'model-cd.classification/1') throw new Error(`not a classification accumulator: format ${String(json.format)}`);
    const acc = new ClassificationAccumulator(sumTolerance);
    for (const l of json.labels) acc.id(l);
    for (const [t, p, n] of json.confusion) acc.tally(t, p, n);
    acc.count = json.count;
    acc.rowsWithoutProba = json.rowsWithoutProba;
    for (const chunk of json.proba) acc.append(chunk.classes, decodeFloat64(chunk.values), Int32Array.from(chunk.truth));
    return acc;
  }

  result(): ClassificationMetrics {
    if (this.count === 0) throw new Error('no rows to score');
    const warnings: string[] = [];
    const order = labelOrder(this.labels);
    const present = new Set<number>();
    for (const [t, row] of this.confusion) {
      present.add(t);
      for (const p of row.keys()) present.add(p);
    }
    const classes = sortLabels(
      [...present].map((i) => this.labels[i]!),
      order,
    );
    const index = new Map(classes.map((l, i) => [this.ids.get(l)!, i]));
    const k = classes.length;
    const matrix = classes.map(() => new Array<number>(k).fill(0));
    for (const [t, row] of this.confusion) for (const [p, n] of row) matrix[index.get(t)!]![index.get(p)!]! += n;

    const tp = classes.map((_, i) => matrix[i]![i]!);
    const trueSum = matrix.map((row) => row.reduce((a, b) => a + b, 0));
    const predSum = classes.map((_, j) => matrix.reduce((a, row) => a + row[j]!, 0));
    const correct = tp.reduce((a, b) => a + b, 0);
    const n = this.count;

    const divide = (num: number[], den: number[], metric: string, why: string): number[] => {
      const undefinedFor = classes.filter((_, i) => den[i] === 0);
      if (undefinedFor.length) warnings.push(`${metric} is ill-defined and set to 0.0 for labels with no ${why} samples: ${undefinedFor.join(', ')}`);
      return num.map((x, i) => (den[i] === 0 ? 0 : x / den[i]!));
    };
    const precision = divide(tp, predSum, 'precision', 'predicted');
    const recall = divide(tp, trueSum, 'recall', 'true');
    const f1 = divide(
      tp.map((x) => 2 * x),
      trueSum.map((x, i) => x + predSum[i]!),
      'f1',
      'true nor predicted',
    );
    const averaged = (perClass: number[], micro: number): AveragedScore => ({
      macro: mean(perClass),
      micro,
      weighted: perClass.reduce((a, x, i) => a + x * trueSum[i]!, 0) / n,
      perClass: Object.fromEntries(classes.map((l, i) => [l, perClass[i]!])),
    });

    // sklearn drops classes that were predicted but never true from the balanced accuracy
    // (their recall is 0/0) rather than counting them as 0 as macro recall does.
    const seen = recall.filter((_, i) => trueSum[i]! > 0);
    if (seen.length < k) {
      warnings.push(`balanced accuracy leaves out labels predicted but never true: ${classes.filter((_, i) => trueSum[i] === 0).join(', ')}`);
    }

    const probabilistic = this.probabilistic(order, warnings);
    return {
      count: n,
      classes,
      accuracy: correct / n,
      balancedAccuracy: mean(seen),
      precision: averaged(precision, correct / n),
      recall: averaged(recall, correct / n),
      f1: averaged(f1, (2 * correct) / (2 * n)),
      confusionMatrix: { labels: classes, matrix },
      ...probabilistic,
      warnings,
    };
  }

  private probabilistic(
    order: ReturnType<typeof labelOrder>,
    warnings: string[],
  ): Pick<ClassificationMetrics, 'rocAuc' | 'rocAucPerClass' | 'logLoss'> {
    const none = (reason: string) => {
      warnings.push(`ROC AUC and log loss not computed: ${reason}`);
      return { rocAuc: null, rocAucPerClass: null, logLoss: null };
    };
    if (this.chunks.length === 0) return none('no class probabilities were given');
    if (this.rowsWithoutProba > 0) return none(`${this.rowsWithoutProba} of ${this.count} rows have no class probabilities`);

    const keys = new Set(this.chunks.map((c) => [...c.classes].sort().join('\u0000')));
    const classes = sortLabels(
      this.chunks.flatMap((c) => c.classes),
      order,
    );
    if (keys.size > 1) warnings.push('batches gave probabilities for different class sets; a class a batch did not list scores 0 there');
    if (classes.length < 2) return none(`probabilities name a single class (${classes.join('')})`);

    const n = this.count;
    const k = classes.length;
    // Rows aligned to `classes` order, and each row's true class as a column (-1: not a column).
    const scores = new Float64Array(n * k);
    const truth = new Int32Array(n);
    const column = new Map(classes.map((c, i) => [this.ids.get(c)!, i]));
    let row = 0;
    for (const chunk of this.chunks) {
      const cols = chunk.classes.map((c) => column.get(this.ids.get(c)!)!);
      const width = chunk.classes.length;
      for (let r = 0; r < chunk.rows; r++, row++) {
        for (let j = 0; j < width; j++) scores[row * k + cols[j]!] = chunk.values[r * width + j]!;
        truth[row] = column.get(chunk.truth[r]!) ?? -1;
      }
    }

    for (let i = 0; i < scores.length; i++) {
      const v = scores[i]!;
      if (!Number.isFinite(v)) return none('probabilities contain NaN or infinity');
      if (v < 0 || v > 1) return none(`probabilities contain ${v}, outside [0, 1]`);
    }
    const stray = new Set<string>();
    for (let r = 0; r < n; r++) if (truth[r]! < 0) stray.add(this.labelOfRow(r));
    if (stray.size) return none(`y_true contains labels that are not probability classes: ${sortLabels(stray, order).join(', ')}`);

    // sklearn 1.9 clips to [eps, 1 - eps] and no longer renormalises rows
    // (sklearn/metrics/_classification.py, _log_loss and _validate_multiclass_probabilistic_prediction);
    // rows that do not sum to 1 only raise a UserWarning there.
    const eps = Number.EPSILON;
    const loss = new CompensatedSum();
    let unnormalised = 0;
    let notSummingForAuc = 0;
    for (let r = 0; r < n; r++) {
      const p = Math.min(Math.max(scores[r * k + truth[r]!]!, eps), 1 - eps);
      loss.add(-Math.log(p));
      let s = 0;
      for (let j = 0; j < k; j++) s += scores[r * k + j]!;
      if (Math.abs(s - 1) > this.sumTolerance) unnormalised++;
      // np.allclose(1, row sums): the check sklearn's multiclass roc_auc_score applies.
      if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) notSummingForAuc++;
    }
    if (unnormalised) warnings.push(`${unnormalised} rows of probabilities do not sum to 1; log loss uses them as given, clipped to [eps, 1-eps]`);
    const logLoss = loss.value() / n;

    const columnScores = (j: number): Float64Array => {
      const out = new Float64Array(n);
      for (let r = 0; r < n; r++) out[r] = scores[r * k + j]!;
      return out;
    };
    const isClass = (j: number): Uint8Array => {
      const out = new Uint8Array(n);
      for (let r = 0; r < n; r++) out[r] = truth[r] === j ? 1 : 0;
      return out;
    };

    if (k === 2) {
      const rocAuc = binaryRocAuc(columnScores(1), isClass(1));
      if (rocAuc === null) warnings.push(`ROC AUC is undefined: y_true holds only one class (${this.labelOfRow(0)})`);
      return { rocAuc, rocAucPerClass: null, logLoss };
    }
    if (notSummingForAuc) {
      warnings.push(`ROC AUC not computed: ${notSummingForAuc} rows of probabilities do not sum to 1, which multiclass one-vs-rest AUC requires`);
      return { rocAuc: null, rocAucPerClass: null, logLoss };
    }
    const perClass = classes.map((_, j) => binaryRocAuc(columnScores(j), isClass(j)));
    const undefinedFor = classes.filter((_, j) => perClass[j] === null);
    if (undefinedFor.length) warnings.push(`ROC AUC is undefined (so is its macro average) for classes never or always true: ${undefinedFor.join(', ')}`);
    return {
      rocAuc: undefinedFor.length ? null : mean(perClass as number[]),
      rocAucPerClass: Object.fromEntries(classes.map((c, j) => [c, perClass[j]!])),
      logLoss,
    };
  }

  private labelOfRow(row: number): string {
    let r = row;
    for (const chunk of this.chunks) {
      if (r < chunk.rows) return this.labels[chunk.truth[r]!]!;
      r -= chunk.rows;
    }
    throw new Error(`row ${row} out of range`);
  }

  private id(label: string): number {
    if (typeof label !== 'string') throw new Error(`labels must be strings, got ${typeof label}`);
    let id = this.ids.get(label);
    if (id === undefined) {
      id = this.labels.length;
      this.labels.push(label);
      this.ids.set(label, id);
    }
    return id;
  }

  private tally(t: number, p: number, n: number): void {
    let row = this.confusion.get(t);
    if (!row) this.confusion.set(t, (row = new Map()));
    row.set(p, (row.get(p) ?? 0) + n);
  }

  // Consecutive batches with the same columns share one growing chunk, so adding a row at a time
  // does not cost an object per row.
  private append(classes: string[], values: Float64Array, truth: Int32Array): void {
    const key = classes.join('\u0000');
    const width = classes.length;
    let chunk = this.chunks.at(-1);
    if (!chunk || chunk.key !== key) {
      chunk = { classes: [...classes], key, rows: 0, values: new Float64Array(0), truth: new Int32Array(0) };
      this.chunks.push(chunk);
    }
    const rows = chunk.rows + truth.length;
    if (rows > chunk.truth.length) {
      const capacity = Math.max(rows, chunk.truth.length * 2);
      const v = new Float64Array(capacity * width);
      v.set(chunk.values.subarray(0, chunk.rows * width));
      const t = new Int32Array(capacity);
      t.set(chunk.truth.subarray(0, chunk.rows));
      chunk.values = v;
      chunk.truth = t;
    }
    chunk.values.set(values.subarray(0, truth.length * width), chunk.rows * width);
    chunk.truth.set(truth, chunk.rows);
    chunk.rows = rows;
  }
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
