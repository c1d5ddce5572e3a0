// The paired tests of a champion comparison against their references: McNemar's exact p-value
// against scipy's binomtest and statsmodels' formula; the weighted metrics a bootstrap resample
// scores against scikit-learn with sample_weight; and the whole bootstrap interval against the same
// resamples scored by scikit-learn and cut by numpy.quantile.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP, PairedRows, type PairedTest } from '../../../../src/evaluate/paired.js';
import { descendingOrder, mcnemarExact, resampleCounts, rng as bootstrapRng, weightedAuc } from '../../../../src/evaluate/significance.js';
import { expectClose, normal, rng, runOracle } from '../oracle.js';

const SCRIPT = join(import.meta.dirname, '..', '..', '..', 'evaluate', 'py', 'paired_oracle.py');

const oracle = (input: Record<string, unknown>) => runOracle(SCRIPT, input);

/** The resamples PairedRows.test draws, in order: the same seed and generator. */
function resamples(n: number): number[][] {
  const random = bootstrapRng(BOOTSTRAP.seed);
  return Array.from({ length: BOOTSTRAP.resamples }, () => Array.from(resampleCounts(n, random)));
}

describe("McNemar's exact test", () => {
  it('equals scipy binomtest and the statsmodels formula, from no disagreement to tens of thousands', async () => {
    const cases: [number, number][] = [[0, 0], [0, 1], [1, 0], [3, 3], [5, 12], [12, 5], [0, 25], [40, 60], [200, 260], [4000, 4210], [30000, 30400], [1, 2000]];
    const { mcnemar } = (await oracle({ mcnemar: cases })) as { mcnemar: { binomtest: number; statsmodels: number }[] };
    cases.forEach(([b, c], i) => {
      const ours = mcnemarExact(b, c);
      expectClose(ours, mcnemar[i]?.statsmodels, 1e-9, `b=${b} c=${c} vs statsmodels`);
      expectClose(ours, mcnemar[i]?.binomtest, 1e-9, `b=${b} c=${c} vs binomtest`);
    });
  });
});

describe('the metrics of one bootstrap resample', () => {
  const n = 300;
  const random = rng(11);
  const weights = Array.from({ length: 5 }, (_, i) => (i === 0 ? new Array<number>(n).fill(1) : Array.from(resampleCounts(n, bootstrapRng(i)))));

  it('weighted binary ROC AUC equals sklearn roc_auc_score with sample_weight, ties included', async () => {
    const y = Array.from({ length: n }, () => (random() < 0.4 ? 1 : 0));
    // Rounded scores: many ties, which must count half.
    const scores = y.map((t) => Math.round((0.3 * t + random()) * 20) / 20);
    const { weighted } = (await oracle({ weighted: { metric: 'roc_auc', y, pred: scores, weights } })) as { weighted: number[] };
    const s = Float64Array.from(scores);
    const order = descendingOrder(s);
    weights.forEach((w, i) => expectClose(weightedAuc(s, Uint8Array.from(y), order, Uint32Array.from(w)), weighted[i], 1e-12, `resample ${i}`));
  });
});

describe('PairedRows: the test a gate reads', () => {
  it('binary roc_auc: the paired bootstrap interval equals the same resamples scored by sklearn and cut by numpy', async () => {
    const n = 240;
    const random = rng(5);
    const truth = Array.from({ length: n }, () => (random() < 0.5 ? '1' : '0'));
    const p = [0.9, 0.4].map((signal) => truth.map((t) => 1 / (1 + Math.exp(-(signal * (t === '1' ? 1 : -1) + normal(random))))));
    const rows = new PairedRows(['0', '1']);
    const byClass = (q: number[]) => ({ classes: ['0', '1'], values: Float64Array.from(q.flatMap((v) => [1 - v, v])) });
    const labels = (q: number[]) => q.map((v) => (v >= 0.5 ? '1' : '0'));
    rows.addClassification(1, truth, [labels(p[0]!), labels(p[1]!)], [byClass(p[0]!), byClass(p[1]!)]);
    const y = truth.map(Number);
    const full = (await oracle({ weighted: { metric: 'roc_auc', y, pred: p[0], weights: [new Array(n).fill(1)] } })) as { weighted: number[] };
    const fullChamp = (await oracle({ weighted: { metric: 'roc_auc', y, pred: p[1], weights: [new Array(n).fill(1)] } })) as { weighted: number[] };
    const t = rows.test('roc_auc', 0.05, true, [full.weighted[0] as number, fullChamp.weighted[0] as number]) as PairedTest;
    expect(t.method).toBe('paired-bootstrap');
    const { bootstrap } = (await oracle({ bootstrap: { metric: 'roc_auc', y, pred: p, weights: resamples(n), confidence: 0.95 } })) as { bootstrap: Record<string, number> };
    expectClose({ delta: t.delta, low: t.interval?.low, high: t.interval?.high, resamples: t.interval?.resamples }, bootstrap, 1e-9);
    // A much better candidate: the whole interval above 0.
    expect(t.significantlyBetter).toBe(true);
    expect(t.significantlyWorse).toBe(false);
  });

  it('multiclass roc_auc (one-vs-rest, macro) and regression rmse and r2 agree with sklearn the same way', async () => {
    const n = 180;
    const random = rng(9);
    const classes = ['a', 'b', 'c'];
    const truth = Array.from({ length: n }, () => classes[Math.floor(random() * 3)] as string);
    const proba = [1.2, 1.0].map((signal) =>
      truth.map((t) => {
        const logits = classes.map((c) => (c === t ? signal : 0) + normal(random));
        const z = logits.map(Math.exp);
        const sum = z.reduce((a, b) => a + b, 0);
        return z.map((v) => v / sum);
      }),
    );
    const rows = new PairedRows(classes);
    const byClass = (q: number[][]) => ({ classes, values: Float64Array.from(q.flat()) });
    const argmax = (q: number[][]) => q.map((r) => classes[r.indexOf(Math.max(...r))] as string);
    rows.addClassification(1, truth, [argmax(proba[0]!), argmax(proba[1]!)], [byClass(proba[0]!), byClass(proba[1]!)]);
    const y = truth.map((t) => classes.indexOf(t));
    const ones = [new Array(n).fill(1)];
    const reported = await Promise.all(proba.map(async (q) => ((await oracle({ weighted: { metric: 'roc_auc', y, pred: q, weights: ones } })) as { weighted: number[] }).weighted[0] as number));
    const t = rows.test('roc_auc', 0.1, true, reported as [number, number]) as PairedTest;
    const { bootstrap } = (await oracle({ bootstrap: { metric: 'roc_auc', y, pred: proba, weights: resamples(n), confidence: 0.9 } })) as { bootstrap: Record<string, number> };
    expectClose({ delta: t.delta, low: t.interval?.low, high: t.interval?.high, resamples: t.interval?.resamples }, bootstrap, 1e-9);

    const target = Array.from({ length: n }, () => 10 * normal(random));
    const preds = [2, 2.4].map((noise) => target.map((v) => v + noise * normal(random)));
    const reg = new PairedRows(null);
    reg.addRegression(1, Float64Array.from(target), [Float64Array.from(preds[0]!), Float64Array.from(preds[1]!)]);
    for (const metric of ['rmse', 'r2'] as const) {
      const values = await Promise.all(preds.map(async (q) => ((await oracle({ weighted: { metric, y: target, pred: q, weights: ones } })) as { weighted: number[] }).weighted[0] as number));
      const r = reg.test(metric, 0.05, metric === 'r2', values as [number, number]) as PairedTest;
      const ref = (await oracle({ bootstrap: { metric, y: target, pred: preds, weights: resamples(n), confidence: 0.95 } })) as { bootstrap: Record<string, number> };
      expectClose({ delta: r.delta, low: r.interval?.low, high: r.interval?.high, resamples: r.interval?.resamples }, ref.bootstrap, 1e-9, metric);
    }
  });

  it('accuracy: McNemar on the rows only one model got right, and "significantly worse" only when both say so', () => {
    const truth = Array.from({ length: 200 }, (_, i) => String(i % 2));
    const flip = (l: string) => (l === '1' ? '0' : '1');
    // Candidate wrong on rows 0-59, champion wrong on rows 50-69: b = 10, c = 50.
    const cand = truth.map((l, i) => (i < 60 ? flip(l) : l));
    const champ = truth.map((l, i) => (i >= 50 && i < 70 ? flip(l) : l));
    const rows = new PairedRows(['0', '1']);
    rows.addClassification(1, truth, [cand, champ], [null, null]);
    const t = rows.test('accuracy', 0.05, true, [140 / 200, 180 / 200]) as PairedTest;
    expect({ method: t.method, b: t.b, c: t.c, delta: t.delta, worse: t.significantlyWorse }).toEqual({ method: 'mcnemar-exact', b: 10, c: 50, delta: -0.2, worse: true });
    expectClose(t.pValue, mcnemarExact(10, 50));
    // Swapped, the candidate is the better one: the same p-value, the other verdict.
    const other = new PairedRows(['0', '1']);
    other.addClassification(1, truth, [champ, cand], [null, null]);
    const s = other.test('accuracy', 0.05, true, [180 / 200, 140 / 200]) as PairedTest;
    expect({ b: s.b, c: s.c, pValue: s.pValue, worse: s.significantlyWorse, better: s.significantlyBetter }).toEqual({ b: 50, c: 10, pValue: t.pValue, worse: false, better: true });
    // The same difference on a tenth of the rows is noise at 0.05 (b = 1, c = 5).
    const few = new PairedRows(['0', '1']);
    few.addClassification(1, truth.slice(0, 20), [truth.slice(0, 20).map((l, i) => (i < 6 ? flip(l) : l)), truth.slice(0, 20).map((l, i) => (i >= 5 && i < 7 ? flip(l) : l))], [null, null]);
    const f = few.test('accuracy', 0.05, true, [14 / 20, 18 / 20]) as PairedTest;
    expect({ b: f.b, c: f.c, worse: f.significantlyWorse }).toEqual({ b: 1, c: 5, worse: false });
  });

  it('refuses to speak about numbers other than the reported ones, and says which', () => {
    const rows = new PairedRows(['0', '1']);
    rows.addClassification(1, ['0', '1', '1'], [['0', '1', '0'], ['0', '0', '0']], [null, null]);
    expect(rows.test('accuracy', 0.05, true, [0.5, 1 / 3])).toEqual({ unavailable: expect.stringMatching(/^the paired rows give accuracy 0\.666.* for the candidate, not the reported 0\.5/) });
    expect(rows.test('roc_auc', 0.05, true, [0.5, 0.5])).toEqual({ unavailable: 'roc_auc needs both models to give probabilities over the same classes' });
    expect(rows.test('f1', 0.05, true, [0.5, 0.5])).toEqual({ unavailable: 'f1 has no paired test (accuracy and roc_auc have one for classification)' });
  });

  it('round-trips through shard partials and merges them back into the data order', () => {
    // Shard 2 holds rows 1-2 and 5-6, shard 1 rows 3-4: merged in file order, tested in row order.
    const shard = (batches: [number, string[], string[], string[]][]) => {
      const p = new PairedRows(null);
      for (const [first, truth, cand, champ] of batches) p.addRegression(first, Float64Array.from(truth.map(Number)), [Float64Array.from(cand.map(Number)), Float64Array.from(champ.map(Number))]);
      return PairedRows.fromJSON(JSON.parse(JSON.stringify(p.toJSON())));
    };
    const merged = shard([[3, ['3', '4'], ['3', '5'], ['2', '4']]]);
    merged.merge(shard([[1, ['1', '2'], ['1', '2'], ['0', '2']], [5, ['5', '6'], ['5', '9'], ['5', '6']]]));
    const whole = shard([[1, ['1', '2', '3', '4', '5', '6'], ['1', '2', '3', '5', '5', '9'], ['0', '2', '2', '4', '5', '6']]]);
    const mse = [(1 + 9) / 6, (1 + 1) / 6] as [number, number];
    expect(merged.test('mse', 0.05, false, mse)).toEqual(whole.test('mse', 0.05, false, mse));
    expect(merged.toJSON()).toEqual(whole.toJSON());
  });
});
