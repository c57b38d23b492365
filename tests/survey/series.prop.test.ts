import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metricBy, metricSeries } from '../../src/survey/series.js';
import { nps } from '../../src/survey/nps.js';
import { csat } from '../../src/survey/csat.js';
import { compareNps } from '../../src/survey/compare.js';
import { periodKey, periodRange } from '../../src/core/period.js';
import type { SurveyResponse } from '../../src/model/survey-response.js';

const T0 = Date.UTC(2025, 0, 1);
const response = fc.record({
  t: fc.integer({ min: 0, max: 400 * 86_400_000 }),
  metric: fc.constantFrom<SurveyResponse['metric']>('nps', 'nps', 'csat', 'attribute'),
  score: fc.integer({ min: 0, max: 10 }),
  touchpointId: fc.option(fc.constantFrom('store', 'app', 'web', 'hotline'), { nil: undefined }),
});
const responses = fc
  .array(response, { maxLength: 60 })
  .map((rs) =>
    rs.map(({ t, metric, score, touchpointId }): SurveyResponse => ({
      respondedAt: new Date(T0 + t),
      metric,
      score: metric === 'csat' ? 1 + (score % 5) : score,
      ...(touchpointId === undefined ? {} : { touchpointId }),
    })),
  );
const shuffle = <T>(xs: readonly T[], seed: number): T[] => {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};
const periods = fc.constantFrom('day', 'week', 'isoWeek', 'month', 'quarter', 'year' as const);
const zones = fc.constantFrom(undefined, 'Asia/Shanghai', 'America/New_York');

describe('metricSeries properties', () => {
  it('partitions the matching responses into contiguous periods; each period equals the metric of its answers', () => {
    fc.assert(
      fc.property(responses, periods, zones, (rs, period, timeZone) => {
        const cal = timeZone === undefined ? {} : { timeZone };
        const s = metricSeries(rs, { metric: 'nps', period, ...cal });
        const mine = rs.filter((r) => r.metric === 'nps');
        expect(s.reduce((a, p) => a + p.n, 0)).toBe(mine.length);
        if (mine.length === 0) {
          expect(s).toEqual([]);
          return;
        }
        const times = mine.map((r) => r.respondedAt.getTime());
        const first = times.reduce((a, b) => Math.min(a, b));
        const last = times.reduce((a, b) => Math.max(a, b));
        expect(s.map((p) => p.period)).toEqual(periodRange(first, last, period, cal));
        for (const p of s) {
          const answers = mine.filter((r) => periodKey(r.respondedAt, period, cal) === p.period).map((r) => r.score);
          expect(p.result).toEqual(nps(answers));
          expect(p.score).toBe(p.result.score);
        }
        s.forEach((p, k) => expect(p.change).toEqual(k === 0 ? null : compareNps(p.result, s[k - 1]!.result)));
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
    );
  });
  it('does not depend on the order of the responses', () => {
    fc.assert(
      fc.property(responses, periods, fc.nat(), (rs, period, seed) => {
        expect(metricSeries(shuffle(rs, seed), { metric: 'csat', period })).toEqual(metricSeries(rs, { metric: 'csat', period }));
      }),
    );
  });
});

describe('metricBy properties', () => {
  it('segments partition the responses; each equals the metric of its answers; versusRest compares with the others', () => {
    fc.assert(
      fc.property(responses, fc.nat(), (rs, seed) => {
        const by = metricBy(rs, 'touchpointId', { metric: 'nps' });
        const mine = rs.filter((r) => r.metric === 'nps');
        expect(by.reduce((a, g) => a + g.n, 0)).toBe(mine.length);
        for (const g of by) {
          const inSeg = (r: SurveyResponse): boolean => (r.touchpointId ?? null) === g.segment;
          expect(g.result).toEqual(nps(mine.filter(inSeg).map((r) => r.score)));
          const rest = nps(mine.filter((r) => !inSeg(r)).map((r) => r.score));
          const want = compareNps(g.result, rest);
          // The rest is merged from tallies (sums of counts): equal to the direct result.
          expect(g.versusRest).toEqual(want);
        }
        const keys = by.map((g) => g.segment);
        const named = keys.filter((k): k is string => k !== null);
        expect(named).toEqual([...named].sort());
        expect(keys.indexOf(null)).toBeGreaterThanOrEqual(keys.includes(null) ? keys.length - 1 : -1);
        expect(metricBy(shuffle(rs, seed), 'touchpointId', { metric: 'nps' })).toEqual(by);
        const c = metricBy(rs, 'touchpointId', { metric: 'csat' });
        for (const g of c) expect(g.result).toEqual(csat(rs.filter((r) => r.metric === 'csat' && (r.touchpointId ?? null) === g.segment).map((r) => r.score)));
      }),
    );
  });
});
