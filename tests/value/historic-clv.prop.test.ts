import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formulaClv, historicClv } from '../../src/value/historic-clv.js';

const cents = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((c) => (c / 100).toFixed(2));
const rate = fc.integer({ min: 0, max: 1000 }).map((k) => (k / 1000).toString());

describe('historic and formula CLV properties', () => {
  it('historic totals do not depend on the order of transactions, and equal the sum of the customers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 1, 2), cents), { maxLength: 40 }), rate, (rows, margin) => {
        const tx = rows.map(([customerId, amount]) => ({ customerId, amount }));
        const a = historicClv(tx, { margin });
        const b = historicClv([...tx].reverse(), { margin });
        expect(a.total.equals(b.total)).toBe(true);
        let sum = a.total.minus(a.total);
        for (const c of a.customers) sum = sum.plus(c.clv);
        expect(sum.equals(a.total)).toBe(true);
      }),
    );
  });

  it('the finite sum increases with the number of periods towards the infinite value (margin ≥ 0, r < 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 999 }), rate, fc.integer({ min: 0, max: 200 }), (m, r, d, n) => {
        const input = { margin: m, retention: (r / 1000).toString(), discountRate: d };
        const a = formulaClv({ ...input, periods: n });
        const b = formulaClv({ ...input, periods: n + 1 });
        const inf = formulaClv(input);
        expect(b.greaterThanOrEqualTo(a)).toBe(true);
        expect(inf.greaterThanOrEqualTo(b.minus('1e-25'))).toBe(true);
      }),
    );
  });

  it('the value does not increase with the discount rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 999 }), rate, rate, (m, r, d1, d2) => {
        const [lo, hi] = Number(d1) < Number(d2) ? [d1, d2] : [d2, d1];
        const retention = (r / 1000).toString();
        expect(formulaClv({ margin: m, retention, discountRate: hi }).lessThanOrEqualTo(formulaClv({ margin: m, retention, discountRate: lo }))).toBe(true);
      }),
    );
  });
});
