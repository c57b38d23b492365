/**
 * The zod schemas of a checklist definition and an assessment input.
 */
import { describe, expect, it } from 'vitest';
import { AssessmentInputSchema, ChecklistDefinitionSchema, CriterionAnswerSchema, EvidenceRecordSchema, GBT42509_CHECKLIST, LevelRatingSchema, metricEvidence } from '../../src/index.js';
import { TEST_CHECKLIST } from './fixture.js';

const REF = { id: 'gbt42509-cx', version: '1.0.0' };

function paths(r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return r.error?.issues.map((i) => i.path) ?? [];
}

describe('ChecklistDefinitionSchema', () => {
  it('parses both checklists and round-trips them', () => {
    expect(ChecklistDefinitionSchema.parse(GBT42509_CHECKLIST)).toEqual(GBT42509_CHECKLIST);
    expect(ChecklistDefinitionSchema.parse(JSON.parse(JSON.stringify(TEST_CHECKLIST)))).toEqual(TEST_CHECKLIST);
  });

  it('rejects a criterion level outside 1–5, a bad basis, a non-positive weight', () => {
    const d = structuredClone(TEST_CHECKLIST) as any;
    d.dimensions[0].items[0].criteria[0].level = 0;
    d.dimensions[0].clauses[0].basis = 'maybe';
    d.dimensions[1].weight = -1;
    expect(paths(ChecklistDefinitionSchema.safeParse(d))).toEqual([
      ['dimensions', 0, 'clauses', 0, 'basis'],
      ['dimensions', 0, 'items', 0, 'criteria', 0, 'level'],
      ['dimensions', 1, 'weight'],
    ]);
  });
});

describe('AssessmentInputSchema', () => {
  it('accepts criteria answers, anchored ratings, evidence from metricEvidence, targets', () => {
    const evidence = metricEvidence({ nps: { score: 31, n: 200, interval: { lower: 22, upper: 40 } } }, { period: '2026-Q3' });
    expect(AssessmentInputSchema.safeParse({ checklist: REF, answers: [{ criterion: 'D08-2-L3', status: 'met', evidence: [evidence[0]!.id] }], evidence, targets: { overall: 3, items: { 'D08-2': 4 } } }).success).toBe(true);
    expect(AssessmentInputSchema.safeParse({ checklist: REF, mode: 'anchored', ratings: [{ item: 'D08-2', level: 3, respondent: 'a' }, { item: 'D08-2', level: 2, respondent: 'b' }] }).success).toBe(true);
  });

  it('reports N/A without reason, wrong-mode answers, duplicates, levels outside 0–5, bad targets', () => {
    expect(paths(AssessmentInputSchema.safeParse({ checklist: REF, answers: [{ criterion: 'a', status: 'not-applicable' }] }))).toEqual([['answers', 0, 'reason']]);
    expect(paths(AssessmentInputSchema.safeParse({ checklist: REF, mode: 'anchored', answers: [{ criterion: 'a', status: 'met' }] }))).toEqual([['answers']]);
    expect(paths(AssessmentInputSchema.safeParse({ checklist: REF, ratings: [{ item: 'a', level: 1 }] }))).toEqual([['ratings']]);
    expect(paths(AssessmentInputSchema.safeParse({ checklist: REF, answers: [{ criterion: 'a', status: 'met' }, { criterion: 'a', status: 'partial' }] }))).toEqual([['answers', 1]]);
    expect(paths(AssessmentInputSchema.safeParse({ checklist: REF, mode: 'anchored', ratings: [{ item: 'a', level: 1, respondent: 'x' }, { item: 'a', level: 2, respondent: 'x' }] }))).toEqual([['ratings', 1]]);
    expect(paths(AssessmentInputSchema.safeParse({ checklist: REF, mode: 'anchored', ratings: [{ item: 'a', level: 5.5 }] }))).toEqual([['ratings', 0, 'level']]);
    expect(paths(AssessmentInputSchema.safeParse({ checklist: REF, targets: { dimensions: { D01: -1 } } }))).toEqual([['targets', 'dimensions', 'D01']]);
    expect(paths(AssessmentInputSchema.safeParse({ checklist: REF, notApplicable: [{ item: 'D01-1', reason: ' ' }] }))).toEqual([['notApplicable', 0, 'reason']]);
    expect(paths(AssessmentInputSchema.safeParse({ answers: [] }))).toEqual([['checklist']]);
  });
});

describe('component schemas', () => {
  it('CriterionAnswerSchema, LevelRatingSchema, EvidenceRecordSchema', () => {
    expect(CriterionAnswerSchema.safeParse({ criterion: 'x', status: 'not-applicable', reason: 'no stores' }).success).toBe(true);
    expect(paths(CriterionAnswerSchema.safeParse({ criterion: 'x', status: 'done' }))).toEqual([['status']]);
    expect(paths(LevelRatingSchema.safeParse({ item: 'x', level: -1 }))).toEqual([['level']]);
    expect(paths(EvidenceRecordSchema.safeParse({ id: 'e', kind: 'metric' }))).toEqual([['key'], ['value']]);
    expect(EvidenceRecordSchema.safeParse({ id: 'e', kind: 'document', ref: 'https://intranet/cx-policy.pdf', items: ['D02-2'] }).success).toBe(true);
  });
});
