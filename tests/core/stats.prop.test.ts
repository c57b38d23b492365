import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sum, sumSimple, emptySum, addToSum, mergeSums, sumValue } from '../../src/core/sum.js';
import { mean, variance, sd, extent, min, max, weightedMean, weightedVariance, weightedMoments, covariance, correlation } from '../../src/core/stats.js';
import { quantile, quantiles, median, type QuantileType } from '../../src/core/quantile.js';
import { ranks } from '../../src/core/ranks.js';

// Real data: no subnormals (their arithmetic underflows and makes "exact" identities meaningless).
const finite = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => x === 0 || Math.abs(x) > 1e-100),
);
const arr = fc.array(finite, { minLength: 1, maxLength: 60 });
const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 100, noNaN: true, noDefaultInfinity: true }));
const shuffle = <T>(xs: T[], seed: number): T[] => {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};
const near = (a: number, b: number, rel = 1e-9, abs = 1e-9): boolean => Math.abs(a - b) <= abs + rel * Math.max(Math.abs(a), Math.abs(b));

describe('sum properties', () => {
  it('is invariant under permutation (to rounding) and matches a naive sum of integers exactly', () => {
    fc.assert(
      fc.property(arr, fc.nat(), (xs, seed) => {
        expect(near(sum(xs), sum(shuffle(xs, seed)), 1e-12, 1e-6)).toBe(true);
        const ints = xs.map((x) => Math.round(x));
        expect(sum(ints)).toBe(ints.reduce((a, b) => a + b, 0));
        expect(sum(new Float64Array(xs))).toBe(sum(xs));
      }),
    );
  });
  it('x + (−x) pairs cancel exactly; merging running sums equals the whole sum', () => {
    fc.assert(
      fc.property(arr, fc.nat({ max: 60 }), (xs, cut) => {
        // Exact cancellation up to Neumaier's second-order bound O(n·eps²·Σ|x|).
        const abs = xs.reduce((acc, x) => acc + Math.abs(x), 0);
        expect(Math.abs(sum([...xs, ...xs.map((x) => -x)]))).toBeLessThanOrEqual(1e-28 * abs);
        const a = emptySum();
        const b = emptySum();
        xs.forEach((x, i) => addToSum(i < cut ? a : b, x));
        expect(near(sumValue(mergeSums(a, b)), sum(xs), 1e-12, 1e-6)).toBe(true);
        expect(near(sumSimple(xs), sum(xs), 1e-9, 1e-3)).toBe(true);
      }),
    );
  });
});

describe('moment properties', () => {
  it('mean lies within the extent; shifts move the mean, not the variance', () => {
    fc.assert(
      fc.property(arr, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (xs, c) => {
        const [lo, hi] = extent(xs)!;
        const m = mean(xs)!;
        expect(m).toBeGreaterThanOrEqual(lo - 1e-9 * Math.abs(lo));
        expect(m).toBeLessThanOrEqual(hi + 1e-9 * Math.abs(hi));
        expect(min(xs)).toBe(lo);
        expect(max(xs)).toBe(hi);
        const shifted = xs.map((x) => x + c);
        expect(near(mean(shifted)!, m + c, 1e-9, 1e-6)).toBe(true);
        if (xs.length > 1) {
          const v = variance(xs)!;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(near(variance(shifted)!, v, 1e-6, 1e-3)).toBe(true);
          expect(near(sd(xs)! ** 2, v, 1e-12, 1e-9)).toBe(true);
          expect(near(variance(xs, { population: true })!, (v * (xs.length - 1)) / xs.length, 1e-9, 1e-9)).toBe(true);
        }
      }),
    );
  });
  it('scaling by k scales the variance by k²', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 2, maxLength: 40 }), fc.double({ min: -100, max: 100, noNaN: true }), (xs, k) => {
        expect(near(variance(xs.map((x) => k * x))!, k * k * variance(xs)!, 1e-8, 1e-6)).toBe(true);
      }),
    );
  });
  it('unit weights give the plain mean and variance; scaling weights changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finite, weight), { minLength: 2, maxLength: 40 }), fc.double({ min: 0.01, max: 100, noNaN: true }), (pairs, k) => {
        const xs = pairs.map((p) => p[0]);
        const ws = pairs.map((p) => p[1]);
        const ones = xs.map(() => 1);
        expect(near(weightedMean(xs, ones)!, mean(xs)!, 1e-9, 1e-6)).toBe(true);
        expect(near(weightedVariance(xs, ones)!, variance(xs)!, 1e-7, 1e-4)).toBe(true);
        const m1 = weightedMoments(xs, ws);
        const m2 = weightedMoments(xs, ws.map((w) => w * k));
        if (m1.mean === null) expect(m2.mean).toBeNull();
        else {
          expect(near(m2.mean!, m1.mean, 1e-9, 1e-6)).toBe(true);
          expect(near(m2.effectiveN, m1.effectiveN, 1e-9, 1e-9)).toBe(true);
          expect(m1.effectiveN).toBeLessThanOrEqual(xs.length + 1e-9);
        }
      }),
    );
  });
  it('integer weights equal repeating the values', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finite, fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 20 }), (pairs) => {
        const rep = pairs.flatMap(([x, w]) => Array<number>(w).fill(x));
        const m = weightedMean(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
        if (rep.length === 0) expect(m).toBeNull();
        else {
          expect(near(m!, mean(rep)!, 1e-9, 1e-6)).toBe(true);
          const vp = weightedVariance(pairs.map((p) => p[0]), pairs.map((p) => p[1]), { population: true })!;
          expect(near(vp, variance(rep, { population: true })!, 1e-6, 1e-3)).toBe(true);
        }
      }),
    );
  });
  it('correlation is in [−1, 1], symmetric, and invariant to positive affine maps', () => {
    fc.assert(
      fc.property(
        // Integer data and an affine map that loses no precision, so the invariance is exact up to rounding.
        fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), { minLength: 2, maxLength: 40 }),
        fc.constantFrom(0.5, 2, 3, 10),
        fc.integer({ min: -100, max: 100 }),
        (pairs, a, b) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          for (const method of ['pearson', 'spearman'] as const) {
            const r = correlation(x, y, { method });
            if (r === null) continue;
            expect(Math.abs(r)).toBeLessThanOrEqual(1);
            expect(near(correlation(y, x, { method })!, r, 1e-9, 1e-9)).toBe(true);
            const r2 = correlation(x.map((v) => a * v + b), y, { method });
            if (r2 !== null) expect(near(r2, r, 1e-6, 1e-6)).toBe(true);
          }
          const c = covariance(x, y)!;
          expect(near(covariance(y, x)!, c, 1e-12, 1e-9)).toBe(true);
        },
      ),
    );
  });
});

describe('quantile and rank properties', () => {
  const type = fc.integer({ min: 1, max: 9 }).map((t) => t as QuantileType);
  const p = fc.double({ min: 0, max: 1, noNaN: true });
  it('lies within the extent, is monotone in p, ignores order', () => {
    fc.assert(
      fc.property(arr, type, p, p, fc.nat(), (xs, t, p1, p2, seed) => {
        const [lo, hi] = extent(xs)!;
        const [a, b] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const qa = quantile(xs, a, { type: t })!;
        const qb = quantile(xs, b, { type: t })!;
        expect(qa).toBeGreaterThanOrEqual(lo);
        expect(qb).toBeLessThanOrEqual(hi);
        expect(qa).toBeLessThanOrEqual(qb + 1e-9 * Math.max(1, Math.abs(qb)));
        expect(quantile(shuffle(xs, seed), a, { type: t })).toBe(qa);
        expect(quantile(xs, 0, { type: t })).toBe(lo);
        if (t >= 4 || t === 2) expect(quantile(xs, 1, { type: t })).toBe(hi);
        expect(quantiles(xs, [a, b], { type: t })).toEqual([qa, qb]);
      }),
    );
  });
  it('discontinuous types return data values', () => {
    fc.assert(
      fc.property(arr, fc.constantFrom<QuantileType>(1, 3), p, (xs, t, pr) => {
        expect(xs).toContain(quantile(xs, pr, { type: t }));
      }),
    );
  });
  it('median splits the data', () => {
    fc.assert(
      fc.property(arr, (xs) => {
        const m = median(xs)!;
        expect(xs.filter((x) => x < m).length).toBeLessThanOrEqual(xs.length / 2);
        expect(xs.filter((x) => x > m).length).toBeLessThanOrEqual(xs.length / 2);
      }),
    );
  });
  it('average ranks sum to n(n+1)/2, respect order and are permutation-equivariant', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 50 }), (xs) => {
        const n = xs.length;
        const r = ranks(xs);
        expect(sum(r)).toBeCloseTo((n * (n + 1)) / 2, 9);
        const first = ranks(xs, { ties: 'first' });
        expect([...first].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            if (xs[i]! < xs[j]!) expect(r[i]!).toBeLessThan(r[j]!);
            if (xs[i] === xs[j]) expect(r[i]).toBe(r[j]);
          }
        }
        const mn = ranks(xs, { ties: 'min' });
        const mx = ranks(xs, { ties: 'max' });
        const dense = ranks(xs, { ties: 'dense' });
        for (let i = 0; i < n; i++) {
          expect(mn[i]!).toBeLessThanOrEqual(r[i]!);
          expect(r[i]!).toBeLessThanOrEqual(mx[i]!);
          expect(dense[i]!).toBeLessThanOrEqual(mn[i]!);
        }
      }),
    );
  });
});
