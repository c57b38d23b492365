/**
 * Value functions at the edge of the double range (cases found by probing extreme inputs): limits kept, overflow
 * reported as a CxError, never Infinity.
 */
import { describe, expect, it } from 'vitest';
import { expectedSpend, summarizeTransactions, type GammaGammaModel } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

const gg = (p: number, q: number, gamma: number) => ({ kind: 'gamma-gamma', params: { p, q, gamma } }) as unknown as GammaGammaModel;

describe('expectedSpend', () => {
  it('keeps the limit z̄ + γ/x for a huge p (threw an overflow before)', () => {
    // (γ + x·z)·p/(p·x + q − 1) → (γ + x·z)/x as p → ∞: (1 + 10·5)/10 = 5.1.
    expect(expectedSpend(gg(1e308, 2, 1), { frequency: 10, monetary: 5 })).toBeCloseTo(5.1, 12);
    expect(expectedSpend(gg(6.25, 3.74, 15.44), { frequency: 2, monetary: 35.5 })).toBeCloseTo(((15.44 + 2 * 35.5) * 6.25) / (6.25 * 2 + 3.74 - 1), 12);
  });
  it('reports an overflowing population mean as OUT_OF_RANGE (returned Infinity)', () => {
    expect(errorOf(() => expectedSpend(gg(1e200, 2, 1e200), { frequency: 0, monetary: 0 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['model', 'params'] });
  });
});

describe('summarizeTransactions', () => {
  const opts = { observationEnd: '2024-02-01', timeUnit: 'week' } as const;
  it('rejects an amount beyond the double range (became Infinity)', () => {
    expect(errorOf(() => summarizeTransactions([{ customerId: 'a', date: '2024-01-01', amount: '1e400' }], opts))).toEqual({ code: 'INVALID_MONEY', path: ['transactions', 0, 'amount'] });
  });
  it('reports an overflowing spend (monetary was Infinity)', () => {
    const rows = [
      { customerId: 'a', date: '2024-01-01', amount: 1 },
      { customerId: 'a', date: '2024-01-02', amount: 1.7e308 },
      { customerId: 'a', date: '2024-01-03', amount: 1.7e308 },
    ];
    expect(errorOf(() => summarizeTransactions(rows, opts)).code).toBe('NON_FINITE');
  });
});
