import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PurchaseHistory } from '../../src/segmentation/lifecycle.js';
import { churnRisk, type ChurnRiskModel } from '../../src/segmentation/churn-risk.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
// Histories as lists of purchase days (0 … 700 after T0, optionally with an earlier first purchase) or counts.
const historyArb: fc.Arbitrary<Omit<PurchaseHistory, 'customerId'>> = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 8 }).map((ds) => ({ purchases: ds.map((d) => T0 + d * DAY) })),
  fc.array(fc.integer({ min: 100, max: 700 }), { minLength: 1, maxLength: 5 }).map((ds) => ({ purchases: ds.map((d) => T0 + d * DAY), firstPurchase: T0 })),
  fc.tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 2, max: 40 })).map(([d, span, n]) => ({
    purchases: n,
    firstPurchase: T0 + d * DAY,
    lastPurchase: T0 + (d + span) * DAY,
  })),
);
const customersArb = fc.array(historyArb, { maxLength: 15 }).map((hs) => hs.map((h, i) => ({ customerId: i, ...h })));
const asOfArb = fc.integer({ min: 1000, max: 1400 }).map((d) => T0 + d * DAY);
const param = fc.double({ min: 0.05, max: 20, noNaN: true });
const unitArb = fc.constantFrom('day' as const, 'week' as const);
const bgNbdArb = fc.record({ r: param, alpha: param, a: param, b: param }).chain((params) =>
  unitArb.map((timeUnit) => ({ kind: 'bg-nbd', params, timeUnit }) as ChurnRiskModel),
);
const modelArb: fc.Arbitrary<ChurnRiskModel> = fc.oneof(
  bgNbdArb,
  fc.tuple(fc.record({ r: param, alpha: param, a: param, b: param }), unitArb).map(([params, timeUnit]) => ({ kind: 'mbg-nbd', params, timeUnit }) as ChurnRiskModel),
  fc.tuple(fc.record({ r: param, alpha: param, s: param, beta: param }), unitArb).map(([params, timeUnit]) => ({ kind: 'pareto-nbd', params, timeUnit }) as ChurnRiskModel),
);

describe("churnRisk ('probability-alive') properties", () => {
  it('risk lies in [0, 1] with a level that matches it; only prospects are null; counts add up', () => {
    fc.assert(
      fc.property(customersArb, asOfArb, modelArb, (cs, asOf, model) => {
        const res = churnRisk(cs, { asOf, method: 'probability-alive', model });
        expect(res.customers.length).toBe(cs.length);
        res.customers.forEach((c) => {
          if (c.risk === null) {
            expect(c).toMatchObject({ level: null, recencyDays: null, basis: 'none' });
            return;
          }
          expect(c.basis).toBe('model');
          expect(c.risk).toBeGreaterThanOrEqual(0);
          expect(c.risk).toBeLessThanOrEqual(1);
          expect(c.level).toBe(c.risk >= 0.9 ? 'high' : c.risk >= 0.6 ? 'medium' : 'low');
        });
        expect(res.counts.low + res.counts.medium + res.counts.high + res.counts.unknown).toBe(cs.length);
      }),
    );
  });

  it('under BG/NBD, a later asOf never lowers the risk of a fixed history', () => {
    fc.assert(
      fc.property(customersArb, asOfArb, fc.integer({ min: 1, max: 400 }), bgNbdArb, (cs, asOf, later, model) => {
        const a = churnRisk(cs, { asOf, method: 'probability-alive', model });
        const b = churnRisk(cs, { asOf: asOf + later * DAY, method: 'probability-alive', model });
        a.customers.forEach((c, i) => {
          if (c.risk !== null) expect(b.customers[i]!.risk!).toBeGreaterThanOrEqual(c.risk);
        });
      }),
    );
  });

  it('does not depend on the input order, and each risk depends on the customer’s own history only', () => {
    fc.assert(
      fc.property(customersArb, asOfArb, modelArb, (cs, asOf, model) => {
        const all = churnRisk(cs, { asOf, method: 'probability-alive', model });
        const reversed = churnRisk([...cs].reverse(), { asOf, method: 'probability-alive', model });
        expect([...reversed.customers].reverse()).toEqual(all.customers);
        expect(reversed.counts).toEqual(all.counts);
        all.customers.forEach((c, i) => {
          expect(churnRisk([cs[i]!], { asOf, method: 'probability-alive', model }).customers[0]).toEqual(c);
        });
      }),
    );
  });
});
