// One-sided Smirnov survival function P(D+_n >= x) = scipy.special.smirnov(n, x), following
// xsf include/xsf/cephes/kolmogorov.h (_smirnov): the Birnbaum-Tingey sum
//   sf = x * sum_{v=0}^{floor(n(1-x))} C(n,v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v)
// with the same special cases, early termination and upper/lower-sum choice. xsf carries each
// term in double-double; we carry it in log space instead (terms are positive in the lower sum,
// and n*x is split exactly so 1 - x - v/n keeps full relative precision), which keeps the
// result within ~1e-12 relative of scipy for the n <= ~1e5 the two-sample test reaches.
import { DBL_EPSILON, MINLOG } from './constants.js';
import { cephesExpm1 } from './gamma.js';

const SMIRNOV_MAX_COMPUTE_N = 1000000;
const SM_UPPER_MAX_TERMS = 3;
const SM_UPPERSUM_MIN_N = 10;

/** Exact product a*b as hi + lo (Dekker/Veltkamp). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const split = 134217729; // 2^27 + 1
  const ca = split * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = split * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const err = al * bl - (((p - ah * bh) - al * bh) - ah * bl);
  return [p, err];
}

export function smirnov(n: number, x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (!(n > 0 && x >= 0.0 && x <= 1.0)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0.0) return 1.0;
  if (x === 1.0) return 0.0;

  // floor(n*x) and its fractional part, exactly (xsf modNX).
  const [hi, lo] = twoProduct(n, x);
  let nxfl = Math.floor(hi);
  let alpha = hi - nxfl + lo;
  if (alpha < 0) {
    nxfl -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  let n1mxceil = n - nxfl;
  if (alpha === 0) {
    n1mxfl -= 1;
    n1mxceil += 1;
  }

  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    const cdf = x * Math.exp((n - 1) * Math.log1p(x));
    return 1 - cdf;
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) return Math.exp(n * Math.log1p(-x));
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -Math.pow(6.0 * n * x + 1, 2) / 18.0 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + cephesExpm1(logp);
  }

  const nUpperTerms = n - n1mxceil + 1;
  const useUpperSum =
    (nUpperTerms <= 1 && x < 0.5) ||
    (n >= SM_UPPERSUM_MIN_N && nUpperTerms <= SM_UPPER_MAX_TERMS && x <= 0.5 / Math.sqrt(n));

  const logN = Math.log(n);
  // C(n, j) kept as mantissa * 2^exponent so it never overflows (xsf updateBinomial).
  let cMan = 1;
  let cExp = 0;
  const updateBinomial = (j: number): void => {
    cMan *= (n - j) / (j + 1.0);
    const e = Math.floor(Math.log2(cMan));
    if (e !== 0) {
      cMan /= Math.pow(2, e);
      cExp += e;
    }
  };
  // A_v = C(n,v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v), signed, via logs.
  const term = (v: number): number => {
    const t1n = v + nxfl + alpha; // n * (x + v/n)
    const t2n = n - nxfl - v - alpha; // n * (1 - x - v/n)
    if (t2n === 0) return n - v === 0 ? Math.exp(Math.log(cMan) + cExp * Math.LN2 + (v - 1) * (Math.log(t1n) - logN)) : 0;
    const sign = t2n < 0 && (n - v) % 2 === 1 ? -1 : 1;
    const logA =
      Math.log(cMan) + cExp * Math.LN2 + (v - 1) * (Math.log(t1n) - logN) + (n - v) * (Math.log(Math.abs(t2n)) - logN);
    return sign * Math.exp(logA);
  };

  let start = 0;
  let step = 1;
  let nTerms = n1mxfl + 1;
  let aj: number;
  if (useUpperSum) {
    start = n;
    step = -1;
    nTerms = n - n1mxceil + 1;
    aj = Math.exp((n - 1) * Math.log1p(x));
  } else {
    aj = Math.exp(n * Math.log1p(-x)) / x;
  }
  let sum = aj;
  updateBinomial(0);
  const vmid = Math.floor(n / 2);
  for (let j = 1; j < nTerms; j++) {
    const v = start + j * step;
    aj = term(v);
    if (Number.isFinite(aj) && aj !== 0) sum += aj;
    if (aj !== 0) {
      if (4 * (nTerms - j) * Math.abs(aj) < DBL_EPSILON * sum && j !== nTerms - 1) break;
    } else if (j > vmid) {
      break;
    }
    updateBinomial(j);
  }
  const prob = x * sum;
  const sf = step < 0 ? 1 - prob : prob;
  return Math.min(Math.max(sf, 0), 1);
}
