/**
 * Purchase histories as `lifecycleStatus` and `churnRisk` read them: a count with first and last purchase
 * dates, or the list of purchase dates, reduced to calendar-day numbers. Internal: only the
 * {@link PurchaseHistory} type is public (re-exported by `lifecycle`).
 *
 * @module
 */
import { CxError, type CxPath } from '../core/errors.js';
import { describe, isArrayLike } from '../core/assert.js';
import { epochMs, localDay } from '../core/calendar.js';
import type { DateInput } from '../core/time.js';
import { readCustomerId, type CustomerId } from '../core/customer-id.js';

/**
 * A customer's purchase history: either the number of purchases with the first and last purchase dates, or the
 * list of purchase dates (then `firstPurchase` may add an earlier first purchase that the list does not hold,
 * e.g. when the list covers a recent window only, and `lastPurchase` is optional).
 */
export interface PurchaseHistory {
  /** Customer id: a non-empty string or a finite number. */
  readonly customerId: string | number;
  /** Date of the first purchase (required with a count ≥ 2; equals `lastPurchase` for a count of 1). */
  readonly firstPurchase?: DateInput;
  /** Date of the last purchase (required with a count ≥ 1). */
  readonly lastPurchase?: DateInput;
  /** Number of purchases (an integer ≥ 0; 0 = a prospect), or the purchase dates in any order. */
  readonly purchases: number | readonly DateInput[];
}

/** A history reduced to day numbers (days since 1970-01-01 in the time zone). @internal */
export interface History {
  /** Customer id. */
  readonly id: CustomerId;
  /** Number of purchases (listed ones, or the count). */
  readonly count: number;
  /** Day of the first purchase (the earlier of `firstPurchase` and the first listed date); null for none. */
  readonly first: number | null;
  /** Day of the last purchase; null for none. */
  readonly last: number | null;
  /** Days from the first to the last of the `count` purchases (0 for one purchase); null for none. */
  readonly span: number | null;
  /** The listed purchase days, ascending; null when only a count was given. */
  readonly days: Float64Array | null;
}

function dayOf(x: unknown, zone: string | null, asOfDay: number, path: CxPath): number {
  const d = localDay(zone, epochMs(x, path));
  if (d > asOfDay) throw new CxError('OUT_OF_RANGE', 'a purchase after asOf: every purchase must be on or before asOf', { path });
  return d;
}

/**
 * Reads and checks histories. Customers keep their input order; ids must be distinct.
 *
 * @throws CxError `INVALID_ARGUMENT` (path `['customers', i, field]`) for a bad or repeated id, a count that is
 *   not an integer ≥ 0 (`OUT_OF_RANGE`), a missing last (or first) purchase, dates given for 0 purchases, or a
 *   first purchase after the last; `INVALID_DATE`; `OUT_OF_RANGE` for a purchase after `asOf`.
 * @internal
 */
export function readHistories(customers: unknown, asOfDay: number, zone: string | null): History[] {
  if (!isArrayLike(customers)) {
    throw new CxError('INVALID_ARGUMENT', `customers must be an array of purchase histories, got ${describe(customers)}`, { path: ['customers'] });
  }
  const out: History[] = [];
  const seen = new Set<CustomerId>();
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as Partial<Record<keyof PurchaseHistory, unknown>> | null;
    const at = (field: string): CxPath => ['customers', i, field];
    if (typeof c !== 'object' || c === null) throw new CxError('INVALID_ARGUMENT', `customers[${String(i)}] must be an object`, { path: ['customers', i] });
    const id = readCustomerId(c.customerId, at('customerId'));
    if (seen.has(id)) throw new CxError('INVALID_ARGUMENT', `customer ${describe(id)} appears twice`, { path: at('customerId') });
    seen.add(id);
    const given = {
      first: c.firstPurchase === undefined ? null : dayOf(c.firstPurchase, zone, asOfDay, at('firstPurchase')),
      last: c.lastPurchase === undefined ? null : dayOf(c.lastPurchase, zone, asOfDay, at('lastPurchase')),
    };
    if (given.first !== null && given.last !== null && given.first > given.last) {
      throw new CxError('INVALID_ARGUMENT', 'firstPurchase is after lastPurchase', { path: at('firstPurchase') });
    }
    const p = c.purchases;
    let h: History;
    if (typeof p === 'number') {
      if (!Number.isInteger(p) || p < 0) throw new CxError('OUT_OF_RANGE', `purchases must be an integer ≥ 0 or a list of dates, got ${describe(p)}`, { path: at('purchases') });
      if (p === 0) {
        if (given.first !== null || given.last !== null) {
          throw new CxError('INVALID_ARGUMENT', 'a customer with 0 purchases cannot have purchase dates', { path: at('purchases') });
        }
        h = { id, count: 0, first: null, last: null, span: null, days: null };
      } else {
        if (given.last === null) throw new CxError('INVALID_ARGUMENT', 'lastPurchase is required when purchases is a count ≥ 1', { path: at('lastPurchase') });
        if (p === 1 && given.first !== null && given.first !== given.last) {
          throw new CxError('INVALID_ARGUMENT', 'with a single purchase, firstPurchase must be the day of lastPurchase', { path: at('firstPurchase') });
        }
        if (p > 1 && given.first === null) throw new CxError('INVALID_ARGUMENT', 'firstPurchase is required when purchases is a count ≥ 2', { path: at('firstPurchase') });
        const first = given.first ?? given.last;
        h = { id, count: p, first, last: given.last, span: given.last - first, days: null };
      }
    } else if (isArrayLike(p)) {
      const days = new Float64Array(p.length);
      for (let j = 0; j < p.length; j++) days[j] = dayOf(p[j], zone, asOfDay, ['customers', i, 'purchases', j]);
      days.sort();
      const n = days.length;
      if (n === 0) {
        if (given.first !== null || given.last !== null) {
          throw new CxError('INVALID_ARGUMENT', 'a customer with no listed purchases cannot have purchase dates', { path: at('purchases') });
        }
        h = { id, count: 0, first: null, last: null, span: null, days };
      } else {
        const last = Math.max(days[n - 1]!, given.last ?? -Infinity);
        const first = Math.min(days[0]!, given.first ?? Infinity);
        h = { id, count: n, first, last, span: days[n - 1]! - days[0]!, days };
      }
    } else {
      throw new CxError('INVALID_ARGUMENT', `purchases must be a count or a list of dates, got ${describe(p)}`, { path: at('purchases') });
    }
    out.push(h);
  }
  return out;
}
