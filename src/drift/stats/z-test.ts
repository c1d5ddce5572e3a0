// Two-proportion z-test exactly as Evidently's "z" stattest computes it
// (evidently/legacy/calculations/stattests/z_stattest.py, evidently 0.7.x):
//   p1 = x1/n1, p2 = x2/n2, P = (p1*n1 + p2*n2)/(n1 + n2)
//   z  = (p1 - p2) / sqrt(P (1 - P) (1/n1 + 1/n2))
//   p  = 2 * (1 - norm.cdf(|z|))
// Evidently subtracts the CDF from 1 instead of using the survival function, so its p-value
// bottoms out at 0 for |z| > ~8.3; we reproduce that so verdicts match Evidently's, and expose
// normalSf for callers that want the precise tail.
import { normalCdf } from './normal.js';

export interface ZTestResult {
  statistic: number;
  pvalue: number;
}

/**
 * `successes` counts the rows that are NOT the first (smallest) category, as Evidently maps
 * each value to 0 when it equals keys[0] and 1 otherwise.
 */
export function zTestTwoProportions(successes1: number, n1: number, successes2: number, n2: number): ZTestResult {
  if (!(n1 > 0 && n2 > 0)) throw new RangeError('zTestTwoProportions: both samples must be non-empty');
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
  if (variance === 0) {
    // Both samples hold one and the same value: Evidently short-circuits to p = 1.
    return { statistic: 0, pvalue: 1 };
  }
  const statistic = (p1 - p2) / Math.sqrt(variance);
  return { statistic, pvalue: 2 * (1 - normalCdf(Math.abs(statistic))) };
}
