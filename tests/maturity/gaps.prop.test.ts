/**
 * Properties of gapReport: one row per gap in the same order, ranks 1..n, texts in the requested locale.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess, gapReport, GBT42509_CHECKLIST } from '../../src/index.js';
import { policyArb, sheetArb, toAnswers, EVIDENCE, type Sheet } from './arbitraries.js';

const ok = (s: Sheet) => s.respondents.some((r) => r.slots.some((x) => x !== 'not-applicable'));

describe('gapReport properties', () => {
  it('rows mirror the gaps, ranked 1..n, in the locale asked for', () => {
    fc.assert(
      fc.property(sheetArb(GBT42509_CHECKLIST, 1).filter(ok), policyArb, fc.constantFrom('en' as const, 'zh-CN' as const), fc.option(fc.nat({ max: 60 }), { nil: undefined }), (sheet, policy, locale, limit) => {
        const r = assess(GBT42509_CHECKLIST, { checklist: { id: 'gbt42509-cx', version: '1.0.0' }, answers: toAnswers(GBT42509_CHECKLIST, sheet), evidence: EVIDENCE }, policy);
        const rows = gapReport(r, limit === undefined ? { locale } : { locale, limit });
        expect(rows.length).toBe(Math.min(limit ?? Infinity, r.gaps.length));
        rows.forEach((row, k) => {
          const g = r.gaps[k]!;
          expect([row.rank, row.itemId, row.priority, row.quickWin, row.nextCriteria.length]).toEqual([k + 1, g.item, g.priority, g.quickWin, g.criteria.length]);
          expect(row.item).toBe(g.labels[locale]);
          expect(row.rationale).toBe(g.rationale[locale]);
        });
      }),
      { numRuns: 30 },
    );
  });
});
