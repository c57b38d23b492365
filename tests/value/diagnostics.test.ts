/**
 * Tracking chart and holdout comparison: identities with expectedPurchases / conditionalExpectedPurchases, and
 * sanity bounds on the CDNOW sample, where BG/NBD tracks the cumulative repeat transactions closely (Fader, Hardie &
 * Lee 2005, Figure 2).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fitBgNbd, type BgNbdModel } from '../../src/value/bg-nbd.js';
import { expectedCumulativeTransactions, holdoutComparison } from '../../src/value/diagnostics.js';
import { conditionalExpectedPurchases, expectedPurchases } from '../../src/value/predict.js';
import { summarizeTransactions } from '../../src/value/summary.js';

const sample = readFileSync(fileURLToPath(new URL('../fixtures/cdnow/CDNOW_sample.txt', import.meta.url)), 'utf8')
  .trim()
  .split(/\r?\n/)
  .map((l) => {
    const f = l.trim().split(/\s+/);
    return { customerId: Number(f[1]), date: f[2]!, amount: Number(f[4]) };
  });
const base = { logLikelihood: 0, standardErrors: null, intervals: null, converged: true, message: '', iterations: 0, n: 1, penalizer: 0 };
const bg: BgNbdModel = { ...base, kind: 'bg-nbd', params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, timeUnit: 'week' };

describe('expectedCumulativeTransactions', () => {
  it('is Σ E[X(τ − s_i)] over customers who have started', () => {
    const chart = expectedCumulativeTransactions(bg, [0, 0, 1.5], 3, { step: 0.5 });
    expect(chart.times).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
    chart.times.forEach((tau, k) => {
      const want = 2 * expectedPurchases(bg, tau) + (tau > 1.5 ? expectedPurchases(bg, tau - 1.5) : 0);
      expect(chart.expected[k]).toBeCloseTo(want, 14);
    });
    expect(chart.actual).toBeNull();
    expect(chart.timeUnit).toBe('week');
  });

  it('tracks the CDNOW sample: expected vs actual cumulative repeat transactions at weeks 39 and 78 within 5%', () => {
    const DAY = 86_400_000;
    const t0 = Date.UTC(1997, 0, 1);
    const day = (s: string): number => (Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8))) - t0) / DAY;
    const byCustomer = new Map<number, Set<number>>();
    for (const t of sample) {
      const set = byCustomer.get(t.customerId) ?? new Set<number>();
      set.add(day(t.date));
      byCustomer.set(t.customerId, set);
    }
    const first: number[] = [];
    const repeats: number[] = [];
    for (const days of byCustomer.values()) {
      const sorted = [...days].sort((a, b) => a - b);
      first.push(sorted[0]! / 7);
      for (const d of sorted.slice(1)) repeats.push(d / 7);
    }
    const calibration = summarizeTransactions(sample, { timeUnit: 'week', observationEnd: '1997-09-30' });
    const model = fitBgNbd(calibration);
    const chart = expectedCumulativeTransactions(model, first, 78, { repeatPurchaseTimes: repeats });
    for (const week of [39, 78]) {
      const k = week - 1;
      expect(Math.abs(chart.expected[k]! / chart.actual![k]! - 1)).toBeLessThan(0.05);
    }
    expect(chart.actual![77]).toBe(repeats.filter((r) => r <= 78).length);
  });

  it('rejects bad input', () => {
    expect(() => expectedCumulativeTransactions(bg, [0, -1], 3)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['firstPurchaseTimes', 1] }) as Error);
    expect(() => expectedCumulativeTransactions(bg, [Number.NaN], 3)).toThrow(expect.objectContaining({ code: 'NON_FINITE', path: ['firstPurchaseTimes', 0] }) as Error);
    expect(() => expectedCumulativeTransactions(bg, 'x' as never, 3)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['firstPurchaseTimes'] }) as Error);
    expect(() => expectedCumulativeTransactions(bg, [0], -3)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['horizon'] }) as Error);
    expect(() => expectedCumulativeTransactions(bg, [0], 3, { step: 0 })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['options', 'step'] }) as Error);
    expect(() => expectedCumulativeTransactions(bg, [0], 1e6, { step: 1 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['options', 'step'] }) as Error);
  });
});

describe('holdoutComparison', () => {
  const split = summarizeTransactions(sample, { timeUnit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' });
  const model = fitBgNbd(split);

  it('averages the conditional expectation over the 39-week holdout per calibration frequency', () => {
    const cmp = holdoutComparison(model, split);
    expect(cmp.holdoutLength).toBe(39);
    expect(cmp.buckets).toHaveLength(8);
    expect(cmp.buckets[7]!.orMore).toBe(true);
    expect(cmp.total.customers).toBe(2357);
    let pred = 0;
    let act = 0;
    for (const c of split.customers) {
      pred += conditionalExpectedPurchases(model, 39, c);
      act += c.holdoutFrequency!;
    }
    expect(cmp.total.predicted).toBeCloseTo(pred, 8);
    expect(cmp.total.actual).toBe(act);
    const zero = split.customers.filter((c) => c.frequency === 0);
    expect(cmp.buckets[0]!.customers).toBe(zero.length);
    expect(cmp.buckets[0]!.actual).toBeCloseTo(zero.reduce((s, c) => s + c.holdoutFrequency!, 0) / zero.length, 12);
    // A guard against gross errors, not a published value: BG/NBD predicts 1,653 of the 1,882 holdout purchase days
    // measured here (it under-predicts the x = 1, 2 buckets on this data), so the total is within 15%.
    expect(Math.abs(cmp.total.predicted / cmp.total.actual - 1)).toBeLessThan(0.15);
    expect(cmp.total.actual).toBe(1882);
  });

  it('rejects a summary in another unit, without holdout, or a BG/BB model', () => {
    expect(() => holdoutComparison({ ...model, timeUnit: 'day' }, split)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['summary', 'timeUnit'] }) as Error);
    const noHoldout = summarizeTransactions(sample, { timeUnit: 'week', observationEnd: '1997-09-30' });
    expect(() => holdoutComparison(model, noHoldout)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['summary', 'observationEnd'] }) as Error);
    const missing = { ...split, customers: [{ frequency: 0, recency: 0, T: 3 }] };
    expect(() => holdoutComparison(model, missing)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['summary', 'customers', 0, 'holdoutFrequency'] }) as Error);
    const bad = { ...split, customers: [{ frequency: 1, recency: 9, T: 3, holdoutFrequency: 0 }] };
    expect(() => holdoutComparison(model, bad)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['summary', 'customers', 0, 'recency'] }) as Error);
    expect(() => holdoutComparison(model, split, { maxFrequency: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['options', 'maxFrequency'] }) as Error);
    const bgbb = { ...model, kind: 'bg-bb', params: { alpha: 1, beta: 1, gamma: 1, delta: 1 } } as never;
    expect(() => holdoutComparison(bgbb, split)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED' }) as Error);
  });
});
