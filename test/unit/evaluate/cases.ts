// Seeded classification and regression cases covering the edges where sklearn's definitions bite.
import { normal, rng } from './oracle.js';

export interface ClassificationCase {
  name: string;
  yTrue: string[];
  yPred: string[];
  proba?: { classes: string[]; values: Float64Array };
}

export interface RegressionCase {
  name: string;
  yTrue: number[];
  yPred: number[];
}

interface Options {
  seed: number;
  rows: number;
  labels: string[];
  /** Relative frequency of each label in y_true. */
  weights?: number[];
  /** Chance a prediction is right; otherwise a random label from `predictable`. */
  skill?: number;
  predictable?: string[];
  /** Column order of the probabilities; none when undefined. */
  probaClasses?: string[] | null;
  /** Round probabilities to this many steps (ties); 0: continuous. */
  steps?: number;
}

function draw(random: () => number, labels: string[], weights: number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = random() * total;
  for (let i = 0; i < labels.length; i++) if ((u -= weights[i]!) < 0) return labels[i]!;
  return labels.at(-1)!;
}

function classify(name: string, o: Options): ClassificationCase {
  const random = rng(o.seed);
  const weights = o.weights ?? o.labels.map(() => 1);
  const predictable = o.predictable ?? o.labels;
  const yTrue: string[] = [];
  const yPred: string[] = [];
  for (let i = 0; i < o.rows; i++) {
    const t = draw(random, o.labels, weights);
    yTrue.push(t);
    yPred.push(random() < (o.skill ?? 0.6) && predictable.includes(t) ? t : predictable[Math.floor(random() * predictable.length)]!);
  }
  const c: ClassificationCase = { name, yTrue, yPred };
  const classes = o.probaClasses === undefined ? o.labels : o.probaClasses;
  if (classes) {
    const values = new Float64Array(o.rows * classes.length);
    for (let r = 0; r < o.rows; r++) {
      const raw = classes.map((k) => random() + (k === yTrue[r] ? 0.8 : 0) + (k === yPred[r] ? 0.5 : 0));
      let row = raw.map((x) => x / raw.reduce((a, b) => a + b, 0));
      if (o.steps) {
        // Quantise all but the last column, which takes the remainder, so rows still sum to 1.
        row = row.map((x) => Math.round(x * o.steps!) / o.steps!);
        const head = row.slice(0, -1).reduce((a, b) => a + b, 0);
        if (head > 1) row = row.map((x, i) => (i === 0 ? x - (head - 1) : x));
        row[row.length - 1] = Math.max(0, 1 - row.slice(0, -1).reduce((a, b) => a + b, 0));
      }
      values.set(row, r * classes.length);
    }
    c.proba = { classes, values };
  }
  return c;
}

function oneHot(name: string, yTrue: string[], classes: string[]): ClassificationCase {
  const values = new Float64Array(yTrue.length * classes.length);
  yTrue.forEach((t, r) => (values[r * classes.length + classes.indexOf(t)] = 1));
  return { name, yTrue, yPred: [...yTrue], proba: { classes, values } };
}

export function classificationCases(): ClassificationCase[] {
  const unnormalised = classify('multiclass, rows not summing to 1', { seed: 11, rows: 120, labels: ['x', 'y', 'z'] });
  unnormalised.proba!.values.forEach((v, i, a) => (a[i] = v * 0.9));
  const extreme = classify('binary, probabilities exactly 0 and 1, some wrong', { seed: 12, rows: 200, labels: ['0', '1'], skill: 0.8 });
  extreme.proba!.values.forEach((_, i, a) => {
    if (i % 2 === 0) {
      const one = a[i + 1]! > 0.5 ? 1 : 0;
      a[i] = 1 - one;
      a[i + 1] = one;
    }
  });
  return [
    classify('binary, numeric labels', { seed: 1, rows: 500, labels: ['0', '1'] }),
    classify('binary, string labels, columns given greater-first', { seed: 2, rows: 300, labels: ['yes', 'no'], probaClasses: ['yes', 'no'] }),
    classify('multiclass, string labels, shuffled columns', { seed: 3, rows: 400, labels: ['cat', 'dog', 'emu', 'fox'], probaClasses: ['emu', 'cat', 'fox', 'dog'] }),
    classify('imbalanced', { seed: 4, rows: 600, labels: ['a', 'b', 'c'], weights: [95, 4, 1], skill: 0.9 }),
    classify('a class never predicted', { seed: 5, rows: 300, labels: ['a', 'b', 'c'], predictable: ['a', 'b'] }),
    classify('a class predicted but never true', { seed: 6, rows: 300, labels: ['a', 'b', 'c'], predictable: ['a', 'b', 'c', 'zz'] }),
    oneHot('perfect predictions, one-hot probabilities', ['p', 'q', 'r', 'q', 'p', 'r', 'r'], ['p', 'q', 'r']),
    classify('single class in y_true, binary probabilities', { seed: 7, rows: 50, labels: ['1'], predictable: ['0', '1'], probaClasses: ['0', '1'] }),
    classify('ties in probabilities', { seed: 8, rows: 400, labels: ['a', 'b', 'c'], steps: 10 }),
    classify('binary ties', { seed: 13, rows: 400, labels: ['0', '1'], steps: 4 }),
    classify('numeric order, not code point', { seed: 9, rows: 300, labels: ['10', '2', '-1', '3'] }),
    classify('a probability class never true', { seed: 10, rows: 200, labels: ['a', 'b'], probaClasses: ['a', 'b', 'c'] }),
    unnormalised,
    extreme,
    classify('no probabilities', { seed: 14, rows: 100, labels: ['a', 'b', 'c'], probaClasses: null }),
    classify('code points above U+FFFF', { seed: 15, rows: 200, labels: ['\u{1F600}', '\uFF21', 'a', 'B'] }),
    classify('a numeric-looking and a word label', { seed: 16, rows: 200, labels: ['10', '9', 'nine'] }),
  ];
}

export function regressionCases(): RegressionCase[] {
  const random = rng(42);
  const series = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
  const base = series(500, () => 10 * normal(random));
  const offset = series(2000, () => 1e6 + normal(random) * 1e-3);
  const withZeros = series(300, (i) => (i % 7 === 0 ? 0 : normal(random)));
  return [
    { name: 'gaussian', yTrue: base, yPred: base.map((y) => y + normal(random)) },
    { name: 'large offset, small noise', yTrue: offset, yPred: offset.map((y) => y + normal(random) * 1e-3) },
    { name: 'zeros in y_true (MAPE epsilon)', yTrue: withZeros, yPred: withZeros.map((y) => y + 0.5 * normal(random)) },
    { name: 'constant y_true, imperfect', yTrue: series(40, () => 3.5), yPred: series(40, () => 3.5 + normal(random)) },
    { name: 'constant y_true, perfect', yTrue: series(40, () => -2.25), yPred: series(40, () => -2.25) },
    { name: 'perfect, varying', yTrue: base, yPred: [...base] },
    { name: 'one row', yTrue: [4], yPred: [5] },
  ];
}
