// The example model (examples/model: candidate.onnx, a ZipMap binary classifier over f0..f5) with
// rows of its holdout set, and Python onnxruntime's predictions for them (test/evaluate/py/
// ort_predict.py in the `ml` env): the oracle the serving peers are checked against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness.js';
import { pythonPredict } from './serve/serve-lib.js';

export const EXAMPLE_MODEL = join(ROOT, 'examples', 'model', 'candidate.onnx');
export const HOLDOUT = join(ROOT, 'examples', 'model', 'holdout.csv');
export const FEATURES = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];

/** The first `n` holdout rows as numbers, features only (the label column left out). */
export function holdoutRows(n: number): number[][] {
  const [header, ...lines] = readFileSync(HOLDOUT, 'utf8').trim().split('\n');
  const names = (header as string).split(',');
  const at = FEATURES.map((f) => names.indexOf(f));
  return lines.slice(0, n).map((line) => {
    const cells = line.split(',');
    return at.map((i) => Number(cells[i]));
  });
}

export const asRecords = (rows: number[][]) => rows.map((r) => Object.fromEntries(FEATURES.map((f, i) => [f, r[i]])));

export interface Reference {
  labels: number[];
  /** One row per holdout row: the probability of class "0", then of class "1". */
  probabilities: number[][];
}

/** Python onnxruntime's labels and probabilities for the first `n` holdout rows. */
export async function ortReference(n: number): Promise<Reference> {
  const out = await pythonPredict(EXAMPLE_MODEL, HOLDOUT, FEATURES, 'output_label', 'output_probability');
  if (out.classes?.join() !== '0,1') throw new Error(`ort_predict.py: classes ${out.classes?.join()}, expected 0,1`);
  return { labels: (out.labels ?? []).slice(0, n).map(Number), probabilities: (out.probabilities ?? []).slice(0, n) };
}
