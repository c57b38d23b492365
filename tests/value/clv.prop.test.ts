import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerLifetimeValue } from '../../src/value/clv.js';
import type { ParetoNbdModel } from '../../src/value/pareto-nbd.js';

const param = fc.double({ min: 0.05, max: 30, noNaN: true });
const model = fc.record({ r: param, alpha: param, s: param, beta: param }).map((params) => ({ kind: 'pareto-nbd', params, timeUnit: 'week' }) as ParetoNbdModel);
const customer = fc
  .tuple(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 100, noNaN: true }), fc.double({ min: 1, max: 500, noNaN: true }))
  .map(([x, f, T, z]) => ({ frequency: x, recency: x === 0 ? 0 : f * T, T, monetary: z }));
const spendModel = { params: { p: 6.25, q: 3.74, gamma: 15.44 } };

describe('customerLifetimeValue properties', () => {
  it('CLV ≥ 0 and non-increasing in the discount rate', () => {
    fc.assert(
      fc.property(model, fc.array(customer, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.constantFrom('day', 'week', 'month' as const), (m, cs, d1, d2, unit) => {
        const [lo, hi] = d1 < d2 ? [d1, d2] : [d2, d1];
        const horizon = { periods: 6, unit };
        const a = customerLifetimeValue({ model: m, spendModel, customers: cs, horizon, discountRate: lo });
        const b = customerLifetimeValue({ model: m, spendModel, customers: cs, horizon, discountRate: hi });
        for (let j = 0; j < cs.length; j++) {
          expect(a.customers[j]!.clv.isNegative()).toBe(false);
          expect(b.customers[j]!.clv.lessThanOrEqualTo(a.customers[j]!.clv)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a longer horizon never lowers CLV, and the total is the sum of the customers', () => {
    fc.assert(
      fc.property(model, fc.array(customer, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 12 }), (m, cs, n) => {
        const a = customerLifetimeValue({ model: m, spendModel, customers: cs, horizon: { periods: n, unit: 'month' }, discountRate: 0.02 });
        const b = customerLifetimeValue({ model: m, spendModel, customers: cs, horizon: { periods: n + 1, unit: 'month' }, discountRate: 0.02 });
        let sum = a.customers[0]!.clv.minus(a.customers[0]!.clv);
        for (let j = 0; j < cs.length; j++) {
          expect(b.customers[j]!.clv.greaterThanOrEqualTo(a.customers[j]!.clv)).toBe(true);
          sum = sum.plus(a.customers[j]!.clv);
        }
        expect(sum.equals(a.total)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
