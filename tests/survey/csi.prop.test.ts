import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csi } from '../../src/survey/csi.js';
import { max, min } from '../../src/core/stats.js';

const rating = fc.option(fc.integer({ min: 1, max: 10 }), { nil: null, freq: 5 });
const rows = fc.array(fc.record({ a: rating, b: rating, c: rating }), { minLength: 1, maxLength: 40 });
const weights = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }));
const ten = { min: 1, max: 10 };
const attrs = ([wa, wb, wc]: [number, number, number]): { key: string; weight: number; scale: { min: number; max: number } }[] => [
  { key: 'a', weight: wa, scale: ten },
  { key: 'b', weight: wb, scale: ten },
  { key: 'c', weight: wc, scale: ten },
];

describe('csi properties', () => {
  it('score in [0, 100], between the smallest and largest normalized attribute score; weights sum to 1', () => {
    fc.assert(
      fc.property(rows, weights, (rs, w) => {
        const r = csi(rs, { attributes: attrs(w) });
        expect(Math.abs(r.attributes.reduce((s, a) => s + a.weight, 0) - 1)).toBeLessThan(1e-15);
        if (r.score === null) return;
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        const used = r.attributes.filter((a) => a.weight > 0).map((a) => a.normalized!);
        expect(r.score).toBeGreaterThanOrEqual(min(used)! - 1e-9);
        expect(r.score).toBeLessThanOrEqual(max(used)! + 1e-9);
      }),
    );
  });
  it('complete data: the index of the means equals the mean of the per-respondent indices (linearity)', () => {
    const full = fc.array(fc.record({ a: fc.integer({ min: 1, max: 10 }), b: fc.integer({ min: 1, max: 10 }), c: fc.integer({ min: 1, max: 10 }) }), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(full, weights, (rs, w) => {
        const whole = csi(rs, { attributes: attrs(w) }).score!;
        const each = rs.map((r) => csi([r], { attributes: attrs(w) }).score!);
        expect(Math.abs(whole - each.reduce((s, v) => s + v, 0) / each.length)).toBeLessThan(1e-9);
      }),
    );
  });
  it('invariant to row order and to scaling all weights; raising a rating never lowers the score', () => {
    fc.assert(
      fc.property(rows, weights, fc.integer({ min: 2, max: 9 }), fc.nat(), (rs, w, k, pick) => {
        const base = csi(rs, { attributes: attrs(w) });
        const reversed = csi([...rs].reverse(), { attributes: attrs(w) });
        const scaled = csi(rs, { attributes: attrs(w.map((v) => v * k) as [number, number, number]) });
        for (const other of [reversed, scaled]) {
          if (base.score === null) expect(other.score).toBeNull();
          else expect(Math.abs(other.score! - base.score)).toBeLessThan(1e-9);
        }
        const i = pick % rs.length;
        const bumped = rs.map((r, j) => (j === i && r.c !== null && r.c < 10 ? { ...r, c: r.c + 1 } : r));
        const after = csi(bumped, { attributes: attrs(w) });
        if (base.score !== null) expect(after.score!).toBeGreaterThanOrEqual(base.score - 1e-12);
      }),
    );
  });
});
