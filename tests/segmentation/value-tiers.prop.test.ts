import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concentration, valueTiers } from '../../src/segmentation/value-tiers.js';

const values = fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { maxLength: 80 });
const tiersArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 })
  .map((ps) => ps.sort((a, b) => a - b).map((p, i) => ({ id: `t${String(i)}`, topShare: p / 100 })));

describe('value tier properties', () => {
  it('every customer gets one tier; customer and value shares add up to 1; higher value never sits in a lower tier', () => {
    fc.assert(
      fc.property(values, tiersArb, (vs, tiers) => {
        const res = valueTiers(
          vs.map((value, i) => ({ customerId: i, value })),
          { tiers },
        );
        expect(res.customers).toHaveLength(vs.length);
        const ids = [...tiers.map((t) => t.id), 'rest'];
        const pos = (id: string) => ids.indexOf(id);
        expect(res.tiers.reduce((a, t) => a + t.count, 0)).toBe(vs.length);
        if (vs.length > 0) expect(res.tiers.reduce((a, t) => a + t.share!, 0)).toBeCloseTo(1, 12);
        const total = vs.reduce((a, b) => a + b, 0);
        if (total > 0) expect(res.tiers.reduce((a, t) => a + t.valueShare!, 0)).toBeCloseTo(1, 9);
        for (let i = 1; i < res.customers.length; i++) {
          const a = res.customers[i - 1]!;
          const b = res.customers[i]!;
          expect(a.value).toBeGreaterThanOrEqual(b.value);
          expect(pos(a.tier)).toBeLessThanOrEqual(pos(b.tier));
          if (a.value === b.value) expect([a.tier, a.rank]).toEqual([b.tier, b.rank]);
        }
        // a tier never holds fewer than its target unless an earlier tier took the tie group
        const first = res.tiers[0]!;
        expect(first.count).toBeGreaterThanOrEqual(Math.min(vs.length, Math.ceil(tiers[0]!.topShare * vs.length - 1e-9)));
      }),
    );
  });

  it('Gini lies in [0, 1), is 0 for equal values, and is scale- and order-invariant', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 1000 }), (vs, scale) => {
        const g = concentration(vs).gini;
        if (vs.reduce((a, b) => a + b, 0) === 0) {
          expect(g).toBeNull();
          return;
        }
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThanOrEqual((vs.length - 1) / vs.length + 1e-12);
        expect(g).toBeLessThan(1);
        expect(concentration(vs.map((v) => v * scale)).gini).toBeCloseTo(g!, 9);
        expect(concentration([...vs].reverse()).gini).toBe(g);
        // the pairwise-difference definition: ΣᵢΣⱼ|xᵢ − xⱼ| / (2n²·mean)
        let d = 0;
        for (const a of vs) for (const b of vs) d += Math.abs(a - b);
        const n = vs.length;
        expect(g!).toBeCloseTo(d / (2 * n * vs.reduce((a, b) => a + b, 0)), 9);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 50 }), (v, n) => {
        expect(concentration(new Array<number>(n).fill(v)).gini).toBe(0);
      }),
    );
  });

  it('top shares grow with the share of customers and reach 1 at 100 %', () => {
    fc.assert(
      fc.property(values.filter((vs) => vs.some((v) => v > 0)), (vs) => {
        const top = concentration(vs, { topShares: [0.01, 0.1, 0.5, 0.9, 1] }).top;
        for (let i = 1; i < top.length; i++) expect(top[i]!.valueShare!).toBeGreaterThanOrEqual(top[i - 1]!.valueShare! - 1e-12);
        expect(top[4]!.valueShare).toBeCloseTo(1, 12);
        // the top p hold at least p of the value (they are the largest values)
        for (const t of top) expect(t.valueShare!).toBeGreaterThanOrEqual(t.count / vs.length - 1e-12);
      }),
    );
  });
});
