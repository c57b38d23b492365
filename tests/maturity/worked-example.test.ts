/**
 * The worked example of docs/maturity.md, so the page stays true. Expected values are worked out there:
 * overall level-2 attainment (10 × 1 + 0.75)/11, level-3 attainment (1 + 1 + 0.5)/11 → 2 + 2.5/11.
 */
import { describe, expect, it } from 'vitest';
import { assess, gapReport, GBT42509_CHECKLIST as C, metricEvidence } from '../../src/index.js';

describe('docs/maturity.md worked example', () => {
  const reached: Record<string, number> = { D08: 3, D10: 3 };
  const answers = C.dimensions.flatMap((d) =>
    d.items.flatMap((it) =>
      it.criteria.map((c) => {
        const upTo = reached[d.id] ?? 2;
        const status = c.id === 'D10-3-L2' ? 'not-met' : c.level <= upTo ? 'met' : d.id === 'D02' && c.level === 3 ? 'partial' : 'not-met';
        return { criterion: c.id, status } as const;
      }),
    ),
  );
  const evidence = metricEvidence({ nps: { score: 31, n: 400 }, churn: { churn: 0.07, retention: 0.93 } }, { period: '2026-Q2' });
  const r = assess(C, { checklist: { id: C.id, version: C.version }, answers, evidence, period: '2026-H1' });

  it('overall, dimensions and warnings', () => {
    expect(r.overall.score).toBeCloseTo(2 + 2.5 / 11, 9);
    expect([r.overall.level, r.overall.strictLevel, r.overall.levelLabels]).toEqual([2, 1, { 'zh-CN': '受管理级', en: 'Managed' }]);
    expect(r.overall.levelAttainment[1]).toBeCloseTo(10.75 / 11, 9);
    const dim = (id: string) => r.dimensions.find((d) => d.id === id)!.score;
    expect([dim('D02'), dim('D08'), dim('D10')]).toEqual([2.5, 3, 1.75]);
    expect(r.warnings.map((w) => [w.code, w.ids])).toEqual([
      ['UNEVIDENCED_CLAIMS', ['D02-1-L3', 'D02-2-L3', 'D02-3-L3', 'D02-4-L3', 'D08-4-L3', 'D10-2-L3', 'D10-3-L3']],
      ['GATE_BLOCKED', ['D10-3']],
    ]);
  });

  it('the first gap row in both languages', () => {
    const en = gapReport(r, { limit: 1 })[0]!;
    const zh = gapReport(r, { locale: 'zh-CN', limit: 1 })[0]!;
    expect([en.itemId, en.item, en.clauses, en.change, en.quickWin, en.priority]).toEqual(['D03-1', 'CX objectives', '6.1', '2 → 3', false, 1.25]);
    expect(en.rationale).toBe('Level 2 (score 2) → target 3: 1 criterion to meet, the lowest at level 3. Foundational dimension: priority raised by 25%.');
    expect(zh.nextCriteria).toEqual(['第3级：组织级顾客体验目标可测量、形成文件，并分解到相关职能和层级。']);
    expect(zh.rationale).toBe('当前第 2 级（得分 2）→ 目标 3：尚有 1 项准则待满足，最低在第 3 级。属于基础维度，优先级上调 25%。');
    // D02 gaps: 0.5 × 1.25 = 0.625.
    expect(r.gaps.find((g) => g.item === 'D02-1')!.priority).toBe(0.625);
  });
});
