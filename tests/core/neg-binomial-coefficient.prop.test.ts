/** logNegBinomialCoefficient (core/special-kernels, internal) against lnΓ differences where those are accurate. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lgammaK, logNegBinomialCoefficient } from '../../src/core/special-kernels.js';

describe('logNegBinomialCoefficient', () => {
  it('equals lnΓ(r+n) − lnΓ(r) − ln n! for moderate r (absolute 1e-11), and ln r^n/n! to O(n²/r) for huge r', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.integer({ min: 0, max: 300 }), (r, n) => {
        const want = lgammaK(r + n) - lgammaK(r) - lgammaK(n + 1);
        expect(Math.abs(logNegBinomialCoefficient(r, n) - want)).toBeLessThan(1e-11 * Math.max(1, Math.abs(want)));
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e9, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 50 }), (r, n) => {
        const limit = n * Math.log(r) - lgammaK(n + 1);
        expect(Math.abs(logNegBinomialCoefficient(r, n) - limit)).toBeLessThanOrEqual((n * n) / r + 1e-12 * Math.max(1, Math.abs(limit)));
      }),
    );
  });
});
