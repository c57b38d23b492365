import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ces, cesTally, mergeCesTally, type CesDirection, type CesResult } from '../../src/survey/ces.js';

const scaleArb = fc.constantFrom({ min: 1, max: 7 }, { min: 1, max: 5 }, { min: 1, max: 6 }, { min: 0, max: 10 });
const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 100, noNaN: true }));
const sample = scaleArb.chain((scale) =>
  fc.record({
    scale: fc.constant(scale),
    direction: fc.constantFrom<CesDirection>('higher-is-easier', 'lower-is-easier'),
    x: fc.array(fc.integer({ min: scale.min, max: scale.max }), { maxLength: 60 }),
    w: fc.array(weight, { minLength: 60, maxLength: 60 }),
  }),
);
const allFinite = (v: unknown): boolean =>
  typeof v === 'number' ? Number.isFinite(v) : typeof v === 'object' && v !== null ? Object.values(v).every(allFinite) : true;
const near = (a: number | null | undefined, b: number | null | undefined, rel = 1e-12): boolean =>
  a == null || b == null ? a == b : Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
function same(a: CesResult, b: CesResult, rel = 1e-12): void {
  for (const k of ['mean', 'sd', 'easyShare', 'effectiveN'] as const) expect(near(a[k], b[k], rel)).toBe(true);
  for (const k of ['meanInterval', 'shareInterval'] as const) {
    expect(near(a[k]?.lower, b[k]?.lower, rel)).toBe(true);
    expect(near(a[k]?.upper, b[k]?.upper, rel)).toBe(true);
  }
}

describe('ces properties', () => {
  it('mean and its interval inside the scale, the mean inside its interval; easyShare 0..100 inside its interval; no NaN', () => {
    fc.assert(
      fc.property(sample, ({ scale, direction, x, w }) => {
        for (const r of [ces(x, { scale, direction }), ces(x, { scale, direction, weights: w.slice(0, x.length) })]) {
          expect(allFinite(r)).toBe(true);
          if (r.mean === null) continue;
          expect(r.mean).toBeGreaterThanOrEqual(scale.min - 1e-9);
          expect(r.mean).toBeLessThanOrEqual(scale.max + 1e-9);
          if (r.meanInterval) {
            expect(r.meanInterval.lower).toBeGreaterThanOrEqual(scale.min);
            expect(r.meanInterval.upper).toBeLessThanOrEqual(scale.max);
            expect(r.meanInterval.lower).toBeLessThanOrEqual(r.mean + 1e-9);
            expect(r.meanInterval.upper).toBeGreaterThanOrEqual(r.mean - 1e-9);
          }
          expect(r.easyShare).toBeGreaterThanOrEqual(0);
          expect(r.easyShare).toBeLessThanOrEqual(100);
          expect(r.shareInterval!.lower).toBeLessThanOrEqual(r.easyShare! + 1e-9);
          expect(r.shareInterval!.upper).toBeGreaterThanOrEqual(r.easyShare! - 1e-9);
        }
      }),
    );
  });

  it('direction flip: lower-is-easier on x equals higher-is-easier on reversed answers (min + max − x)', () => {
    fc.assert(
      fc.property(sample, ({ scale, x }) => {
        const low = ces(x, { scale, direction: 'lower-is-easier' });
        const high = ces(
          x.map((v) => scale.min + scale.max - v),
          { scale, direction: 'higher-is-easier' },
        );
        expect(low.easyShare).toBe(high.easyShare);
        expect(low.shareInterval).toEqual(high.shareInterval);
        expect(near(low.mean === null ? null : scale.min + scale.max - low.mean, high.mean, 1e-12)).toBe(true);
        expect(near(low.sd, high.sd, 1e-12)).toBe(true);
      }),
    );
  });

  it('merge law (exact unweighted, 1e-12 weighted); invariant under reversal of the answers', () => {
    fc.assert(
      fc.property(sample, fc.nat({ max: 60 }), ({ scale, direction, x, w }, cut) => {
        const o = { scale, direction };
        const a = x.slice(0, cut);
        const b = x.slice(cut);
        expect(ces(mergeCesTally(cesTally(a, o), cesTally(b, o)), o)).toEqual(ces(x, o));
        const ws = w.slice(0, x.length);
        const merged = mergeCesTally(cesTally(a, { ...o, weights: ws.slice(0, a.length) }), cesTally(b, { ...o, weights: ws.slice(a.length) }));
        same(ces(merged, o), ces(x, { ...o, weights: ws }));
        expect(ces([...x].reverse(), o)).toEqual(ces(x, o));
      }),
    );
  });

  it('unit weights ≡ unweighted; scaling all weights changes nothing', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ scale, direction, x, w }, k) => {
        const o = { scale, direction };
        expect(ces(x, { ...o, weights: x.map(() => 1) })).toEqual(ces(x, o));
        const ws = w.slice(0, x.length);
        same(ces(x, { ...o, weights: ws.map((v) => v * k) }), ces(x, { ...o, weights: ws }), 1e-9);
      }),
    );
  });
});
