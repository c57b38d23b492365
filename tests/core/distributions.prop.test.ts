import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chiSquareCdf,
  chiSquareQuantile,
  chiSquareSurvival,
  normalCdf,
  normalPdf,
  normalQuantile,
  normalSurvival,
  studentTCdf,
  studentTPdf,
  studentTQuantile,
  studentTSurvival,
} from '../../src/core/distributions.js';
import { isCxError } from '../../src/core/errors.js';

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const prob = fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }).filter((p) => p > 0);
const df = fc.oneof(real(0.2, 5), real(5, 200), real(200, 1e6));

describe('normal distribution properties', () => {
  it('cdf in [0, 1] and non-decreasing', () => {
    fc.assert(
      fc.property(real(-50, 50), real(0, 5), (x, d) => {
        const a = normalCdf(x);
        const b = normalCdf(x + d);
        return a >= 0 && b <= 1 && a <= b;
      }),
    );
  });
  it('symmetry: cdf(−x) = survival(x) exactly, and cdf + survival = 1', () => {
    fc.assert(
      fc.property(real(-40, 40), (x) => {
        expect(normalCdf(-x)).toBe(normalSurvival(x));
        expect(Math.abs(normalCdf(x) + normalSurvival(x) - 1)).toBeLessThan(3e-16);
      }),
    );
  });
  it('quantile ∘ cdf is the identity through the smaller tail (relative 1e−13, or 1e−15 absolute near 0)', () => {
    fc.assert(
      fc.property(real(-37, 37), (x) => {
        const back = x <= 0 ? normalQuantile(normalCdf(x)) : -normalQuantile(normalSurvival(x));
        expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-13 * Math.abs(x) + 1e-15);
      }),
    );
  });
  it('cdf ∘ quantile is the identity (relative 1e−14)', () => {
    fc.assert(
      fc.property(prob, (p) => {
        const x = normalQuantile(p);
        const back = x < 0 ? normalCdf(x) : 1 - normalSurvival(x);
        expect(Math.abs(back - p)).toBeLessThanOrEqual(1e-14 * p + 1e-16);
      }),
    );
  });
  it('location–scale: F(x; m, s) = Φ((x − m)/s), pdf(x; m, s) = φ(z)/s, quantile(p; m, s) = m + s·z', () => {
    fc.assert(
      fc.property(real(-100, 100), real(-100, 100), real(0.01, 100), real(0.001, 0.999), (x, m, s, p) => {
        expect(normalCdf(x, m, s)).toBe(normalCdf((x - m) / s));
        expect(normalPdf(x, m, s)).toBeCloseTo(normalPdf((x - m) / s) / s, 12);
        expect(normalQuantile(p, m, s)).toBeCloseTo(m + s * normalQuantile(p), 10);
      }),
    );
  });
  it('pdf is positive-or-zero, symmetric, maximal at the mean', () => {
    fc.assert(
      fc.property(real(-50, 50), (x) => normalPdf(x) >= 0 && normalPdf(x) === normalPdf(-x) && normalPdf(x) <= normalPdf(0)),
    );
  });
});

describe('Student t properties', () => {
  it('cdf in [0, 1] and non-decreasing in t', () => {
    fc.assert(
      fc.property(real(-1e6, 1e6), real(0, 100), df, (t, d, v) => {
        const a = studentTCdf(t, v);
        const b = studentTCdf(t + d, v);
        return a >= 0 && b <= 1 && a <= b;
      }),
    );
  });
  it('symmetry: cdf(−t) = survival(t) exactly; cdf + survival = 1', () => {
    fc.assert(
      fc.property(real(-1e4, 1e4), df, (t, v) => {
        expect(studentTCdf(-t, v)).toBe(studentTSurvival(t, v));
        expect(Math.abs(studentTCdf(t, v) + studentTSurvival(t, v) - 1)).toBeLessThan(1e-15);
        expect(studentTPdf(t, v)).toBe(studentTPdf(-t, v));
      }),
    );
  });
  it('cdf ∘ quantile is the identity (relative 1e−12 in the smaller tail, widened by |ln p|/23 below 1e−10)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-100, max: 0.5, noNaN: true }), df, fc.boolean(), (q0, v, upper) => {
        const q = upper ? Math.max(q0, 1e-15) : q0; // 1 − q must stay below 1
        const p = upper ? 1 - q : q;
        let t: number;
        try {
          t = studentTQuantile(p, v);
        } catch (e) {
          // Only allowed when the quantile really lies beyond the largest double.
          expect(isCxError(e, 'OUT_OF_RANGE')).toBe(true);
          expect(upper ? studentTSurvival(Number.MAX_VALUE, v) : studentTCdf(-Number.MAX_VALUE, v)).toBeGreaterThan(q);
          return;
        }
        const tail = t <= 0 ? studentTCdf(t, v) : studentTSurvival(t, v);
        const want = t <= 0 ? p : 1 - p;
        expect(Math.abs(tail - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(Math.log(want)) / 23) * want);
      }),
    );
  });
  it('quantile is increasing in p and approaches the normal quantile as df grows', () => {
    fc.assert(
      fc.property(real(0.001, 0.998), real(0.0001, 0.001), df, (p, d, v) => {
        expect(studentTQuantile(p, v)).toBeLessThan(studentTQuantile(p + d, v));
        // heavier tails than the normal: |t_p| ≥ |z_p|
        expect(Math.abs(studentTQuantile(p, v))).toBeGreaterThanOrEqual(Math.abs(normalQuantile(p)) * (1 - 1e-12));
      }),
    );
  });
  it('density integrates the cdf: (F(t + h) − F(t − h))/2h ≈ f(t)', () => {
    fc.assert(
      fc.property(real(-20, 20), df, (t, v) => {
        const h = 1e-4 * Math.max(1, Math.abs(t));
        const fd = (studentTCdf(t + h, v) - studentTCdf(t - h, v)) / (2 * h);
        expect(Math.abs(fd - studentTPdf(t, v))).toBeLessThan(1e-6 * Math.max(studentTPdf(t, v), 1e-8) + 1e-9);
      }),
    );
  });
});

describe('chi-square properties', () => {
  it('cdf in [0, 1], non-decreasing, cdf + survival = 1', () => {
    fc.assert(
      fc.property(real(0, 1e4), real(0, 100), fc.oneof(real(0.1, 10), real(10, 1e4)), (x, d, v) => {
        const a = chiSquareCdf(x, v);
        const b = chiSquareCdf(x + d, v);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(a).toBeLessThanOrEqual(b);
        expect(Math.abs(a + chiSquareSurvival(x, v) - 1)).toBeLessThan(1e-14);
      }),
    );
  });
  it('cdf ∘ quantile is the identity (relative 1e−12 in the smaller tail, widened by |ln p|/23 below 1e−10)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-100, max: 0.5, noNaN: true }), fc.oneof(real(0.5, 10), real(10, 1e4)), fc.boolean(), (q0, v, upper) => {
        const q = upper ? Math.max(q0, 1e-15) : q0; // 1 − q must stay below 1
        const p = upper ? 1 - q : q;
        const x = chiSquareQuantile(p, v);
        if (x === 0) {
          // Underflow to 0 is allowed only when even the smallest positive double has cdf > p.
          expect(upper).toBe(false);
          expect(chiSquareCdf(4 * Number.MIN_VALUE, v)).toBeGreaterThan(p); // (x/2 must not underflow itself)
          return;
        }
        const got = upper ? chiSquareSurvival(x, v) : chiSquareCdf(x, v);
        const want = upper ? 1 - p : p;
        // A subnormal quantile has relative spacing MIN_VALUE/x, which moves P(x) by (df/2)·MIN_VALUE/x relatively.
        const spacing = (2 * v * Number.MIN_VALUE) / x;
        // deep tails: P = e^L carries |L|·eps from its exponent alone, hence the |ln p|/23 widening (as relTol)
        const tol = 1e-12 * Math.max(1, Math.abs(Math.log(want)) / 23);
        expect(Math.abs(got - want)).toBeLessThanOrEqual((tol + spacing) * want);
      }),
    );
  });
});
