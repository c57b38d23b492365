/**
 * The `Customer` entity: an id, when the customer was acquired, personal contact fields and free-form
 * attributes.
 *
 * @module
 */
import * as z from 'zod';
import { ATTRIBUTES, DATE, ID, TEXT, doc } from './fields.js';
import { markPersonal } from './privacy.js';

/**
 * Schema of a customer record arriving from outside (a CSV row, a JSON body).
 *
 * - `id`: non-empty trimmed string; an integer id becomes its decimal string.
 * - `createdAt` (optional): when the customer was acquired; `Date`, ISO 8601 string (a date alone is UTC
 *   midnight), `YYYYMMDD` or epoch milliseconds → `Date`.
 * - `name`, `email`, `phone` (optional): trimmed strings, **personal data** (marked in the `personalData`
 *   registry, so `redact` drops or masks them). Their format is not checked.
 * - `attributes` (optional): string keys to string, finite number, boolean or null (e.g. `{ city: 'Shanghai' }`);
 *   not inspected for personal data, so keep personal data out of it.
 *
 * Optional fields read `null` and blank strings as absent. Unknown keys are dropped (`__proto__` included).
 * Parsing is O(fields), one conversion per field.
 *
 * @example
 * const c = CustomerSchema.parse({ id: 42, createdAt: '2024-03-01', email: ' a@example.com ' });
 * c.id; //=> '42'
 * c.createdAt?.toISOString(); //=> '2024-03-01T00:00:00.000Z'
 * c.email; //=> 'a@example.com'
 */
export const CustomerSchema = /* @__PURE__ */ doc(
  z.object({
    /** Customer id (trimmed; an integer becomes a string). */
    id: ID.required('Customer id.'),
    /** When the customer was acquired. */
    createdAt: DATE.optional('When the customer was acquired (ISO 8601).'),
    /** Full name. Personal data. */
    name: markPersonal(TEXT.optional('Full name (personal data).'), 'name'),
    /** E-mail address. Personal data. */
    email: markPersonal(TEXT.optional('E-mail address (personal data).'), 'email'),
    /** Phone number. Personal data. */
    phone: markPersonal(TEXT.optional('Phone number (personal data).'), 'phone'),
    /** Free-form attributes: string keys to string, finite number, boolean or null. */
    attributes: ATTRIBUTES.optional('Free-form attributes: string keys to string, number, boolean or null.'),
  }),
  'A customer.',
  { title: 'Customer' },
);

/** A parsed customer (the output of {@link CustomerSchema}). */
export type Customer = z.output<typeof CustomerSchema>;
/** What {@link CustomerSchema} accepts (before coercion). */
export type CustomerInput = z.input<typeof CustomerSchema>;
