// The summary of a large numerical column: a function of the values alone (any order, any split
// into shards gives the same grid and counts), and the Wasserstein distance on it within the bound
// the report prints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wassersteinDistance } from '../../../src/drift/stats/index.js';
import { BINS, mergeSketch, newSketch, sketchBinWidth, sketchFromJSON, sketchOf, sketchToJSON, sketchWasserstein, widthFor, type NumericSketch } from '../../../src/drift/sketch.js';

const grid = (s: NumericSketch) => ({ w: s.w, json: sketchToJSON(s).bins, distinct: s.distinct && [...s.distinct].sort((a, b) => a[0] - b[0]), count: s.count, lo: s.lo, hi: s.hi });

const values = fc.oneof(
  fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 }),
  fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 400 }),
  // A large offset with a small spread (timestamps), and tiny magnitudes.
  fc.array(fc.double({ min: 1.7e9, max: 1.7e9 + 1000, noNaN: true }), { minLength: 1, maxLength: 200 }),
  fc.array(fc.double({ min: -1e-300, max: 1e-300, noNaN: true }), { minLength: 1, maxLength: 200 }),
);

describe('widthFor', () => {
  it('is the smallest power of two whose window of BINS bins holds [lo, hi]', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e300, max: 1e300, noNaN: true }), fc.double({ min: -1e300, max: 1e300, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const w = widthFor(lo, hi);
        expect(Number.isInteger(Math.log2(w))).toBe(true);
        expect(Math.floor(hi / w) - Math.floor(lo / w)).toBeLessThan(BINS);
        // Half as wide no longer fits, or would lose exactness near the largest value.
        const half = w / 2;
        const tooFine = Math.max(Math.abs(lo), Math.abs(hi)) / half >= 2 ** 53;
        expect(Math.floor(hi / half) - Math.floor(lo / half) >= BINS || tooFine).toBe(true);
      }),
    );
  });
});

describe('NumericSketch', () => {
  it('is the same whatever order the values come in', () => {
    fc.assert(
      fc.property(values, fc.integer(), (xs, seed) => {
        const shuffled = [...xs].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        expect(grid(sketchOf(shuffled))).toEqual(grid(sketchOf(xs)));
      }),
    );
  });

  it('merged from shards equals the sketch of all the values (mean and variance to rounding)', () => {
    fc.assert(
      fc.property(values, fc.array(fc.nat(), { maxLength: 4 }), (xs, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (xs.length + 1)))].sort((a, b) => a - b);
        const parts = [0, ...at, xs.length].slice(1).map((end, i, ends) => xs.slice(i ? ends[i - 1] : 0, end));
        const merged = newSketch();
        for (const p of parts) mergeSketch(merged, sketchFromJSON(JSON.parse(JSON.stringify(sketchToJSON(sketchOf(p))))));
        const whole = sketchOf(xs);
        expect(grid(merged)).toEqual(grid(whole));
        // Welford one value at a time vs Chan's merge: both round, differently (large offsets with a
        // small spread, like timestamps, lose the most).
        expect(Math.abs(merged.mean - whole.mean)).toBeLessThanOrEqual(1e-12 * Math.max(1, ...xs.map(Math.abs)));
        expect(Math.abs(merged.m2 - whole.m2)).toBeLessThanOrEqual(1e-6 * Math.max(1, whole.m2));
      }),
    );
  });

  it('gives the Wasserstein distance within one common bin width of the exact one', () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        const [sa, sb] = [sketchOf(a), sketchOf(b)];
        const exact = wassersteinDistance(Float64Array.from(a), Float64Array.from(b));
        // Relative slack for rounding: the bound is one bin width, and both sides are sums of rounded terms.
        expect(Math.abs(sketchWasserstein(sa, sb) - exact)).toBeLessThanOrEqual(sketchBinWidth(sa, sb) * (1 + 1e-8) + 1e-12 * exact);
      }),
    );
  });

  it('keeps the distinct values while there are at most 21', () => {
    const s = sketchOf(Array.from({ length: 1000 }, (_, i) => i % 21));
    expect(s.distinct?.size).toBe(21);
    expect(s.distinct?.get(0)).toBe(48);
    expect(sketchOf(Array.from({ length: 1000 }, (_, i) => i % 22)).distinct).toBeNull();
  });
});
