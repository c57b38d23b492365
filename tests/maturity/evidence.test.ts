/**
 * metricEvidence on the result shapes of nps(), csat(), ces(), churnRate(), customerChurn() and revenueRetention().
 */
import { describe, expect, it } from 'vitest';
import { assess, ces, churnRate, csat, GBT42509_CHECKLIST, metricEvidence, money, nps } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

describe('metricEvidence', () => {
  it('reads the survey and retention results as they are', () => {
    const n = nps([10, 9, 8, 3, 10, 6]);
    const s = csat([5, 4, 3, 5], { scale: { min: 1, max: 5 } });
    const e = ces([2, 3, 6, 7], { direction: 'higher-is-easier', scale: { min: 1, max: 7 } });
    const ev = metricEvidence({ nps: n, csat: s, ces: e, churn: churnRate({ atStart: 200, lost: 14 }) }, { period: '2026-Q3', items: ['D08-2'] });
    expect(ev.map((r) => [r.key, r.unit])).toEqual([
      ['nps', 'points'],
      ['csat', 'percent'],
      ['ces', 'scale'],
      ['ces-easy', 'share'],
      ['churn', 'share'],
      ['retention', 'share'],
    ]);
    // nps: 3 promoters, 2 detractors of 6 → (3 − 2)/6 = 16.67 points.
    expect(ev[0]).toMatchObject({ id: 'metric:nps:2026-Q3', kind: 'metric', period: '2026-Q3', n: 6, items: ['D08-2'] });
    expect(ev[0]!.value).toBeCloseTo(100 / 6, 9);
    expect(ev[0]!.interval).toEqual({ lower: n.interval!.lower, upper: n.interval!.upper });
    expect(ev[1]!.value).toBe(75); // 3 of 4 answers ≥ 4
    expect(ev[2]!.value).toBe(4.5); // mean of 2, 3, 6, 7
    expect([ev[4]!.value, ev[5]!.value]).toEqual([0.07, 0.93]);
  });

  it('reads customerChurn-style fields, decimals and strings, and custom metrics', () => {
    const ev = metricEvidence(
      { churn: { churnRate: 0.1, retentionRate: 0.9, atStart: 50 }, revenueRetention: { grr: money('0.92'), nrr: '1.05' }, csi: { score: 78.5, n: 120 }, custom: [{ key: 'fcr', value: 0.81, unit: 'share' }] },
      { idPrefix: 'q3' },
    );
    expect(ev.map((r) => [r.id, r.value])).toEqual([
      ['q3:csi', 78.5],
      ['q3:churn', 0.1],
      ['q3:retention', 0.9],
      ['q3:grr', 0.92],
      ['q3:nrr', 1.05],
      ['q3:fcr', 0.81],
    ]);
    expect(ev[1]!.n).toBe(50);
  });

  it('skips metrics without data', () => {
    expect(metricEvidence({ nps: nps([]), csat: { score: null, n: 0 }, churn: churnRate({ atStart: 0, lost: 0 }), revenueRetention: { grr: null, nrr: null } })).toEqual([]);
  });

  it('makes measurement items evidenced in an assessment', () => {
    const evidence = metricEvidence({ nps: { score: 31, n: 400 } }, { period: '2026-Q3' });
    const ref = { id: 'gbt42509-cx', version: '1.0.0' };
    const answers = [1, 2, 3].map((l) => ({ criterion: `D08-2-L${String(l)}`, status: 'met' as const }));
    const without = assess(GBT42509_CHECKLIST, { checklist: ref, answers }, { evidence: 'reject' });
    const withIt = assess(GBT42509_CHECKLIST, { checklist: ref, answers, evidence }, { evidence: 'reject' });
    const score = (r: typeof without) => r.items.find((i) => i.id === 'D08-2')!.score;
    expect([score(without), score(withIt)]).toEqual([2, 3]);
  });

  it('throws on values that are not finite numbers', () => {
    const err = (f: () => unknown) => {
      const e = errorOf(f);
      return [e.code, e.path];
    };
    expect(err(() => metricEvidence({ nps: { score: NaN, n: 1 } }))).toEqual(['NON_FINITE', ['nps', 'score']]);
    expect(err(() => metricEvidence({ revenueRetention: { grr: 'abc', nrr: null } }))).toEqual(['NON_FINITE', ['revenueRetention', 'grr']]);
    expect(err(() => metricEvidence({ revenueRetention: { grr: '', nrr: null } }))).toEqual(['NON_FINITE', ['revenueRetention', 'grr']]);
    expect(err(() => metricEvidence({ custom: [{ key: '', value: 1 }] }))).toEqual(['INVALID_ARGUMENT', ['custom', 0, 'key']]);
    expect(err(() => metricEvidence(null as never))).toEqual(['INVALID_ARGUMENT', []]);
    expect(err(() => metricEvidence({ churn: { churn: Infinity } }))).toEqual(['NON_FINITE', ['churn', 'churn']]);
  });
});
