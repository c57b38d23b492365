import { describe, expect, it } from 'vitest';
import { churnRisk, type ChurnRiskModel } from '../../src/segmentation/churn-risk.js';
import { bgNbdProbabilityAlive, type BgNbdModel } from '../../src/value/bg-nbd.js';
import { mbgNbdProbabilityAlive, type MbgNbdModel } from '../../src/value/mbg-nbd.js';
import { paretoNbdProbabilityAlive, type ParetoNbdModel } from '../../src/value/pareto-nbd.js';
import type { BgBbModel } from '../../src/value/bg-bb.js';
import { errorOf } from '../helpers/errors.js';

// BG/NBD fitted to the CDNOW calibration data in weeks: Fader, Hardie & Lee (2005), "Counting your customers the
// easy way", section 5.
const cdnow = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 };
const weekly = { kind: 'bg-nbd', params: cdnow, timeUnit: 'week' } as BgNbdModel;
const asOf = '2026-11-23';
// 4 purchases: 2026-01-05 … 2026-03-02 (56 days = 8 weeks); asOf is 322 days = 46 weeks after the first.
const a = { customerId: 'a', purchases: 4, firstPurchase: '2026-01-05', lastPurchase: '2026-03-02' };

describe("churnRisk ('probability-alive')", () => {
  it('is 1 − P(alive) of (x = purchases − 1, t_x = last − first, T = asOf − first) in the model’s unit', () => {
    const res = churnRisk([a], { asOf, method: 'probability-alive', model: weekly });
    const c = res.customers[0]!;
    expect(c).toMatchObject({ customerId: 'a', level: 'high', recencyDays: 266, gapDays: null, basis: 'model' });
    expect(res.method).toBe('probability-alive');
    // against the model function directly (tolerance 1e-12)
    expect(Math.abs(c.risk! - (1 - bgNbdProbabilityAlive(cdnow, { frequency: 3, recency: 8, T: 46 })))).toBeLessThan(1e-12);
    // by hand, FHL (2008) "Computing P(alive) using the BG/NBD model": P = 1 / (1 + a/(b+x−1)·((α+T)/(α+t_x))^(r+x));
    // python3: lo = log(a) − log(b+2) + (r+3)·log((alpha+46)/(alpha+8)); 1 − 1/(1+exp(lo)) = 0.9440060295949916
    expect(Math.abs(c.risk! - 0.9440060295949916)).toBeLessThan(1e-12);
    // the pooled gap is reported by either method: 56 days / 3 gaps
    expect(res.populationGapDays).toBeCloseTo(56 / 3, 12);
  });

  it('converts days into the model’s unit: a day-model with α·7 gives what the week-model gives', () => {
    // λ per day = λ per week / 7, so the day-model of the same population has α_day = 7·α_week (a, b, r unchanged),
    // and P(alive) depends on T and t_x only through (α+T)/(α+t_x), which the scaling leaves unchanged.
    const daily = { kind: 'bg-nbd', params: { ...cdnow, alpha: cdnow.alpha * 7 }, timeUnit: 'day' } as BgNbdModel;
    const w = churnRisk([a], { asOf, method: 'probability-alive', model: weekly }).customers[0]!.risk!;
    const d = churnRisk([a], { asOf, method: 'probability-alive', model: daily }).customers[0]!.risk!;
    expect(Math.abs(d - w)).toBeLessThan(1e-12);
    expect(Math.abs(d - (1 - bgNbdProbabilityAlive(daily.params, { frequency: 3, recency: 56, T: 322 })))).toBeLessThan(1e-12);
    // the unit is read, not ignored: the week parameters read as days give another answer
    const misread = churnRisk([a], { asOf, method: 'probability-alive', model: { ...weekly, timeUnit: 'day' } }).customers[0]!.risk!;
    expect(Math.abs(misread - (1 - bgNbdProbabilityAlive(cdnow, { frequency: 3, recency: 56, T: 322 })))).toBeLessThan(1e-12);
    expect(Math.abs(misread - w)).toBeGreaterThan(0.01);
  });

  it('dispatches to MBG/NBD and Pareto/NBD', () => {
    const mbg = { kind: 'mbg-nbd', params: cdnow, timeUnit: 'week' } as MbgNbdModel;
    // Pareto/NBD fitted to CDNOW in weeks (Fader, Hardie & Lee 2005, "A note on implementing the Pareto/NBD model").
    const pp = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 };
    const pareto = { kind: 'pareto-nbd', params: pp, timeUnit: 'week' } as ParetoNbdModel;
    const single = { customerId: 's', purchases: 1, lastPurchase: '2026-01-05' };
    const m = churnRisk([a, single], { asOf, method: 'probability-alive', model: mbg }).customers;
    expect(Math.abs(m[0]!.risk! - (1 - mbgNbdProbabilityAlive(cdnow, { frequency: 3, recency: 8, T: 46 })))).toBeLessThan(1e-12);
    expect(Math.abs(m[1]!.risk! - (1 - mbgNbdProbabilityAlive(cdnow, { frequency: 0, recency: 0, T: 46 })))).toBeLessThan(1e-12);
    expect(m[1]!.risk!).toBeGreaterThan(0.3); // MBG/NBD lets a silent one-time buyer drop out (BG/NBD: 0)
    const p = churnRisk([a], { asOf, method: 'probability-alive', model: pareto }).customers[0]!;
    expect(Math.abs(p.risk! - (1 - paretoNbdProbabilityAlive(pp, { frequency: 3, recency: 8, T: 46 })))).toBeLessThan(1e-12);
  });

  it('gives prospects null, single buyers 0 under BG/NBD, and counts purchases outside a listed window', () => {
    const res = churnRisk(
      [
        { customerId: 'p', purchases: 0 },
        { customerId: 's', purchases: 1, lastPurchase: '2026-01-05' },
        // listed 2026-02-02 and 2026-03-02, plus an earlier first purchase the list does not hold: 3 purchases
        { customerId: 'w', purchases: ['2026-03-02', '2026-02-02'], firstPurchase: '2026-01-05' },
      ],
      { asOf, method: 'probability-alive', model: weekly },
    );
    expect(res.customers[0]).toEqual({ customerId: 'p', risk: null, level: null, recencyDays: null, gapDays: null, basis: 'none' });
    expect(res.customers[1]).toMatchObject({ risk: 0, level: 'low', recencyDays: 322, basis: 'model' });
    expect(Math.abs(res.customers[2]!.risk! - (1 - bgNbdProbabilityAlive(cdnow, { frequency: 2, recency: 8, T: 46 })))).toBeLessThan(1e-12);
    // not the 2 listed purchases alone (x = 1)
    expect(Math.abs(res.customers[2]!.risk! - (1 - bgNbdProbabilityAlive(cdnow, { frequency: 1, recency: 8, T: 46 })))).toBeGreaterThan(0.01);
    expect(res.counts).toEqual({ low: 1, medium: 1, high: 0, unknown: 1 });
    // levels use the given thresholds
    const lowered = churnRisk([a], { asOf, method: 'probability-alive', model: weekly, levels: { medium: 0.5, high: 0.95 } });
    expect(lowered.customers[0]!.level).toBe('medium');
  });

  it('keeps inter-purchase the default', () => {
    expect(churnRisk([a], { asOf }).customers[0]).toMatchObject({ basis: 'own', gapDays: 56 / 3 });
    expect(churnRisk([a], { asOf }).method).toBe('inter-purchase');
  });

  it('rejects a missing, discrete-time, unitless or misplaced model with a path', () => {
    const run = (model: unknown, method: 'probability-alive' | 'inter-purchase' = 'probability-alive') => () =>
      churnRisk([a], { asOf, method, model: model as ChurnRiskModel });
    expect(errorOf(run(undefined))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'model'] });
    expect(errorOf(() => churnRisk([], { asOf, method: 'probability-alive' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'model'] });
    const bgbb = { kind: 'bg-bb', params: { alpha: 1, beta: 1, gamma: 1, delta: 3 }, timeUnit: 'week' } as BgBbModel;
    expect(errorOf(run(bgbb))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'model'] });
    expect(errorOf(run({ kind: 'gamma-gamma', params: {}, timeUnit: 'week' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'model'] });
    expect(errorOf(run({ kind: 'bg-nbd', params: cdnow }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'model', 'timeUnit'] });
    expect(errorOf(run({ kind: 'bg-nbd', params: cdnow, timeUnit: null }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'model', 'timeUnit'] });
    expect(errorOf(run({ kind: 'bg-nbd', params: cdnow, timeUnit: 'month' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'model', 'timeUnit'] });
    // bad parameters are reported under options.model, even with no customers
    const bad = { kind: 'bg-nbd', params: { ...cdnow, r: -1 }, timeUnit: 'week' };
    expect(errorOf(() => churnRisk([], { asOf, method: 'probability-alive', model: bad as BgNbdModel }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['options', 'model', 'params', 'r'],
    });
    // a model without the method is a mistake, not silently ignored
    expect(errorOf(run(weekly, 'inter-purchase'))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'model'] });
    expect(errorOf(() => churnRisk([a], { asOf, method: 'nope' as never }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'method'] });
  });
});
