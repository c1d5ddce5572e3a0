import { describe, expect, it } from 'vitest';
import { hellinger, jensenShannonDistance, klDiv, psi } from '../../../src/drift/stats/divergences.js';
import { erfc, normalCdf, normalSf } from '../../../src/drift/stats/normal.js';
import { wassersteinDistance } from '../../../src/drift/stats/wasserstein.js';
import { zTestTwoProportions } from '../../../src/drift/stats/z-test.js';
import { expectClose, normal, rng, sample, scipy } from './oracle.js';

function distribution(r: () => number, k: number, zeros: boolean): number[] {
  const raw: number[] = Array.from({ length: k }, (_, i) => (zeros && i % 4 === 1 ? 0 : r() ** 2));
  if (!raw.some((v) => v > 0)) raw[0] = 1;
  const sum = raw.reduce((s, v) => s + v, 0);
  return raw.map((v) => v / sum);
}

describe('distances match scipy / Evidently', () => {
  it('wassersteinDistance = scipy.stats.wasserstein_distance, with ties and unequal sizes', async () => {
    const r = rng(11);
    const cases = [
      { a: sample(1, () => 0), b: sample(1, () => 1) },
      { a: sample(100, () => normal(r)), b: sample(37, () => normal(r) + 0.5) },
      { a: sample(500, () => Math.floor(r() * 5)), b: sample(300, () => Math.floor(r() * 6)) },
      { a: sample(2000, () => r()), b: sample(3000, () => r() ** 2) },
    ];
    const want = await scipy({ wasserstein: cases });
    cases.forEach((c, i) => expectClose(wassersteinDistance(c.a, c.b), want.wasserstein![i], `wasserstein ${i}`));
  });

  it('JS distance, PSI, KL and Hellinger on random distributions with empty bins', async () => {
    const r = rng(12);
    const pairs: [number[], number[]][] = [];
    for (const k of [2, 3, 5, 10, 30, 50]) {
      pairs.push([distribution(r, k, false), distribution(r, k, false)]);
      pairs.push([distribution(r, k, true), distribution(r, k, false)]);
      pairs.push([distribution(r, k, false), distribution(r, k, true)]);
    }
    const identical = distribution(r, 8, true);
    pairs.push([identical, identical.slice()]);
    pairs.push([[1e-6, 1 - 1e-6, 0], [0.5, 0, 0.5]]);
    const js = pairs.map(([p, q], i) => ({ p, q, base: i % 2 ? 2 : null }));
    const want = await scipy({ jensenshannon: js, psi: pairs, kl_div: pairs, hellinger: pairs });
    pairs.forEach(([p, q], i) => {
      expectClose(jensenShannonDistance(p, q, i % 2 ? 2 : undefined), want.jensenshannon![i], `js ${i}`);
      expectClose(psi(p, q), want.psi![i], `psi ${i}`);
      expectClose(klDiv(p, q), want.kl_div![i], `kl ${i}`);
      expectClose(hellinger(p, q), want.hellinger![i], `hellinger ${i}`);
    });
  });

  it('normalSf/normalCdf/erfc = scipy.stats.norm.sf/cdf, scipy.special.erfc', async () => {
    const xs = [-40, -10, -8.5, -5, -2, -1, -0.5, -1e-3, 0, 1e-3, 0.3, 0.7071, 1, 1.5, 2, 3, 5, 8, 8.5, 10, 20, 37, 38.5];
    const want = await scipy({ norm_sf: xs, norm_cdf: xs, erfc: xs });
    xs.forEach((x, i) => {
      expectClose(normalSf(x), want.norm_sf![i], `norm.sf(${x})`, 1e-13);
      expectClose(normalCdf(x), want.norm_cdf![i], `norm.cdf(${x})`, 1e-13);
      expectClose(erfc(x), want.erfc![i], `erfc(${x})`, 1e-13);
    });
  });

  it("zTestTwoProportions = Evidently's z stattest", async () => {
    const cases: [number, number, number, number][] = [
      [10, 100, 20, 100],
      [500, 1000, 510, 1000],
      [1, 30, 29, 30],
      [3000, 10000, 200, 1000],
      [0, 50, 50, 50],
    ];
    const want = await scipy({ ztest: cases });
    cases.forEach((c, i) => {
      const got = zTestTwoProportions(...c);
      const w = want.ztest![i] as Record<string, number>;
      expectClose(got.statistic, w.statistic, `z ${i}`);
      expectClose(got.pvalue, w.pvalue, `z p ${i}`);
    });
    expect(zTestTwoProportions(0, 10, 0, 20)).toEqual({ statistic: 0, pvalue: 1 });
  });
});
