import { describe, expect, it } from 'vitest';
import { ks2samp } from '../../../src/drift/stats/ks-2samp.js';
import { kolmogn } from '../../../src/drift/stats/kolmogorov-n.js';
import { smirnov } from '../../../src/drift/stats/smirnov.js';
import { expectClose, normal, rng, sample, scipy } from './oracle.js';

interface KsCase {
  label: string;
  a: Float64Array;
  b: Float64Array;
}

function cases(): KsCase[] {
  const r = rng(20240601);
  const out: KsCase[] = [];
  const sizes: [number, number][] = [];
  for (let n = 1; n <= 200; n += 13) sizes.push([n, n]);
  for (let k = 0; k < 30; k++) sizes.push([1 + Math.floor(r() * 200), 1 + Math.floor(r() * 200)]);
  sizes.push([1, 1], [1, 2], [2, 1], [200, 199], [100, 50], [150, 7]);
  for (const [n, m] of sizes) {
    const shift = r() < 0.5 ? 0 : r() * 1.5;
    out.push({ label: `normal ${n}x${m} shift ${shift.toFixed(2)}`, a: sample(n, () => normal(r)), b: sample(m, () => normal(r) + shift) });
  }
  for (const [n, m] of [[50, 50], [80, 120], [200, 3], [7, 11]] as const) {
    out.push({ label: `ties 0..3 ${n}x${m}`, a: sample(n, () => Math.floor(r() * 4)), b: sample(m, () => Math.floor(r() * 4)) });
  }
  const same = sample(60, () => normal(r));
  out.push({ label: 'identical', a: same, b: Float64Array.from(same) });
  out.push({ label: 'disjoint equal', a: sample(40, () => r()), b: sample(40, () => 5 + r()) });
  out.push({ label: 'disjoint unequal', a: sample(40, () => r()), b: sample(170, () => 5 + r()) });
  out.push({ label: 'p near 1', a: sample(150, () => normal(r)), b: sample(160, () => normal(r)) });
  out.push({ label: 'tiny p', a: sample(190, () => normal(r)), b: sample(180, () => normal(r) + 1.2) });
  // asymptotic path
  out.push({ label: 'asymp 10001x1000', a: sample(10001, () => normal(r)), b: sample(1000, () => normal(r) + 0.05) });
  out.push({ label: 'exact 1000x3000', a: sample(1000, () => normal(r)), b: sample(3000, () => normal(r) + 0.05) });
  out.push({ label: 'asymp 20000x15000', a: sample(20000, () => normal(r)), b: sample(15000, () => normal(r) + 0.02) });
  out.push({ label: 'asymp 20000x15000 same', a: sample(20000, () => normal(r)), b: sample(15000, () => normal(r)) });
  out.push({ label: 'asymp 20000x15000 far', a: sample(20000, () => normal(r)), b: sample(15000, () => normal(r) + 0.1) });
  out.push({ label: 'asymp 12000x60 (small en)', a: sample(12000, () => normal(r)), b: sample(60, () => normal(r) + 0.3) });
  out.push({ label: 'asymp ties 20000x15000', a: sample(20000, () => Math.floor(r() * 4)), b: sample(15000, () => Math.floor(r() * 4)) });
  return out;
}

describe('ks2samp matches scipy.stats.ks_2samp', () => {
  it('statistic, p-value and method over exact, asymptotic, tied and degenerate samples', async () => {
    const all = cases();
    const expected = await scipy({ ks2samp: all.map((c) => ({ a: c.a, b: c.b })) });
    all.forEach((c, i) => {
      const got = ks2samp(c.a, c.b);
      const want = expected.ks2samp![i] as Record<string, number | string>;
      expectClose(got.statistic, want.statistic, `${c.label} statistic`);
      expectClose(got.pvalue, want.pvalue, `${c.label} pvalue`);
      expect(got.method, c.label).toBe(want.method);
    });
  });

  it('kstwo.sf and smirnov over every branch of _kolmogn', async () => {
    const grid: [number, number][] = [];
    for (const n of [1, 2, 3, 5, 10, 50, 139, 140, 141, 500, 750, 2000, 8571, 50000, 100000, 250000]) {
      for (const z of [0.3, 0.5, 0.7, 0.9, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0]) {
        const x = z / Math.sqrt(n);
        if (x < 1) grid.push([n, x]);
      }
      for (const x of [0.6 / n, 0.9 / n, 0.45, 0.5, 0.75, 1 - 1.5 / n]) if (x > 0 && x < 1) grid.push([n, x]);
    }
    // scipy's own smirnov is slow for huge n; kstwo.sf only calls it for n <= 100000 here anyway.
    const smallGrid = grid.filter(([n]) => n <= 100000);
    const expected = await scipy({ kstwo_sf: grid, smirnov: smallGrid });
    grid.forEach(([n, x], i) => expectClose(kolmogn(n, x, false), expected.kstwo_sf![i], `kstwo.sf(${x}, ${n})`));
    smallGrid.forEach(([n, x], i) => expectClose(smirnov(n, x), expected.smirnov![i], `smirnov(${n}, ${x})`));
  });

  it('rejects empty samples', () => {
    expect(() => ks2samp(new Float64Array(0), new Float64Array([1]))).toThrow(/non-empty/);
  });
});
