// The metrics equal scikit-learn 1.9.1's on the same predictions (to 1e-9 relative), and the
// result does not depend on how the rows were batched or sharded.
import { beforeAll, describe, expect, it } from 'vitest';
import { ClassificationAccumulator, RegressionAccumulator } from '../../../src/evaluate/metrics/index.js';
import { classificationCases, regressionCases, type ClassificationCase, type RegressionCase } from './cases.js';
import { expectClose, sklearn } from './oracle.js';

function toRows(c: ClassificationCase): number[][] | null {
  if (!c.proba) return null;
  const k = c.proba.classes.length;
  return c.yTrue.map((_, r) => Array.from(c.proba!.values.subarray(r * k, (r + 1) * k)));
}

function slice(c: ClassificationCase, from: number, to: number): ClassificationCase {
  const k = c.proba?.classes.length ?? 0;
  return {
    name: c.name,
    yTrue: c.yTrue.slice(from, to),
    yPred: c.yPred.slice(from, to),
    ...(c.proba ? { proba: { classes: c.proba.classes, values: c.proba.values.slice(from * k, to * k) } } : {}),
  };
}

function classifyInBatches(c: ClassificationCase, size: number): ClassificationAccumulator {
  const acc = new ClassificationAccumulator();
  for (let i = 0; i < c.yTrue.length; i += size) acc.add(slice(c, i, i + size));
  return acc;
}

function regressInBatches(c: RegressionCase, size: number): RegressionAccumulator {
  const acc = new RegressionAccumulator();
  for (let i = 0; i < c.yTrue.length; i += size) acc.add({ yTrue: c.yTrue.slice(i, i + size), yPred: Float64Array.from(c.yPred.slice(i, i + size)) });
  return acc;
}

function withoutWarnings<T extends { warnings: string[] }>(r: T): Omit<T, 'warnings'> {
  const { warnings, ...rest } = r;
  void warnings;
  return rest;
}

describe('classification metrics equal sklearn', () => {
  const cases = classificationCases();
  const expected = new Map<string, Record<string, unknown>>();
  beforeAll(async () => {
    const answers = await Promise.all(
      cases.map((c) => sklearn({ task: 'classification', y_true: c.yTrue, y_pred: c.yPred, proba: toRows(c), classes: c.proba?.classes ?? null })),
    );
    cases.forEach((c, i) => expected.set(c.name, answers[i]!));
  }, 120_000);

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = classifyInBatches(c, c.yTrue.length).result();
    expectClose(withoutWarnings(result), expected.get(c.name));
  });

  it('records why each undefined value is 0 or null', () => {
    const byName = new Map(cases.map((c) => [c.name, classifyInBatches(c, 1000).result()]));
    expect(byName.get('a class never predicted')!.warnings.join('\n')).toMatch(/precision is ill-defined .*: c$/m);
    expect(byName.get('a class predicted but never true')!.warnings.join('\n')).toMatch(/recall is ill-defined .*: zz$/m);
    expect(byName.get('single class in y_true, binary probabilities')!.warnings.join('\n')).toMatch(/only one class/);
    expect(byName.get('no probabilities')!.warnings.join('\n')).toMatch(/no class probabilities/);
    expect(byName.get('a probability class never true')!.rocAucPerClass).toMatchObject({ c: null });
    expect(byName.get('perfect predictions, one-hot probabilities')!.warnings).toEqual([]);
  });

  it.each([1, 7])('gives the same result in batches of %i as all at once', (size) => {
    for (const c of cases) expectClose(classifyInBatches(c, size).result(), classifyInBatches(c, c.yTrue.length).result(), 1e-12);
  });

  it('merges 4 shards written to JSON and read back into the unsharded result', () => {
    for (const c of cases) {
      // Sorting by true label gives shards different label sets and different probability rows.
      const order = c.yTrue.map((_, i) => i).sort((a, b) => (c.yTrue[a]! < c.yTrue[b]! ? -1 : c.yTrue[a]! > c.yTrue[b]! ? 1 : a - b));
      const k = c.proba?.classes.length ?? 0;
      const sorted: ClassificationCase = {
        name: c.name,
        yTrue: order.map((i) => c.yTrue[i]!),
        yPred: order.map((i) => c.yPred[i]!),
        ...(c.proba ? { proba: { classes: c.proba.classes, values: Float64Array.from(order.flatMap((i) => Array.from(c.proba!.values.subarray(i * k, (i + 1) * k)))) } } : {}),
      };
      const n = sorted.yTrue.length;
      const cuts = [0, Math.floor(n / 5), Math.floor(n / 2), Math.floor((4 * n) / 5), n];
      const shards = cuts.slice(0, -1).map((from, i) => {
        const acc = new ClassificationAccumulator();
        acc.add(slice(sorted, from, cuts[i + 1]!));
        const json = JSON.stringify(acc.toJSON());
        expect(JSON.stringify(ClassificationAccumulator.fromJSON(JSON.parse(json)).toJSON())).toBe(json);
        return ClassificationAccumulator.fromJSON(JSON.parse(json));
      });
      const merged = shards.reduce((a, b) => a.merge(b), new ClassificationAccumulator());
      expectClose(merged.result(), classifyInBatches(sorted, n).result(), 1e-12);
    }
  });

  it('aligns probability columns given in different orders by different shards', () => {
    const a = new ClassificationAccumulator();
    a.add({ yTrue: ['x', 'y'], yPred: ['x', 'x'], proba: { classes: ['x', 'y'], values: Float64Array.of(0.7, 0.3, 0.6, 0.4) } });
    const b = new ClassificationAccumulator();
    b.add({ yTrue: ['y', 'x'], yPred: ['y', 'y'], proba: { classes: ['y', 'x'], values: Float64Array.of(0.8, 0.2, 0.55, 0.45) } });
    const whole = new ClassificationAccumulator();
    whole.add({ yTrue: ['x', 'y', 'y', 'x'], yPred: ['x', 'x', 'y', 'y'], proba: { classes: ['x', 'y'], values: Float64Array.of(0.7, 0.3, 0.6, 0.4, 0.2, 0.8, 0.45, 0.55) } });
    expect(a.merge(b).result()).toEqual(whole.result());
  });
});

describe('regression metrics equal sklearn', () => {
  const cases = regressionCases();
  const expected = new Map<string, Record<string, unknown>>();
  beforeAll(async () => {
    const answers = await Promise.all(cases.map((c) => sklearn({ task: 'regression', y_true: c.yTrue, y_pred: c.yPred })));
    cases.forEach((c, i) => expected.set(c.name, answers[i]!));
  }, 120_000);

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expectClose(withoutWarnings(regressInBatches(c, c.yTrue.length).result()), expected.get(c.name));
  });

  it.each([1, 7])('gives the same result in batches of %i as all at once', (size) => {
    for (const c of cases) expectClose(regressInBatches(c, size).result(), regressInBatches(c, c.yTrue.length).result(), 1e-12);
  });

  it('merges 4 shards written to JSON and read back into the unsharded result', () => {
    for (const c of cases) {
      const n = c.yTrue.length;
      const cuts = [0, Math.floor(n / 5), Math.floor(n / 2), Math.floor((4 * n) / 5), n];
      const merged = cuts.slice(0, -1).reduce((acc, from, i) => {
        const shard = new RegressionAccumulator();
        shard.add({ yTrue: c.yTrue.slice(from, cuts[i + 1]), yPred: c.yPred.slice(from, cuts[i + 1]) });
        const json = JSON.stringify(shard.toJSON());
        expect(JSON.stringify(RegressionAccumulator.fromJSON(JSON.parse(json)).toJSON())).toBe(json);
        return acc.merge(RegressionAccumulator.fromJSON(JSON.parse(json)));
      }, new RegressionAccumulator());
      expectClose(merged.result(), regressInBatches(c, n).result(), 1e-12);
    }
  });

  it('keeps R² at 1e-9 relative where a one-pass variance would lose every digit', () => {
    const c = cases.find((x) => x.name === 'large offset, small noise')!;
    expectClose(regressInBatches(c, 1).result().r2, expected.get(c.name)!.r2);
  });
});
