/**
 * Properties of BG/NBD and MBG/NBD: bounds, monotonicity, stability for extreme customers, grouping invariance, and
 * recovery of the parameters from simulated data (simulateBgNbd).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
  fitBgNbd,
} from '../../src/value/bg-nbd.js';
import {
  mbgNbdConditionalExpectedPurchases,
  mbgNbdExpectedPurchases,
  mbgNbdLogLikelihood,
  mbgNbdProbabilityAlive,
  mbgNbdProbabilityOfPurchases,
} from '../../src/value/mbg-nbd.js';
import { simulateBgNbd } from '../../src/value/simulate.js';

const positive = (lo: number, hi: number): fc.Arbitrary<number> => fc.double({ min: lo, max: hi, noNaN: true });
const params = fc.record({ r: positive(0.01, 20), alpha: positive(0.01, 100), a: positive(0.02, 20), b: positive(0.02, 20) });
/** A customer: x, and 0 ≤ t_x ≤ T (t_x = 0 when x = 0), up to heavy buyers x = 1e4, T = 1e4. */
const customer = fc
  .record({ x: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10_000 })), T: positive(0, 10_000), u: positive(0, 1) })
  .map(({ x, T, u }) => ({ frequency: x, recency: x === 0 ? 0 : u * T, T }));

const models = [
  {
    name: 'BG/NBD',
    e: bgNbdExpectedPurchases,
    cond: bgNbdConditionalExpectedPurchases,
    alive: bgNbdProbabilityAlive,
    pmf: bgNbdProbabilityOfPurchases,
    ll: bgNbdLogLikelihood,
  },
  {
    name: 'MBG/NBD',
    e: mbgNbdExpectedPurchases,
    cond: mbgNbdConditionalExpectedPurchases,
    alive: mbgNbdProbabilityAlive,
    pmf: mbgNbdProbabilityOfPurchases,
    ll: mbgNbdLogLikelihood,
  },
];

describe.each(models)('$name properties', (m) => {
  it('P(alive) is in [0, 1] and finite for any customer, heavy buyers included', () => {
    fc.assert(
      fc.property(params, customer, (p, c) => {
        const v = m.alive(p, c);
        return v >= 0 && v <= 1;
      }),
    );
  });

  it('E[X(t)] is finite, ≥ 0 and non-decreasing in t', () => {
    fc.assert(
      fc.property(params, positive(0, 500), positive(0, 500), (p, t1, t2) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const a = m.e(p, lo);
        const b = m.e(p, hi);
        return Number.isFinite(b) && a >= 0 && b >= a - 1e-9 * Math.max(1, b);
      }),
    );
  });

  it('E[Y(t) | x, t_x, T] is finite, ≥ 0 and non-decreasing in t', () => {
    fc.assert(
      fc.property(params, customer, positive(0, 200), positive(0, 200), (p, c, t1, t2) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const a = m.cond(p, lo, c);
        const b = m.cond(p, hi, c);
        return Number.isFinite(b) && a >= 0 && b >= a - 1e-9 * Math.max(1, b);
      }),
      { numRuns: 60 },
    );
  });

  it('P(X(t) = n) is in [0, 1] and sums to at most 1', () => {
    fc.assert(
      fc.property(params, positive(0, 100), (p, t) => {
        let s = 0;
        for (let n = 0; n <= 40; n++) {
          const q = m.pmf(p, t, n);
          if (!(q >= 0 && q <= 1)) return false;
          s += q;
        }
        return s <= 1 + 1e-9;
      }),
      { numRuns: 40 },
    );
  });

  it('the log-likelihood is finite, and grouping rows (weights) does not change it', () => {
    fc.assert(
      fc.property(params, fc.array(customer, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (p, cs, k) => {
        const repeated = cs.flatMap((c) => Array.from({ length: k }, () => c));
        const weighted = cs.map((c) => ({ ...c, weight: k }));
        const a = m.ll(p, repeated);
        const b = m.ll(p, weighted);
        return Number.isFinite(a) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
      }),
    );
  });
});

describe('simulate then fit', () => {
  it('recovers BG/NBD parameters from 20,000 simulated customers (within 4 standard errors)', () => {
    const truth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const T = Array.from({ length: 20_000 }, (_, i) => 27 + (i % 12));
        const sim = simulateBgNbd(truth, { customers: 20_000, T, seed, timeUnit: 'week' });
        const m = fitBgNbd(sim);
        expect(m.converged).toBe(true);
        expect(m.timeUnit).toBe('week');
        for (const k of ['r', 'alpha', 'a', 'b'] as const) {
          expect(Math.abs(m.params[k] - truth[k])).toBeLessThan(4 * m.standardErrors![k]);
        }
      }),
      { numRuns: 3 },
    );
  });
});
