// Pearson's chi-square goodness-of-fit test, following scipy.stats.chisquare
// (scipy/stats/_stats_py.py chisquare -> _power_divergence with lambda_=1, ddof=0):
// statistic = sum((obs - exp)^2 / exp), p = chdtrc(k - 1, statistic).
import { chi2Sf } from './incomplete-gamma.js';

export interface ChiSquareResult {
  statistic: number;
  pvalue: number;
}

/**
 * scipy refuses observed/expected totals that differ by more than sqrt(eps) relative
 * (its sum_check), because the test is meaningless then; we refuse the same inputs.
 */
export function chiSquare(observed: readonly number[], expected: readonly number[]): ChiSquareResult {
  if (observed.length !== expected.length) {
    throw new RangeError(`chiSquare: ${observed.length} observed counts but ${expected.length} expected counts`);
  }
  if (observed.length === 0) throw new RangeError('chiSquare: no categories');
  let obsSum = 0;
  let expSum = 0;
  for (let i = 0; i < observed.length; i++) {
    obsSum += observed[i]!;
    expSum += expected[i]!;
  }
  const rtol = Math.sqrt(2.220446049250313e-16);
  if (Math.abs(obsSum - expSum) / Math.min(obsSum, expSum) > rtol) {
    throw new RangeError(
      `chiSquare: observed total ${obsSum} and expected total ${expSum} differ by more than ${rtol} relative`,
    );
  }
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const d = observed[i]! - expected[i]!;
    statistic += (d * d) / expected[i]!;
  }
  return { statistic, pvalue: chi2Sf(observed.length - 1, statistic) };
}
