import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rfm, type RfmMethod, type RfmTransaction } from '../../src/segmentation/rfm.js';
import { extent } from '../../src/core/stats.js';

const DAY = 86_400_000;
const ASOF = Date.UTC(2026, 10, 24);

// Transactions of up to 12 customers (few ids, so values tie often), amounts in cents.
const txArb = fc.array(
  fc.record({
    customerId: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('a', 'b', 'c', 'Z', 'ab', 'é')),
    day: fc.integer({ min: 0, max: 400 }),
    cents: fc.integer({ min: 0, max: 100_000 }),
  }),
  { minLength: 1, maxLength: 60 },
).map((rows) => rows.map((r): RfmTransaction => ({ customerId: r.customerId, date: ASOF - r.day * DAY, amount: r.cents / 100 })));

const methodArb: fc.Arbitrary<RfmMethod> = fc.oneof(
  fc.constant('quantile' as const),
  fc.constant('ntile' as const),
  fc.record({
    recency: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }).map((a) => a.sort((x, y) => x - y)),
    frequency: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 8 }).map((a) => a.sort((x, y) => x - y)),
    monetary: fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 8 }).map((a) => a.sort((x, y) => x - y)),
  }),
);
const binsArb = fc.integer({ min: 2, max: 9 });

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('rfm properties', () => {
  it('scores lie in 1…bins, code = 100r + 10f + m, score counts add up to the customers', () => {
    fc.assert(
      fc.property(txArb, methodArb, binsArb, (tx, method, bins) => {
        const res = rfm(tx, { asOf: ASOF, method, bins });
        for (const c of res.customers) {
          expect(c.r).toBeGreaterThanOrEqual(1);
          expect(c.r).toBeLessThanOrEqual(res.bins.recency);
          expect(c.f).toBeGreaterThanOrEqual(1);
          expect(c.f).toBeLessThanOrEqual(res.bins.frequency);
          expect(c.m).toBeGreaterThanOrEqual(1);
          expect(c.m).toBeLessThanOrEqual(res.bins.monetary);
          expect(c.code).toBe(100 * c.r + 10 * c.f + c.m);
        }
        for (const d of ['recency', 'frequency', 'monetary'] as const) {
          expect(res.scoreCounts[d].reduce((a, b) => a + b, 0)).toBe(res.customers.length);
          for (let s = 1; s <= res.bins[d]; s++) {
            const key = d === 'recency' ? 'r' : d === 'frequency' ? 'f' : 'm';
            expect(res.customers.filter((c) => c[key] === s).length).toBe(res.scoreCounts[d][s - 1]);
          }
        }
        if (typeof method === 'string') expect(res.bins).toEqual({ recency: bins, frequency: bins, monetary: bins });
      }),
    );
  });

  it('is monotone: more recent never scores a lower r, more frequent / higher spend never a lower f / m', () => {
    fc.assert(
      fc.property(txArb, methodArb, binsArb, (tx, method, bins) => {
        const cs = rfm(tx, { asOf: ASOF, method, bins }).customers;
        for (const a of cs) {
          for (const b of cs) {
            if (a.recencyDays < b.recencyDays) expect(a.r).toBeGreaterThanOrEqual(b.r);
            if (a.frequency > b.frequency) expect(a.f).toBeGreaterThanOrEqual(b.f);
            if (a.monetary > b.monetary) expect(a.m).toBeGreaterThanOrEqual(b.m);
            // quantile and custom cut points never split ties
            if (method !== 'ntile' && a.frequency === b.frequency) expect(a.f).toBe(b.f);
          }
        }
      }),
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(txArb, methodArb, binsArb, fc.nat(), (tx, method, bins, seed) => {
        expect(rfm(shuffle(tx, seed), { asOf: ASOF, method, bins })).toEqual(rfm(tx, { asOf: ASOF, method, bins }));
      }),
    );
  });

  it('scores transactions as it scores their summaries', () => {
    fc.assert(
      fc.property(txArb, methodArb, binsArb, (tx, method, bins) => {
        const a = rfm(tx, { asOf: ASOF, method, bins });
        const summaries = a.customers.map(({ customerId, recencyDays, frequency, monetary }) => ({ customerId, recencyDays, frequency, monetary }));
        expect(rfm(summaries, { method, bins })).toEqual(a);
      }),
    );
  });

  it('ntile bucket counts differ by at most one when values are distinct', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 80 }), binsArb, (values, bins) => {
        const rows = values.map((v, i) => ({ customerId: i, recencyDays: v, frequency: v, monetary: v }));
        const res = rfm(rows, { method: 'ntile', bins });
        for (const d of ['recency', 'frequency', 'monetary'] as const) {
          const counts = res.scoreCounts[d];
          const [lo, hi] = extent(counts)!;
          expect(hi - lo).toBeLessThanOrEqual(1);
        }
        // and with distinct values, ntile is monotone in both directions: equal value ⇔ equal score
        const sorted = [...res.customers].sort((x, y) => x.monetary - y.monetary);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.m).toBeGreaterThanOrEqual(sorted[i - 1]!.m);
      }),
    );
  });
});
