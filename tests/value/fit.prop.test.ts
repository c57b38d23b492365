/**
 * Properties of the fitting harness: grouping preserves the total weight and each distinct row's weight, and a fit of
 * grouped data equals the fit of the repeated rows (MBG/NBD as the example).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRows } from '../../src/value/fit.js';
import { fitMbgNbd } from '../../src/value/mbg-nbd.js';

describe('groupRows', () => {
  it('keeps the total weight and the weight of every distinct row', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5 })), { maxLength: 40 }), (rows) => {
        const g = groupRows([Float64Array.from(rows, (r) => r[0]), Float64Array.from(rows, (r) => r[1])], Float64Array.from(rows, (r) => r[2]));
        const want = new Map<string, number>();
        for (const [a, b, w] of rows) if (w > 0) want.set(`${a},${b}`, (want.get(`${a},${b}`) ?? 0) + w);
        expect(g.size).toBe(want.size);
        for (let i = 0; i < g.size; i++) expect(g.weights[i]).toBe(want.get(`${g.columns[0]![i]!},${g.columns[1]![i]!}`));
        expect(g.total).toBe(rows.reduce((s, r) => s + r[2], 0));
      }),
    );
  });
});

describe('fitMbgNbd', () => {
  it('fits weighted rows exactly as the repeated rows', () => {
    const row = fc.record({ x: fc.integer({ min: 0, max: 6 }), T: fc.integer({ min: 5, max: 40 }), u: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 4, maxLength: 10 }), fc.integer({ min: 2, max: 3 }), (rs, k) => {
        const rows = rs.map(({ x, T, u }) => ({ frequency: x, recency: x === 0 ? 0 : Math.round(u * T * 100) / 100, T }));
        const a = fitMbgNbd(rows.flatMap((r) => Array.from({ length: k }, () => r)), { penalizer: 0.05 });
        const b = fitMbgNbd(rows.map((r) => ({ ...r, weight: k })), { penalizer: 0.05 });
        expect(b.n).toBe(a.n);
        expect(b.logLikelihood).toBeCloseTo(a.logLikelihood, 6);
        for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(Number.isFinite(b.params[key])).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
