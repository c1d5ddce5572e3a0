// Polynomial and rational evaluation in the exact order Cephes uses (xsf
// include/xsf/cephes/polevl.h), so the rounding of every special function below
// matches scipy's to the last bit or two.

/** Horner: coef[0]*x^n + ... + coef[n]. */
export function polevl(x: number, coef: readonly number[], n: number): number {
  let ans = coef[0]!;
  for (let i = 1; i <= n; i++) ans = ans * x + coef[i]!;
  return ans;
}

/** Like polevl with an implicit leading coefficient 1 (coef has n entries). */
export function p1evl(x: number, coef: readonly number[], n: number): number {
  let ans = x + coef[0]!;
  for (let i = 1; i < n; i++) ans = ans * x + coef[i]!;
  return ans;
}

/** Rational function num(x)/denom(x); evaluated in 1/x when |x| > 1, as xsf ratevl does. */
export function ratevl(x: number, num: readonly number[], m: number, denom: readonly number[], n: number): number {
  const absx = Math.abs(x);
  let numAns: number;
  let denomAns: number;
  if (absx > 1) {
    const y = 1 / x;
    numAns = num[m]!;
    for (let i = m - 1; i >= 0; i--) numAns = numAns * y + num[i]!;
    denomAns = denom[n]!;
    for (let i = n - 1; i >= 0; i--) denomAns = denomAns * y + denom[i]!;
    return (Math.pow(x, m - n) * numAns) / denomAns;
  }
  numAns = num[0]!;
  for (let i = 1; i <= m; i++) numAns = numAns * x + num[i]!;
  denomAns = denom[0]!;
  for (let i = 1; i <= n; i++) denomAns = denomAns * x + denom[i]!;
  return numAns / denomAns;
}
