/**
 * core/stats at the edges of the double range and with large common offsets (cases found by probing extreme
 * inputs). Exact expectations are worked out by hand; invariances are checked as properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlation, covariance, mean, sum, variance, weightedMoments } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

describe('sum and mean near the largest doubles', () => {
  it('sum throws NON_FINITE (path values) when the total overflows, never NaN', () => {
    expect(errorOf(() => sum([1e308, 1e308]))).toEqual({ code: 'NON_FINITE', path: ['values'] });
  });
  it('mean falls back to a running mean that cannot overflow', () => {
    expect(mean([1e308, 1e308, -1e308])! / (1e308 / 3) - 1).toBeLessThan(1e-15);
    expect(mean([1.7e308, 1.7e308, -1.7e308, -1.7e308])).toBe(0);
    expect(errorOf(() => mean([1, Number.NaN]))).toEqual({ code: 'NON_FINITE', path: ['values', 1] });
  });
});

describe('variance, covariance and correlation with a large common offset', () => {
  const ints = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 200 });
  it('variance(y + c) = variance(y) for integer data and offsets up to 1e15 (relative 1e-12)', () => {
    fc.assert(
      fc.property(ints, fc.integer({ min: -1e15, max: 1e15 }), (y, c) => {
        const v = variance(y)!;
        const w = variance(y.map((t) => t + c))!;
        expect(Math.abs(w - v)).toBeLessThanOrEqual(1e-12 * Math.max(v, 1e-300));
      }),
    );
  });
  it('covariance and correlation ignore a common offset too', () => {
    fc.assert(
      fc.property(ints, fc.integer({ min: -1e15, max: 1e15 }), (y, c) => {
        const x = y.map((t, i) => t * 3 + (i % 5));
        const r = correlation(x, y);
        const shifted = correlation(
          x.map((t) => t + c),
          y.map((t) => t - c),
        );
        if (r === null) expect(shifted).toBeNull();
        else expect(Math.abs(shifted! - r)).toBeLessThan(1e-12);
        expect(Math.abs(covariance(x.map((t) => t + c), y)! - covariance(x, y)!)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(covariance(x, y)!), 1));
      }),
    );
  });
});

describe('correlation does not depend on the scale of x or y, down to 1e-300 and up to 1e300', () => {
  it('r(x·10^k, y) = r(x, y)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })), { minLength: 3, maxLength: 50 }),
        fc.integer({ min: -300, max: 300 }),
        (pairs, k) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          const r = correlation(x, y);
          const scaled = correlation(
            x.map((t) => t * 10 ** k),
            y,
          );
          if (r === null) return;
          // Values that underflow to subnormals lose digits: compare where x·10^k stays normal.
          fc.pre(x.every((t) => t === 0 || Math.abs(t * 10 ** k) > 1e-290));
          expect(scaled).not.toBeNull();
          expect(Math.abs(scaled! - r)).toBeLessThan(1e-9);
        },
      ),
    );
  });
  it('covariance that overflows is an error, not Infinity', () => {
    expect(errorOf(() => covariance([1e200, -1e200], [1e200, -1e200]))).toEqual({ code: 'NON_FINITE', path: ['x'] });
  });
});

describe('weightedMoments weights', () => {
  it('depend only on their ratios (factors 1e-50..1e50), and outside 1e-100..1e100 are INVALID_WEIGHT (effectiveN was NaN)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true })), { minLength: 2, maxLength: 50 }), fc.integer({ min: -50, max: 50 }), (rows, k) => {
        const v = rows.map((r) => r[0]);
        const w = rows.map((r) => r[1]);
        const a = weightedMoments(v, w);
        const b = weightedMoments(
          v,
          w.map((t) => t * 10 ** k),
        );
        expect(Math.abs(b.effectiveN - a.effectiveN)).toBeLessThanOrEqual(1e-12 * a.effectiveN);
        expect(Math.abs(b.mean! - a.mean!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a.mean!)));
      }),
    );
    expect(errorOf(() => weightedMoments([1, 2], [1e200, 1e200]))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 0] });
    expect(errorOf(() => weightedMoments([1, 2], [1, '5' as unknown as number]))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 1] });
    expect(weightedMoments([1, 2], [0, 1]).mean).toBe(2);
  });
});
