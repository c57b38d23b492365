import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { betaInc, digamma, gamma, gammaP, gammaQ, lbeta, lgamma, log1mExp, log1pExp, logSumExp } from '../../src/core/special.js';

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const pos = fc.oneof(real(1e-8, 1), real(1, 20), real(20, 1e6));
const shape = fc.oneof(real(0.01, 1), real(1, 50), real(50, 1e4));

describe('gamma family properties', () => {
  it('lgamma recurrence: lgamma(x + 1) = lgamma(x) + ln x (absolute 1e−14·max(1, |lgamma|))', () => {
    fc.assert(
      fc.property(pos, (x) => {
        const lhs = lgamma(x + 1);
        const rhs = lgamma(x) + Math.log(x);
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(lhs), Math.abs(Math.log(x))));
      }),
    );
  });
  it('gamma = exp(lgamma) and Γ(x + 1) = xΓ(x)', () => {
    fc.assert(
      fc.property(real(0.01, 170), (x) => {
        expect(Math.abs(gamma(x) / Math.exp(lgamma(x)) - 1)).toBeLessThan(1e-12);
        expect(Math.abs(gamma(x + 1) / (x * gamma(x)) - 1)).toBeLessThan(1e-12);
      }),
    );
  });
  it('digamma recurrence ψ(x + 1) = ψ(x) + 1/x, and ψ is increasing', () => {
    fc.assert(
      fc.property(pos, real(1e-3, 10), (x, d) => {
        const lhs = digamma(x + 1);
        const rhs = digamma(x) + 1 / x;
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(rhs), 1 / x));
        expect(digamma(x + d)).toBeGreaterThan(digamma(x));
      }),
    );
  });
  it('digamma is the derivative of lgamma (central difference)', () => {
    fc.assert(
      fc.property(real(0.1, 1e3), (x) => {
        const h = 1e-5 * x;
        const fd = (lgamma(x + h) - lgamma(x - h)) / (2 * h);
        expect(Math.abs(fd - digamma(x))).toBeLessThan(1e-6 * Math.max(1, Math.abs(digamma(x))));
      }),
    );
  });
  it('lbeta is symmetric and equals lgamma(a) + lgamma(b) − lgamma(a + b)', () => {
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        expect(lbeta(a, b)).toBe(lbeta(b, a));
        const naive = lgamma(a) + lgamma(b) - lgamma(a + b);
        // the naive difference itself carries ~eps·lgamma(a + b) of rounding
        expect(Math.abs(lbeta(a, b) - naive)).toBeLessThanOrEqual(4e-15 * Math.max(1, Math.abs(lgamma(a + b)), Math.abs(lgamma(a)), Math.abs(lgamma(b))));
      }),
    );
  });
});

describe('log-exp properties', () => {
  it('log1pExp(x) − log1pExp(−x) = x and log1pExp(x) ≥ max(0, x)', () => {
    fc.assert(
      fc.property(real(-700, 700), (x) => {
        expect(Math.abs(log1pExp(x) - log1pExp(-x) - x)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(x)));
        expect(log1pExp(x)).toBeGreaterThanOrEqual(Math.max(0, x));
      }),
    );
  });
  it('log1mExp(x) < 0 and exp(log1mExp(x)) + exp(x) = 1', () => {
    fc.assert(
      fc.property(real(-700, -1e-300), (x) => {
        const v = log1mExp(x);
        expect(v).toBeLessThan(0);
        expect(Math.abs(-Math.expm1(v) - Math.exp(x))).toBeLessThanOrEqual(2e-15 * Math.max(Math.exp(x), -Math.expm1(v)));
      }),
    );
  });
  it('logSumExp: shift invariance, max ≤ lse ≤ max + ln n, order invariance', () => {
    fc.assert(
      fc.property(fc.array(real(-1e3, 1e3), { minLength: 1, maxLength: 50 }), real(-1e3, 1e3), (v, c) => {
        const l = logSumExp(v);
        let m = -Infinity;
        for (const x of v) m = Math.max(m, x);
        expect(l).toBeGreaterThanOrEqual(m);
        expect(l).toBeLessThanOrEqual(m + Math.log(v.length) + 1e-12);
        const shifted = logSumExp(v.map((x) => x + c));
        expect(Math.abs(shifted - (l + c))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(l), Math.abs(c)));
        expect(Math.abs(logSumExp([...v].reverse()) - l)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(l)));
      }),
    );
  });
});

describe('incomplete gamma and beta properties', () => {
  it('P + Q = 1, both in [0, 1], P non-decreasing in x (up to 1e−15 of rounding)', () => {
    fc.assert(
      fc.property(shape, fc.oneof(real(0, 1), real(1, 1e4)), real(0, 10), (a, x, d) => {
        const p = gammaP(a, x);
        const q = gammaQ(a, x);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(q).toBeLessThanOrEqual(1);
        expect(Math.abs(p + q - 1)).toBeLessThan(1e-14);
        expect(gammaP(a, x + d)).toBeGreaterThanOrEqual(p - 1e-15);
      }),
    );
  });
  it('recurrence P(a + 1, x) = P(a, x) − x^a e^−x / Γ(a + 1)', () => {
    fc.assert(
      fc.property(real(0.1, 50), real(0.01, 60), (a, x) => {
        const lhs = gammaP(a + 1, x);
        const rhs = gammaP(a, x) - Math.exp(a * Math.log(x) - x - lgamma(a + 1));
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-13);
      }),
    );
  });
  it('reflection I_x(a, b) = 1 − I_{1−x}(b, a); in [0, 1]; non-decreasing in x (up to 1e−15 of rounding)', () => {
    // x = k/2²⁰ so that 1 − x is exact.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 20 }), shape, shape, real(0, 0.1), (k, a, b, d) => {
        const x = k / 2 ** 20;
        const i = betaInc(x, a, b);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThanOrEqual(1);
        expect(Math.abs(i - (1 - betaInc(1 - x, b, a)))).toBeLessThan(1e-13);
        expect(betaInc(Math.min(1, x + d), a, b)).toBeGreaterThanOrEqual(i - 1e-15);
      }),
    );
  });
  it('recurrence I_x(a + 1, b) = I_x(a, b) − x^a (1 − x)^b / (a B(a, b))', () => {
    fc.assert(
      fc.property(real(0.01, 0.99), real(0.1, 30), real(0.1, 30), (x, a, b) => {
        const lhs = betaInc(x, a + 1, b);
        const rhs = betaInc(x, a, b) - Math.exp(a * Math.log(x) + b * Math.log1p(-x) - Math.log(a) - lbeta(a, b));
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-13);
      }),
    );
  });
});
