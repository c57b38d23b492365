import { describe, expect, it } from 'vitest';
import { CHURN_RISK_LEVEL_LABELS, churnRisk } from '../../src/segmentation/churn-risk.js';
import { errorOf } from '../helpers/errors.js';

const asOf = '2026-11-24';
const daysAgo = (n: number): string => new Date(Date.UTC(2026, 10, 24) - n * 86_400_000).toISOString().slice(0, 10);

describe('churnRisk (inter-purchase)', () => {
  it('is 1 − exp(−recency / mean gap) with the customer’s own gap', () => {
    // 5 purchases over 40 days → mean gap 10; recency 20 → 1 − e^−2 = 0.8646647167633873 (hand-computed).
    const res = churnRisk([{ customerId: 'a', purchases: 5, firstPurchase: daysAgo(60), lastPurchase: daysAgo(20) }], { asOf });
    const c = res.customers[0]!;
    expect(c).toMatchObject({ recencyDays: 20, gapDays: 10, basis: 'own', level: 'medium' });
    expect(c.risk).toBeCloseTo(1 - Math.exp(-2), 15);
    // the same from the list of dates (gap over the listed ones), in any order
    const listed = churnRisk([{ customerId: 'a', purchases: [daysAgo(20), daysAgo(60), daysAgo(30), daysAgo(50), daysAgo(40)] }], { asOf });
    expect(listed.customers[0]!.risk).toBe(c.risk);
    expect(res.populationGapDays).toBe(10);
  });

  it('sets levels at 0.6 and 0.9 by default, or as given', () => {
    const at = (recency: number, levels?: { medium?: number; high?: number }) =>
      churnRisk([{ customerId: 'a', purchases: 2, firstPurchase: daysAgo(recency + 10), lastPurchase: daysAgo(recency) }], { asOf, levels }).customers[0]!;
    expect(at(0)).toMatchObject({ risk: 0, level: 'low' });
    expect(at(9).level).toBe('low'); // 1 − e^−0.9 = 0.593
    expect(at(10).level).toBe('medium'); // 0.632
    expect(at(23).level).toBe('medium'); // 0.8997
    expect(at(24).level).toBe('high'); // 0.9093
    expect(at(9, { medium: 0.5 }).level).toBe('medium');
    expect(at(10, { medium: 0.5, high: 0.6 }).level).toBe('high');
    expect(CHURN_RISK_LEVEL_LABELS.medium.en).toBe('Medium risk');
  });

  it('gives single buyers the pooled gap of the repeat buyers, and null where no gap exists', () => {
    const res = churnRisk(
      [
        { customerId: 'a', purchases: 3, firstPurchase: daysAgo(100), lastPurchase: daysAgo(40) }, // span 60, 2 gaps
        { customerId: 'b', purchases: 2, firstPurchase: daysAgo(30), lastPurchase: daysAgo(0) }, // span 30, 1 gap
        { customerId: 'c', purchases: 1, lastPurchase: daysAgo(45) },
        { customerId: 'd', purchases: 0 },
      ],
      { asOf },
    );
    // pooled gap = (60 + 30) / (2 + 1) = 30 days; c: 1 − e^−1.5
    expect(res.populationGapDays).toBe(30);
    expect(res.customers[2]).toMatchObject({ basis: 'population', gapDays: 30, recencyDays: 45 });
    expect(res.customers[2]!.risk).toBeCloseTo(1 - Math.exp(-1.5), 15);
    expect(res.customers[3]).toEqual({ customerId: 'd', risk: null, level: null, recencyDays: null, gapDays: null, basis: 'none' });
    // a: gap 30, recency 40 → 0.736 (medium); b: recency 0 → 0 (low); c: 0.777 (medium)
    expect(res.counts).toEqual({ low: 1, medium: 2, high: 0, unknown: 1 });
    const alone = churnRisk([{ customerId: 'c', purchases: 1, lastPurchase: daysAgo(45) }], { asOf });
    expect(alone.populationGapDays).toBeNull();
    expect(alone.customers[0]).toMatchObject({ risk: null, level: null, recencyDays: 45, basis: 'none' });
  });

  it('floors the gap at minGapDays (same-day purchases)', () => {
    const sameDay = { customerId: 'a', purchases: [daysAgo(3), daysAgo(3)] };
    expect(churnRisk([sameDay], { asOf }).customers[0]).toMatchObject({ gapDays: 1 });
    expect(churnRisk([sameDay], { asOf, minGapDays: 3 }).customers[0]!.risk).toBeCloseTo(1 - Math.exp(-1), 15);
  });

  it('rejects bad options with a path', () => {
    const h = [{ customerId: 'a', purchases: 0 }];
    expect(errorOf(() => churnRisk(h, {} as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'asOf'] });
    expect(errorOf(() => churnRisk(h, null as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options'] });
    expect(errorOf(() => churnRisk(h, { asOf, method: 'last-purchase' as never }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'method'] });
    expect(errorOf(() => churnRisk(h, { asOf, levels: { medium: 0 } }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'levels', 'medium'] });
    expect(errorOf(() => churnRisk(h, { asOf, levels: { high: 1.5 } }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'levels', 'high'] });
    expect(errorOf(() => churnRisk(h, { asOf, levels: { medium: 0.8, high: 0.7 } }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'levels', 'high'] });
    expect(errorOf(() => churnRisk(h, { asOf, minGapDays: 0 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'minGapDays'] });
    expect(errorOf(() => churnRisk(h, { asOf, timeZone: 'Nowhere/Else' }))).toEqual({ code: 'INVALID_TIME_ZONE', path: ['options', 'timeZone'] });
    expect(errorOf(() => churnRisk([{ customerId: 'a', purchases: 1, lastPurchase: '2030-01-01' }], { asOf }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['customers', 0, 'lastPurchase'],
    });
  });
});
