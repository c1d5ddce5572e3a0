// 1-D earth mover's distance between two unweighted samples, following
// scipy.stats.wasserstein_distance -> _cdf_distance(p=1) (scipy/stats/_stats_py.py):
// integrate |U(t) - V(t)| over the merged sorted values, where U and V are the empirical CDFs
// (searchsorted 'right' / size). One merge pass after sorting: O((n+m) log(n+m)).

export function wassersteinDistance(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) throw new RangeError('wassersteinDistance: both samples must be non-empty');
  const u = Float64Array.from(a).sort();
  const v = Float64Array.from(b).sort();
  if (Number.isNaN(u[n - 1]!) || Number.isNaN(v[m - 1]!)) return Number.NaN;
  let i = 0; // elements of u <= current value
  let j = 0;
  let total = 0;
  let prev = Math.min(u[0]!, v[0]!);
  // Walk the merged sequence; between consecutive merged values the CDFs are constant.
  while (i < n || j < m) {
    const next = j >= m || (i < n && u[i]! <= v[j]!) ? u[i]! : v[j]!;
    if (next !== prev) {
      total += Math.abs(i / n - j / m) * (next - prev);
      prev = next;
    }
    while (i < n && u[i] === next) i++;
    while (j < m && v[j] === next) j++;
  }
  return total;
}
