// log-gamma for positive arguments, ported from xsf include/xsf/cephes/gamma.h (lgam_sgn),
// cephes/unity.h (lgam1p, log1pmx, log1p, expm1) and cephes/lanczos.h. The incomplete gamma
// function needs these exact variants: a different lgamma changes igamc in the last digits and,
// through exp(a*log(x) - lgam(a)), amplifies to ~1e-12 for large a.
import { MACHEP } from './constants.js';
import { ZETA_2_TO_41 } from './cephes-tables.js';
import { p1evl, polevl, ratevl } from './polynomial.js';

const GAMMA_A = [
  8.11614167470508450300e-4, -5.95061904284301438324e-4, 7.93650340457716943945e-4, -2.77777777730099687205e-3,
  8.33333333333331927722e-2,
];
const GAMMA_B = [
  -1.37825152569120859100e3, -3.88016315134637840924e4, -3.31612992738871184744e5, -1.16237097492762307383e6,
  -1.72173700820839662146e6, -8.53555664245765465627e5,
];
const GAMMA_C = [
  -3.51815701436523470549e2, -1.70642106651881159223e4, -2.20528590553854454839e5, -1.13933444367982507207e6,
  -2.53252307177582951285e6, -2.01889141433532773231e6,
];
const LS2PI = 0.91893853320467274178;
const MAXLGM = 2.556348e305;
const EULER = 0.577215664901532860606512090082402431; // SCIPY_EULER

/** log|Gamma(x)| for x > 0 (the only domain the drift tests use). */
export function lgam(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x <= 0) return Number.NaN;
  if (x < 13.0) {
    let z = 1.0;
    let p = 0.0;
    let u = x;
    while (u >= 3.0) {
      p -= 1.0;
      u = x + p;
      z *= u;
    }
    while (u < 2.0) {
      z /= u;
      p += 1.0;
      u = x + p;
    }
    if (u === 2.0) return Math.log(z);
    p -= 2.0;
    const y = x + p;
    return Math.log(z) + (y * polevl(y, GAMMA_B, 5)) / p1evl(y, GAMMA_C, 6);
  }
  if (x > MAXLGM) return Number.POSITIVE_INFINITY;
  const q = (x - 0.5) * Math.log(x) - x + LS2PI;
  if (x >= 1000.0) {
    // lgam_large_x
    if (x > 1.0e8) return q;
    const p = 1.0 / (x * x);
    return q + ((7.9365079365079365079365e-4 * p - 2.7777777777777777777778e-3) * p + 0.0833333333333333333333) / x;
  }
  const p = 1.0 / (x * x);
  return q + polevl(p, GAMMA_A, 4) / x;
}

const UNITY_LP = [
  4.5270000862445199635215e-5, 4.9854102823193375972212e-1, 6.5787325942061044846969e0, 2.9911919328553073277375e1,
  6.0949667980987787057556e1, 5.7112963590585538103336e1, 2.0039553499201281259648e1,
];
const UNITY_LQ = [
  1.5062909083469192043167e1, 8.3047565967967209469434e1, 2.2176239823732856465394e2, 3.0909872225312059774938e2,
  2.1642788614495947685003e2, 6.0118660497603843919306e1,
];

/** Cephes log1p (unity.h); kept instead of Math.log1p so log1pmx rounds as scipy's does. */
export function cephesLog1p(x: number): number {
  const z = 1.0 + x;
  if (z < Math.SQRT1_2 || z > Math.SQRT2) return Math.log(z);
  const zz = x * x;
  return x + (-0.5 * zz + x * ((zz * polevl(x, UNITY_LP, 6)) / p1evl(x, UNITY_LQ, 6)));
}

/** log(1 + x) - x without cancellation near 0 (unity.h log1pmx). */
export function log1pmx(x: number): number {
  if (Math.abs(x) < 0.5) {
    let xfac = x;
    let res = 0;
    for (let n = 2; n < 500; n++) {
      xfac *= -x;
      const term = xfac / n;
      res += term;
      if (Math.abs(term) < MACHEP * Math.abs(res)) break;
    }
    return res;
  }
  return cephesLog1p(x) - x;
}

const UNITY_EP = [1.2617719307481059087798e-4, 3.0299440770744196129956e-2, 9.9999999999999999991025e-1];
const UNITY_EQ = [3.0019850513866445504159e-6, 2.5244834034968410419224e-3, 2.2726554820815502876593e-1, 2.0000000000000000000897e0];

/** Cephes expm1 (unity.h). */
export function cephesExpm1(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : x > 0 ? x : -1.0;
  if (x < -0.5 || x > 0.5) return Math.exp(x) - 1.0;
  const xx = x * x;
  let r = x * polevl(xx, UNITY_EP, 2);
  r = r / (polevl(xx, UNITY_EQ, 3) - r);
  return r + r;
}

function lgam1pTaylor(x: number): number {
  if (x === 0) return 0;
  let res = -EULER * x;
  let xfac = -x;
  for (let n = 2; n < 42; n++) {
    xfac *= -x;
    const coeff = (ZETA_2_TO_41[n - 2]! * xfac) / n;
    res += coeff;
    if (Math.abs(coeff) < MACHEP * Math.abs(res)) break;
  }
  return res;
}

/** lgamma(1 + x), accurate near x = 0 and x = 1 (unity.h lgam1p). */
export function lgam1p(x: number): number {
  if (Math.abs(x) <= 0.5) return lgam1pTaylor(x);
  if (Math.abs(x - 1) < 0.5) return Math.log(x) + lgam1pTaylor(x - 1);
  return lgam(x + 1);
}

const LANCZOS_SUM_EXPG_SCALED_NUM = [
  0.006061842346248906525783753964555936883222, 0.5098416655656676188125178644804694509993,
  19.51992788247617482847860966235652136208, 449.9445569063168119446858607650988409623,
  6955.999602515376140356310115515198987526, 75999.29304014542649875303443598909137092,
  601859.6171681098786670226533699352302507, 3481712.15498064590882071018964774556468,
  14605578.08768506808414169982791359218571, 43338889.32467613834773723740590533316085,
  86363131.28813859145546927288977868422342, 103794043.1163445451906271053616070238554,
  56906521.91347156388090791033559122686859,
];
const LANCZOS_SUM_EXPG_SCALED_DENOM = [
  1, 66, 1925, 32670, 357423, 2637558, 13339535, 45995730, 105258076, 150917976, 120543840, 39916800, 0,
];

export const LANCZOS_G = 6.024680040776729583740234375;

/** Lanczos sum scaled by exp(-g) (lanczos.h lanczos_sum_expg_scaled). */
export function lanczosSumExpgScaled(x: number): number {
  return ratevl(x, LANCZOS_SUM_EXPG_SCALED_NUM, 12, LANCZOS_SUM_EXPG_SCALED_DENOM, 12);
}
