/**
 * The `SurveyResponse` entity: one answer of a customer to an NPS, CSAT, CES or attribute-rating question.
 *
 * @module
 */
import * as z from 'zod';
import { SURVEY_METRICS } from './labels.js';
import { ATTRIBUTES, DATE, ID, NUMBER, doc, enumKind } from './fields.js';

const ScaleSchema = /* @__PURE__ */ doc(
  z.object({
    /** Lowest possible score. */
    min: NUMBER.required('Lowest possible score.'),
    /** Highest possible score. */
    max: NUMBER.required('Highest possible score.'),
  }),
  'The answer scale, e.g. { min: 1, max: 5 }.',
);

/**
 * Schema of a survey answer arriving from outside (a CSV row, a JSON body).
 *
 * - `id` (optional), `customerId` (optional): non-empty trimmed strings; integer ids become strings.
 * - `respondedAt`: `Date`, ISO 8601 string (a date alone is UTC midnight), `YYYYMMDD` or epoch ms → `Date`.
 * - `metric`: `nps | csat | ces | attribute` (trimmed, case-insensitive).
 * - `score`: a finite number or numeric string → number. For `nps` it must be an integer 0–10.
 * - `scale` (optional): `{ min, max }` with `min < max` (numbers or numeric strings); `score` must lie in it.
 *   For `nps` a given scale must be `{ min: 0, max: 10 }`.
 * - `touchpointId` (optional), `journeyStage` (optional): ids of the touchpoint and journey stage the answer is
 *   about.
 * - `attributes` (optional): string keys to string, finite number, boolean or null (e.g. the question id).
 *
 * Issues: a score off its scale is reported at `['score']`, a reversed scale at `['scale', 'max']`.
 * Optional fields read `null` and blank strings as absent; unknown keys are dropped.
 *
 * @example
 * const r = SurveyResponseSchema.parse({ respondedAt: '2024-05-01', metric: 'NPS', score: '9' });
 * r.metric; //=> 'nps'
 * r.score; //=> 9
 * SurveyResponseSchema.safeParse({ respondedAt: '2024-05-01', metric: 'csat', score: 6, scale: { min: 1, max: 5 } }).error?.issues[0]?.path; //=> ['score']
 */
export const SurveyResponseSchema = /* @__PURE__ */ doc(
  z
    .object({
      /** Response id. */
      id: ID.optional('Response id.'),
      /** Id of the customer. */
      customerId: ID.optional('Id of the customer.'),
      /** When the customer answered. */
      respondedAt: DATE.required('When the customer answered (ISO 8601).'),
      /** `nps`, `csat`, `ces` or `attribute`. */
      metric: enumKind(SURVEY_METRICS, 'a survey metric').required('nps, csat, ces or attribute.'),
      /** The answer (an integer 0–10 for `nps`). */
      score: NUMBER.required('The answer (0–10 for nps).'),
      /** The answer scale `{ min, max }`, when known. */
      scale: ScaleSchema.optional(),
      /** Id of the touchpoint the answer is about. */
      touchpointId: ID.optional('Id of the touchpoint the answer is about.'),
      /** Id of the journey stage the answer is about. */
      journeyStage: ID.optional('Id of the journey stage the answer is about.'),
      /** Free-form attributes: string keys to string, finite number, boolean or null. */
      attributes: ATTRIBUTES.optional('Free-form attributes: string keys to string, number, boolean or null.'),
    })
    .superRefine((r, ctx) => {
      const { score, scale } = r;
      if (r.metric === 'nps') {
        if (!Number.isInteger(score) || score < 0 || score > 10) {
          ctx.addIssue({ code: 'custom', message: `an nps score must be an integer 0–10, got ${String(score)}`, path: ['score'], input: score });
        }
        if (scale !== undefined && (scale.min !== 0 || scale.max !== 10)) {
          ctx.addIssue({ code: 'custom', message: 'an nps answer uses the 0–10 scale', path: ['scale'], input: scale });
        }
        return;
      }
      if (scale === undefined) return;
      if (!(scale.min < scale.max)) {
        ctx.addIssue({
          code: 'custom',
          message: `scale.max (${String(scale.max)}) must be greater than scale.min (${String(scale.min)})`,
          path: ['scale', 'max'],
          input: scale.max,
        });
      } else if (score < scale.min || score > scale.max) {
        ctx.addIssue({
          code: 'custom',
          message: `score ${String(score)} is outside the scale ${String(scale.min)}–${String(scale.max)}`,
          path: ['score'],
          input: score,
        });
      }
    }),
  'An answer to a survey question.',
  { title: 'SurveyResponse' },
);

/** A parsed survey answer (the output of {@link SurveyResponseSchema}). */
export type SurveyResponse = z.output<typeof SurveyResponseSchema>;
/** What {@link SurveyResponseSchema} accepts (before coercion). */
export type SurveyResponseInput = z.input<typeof SurveyResponseSchema>;
