import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lifecycleStatus, LIFECYCLE_STATUSES, type PurchaseHistory } from '../../src/segmentation/lifecycle.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
// Histories as lists of purchase days (0 … 700 after T0) or counts with first/last.
const historyArb: fc.Arbitrary<Omit<PurchaseHistory, 'customerId'>> = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 8 }).map((ds) => ({ purchases: ds.map((d) => T0 + d * DAY) })),
  fc.tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 2, max: 20 })).map(([d, span, n]) => ({
    purchases: n,
    firstPurchase: T0 + d * DAY,
    lastPurchase: T0 + (d + span) * DAY,
  })),
);
const customersArb = fc.array(historyArb, { maxLength: 20 }).map((hs) => hs.map((h, i) => ({ customerId: i, ...h })));
const asOfArb = fc.integer({ min: 1000, max: 1400 }).map((d) => T0 + d * DAY);
const STAGE: Record<string, number> = { new: 0, active: 0, reactivated: 0, 'at-risk': 1, lapsed: 2, lost: 3 };

describe('lifecycleStatus properties', () => {
  it('gives every customer exactly one status, consistent with its recency; counts add up', () => {
    fc.assert(
      fc.property(customersArb, asOfArb, (cs, asOf) => {
        const res = lifecycleStatus(cs, { asOf });
        expect(res.customers.map((c) => c.customerId)).toEqual(cs.map((c) => c.customerId));
        expect(Object.values(res.counts).reduce((a, b) => a + b, 0)).toBe(cs.length);
        for (const c of res.customers) {
          expect(LIFECYCLE_STATUSES).toContain(c.status);
          if (c.recencyDays === null) expect(c.status).toBe('prospect');
          else if (c.status !== 'new') {
            expect(c.ageDays!).toBeGreaterThan(30);
            const expected = c.recencyDays <= 90 ? ['active', 'reactivated'] : c.recencyDays <= 180 ? ['at-risk'] : c.recencyDays <= 365 ? ['lapsed'] : ['lost'];
            expect(expected).toContain(c.status);
          }
        }
      }),
    );
  });

  it('without new purchases, a customer only moves on towards lost as asOf advances', () => {
    fc.assert(
      fc.property(historyArb, asOfArb, fc.integer({ min: 1, max: 400 }), (h, asOf, later) => {
        const a = lifecycleStatus([{ customerId: 'x', ...h }], { asOf }).customers[0]!;
        const b = lifecycleStatus([{ customerId: 'x', ...h }], { asOf: asOf + later * DAY }).customers[0]!;
        if (a.status === 'prospect') expect(b.status).toBe('prospect');
        else expect(STAGE[b.status]!).toBeGreaterThanOrEqual(STAGE[a.status]!);
      }),
    );
  });
});
