/**
 * historicClv and formulaClv. Reference values are hand-computed from the definitions (Gupta & Lehmann 2003,
 * "Customers as assets", J. Interactive Marketing 17(1): CLV = m·r/(1 + d − r) for the infinite horizon with the
 * first margin one period ahead).
 */
import { describe, expect, it } from 'vitest';
import { formulaClv, historicClv } from '../../src/value/historic-clv.js';
import { errorOf as thrown } from '../helpers/errors.js';

describe('historicClv', () => {
  it('sums exactly per customer, in order of first appearance, times the margin', () => {
    const r = historicClv(
      [
        { customerId: 'a', amount: '0.1' },
        { customerId: 2, amount: 5 },
        { customerId: 'a', amount: 0.2 },
        { customerId: '2', amount: '1' },
        { customerId: 'a', amount: '-0.05' },
      ],
      { margin: '0.25' },
    );
    expect(r.customers.map((c) => [c.customerId, c.transactions, c.revenue.toString(), c.clv.toString()])).toEqual([
      ['a', 3, '0.25', '0.0625'],
      [2, 1, '5', '1.25'],
      ['2', 1, '1', '0.25'],
    ]);
    expect(r.total.toString()).toBe('1.5625');
  });

  it('defaults to margin 1 and handles no transactions', () => {
    expect(historicClv([{ customerId: 'x', amount: '19.99' }]).total.toString()).toBe('19.99');
    const empty = historicClv([]);
    expect(empty.customers).toEqual([]);
    expect(empty.total.toString()).toBe('0');
  });

  it('rejects bad rows and margins with paths', () => {
    expect(thrown(() => historicClv([{ customerId: 'a', amount: 'abc' }]))).toEqual({ code: 'INVALID_MONEY', path: [0, 'amount'] });
    expect(thrown(() => historicClv([{ customerId: 'a', amount: 1 }, { customerId: NaN, amount: 1 }]))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: [1, 'customerId'],
    });
    expect(thrown(() => historicClv([null as never])).path).toEqual([0]);
    expect(thrown(() => historicClv([], { margin: '1.5' }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'margin'] });
    expect(thrown(() => historicClv('x' as never)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('formulaClv', () => {
  it('infinite horizon m·r/(1 + d − r): 100·0.8/0.3 = 266.67 (to 34 digits)', () => {
    expect(formulaClv({ margin: 100, retention: '0.8', discountRate: '0.1' }).toString()).toBe('266.6666666666666666666666666666667');
    expect(formulaClv({ margin: '50', retention: '0.5', discountRate: '0' }).toString()).toBe('50');
  });

  it('finite sum Σ_{t=1..n} m·(r/(1 + d))ᵗ: 100·(0.5 + 0.25) = 75; r = 1, d = 0 gives n·m', () => {
    expect(formulaClv({ margin: 100, retention: '0.5', discountRate: 0, periods: 2 }).toString()).toBe('75');
    expect(formulaClv({ margin: 100, retention: 1, discountRate: 0, periods: 7 }).toString()).toBe('700');
    expect(formulaClv({ margin: 100, retention: '0.9', discountRate: '0.1', periods: 0 }).toString()).toBe('0');
    // 100·(0.9/1.1 + (0.9/1.1)² + (0.9/1.1)³) = 100·(0.8181… + 0.6694… + 0.5477…) = 203.5311795642374…
    expect(formulaClv({ margin: 100, retention: '0.9', discountRate: '0.1', periods: 3 }).toFixed(10)).toBe('203.5311795642');
  });

  it('rejects impossible inputs', () => {
    expect(thrown(() => formulaClv({ margin: 1, retention: 1.2, discountRate: 0 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['retention'] });
    expect(thrown(() => formulaClv({ margin: 1, retention: 0.5, discountRate: -0.1 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['discountRate'] });
    expect(thrown(() => formulaClv({ margin: 1, retention: 1, discountRate: 0 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['retention'] });
    expect(thrown(() => formulaClv({ margin: 1, retention: 0.5, discountRate: 0, periods: -1 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['periods'] });
    expect(thrown(() => formulaClv({ margin: 'x', retention: 0.5, discountRate: 0 }))).toEqual({ code: 'INVALID_MONEY', path: ['margin'] });
    expect(thrown(() => formulaClv(null as never)).code).toBe('INVALID_ARGUMENT');
  });
});
