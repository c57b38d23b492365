import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rfm } from '../../src/segmentation/rfm.js';
import { DEFAULT_RFM_SEGMENTS, rfmSegments, validateSegmentRules, type RfmSegmentRule } from '../../src/segmentation/rfm-segments.js';

const range = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 4 })).map(([lo, w]) => [lo, Math.min(5, lo + w)] as [number, number]);
const rulesArb: fc.Arbitrary<RfmSegmentRule[]> = fc
  .array(fc.record({ recency: range, frequency: range, monetary: range }), { maxLength: 8 })
  .map((rs) => rs.map((r, i) => ({ id: `s${String(i)}`, label: { 'zh-CN': `段${String(i)}`, en: `S${String(i)}` }, ...r })));
const rulesOrDefault = fc.oneof(rulesArb, fc.constant([...DEFAULT_RFM_SEGMENTS]));
const summaries = fc.array(
  fc.record({ recencyDays: fc.integer({ min: 0, max: 500 }), frequency: fc.integer({ min: 1, max: 30 }), monetary: fc.integer({ min: 0, max: 5000 }) }),
  { maxLength: 60 },
).map((rows) => rows.map((r, i) => ({ customerId: i, ...r })));

const inside = (x: number, r: readonly [number, number]): boolean => x >= r[0] && x <= r[1];

describe('rfmSegments properties', () => {
  it('puts every customer in exactly one segment: the first rule that matches, else others', () => {
    fc.assert(
      fc.property(summaries, rulesOrDefault, fc.constantFrom('quantile' as const, 'ntile' as const), (rows, rules, method) => {
        const scored = rfm(rows, { method });
        const seg = rfmSegments(scored, rules);
        expect(seg.customers).toHaveLength(rows.length);
        for (const c of seg.customers) {
          const first = rules.find((r) => inside(c.r, r.recency) && inside(c.f, r.frequency) && inside(c.m, r.monetary));
          expect(c.segment).toBe(first?.id ?? 'others');
        }
        let count = 0;
        let share = 0;
        let revenue = 0;
        for (const s of seg.segmentSummary) {
          count += s.count;
          share += s.share ?? 0;
          revenue += s.revenue;
        }
        expect(count).toBe(rows.length);
        if (rows.length > 0) expect(share).toBeCloseTo(1, 12);
        expect(revenue).toBe(rows.reduce((a, r) => a + r.monetary, 0));
        expect(seg.segmentSummary.map((s) => s.segment)).toEqual([...rules.map((r) => r.id), 'others']);
      }),
    );
  });

  it('validateSegmentRules agrees with the assignment: won cells partition the grid', () => {
    fc.assert(
      fc.property(rulesOrDefault, fc.integer({ min: 2, max: 5 }), (rules, bins) => {
        const rep = validateSegmentRules(rules, bins);
        const won = Object.values(rep.cellsWon).reduce((a, b) => a + b, 0);
        expect(won + rep.uncovered.length).toBe(bins ** 3);
        for (const code of rep.uncovered) {
          const [r, f, m] = [Math.floor(code / 100), Math.floor(code / 10) % 10, code % 10];
          expect(rules.some((x) => inside(r, x.recency) && inside(f, x.frequency) && inside(m, x.monetary))).toBe(false);
        }
        expect(rep.complete).toBe(rep.uncovered.length === 0);
        expect(rep.disjoint).toBe(rep.overlaps.length === 0);
        for (const id of rep.shadowed) expect(rep.cellsWon[id]).toBe(0);
      }),
    );
  });
});
