/**
 * Gamma-Gamma spend model against published values and R.
 *
 * References:
 * - CDNOW, 946 repeat customers (zbar of cdnow_customers_summary_with_transactions.csv): p 6.25, q 3.74, γ 15.44 —
 *   Fader, Hardie & Lee (2005), "RFM and CLV: using iso-value curves for customer base analysis", J. Marketing
 *   Research 42(4), §"Spend model"; Fader & Hardie (2013), "The Gamma-Gamma model of monetary value", p. 4.
 * - tests/fixtures/pareto-nbd/reference.json, `gammaGammaCdnow`: generate.R, base R optim() on the same likelihood
 *   (Fader & Hardie 2013, eq. 5).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedSpend, fitGammaGamma } from '../../src/value/gamma-gamma.js';
import { cdnowSummary } from './cdnow-helpers.js';
import { errorOf as thrown } from '../helpers/errors.js';

const ref = JSON.parse(readFileSync(new URL('../fixtures/pareto-nbd/reference.json', import.meta.url), 'utf8')) as {
  gammaGammaCdnow: { p: number; q: number; gamma: number; logLikelihood: number };
};
const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('fitGammaGamma on CDNOW', () => {
  const rows = cdnowSummary();
  const m = fitGammaGamma(rows);

  it('reproduces the published p 6.25, q 3.74, γ 15.44 to the printed digits', () => {
    expect(m.converged).toBe(true);
    expect(m.params.p).toBeCloseTo(6.25, 2);
    expect(m.params.q).toBeCloseTo(3.74, 2);
    expect(m.params.gamma).toBeCloseTo(15.44, 1); // exact optimum 15.4477: rounds to 15.45, published 15.44
  });

  it('agrees with R optim() to ≥ 6 significant digits (relative 2e-6), LL to 1e-11', () => {
    const R = ref.gammaGammaCdnow;
    expect(rel(m.params.p, R.p)).toBeLessThan(2e-6);
    expect(rel(m.params.q, R.q)).toBeLessThan(2e-6);
    expect(rel(m.params.gamma, R.gamma)).toBeLessThan(2e-6);
    expect(rel(m.logLikelihood, R.logLikelihood)).toBeLessThan(1e-11);
  });

  it('skips the 1,411 one-time buyers, fits 946, and reports the frequency–monetary correlation', () => {
    expect(m.n).toBe(946);
    expect(m.diagnostics.skipped).toBe(1411);
    // Pearson correlation of x and zbar over the 946 (R: cor(x, zbar) on the rows with x > 0 = 0.1138839)
    expect(m.diagnostics.frequencyMonetaryCorrelation).toBeCloseTo(0.1138839, 6);
  });

  it('expected spend: the population mean for x = 0 and the shrunk mean otherwise (Fader, Hardie & Lee 2005, eq. 3)', () => {
    const p = { params: { p: 6.25, q: 3.74, gamma: 15.44 } };
    expect(expectedSpend(p, { frequency: 0, monetary: 0 })).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
    expect(expectedSpend(p, { frequency: 2, monetary: 22.35 })).toBeCloseTo(((15.44 + 2 * 22.35) * 6.25) / (6.25 * 2 + 3.74 - 1), 12);
  });

  it('weights equal duplicated rows', () => {
    const a = fitGammaGamma([
      { frequency: 2, monetary: 20, weight: 3 },
      { frequency: 1, monetary: 35, weight: 2 },
      { frequency: 4, monetary: 18 },
      { frequency: 3, monetary: 60 },
    ]);
    const b = fitGammaGamma([
      ...Array.from({ length: 3 }, () => ({ frequency: 2, monetary: 20 })),
      ...Array.from({ length: 2 }, () => ({ frequency: 1, monetary: 35 })),
      { frequency: 4, monetary: 18 },
      { frequency: 3, monetary: 60 },
    ]);
    expect(rel(a.logLikelihood, b.logLikelihood)).toBeLessThan(1e-12);
  });
});

describe('Gamma-Gamma bad input', () => {
  it('monetary ≤ 0 with frequency > 0, negative or fractional frequency → CxError with the row in the path', () => {
    expect(thrown(() => fitGammaGamma([{ frequency: 2, monetary: 10 }, { frequency: 1, monetary: 0 }]))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['data', 1, 'monetary'],
    });
    expect(thrown(() => fitGammaGamma([{ frequency: 1, monetary: -5 }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['data', 0, 'monetary'] });
    expect(thrown(() => fitGammaGamma([{ frequency: -1, monetary: 5 }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['data', 0, 'frequency'] });
    expect(thrown(() => fitGammaGamma([{ frequency: 1.5, monetary: 5 }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['data', 0, 'frequency'] });
    expect(thrown(() => fitGammaGamma([{ frequency: 1, monetary: NaN }]))).toEqual({ code: 'NON_FINITE', path: ['data', 0, 'monetary'] });
    expect(thrown(() => fitGammaGamma({ customers: [{ frequency: 1, monetary: 5, weight: -1 }] })).path).toEqual(['data', 'customers', 0, 'weight']);
    expect(thrown(() => fitGammaGamma([{ frequency: 0, monetary: 0 }])).code).toBe('EMPTY_INPUT');
    expect(thrown(() => fitGammaGamma('x' as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('expected spend with q ≤ 1 is an error, never a number', () => {
    expect(thrown(() => expectedSpend({ params: { p: 6, q: 1, gamma: 15 } }, { frequency: 2, monetary: 20 }))).toEqual({
      code: 'DOMAIN_ERROR',
      path: ['model', 'params', 'q'],
    });
    expect(thrown(() => expectedSpend({ params: { p: 6, q: 0.5, gamma: 15 } }, { frequency: 0, monetary: 0 })).code).toBe('DOMAIN_ERROR');
    expect(thrown(() => expectedSpend({ params: { p: 6, q: 3, gamma: 15 } }, { frequency: 2, monetary: 0 }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['customer', 'monetary'],
    });
    expect(thrown(() => expectedSpend({ params: { p: -1, q: 3, gamma: 15 } }, { frequency: 2, monetary: 5 })).path).toEqual(['model', 'params', 'p']);
    expect(thrown(() => expectedSpend(null as never, { frequency: 2, monetary: 5 })).path).toEqual(['model']);
  });
});
