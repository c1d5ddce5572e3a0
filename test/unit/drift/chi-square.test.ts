import { describe, expect, it } from 'vitest';
import { chiSquare } from '../../../src/drift/stats/chi-square.js';
import { igam, igamc } from '../../../src/drift/stats/incomplete-gamma.js';
import { expectClose, rng, scipy } from './oracle.js';

describe('chiSquare matches scipy.stats.chisquare', () => {
  it('statistic and p-value for 2..50 categories, including tiny expected counts', async () => {
    const r = rng(7);
    const cases: { observed: number[]; expected: number[] }[] = [];
    for (let k = 2; k <= 50; k += 3) {
      for (const tiny of [false, true]) {
        const observed = Array.from({ length: k }, () => Math.floor(r() * 100));
        observed[0]! += 1;
        const total = observed.reduce((s, v) => s + v, 0);
        const weights = Array.from({ length: k }, (_, i) => (tiny && i % 3 === 0 ? 1e-4 : 0.2 + r()));
        const wsum = weights.reduce((s, v) => s + v, 0);
        cases.push({ observed, expected: weights.map((w) => (w / wsum) * total) });
      }
    }
    cases.push({ observed: [10, 10], expected: [10, 10] }); // p = 1
    cases.push({ observed: [1000, 0, 0], expected: [333, 333, 334] }); // tiny p
    const want = await scipy({ chisquare: cases });
    cases.forEach((c, i) => {
      const got = chiSquare(c.observed, c.expected);
      const w = want.chisquare![i] as Record<string, number>;
      expectClose(got.statistic, w.statistic, `case ${i} statistic`);
      expectClose(got.pvalue, w.pvalue, `case ${i} pvalue`);
    });
  });

  it('refuses totals that disagree, as scipy does', () => {
    expect(() => chiSquare([1, 2], [1, 3])).toThrow(/differ/);
  });
});

describe('igamc/igam match scipy.special.gammaincc/gammainc', () => {
  it('over a grid of a in [0.5, 500] and x in [1e-3, 2000] to 1e-12 relative', async () => {
    const grid: [number, number][] = [];
    const as: number[] = [0.5, 0.75, 1, 1.5, 2, 3.5, 5, 9.5, 15, 19.5, 20.5, 25, 40, 75, 120, 199, 201, 250, 350, 500];
    for (let e = -3; e <= Math.log10(2000) + 1e-9; e += 0.125) {
      const x = Math.min(2000, 10 ** e);
      for (const a of as) grid.push([a, x]);
    }
    for (const a of as) for (const f of [0.8, 0.95, 1, 1.05, 1.2]) grid.push([a, a * f]);
    const want = await scipy({ gammaincc: grid, gammainc: grid });
    grid.forEach(([a, x], i) => {
      expectClose(igamc(a, x), want.gammaincc![i], `gammaincc(${a}, ${x})`, 1e-12);
      expectClose(igam(a, x), want.gammainc![i], `gammainc(${a}, ${x})`, 1e-12);
    });
  });
});
