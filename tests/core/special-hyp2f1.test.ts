import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import { hyp2f1, logHyp2f1 } from '../../src/core/special.js';
import { hpRef, relErr } from '../fixtures/special/reference.js';
import { errorKeyOf as codeOf } from '../helpers/errors.js';

const ZS = [-1e12, -1e6, -1000, -10, -2, -1, -0.7, -0.5, -0.1, 1e-3, 0.3, 0.5, 0.6, 0.9, 0.999, 0.999999];

describe('hyp2f1 against 120-digit references', () => {
  // tests/fixtures/special/high-precision.csv (decimal.js, high-precision.ts): the defining series for |z| ≤ 0.95,
  // A&S 15.3.7 / 15.3.6 beyond. Pareto/NBD-shaped 2F1(r+s+x, s+1; r+s+x+1; z) for z from −1e6 to 0.999999 with
  // s = 1 (degenerate c − a − b) and s = 1.0000001 (nearly degenerate), plus a grid with negative parameters.
  // Tolerance 1e−12 relative for the Pareto/NBD shapes; 1e−11 for the general grid, whose negative parameters (or
  // c − a < 0 after Pfaff's transformation) make the series alternate and cancel (observed up to 4.3e−12, next to
  // the sign change of 2F1(12.5, 4.25; 0.6; z) near z = −0.6).
  it('matches, or refuses with NOT_CONVERGED', () => {
    const bad: string[] = [];
    let refused = 0;
    for (const r of hpRef('hyp2f1')) {
      let got: number;
      try {
        got = hyp2f1(r.a, r.b, r.c, r.x);
      } catch (e) {
        if (isCxError(e, 'NOT_CONVERGED')) {
          refused++;
          continue;
        }
        throw e;
      }
      const tol = r.c === r.a + 1 ? 1e-12 : 1e-11;
      if (!(relErr(got, r.value) <= tol)) bad.push(`${r.line} → ${String(got)} (rel err ${relErr(got, r.value).toExponential(2)})`);
    }
    expect(bad).toEqual([]);
    expect(refused).toBeLessThanOrEqual(REFUSALS_ALLOWED);
  });
  it('Pareto/NBD-shaped arguments are all evaluated (none refused)', () => {
    for (const r of hpRef('hyp2f1')) {
      if (r.c !== r.a + 1) continue;
      expect(relErr(hyp2f1(r.a, r.b, r.c, r.x), r.value)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(logHyp2f1(r.a, r.b, r.c, r.x) - Math.log(r.value))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(Math.log(r.value))));
    }
  });
});

const REFUSALS_ALLOWED = 0;

describe('hyp2f1 closed forms', () => {
  // Elementary cases of A&S 15.1.3–15.1.15, evaluated in forms without cancellation. Tolerance 1e−13 relative.
  const check = (got: number, want: number) => expect(relErr(got, want)).toBeLessThanOrEqual(1e-13);
  it('2F1(1, 1; 2; z) = −ln(1 − z)/z (15.1.3): c − a − b = 0 exactly', () => {
    for (const z of ZS) check(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z);
  });
  it('2F1(a, b; b; z) = (1 − z)^−a (15.1.8)', () => {
    for (const z of ZS) {
      for (const a of [0.3, 2.5, -1.5, 7]) {
        for (const b of [0.7, 3, -2.2]) {
          const want = Math.pow(1 - z, -a);
          // e^{−a ln(1 − z)}: |a ln(1 − z)|·eps of rounding in the reference itself at z = −1e12
          expect(relErr(hyp2f1(a, b, b, z), want)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(a * Math.log1p(-z)) / 20));
        }
      }
    }
  });
  it('2F1(½, 1; 3/2; −x²) = atan(x)/x and 2F1(½, ½; 3/2; x²) = asin(x)/x (15.1.4–5)', () => {
    for (const z of ZS) {
      const x = Math.sqrt(Math.abs(z));
      if (z < 0) check(hyp2f1(0.5, 1, 1.5, z), Math.atan(x) / x);
      else check(hyp2f1(0.5, 0.5, 1.5, z), Math.atan2(x, Math.sqrt(1 - z)) / x);
    }
  });
  it('15.1.9, 15.1.10, 15.1.15 with non-integer c − a − b', () => {
    for (const z of ZS) {
      const x = Math.sqrt(Math.abs(z));
      if (z > 0 && z < 1) {
        const t = Math.atan2(x, Math.sqrt(1 - z));
        for (const a of [0.25, 2, 3.7]) check(hyp2f1(a, 1 - a, 1.5, z), Math.sin((2 * a - 1) * t) / ((2 * a - 1) * Math.sin(t)));
        for (const a of [0.3, 1.25, 4]) check(hyp2f1(a, 0.5 + a, 0.5, z), (Math.pow(1 + x, -2 * a) + Math.pow((1 - z) / (1 + x), -2 * a)) / 2);
      }
      if (z < 0) {
        for (const a of [0.3, 1.2, 3.1]) check(hyp2f1(a, 0.5 + a, 1.5, z), (Math.sin((1 - 2 * a) * Math.atan(x)) * Math.pow(1 - z, 0.5 - a)) / (x * (1 - 2 * a)));
      }
    }
  });
  it("Gauss's theorem at z = 1 and Chu–Vandermonde", () => {
    check(hyp2f1(0.5, 0.5, 1.5, 1), Math.PI / 2); // Γ(3/2)Γ(1/2)/(Γ(1)Γ(1)) = π/2
    check(hyp2f1(1, 1, 3, 1), 2); // Γ(3)Γ(1)/(Γ(2)Γ(2))
    check(hyp2f1(-3, 2.5, 4.2, 1), (1.7 * 2.7 * 3.7) / (4.2 * 5.2 * 6.2)); // (c − b)_3/(c)_3
    expect(hyp2f1(4.5, -3.5, 2.5, 1)).toBe(0); // Γ(2.5)Γ(1.5)/(Γ(−2)Γ(6)) = 0: 1/Γ(−2) = 0
  });
  it('polynomials: 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))', () => {
    for (const z of [-1e6, -3, -0.4, 0.2, 0.7, 0.99, 1]) {
      const b = 1.3;
      const c = 2.6;
      check(hyp2f1(-2, b, c, z), 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)));
    }
    expect(hyp2f1(0, 5, 2, -7)).toBe(1);
    expect(hyp2f1(3, 5, 2, 0)).toBe(1);
  });
});

describe('hyp2f1 errors and logHyp2f1', () => {
  it('domain and argument errors', () => {
    expect(codeOf(() => hyp2f1(1, 1, 2, 1.5))).toBe('DOMAIN_ERROR:z');
    expect(codeOf(() => hyp2f1(1, 1, 0, 0.5))).toBe('DOMAIN_ERROR:c');
    expect(codeOf(() => hyp2f1(1, 1, -2, 0.5))).toBe('DOMAIN_ERROR:c');
    expect(codeOf(() => hyp2f1(1, 1, 2, 1))).toBe('DOMAIN_ERROR:z'); // c − a − b = 0: diverges
    expect(codeOf(() => hyp2f1(Number.NaN, 1, 2, 0.5))).toBe('NON_FINITE:a');
    expect(codeOf(() => hyp2f1(1, Infinity, 2, 0.5))).toBe('NON_FINITE:b');
    expect(codeOf(() => hyp2f1(1, 1, 2, -Infinity))).toBe('NON_FINITE:z');
    expect(codeOf(() => logHyp2f1(1, 1, 2, 3))).toBe('DOMAIN_ERROR:z');
    expect(codeOf(() => hyp2f1(2e6, 1, 2, 0.5))).toBe('OUT_OF_RANGE:a'); // parameters are limited to |·| ≤ 1e6
    expect(codeOf(() => hyp2f1(1, 1, -3e6, -0.5))).toBe('OUT_OF_RANGE:c');
    expect(codeOf(() => logHyp2f1(1, 1.5, -5e-324, -1000))).toBe('OUT_OF_RANGE:'); // c next to the pole at 0
  });
  it('overflow → OUT_OF_RANGE, while logHyp2f1 stays finite', () => {
    expect(codeOf(() => hyp2f1(1000, 1000, 1, 0.5))).toBe('OUT_OF_RANGE:');
    expect(Number.isFinite(logHyp2f1(1000, 1000, 1, 0.5))).toBe(true);
    // ln 2F1(a, b; b; z) = −a ln(1 − z)
    expect(relErr(logHyp2f1(2000, 3, 3, 0.9), -2000 * Math.log(0.1))).toBeLessThan(1e-13);
  });
  it('cancellation beyond 8 digits → NOT_CONVERGED', () => {
    expect(codeOf(() => hyp2f1(-200.5, 100, 1.5, 0.4))).toBe('NOT_CONVERGED:');
  });
  it('logHyp2f1 of a non-positive value → DOMAIN_ERROR', () => {
    expect(codeOf(() => logHyp2f1(1, -2, 1, 2))).toBe('DOMAIN_ERROR:z');
    expect(codeOf(() => logHyp2f1(-1, 2, 1, 0.9))).toBe('DOMAIN_ERROR:'); // 2F1(−1, b; c; z) = 1 − bz/c = −0.8
  });
});
