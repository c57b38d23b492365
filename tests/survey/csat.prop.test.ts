import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csat, csatTally, mergeCsatTally, type CsatResult } from '../../src/survey/csat.js';

const scaleArb = fc.constantFrom({ min: 1, max: 5 }, { min: 1, max: 7 }, { min: 0, max: 10 }, { min: -2, max: 2 });
const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 100, noNaN: true }));
/** A scale, integer answers on it, fractional answers on it, and weights. */
const sample = scaleArb.chain((scale) =>
  fc.record({
    scale: fc.constant(scale),
    x: fc.array(fc.integer({ min: scale.min, max: scale.max }), { maxLength: 60 }),
    f: fc.array(fc.double({ min: scale.min, max: scale.max, noNaN: true }), { maxLength: 40 }),
    w: fc.array(weight, { minLength: 60, maxLength: 60 }),
  }),
);
const allFinite = (v: unknown): boolean =>
  typeof v === 'number' ? Number.isFinite(v) : typeof v === 'object' && v !== null ? Object.values(v).every(allFinite) : true;
const near = (a: number | null, b: number | null, rel = 1e-12): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
function same(a: CsatResult, b: CsatResult, rel = 1e-12): void {
  for (const k of ['score', 'mean', 'sd', 'effectiveN'] as const) expect(near(a[k], b[k], rel)).toBe(true);
  expect(near(a.interval?.lower ?? null, b.interval?.lower ?? null, rel)).toBe(true);
  expect(near(a.interval?.upper ?? null, b.interval?.upper ?? null, rel)).toBe(true);
}
const rev = <T>(xs: readonly T[]): T[] => [...xs].reverse();

describe('csat properties', () => {
  it('score in 0..100 inside its Wilson interval; the mean lies inside the scale; no NaN', () => {
    fc.assert(
      fc.property(sample, ({ scale, x, f, w }) => {
        for (const r of [csat(x, { scale }), csat(f, { scale, allowFractional: true }), csat(x, { scale, weights: w.slice(0, x.length) })]) {
          expect(allFinite(r)).toBe(true);
          if (r.score === null) continue;
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.interval!.lower).toBeGreaterThanOrEqual(0);
          expect(r.interval!.upper).toBeLessThanOrEqual(100);
          expect(r.interval!.lower).toBeLessThanOrEqual(r.score + 1e-9);
          expect(r.interval!.upper).toBeGreaterThanOrEqual(r.score - 1e-9);
          expect(r.mean).toBeGreaterThanOrEqual(scale.min - 1e-9);
          expect(r.mean).toBeLessThanOrEqual(scale.max + 1e-9);
        }
      }),
    );
  });

  it('is invariant under permutation (reversal)', () => {
    fc.assert(
      fc.property(sample, ({ scale, x, f, w }) => {
        expect(csat(rev(x), { scale })).toEqual(csat(x, { scale }));
        same(csat(rev(f), { scale, allowFractional: true }), csat(f, { scale, allowFractional: true }), 1e-9);
        const ws = w.slice(0, x.length);
        same(csat(rev(x), { scale, weights: rev(ws) }), csat(x, { scale, weights: ws }));
      }),
    );
  });

  it('merge law: csat(merge(tally(a), tally(b))) = csat(a ∪ b): exact for integers, 1e-12 weighted, 1e-9 fractional', () => {
    fc.assert(
      fc.property(sample, sample, fc.nat({ max: 60 }), ({ scale, x, f, w }, other, cut) => {
        const a = x.slice(0, cut);
        const b = x.slice(cut);
        expect(csat(mergeCsatTally(csatTally(a, { scale }), csatTally(b, { scale })))).toEqual(csat(x, { scale }));
        const wa = w.slice(0, a.length);
        const wb = w.slice(a.length, x.length);
        same(csat(mergeCsatTally(csatTally(a, { scale, weights: wa }), csatTally(b, { scale, weights: wb }))), csat(x, { scale, weights: [...wa, ...wb] }));
        const fo = { scale, allowFractional: true };
        const fb = other.f.map((v) => Math.min(scale.max, Math.max(scale.min, v)));
        same(csat(mergeCsatTally(csatTally(f, fo), csatTally(fb, fo))), csat([...f, ...fb], fo), 1e-9);
      }),
    );
  });

  it('unit weights ≡ unweighted; scaling all weights changes nothing', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ scale, x, w }, k) => {
        expect(csat(x, { scale, weights: x.map(() => 1) })).toEqual(csat(x, { scale }));
        const ws = w.slice(0, x.length);
        same(csat(x, { scale, weights: ws.map((v) => v * k) }), csat(x, { scale, weights: ws }), 1e-9);
      }),
    );
  });

  it('adding a satisfied answer never lowers the score; adding an unsatisfied one never raises it', () => {
    fc.assert(
      fc.property(sample, ({ scale, x }) => {
        const base = csat(x, { scale }).score;
        expect(csat([...x, scale.max], { scale }).score!).toBeGreaterThanOrEqual(base ?? 0);
        expect(csat([...x, scale.min], { scale }).score!).toBeLessThanOrEqual(base ?? 100);
      }),
    );
  });
});
