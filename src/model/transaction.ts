/**
 * The `Transaction` entity: a purchase (or refund) by a customer at a time, with an amount of money.
 *
 * @module
 */
import * as z from 'zod';
import { CURRENCY, DATE, ID, MONEY, NUMBER, TEXT, doc } from './fields.js';

/**
 * Schema of a transaction record arriving from outside (a CSV row, a JSON body).
 *
 * - `id` (optional): the transaction id; non-empty trimmed string, an integer becomes its decimal string.
 * - `customerId`: the customer's id, same rules as `id`.
 * - `occurredAt`: `Date`, ISO 8601 string (a date alone is UTC midnight), `YYYYMMDD` or epoch ms → `Date`.
 * - `amount`: number, decimal string or `Decimal` → `Decimal` (exact; negative for refunds).
 * - `currency` (optional): ISO 4217 code, trimmed and upper-cased, three letters (`'cny'` → `'CNY'`).
 * - `quantity` (optional): a finite number or numeric string → number (negative for returns).
 * - `channel` (optional): free text, trimmed (e.g. `'online'`, `'store-042'`, `'tmall'`): organisations name
 *   their sales channels differently, so it is not an enumeration.
 *
 * Optional fields read `null` and blank strings as absent; unknown keys are dropped.
 *
 * @example
 * const t = TransactionSchema.parse({ customerId: 7, occurredAt: '2024-05-01T08:00:00Z', amount: '19.90', currency: 'cny' });
 * t.customerId; //=> '7'
 * t.amount.toString(); //=> '19.9'
 * t.currency; //=> 'CNY'
 */
export const TransactionSchema = /* @__PURE__ */ doc(
  z.object({
    /** Transaction id. */
    id: ID.optional('Transaction id.'),
    /** Id of the customer. */
    customerId: ID.required('Id of the customer.'),
    /** When the transaction happened. */
    occurredAt: DATE.required('When the transaction happened (ISO 8601).'),
    /** Amount of money, an exact `Decimal` (negative for refunds). */
    amount: MONEY.required('Amount of money: a number or a decimal string (negative for refunds).'),
    /** ISO 4217 currency code, upper case (e.g. `'CNY'`). */
    currency: CURRENCY.optional('ISO 4217 currency code, e.g. CNY.'),
    /** Number of units (negative for returns). */
    quantity: NUMBER.optional('Number of units (negative for returns).'),
    /** Sales channel, free text. */
    channel: TEXT.optional('Sales channel, free text.'),
  }),
  'A customer transaction.',
  { title: 'Transaction' },
);

/** A parsed transaction (the output of {@link TransactionSchema}); `amount` is a `Decimal`. */
export type Transaction = z.output<typeof TransactionSchema>;
/** What {@link TransactionSchema} accepts (before coercion). */
export type TransactionInput = z.input<typeof TransactionSchema>;
