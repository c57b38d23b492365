import { describe, expect, it } from 'vitest';
import { metricBy, metricSeries } from '../../src/survey/series.js';
import { nps } from '../../src/survey/nps.js';
import { csat } from '../../src/survey/csat.js';
import { ces } from '../../src/survey/ces.js';
import { compareCes, compareCsat, compareNps } from '../../src/survey/compare.js';
import type { SurveyResponse } from '../../src/model/survey-response.js';
import { errorOf as codeOf } from '../helpers/errors.js';

const resp = (at: string, metric: SurveyResponse['metric'], score: number, extra: Partial<SurveyResponse> = {}): SurveyResponse => ({
  respondedAt: new Date(at),
  metric,
  score,
  ...extra,
});
/** `count` copies of answer `score` on date `at`. */
const many = (at: string, score: number, count: number, extra: Partial<SurveyResponse> = {}): SurveyResponse[] =>
  Array.from({ length: count }, () => resp(at, 'nps', score, extra));

describe('metricSeries', () => {
  it('NPS by month: the worked example of the notes against its mirror image', () => {
    // ../shared/notes/survey-metrics.md: 50 promoters, 30 passives, 20 detractors → NPS 30, per-answer variance
    // (p + d) − (p − d)² = 0.7 − 0.09 = 0.61, SE = √(0.61/100) = 0.0781 (−1..1 scale). The mirror month (20/30/50)
    // has NPS −30 and the same SE, so z = 60 / (100·√(2·0.0061)) = 5.4321… (hand-derived; tolerance 1e-10).
    const jan = [...many('2026-01-05', 10, 50), ...many('2026-01-20', 8, 30), ...many('2026-01-31T23:59:59Z', 0, 20)];
    const mar = [...many('2026-03-01', 9, 20), ...many('2026-03-10', 7, 30), ...many('2026-03-15', 6, 50)];
    const s = metricSeries([...jan, ...mar], { metric: 'nps', period: 'month' });
    expect(s.map((p) => [p.period, p.start, p.n, p.score])).toEqual([
      ['2026-01', '2026-01-01T00:00:00.000Z', 100, 30],
      ['2026-02', '2026-02-01T00:00:00.000Z', 0, null],
      ['2026-03', '2026-03-01T00:00:00.000Z', 100, -30],
    ]);
    expect(s[0]!.change).toBeNull();
    expect(s[1]!.change).toMatchObject({ difference: null, significant: false });
    expect(s[0]!.result.standardError! / 100).toBeCloseTo(Math.sqrt(0.61 / 100), 12);
    // Without the empty month in between (quarters), March is compared with January directly.
    const q = metricSeries([...jan, ...mar], { metric: 'nps', period: 'quarter' });
    expect(q.map((p) => [p.period, p.n, p.score])).toEqual([['2026-Q1', 200, 0]]);
    const feb = mar.map((r) => ({ ...r, respondedAt: new Date('2026-02-14T12:00:00Z') }));
    const twoMonths = metricSeries([...feb, ...jan], { metric: 'nps', period: 'month' });
    expect(twoMonths.map((p) => p.period)).toEqual(['2026-01', '2026-02']);
    const change = twoMonths[1]!.change!;
    expect(change.difference).toBeCloseTo(-60, 12);
    expect(Math.abs(change.z! - -60 / (100 * Math.sqrt(2 * 0.0061)))).toBeLessThanOrEqual(1e-10);
    expect(change.significant).toBe(true);
    expect(change).toEqual(compareNps(nps(feb.map((r) => r.score)), nps(jan.map((r) => r.score))));
  });

  it('uses only the requested metric and passes its options through', () => {
    const rs = [
      resp('2026-05-02', 'csat', 5),
      resp('2026-05-03', 'nps', 0),
      resp('2026-05-04', 'csat', 2),
      resp('2026-05-09', 'csat', 7, { scale: { min: 1, max: 7 } }),
      resp('2026-05-11', 'attribute', 3),
    ];
    const weekly = metricSeries(rs.slice(0, 3), { metric: 'csat', period: 'week', confidence: 0.9 });
    expect(weekly.map((p) => [p.period, p.n, p.score])).toEqual([
      ['2026-04-27', 1, 100], // Saturday 2 May is in the week starting Monday 27 April
      ['2026-05-04', 1, 0],
    ]);
    expect(weekly[1]!.change).toEqual(compareCsat(csat([2], { confidence: 0.9 }), csat([5], { confidence: 0.9 }), { confidence: 0.9 }));
    expect(weekly[0]!.result.interval!.confidence).toBe(0.9);
    // Weeks starting on Sunday: 2, 3 and 4 May (Sat, Sun, Mon) → 26 April and 3 May.
    expect(metricSeries(rs.slice(0, 3), { metric: 'csat', period: 'week', weekStartsOn: 0 }).map((p) => p.period)).toEqual(['2026-04-26', '2026-05-03']);
    // A 1–7 CSAT scale must be given when responses carry it.
    expect(metricSeries(rs.slice(3, 4), { metric: 'csat', period: 'day', scale: { min: 1, max: 7 } })[0]!.score).toBe(100);
    expect(codeOf(() => metricSeries(rs, { metric: 'csat', period: 'day' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['responses', 3, 'scale'] });
  });

  it('CES: the change is the z test of the easy share', () => {
    const o = { metric: 'ces', period: 'year', direction: 'higher-is-easier' } as const;
    const rs = [resp('2025-06-01', 'ces', 7), resp('2025-07-01', 'ces', 3), resp('2026-01-01', 'ces', 6), resp('2026-02-01', 'ces', 5)];
    const s = metricSeries(rs, o);
    expect(s.map((p) => [p.period, p.score])).toEqual([
      ['2025', 50],
      ['2026', 100],
    ]);
    const d = { direction: 'higher-is-easier' } as const;
    expect(s[1]!.change).toEqual(compareCes(ces([6, 5], d), ces([7, 3], d)).easyShare);
    expect(s[1]!.result.meanInterval).not.toBeNull();
  });

  it('reckons periods in the given time zone', () => {
    // 2026-01-31T20:00Z is 1 February 04:00 in Shanghai (UTC+8); that month starts 2026-01-31T16:00Z.
    const rs = [resp('2026-01-31T20:00:00Z', 'nps', 10)];
    expect(metricSeries(rs, { metric: 'nps', period: 'month' })[0]!.period).toBe('2026-01');
    const sh = metricSeries(rs, { metric: 'nps', period: 'month', timeZone: 'Asia/Shanghai' });
    expect([sh[0]!.period, sh[0]!.start]).toEqual(['2026-02', '2026-01-31T16:00:00.000Z']);
    // ISO 8601 strings and epoch milliseconds are read as respondedAt too (as the model's parser would).
    const loose = [{ respondedAt: '2026-01-31T20:00:00Z', metric: 'nps', score: 10 }, { respondedAt: Date.UTC(2026, 2, 1), metric: 'nps', score: 0 }];
    expect(metricSeries(loose as unknown as SurveyResponse[], { metric: 'nps', period: 'month' }).map((p) => p.n)).toEqual([1, 0, 1]);
  });

  it('no matching response gives []; options are still validated', () => {
    expect(metricSeries([], { metric: 'nps', period: 'month' })).toEqual([]);
    expect(metricSeries([resp('2026-01-01', 'csat', 4)], { metric: 'nps', period: 'month' })).toEqual([]);
    expect(codeOf(() => metricSeries([], { metric: 'ces', period: 'month' } as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['direction'] });
    expect(codeOf(() => metricSeries([], { metric: 'nps', period: 'month', confidence: 2 })).code).toBe('OUT_OF_RANGE');
  });

  it('rejects bad input with the response index in the path', () => {
    const ok = resp('2026-01-01', 'nps', 9);
    const o = { metric: 'nps', period: 'month' } as const;
    expect(codeOf(() => metricSeries([ok, resp('2026-01-02', 'csat', 4), ok, resp('2026-02-01', 'nps', 11)], o))).toEqual({
      code: 'INVALID_SCORE',
      path: ['responses', 3, 'score'],
    });
    expect(codeOf(() => metricSeries([ok, { ...ok, respondedAt: new Date(Number.NaN) }], o))).toEqual({ code: 'INVALID_DATE', path: ['responses', 1, 'respondedAt'] });
    expect(codeOf(() => metricSeries([ok, null as unknown as SurveyResponse], o))).toEqual({ code: 'INVALID_ARGUMENT', path: ['responses', 1] });
    expect(codeOf(() => metricSeries(5 as unknown as SurveyResponse[], o))).toEqual({ code: 'INVALID_ARGUMENT', path: ['responses'] });
    expect(codeOf(() => metricSeries([ok], null as never))).toEqual({ code: 'INVALID_ARGUMENT', path: [] });
    expect(codeOf(() => metricSeries([ok], { metric: 'effort', period: 'month' } as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['metric'] });
    expect(codeOf(() => metricSeries([ok], { metric: 'nps', period: 'fortnight' } as never))).toEqual({ code: 'INVALID_PERIOD', path: ['period'] });
    expect(codeOf(() => metricSeries([ok], { ...o, timeZone: 'Mars/Olympus' }))).toEqual({ code: 'INVALID_TIME_ZONE', path: ['timeZone'] });
    expect(codeOf(() => metricSeries([ok], { ...o, weekStartsOn: 7 as 0 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['weekStartsOn'] });
    expect(codeOf(() => metricSeries([resp('1700-01-01', 'nps', 9), resp('2026-01-01', 'nps', 9)], { metric: 'nps', period: 'day' })).code).toBe('OUT_OF_RANGE');
  });
});

describe('metricBy', () => {
  const rs = [
    resp('2026-01-01', 'nps', 10, { touchpointId: 'store', journeyStage: 'purchase', attributes: { region: 'north', vip: true, tier: 2 } }),
    resp('2026-01-02', 'nps', 3, { touchpointId: 'app', journeyStage: 'use', attributes: { region: 'south', vip: false, tier: 1 } }),
    resp('2026-01-03', 'nps', 9, { touchpointId: 'store', attributes: { region: null } }),
    resp('2026-01-04', 'csat', 5, { touchpointId: 'web' }),
    resp('2026-01-05', 'nps', 8, { touchpointId: '', journeyStage: 'use' }),
    resp('2026-01-06', 'nps', 6, { touchpointId: 'app', journeyStage: 'use', attributes: { region: 'north', tier: 2 } }),
  ];
  const o = { metric: 'nps' } as const;

  it('groups by a field, sorted by key, the responses without one last; versusRest compares with the merged rest', () => {
    const by = metricBy(rs, 'touchpointId', o);
    expect(by.map((g) => [g.segment, g.n, g.score])).toEqual([
      ['app', 2, -100],
      ['store', 2, 100],
      [null, 1, 0],
    ]);
    // Rest of 'app' = store ∪ missing = [10, 9, 8]: NPS 66.67; compared exactly as compareNps does.
    expect(by[0]!.versusRest).toEqual(compareNps(nps([3, 6]), nps([10, 9, 8])));
    expect(by[2]!.versusRest).toEqual(compareNps(nps([8]), nps([10, 3, 9, 6])));
    expect(metricBy(rs, 'journeyStage', o).map((g) => [g.segment, g.n])).toEqual([
      ['purchase', 1],
      ['use', 3],
      [null, 1],
    ]);
  });
  it('groups by an attribute (numbers and booleans as strings) or by a function', () => {
    expect(metricBy(rs, 'region', o).map((g) => [g.segment, g.n])).toEqual([
      ['north', 2],
      ['south', 1],
      [null, 2],
    ]);
    expect(metricBy(rs, 'vip', o).map((g) => g.segment)).toEqual(['false', 'true', null]);
    expect(metricBy(rs, 'tier', o).map((g) => g.segment)).toEqual(['1', '2', null]);
    const byMonthDay = metricBy(rs, (r) => (r.respondedAt.getUTCDate() % 2 === 0 ? 'even' : 'odd'), o);
    expect(byMonthDay.map((g) => [g.segment, g.n])).toEqual([
      ['even', 2],
      ['odd', 3],
    ]);
    // One segment: the rest is empty, so the test's fields are null.
    expect(metricBy(rs, () => 'all', o)[0]!.versusRest).toMatchObject({ difference: null, significant: false });
    expect(metricBy(rs, 'touchpointId', { metric: 'csat' }).map((g) => [g.segment, g.score])).toEqual([['web', 100]]);
    expect(metricBy([], 'touchpointId', o)).toEqual([]);
    // CES 1.0 (1–5, lower is easier): easy = 1–2. Store [1, 2] → 100 %, app [5] → 0 %.
    const c = (touchpointId: string, score: number): SurveyResponse => resp('2026-01-01', 'ces', score, { touchpointId, scale: { min: 1, max: 5 } });
    const effort = metricBy([c('store', 1), c('app', 5), c('store', 2)], 'touchpointId', { metric: 'ces', direction: 'lower-is-easier', scale: { min: 1, max: 5 } });
    expect(effort.map((g) => [g.segment, g.score, g.versusRest.difference])).toEqual([
      ['app', 0, -100],
      ['store', 100, 100],
    ]);
  });
  it('rejects bad keys and bad segment values', () => {
    expect(codeOf(() => metricBy(rs, '', o))).toEqual({ code: 'INVALID_ARGUMENT', path: ['key'] });
    expect(codeOf(() => metricBy(rs, 3 as unknown as string, o))).toEqual({ code: 'INVALID_ARGUMENT', path: ['key'] });
    expect(codeOf(() => metricBy(rs, (_r, i) => (i === 1 ? (7 as unknown as string) : 'x'), o))).toEqual({ code: 'INVALID_ARGUMENT', path: ['responses', 1] });
    const odd = [resp('2026-01-01', 'nps', 9, { attributes: { region: { x: 1 } as unknown as string } })];
    expect(codeOf(() => metricBy(odd, 'region', o))).toEqual({ code: 'INVALID_ARGUMENT', path: ['responses', 0, 'attributes', 'region'] });
    expect(codeOf(() => metricBy([rs[0]!, { ...rs[1]!, score: 4.5 }], 'touchpointId', o))).toEqual({ code: 'INVALID_SCORE', path: ['responses', 1, 'score'] });
  });
});
