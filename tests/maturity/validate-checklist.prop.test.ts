/**
 * Properties of validateChecklist and the schemas: never throws; any duplicated criterion id of the shipped
 * checklist is found; inputs that assess() accepts parse with AssessmentInputSchema.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AssessmentInputSchema, ChecklistDefinitionSchema, GBT42509_CHECKLIST, validateChecklist } from '../../src/index.js';
import { TEST_CHECKLIST } from './fixture.js';
import { sheetArb, toAnswers, EVIDENCE } from './arbitraries.js';

describe('validateChecklist properties', () => {
  it('never throws and returns issues with a code, severity and path', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        for (const i of validateChecklist(x)) {
          expect(typeof i.code).toBe('string');
          expect(['error', 'warning']).toContain(i.severity);
          expect(Array.isArray(i.path)).toBe(true);
        }
      }),
    );
  });

  it('finds any duplicated criterion id, at the copy, and the schema does not care', () => {
    const coords = GBT42509_CHECKLIST.dimensions.flatMap((d, di) => d.items.flatMap((it, ii) => it.criteria.map((_, ci) => [di, ii, ci] as const)));
    fc.assert(
      fc.property(fc.nat({ max: coords.length - 1 }), fc.nat({ max: coords.length - 1 }), (a, b) => {
        fc.pre(a < b);
        const def = structuredClone(GBT42509_CHECKLIST) as any;
        const [da, ia, ca] = coords[a]!;
        const [db, ib, cb] = coords[b]!;
        def.dimensions[db].items[ib].criteria[cb].id = def.dimensions[da].items[ia].criteria[ca].id;
        expect(validateChecklist(def).map((i) => [i.code, i.path])).toEqual([['DUPLICATE_ID', ['dimensions', db, 'items', ib, 'criteria', cb, 'id']]]);
        expect(ChecklistDefinitionSchema.safeParse(def).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('generated assessment inputs parse with AssessmentInputSchema', () => {
    fc.assert(
      fc.property(sheetArb(TEST_CHECKLIST), (sheet) => {
        const input = { checklist: { id: 'test', version: '1' }, answers: toAnswers(TEST_CHECKLIST, sheet), evidence: EVIDENCE };
        expect(AssessmentInputSchema.safeParse(input).success).toBe(true);
      }),
    );
  });
});
