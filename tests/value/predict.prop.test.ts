/**
 * Properties of the generic predictions and the diagnostics over every model kind: bounds, monotonicity, agreement
 * with the per-kind functions, and the tracking chart's additivity over customers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BgBbModel } from '../../src/value/bg-bb.js';
import type { BgNbdModel } from '../../src/value/bg-nbd.js';
import { expectedCumulativeTransactions, holdoutComparison } from '../../src/value/diagnostics.js';
import type { MbgNbdModel } from '../../src/value/mbg-nbd.js';
import type { ParetoNbdModel } from '../../src/value/pareto-nbd.js';
import { conditionalExpectedPurchases, expectedPurchases, probabilityAlive, probabilityOfPurchases, type PurchaseModel } from '../../src/value/predict.js';

const base = { logLikelihood: 0, standardErrors: null, intervals: null, converged: true, message: '', iterations: 0, n: 1, penalizer: 0, timeUnit: 'week' as const };
const pos = (lo: number, hi: number): fc.Arbitrary<number> => fc.double({ min: lo, max: hi, noNaN: true });
const continuous: fc.Arbitrary<PurchaseModel> = fc.oneof(
  fc.record({ r: pos(0.05, 5), alpha: pos(0.5, 50), a: pos(0.1, 5), b: pos(0.1, 5) }).map((params): BgNbdModel => ({ ...base, kind: 'bg-nbd', params })),
  fc.record({ r: pos(0.05, 5), alpha: pos(0.5, 50), a: pos(0.1, 5), b: pos(0.1, 5) }).map((params): MbgNbdModel => ({ ...base, kind: 'mbg-nbd', params })),
  fc.record({ r: pos(0.05, 5), alpha: pos(0.5, 50), s: pos(0.1, 5), beta: pos(0.5, 50) }).map((params): ParetoNbdModel => ({ ...base, kind: 'pareto-nbd', params })),
);
const bgbb = fc.record({ alpha: pos(0.1, 5), beta: pos(0.1, 5), gamma: pos(0.1, 5), delta: pos(0.1, 5) }).map((params): BgBbModel => ({ ...base, timeUnit: null, kind: 'bg-bb', params }));
const customer = fc
  .record({ x: fc.integer({ min: 0, max: 50 }), T: pos(0, 100), u: pos(0, 1) })
  .map(({ x, T, u }) => ({ frequency: x, recency: x === 0 ? 0 : u * T, T }));

describe('generic predictions', () => {
  it('continuous kinds: P(alive) ∈ [0, 1]; E[X(t)], E[Y(t)] ≥ 0 and non-decreasing in t; P(X(t) = n) ∈ [0, 1]', () => {
    fc.assert(
      fc.property(continuous, customer, pos(0, 100), pos(0, 100), fc.integer({ min: 0, max: 20 }), (m, c, t1, t2, n) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const alive = probabilityAlive(m, c);
        const q = probabilityOfPurchases(m, hi, n);
        const e0 = expectedPurchases(m, lo);
        const e1 = expectedPurchases(m, hi);
        const c0 = conditionalExpectedPurchases(m, lo, c);
        const c1 = conditionalExpectedPurchases(m, hi, c);
        const tol = 1e-9 * Math.max(1, e1, c1);
        return alive >= 0 && alive <= 1 && q >= 0 && q <= 1 && e0 >= 0 && e1 >= e0 - tol && c0 >= 0 && c1 >= c0 - tol;
      }),
      { numRuns: 80 },
    );
  });

  it('BG/BB: the same bounds with integer opportunities', () => {
    fc.assert(
      fc.property(bgbb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (m, t, n) => {
        const c = { frequency: Math.min(n, t), recency: Math.min(n, t), periods: t };
        const alive = probabilityAlive(m, c);
        return alive >= 0 && alive <= 1 && expectedPurchases(m, t + 1) >= expectedPurchases(m, t) && probabilityOfPurchases(m, t, n) <= 1;
      }),
    );
  });
});

describe('diagnostics', () => {
  it('the tracking chart is additive over customers and non-decreasing in time', () => {
    fc.assert(
      fc.property(continuous, fc.array(pos(0, 20), { minLength: 1, maxLength: 5 }), fc.array(pos(0, 20), { minLength: 1, maxLength: 5 }), (m, s1, s2) => {
        const a = expectedCumulativeTransactions(m, s1, 20);
        const b = expectedCumulativeTransactions(m, s2, 20);
        const ab = expectedCumulativeTransactions(m, [...s1, ...s2], 20);
        ab.expected.forEach((v, k) => {
          expect(v).toBeCloseTo(a.expected[k]! + b.expected[k]!, 9);
          if (k > 0) expect(v).toBeGreaterThanOrEqual(ab.expected[k - 1]! - 1e-12);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('holdout buckets add up to the totals', () => {
    fc.assert(
      fc.property(continuous, fc.array(customer.map((c) => ({ ...c, holdoutFrequency: c.frequency % 3 })), { maxLength: 30 }), (m, customers) => {
        const cmp = holdoutComparison(m, { timeUnit: 'week', calibrationEnd: '2024-01-01', observationEnd: '2024-03-01', customers });
        let n = 0;
        let act = 0;
        let pred = 0;
        for (const b of cmp.buckets) {
          n += b.customers;
          act += b.actual * b.customers;
          pred += b.predicted * b.customers;
        }
        expect(n).toBe(customers.length);
        expect(act).toBeCloseTo(cmp.total.actual, 9);
        expect(pred).toBeCloseTo(cmp.total.predicted, 9);
      }),
      { numRuns: 30 },
    );
  });
});
