// Divergences between two discrete distributions given as probability vectors over the same
// categories (or histogram bins), each matching the library a user compares us with.

function checkSameLength(name: string, p: ArrayLike<number>, q: ArrayLike<number>): void {
  if (p.length !== q.length) throw new RangeError(`${name}: vectors differ in length (${p.length} vs ${q.length})`);
  if (p.length === 0) throw new RangeError(`${name}: empty vectors`);
}

/** scipy.special.rel_entr: x log(x/y), 0 when x = 0, +inf when only y = 0. */
function relEntr(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}

function normalised(p: ArrayLike<number>): Float64Array {
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += p[i]!;
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = p[i]! / sum;
  return out;
}

/**
 * scipy.spatial.distance.jensenshannon (scipy/spatial/distance.py): p and q are normalised to
 * sum 1, m = (p + q)/2, distance = sqrt((KL(p||m) + KL(q||m)) / 2), natural log unless `base`.
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  checkSameLength('jensenShannonDistance', p, q);
  const pn = normalised(p);
  const qn = normalised(q);
  let left = 0;
  let right = 0;
  for (let i = 0; i < pn.length; i++) {
    const m = (pn[i]! + qn[i]!) / 2.0;
    left += relEntr(pn[i]!, m);
    right += relEntr(qn[i]!, m);
  }
  let js = left + right;
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(js / 2.0);
}

/**
 * Evidently's zero filling (evidently/legacy/calculations/stattests/utils.py get_binned_data,
 * feel_zeroes=True): empty bins would make log(p/q) infinite, so each zero share becomes
 * min(non-zero shares)/1e6 when that minimum is <= 1e-4, else 1e-4. Applied to each vector on
 * its own, without renormalising (PSI uses the filled shares as they are).
 */
export function fillZeroesLikeEvidently(p: ArrayLike<number>): Float64Array {
  let minNonZero = Number.POSITIVE_INFINITY;
  for (let i = 0; i < p.length; i++) if (p[i] !== 0 && p[i]! < minNonZero) minNonZero = p[i]!;
  if (minNonZero === Number.POSITIVE_INFINITY) throw new RangeError('every share is zero');
  const fill = minNonZero <= 0.0001 ? minNonZero / 10 ** 6 : 0.0001;
  const out = Float64Array.from(p);
  for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = fill;
  return out;
}

/**
 * Population stability index as Evidently's "psi" stattest computes it
 * (evidently/legacy/calculations/stattests/psi.py): after zero filling,
 * PSI = sum((ref - cur) * ln(ref / cur)). `p` is the reference share vector, `q` the current.
 */
export function psi(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkSameLength('psi', p, q);
  const r = fillZeroesLikeEvidently(p);
  const c = fillZeroesLikeEvidently(q);
  let total = 0;
  for (let i = 0; i < r.length; i++) total += (r[i]! - c[i]!) * Math.log(r[i]! / c[i]!);
  return total;
}

/**
 * Kullback-Leibler divergence KL(ref || cur) as Evidently's "kl_div" stattest computes it
 * (evidently/legacy/calculations/stattests/kl_div.py): zero filling, then scipy.stats.entropy(ref, cur),
 * which renormalises both vectors to sum 1 and sums rel_entr in natural log (scipy/stats/_entropy.py).
 */
export function klDiv(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkSameLength('klDiv', p, q);
  const r = normalised(fillZeroesLikeEvidently(p));
  const c = normalised(fillZeroesLikeEvidently(q));
  let total = 0;
  for (let i = 0; i < r.length; i++) total += relEntr(r[i]!, c[i]!);
  return total;
}

/**
 * Hellinger distance as Evidently's "hellinger" stattest computes it
 * (evidently/legacy/calculations/stattests/hellinger_distance.py): no zero filling (a zero share
 * simply contributes nothing), Bhattacharyya coefficient BC = sum sqrt(p q) clipped to [0, 1],
 * distance = sqrt(1 - BC). For numeric columns Evidently passes density * bin width, i.e. shares.
 */
export function hellinger(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkSameLength('hellinger', p, q);
  let bc = 0;
  for (let i = 0; i < p.length; i++) bc += Math.sqrt(p[i]! * q[i]!);
  bc = Math.min(Math.max(bc, 0), 1);
  return Math.sqrt(1 - bc);
}
