import { describe, expect, it } from 'vitest';
import { rfm } from '../../src/segmentation/rfm.js';
import { DEFAULT_RFM_SEGMENTS, OTHERS_SEGMENT, rfmSegments, validateSegmentRules, type RfmSegmentRule } from '../../src/segmentation/rfm-segments.js';
import { customerSummaries, orders, reference, type SegmentTable } from './fixtures.js';
import { errorOf } from '../helpers/errors.js';

const L = (en: string) => ({ 'zh-CN': en, en });
const rule = (id: string, r: [number, number], f: [number, number], m: [number, number]): RfmSegmentRule => ({ id, label: L(id), recency: r, frequency: f, monetary: m });

// The older segment table of the R package rfm's own test (tests/testthat/test-rfm-segment.R).
const OLDER: RfmSegmentRule[] = [
  rule('Champions', [4, 5], [4, 5], [4, 5]),
  rule('Loyal Customers', [2, 5], [3, 5], [3, 5]),
  rule('Potential Loyalist', [3, 5], [1, 3], [1, 3]),
  rule('New Customers', [4, 5], [1, 1], [1, 1]),
  rule('Promising', [3, 4], [1, 1], [1, 1]),
  rule('Need Attention', [2, 3], [2, 3], [2, 3]),
  rule('About To Sleep', [2, 3], [1, 2], [1, 2]),
  rule('At Risk', [1, 2], [2, 5], [2, 5]),
  rule("Can't Lose Them", [1, 1], [4, 5], [4, 5]),
  rule('Lost', [1, 2], [1, 2], [1, 2]),
];

function expectTable(summary: ReturnType<typeof rfmSegments>['segmentSummary'], table: SegmentTable): void {
  expect(summary.map((s) => s.count)).toEqual(table.customers);
  expect(summary.map((s) => s.orders)).toEqual(table.orders);
  expect(summary.map((s) => s.revenue)).toEqual(table.revenue);
}

describe('rfmSegments — R rfm v0.3.0', () => {
  const scored = rfm(orders, { asOf: '2006-12-31' });

  it('reproduces the package’s published check: Champions = 158 customers, 1,234 orders, 120,178 revenue', () => {
    const seg = rfmSegments(scored, OLDER);
    const champions = seg.segmentSummary[0]!;
    expect([champions.segment, champions.count, champions.orders, champions.revenue]).toEqual(['Champions', 158, 1234, 120178]);
    // every segment as tests/fixtures/rfm/generate.R summarises it (rfm_segment + rfm_segment_summary restated)
    expectTable(seg.segmentSummary, reference.orders.older);
    const byId = new Map(seg.customers.map((c) => [c.customerId, c.segment]));
    expect(reference.orders.first10.ids.map((id) => byId.get(id))).toEqual(reference.orders.first10.segments);
  });

  it('segments both example files with the default (vignette) table like R', () => {
    expectTable(rfmSegments(scored).segmentSummary, reference.orders.vignette);
    expectTable(rfmSegments(rfm(customerSummaries)).segmentSummary, reference.customer.vignette);
  });

  it('summarises shares and means', () => {
    const seg = rfmSegments(scored);
    let share = 0;
    for (const s of seg.segmentSummary) share += s.share!;
    expect(share).toBeCloseTo(1, 12);
    const champions = seg.segmentSummary[0]!;
    // 35 customers, 316 orders, revenue 31,646 (reference.json): means of orders and revenue follow.
    expect(champions.meanFrequency).toBeCloseTo(316 / 35, 12);
    expect(champions.meanMonetary).toBeCloseTo(31646 / 35, 12);
    expect(champions.share).toBeCloseTo(35 / 995, 15);
    const others = seg.segmentSummary[10]!;
    expect([others.segment, others.count, others.share, others.meanRecencyDays, others.meanFrequency, others.meanMonetary]).toEqual(['others', 0, 0, null, null, null]);
    expect(others.label).toEqual(OTHERS_SEGMENT.label);
  });
});

describe('rfmSegments — rules', () => {
  it('ships the notes’ table, in order', () => {
    expect(DEFAULT_RFM_SEGMENTS.map((r) => [r.id, r.recency, r.frequency, r.monetary])).toEqual([
      ['champions', [5, 5], [5, 5], [5, 5]],
      ['potential-loyalist', [3, 5], [3, 5], [2, 5]],
      ['loyal-customers', [2, 4], [2, 4], [2, 4]],
      ['promising', [3, 4], [1, 3], [3, 5]],
      ['new-customers', [4, 5], [1, 3], [1, 5]],
      ['cant-lose-them', [1, 2], [3, 4], [4, 5]],
      ['at-risk', [1, 2], [2, 5], [4, 5]],
      ['need-attention', [1, 3], [3, 5], [3, 5]],
      ['about-to-sleep', [2, 3], [1, 3], [1, 4]],
      ['lost', [1, 1], [1, 5], [1, 5]],
    ]);
    for (const r of DEFAULT_RFM_SEGMENTS) expect(r.label['zh-CN'].length * r.label.en.length).toBeGreaterThan(0);
  });

  it('first match wins; the revenue of mean-monetary scores is Σ mean × frequency; no customers give null shares', () => {
    const rows = [
      { customerId: 'a', recencyDays: 1, frequency: 4, monetary: 50 },
      { customerId: 'b', recencyDays: 90, frequency: 1, monetary: 10 },
    ];
    const scored = { ...rfm(rows, { bins: 2 }), monetary: 'mean' as const };
    const seg = rfmSegments(scored, [rule('x', [1, 2], [1, 2], [2, 2]), rule('y', [1, 2], [1, 2], [1, 2])]);
    expect(seg.customers.map((c) => c.segment)).toEqual(['x', 'y']);
    expect(seg.segmentSummary.map((s) => s.revenue)).toEqual([200, 10, 0]);
    const empty = rfmSegments(rfm([], { asOf: 0 }));
    expect(empty.segmentSummary.every((s) => s.count === 0 && s.share === null)).toBe(true);
    expect(empty.segmentSummary).toHaveLength(11);
  });

  it('rejects malformed rules and scores with a path', () => {
    const scored = rfm([{ customerId: 'a', recencyDays: 1, frequency: 1, monetary: 1 }]);
    const ok = rule('x', [1, 5], [1, 5], [1, 5]);
    expect(errorOf(() => rfmSegments(scored, [ok, { ...ok, id: 'others' }]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rules', 1, 'id'] });
    expect(errorOf(() => rfmSegments(scored, [ok, ok]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rules', 1, 'id'] });
    expect(errorOf(() => rfmSegments(scored, [{ ...ok, id: '' }]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rules', 0, 'id'] });
    expect(errorOf(() => rfmSegments(scored, [{ ...ok, label: { en: 'x' } as never }]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rules', 0, 'label'] });
    expect(errorOf(() => rfmSegments(scored, [{ ...ok, frequency: [3, 2] }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['rules', 0, 'frequency'] });
    expect(errorOf(() => rfmSegments(scored, [{ ...ok, monetary: [0, 2] }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['rules', 0, 'monetary'] });
    expect(errorOf(() => rfmSegments(scored, [{ ...ok, recency: [1] as never }]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rules', 0, 'recency'] });
    expect(errorOf(() => rfmSegments(scored, [null as never]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rules', 0] });
    expect(errorOf(() => rfmSegments(scored, 'all' as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rules'] });
    expect(errorOf(() => rfmSegments({} as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scored'] });
    const broken = { ...scored, customers: [{ ...scored.customers[0]!, f: 0 }] };
    expect(errorOf(() => rfmSegments(broken))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scored', 'customers', 0] });
  });
});

describe('validateSegmentRules', () => {
  it('reports the default table’s overlaps and gaps (hand-checked cells)', () => {
    const report = validateSegmentRules(DEFAULT_RFM_SEGMENTS, 5);
    // potential-loyalist: 3·3·4 = 36 cells, one (555) taken by champions; loyal-customers: 27 cells, 2·2·3 = 12
    // (R 3–4, F 3–4, M 2–4) taken by potential-loyalist; lost: the 25 R = 1 cells less 4 (can't lose them:
    // F 3–4, M 4–5), 4 (at risk: F 2 and 5, M 4–5) and 3 (need attention: F 3–5, M 3).
    expect(report.cellsWon).toMatchObject({ champions: 1, 'potential-loyalist': 35, 'loyal-customers': 15, lost: 14 });
    expect(Object.values(report.cellsWon).reduce((a, b) => a + b) + report.uncovered.length).toBe(125);
    expect(report.overlaps).toContainEqual({ rule: 'loyal-customers', shadowedBy: 'potential-loyalist', cells: 12 });
    // 215: R 2, F 1, M 5 — about to sleep stops at M 4, at risk needs F ≥ 2, loyal customers F ≥ 2.
    expect(report.uncovered).toContain(215);
    expect(report.uncovered).toEqual([215, 241, 251, 252, 341, 351, 441, 451, 541, 551]);
    expect([report.complete, report.disjoint, report.shadowed, report.outOfRange]).toEqual([false, false, [], []]);
  });

  it('recognises a complete, disjoint set, a shadowed rule and ranges beyond the bins', () => {
    const split = [rule('recent', [2, 2], [1, 2], [1, 2]), rule('old', [1, 1], [1, 2], [1, 2])];
    expect(validateSegmentRules(split, 2)).toEqual({
      overlaps: [],
      shadowed: [],
      uncovered: [],
      outOfRange: [],
      cellsWon: { recent: 4, old: 4 },
      complete: true,
      disjoint: true,
    });
    const shadow = [rule('all', [1, 3], [1, 3], [1, 3]), rule('top', [3, 3], [3, 3], [3, 3]), rule('wide', [1, 5], [1, 1], [1, 1])];
    const rep = validateSegmentRules(shadow, { recency: 3, frequency: 3, monetary: 3 });
    expect(rep.shadowed).toEqual(['top', 'wide']);
    expect(rep.outOfRange).toEqual(['wide']);
    expect(rep.overlaps).toEqual([
      { rule: 'top', shadowedBy: 'all', cells: 1 },
      { rule: 'wide', shadowedBy: 'all', cells: 3 },
    ]);
  });

  it('rejects bad bins', () => {
    expect(errorOf(() => validateSegmentRules(DEFAULT_RFM_SEGMENTS, 1))).toEqual({ code: 'OUT_OF_RANGE', path: ['bins'] });
    expect(errorOf(() => validateSegmentRules(DEFAULT_RFM_SEGMENTS, { recency: 5, frequency: 10, monetary: 5 }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['bins', 'frequency'],
    });
  });
});
