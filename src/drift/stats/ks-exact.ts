// Exact two-sided null distribution of the two-sample KS statistic, as scipy.stats.ks_2samp
// computes it for method='exact' (scipy/stats/_stats_py.py _attempt_exact_2kssamp).

/**
 * P(D_{n,n} >= h/n) for equal sizes (scipy/stats/_stats_py.py _compute_prob_outside_square):
 * the alternating reflection series 2*sum (-1)^(k-1) C(2n, n-kh)/C(2n, n), evaluated
 * Horner-style on the ratios so nothing overflows and the cancellation stays tame.
 */
export function probOutsideSquare(n: number, h: number): number {
  let P = 0.0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1.0;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1.0 - P);
    k -= 1;
  }
  return 2 * P;
}

/**
 * P(D_{m,n} >= h/lcm(m,n)) for unequal sizes: scipy/stats/_stats_pythran.py
 * _compute_outer_prob_inside_method (Hodges' inside method rewritten by Viehmann,
 * arXiv:2102.08037, to carry 1 - p directly so small p-values keep their precision).
 * One sliding column of the lattice-path table; O(m * window) time.
 */
export function probOutsideInsideMethod(m0: number, n0: number, g: number, h: number): number {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = Math.floor(m / g);
  const ng = Math.floor(n / g);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1.0);
  for (let j = minj; j < Math.min(maxj, lenA); j++) A[j] = 0.0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1.0;
    let val = minj === 0 ? 0.0 : 1.0;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      const end = Math.min(maxj - minj + (lastlen - curlen), lenA);
      for (let q = maxj - minj; q < end; q++) A[q] = 1;
    }
  }
  return A[maxj - minj - 1]!;
}
