/**
 * Survey weights: results depend only on weight ratios, and weights outside 1e−100..1e100 are refused with a clear
 * error (near 1e±200 the effective sample size became 0/0 and intervals NaN).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, csat, nps } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

describe('survey weights', () => {
  it('a common factor from 1e-50 to 1e50 leaves nps, csat and ces unchanged (relative 1e-12)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0.1, max: 10, noNaN: true })), { minLength: 2, maxLength: 60 }),
        fc.integer({ min: -50, max: 50 }),
        (rows, k) => {
          const scores = rows.map((r) => r[0]);
          const w = rows.map((r) => r[1]);
          const ws = w.map((v) => v * 10 ** k);
          const a = nps(scores, { weights: w });
          const b = nps(scores, { weights: ws });
          expect(Math.abs((b.score ?? 0) - (a.score ?? 0))).toBeLessThan(1e-9);
          expect(Math.abs(b.effectiveN - a.effectiveN)).toBeLessThanOrEqual(1e-12 * a.effectiveN);
          const five = scores.map((s) => 1 + (s % 5));
          expect(Math.abs(csat(five, { weights: ws }).score! - csat(five, { weights: w }).score!)).toBeLessThan(1e-9);
          const seven = scores.map((s) => 1 + (s % 7));
          expect(Math.abs(ces(seven, { weights: ws, direction: 'higher-is-easier' }).mean! - ces(seven, { weights: w, direction: 'higher-is-easier' }).mean!)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('weights outside 1e-100..1e100 are INVALID_WEIGHT at their index; 0 stays allowed', () => {
    expect(errorOf(() => nps([10, 0, 9], { weights: [1e-200, 1e-200, 1e-200] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 0] });
    expect(errorOf(() => csat([5, 1], { weights: [1, 1e200] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 1] });
    expect(nps([10, 0, 9], { weights: [0, 1, 1] }).score).toBe(0);
  });
});
