import { describe, expect, it } from 'vitest';
import { concentration, DEFAULT_VALUE_TIERS, valueTiers } from '../../src/segmentation/value-tiers.js';
import { rfm } from '../../src/segmentation/rfm.js';
import { orders } from './fixtures.js';
import { errorOf } from '../helpers/errors.js';

describe('concentration', () => {
  it('matches hand-computed Gini values', () => {
    // [1, 2, 3, 4]: Σ(2i − 5)x₍ᵢ₎ = −3 − 2 + 3 + 12 = 10, n·Σx = 40 → 0.25; also ΣΣ|xᵢ − xⱼ| / (2n²x̄) = 20 / 80.
    expect(concentration([4, 1, 3, 2]).gini).toBe(0.25);
    // [0, 0, 0, 10]: the maximum (n − 1)/n = 0.75.
    expect(concentration([0, 10, 0, 0]).gini).toBe(0.75);
    expect(concentration([7]).gini).toBe(0);
    expect(concentration([0.1, 0.1, 0.1, 0.1, 0.1]).gini).toBe(0);
  });

  it('matches R (the ineq::Gini definition, corr = FALSE) on real and small data', () => {
    // R 4.2.2: x <- c(3.2, 1.5, 4.8, 1.5, 9.1, 2.6, 5.3, 5.3, 7.7); n <- length(x)
    //          sum((2 * (1:n) - n - 1) * sort(x)) / (n * sum(x))  → 0.30623306233062331
    expect(concentration([3.2, 1.5, 4.8, 1.5, 9.1, 2.6, 5.3, 5.3, 7.7]).gini).toBeCloseTo(0.30623306233062331, 14);
    // Per-customer revenue of rfm_data_orders.csv (tests/fixtures/rfm), the same R lines on
    // x <- as.numeric(tapply(o$revenue, o$customer_id, sum)) → 0.28960329549886205; top shares
    // sum(sort(x, decreasing = TRUE)[1:ceiling(p * n)]) / sum(x) for p = 0.01, 0.05, 0.1, 0.2, 0.5.
    const revenue = rfm(orders, { asOf: '2006-12-31' }).customers.map((c) => c.monetary);
    const res = concentration(revenue);
    expect(res.n).toBe(995);
    expect(res.total).toBe(464158);
    expect(res.gini).toBeCloseTo(0.28960329549886205, 14);
    expect(res.top.map((t) => t.count)).toEqual([10, 50, 100, 199, 498]);
    const r = [0.025639976042640653, 0.110966524330077254, 0.20156929321481049, 0.35623214508852591, 0.70616471115439139];
    res.top.forEach((t, i) => expect(t.valueShare).toBeCloseTo(r[i]!, 14));
  });

  it('returns nulls where no share exists', () => {
    expect(concentration([])).toEqual({
      n: 0,
      total: 0,
      top: [0.01, 0.05, 0.1, 0.2, 0.5].map((p) => ({ topShare: p, count: 0, valueShare: null })),
      gini: null,
    });
    expect(concentration([0, 0]).gini).toBeNull();
    expect(concentration(new Float64Array([2, 2]), { topShares: [1] }).top).toEqual([{ topShare: 1, count: 2, valueShare: 1 }]);
  });

  it('rejects bad values and shares', () => {
    expect(errorOf(() => concentration([1, -1]))).toEqual({ code: 'OUT_OF_RANGE', path: ['values', 1] });
    expect(errorOf(() => concentration([1, Number.NaN]))).toEqual({ code: 'NON_FINITE', path: ['values', 1] });
    expect(errorOf(() => concentration(['1'] as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['values', 0] });
    expect(errorOf(() => concentration(3 as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['values'] });
    expect(errorOf(() => concentration([1], { topShares: [0.5, 0] }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'topShares', 1] });
    expect(errorOf(() => concentration([1], { topShares: 0.5 as never }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'topShares'] });
  });
});

describe('valueTiers', () => {
  const ten = Array.from({ length: 10 }, (_, i) => ({ customerId: `c${String(i)}`, value: (i + 1) * 10 }));

  it('takes the top 20 % / next 30 % / rest by default', () => {
    const res = valueTiers(ten);
    expect(res.customers.map((c) => c.tier)).toEqual(['high', 'high', 'medium', 'medium', 'medium', 'low', 'low', 'low', 'low', 'low']);
    expect(res.customers[0]).toEqual({ customerId: 'c9', value: 100, rank: 1, tier: 'high' });
    // total 550: high 100 + 90 = 190, medium 80 + 70 + 60 = 210, low 150.
    expect(res.tiers.map((t) => [t.tier, t.count, t.share, t.value, t.minValue, t.maxValue])).toEqual([
      ['high', 2, 0.2, 190, 90, 100],
      ['medium', 3, 0.3, 210, 60, 80],
      ['low', 5, 0.5, 150, 10, 50],
    ]);
    expect(res.tiers[0]!.valueShare).toBeCloseTo(190 / 550, 15);
    expect(res.tiers[0]!.label).toEqual(DEFAULT_VALUE_TIERS[0]!.label);
  });

  it('keeps ties together (the earlier tier takes the whole tie group) and ranks ties alike', () => {
    const rows = [
      { customerId: 'a', value: 9 },
      { customerId: 'b', value: 5 },
      { customerId: 'c', value: 5 },
      { customerId: 'd', value: 5 },
      { customerId: 'e', value: 1 },
    ];
    const res = valueTiers(rows, { tiers: [{ id: 'top', topShare: 0.4 }, { id: 'mid', topShare: 0.6 }, { id: 'low', topShare: 1 }] });
    expect(res.customers.map((c) => [c.customerId, c.rank, c.tier])).toEqual([
      ['a', 1, 'top'],
      ['b', 2, 'top'],
      ['c', 2, 'top'],
      ['d', 2, 'top'],
      ['e', 5, 'low'],
    ]);
    expect(res.tiers.map((t) => t.count)).toEqual([4, 0, 1]);
    expect(res.tiers[1]).toMatchObject({ count: 0, value: 0, valueShare: 0, minValue: null, maxValue: null });
  });

  it('puts customers below the last tier into rest, and handles no customers', () => {
    const res = valueTiers(ten, { tiers: [{ id: 'vip', topShare: 0.1, label: { 'zh-CN': '贵宾', en: 'VIP' } }] });
    expect(res.tiers.map((t) => [t.tier, t.count, t.label?.en ?? null])).toEqual([
      ['vip', 1, 'VIP'],
      ['rest', 9, 'Rest'],
    ]);
    const empty = valueTiers([]);
    expect(empty.tiers.map((t) => [t.count, t.share, t.valueShare])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);
  });

  it('rejects bad customers and tiers with a path', () => {
    expect(errorOf(() => valueTiers([{ customerId: 'a', value: -1 }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['customers', 0, 'value'] });
    expect(errorOf(() => valueTiers([{ customerId: 'a', value: Infinity }]))).toEqual({ code: 'NON_FINITE', path: ['customers', 0, 'value'] });
    expect(errorOf(() => valueTiers([{ customerId: 'a', value: 1 }, { customerId: 'a', value: 2 }]))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['customers', 1, 'customerId'],
    });
    expect(errorOf(() => valueTiers([null as never]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 0] });
    expect(errorOf(() => valueTiers({} as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers'] });
    expect(errorOf(() => valueTiers(ten, { tiers: [] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'tiers'] });
    expect(errorOf(() => valueTiers(ten, { tiers: [{ id: 'a', topShare: 0.5 }, { id: 'b', topShare: 0.5 }] }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['options', 'tiers', 1, 'topShare'],
    });
    expect(errorOf(() => valueTiers(ten, { tiers: [{ id: 'rest', topShare: 1 }] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'tiers', 0, 'id'] });
    expect(errorOf(() => valueTiers(ten, { tiers: [{ id: 'x', topShare: 1.2 }] }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'tiers', 0, 'topShare'] });
    expect(errorOf(() => valueTiers(ten, { tiers: [null as never] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'tiers', 0] });
  });
});
