/**
 * Properties of BG/BB: bounds, monotonicity, grouping invariance of the fit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bgBbConditionalExpectedPurchases,
  bgBbExpectedPurchases,
  bgBbProbabilityAlive,
  bgBbProbabilityOfPurchases,
  fitBgBb,
} from '../../src/value/bg-bb.js';

const positive = (lo: number, hi: number): fc.Arbitrary<number> => fc.double({ min: lo, max: hi, noNaN: true });
const params = fc.record({ alpha: positive(0.05, 20), beta: positive(0.05, 20), gamma: positive(0.05, 20), delta: positive(0.05, 20) });
/** A pattern: 0 ≤ x ≤ t_x ≤ n, t_x = 0 when x = 0. */
const pattern = fc
  .record({ n: fc.integer({ min: 0, max: 300 }), u: positive(0, 1), v: positive(0, 1) })
  .map(({ n, u, v }) => {
    const tx = Math.floor(u * n);
    const x = tx === 0 ? 0 : 1 + Math.floor(v * (tx - 1));
    return { frequency: x, recency: tx, periods: n };
  });

describe('BG/BB properties', () => {
  it('P(alive) is in [0, 1]', () => {
    fc.assert(fc.property(params, pattern, (p, c) => {
      const a = bgBbProbabilityAlive(p, c);
      return a >= 0 && a <= 1;
    }));
  });

  it('expected purchases are finite, ≥ 0 and non-decreasing in the number of opportunities', () => {
    fc.assert(
      fc.property(params, pattern, fc.integer({ min: 0, max: 200 }), (p, c, t) => {
        const e0 = bgBbExpectedPurchases(p, t);
        const e1 = bgBbExpectedPurchases(p, t + 1);
        const c0 = bgBbConditionalExpectedPurchases(p, t, c);
        const c1 = bgBbConditionalExpectedPurchases(p, t + 1, c);
        return Number.isFinite(e1 + c1) && e0 >= 0 && c0 >= 0 && e1 >= e0 - 1e-12 && c1 >= c0 - 1e-12;
      }),
    );
  });

  it('P(X(t) = k) sums to 1', () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 0, max: 40 }), (p, t) => {
        let s = 0;
        for (let k = 0; k <= t; k++) s += bgBbProbabilityOfPurchases(p, t, k);
        return Math.abs(s - 1) < 1e-9;
      }),
    );
  });

  it('grouped patterns (weights) fit exactly as the repeated rows', () => {
    fc.assert(
      fc.property(fc.array(pattern.filter((c) => c.periods >= 1 && c.periods <= 40), { minLength: 3, maxLength: 6 }), fc.integer({ min: 2, max: 3 }), (cs, k) => {
        const a = fitBgBb(cs.flatMap((c) => Array.from({ length: k }, () => c)), { penalizer: 0.01 });
        const b = fitBgBb(cs.map((c) => ({ ...c, weight: k })), { penalizer: 0.01 });
        expect(b.logLikelihood).toBeCloseTo(a.logLikelihood, 6);
        expect(b.n).toBe(a.n);
      }),
      { numRuns: 10 },
    );
  });
});
