/** Properties of revenue retention: bounds, GRR ≤ NRR, the snapshot bookkeeping identity, order invariance. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revenueRetention, revenueRetentionFromSnapshots, type RevenueSnapshotRow } from '../../src/retention/revenue-retention.js';

/** Amounts in cents, as decimal strings with two places. */
const cents = fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2));

describe('revenueRetention properties', () => {
  it('0 ≤ GRR ≤ 1 and GRR ≤ NRR (expansion ≥ 0); NRR − GRR = expansion / start', () => {
    fc.assert(
      fc.property(cents, cents, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (start, expansion, f, g) => {
        const s = Number(start);
        const contraction = (Math.floor(f * s * 100) / 100).toFixed(2);
        const churned = (Math.floor(g * (s - Number(contraction)) * 100) / 100).toFixed(2);
        const r = revenueRetention({ start, expansion, contraction, churned });
        if (s === 0) {
          expect(r).toEqual({ grr: null, nrr: null });
          return;
        }
        expect(r.grr!.gte(0) && r.grr!.lte(1)).toBe(true);
        expect(r.grr!.lte(r.nrr!)).toBe(true);
        const ratio = Number(expansion) / s; // relative tolerance 1e-12 (the float quotient is the inexact side)
        expect(Math.abs(r.nrr!.minus(r.grr!).toNumber() - ratio)).toBeLessThanOrEqual(1e-12 * Math.max(1, ratio));
      }),
    );
  });
});

const rows = fc.array(fc.record({ customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 1, 2), mrr: cents }), { maxLength: 12 });

describe('revenueRetentionFromSnapshots properties', () => {
  it('end = start + expansion − contraction − churned + new; parts ≥ 0; ratios agree with revenueRetention', () => {
    fc.assert(
      fc.property(rows, rows, (before, after) => {
        const r = revenueRetentionFromSnapshots(before, after);
        expect(r.start.plus(r.expansion).minus(r.contraction).minus(r.churned).plus(r.new).eq(r.end)).toBe(true);
        for (const part of [r.expansion, r.contraction, r.churned, r.new]) expect(part.gte(0)).toBe(true);
        expect(revenueRetention({ start: r.start, expansion: r.expansion, contraction: r.contraction, churned: r.churned })).toEqual({ grr: r.grr, nrr: r.nrr });
        if (r.grr !== null) expect(r.grr.lte(r.nrr!)).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(rows, rows, (before, after) => {
        const rev = (x: RevenueSnapshotRow[]): RevenueSnapshotRow[] => [...x].reverse();
        expect(revenueRetentionFromSnapshots(rev(before), rev(after))).toEqual(revenueRetentionFromSnapshots(before, after));
      }),
    );
  });
});
