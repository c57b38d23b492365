/**
 * Unit tests of churnRate and customerChurn (src/retention/churn.ts). Expected values are worked out by hand in
 * the comments (counts exact; rates compared with toBe where the quotient is exact, else toBeCloseTo(·, 15)).
 */
import { describe, expect, it } from 'vitest';
import { churnRate, customerChurn, type ChurnRateInput, type ChurnWindow, type ContractCustomer } from '../../src/retention/churn.js';
import { expectCxError } from '../helpers/errors.js';

describe('churnRate', () => {
  it('lost / atStart and its complement', () => {
    expect(churnRate({ atStart: 200, lost: 14 })).toEqual({ churn: 0.07, retention: 0.93 });
    expect(churnRate({ atStart: 4, lost: 1 })).toEqual({ churn: 0.25, retention: 0.75 });
    expect(churnRate({ atStart: 3, lost: 3 })).toEqual({ churn: 1, retention: 0 });
    expect(churnRate({ atStart: 3, lost: 0 })).toEqual({ churn: 0, retention: 1 });
  });
  it('atStart 0: null, never NaN', () => {
    expect(churnRate({ atStart: 0, lost: 0 })).toEqual({ churn: null, retention: null });
  });
  it('bad counts', () => {
    expectCxError(() => churnRate({ atStart: 10, lost: 11 }), 'OUT_OF_RANGE', ['lost']);
    expectCxError(() => churnRate({ atStart: -1, lost: 0 }), 'OUT_OF_RANGE', ['atStart']);
    expectCxError(() => churnRate({ atStart: 10, lost: -1 }), 'OUT_OF_RANGE', ['lost']);
    expectCxError(() => churnRate({ atStart: 10.5, lost: 1 }), 'OUT_OF_RANGE', ['atStart']);
    expectCxError(() => churnRate({ atStart: 10, lost: Number.NaN }), 'NON_FINITE', ['lost']);
    expectCxError(() => churnRate({ atStart: '10', lost: 1 } as unknown as ChurnRateInput), 'INVALID_ARGUMENT', ['atStart']);
    expectCxError(() => churnRate(null as unknown as ChurnRateInput), 'INVALID_ARGUMENT', []);
  });
});

describe('customerChurn', () => {
  const window: ChurnWindow = { from: '2026-01-01', to: '2026-02-01' }; // 31 days
  const customers: ContractCustomer[] = [
    { customerId: 'a', start: '2025-06-01' }, // atStart, stays: 31 days
    { customerId: 'b', start: '2025-06-01', end: '2026-01-11' }, // atStart, lost: 10 days
    { customerId: 'c', start: '2026-01-01', end: '2026-02-01' }, // start = from: atStart; end = to: lost (inactive at to): 31 days
    { customerId: 'd', start: '2026-01-21' }, // acquired, stays: 11 days
    { customerId: 'e', start: '2026-01-21', end: '2026-01-26T12:00:00Z' }, // acquired and lost: 5.5 days
    { customerId: 'f', start: '2025-01-01', end: '2026-01-01' }, // ended exactly at from: not active at from, 0 days
    { customerId: 'g', start: '2026-02-01' }, // starts at to: acquired, active at to, 0 days
    { customerId: 'h', start: '2026-03-01' }, // after the window: nowhere
    { customerId: 7, start: '2025-12-01', end: null }, // null end = still active: atStart, 31 days
  ];

  it('counts, rates and exposure', () => {
    const r = customerChurn(customers, window);
    expect(r).toEqual({
      atStart: 4, // a, b, c, 7
      acquired: 3, // d, e, g
      lost: 2, // b, c
      acquiredLost: 1, // e
      atEnd: 4, // a, d, g, 7 = 4 − 2 + 3 − 1
      churnRate: 0.5,
      retentionRate: 0.5,
      customerDays: 31 + 10 + 31 + 11 + 5.5 + 31, // 119.5
      churnPerCustomerDay: 3 / 119.5,
    });
  });

  it('a window of zero length', () => {
    const r = customerChurn(customers, { from: '2026-01-15', to: '2026-01-15' });
    // Active on 15 January: a, c, 7 (b ended on the 11th; d, e start on the 21st).
    expect(r).toEqual({ atStart: 3, acquired: 0, lost: 0, acquiredLost: 0, atEnd: 3, churnRate: 0, retentionRate: 1, customerDays: 0, churnPerCustomerDay: null });
  });

  it('no customers: zeros and nulls', () => {
    expect(customerChurn([], window)).toEqual({
      atStart: 0,
      acquired: 0,
      lost: 0,
      acquiredLost: 0,
      atEnd: 0,
      churnRate: null,
      retentionRate: null,
      customerDays: 0,
      churnPerCustomerDay: null,
    });
  });

  it('dates as Date, epoch ms or ISO strings with offsets agree', () => {
    const ms = customerChurn([{ customerId: 1, start: Date.UTC(2025, 11, 31, 16), end: Date.UTC(2026, 0, 10) }], window);
    const iso = customerChurn([{ customerId: 1, start: '2026-01-01T00:00:00+08:00', end: new Date(Date.UTC(2026, 0, 10)) }], window);
    expect(iso).toEqual(ms);
    expect(ms.customerDays).toBe(9);
    expect(ms.lost).toBe(1);
  });

  it('bad input', () => {
    expectCxError(() => customerChurn([...customers, { customerId: 'a', start: '2026-01-01' }], window), 'INVALID_ARGUMENT', ['customers', 9, 'customerId']);
    expectCxError(() => customerChurn([{ customerId: 'x', start: '2026-01-10', end: '2026-01-09' }], window), 'OUT_OF_RANGE', ['customers', 0, 'end']);
    expectCxError(() => customerChurn([{ customerId: 'x', start: '2026-1-10' }], window), 'INVALID_DATE', ['customers', 0, 'start']);
    expectCxError(() => customerChurn([{ customerId: 'x', start: '2026-01-10', end: 'never' }], window), 'INVALID_DATE', ['customers', 0, 'end']);
    expectCxError(() => customerChurn([{ customerId: true, start: '2026-01-10' }] as unknown as ContractCustomer[], window), 'INVALID_ARGUMENT', ['customers', 0, 'customerId']);
    expectCxError(() => customerChurn([undefined] as unknown as ContractCustomer[], window), 'INVALID_ARGUMENT', ['customers', 0]);
    expectCxError(() => customerChurn({} as unknown as ContractCustomer[], window), 'INVALID_ARGUMENT', ['customers']);
    expectCxError(() => customerChurn(customers, { from: '2026-02-01', to: '2026-01-01' }), 'OUT_OF_RANGE', ['window', 'to']);
    expectCxError(() => customerChurn(customers, { from: 'x', to: '2026-01-01' }), 'INVALID_DATE', ['window', 'from']);
    expectCxError(() => customerChurn(customers, null as unknown as ChurnWindow), 'INVALID_ARGUMENT', ['window']);
  });
});
