// Area under the ROC curve of one binary problem, as sklearn's roc_curve + auc compute it: rows
// sorted by score, one curve point per distinct score (tied scores move along the diagonal), area
// by trapezoids. The areas are summed in counts (exact integers below 2^53) and divided once, so
// the only rounding is that final division; sklearn normalises to rates first and differs by a
// few ulps at most.
export function binaryRocAuc(scores: Float64Array, positive: Uint8Array): number | null {
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += positive[i]!;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;

  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[b]! - scores[a]!);

  let tp = 0;
  let fp = 0;
  let prevTp = 0;
  let prevFp = 0;
  let twiceArea = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i]!;
    if (positive[row]) tp++;
    else fp++;
    const last = i === n - 1 || scores[order[i + 1]!] !== scores[row];
    if (!last) continue;
    twiceArea += (fp - prevFp) * (tp + prevTp);
    prevTp = tp;
    prevFp = fp;
  }
  return twiceArea / 2 / (positives * negatives);
}
