/**
 * zod schemas of a maturity checklist definition and of an assessment input, for data arriving from outside (a
 * JSON file, a form, an API body). They check the shape; {@link validateChecklist} checks the meaning of a
 * definition and {@link assess} checks the input against its definition (unknown ids, version).
 *
 * @module
 */
import * as z from 'zod';
import type { ChecklistDefinition } from './definition.js';
import type { AssessmentInput, CriterionAnswer, EvidenceRecord, LevelRating } from './input.js';

const TEXT = z.string().min(1);
const LABELS = z.object({ 'zh-CN': z.string(), en: z.string() });
const POSITIVE = z.number().positive();
const CLAUSE_REF = z.object({ clause: TEXT, basis: z.enum(['toc-confirmed', 'content-inferred']) });

const CRITERION = z.object({
  id: TEXT,
  level: z.literal([1, 2, 3, 4, 5]),
  labels: LABELS,
  weight: POSITIVE.optional(),
});

const ITEM = z.object({
  id: TEXT,
  labels: LABELS,
  clauses: z.array(CLAUSE_REF),
  principles: z.array(TEXT),
  weight: POSITIVE.optional(),
  foundational: z.boolean().optional(),
  impact: POSITIVE.optional(),
  effort: POSITIVE.optional(),
  evidenceHints: z.array(LABELS).optional(),
  metricKeys: z.array(TEXT).optional(),
  criteria: z.array(CRITERION).min(1),
});

const DIMENSION = z.object({
  id: TEXT,
  labels: LABELS,
  clauses: z.array(CLAUSE_REF),
  weight: POSITIVE.optional(),
  foundational: z.boolean().optional(),
  items: z.array(ITEM).min(1),
});

/**
 * Schema of a {@link ChecklistDefinition}: levels (0–5 with labels), clauses, principles, dimensions with items and
 * criteria (levels 1–5), clause references with a `basis`, positive weights. Unknown keys are dropped. Run
 * {@link validateChecklist} after parsing for duplicate ids, unknown references and missing translations.
 *
 * @example
 * ChecklistDefinitionSchema.safeParse(GBT42509_CHECKLIST).success; //=> true
 * ChecklistDefinitionSchema.safeParse({ ...GBT42509_CHECKLIST, dimensions: [] }).error?.issues[0]?.path; //=> ['dimensions']
 */
export const ChecklistDefinitionSchema: z.ZodType<ChecklistDefinition> = /* @__PURE__ */ z.object({
  id: TEXT,
  version: TEXT,
  labels: LABELS,
  source: z.object({ standard: TEXT, title: LABELS }).optional(),
  disclaimer: LABELS.optional(),
  levels: z.array(z.object({ level: z.literal([0, 1, 2, 3, 4, 5]), labels: LABELS, description: LABELS.optional() })).min(5),
  clauses: z.array(z.object({ id: TEXT, labels: LABELS })),
  principles: z.array(z.object({ id: TEXT, labels: LABELS, clauses: z.array(CLAUSE_REF).optional() })),
  dimensions: z.array(DIMENSION).min(1),
});

function blank(s: string | undefined): boolean {
  return s === undefined || s.trim() === '';
}

/**
 * Schema of a {@link CriterionAnswer}: `status` is `met | partial | not-met | not-applicable`; a `not-applicable`
 * answer needs a non-blank `reason` (reported at `['reason']`).
 *
 * @example
 * CriterionAnswerSchema.safeParse({ criterion: 'D01-1-L1', status: 'met' }).success; //=> true
 * CriterionAnswerSchema.safeParse({ criterion: 'D01-1-L1', status: 'not-applicable' }).error?.issues[0]?.path; //=> ['reason']
 */
export const CriterionAnswerSchema: z.ZodType<CriterionAnswer> = /* @__PURE__ */ z
  .object({
    criterion: TEXT,
    status: z.enum(['met', 'partial', 'not-met', 'not-applicable']),
    reason: z.string().optional(),
    respondent: z.string().optional(),
    evidence: z.array(TEXT).optional(),
    note: z.string().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.status === 'not-applicable' && blank(a.reason)) {
      ctx.addIssue({ code: 'custom', message: 'a not-applicable answer needs a reason', path: ['reason'], input: a.reason });
    }
  });

/**
 * Schema of a {@link LevelRating} (anchored mode): `level` is an integer 0–5.
 *
 * @example
 * LevelRatingSchema.safeParse({ item: 'D08-2', level: 3, respondent: 'cx-lead' }).success; //=> true
 * LevelRatingSchema.safeParse({ item: 'D08-2', level: 6 }).error?.issues[0]?.path; //=> ['level']
 */
export const LevelRatingSchema: z.ZodType<LevelRating> = /* @__PURE__ */ z.object({
  item: TEXT,
  level: z.number().int().min(0).max(5),
  respondent: z.string().optional(),
  evidence: z.array(TEXT).optional(),
  note: z.string().optional(),
});

/**
 * Schema of an {@link EvidenceRecord}. A `metric` record needs a `key` and a finite `value` (reported at `['key']`
 * or `['value']`).
 *
 * @example
 * EvidenceRecordSchema.safeParse({ id: 'e1', kind: 'metric', key: 'nps', value: 31, period: '2026-Q3' }).success; //=> true
 * EvidenceRecordSchema.safeParse({ id: 'e1', kind: 'metric', key: 'nps' }).error?.issues[0]?.path; //=> ['value']
 */
export const EvidenceRecordSchema: z.ZodType<EvidenceRecord> = /* @__PURE__ */ z
  .object({
    id: TEXT,
    kind: z.enum(['document', 'record', 'metric', 'observation', 'interview', 'other']),
    title: z.string().optional(),
    ref: z.string().optional(),
    date: z.string().optional(),
    key: TEXT.optional(),
    value: z.number().optional(),
    unit: z.string().optional(),
    period: z.string().optional(),
    n: z.number().min(0).optional(),
    interval: z.object({ lower: z.number(), upper: z.number() }).optional(),
    items: z.array(TEXT).optional(),
    criteria: z.array(TEXT).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.kind !== 'metric') return;
    if (e.key === undefined) ctx.addIssue({ code: 'custom', message: 'a metric record needs a key', path: ['key'], input: e.key });
    if (e.value === undefined) ctx.addIssue({ code: 'custom', message: 'a metric record needs a value', path: ['value'], input: e.value });
  });

const LEVEL_TARGET = z.number().min(0).max(5);

/**
 * Schema of an {@link AssessmentInput}: the checklist `{ id, version }`, the mode, criteria answers or item ratings
 * (answers in anchored mode, or ratings in criteria mode, are reported at `['answers']` / `['ratings']`),
 * not-applicable items with a non-blank reason, evidence records, targets 0–5, positive impacts and efforts.
 * Duplicate answers (same respondent and criterion) or ratings (same respondent and item) are reported at the
 * later one. Ids are checked against the definition by {@link assess}.
 *
 * @example
 * AssessmentInputSchema.safeParse({ checklist: { id: 'gbt42509-cx', version: '1.0.0' }, answers: [{ criterion: 'D01-1-L1', status: 'met' }] }).success; //=> true
 * AssessmentInputSchema.safeParse({ checklist: { id: 'gbt42509-cx', version: '1.0.0' }, targets: { overall: 7 } }).error?.issues[0]?.path; //=> ['targets', 'overall']
 */
export const AssessmentInputSchema: z.ZodType<AssessmentInput> = /* @__PURE__ */ z
  .object({
    checklist: z.object({ id: TEXT, version: TEXT }),
    mode: z.enum(['criteria', 'anchored']).optional(),
    answers: z.array(CriterionAnswerSchema).optional(),
    ratings: z.array(LevelRatingSchema).optional(),
    notApplicable: z.array(z.object({ item: TEXT, reason: z.string().refine((s) => s.trim() !== '', 'a not-applicable item needs a reason') })).optional(),
    evidence: z.array(EvidenceRecordSchema).optional(),
    targets: z
      .object({
        overall: LEVEL_TARGET.optional(),
        dimensions: z.record(z.string(), LEVEL_TARGET).optional(),
        items: z.record(z.string(), LEVEL_TARGET).optional(),
      })
      .optional(),
    priorities: z.record(z.string(), z.object({ impact: POSITIVE.optional(), effort: POSITIVE.optional() })).optional(),
    label: z.string().optional(),
    period: z.string().optional(),
  })
  .superRefine((input, ctx) => {
    const anchored = input.mode === 'anchored';
    if (anchored && (input.answers?.length ?? 0) > 0) {
      ctx.addIssue({ code: 'custom', message: 'anchored mode takes ratings, not criteria answers', path: ['answers'], input: input.answers });
    }
    if (!anchored && (input.ratings?.length ?? 0) > 0) {
      ctx.addIssue({ code: 'custom', message: "criteria mode takes answers, not ratings (set mode: 'anchored')", path: ['ratings'], input: input.ratings });
    }
    const seen = new Set<string>();
    const answers = input.answers ?? [];
    for (let i = 0; i < answers.length; i++) {
      const a = answers[i]!;
      const key = JSON.stringify([a.respondent ?? '', a.criterion]);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `a second answer from the same respondent to ${a.criterion}`, path: ['answers', i], input: a });
      seen.add(key);
    }
    seen.clear();
    const ratings = input.ratings ?? [];
    for (let i = 0; i < ratings.length; i++) {
      const r = ratings[i]!;
      const key = JSON.stringify([r.respondent ?? '', r.item]);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `a second rating from the same respondent of ${r.item}`, path: ['ratings', i], input: r });
      seen.add(key);
    }
  });
