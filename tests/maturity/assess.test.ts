/**
 * Hand-computed cases of assess() on the small test checklist (tests/maturity/fixture.ts). Every expected value is
 * worked out in the comment next to it from the method documented on assess(): per-level attainment = weighted
 * share met, gated level = highest level with every level up to it ≥ threshold, gated-fractional = level + next
 * attainment, weighted-mean = 5 × mean attainment; pooling = weighted means of attainments.
 * Tolerance: 1e-9 (toBeCloseTo(x, 9)) for non-integers; exact for levels and integers.
 */
import { describe, expect, it } from 'vitest';
import { assess, type AssessmentPolicy, type AssessmentResult, type ScoringPolicyKind } from '../../src/index.js';
import { TEST_CHECKLIST, allWith, answers, input, metUpTo } from './fixture.js';

const ACCEPT = { evidence: 'accept' } as const;
const POLICIES: ScoringPolicyKind[] = ['gated', 'gated-fractional', 'weighted-mean'];

function run(statuses: Parameters<typeof answers>[0], policy: AssessmentPolicy = {}): AssessmentResult {
  return assess(TEST_CHECKLIST, input({ answers: answers(statuses) }), { ...ACCEPT, ...policy });
}

function item(r: AssessmentResult, id: string) {
  return r.items.find((i) => i.id === id)!;
}

describe('assess: all met', () => {
  for (const kind of POLICIES) {
    it(`gives 5 everywhere under ${kind}`, () => {
      const r = run(allWith(TEST_CHECKLIST, 'met'), { kind });
      expect(r.overall).toMatchObject({ score: 5, level: 5, strictLevel: 5, coverage: 1, target: 5 });
      expect(r.overall.levelLabels.en).toBe('Optimizing');
      for (const u of [...r.dimensions, ...r.items, ...r.principles]) expect([u.score, u.level]).toEqual([5, 5]);
      // Target defaults to min(5, level + 1) = 5: no gap, and nothing to warn about.
      expect(r.gaps).toEqual([]);
      expect(r.warnings).toEqual([]);
    });
  }

  it('all not met gives 0 and a level-1 target', () => {
    const r = run(allWith(TEST_CHECKLIST, 'not-met'));
    expect(r.overall).toMatchObject({ score: 0, level: 0, strictLevel: 0, target: 1 });
    expect(r.overall.levelLabels['zh-CN']).toBe('未达初始级');
  });
});

describe('assess: a gap at level 2 caps the gated level', () => {
  // A2: L1 met, L2 not met, L3 and L4 met, L5 not met → attainment [1, 0, 1, 1, 0].
  const statuses = { ...metUpTo(TEST_CHECKLIST, { A1: 5, B1: 5 }), 'A2-1': 'met', 'A2-2': 'not-met', 'A2-3': 'met', 'A2-4': 'met', 'A2-5': 'not-met' } as const;

  it('gated: level 1 although level-4 criteria are met, reported as ahead of the gate', () => {
    const a2 = item(run(statuses, { kind: 'gated' }), 'A2');
    expect(a2.levelAttainment).toEqual([1, 0, 1, 1, 0]);
    expect([a2.score, a2.level, a2.gatedLevel, a2.progress]).toEqual([1, 1, 1, 0]);
    // Criteria met above level gatedLevel + 1 = 2.
    expect(a2.aheadOfGate).toEqual(['A2-3', 'A2-4']);
  });

  it('gated-fractional: 1 + attainment of level 2 (0) = 1; weighted-mean: 5 × 3/5 = 3', () => {
    expect(item(run(statuses), 'A2').score).toBe(1);
    const wm = item(run(statuses, { kind: 'weighted-mean' }), 'A2');
    expect([wm.score, wm.level, wm.gatedLevel]).toEqual([3, 3, 1]);
  });

  it('warns GATE_BLOCKED and lists the gap as a quick win with the level-2 criterion', () => {
    const r = run(statuses);
    expect(r.warnings.map((w) => [w.code, w.ids])).toEqual([['GATE_BLOCKED', ['A2']]]);
    expect(r.warnings[0]!.message.en).toContain('ahead of the gate');
    // Target = level + 1 = 2; gap = 2 − 1 = 1; priority = 1 × 1 × 1 × 1 × 1.25 (A is foundational) ÷ 1 = 1.25.
    // Quick win: meeting A2-2 lifts the gate from 1 to 4 (≥ 2 levels).
    const g = r.gaps.find((x) => x.item === 'A2')!;
    expect(g).toMatchObject({ current: 1, currentLevel: 1, target: 2, gap: 1, priority: 1.25, foundational: true, quickWin: true });
    expect(g.criteria.map((c) => [c.id, c.level, c.status])).toEqual([['A2-2', 2, 'not-met']]);
    expect(g.rationale.en).toBe(
      'Level 1 (score 1) → target 2: 1 criterion to meet, the lowest at level 2. Foundational dimension: priority raised by 25%. Criteria up to level 4 are already met above the gap (ahead of the gate). Quick win.',
    );
    expect(g.rationale['zh-CN']).toContain('超前于门槛');
  });
});

describe('assess: partial answers', () => {
  // A1: L1 met, L2a met, L2b partial, L3 partial, L4 and L5 not met.
  const statuses = { 'A1-1': 'met', 'A1-2a': 'met', 'A1-2b': 'partial', 'A1-3': 'partial', 'A1-4': 'not-met', 'A1-5': 'not-met' } as const;

  it('partial counts 0.5: attainment [1, 0.75, 0.5, 0, 0]; 0.75 < 0.8 so gated 1, fractional 1.75, additive 2.25', () => {
    const a1 = item(run(statuses), 'A1');
    expect(a1.levelAttainment).toEqual([1, 0.75, 0.5, 0, 0]);
    expect([a1.gatedLevel, a1.score, a1.progress]).toEqual([1, 1.75, 0.75]);
    // weighted-mean: 5 × (1 + 0.75 + 0.5 + 0 + 0)/5 = 2.25, level ⌊2.25⌋ = 2.
    const wm = item(run(statuses, { kind: 'weighted-mean' }), 'A1');
    expect([wm.score, wm.level]).toEqual([2.25, 2]);
  });

  it('threshold 0.7 reaches level 2: 2 + 0.5 = 2.5', () => {
    expect(item(run(statuses, { threshold: 0.7 }), 'A1').score).toBe(2.5);
  });

  it('partialValue 0.6: attainment of level 2 = (1 + 0.6)/2 = 0.8 reaches the threshold: 2 + 0.6 = 2.6', () => {
    const a1 = item(run(statuses, { partialValue: 0.6 }), 'A1');
    expect(a1.score).toBeCloseTo(2.6, 9);
    expect(a1.criteria.find((c) => c.id === 'A1-2b')).toMatchObject({ status: 'partial', value: 0.6 });
  });

  it('threshold 1 (strict) keeps level 1 and lists the partial criteria in the gap, lowest level first', () => {
    const r = run(statuses, { threshold: 1 });
    const g = r.gaps.find((x) => x.item === 'A1')!;
    // Target 2, current 1.75 → gap 0.25; criteria up to level 2 not fully met: A1-2b (partial).
    expect([g.gap, g.criteria.map((c) => c.id), g.quickWin]).toEqual([0.25, ['A1-2b'], true]);
  });
});

describe('assess: not-applicable answers and items', () => {
  it('an N/A criterion leaves the denominators: A1 level 2 = A1-2a alone', () => {
    const r = run({ 'A1-1': 'met', 'A1-2a': 'met', 'A1-2b': 'not-applicable', 'A1-3': 'not-met', 'A1-4': 'not-met', 'A1-5': 'not-met' });
    const a1 = item(r, 'A1');
    expect(a1.levelAttainment).toEqual([1, 1, 0, 0, 0]);
    expect([a1.score, a1.coverage]).toEqual([2, 1]); // 5 applicable criteria, all answered
    expect(a1.criteria.find((c) => c.id === 'A1-2b')).toMatchObject({ status: 'not-applicable', value: null });
  });

  it('a level with every criterion N/A passes the gate and leaves the additive mean', () => {
    const r = run({ 'A2-1': 'met', 'A2-2': 'not-applicable', 'A2-3': 'met', 'A2-4': 'not-met', 'A2-5': 'not-met' }, { kind: 'weighted-mean' });
    const a2 = item(r, 'A2');
    expect(a2.levelAttainment).toEqual([1, null, 1, 0, 0]);
    // gated: levels 1, 2 (N/A), 3 reached → 3; additive: 5 × (1 + 1 + 0 + 0)/4 = 2.5.
    expect([a2.gatedLevel, a2.score, a2.level]).toEqual([3, 2.5, 2]);
  });

  it('an N/A item leaves its dimension, principles and the overall result', () => {
    const statuses = metUpTo(TEST_CHECKLIST, { A1: 2, A2: 4 });
    delete (statuses as Record<string, unknown>)['B1-1'];
    const r = assess(
      TEST_CHECKLIST,
      input({ answers: answers(Object.fromEntries(Object.entries(statuses).filter(([k]) => !k.startsWith('B1')))), notApplicable: [{ item: 'B1', reason: 'no such channel' }] }),
      ACCEPT,
    );
    expect(item(r, 'B1')).toMatchObject({ applicable: false, notApplicableReason: 'no such channel', score: null, level: null });
    expect(r.dimensions[1]).toMatchObject({ id: 'B', score: null, level: null, coverage: null, target: null });
    // Overall = dimension A alone: pooled [1, 1, 0.5, 0.5, 0] → gated 2, fractional 2.5.
    expect(r.overall).toMatchObject({ score: 2.5, level: 2, strictLevel: 2, coverage: 1 });
    expect(r.radar.byDimension.series[0]!.values).toEqual([2.5, null]);
  });
});

describe('assess: pooling over items, dimensions and principles', () => {
  // A1 all met [1,1,1,1,1]; A2 [1,0,1,1,0]; B1 levels 1–2 met [1,1,0,0,0].
  const statuses = { ...metUpTo(TEST_CHECKLIST, { A1: 5, B1: 2 }), 'A2-1': 'met', 'A2-2': 'not-met', 'A2-3': 'met', 'A2-4': 'met', 'A2-5': 'not-met' } as const;

  it('gated-fractional', () => {
    const r = run(statuses);
    // A: [1, 0.5, 1, 1, 0.5] → gated 1, score 1.5. B: [1, 1, 0, 0, 0] → 2.
    expect(r.dimensions.map((d) => [d.id, d.score, d.level])).toEqual([['A', 1.5, 1], ['B', 2, 2]]);
    expect(r.dimensions[0]!.levelAttainment).toEqual([1, 0.5, 1, 1, 0.5]);
    // Overall (A weight 1, B weight 2): L2 = (0.5 + 2)/3 = 0.8333 ≥ 0.8; L3 = (1 + 0)/3 = 0.3333 → 2.3333.
    expect(r.overall.score).toBeCloseTo(7 / 3, 9);
    expect([r.overall.level, r.overall.strictLevel]).toEqual([2, 1]);
    // p1 = A1 (weight 1) + B1 (weight 1 × 2): L3 = 1/3 → 2.3333. p2 = A2 (1) + B1 (2): L2 = 2/3 < 0.8 → 1 + 2/3.
    expect(r.principles.map((p) => [p.id, p.level, p.items])).toEqual([['p1', 2, 2], ['p2', 1, 2]]);
    expect(r.principles[0]!.score).toBeCloseTo(7 / 3, 9);
    expect(r.principles[1]!.score).toBeCloseTo(5 / 3, 9);
  });

  it('weighted-mean', () => {
    const r = run(statuses, { kind: 'weighted-mean' });
    // A = mean(5, 3) = 4; B = 2; overall = (4 + 2 × 2)/3 = 2.6667; strict = min(4, 2) = 2.
    expect(r.dimensions.map((d) => d.score)).toEqual([4, 2]);
    expect(r.overall.score).toBeCloseTo(8 / 3, 9);
    expect([r.overall.level, r.overall.strictLevel]).toEqual([2, 2]);
  });

  it('gated', () => {
    const r = run(statuses, { kind: 'gated' });
    expect([r.overall.score, r.overall.level, r.overall.strictLevel]).toEqual([2, 2, 1]);
  });

  it('targets: explicit item, dimension and overall targets, defaults one level up', () => {
    const r = assess(TEST_CHECKLIST, input({ answers: answers(statuses), targets: { overall: 3, dimensions: { B: 4 }, items: { A1: 5 } } }), ACCEPT);
    expect(r.items.map((i) => i.target)).toEqual([5, 3, 4]);
    expect(r.dimensions.map((d) => d.target)).toEqual([3, 4]);
    expect(r.overall.target).toBe(3);
    expect(r.radar.byDimension.series[1]!.values).toEqual([3, 4]);
    // Gaps: A2 (3 − 1 = 2, × 1.25 = 2.5), B1 (4 − 2 = 2, × dimension weight 2 = 4): B1 first.
    expect(r.gaps.map((g) => [g.item, g.gap, g.priority])).toEqual([['B1', 2, 4], ['A2', 2, 2.5]]);
    expect(r.gaps[0]!.criteria.map((c) => c.id)).toEqual(['B1-3', 'B1-4']);
  });

  it('priorities: impact and effort override the checklist', () => {
    const r = assess(TEST_CHECKLIST, input({ answers: answers(statuses), priorities: { A2: { impact: 3, effort: 2 } } }), ACCEPT);
    // A2: gap 1 × 3 × 1.25 ÷ 2 = 1.875; effort 2 > 1 → no quick win.
    expect(r.gaps.find((g) => g.item === 'A2')).toMatchObject({ priority: 1.875, quickWin: false });
  });
});

describe('assess: unevidenced claims at level ≥ 3', () => {
  // A2: levels 1–3 met, 4–5 not met; nothing cites evidence.
  const statuses = { 'A2-1': 'met', 'A2-2': 'met', 'A2-3': 'met', 'A2-4': 'not-met', 'A2-5': 'not-met' } as const;
  const cases = [
    ['accept', 3, false],
    ['warn', 3, true],
    ['downgrade', 2.5, true], // A2-3 counts as partial (0.5): gated 2, 2 + 0.5
    ['reject', 2, true], // A2-3 counts 0: gated 2, 2 + 0
  ] as const;
  for (const [rule, score, warned] of cases) {
    it(`${rule}: score ${String(score)}`, () => {
      const r = assess(TEST_CHECKLIST, input({ answers: answers(statuses) }), { evidence: rule });
      expect(item(r, 'A2').score).toBe(score);
      const w = r.warnings.find((x) => x.code === 'UNEVIDENCED_CLAIMS');
      expect(w?.ids).toEqual(warned ? ['A2-3'] : undefined);
    });
  }

  it('evidence cited by the answer, linked by a record, or a metric key of the item satisfies the rule', () => {
    const cited = answers(statuses).map((a) => (a.criterion === 'A2-3' ? { ...a, evidence: ['doc'] } : a));
    const evidence = [{ id: 'doc', kind: 'document' as const, title: 'CX policy' }];
    expect(item(assess(TEST_CHECKLIST, input({ answers: cited, evidence }), { evidence: 'reject' }), 'A2').score).toBe(3);
    const linked = [{ id: 'rec', kind: 'record' as const, criteria: ['A2-3'] }];
    expect(item(assess(TEST_CHECKLIST, input({ answers: answers(statuses), evidence: linked }), { evidence: 'reject' }), 'A2').score).toBe(3);
    const withKeys = { ...TEST_CHECKLIST, dimensions: TEST_CHECKLIST.dimensions.map((d) => ({ ...d, items: d.items.map((i) => ({ ...i, metricKeys: ['nps'] })) })) };
    const metric = [{ id: 'm', kind: 'metric' as const, key: 'nps', value: 31 }];
    const r = assess(withKeys, input({ answers: answers(statuses), evidence: metric }), { evidence: 'reject' });
    expect([item(r, 'A2').score, r.warnings.map((w) => w.code)]).toEqual([3, ['INCOMPLETE_COVERAGE']]);
  });

  it('evidenceFromLevel 4 leaves level-3 claims alone', () => {
    expect(item(assess(TEST_CHECKLIST, input({ answers: answers(statuses) }), { evidence: 'reject', evidenceFromLevel: 4 }), 'A2').score).toBe(3);
  });
});

describe('assess: several respondents', () => {
  it('criteria mode: the median per criterion, and disagreement flagged', () => {
    const r = assess(
      TEST_CHECKLIST,
      input({
        answers: [
          ...answers({ 'B1-1': 'met', 'B1-2': 'met' }, { respondent: 'r1' }),
          ...answers({ 'B1-1': 'met', 'B1-2': 'not-met' }, { respondent: 'r2' }),
          ...answers({ 'B1-1': 'met', 'B1-2': 'partial' }, { respondent: 'r3' }),
        ],
      }),
      ACCEPT,
    );
    // B1-2: median(1, 0, 0.5) = 0.5 → partial; values span met and not met → HIGH_DISPERSION.
    const b1 = item(r, 'B1');
    expect(b1.criteria.find((c) => c.id === 'B1-2')).toMatchObject({ status: 'partial', value: 0.5, answers: 3 });
    expect(b1.score).toBe(1.5);
    expect(r.respondents).toEqual(['r1', 'r2', 'r3']);
    expect(r.warnings.find((w) => w.code === 'HIGH_DISPERSION')?.ids).toEqual(['B1-2']);
  });

  it('anchored mode: three respondents rate A1 1, 3 and 4 → median 3, spread 3 ≥ 2 → HIGH_DISPERSION', () => {
    const ratings = [
      { item: 'A1', level: 1, respondent: 'r1' },
      { item: 'A1', level: 3, respondent: 'r2' },
      { item: 'A1', level: 4, respondent: 'r3' },
      { item: 'A2', level: 2, respondent: 'r1' },
      { item: 'B1', level: 2, respondent: 'r1' },
    ];
    const r = assess(TEST_CHECKLIST, input({ mode: 'anchored', ratings }), ACCEPT);
    const a1 = item(r, 'A1');
    // Anchored attainment at level L = min(1, max(0, 3 − L + 1)) = [1, 1, 1, 0, 0].
    expect([a1.rating, a1.score, a1.level, a1.levelAttainment]).toEqual([3, 3, 3, [1, 1, 1, 0, 0]]);
    expect(a1.criteria).toEqual([]);
    const w = r.warnings.find((x) => x.code === 'HIGH_DISPERSION')!;
    expect(w.ids).toEqual(['A1']);
    expect(w.message.en).toContain('differ by 2 or more');
    // Dimension A pooled: [1, 1, 0.5, 0, 0] → gated 2, score 2.5. B: 2. Overall: L3 = 0.5/3 → 2 + 1/6.
    expect(r.dimensions.map((d) => d.score)).toEqual([2.5, 2]);
    expect(r.overall.score).toBeCloseTo(2 + 1 / 6, 9);
    expect(r.mode).toBe('anchored');
  });

  it('anchored mode with the mean: (1 + 3 + 4)/3 = 2.6667 → gated 2, fractional 2.6667', () => {
    const ratings = [1, 3, 4].map((level, k) => ({ item: 'A1', level, respondent: `r${String(k)}` }));
    const a1 = item(assess(TEST_CHECKLIST, input({ mode: 'anchored', ratings }), { ...ACCEPT, aggregate: 'mean' }), 'A1');
    expect(a1.gatedLevel).toBe(2);
    expect(a1.score).toBeCloseTo(8 / 3, 9);
  });

  it('anchored mode: an unevidenced rating of 4 is capped at 2.5 (downgrade) or 2 (reject); unrated items lower the coverage', () => {
    const ratings = [{ item: 'A1', level: 4 }];
    const down = assess(TEST_CHECKLIST, input({ mode: 'anchored', ratings }), { evidence: 'downgrade' });
    expect(item(down, 'A1').score).toBe(2.5);
    expect(down.warnings.map((w) => w.code)).toEqual(['INCOMPLETE_COVERAGE', 'UNEVIDENCED_CLAIMS']);
    expect(down.overall.coverage).toBeCloseTo(1 / 3, 9);
    expect(item(assess(TEST_CHECKLIST, input({ mode: 'anchored', ratings }), { evidence: 'reject' }), 'A1').score).toBe(2);
  });

  it('anchored mode: gaps list the next levels’ criteria; halfway into the next level is a quick win', () => {
    const ratings = [{ item: 'B1', level: 2, respondent: 'a' }, { item: 'B1', level: 3, respondent: 'b' }];
    const r = assess(TEST_CHECKLIST, input({ mode: 'anchored', ratings }), ACCEPT);
    const g = r.gaps.find((x) => x.item === 'B1')!;
    // median 2.5 → level 2, attainment of level 3 = 0.5 → partial; target 3.
    expect([g.current, g.target, g.quickWin, g.criteria.map((c) => [c.id, c.status])]).toEqual([2.5, 3, true, [['B1-3', 'partial']]]);
  });
});

describe('assess: coverage', () => {
  it('unanswered criteria count as not met and raise INCOMPLETE_COVERAGE for the dimensions below the minimum', () => {
    const r = run({ 'A1-1': 'met', 'A1-2a': 'met', 'A1-2b': 'met' });
    expect(item(r, 'A1').coverage).toBe(0.5);
    expect(r.overall.coverage).toBe(0.1875); // 3 of 16 criteria
    const w = r.warnings[0]!;
    expect([w.code, w.ids]).toEqual(['INCOMPLETE_COVERAGE', ['A', 'B']]);
    expect(w.message.en).toBe('Coverage is 19% (minimum 80%); 2 dimensions are below the minimum. Unanswered criteria count as not met.');
    expect(item(r, 'A1').criteria.find((c) => c.id === 'A1-3')).toMatchObject({ status: 'unanswered', value: 0 });
  });

  it('minCoverage 0 never warns', () => {
    expect(run({ 'A1-1': 'met' }, { minCoverage: 0 }).warnings).toEqual([]);
  });
});

describe('assess: result shape', () => {
  it('carries the checklist, resolved policy, labels, disclaimer and previous radar series', () => {
    const prev = run(metUpTo(TEST_CHECKLIST, { A1: 1, A2: 1, B1: 1 }));
    const r = assess(TEST_CHECKLIST, input({ answers: answers(metUpTo(TEST_CHECKLIST, { A1: 2, A2: 2, B1: 2 })), label: 'H2', period: '2026-H2' }), { previous: prev });
    expect(r.policy).toEqual({ kind: 'gated-fractional', threshold: 0.8, partialValue: 0.5, evidence: 'warn', evidenceFromLevel: 3, minCoverage: 0.8, aggregate: 'median', dispersion: 2 });
    expect([r.label, r.period, r.checklist.id, r.respondents]).toEqual(['H2', '2026-H2', 'test', ['']]);
    expect(r.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.disclaimer.en).toContain('not an audit, a certification or a conformity assessment');
    expect(r.radar.byDimension.series.map((s) => [s.id, s.values])).toEqual([
      ['current', [2, 2]],
      ['target', [3, 3]],
      ['previous', [1, 1]],
    ]);
    expect(r.radar.byPrinciple.axes.map((a) => a.id)).toEqual(['p1', 'p2']);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('accepts a policy name', () => {
    expect(assess(TEST_CHECKLIST, input({ answers: answers(allWith(TEST_CHECKLIST, 'met')) }), 'gated').policy.kind).toBe('gated');
  });

  it('does not modify its inputs', () => {
    const inp = input({ answers: answers({ 'A1-1': 'met' }), targets: { overall: 2 } });
    const copy = structuredClone(inp);
    const defCopy = structuredClone(TEST_CHECKLIST);
    assess(TEST_CHECKLIST, inp);
    expect(inp).toEqual(copy);
    expect(TEST_CHECKLIST).toEqual(defCopy);
  });
});
