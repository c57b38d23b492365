import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PurchaseHistory } from '../../src/segmentation/lifecycle.js';
import { churnRisk } from '../../src/segmentation/churn-risk.js';

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
describe('churnRisk properties', () => {
  it('risk lies in [0, 1] with a level that matches it, and grows with the time since the last purchase', () => {
    fc.assert(
      fc.property(customersArb, asOfArb, fc.integer({ min: 1, max: 400 }), (cs, asOf, later) => {
        const a = churnRisk(cs, { asOf });
        const b = churnRisk(cs, { asOf: asOf + later * DAY });
        expect(a.customers.length).toBe(cs.length);
        a.customers.forEach((c, i) => {
          if (c.risk === null) {
            expect(c.level).toBeNull();
            return;
          }
          expect(c.risk).toBeGreaterThanOrEqual(0);
          expect(c.risk).toBeLessThanOrEqual(1);
          expect(c.level).toBe(c.risk >= 0.9 ? 'high' : c.risk >= 0.6 ? 'medium' : 'low');
          expect(b.customers[i]!.risk!).toBeGreaterThanOrEqual(c.risk);
        });
        const counted = a.counts.low + a.counts.medium + a.counts.high + a.counts.unknown;
        expect(counted).toBe(cs.length);
      }),
    );
  });

  it('a repeat buyer’s risk depends on their own history only, and the result does not depend on the input order', () => {
    fc.assert(
      fc.property(customersArb, asOfArb, (cs, asOf) => {
        const all = churnRisk(cs, { asOf });
        const reversed = churnRisk([...cs].reverse(), { asOf });
        expect([...reversed.customers].reverse()).toEqual(all.customers);
        expect(reversed.populationGapDays).toBe(all.populationGapDays);
        all.customers.forEach((c, i) => {
          if (c.basis === 'own') expect(churnRisk([cs[i]!], { asOf }).customers[0]).toEqual(c);
        });
      }),
    );
  });
});
