import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilsonInterval, tInterval } from '../../src/survey/intervals.js';

const conf = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe('wilsonInterval properties', () => {
  it('lies in [0, 1], contains p̂, and nests: higher confidence ⊇ lower; more data narrows it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), conf, conf, (n, p, c1, c2) => {
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const a = wilsonInterval(p, n, { confidence: lo })!;
        const b = wilsonInterval(p, n, { confidence: hi })!;
        expect(a.lower).toBeGreaterThanOrEqual(0);
        expect(a.upper).toBeLessThanOrEqual(1);
        expect(a.lower).toBeLessThanOrEqual(p + 1e-12);
        expect(a.upper).toBeGreaterThanOrEqual(p - 1e-12);
        expect(b.lower).toBeLessThanOrEqual(a.lower + 1e-12);
        expect(b.upper).toBeGreaterThanOrEqual(a.upper - 1e-12);
        const c = wilsonInterval(p, 4 * n, { confidence: lo })!;
        expect(c.upper - c.lower).toBeLessThanOrEqual(a.upper - a.lower + 1e-12);
      }),
    );
  });
  it('is finite for any effective n from 1e-300 to 1e300, tending to [0, 1] as n → 0 and to p̂ as n → ∞', () => {
    fc.assert(
      fc.property(fc.double({ min: -300, max: 300, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (e, p) => {
        const ci = wilsonInterval(p, 10 ** e)!;
        expect(Number.isFinite(ci.lower) && Number.isFinite(ci.upper)).toBe(true);
        expect(ci.lower).toBeLessThanOrEqual(ci.upper);
      }),
    );
    expect(wilsonInterval(0.5, 1e-310)).toMatchObject({ lower: 0, upper: 1 });
    const big = wilsonInterval(0.3, 1e300)!;
    expect(big.upper - big.lower).toBeLessThan(1e-12);
  });
  it('is symmetric: the interval of 1 − p̂ mirrors that of p̂', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (n, k) => {
        const x = Math.min(k, n);
        const a = wilsonInterval(x / n, n)!;
        const b = wilsonInterval((n - x) / n, n)!;
        expect(Math.abs(a.lower - (1 - b.upper))).toBeLessThan(1e-12);
        expect(Math.abs(a.upper - (1 - b.lower))).toBeLessThan(1e-12);
      }),
    );
  });
});

describe('tInterval properties', () => {
  it('is centred on the mean, wider with confidence and sd, narrower with n', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 1.5, max: 1e5, noNaN: true }),
        conf,
        (m, s, n, c) => {
          const a = tInterval(m, s, n, { confidence: c })!;
          expect(Math.abs((a.lower + a.upper) / 2 - m)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(m)));
          const wider = tInterval(m, s, n, { confidence: Math.min(0.9999, c + 0.0005) })!;
          expect(wider.upper - wider.lower).toBeGreaterThan(a.upper - a.lower);
          const moreSd = tInterval(m, 2 * s, n, { confidence: c })!;
          expect(moreSd.upper - moreSd.lower).toBeGreaterThan(a.upper - a.lower);
          const moreN = tInterval(m, s, 2 * n, { confidence: c })!;
          expect(moreN.upper - moreN.lower).toBeLessThan(a.upper - a.lower);
        },
      ),
    );
  });
});
