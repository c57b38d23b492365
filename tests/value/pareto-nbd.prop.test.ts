import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
} from '../../src/value/pareto-nbd.js';
import { paretoNbdNll, prepareParetoNbd } from '../../src/value/pareto-nbd-kernel.js';

const param = fc.double({ min: 0.05, max: 50, noNaN: true });
const params = fc.record({ r: param, alpha: param, s: param, beta: param });
const customer = fc
  .tuple(fc.integer({ min: 0, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 2000, noNaN: true }))
  .map(([x, f, T]) => ({ frequency: x, recency: x === 0 ? 0 : f * T, T }));

describe('Pareto/NBD properties', () => {
  it('P(alive) is in [0, 1]', () => {
    fc.assert(
      fc.property(params, customer, (p, c) => {
        const a = paretoNbdProbabilityAlive(p, c);
        expect(a >= 0 && a <= 1).toBe(true);
      }),
    );
  });

  it('P(alive) does not decrease with a later last purchase (same x, T)', () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 500 }), fc.double({ min: 1, max: 500, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (p, x, T, f1, f2) => {
        const [lo, hi] = f1 < f2 ? [f1, f2] : [f2, f1];
        const a = paretoNbdProbabilityAlive(p, { frequency: x, recency: lo * T, T });
        const b = paretoNbdProbabilityAlive(p, { frequency: x, recency: hi * T, T });
        expect(b).toBeGreaterThanOrEqual(a - 1e-12);
      }),
    );
  });

  it('expected purchases are ≥ 0 and non-decreasing in t, new and existing customers', () => {
    fc.assert(
      fc.property(params, customer, fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (p, c, t1, t2) => {
        const [a, b] = t1 < t2 ? [t1, t2] : [t2, t1];
        const ea = paretoNbdExpectedPurchases(p, a);
        const eb = paretoNbdExpectedPurchases(p, b);
        expect(ea).toBeGreaterThanOrEqual(0);
        expect(eb).toBeGreaterThanOrEqual(ea * (1 - 1e-14));
        const ca = paretoNbdConditionalExpectedPurchases(p, a, c);
        const cb = paretoNbdConditionalExpectedPurchases(p, b, c);
        expect(ca).toBeGreaterThanOrEqual(0);
        expect(cb).toBeGreaterThanOrEqual(ca * (1 - 1e-14));
      }),
    );
  });

  it('P(X(t) = n) is a probability, and the first terms never sum above 1', () => {
    fc.assert(
      fc.property(params, fc.double({ min: 0, max: 100, noNaN: true }), (p, t) => {
        let sum = 0;
        for (let n = 0; n < 20; n++) {
          const v = paretoNbdProbabilityOfPurchases(p, t, n);
          expect(v >= 0 && v <= 1).toBe(true);
          sum += v;
        }
        expect(sum).toBeLessThanOrEqual(1 + 1e-9);
      }),
      { numRuns: 50 },
    );
  });

  it('the likelihood of grouped rows (weights) equals the ungrouped one', () => {
    fc.assert(
      fc.property(params, fc.array(fc.tuple(customer, fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 8 }), (p, rows) => {
        const lp = Float64Array.from([p.r, p.alpha, p.s, p.beta], Math.log);
        const grouped = prepareParetoNbd(
          Float64Array.from(rows, ([c]) => c.frequency),
          Float64Array.from(rows, ([c]) => c.recency),
          Float64Array.from(rows, ([c]) => c.T),
          Float64Array.from(rows, ([, w]) => w),
        );
        const flat = rows.flatMap(([c, w]) => Array.from({ length: w }, () => c));
        const ungrouped = prepareParetoNbd(
          Float64Array.from(flat, (c) => c.frequency),
          Float64Array.from(flat, (c) => c.recency),
          Float64Array.from(flat, (c) => c.T),
          new Float64Array(flat.length).fill(1),
        );
        const a = paretoNbdNll(lp, grouped, null);
        const b = paretoNbdNll(lp, ungrouped, null);
        if (Number.isNaN(a)) expect(Number.isNaN(b)).toBe(true);
        else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
      }),
    );
  });
});
