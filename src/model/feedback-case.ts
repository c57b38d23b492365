/**
 * The `FeedbackCase` entity: a complaint or other feedback handled in the closed loop, with the dated history of
 * its states.
 *
 * @module
 */
import * as z from 'zod';
import { FEEDBACK_STATES, SEVERITIES } from './labels.js';
import { DATE, ID, NUMBER, TEXT, doc, enumKind } from './fields.js';

const FeedbackEventSchema = /* @__PURE__ */ doc(
  z.object({
    /** The state the case entered. */
    state: enumKind(FEEDBACK_STATES, 'a feedback state').required('The state the case entered.'),
    /** When it entered the state. */
    at: DATE.required('When it entered the state (ISO 8601).'),
  }),
  'A state change of the case.',
);

/**
 * Schema of a feedback case arriving from outside (a JSON body, a ticketing export).
 *
 * - `id`: non-empty trimmed string; an integer id becomes its decimal string.
 * - `customerId` (optional): same rules as `id`.
 * - `category` (optional): free text, trimmed (a root-cause or topic category).
 * - `severity` (optional): `low | medium | high | critical`, case-insensitive.
 * - `events`: at least one `{ state, at }`, where `state` is one of `FEEDBACK_STATES` (received,
 *   acknowledged, investigating, resolved, closed, reopened) and `at` a date as elsewhere. The events must be in
 *   chronological order (equal times allowed); an event earlier than the one before it is reported at
 *   `['events', i, 'at']`. Whether a transition is allowed is checked by the feedback domain, not here.
 * - `satisfaction` (optional): the customer's satisfaction with the resolution, a finite number or numeric
 *   string (the scale is the organisation's).
 *
 * Optional fields read `null` and blank strings as absent; unknown keys are dropped.
 *
 * @example
 * const f = FeedbackCaseSchema.parse({ id: 'f1', severity: 'HIGH', events: [{ state: 'received', at: '2024-05-01' }, { state: 'resolved', at: '2024-05-03' }] });
 * f.severity; //=> 'high'
 * f.events.length; //=> 2
 * FeedbackCaseSchema.safeParse({ id: 'f1', events: [{ state: 'received', at: '2024-05-03' }, { state: 'resolved', at: '2024-05-01' }] }).error?.issues[0]?.path; //=> ['events', 1, 'at']
 */
export const FeedbackCaseSchema = /* @__PURE__ */ doc(
  z
    .object({
      /** Case id. */
      id: ID.required('Case id.'),
      /** Id of the customer. */
      customerId: ID.optional('Id of the customer.'),
      /** Category (topic or root cause), free text. */
      category: TEXT.optional('Category (topic or root cause), free text.'),
      /** `low`, `medium`, `high` or `critical`. */
      severity: enumKind(SEVERITIES, 'a severity').optional('low, medium, high or critical.'),
      /** State changes, in chronological order (at least one). */
      events: doc(z.array(FeedbackEventSchema).min(1, 'a case needs at least one event'), 'State changes, in chronological order.'),
      /** The customer's satisfaction with the resolution. */
      satisfaction: NUMBER.optional("The customer's satisfaction with the resolution."),
    })
    .superRefine((c, ctx) => {
      const events = c.events;
      for (let i = 1; i < events.length; i++) {
        const prev = events[i - 1]!.at.getTime();
        const at = events[i]!.at;
        if (at.getTime() < prev) {
          ctx.addIssue({
            code: 'custom',
            message: `events must be in chronological order: ${at.toISOString()} is before the previous event (${new Date(prev).toISOString()})`,
            path: ['events', i, 'at'],
            input: at,
          });
        }
      }
    }),
  'A feedback (complaint) case and the history of its states.',
  { title: 'FeedbackCase' },
);

/** A parsed feedback case (the output of {@link FeedbackCaseSchema}). */
export type FeedbackCase = z.output<typeof FeedbackCaseSchema>;
/** What {@link FeedbackCaseSchema} accepts (before coercion). */
export type FeedbackCaseInput = z.input<typeof FeedbackCaseSchema>;
/** One state change of a {@link FeedbackCase}. */
export type FeedbackEvent = FeedbackCase['events'][number];
