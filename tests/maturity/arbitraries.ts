/**
 * fast-check arbitraries of maturity assessment inputs and policies.
 */
import fc from 'fast-check';
import type { AssessmentPolicy, ChecklistDefinition, CriterionAnswer, CriterionStatus } from '../../src/index.js';
import { criterionIds } from './fixture.js';

export type Slot = CriterionStatus | null; // null = unanswered

export const slotArb: fc.Arbitrary<Slot> = fc.constantFrom<Slot>('met', 'partial', 'not-met', 'not-applicable', null, 'met', 'not-met');

export const policyArb: fc.Arbitrary<AssessmentPolicy> = fc.record({
  threshold: fc.double({ min: 0.05, max: 1, noNaN: true }),
  partialValue: fc.double({ min: 0, max: 1, noNaN: true }),
  evidence: fc.constantFrom('accept', 'warn', 'downgrade', 'reject'),
  evidenceFromLevel: fc.integer({ min: 1, max: 5 }),
  aggregate: fc.constantFrom('median', 'mean', 'min'),
});

/** Per respondent, one slot per criterion, and whether the answer cites evidence. */
export interface Sheet {
  readonly respondents: { readonly slots: Slot[]; readonly cite: boolean[] }[];
}

export function sheetArb(def: ChecklistDefinition, maxRespondents = 3): fc.Arbitrary<Sheet> {
  const n = criterionIds(def).length;
  const one = fc.record({ slots: fc.array(slotArb, { minLength: n, maxLength: n }), cite: fc.array(fc.boolean(), { minLength: n, maxLength: n }) });
  return fc.record({ respondents: fc.array(one, { minLength: 1, maxLength: maxRespondents }) });
}

export function toAnswers(def: ChecklistDefinition, sheet: Sheet): CriterionAnswer[] {
  const ids = criterionIds(def);
  const out: CriterionAnswer[] = [];
  sheet.respondents.forEach((r, k) => {
    r.slots.forEach((s, i) => {
      if (s === null) return;
      out.push({
        criterion: ids[i]!,
        status: s,
        respondent: `r${String(k)}`,
        ...(s === 'not-applicable' ? { reason: 'n/a' } : {}),
        ...(r.cite[i] ? { evidence: ['doc'] } : {}),
      });
    });
  });
  return out;
}

export const EVIDENCE = [{ id: 'doc', kind: 'document' as const }];
