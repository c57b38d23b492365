/** Properties of churnRate and customerChurn: complements, bookkeeping identities, bounds, order invariance. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { churnRate, customerChurn, type ContractCustomer } from '../../src/retention/churn.js';

describe('churnRate properties', () => {
  it('churn + retention = 1, both in [0, 1]; churn grows with lost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (atStart, f) => {
        const lost = Math.floor(f * atStart);
        const r = churnRate({ atStart, lost });
        expect(r.churn! + r.retention!).toBeCloseTo(1, 15);
        expect(r.churn! >= 0 && r.churn! <= 1 && r.retention! >= 0 && r.retention! <= 1).toBe(true);
        if (lost < atStart) expect(churnRate({ atStart, lost: lost + 1 }).churn!).toBeGreaterThan(r.churn!);
      }),
    );
  });
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
// Starts and ends at midnight or 01:00, so that boundaries coincide with the window's (midnight) edges half the time.
const hour = fc.constantFrom(0, 3_600_000);
const customer = fc
  .tuple(fc.integer({ min: -60, max: 90 }), hour, fc.option(fc.tuple(fc.integer({ min: 0, max: 120 }), hour), { nil: undefined }))
  .map(([s, h, e]) => {
    const start = T0 + s * DAY + h;
    return { start, end: e === undefined ? undefined : Math.max(start, T0 + (s + e[0]) * DAY + e[1]) };
  });
const customers = fc.array(customer, { maxLength: 40 }).map((cs) => cs.map((c, i): ContractCustomer => ({ customerId: i, ...c })));
const window = fc.tuple(fc.integer({ min: -30, max: 60 }), fc.integer({ min: 0, max: 60 })).map(([a, len]) => ({ from: T0 + a * DAY, to: T0 + (a + len) * DAY }));

describe('customerChurn properties', () => {
  it('atEnd = atStart − lost + acquired − acquiredLost; rates complement and lie in [0, 1]; exposure bounded', () => {
    fc.assert(
      fc.property(customers, window, (cs, w) => {
        const r = customerChurn(cs, w);
        expect(r.atEnd).toBe(r.atStart - r.lost + r.acquired - r.acquiredLost);
        expect(r.lost).toBeLessThanOrEqual(r.atStart);
        expect(r.acquiredLost).toBeLessThanOrEqual(r.acquired);
        if (r.atStart === 0) expect([r.churnRate, r.retentionRate]).toEqual([null, null]);
        else {
          expect(r.churnRate! + r.retentionRate!).toBeCloseTo(1, 15);
          expect(r.churnRate! >= 0 && r.churnRate! <= 1).toBe(true);
        }
        const windowDays = ((w.to) - (w.from)) / DAY;
        expect(r.customerDays).toBeGreaterThanOrEqual(0);
        expect(r.customerDays).toBeLessThanOrEqual(cs.length * windowDays + 1e-9);
        if (r.customerDays === 0) expect(r.churnPerCustomerDay).toBeNull();
      }),
    );
  });

  it('matches a direct count of who is active at from and at to', () => {
    fc.assert(
      fc.property(customers, window, (cs, w) => {
        const activeAt = (c: ContractCustomer, t: number): boolean => (c.start as number) <= t && t < ((c.end as number | undefined) ?? Infinity);
        const r = customerChurn(cs, w);
        expect(r.atStart).toBe(cs.filter((c) => activeAt(c, w.from)).length);
        expect(r.atEnd).toBe(cs.filter((c) => activeAt(c, w.to)).length);
        expect(r.lost).toBe(cs.filter((c) => activeAt(c, w.from) && !activeAt(c, w.to)).length);
      }),
    );
  });

  it('does not depend on the order of the customers', () => {
    fc.assert(
      fc.property(customers, window, (cs, w) => {
        expect(customerChurn([...cs].reverse(), w)).toEqual(customerChurn(cs, w));
      }),
    );
  });
});
