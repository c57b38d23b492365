/**
 * Properties of metricEvidence: one record per metric with data, values copied exactly, ids unique.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EvidenceRecordSchema, metricEvidence } from '../../src/index.js';

const value = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });

describe('metricEvidence properties', () => {
  it('one valid, uniquely named record per present value, with the value unchanged', () => {
    fc.assert(
      fc.property(value, value, value, value, value, fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }), (n, c, m, churn, grr, period) => {
        const ev = metricEvidence(
          { nps: { score: n, n: 10 }, csat: { score: c, n: 10 }, ces: { mean: m, easyShare: null, n: 10 }, churn: { churn, retention: churn === null ? null : 1 - churn }, revenueRetention: { grr, nrr: null } },
          period === undefined ? {} : { period },
        );
        const expected = [
          ['nps', n],
          ['csat', c],
          ['ces', m],
          ['churn', churn],
          ['retention', churn === null ? null : 1 - churn],
          ['grr', grr],
        ].filter(([, v]) => v !== null);
        expect(ev.map((r) => [r.key, r.value])).toEqual(expected);
        expect(new Set(ev.map((r) => r.id)).size).toBe(ev.length);
        for (const r of ev) expect(EvidenceRecordSchema.safeParse(r).success).toBe(true);
      }),
    );
  });
});
