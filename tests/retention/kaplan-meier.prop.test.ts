import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, kmQuantile, kmRestrictedMean, kmSurvivalAt, type KmConfType } from '../../src/retention/kaplan-meier.js';

// Small integer times make ties (events and censorings at one time) frequent.
const subjects = fc.array(fc.record({ t: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 50, noNaN: true })), e: fc.boolean() }), {
  maxLength: 60,
});
const confType = fc.constantFrom<KmConfType>('log', 'log-log', 'plain');
const split = (s: { t: number; e: boolean }[]): [number[], number[]] => [s.map((x) => x.t), s.map((x) => (x.e ? 1 : 0))];

describe('kaplanMeier properties', () => {
  it('survival is non-increasing and in [0, 1]; lower ≤ survival ≤ upper where defined; counts add up', () => {
    fc.assert(
      fc.property(subjects, confType, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (s, type, confidence) => {
        const [d, e] = split(s);
        const km = kaplanMeier(d, e, { confType: type, confidence });
        let prev = 1;
        let atRisk = d.length;
        let events = 0;
        for (const r of km.table) {
          expect(r.survival).toBeLessThanOrEqual(prev);
          expect(r.survival).toBeGreaterThanOrEqual(0);
          expect(r.atRisk).toBe(atRisk);
          atRisk -= r.events + r.censored;
          events += r.events;
          prev = r.survival;
          if (r.lower !== null) expect(r.lower).toBeLessThanOrEqual(r.survival + 1e-12);
          if (r.upper !== null) expect(r.upper).toBeGreaterThanOrEqual(r.survival - 1e-12);
          if (r.lower !== null) expect(r.lower).toBeGreaterThanOrEqual(0);
          if (r.upper !== null) expect(r.upper).toBeLessThanOrEqual(1);
          expect((r.lower === null) === (r.upper === null)).toBe(true);
          if (r.survival > 0 && r.survival < 1) expect(r.lower).not.toBeNull();
        }
        expect(atRisk).toBe(0);
        expect(events).toBe(km.events);
        for (let i = 1; i < km.table.length; i++) expect(km.table[i]!.time).toBeGreaterThan(km.table[i - 1]!.time);
      }),
    );
  });

  it('no events → S = 1 everywhere, median not reached', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 40 }), (d) => {
        const km = kaplanMeier(d, d.map(() => 0));
        for (const r of km.table) expect(r.survival).toBe(1);
        expect(km.median.time).toBeNull();
        expect(kmRestrictedMean(km, 10).mean).toBeCloseTo(10, 12);
      }),
    );
  });

  it('no censoring → S(t) is the share of durations > t (the empirical survival function)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 50 }), fc.double({ min: -1, max: 25, noNaN: true }), (d, t) => {
        const km = kaplanMeier(d, d.map(() => 1));
        const share = d.filter((x) => x > t).length / d.length;
        expect(kmSurvivalAt(km, t).survival).toBeCloseTo(share, 12);
        // the restricted mean to the largest time is then the sample mean
        const mean = d.reduce((a, b) => a + b, 0) / d.length;
        expect(kmRestrictedMean(km).mean).toBeCloseTo(mean, 10);
      }),
    );
  });

  it('is invariant under permutation of subjects', () => {
    fc.assert(
      fc.property(subjects.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))), confType, ([a, b], type) => {
        const ka = kaplanMeier(...split(a), { confType: type });
        const kb = kaplanMeier(...split(b), { confType: type });
        expect(kb).toEqual(ka);
      }),
    );
  });

  it('quantiles are non-decreasing in p; the median time lies within its limits; survivalAt agrees with the table', () => {
    fc.assert(
      fc.property(subjects, confType, (s, type) => {
        const km = kaplanMeier(...split(s), { confType: type });
        let prev = -Infinity;
        for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
          const q = kmQuantile(km, p).time;
          if (q === null) {
            prev = Infinity;
            continue;
          }
          expect(q).toBeGreaterThanOrEqual(prev);
          prev = q;
        }
        const m = km.median;
        if (m.time !== null && m.lower !== null) expect(m.lower).toBeLessThanOrEqual(m.time);
        if (m.time !== null && m.upper !== null) expect(m.upper).toBeGreaterThanOrEqual(m.time);
        for (const r of km.table) expect(kmSurvivalAt(km, r.time).survival).toBe(r.survival);
      }),
    );
  });

  it('restricted mean is non-decreasing in tau and at most tau', () => {
    fc.assert(
      fc.property(subjects, fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (s, tau, step) => {
        const km = kaplanMeier(...split(s));
        const a = kmRestrictedMean(km, tau);
        const b = kmRestrictedMean(km, tau + step);
        expect(a.mean).toBeLessThanOrEqual(tau + 1e-9);
        expect(b.mean).toBeGreaterThanOrEqual(a.mean - 1e-9);
        expect(a.standardError).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(a.standardError)).toBe(true);
      }),
    );
  });
});
