// Two-sample Kolmogorov-Smirnov test, scipy.stats.ks_2samp(a, b) with its defaults
// (alternative='two-sided', method='auto'), following scipy/stats/_stats_py.py ks_2samp:
// - statistic: max |ECDF_a - ECDF_b| over the pooled values, ECDFs taken with searchsorted
//   side='right' so ties move both ECDFs together;
// - 'auto' tries the exact distribution when max(n, m) <= 10000 (_attempt_exact_2kssamp), and
//   reports d rounded to the lattice h/lcm(n, m) there;
// - otherwise, or when the exact value is not a probability, the p-value is
//   kstwo.sf(d, round(n*m/(n+m))) (scipy/stats/_ksstats.py _kolmogn).
import { kolmogn } from './kolmogorov-n.js';
import { probOutsideInsideMethod, probOutsideSquare } from './ks-exact.js';

export interface Ks2SampResult {
  statistic: number;
  pvalue: number;
  method: 'exact' | 'asymp';
}

const MAX_AUTO_N = 10000;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round: half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export function ks2samp(a: Float64Array, b: Float64Array): Ks2SampResult {
  const n1 = a.length;
  const n2 = b.length;
  if (Math.min(n1, n2) === 0) throw new RangeError('ks2samp: both samples must be non-empty');
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  const exactPossible = Math.max(n1, n2) <= MAX_AUTO_N;
  if (Number.isNaN(x[n1 - 1]!) || Number.isNaN(y[n2 - 1]!)) {
    // scipy's nan_policy='propagate'
    return { statistic: Number.NaN, pvalue: Number.NaN, method: exactPossible ? 'exact' : 'asymp' };
  }

  // cdf1 - cdf2 at every pooled value; after the last copy of a value both counts are "<=".
  let i = 0;
  let j = 0;
  let maxS = Number.NEGATIVE_INFINITY;
  let minDiff = Number.POSITIVE_INFINITY;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && x[i]! <= y[j]!) ? x[i]! : y[j]!;
    while (i < n1 && x[i] === v) i++;
    while (j < n2 && y[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = Math.min(Math.max(-minDiff, 0), 1);
  let d = minS > maxS ? minS : maxS;

  const g = gcd(n1, n2);
  if (exactPossible) {
    const lcm = Math.floor(n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pvalue: 1.0, method: 'exact' };
    const prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInsideMethod(n1, n2, g, h);
    if (prob >= 0 && prob <= 1) return { statistic: d, pvalue: prob, method: 'exact' };
    // scipy warns "Exact calculation unsuccessful" and falls through to the asymptotic value.
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  const pvalue = Math.min(Math.max(kolmogn(roundHalfEven(en), d, false), 0), 1);
  return { statistic: d, pvalue, method: 'asymp' };
}
