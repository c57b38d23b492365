/**
 * Properties of compareAssessments: identity, antisymmetry, levels reached ↔ regressions.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess, compareAssessments } from '../../src/index.js';
import { TEST_CHECKLIST } from './fixture.js';
import { EVIDENCE, policyArb, sheetArb, toAnswers, type Sheet } from './arbitraries.js';

const ok = (s: Sheet) => s.respondents.some((r) => r.slots.some((x) => x !== 'not-applicable'));
const sheets = sheetArb(TEST_CHECKLIST, 2).filter(ok);

function run(sheet: Sheet, policy: object) {
  return assess(TEST_CHECKLIST, { checklist: { id: 'test', version: '1' }, answers: toAnswers(TEST_CHECKLIST, sheet), evidence: EVIDENCE }, policy);
}

describe('compareAssessments properties', () => {
  it('comparing a result with itself changes nothing', () => {
    fc.assert(
      fc.property(sheets, policyArb, (sheet, policy) => {
        const r = run(sheet, policy);
        const c = compareAssessments(r, r);
        for (const d of [c.overall, ...c.dimensions, ...c.principles, ...c.items]) expect(d.delta === null || d.delta === 0).toBe(true);
        expect([c.levelsReached, c.regressions, c.added, c.removed]).toEqual([[], [], [], []]);
      }),
      { numRuns: 40 },
    );
  });

  it('swapping the arguments negates the deltas and swaps levels reached with regressions', () => {
    fc.assert(
      fc.property(sheets, sheets, policyArb, (s1, s2, policy) => {
        const a = run(s1, policy);
        const b = run(s2, policy);
        const ab = compareAssessments(a, b);
        const ba = compareAssessments(b, a);
        const all = (c: typeof ab) => [c.overall, ...c.dimensions, ...c.principles, ...c.items];
        all(ab).forEach((d, k) => {
          const e = all(ba)[k]!;
          if (d.delta === null) expect(e.delta).toBeNull();
          else expect(d.delta + e.delta!).toBeCloseTo(0, 9);
        });
        const key = (l: { scope: string; id: string; from: number; to: number }) => `${l.scope}:${l.id}:${String(l.from)}:${String(l.to)}`;
        const flip = (l: { scope: string; id: string; from: number; to: number }) => `${l.scope}:${l.id}:${String(l.to)}:${String(l.from)}`;
        expect(ab.levelsReached.map(key)).toEqual(ba.regressions.map(flip));
        expect(ab.regressions.map(key)).toEqual(ba.levelsReached.map(flip));
      }),
      { numRuns: 40 },
    );
  });
});
