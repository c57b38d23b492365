/**
 * compareAssessments on hand-built pairs of assessments of the test checklist (scores worked out as in
 * assess.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { assess, compareAssessments } from '../../src/index.js';
import { TEST_CHECKLIST, answers, input, metUpTo } from './fixture.js';
import { errorOf } from '../helpers/errors.js';

const ACCEPT = { evidence: 'accept' } as const;

describe('compareAssessments', () => {
  // before: A1 2, A2 3, B1 1 → after: A1 3, A2 1, B1 1.
  const before = assess(TEST_CHECKLIST, input({ answers: answers(metUpTo(TEST_CHECKLIST, { A1: 2, A2: 3, B1: 1 })) }), ACCEPT);
  const after = assess(TEST_CHECKLIST, input({ answers: answers(metUpTo(TEST_CHECKLIST, { A1: 3, A2: 1, B1: 1 })) }), ACCEPT);
  const c = compareAssessments(before, after);

  it('item deltas, levels reached and regressions', () => {
    expect(c.items.map((d) => [d.id, d.previous, d.current, d.delta])).toEqual([
      ['A1', 2, 3, 1],
      ['A2', 3, 1, -2],
      ['B1', 1, 1, 0],
    ]);
    // Dimension A: before [1, 1, 0.5, 0, 0] → 2.5; after [1, 0.5, 0.5, 0, 0] → 1.5.
    expect(c.dimensions.map((d) => [d.id, d.previous, d.current, d.delta])).toEqual([
      ['A', 2.5, 1.5, -1],
      ['B', 1, 1, 0],
    ]);
    expect(c.levelsReached.map((l) => [l.scope, l.id, l.from, l.to])).toEqual([['item', 'A1', 2, 3]]);
    expect(c.regressions.map((l) => [l.scope, l.id, l.from, l.to])).toEqual([
      ['dimension', 'A', 2, 1],
      ['item', 'A2', 3, 1],
    ]);
    // p2 = A2 (weight 1) + B1 (weight 2): level 2 attainment (1 + 0)/3 before and 0 after, level 1 both times.
    expect(c.principles.find((p) => p.id === 'p2')).toMatchObject({ previousLevel: 1, currentLevel: 1 });
    expect(c.principles.find((p) => p.id === 'p2')!.delta).toBeCloseTo(-1 / 3, 9);
    expect(c.overall.id).toBe('overall');
    expect([c.added, c.removed, c.policy, c.checklist]).toEqual([[], [], 'gated-fractional', { id: 'test', previousVersion: '1', currentVersion: '1' }]);
  });

  it('matches items by id across checklist versions', () => {
    const v2 = { ...TEST_CHECKLIST, version: '2', dimensions: [TEST_CHECKLIST.dimensions[0]!] };
    const later = assess(v2, { checklist: { id: 'test', version: '2' }, answers: answers(metUpTo(v2, { A1: 3, A2: 3 })) }, ACCEPT);
    const d = compareAssessments(before, later);
    expect([d.removed, d.added, d.checklist.currentVersion]).toEqual([['B1'], [], '2']);
    expect(d.items.find((i) => i.id === 'B1')).toMatchObject({ previous: 1, current: null, delta: null });
    expect(d.dimensions.map((x) => x.id)).toEqual(['A', 'B']);
  });

  it('rejects results of different checklists or policies, and non-results', () => {
    const other = assess({ ...TEST_CHECKLIST, id: 'x' }, { checklist: { id: 'x', version: '1' } });
    const gated = assess(TEST_CHECKLIST, input(), 'gated');
    const codeAndPath = (f: () => unknown) => {
      const e = errorOf(f);
      return [e.code, e.path];
    };
    expect(codeAndPath(() => compareAssessments(before, other))).toEqual(['INVALID_ARGUMENT', ['current', 'checklist', 'id']]);
    expect(codeAndPath(() => compareAssessments(before, gated))).toEqual(['INVALID_ARGUMENT', ['current', 'policy', 'kind']]);
    expect(codeAndPath(() => compareAssessments({} as never, after))).toEqual(['INVALID_ARGUMENT', ['previous']]);
    expect(codeAndPath(() => compareAssessments(before, null as never))).toEqual(['INVALID_ARGUMENT', ['current']]);
  });
});
