/**
 * customerLifetimeValue: the discounted sum of per-period expected purchases × expected spend × margin.
 * Reference values are the definition evaluated term by term in the test (the conditional expectation from SMC
 * 1987 eq. 22 / FHL 2005 eq. 10, the spend from Fader, Hardie & Lee 2005 "RFM and CLV" eq. 3), and the no-discount
 * identity CLV = E[Y(nL)]·E[M]·margin.
 */
import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from '../../src/value/clv.js';
import { expectedSpend } from '../../src/value/gamma-gamma.js';
import { paretoNbdConditionalExpectedPurchases, type ParetoNbdModel } from '../../src/value/pareto-nbd.js';
import { conditionalExpectedPurchases, type PurchaseModel } from '../../src/value/predict.js';
import { errorOf as thrown } from '../helpers/errors.js';

const pareto = { kind: 'pareto-nbd', params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 }, timeUnit: 'week' } as ParetoNbdModel;
const bgnbd = { kind: 'bg-nbd', params: { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, timeUnit: 'week' } as PurchaseModel;
const spendModel = { params: { p: 6.25, q: 3.74, gamma: 15.44 } };
const customers = [
  { customerId: 'a', frequency: 2, recency: 30.43, T: 38.86, monetary: 22.35 },
  { customerId: 'b', frequency: 0, recency: 0, T: 38.86, monetary: 0 },
  { customerId: 'c', frequency: 26, recency: 30.86, T: 31, monetary: 40 },
];

describe('customerLifetimeValue', () => {
  it('equals the definition Σ ΔE[Y]·spend·margin/(1 + d)^i, months converted to weeks (relative 1e-12)', () => {
    const res = customerLifetimeValue({ model: pareto, spendModel, customers, horizon: { periods: 12, unit: 'month' }, discountRate: 0.01, margin: '0.3' });
    const L = 365.25 / 12 / 7;
    expect(res.horizon).toEqual({ periods: 12, unit: 'month', modelUnit: 'week', periodLength: L });
    let total = 0;
    for (let j = 0; j < customers.length; j++) {
      const c = customers[j]!;
      let v = 0;
      for (let i = 1; i <= 12; i++) {
        const de = paretoNbdConditionalExpectedPurchases(pareto.params, i * L, c) - paretoNbdConditionalExpectedPurchases(pareto.params, (i - 1) * L, c);
        v += de / 1.01 ** i;
      }
      v *= expectedSpend(spendModel, c) * 0.3;
      expect(res.customers[j]!.customerId).toBe(c.customerId);
      expect(Math.abs(res.customers[j]!.clv.toNumber() - v)).toBeLessThan(1e-12 * v);
      total += v;
    }
    expect(Math.abs(res.total.toNumber() - total)).toBeLessThan(1e-12 * total);
  });

  it('with no discount it is E[Y(n·L)]·E[M]·margin; the margin multiplies exactly (BG/NBD model, days → weeks)', () => {
    const res = customerLifetimeValue({ model: bgnbd, spendModel, customers, horizon: { periods: 70, unit: 'day' }, discountRate: 0 });
    for (let j = 0; j < customers.length; j++) {
      const c = customers[j]!;
      const v = conditionalExpectedPurchases(bgnbd, 10, c) * expectedSpend(spendModel, c);
      expect(Math.abs(res.customers[j]!.clv.toNumber() - v)).toBeLessThan(1e-12 * v);
    }
    const half = customerLifetimeValue({ model: bgnbd, spendModel, customers, horizon: { periods: 70, unit: 'day' }, discountRate: 0, margin: '0.5' });
    for (let j = 0; j < customers.length; j++) expect(half.customers[j]!.clv.times(2).equals(res.customers[j]!.clv)).toBe(true);
  });

  it('accepts a summary { timeUnit, customers }, ids default to the index, 0 periods give 0', () => {
    const rows = customers.map((c) => ({ frequency: c.frequency, recency: c.recency, T: c.T, monetary: c.monetary }));
    const res = customerLifetimeValue({ model: pareto, spendModel, customers: { timeUnit: 'week', customers: rows }, horizon: { periods: 0, unit: 'week' }, discountRate: 0.1 });
    expect(res.customers.map((c) => c.customerId)).toEqual([0, 1, 2]);
    expect(res.total.toString()).toBe('0');
    expect(JSON.parse(JSON.stringify(res)).customers[0].clv).toBe('0');
  });

  it('customer data in another unit than the model is an error, never a silent rescale', () => {
    expect(
      thrown(() => customerLifetimeValue({ model: pareto, spendModel, customers: { timeUnit: 'day', customers }, horizon: { periods: 1, unit: 'week' }, discountRate: 0 })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 'timeUnit'] });
    const dayRows = [{ ...customers[0]!, timeUnit: 'day' as const }];
    expect(thrown(() => customerLifetimeValue({ model: pareto, spendModel, customers: dayRows, horizon: { periods: 1, unit: 'week' }, discountRate: 0 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['customers', 0, 'timeUnit'],
    });
    expect(
      thrown(() => customerLifetimeValue({ model: { ...pareto, timeUnit: null }, spendModel, customers, horizon: { periods: 1, unit: 'week' }, discountRate: 0 })).path,
    ).toEqual(['model', 'timeUnit']);
  });

  it('rejects bad horizons, rates, margins, spend models and rows with paths', () => {
    const base = { model: pareto, spendModel, customers, horizon: { periods: 3, unit: 'month' as const }, discountRate: 0.01 };
    expect(thrown(() => customerLifetimeValue({ ...base, horizon: { periods: 1.5, unit: 'month' } })).path).toEqual(['horizon', 'periods']);
    expect(thrown(() => customerLifetimeValue({ ...base, horizon: { periods: 1, unit: 'year' as never } })).path).toEqual(['horizon', 'unit']);
    expect(thrown(() => customerLifetimeValue({ ...base, discountRate: -0.1 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['discountRate'] });
    expect(thrown(() => customerLifetimeValue({ ...base, margin: '1.2' }))).toEqual({ code: 'OUT_OF_RANGE', path: ['margin'] });
    expect(thrown(() => customerLifetimeValue({ ...base, spendModel: { params: { p: 6, q: 0.8, gamma: 15 } } }))).toEqual({
      code: 'DOMAIN_ERROR',
      path: ['spendModel', 'params', 'q'],
    });
    expect(thrown(() => customerLifetimeValue({ ...base, customers: [customers[0]!, { ...customers[0]!, recency: 50 }] }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['customers', 1, 'recency'],
    });
    expect(thrown(() => customerLifetimeValue({ ...base, customers: [{ ...customers[0]!, monetary: -1 }] }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['customers', 0, 'monetary'],
    });
    expect(thrown(() => customerLifetimeValue({ ...base, model: { kind: 'bg-bb', params: {}, timeUnit: null } as never })).code).toBe('UNSUPPORTED');
    expect(thrown(() => customerLifetimeValue(null as never)).code).toBe('INVALID_ARGUMENT');
  });
});
