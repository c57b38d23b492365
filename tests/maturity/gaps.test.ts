/**
 * gapReport rows from a hand-computed assessment of the test checklist.
 */
import { describe, expect, it } from 'vitest';
import { assess, gapReport } from '../../src/index.js';
import { TEST_CHECKLIST, answers, input, metUpTo } from './fixture.js';
import { errorOf } from '../helpers/errors.js';

describe('gapReport', () => {
  // A1 level 2, A2 gap at level 2 with levels 3–4 met, B1 level 1. Targets: default one level up, B1 → 3.
  const statuses = { ...metUpTo(TEST_CHECKLIST, { A1: 2, B1: 1 }), 'A2-1': 'met', 'A2-2': 'not-met', 'A2-3': 'met', 'A2-4': 'met', 'A2-5': 'not-met' } as const;
  const r = assess(TEST_CHECKLIST, input({ answers: answers(statuses), targets: { items: { B1: 3 } } }), { evidence: 'accept' });

  it('rows in priority order with clauses, change and next criteria (en)', () => {
    // B1: gap 3 − 1 = 2, × dimension weight 2 = 4. A1: 1 × 1.25 = 1.25. A2: 1 × 1.25 = 1.25 (tie: checklist order).
    const rows = gapReport(r);
    expect(rows.map((x) => [x.rank, x.itemId, x.priority, x.change, x.clauses, x.quickWin])).toEqual([
      [1, 'B1', 4, '1 → 3', '1', false],
      [2, 'A1', 1.25, '2 → 3', '1', false],
      [3, 'A2', 1.25, '1 → 2', '1', true],
    ]);
    expect(rows[0]!.nextCriteria).toEqual(['L2: B1 level 2', 'L3: B1 level 3']);
    expect(rows[0]!.dimension).toBe('Dimension B');
    expect(rows[2]!.rationale).toContain('ahead of the gate');
  });

  it('zh-CN texts, and a limit', () => {
    const rows = gapReport(r, { locale: 'zh-CN', limit: 1 });
    expect(rows.length).toBe(1);
    expect([rows[0]!.item, rows[0]!.nextCriteria[0]]).toEqual(['中文item B1', '第2级：中文B1 level 2']);
    expect(rows[0]!.rationale.startsWith('当前第 1 级（得分 1）→ 目标 3')).toBe(true);
  });

  it('marks content-inferred clauses with *', () => {
    const def = { ...TEST_CHECKLIST, clauses: [...TEST_CHECKLIST.clauses, { id: '2', labels: { 'zh-CN': '二', en: 'Two' } }] };
    def.dimensions = def.dimensions.map((d) => ({ ...d, items: d.items.map((i) => ({ ...i, clauses: [{ clause: '1', basis: 'toc-confirmed' as const }, { clause: '2', basis: 'content-inferred' as const }] })) }));
    expect(gapReport(assess(def, input()))[0]!.clauses).toBe('1, 2*');
  });

  it('bad arguments', () => {
    const err = (f: () => unknown) => {
      const e = errorOf(f);
      return [e.code, e.path];
    };
    expect(err(() => gapReport({} as never))).toEqual(['INVALID_ARGUMENT', ['result']]);
    expect(err(() => gapReport(r, { locale: 'fr' as never }))).toEqual(['INVALID_ARGUMENT', ['locale']]);
    expect(err(() => gapReport(r, { limit: -1 }))).toEqual(['OUT_OF_RANGE', ['limit']]);
  });
});
