// Streaming regression metrics that equal scikit-learn 1.9.1's mean_absolute_error,
// mean_squared_error, root_mean_squared_error, r2_score and mean_absolute_percentage_error.
//
// sklearn computes R²'s denominator in two passes (sum of (y - mean)²); a stream cannot, and the
// one-pass sum(y²) - n·mean² cancels catastrophically when y ~ 1e6 + noise. So each batch is
// reduced two-pass to (n, mean, M2) and batches are combined with Chan et al.'s pairwise update,
// which is as stable as the two-pass form. That alone still loses digits when the mean dwarfs the
// spread (a running mean of 1e6 carries 1e-10 of rounding into deviations of 1e-3), so the moments
// are of y_true - shift, with shift the first y_true seen: near the data, the subtraction is exact
// and the deviations keep their digits. The other sums are compensated (sum.ts).
import { CompensatedSum } from './sum.js';

export interface RegressionBatch {
  yTrue: Float64Array | number[];
  yPred: Float64Array | number[];
}

export interface RegressionMetrics {
  count: number;
  mae: number;
  mse: number;
  rmse: number;
  /**
   * 1 - SSE / SST. With constant y_true (SST = 0) it is 1 when every prediction is exact, else 0
   * (sklearn's force_finite=True). Null below two rows, where sklearn returns NaN.
   */
  r2: number | null;
  /** mean(|y_pred - y_true| / max(|y_true|, 2.22e-16)): a zero y_true gives a huge, finite term, as in sklearn. */
  mape: number;
  warnings: string[];
}

export interface RegressionAccumulatorJSON {
  format: 'model-cd.regression/1';
  count: number;
  shift: number;
  mean: number;
  m2: number;
  min: number;
  max: number;
  absError: [number, number];
  squaredError: [number, number];
  percentageError: [number, number];
}

export class RegressionAccumulator {
  private count = 0;
  private shift = 0;
  /** Mean of y_true - shift. */
  private mean = 0;
  private m2 = 0;
  // Constant y_true has to give SST = 0 exactly (sklearn's special case); tracking the range
  // decides that without trusting rounding in mean/M2.
  private min = Infinity;
  private max = -Infinity;
  private absError = new CompensatedSum();
  private squaredError = new CompensatedSum();
  private percentageError = new CompensatedSum();

  add(batch: RegressionBatch): void {
    const n = batch.yTrue.length;
    if (batch.yPred.length !== n) throw new Error(`yTrue has ${n} rows but yPred has ${batch.yPred.length}`);
    if (n === 0) return;
    if (this.count === 0) this.shift = batch.yTrue[0]!;
    const shift = this.shift;
    const sum = new CompensatedSum();
    for (let i = 0; i < n; i++) {
      const t = batch.yTrue[i]!;
      const p = batch.yPred[i]!;
      if (!Number.isFinite(t) || !Number.isFinite(p)) throw new Error(`row ${i}: y_true ${t} and y_pred ${p} must both be finite`);
      sum.add(t - shift);
      if (t < this.min) this.min = t;
      if (t > this.max) this.max = t;
      const e = Math.abs(p - t);
      this.absError.add(e);
      this.squaredError.add(e * e);
      this.percentageError.add(e / Math.max(Math.abs(t), Number.EPSILON));
    }
    let mean = sum.value() / n;
    // One refinement pass removes the rounding left in sum / n.
    const residual = new CompensatedSum();
    for (let i = 0; i < n; i++) residual.add(batch.yTrue[i]! - shift - mean);
    mean += residual.value() / n;
    const m2 = new CompensatedSum();
    for (let i = 0; i < n; i++) {
      const d = batch.yTrue[i]! - shift - mean;
      m2.add(d * d);
    }
    this.combine(n, mean, m2.value());
  }

  merge(other: RegressionAccumulator): this {
    if (other.count === 0) return this;
    if (this.count === 0) this.shift = other.shift;
    this.combine(other.count, other.mean + (other.shift - this.shift), other.m2);
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.absError.merge(other.absError);
    this.squaredError.merge(other.squaredError);
    this.percentageError.merge(other.percentageError);
    return this;
  }

  toJSON(): RegressionAccumulatorJSON {
    return {
      format: 'model-cd.regression/1',
      count: this.count,
      shift: this.shift,
      mean: this.mean,
      m2: this.m2,
      // JSON has no Infinity: an empty accumulator stores its range as 0..0 and count says so.
      min: this.count ? this.min : 0,
      max: this.count ? this.max : 0,
      absError: this.absError.toJSON(),
      squaredError: this.squaredError.toJSON(),
      percentageError: this.percentageError.toJSON(),
    };
  }

  static fromJSON(json: RegressionAccumulatorJSON): RegressionAccumulator {
    if (json.format !== 'model-cd.regression/1') throw new Error(`not a regression accumulator: format ${String(json.format)}`);
    const acc = new RegressionAccumulator();
    acc.count = json.count;
    acc.shift = json.shift;
    acc.mean = json.mean;
    acc.m2 = json.m2;
    acc.min = json.count ? json.min : Infinity;
    acc.max = json.count ? json.max : -Infinity;
    acc.absError = CompensatedSum.fromJSON(json.absError);
    acc.squaredError = CompensatedSum.fromJSON(json.squaredError);
    acc.percentageError = CompensatedSum.fromJSON(json.percentageError);
    return acc;
  }

  result(): RegressionMetrics {
    const n = this.count;
    if (n === 0) throw new Error('no rows to score');
    const warnings: string[] = [];
    const sse = this.squaredError.value();
    const sst = this.min === this.max ? 0 : this.m2;
    let r2: number | null;
    if (n < 2) {
      r2 = null;
      warnings.push('R² is undefined with fewer than two rows');
    } else if (sse === 0) r2 = 1;
    else if (sst === 0) {
      r2 = 0;
      warnings.push('R² is set to 0: y_true is constant and the predictions are not all exact');
    } else r2 = 1 - sse / sst;
    const mse = sse / n;
    return {
      count: n,
      mae: this.absError.value() / n,
      mse,
      rmse: Math.sqrt(mse),
      r2,
      mape: this.percentageError.value() / n,
      warnings,
    };
  }

  private combine(n: number, mean: number, m2: number): void {
    if (this.count === 0) {
      this.count = n;
      this.mean = mean;
      this.m2 = m2;
      return;
    }
    const total = this.count + n;
    const delta = mean - this.mean;
    this.mean += (delta * n) / total;
    this.m2 += m2 + ((delta * delta * this.count) / total) * n;
    this.count = total;
  }
}
