/**
 * Properties of assess(): bounds, the gated/fractional relation, monotonicity in the criteria met, independence of
 * answer order, radar shape — on the small test checklist and on GBT42509_CHECKLIST.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess, GBT42509_CHECKLIST, type AssessmentResult, type ChecklistDefinition, type ScoringPolicyKind } from '../../src/index.js';
import { TEST_CHECKLIST, criterionIds } from './fixture.js';
import { EVIDENCE, policyArb, sheetArb, toAnswers, type Sheet } from './arbitraries.js';

const KINDS: ScoringPolicyKind[] = ['gated', 'gated-fractional', 'weighted-mean'];
const CHECKLISTS: [string, ChecklistDefinition][] = [
  ['test checklist', TEST_CHECKLIST],
  ['GBT42509_CHECKLIST', GBT42509_CHECKLIST],
];

function run(def: ChecklistDefinition, sheet: Sheet, policy: object): AssessmentResult {
  return assess(def, { checklist: { id: def.id, version: def.version }, answers: toAnswers(def, sheet), evidence: EVIDENCE }, policy);
}

/** Every (score, level) of a result: overall, dimensions, principles, items; null where nothing applies. */
function units(r: AssessmentResult): [string, number | null, number | null][] {
  return [
    ['overall', r.overall.score, r.overall.level],
    ...r.dimensions.map((d) => [d.id, d.score, d.level] as [string, number | null, number | null]),
    ...r.principles.map((p) => [`p:${p.id}`, p.score, p.level] as [string, number | null, number | null]),
    ...r.items.map((i) => [i.id, i.score, i.level] as [string, number | null, number | null]),
  ];
}

/** A sheet where everything is N/A would throw EMPTY_INPUT: keep at least one applicable answer. */
function assessable(sheet: Sheet): boolean {
  return sheet.respondents.some((r) => r.slots.some((s) => s !== 'not-applicable'));
}

for (const [name, def] of CHECKLISTS) {
  const n = criterionIds(def).length;
  const sheets = sheetArb(def).filter(assessable);
  describe(`assess properties on the ${name}`, () => {
    it('scores and levels stay in [0, 5], coverage in [0, 1], strictLevel ≤ level', () => {
      fc.assert(
        fc.property(sheets, policyArb, fc.constantFrom(...KINDS), (sheet, policy, kind) => {
          const r = run(def, sheet, { ...policy, kind });
          for (const [, score, level] of units(r)) {
            if (score === null) continue;
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(5);
            expect(Number.isInteger(level)).toBe(true);
          }
          expect(r.overall.coverage).toBeGreaterThanOrEqual(0);
          expect(r.overall.coverage).toBeLessThanOrEqual(1);
          expect(r.overall.strictLevel).toBeLessThanOrEqual(r.overall.level);
          for (const a of [...r.overall.levelAttainment, ...r.items.flatMap((i) => i.levelAttainment)]) if (a !== null) expect(a >= 0 && a <= 1).toBe(true);
        }),
        { numRuns: 60 },
      );
    });

    it('gated level ≤ gated-fractional score < level + 1; weighted-mean level = ⌊score⌋', () => {
      fc.assert(
        fc.property(sheets, policyArb, (sheet, policy) => {
          const gated = units(run(def, sheet, { ...policy, kind: 'gated' }));
          const frac = units(run(def, sheet, { ...policy, kind: 'gated-fractional' }));
          gated.forEach(([id, gScore, gLevel], k) => {
            const [, fScore, fLevel] = frac[k]!;
            if (gLevel === null) return expect(fScore).toBeNull();
            expect([id, gScore, fLevel]).toEqual([id, gLevel, gLevel]);
            expect(fScore!).toBeGreaterThanOrEqual(gLevel);
            expect(fScore!).toBeLessThan(gLevel + 1);
          });
          for (const [, score, level] of units(run(def, sheet, { ...policy, kind: 'weighted-mean' }))) {
            if (score !== null) expect(level).toBe(Math.floor(score + 1e-9));
          }
        }),
        { numRuns: 60 },
      );
    });

    it('meeting one more criterion never lowers any score', () => {
      fc.assert(
        fc.property(sheets, policyArb, fc.constantFrom(...KINDS), fc.nat(), fc.nat(), (sheet, policy, kind, who, at) => {
          const k = who % sheet.respondents.length;
          // Only a not-met, partial or unanswered criterion that nobody marked N/A can become met.
          const candidates: number[] = [];
          for (let x = 0; x < n; x++) {
            if (sheet.respondents[k]!.slots[x] !== 'met' && sheet.respondents.every((r) => r.slots[x] !== 'not-applicable')) candidates.push(x);
          }
          fc.pre(candidates.length > 0);
          const i = candidates[at % candidates.length]!;
          const better: Sheet = { respondents: sheet.respondents.map((r, j) => (j === k ? { ...r, slots: r.slots.map((s, x) => (x === i ? 'met' : s)) } : r)) };
          const before = units(run(def, sheet, { ...policy, kind }));
          const after = units(run(def, better, { ...policy, kind }));
          before.forEach(([id, score], x) => {
            const [, s2] = after[x]!;
            if (score === null) return;
            expect([id, s2! >= score - 1e-9]).toEqual([id, true]);
          });
        }),
        { numRuns: 200 },
      );
    });

    it('results do not depend on the order of the answers or evidence', () => {
      fc.assert(
        fc.property(sheets, policyArb, fc.nat(), (sheet, policy, seed) => {
          const answers = toAnswers(def, sheet);
          const shuffled = answers.map((a, j) => [((j + 1) * 2654435761 + seed) % 4294967296, a] as const).sort((x, y) => x[0] - y[0]).map((x) => x[1]);
          const ref = { id: def.id, version: def.version };
          const evidence = [...EVIDENCE, { id: 'other', kind: 'record' as const }];
          const a = assess(def, { checklist: ref, answers, evidence }, policy);
          const b = assess(def, { checklist: ref, answers: shuffled, evidence: [...evidence].reverse() }, policy);
          expect(b).toEqual(a);
        }),
        { numRuns: 40 },
      );
    });

    it('radar series have one point per axis; results are plain JSON', () => {
      fc.assert(
        fc.property(sheets, policyArb, (sheet, policy) => {
          const prev = run(def, sheet, policy);
          const r = run(def, sheet, { ...policy, previous: prev });
          expect(r.radar.byDimension.axes.length).toBe(def.dimensions.length);
          expect(r.radar.byPrinciple.axes.length).toBe(def.principles.length);
          for (const radar of [r.radar.byDimension, r.radar.byPrinciple]) {
            expect(radar.series.map((s) => s.id)).toEqual(['current', 'target', 'previous']);
            for (const s of radar.series) expect(s.values.length).toBe(radar.axes.length);
          }
          expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        }),
        { numRuns: 25 },
      );
    });

    it('gaps are sorted by priority, positive, with unmet criteria lowest level first', () => {
      fc.assert(
        fc.property(sheets, policyArb, (sheet, policy) => {
          const r = run(def, sheet, policy);
          for (let k = 0; k < r.gaps.length; k++) {
            const g = r.gaps[k]!;
            expect(g.gap).toBeGreaterThan(0);
            if (k > 0) expect(g.priority).toBeLessThanOrEqual(r.gaps[k - 1]!.priority);
            for (let j = 1; j < g.criteria.length; j++) expect(g.criteria[j]!.level).toBeGreaterThanOrEqual(g.criteria[j - 1]!.level);
            for (const c of g.criteria) expect(c.level).toBeLessThanOrEqual(Math.ceil(g.target - 1e-9));
          }
        }),
        { numRuns: 40 },
      );
    });
  });
}

describe('assess properties in anchored mode', () => {
  const itemIds = TEST_CHECKLIST.dimensions.flatMap((d) => d.items.map((i) => i.id));
  it('one respondent, evidence accepted: every policy scores an item at its rating', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }), fc.constantFrom(...KINDS), (levels, kind) => {
        const ratings = itemIds.map((item, k) => ({ item, level: levels[k]! }));
        const r = assess(TEST_CHECKLIST, { checklist: { id: 'test', version: '1' }, mode: 'anchored', ratings }, { kind, evidence: 'accept' });
        expect(r.items.map((i) => [i.score, i.level])).toEqual(levels.map((l) => [l, l]));
      }),
    );
  });

  it('several respondents: scores in [0, 5], the median of three lies between their min and max', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }), policyArb, (levels, policy) => {
        const ratings = levels.map((level, k) => ({ item: 'A1', level, respondent: `r${String(k)}` }));
        const r = assess(TEST_CHECKLIST, { checklist: { id: 'test', version: '1' }, mode: 'anchored', ratings }, { ...policy, evidence: 'accept', aggregate: 'median' });
        const a1 = r.items[0]!;
        const sorted = [...levels].sort();
        expect(a1.rating).toBe(sorted[1]);
        expect(a1.score! >= 0 && a1.score! <= 5).toBe(true);
        expect(r.warnings.some((w) => w.code === 'HIGH_DISPERSION')).toBe(sorted[2]! - sorted[0]! >= 2);
      }),
    );
  });
});
