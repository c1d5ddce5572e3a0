// Runs the model on validated rows. Requests that arrive while a run is under way wait and go into
// the next run together (up to `maxBatchRows`), so a busy server makes few large runs and an idle
// one answers at once: batching adds no wait at low load and scales throughput with concurrency.
import type { Batch } from '../data/table.js';
import { toFeeds } from '../evaluate/features.js';
import { mostProbable, predict } from '../evaluate/evaluate.js';
import type { Ort } from '../evaluate/runtime/onnxruntime.js';
import { concatBatches } from './rows.js';
import { typedLabel, type Label, type ServedModel } from './served-model.js';

export interface Prediction {
  rows: number;
  /** Per row, in the contract's label type (classifiers). */
  labels: Label[] | null;
  /** rows x classes, in `classes` order (classifiers with probabilities). */
  proba: Float64Array | null;
  /** Per row (regressors). */
  values: Float64Array | null;
}

interface Waiting {
  batch: Batch;
  resolve: (p: Prediction) => void;
  reject: (e: unknown) => void;
}

export class Predictor {
  private queue: Waiting[] = [];
  private running = false;
  private readonly nullable: Set<string>;

  constructor(
    private readonly ort: Ort,
    readonly served: ServedModel,
    private readonly maxBatchRows: number,
    /** Told the size of each run, for the batch-size histogram. */
    private readonly onRun: (rows: number) => void = () => undefined,
  ) {
    this.nullable = new Set(served.columns.filter((c) => c.nulls === 'allow').map((c) => c.name));
  }

  predict(batch: Batch): Promise<Prediction> {
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const take: Waiting[] = [this.queue.shift() as Waiting];
    let rows = take[0]?.batch.rows ?? 0;
    while (this.queue.length && rows + (this.queue[0] as Waiting).batch.rows <= this.maxBatchRows) {
      const next = this.queue.shift() as Waiting;
      rows += next.batch.rows;
      take.push(next);
    }
    this.running = true;
    this.run(take.map((w) => w.batch))
      .then((parts) => take.forEach((w, i) => w.resolve(parts[i] as Prediction)))
      .catch((e: unknown) => take.forEach((w) => w.reject(e)))
      .finally(() => {
        this.running = false;
        this.pump();
      });
  }

  private async run(batches: Batch[]): Promise<Prediction[]> {
    const s = this.served;
    const batch = concatBatches(batches, s.columns);
    this.onRun(batch.rows);
    const feeds = toFeeds(s.plans, batch, { nullable: this.nullable, what: 'request' });
    const out = await predict(this.ort, s.model, s.plans, feeds, batch.rows);
    const classes = s.model.classes;
    let labels: Label[] | null = null;
    if (s.labelType) {
      const type = s.labelType;
      if (out.labels) labels = out.labels.map((l) => typedLabel(l, type));
      else if (out.proba && classes) labels = mostProbable(out.proba, classes, batch.rows).map((l) => typedLabel(l, type));
    }
    // Split the one run back into each request's rows.
    const width = classes?.length ?? 0;
    const parts: Prediction[] = [];
    let start = 0;
    for (const b of batches) {
      const end = start + b.rows;
      parts.push({
        rows: b.rows,
        labels: labels ? labels.slice(start, end) : null,
        proba: out.proba ? out.proba.subarray(start * width, end * width) : null,
        values: out.values ? out.values.subarray(start, end) : null,
      });
      start = end;
    }
    return parts;
  }
}
