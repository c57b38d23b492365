/**
 * The `JourneyEvent` entity: something a customer did or experienced at a time (a visit, a sign-up, a
 * purchase, a support call), optionally at a touchpoint and in a journey stage.
 *
 * @module
 */
import * as z from 'zod';
import { DATE, ID, TEXT, doc } from './fields.js';

/**
 * Schema of a journey event arriving from outside (a CSV row, a JSON body).
 *
 * - `customerId`: non-empty trimmed string; an integer id becomes its decimal string.
 * - `occurredAt`: `Date`, ISO 8601 string (a date alone is UTC midnight), `YYYYMMDD` or epoch ms → `Date`.
 * - `type`: the event type, free text, trimmed (e.g. `'visit'`, `'signup'`); the journey configuration maps
 *   event types to stages.
 * - `touchpointId` (optional): id of the {@link TouchpointSchema | touchpoint}, same rules as ids.
 * - `stage` (optional): the journey stage id when the source already knows it (e.g. `'purchase'`).
 *
 * Optional fields read `null` and blank strings as absent; unknown keys are dropped.
 *
 * @example
 * const e = JourneyEventSchema.parse({ customerId: 'c1', occurredAt: 1714550400000, type: ' signup ', touchpointId: 3 });
 * e.occurredAt.toISOString(); //=> '2024-05-01T08:00:00.000Z'
 * e.type; //=> 'signup'
 * e.touchpointId; //=> '3'
 */
export const JourneyEventSchema = /* @__PURE__ */ doc(
  z.object({
    /** Id of the customer. */
    customerId: ID.required('Id of the customer.'),
    /** When the event happened. */
    occurredAt: DATE.required('When the event happened (ISO 8601).'),
    /** Event type, e.g. `'visit'`, `'signup'`, `'purchase'`. */
    type: TEXT.required('Event type, e.g. visit, signup, purchase.'),
    /** Id of the touchpoint where it happened. */
    touchpointId: ID.optional('Id of the touchpoint where the event happened.'),
    /** Journey stage id, when the source knows it. */
    stage: ID.optional('Journey stage id, when known.'),
  }),
  'An event in a customer journey.',
  { title: 'JourneyEvent' },
);

/** A parsed journey event (the output of {@link JourneyEventSchema}). */
export type JourneyEvent = z.output<typeof JourneyEventSchema>;
/** What {@link JourneyEventSchema} accepts (before coercion). */
export type JourneyEventInput = z.input<typeof JourneyEventSchema>;
