// numpy's histogram_bin_edges(bins="sturges") and histogram(values, edges), step for step, so the
// binned shares Evidently feeds to Jensen-Shannon, PSI, KL and Hellinger come out the same here.

/** np.linspace(start, stop, num) with endpoint=True (numpy/_core/function_base.py). */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  for (let i = 0; i < num; i++) out[i] = step === 0 ? (i / div) * delta + start : i * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

/**
 * np.histogram_bin_edges(values, bins="sturges") (numpy/lib/_histograms_impl.py _get_bin_edges):
 * range [min, max] (widened by 0.5 each way when they are equal), width ptp / (log2(n) + 1), and
 * ceil(range / width) equal bins; `integer` for int64 data, whose bins are at least 1 wide.
 */
export function sturgesEdges(values: Float64Array, integer: boolean): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return sturgesEdgesOf(min, max, values.length, integer);
}

/** The same from the data's minimum, maximum and size (what a streaming pass knows). */
export function sturgesEdgesOf(min: number, max: number, n: number, integer: boolean): Float64Array {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  let width = (max - min) / (Math.log2(n) + 1.0);
  // numpy widens bins of integer data to at least 1.
  if (integer && width && width < 1) width = 1;
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/**
 * np.histogram(values, edges) for explicit edges: counts of edges[i] <= v < edges[i+1], the last
 * bin closed on the right, values outside the edges not counted (numpy's searchsorted path).
 */
export function histogram(values: Float64Array, edges: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const left = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const right = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cum = new Float64Array(edges.length);
  for (let i = 0; i < edges.length - 1; i++) cum[i] = left(edges[i] as number);
  cum[edges.length - 1] = right(edges[edges.length - 1] as number);
  const counts = new Float64Array(edges.length - 1);
  for (let i = 0; i < counts.length; i++) counts[i] = (cum[i + 1] as number) - (cum[i] as number);
  return counts;
}
