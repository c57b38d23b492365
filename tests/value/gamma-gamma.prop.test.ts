import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedSpend, fitGammaGamma } from '../../src/value/gamma-gamma.js';

const pos = fc.double({ min: 0.01, max: 100, noNaN: true });

describe('Gamma-Gamma properties', () => {
  it('expected spend is a weighted average of the population mean and the customer’s mean (so > 0)', () => {
    fc.assert(
      fc.property(pos, fc.double({ min: 1.01, max: 100, noNaN: true }), pos, fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 1e4, noNaN: true }), (p, q, gamma, x, z) => {
        const e = expectedSpend({ params: { p, q, gamma } }, { frequency: x, monetary: z });
        const pop = (p * gamma) / (q - 1);
        const lo = Math.min(pop, z);
        const hi = Math.max(pop, z);
        expect(e).toBeGreaterThan(0);
        expect(e).toBeGreaterThanOrEqual(lo * (1 - 1e-12));
        expect(e).toBeLessThanOrEqual(hi * (1 + 1e-12));
      }),
    );
  });

  it('more repeat purchases pull the estimate towards the customer’s own mean', () => {
    fc.assert(
      fc.property(pos, fc.double({ min: 1.01, max: 100, noNaN: true }), pos, fc.integer({ min: 1, max: 500 }), fc.double({ min: 0.01, max: 1e4, noNaN: true }), (p, q, gamma, x, z) => {
        const m = { params: { p, q, gamma } };
        const a = Math.abs(expectedSpend(m, { frequency: x, monetary: z }) - z);
        const b = Math.abs(expectedSpend(m, { frequency: x + 1, monetary: z }) - z);
        expect(b).toBeLessThanOrEqual(a * (1 + 1e-12) + 1e-12);
      }),
    );
  });

  it('rescaling every spend by c rescales γ by c and leaves p, q and the log-likelihood shift by −n·ln c', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.double({ min: 1, max: 300, noNaN: true })), { minLength: 5, maxLength: 30 }), fc.double({ min: 0.1, max: 10, noNaN: true }), (rows, c) => {
        const a = fitGammaGamma(rows.map(([x, z]) => ({ frequency: x, monetary: z })));
        const b = fitGammaGamma(rows.map(([x, z]) => ({ frequency: x, monetary: z * c })));
        if (!a.converged || !b.converged || a.standardErrors === null) return;
        expect(Math.abs(b.logLikelihood - (a.logLikelihood - rows.length * Math.log(c)))).toBeLessThan(1e-6 * Math.max(1, Math.abs(a.logLikelihood)));
      }),
      { numRuns: 30 },
    );
  });
});
