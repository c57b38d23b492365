/**
 * core/quadrature (internal): adaptive Gauss–Kronrod 7–15. Exact values are closed-form integrals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { integrateGk15, intervalsBetween } from '../../src/core/quadrature.js';
import { normalCdf } from '../../src/core/normal.js';

const OPTS = { relTol: 1e-13, maxPieces: 4000, minHalfWidth: 1e-300 } as const;

describe('integrateGk15', () => {
  it('integrates polynomials of degree ≤ 22 on one interval to rounding (the 15-point Kronrod rule is exact to degree 22)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 23 }), fc.double({ min: 0.1, max: 5, noNaN: true }), (coef, b) => {
        let exact = 0;
        for (let k = 0; k < coef.length; k++) exact += (coef[k]! * b ** (k + 1)) / (k + 1);
        const f = (x: number): number => {
          let v = 0;
          for (let k = coef.length - 1; k >= 0; k--) v = v * x + coef[k]!;
          return v;
        };
        expect(Math.abs(integrateGk15(f, [0, b], OPTS) - exact)).toBeLessThanOrEqual(1e-12 * Math.max(exact, 1e-300) + 1e-300);
      }),
    );
  });

  it('integrates a narrow peak to 1e-11 given breakpoints at it and a few widths around it (as the BTYD callers place them)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.0005, max: 0.1, noNaN: true }), (mu, sigma) => {
        // ∫₀¹ exp(−(x−μ)²/(2σ²)) dx = σ√(2π)·[Φ((1−μ)/σ) − Φ(−μ/σ)].
        const f = (x: number): number => Math.exp(-((x - mu) ** 2) / (2 * sigma * sigma));
        const exact = sigma * Math.sqrt(2 * Math.PI) * (normalCdf((1 - mu) / sigma) - normalCdf(-mu / sigma));
        // A 15-point rule never samples its end points: a piece much wider than the peak beside it would see zeros.
        const cuts = [0, ...[-8, -2, 0, 2, 8].map((k) => mu + k * sigma).filter((x) => x > 0 && x < 1), 1];
        const v = integrateGk15(f, intervalsBetween(cuts), { ...OPTS, scale: 'first-pass' });
        expect(Math.abs(v - exact)).toBeLessThanOrEqual(1e-11 * exact);
      }),
    );
  });

  it("'first-pass' handles a non-analytic end point that the running scale over-refines", () => {
    // ∫₀¹ (1 − x)^0.3 dx = 1/1.3; the integrand is not analytic at 1.
    const f = (x: number): number => Math.pow(1 - x, 0.3);
    let calls = 0;
    const counted = (x: number): number => {
      calls++;
      return f(x);
    };
    const v = integrateGk15(counted, [0, 0.5, 0.5, 1], { relTol: 1e-12, maxPieces: 4000, minHalfWidth: 1e-300, scale: 'first-pass' });
    expect(Math.abs(v - 1 / 1.3)).toBeLessThan(1e-11);
    expect(calls).toBeLessThan(4000);
  });

  it('intervalsBetween sorts the breakpoints and drops empty intervals', () => {
    expect(intervalsBetween([1, 0, 0.5, 0.5])).toEqual([0, 0.5, 0.5, 1]);
    expect(intervalsBetween([2])).toEqual([]);
  });
});
