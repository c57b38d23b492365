/**
 * Churn of contractual customers (subscriptions, contracts): the period churn rate from counts, and from
 * customer records with start and end instants.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { assertInteger, describe, isArrayLike } from '../core/assert.js';
import { epochMs } from '../core/calendar.js';
import type { DateInput } from '../core/time.js';
import { instantAt, type CustomerId } from './activity.js';

/** Input of {@link churnRate}. */
export interface ChurnRateInput {
  /** Customers at the start of the period: an integer ≥ 0. */
  readonly atStart: number;
  /** Of those, the customers lost during the period: an integer, 0 ≤ lost ≤ atStart. */
  readonly lost: number;
}

/** Result of {@link churnRate}. */
export interface ChurnRateResult {
  /** `lost / atStart`, in [0, 1]; `null` when `atStart` is 0 (no one could churn). */
  readonly churn: number | null;
  /** `1 − churn`, in [0, 1]; `null` when `atStart` is 0. */
  readonly retention: number | null;
}

/**
 * Period churn rate: customers lost during the period ÷ customers at its start; retention is its complement.
 * Customers acquired during the period belong to neither count (see {@link customerChurn} to derive both from
 * records). O(1).
 *
 * @throws CxError `OUT_OF_RANGE` when a count is not an integer ≥ 0 (path `['atStart']` / `['lost']`) or
 *   `lost > atStart` (`['lost']`); `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number count.
 * @example
 * churnRate({ atStart: 200, lost: 14 }); //=> { churn: 0.07, retention: 0.93 }
 * churnRate({ atStart: 0, lost: 0 }); //=> { churn: null, retention: null }
 * churnRate({ atStart: 10, lost: 11 }); //=> throws OUT_OF_RANGE
 */
export function churnRate(input: ChurnRateInput): ChurnRateResult {
  if (typeof input !== 'object' || (input as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `input must be { atStart, lost }, got ${describe(input)}`, { path: [] });
  }
  const { atStart, lost } = input;
  assertInteger(atStart, 'atStart', 0);
  assertInteger(lost, 'lost', 0);
  if (lost > atStart) {
    throw new CxError('OUT_OF_RANGE', `lost (${String(lost)}) cannot exceed atStart (${String(atStart)})`, { path: ['lost'] });
  }
  if (atStart === 0) return { churn: null, retention: null };
  const churn = lost / atStart;
  return { churn, retention: (atStart - lost) / atStart };
}

/** A contractual customer: active from `start` (inclusive) until `end` (exclusive), or still active. */
export interface ContractCustomer {
  /** The customer's id (each id at most once). */
  readonly customerId: CustomerId;
  /** When the contract started (inclusive). */
  readonly start: DateInput;
  /** When it ended (exclusive: the customer is no longer active at `end`); absent or `null` while still active. */
  readonly end?: DateInput | null;
}

/** The observation window of {@link customerChurn}. */
export interface ChurnWindow {
  /** Start of the window (required). */
  readonly from: DateInput;
  /** End of the window, ≥ `from` (required). */
  readonly to: DateInput;
}

/** Result of {@link customerChurn}. A customer is active at instant t when `start ≤ t < end`. */
export interface CustomerChurnResult {
  /** Customers active at `from`. */
  readonly atStart: number;
  /** Customers who started inside the window: `from < start ≤ to`. */
  readonly acquired: number;
  /** Customers of `atStart` whose contract ended by `to` (`end ≤ to`). */
  readonly lost: number;
  /** Customers of `acquired` whose contract also ended by `to`. */
  readonly acquiredLost: number;
  /** Customers active at `to`: `atStart − lost + acquired − acquiredLost`. */
  readonly atEnd: number;
  /** `lost / atStart` (acquired customers excluded), in [0, 1]; `null` when `atStart` is 0. */
  readonly churnRate: number | null;
  /** `1 − churnRate`; `null` when `atStart` is 0. */
  readonly retentionRate: number | null;
  /** Exposure: Σ over all customers of the time active inside [from, to), in days of 86 400 000 ms. */
  readonly customerDays: number;
  /** `(lost + acquiredLost) / customerDays`: churn events per customer-day; `null` when `customerDays` is 0. */
  readonly churnPerCustomerDay: number | null;
}

/**
 * Churn of contractual customers over a window [`from`, `to`], from each customer's start and end.
 *
 * Definitions (a customer is active at t when `start ≤ t < end`; no `end` means still active):
 * - `atStart` = active at `from`; `lost` = those of `atStart` with `end ≤ to`;
 * - `acquired` = started inside the window (`from < start ≤ to`); `acquiredLost` = those with `end ≤ to`;
 * - `atEnd` = active at `to`; `churnRate = lost / atStart` — the period rate, which excludes customers acquired
 *   in the window from both counts;
 * - `customerDays` = Σ |[start, end) ∩ [from, to)| over every customer, in days of 24 h of elapsed time;
 *   `churnPerCustomerDay` = every churn event in the window (`lost + acquiredLost`) per customer-day, the rate
 *   that accounts for customers joining mid-window (multiply by 30 for a rough monthly rate).
 *
 * Exposure is summed in integer milliseconds (exact below 2^53 ms ≈ 285 000 customer-years). O(n).
 *
 * @param customers - one record per customer (see {@link ContractCustomer}).
 * @param window - see {@link ChurnWindow}.
 * @throws CxError `INVALID_ARGUMENT` for a malformed list or record (`['customers', i]`), a bad or repeated id
 *   (`['customers', i, 'customerId']`) or a missing window (`['window']`); `INVALID_DATE` for an unreadable date
 *   (`['customers', i, 'start' | 'end']`, `['window', 'from' | 'to']`); `OUT_OF_RANGE` when `end < start`
 *   (`['customers', i, 'end']`) or `to < from` (`['window', 'to']`).
 * @example
 * const customers = [{ customerId: 1, start: '2026-01-01' }, { customerId: 2, start: '2026-01-01', end: '2026-01-21' }, { customerId: 3, start: '2026-01-11' }];
 * const r = customerChurn(customers, { from: '2026-01-01', to: '2026-01-31' });
 * [r.atStart, r.lost, r.acquired, r.atEnd, r.churnRate]; //=> [2, 1, 1, 2, 0.5]
 * [r.customerDays, r.churnPerCustomerDay]; //=> [70, 0.014286]
 */
export function customerChurn(customers: readonly ContractCustomer[], window: ChurnWindow): CustomerChurnResult {
  if (!isArrayLike(customers)) {
    throw new CxError('INVALID_ARGUMENT', `customers must be an array of { customerId, start, end? }, got ${describe(customers)}`, {
      path: ['customers'],
    });
  }
  if (typeof window !== 'object' || (window as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `window must be { from, to }, got ${describe(window)}`, { path: ['window'] });
  }
  const from = epochMs(window.from, ['window', 'from']);
  const to = epochMs(window.to, ['window', 'to']);
  if (to < from) {
    throw new CxError('OUT_OF_RANGE', `window.to (${new Date(to).toISOString()}) is before window.from (${new Date(from).toISOString()})`, {
      path: ['window', 'to'],
    });
  }
  const seen = new Set<CustomerId>();
  let atStart = 0;
  let lost = 0;
  let acquired = 0;
  let acquiredLost = 0;
  let atEnd = 0;
  let exposureMs = 0;
  const n = customers.length;
  for (let i = 0; i < n; i++) {
    const c = customers[i] as Partial<ContractCustomer> | null | undefined;
    if (typeof c !== 'object' || c === null) {
      throw new CxError('INVALID_ARGUMENT', `customers[${String(i)}] must be { customerId, start, end? }, got ${describe(c)}`, { path: ['customers', i] });
    }
    const id = c.customerId;
    if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
      throw new CxError('INVALID_ARGUMENT', `customers[${String(i)}].customerId must be a string or a finite number, got ${describe(id)}`, {
        path: ['customers', i, 'customerId'],
      });
    }
    if (seen.has(id)) {
      throw new CxError('INVALID_ARGUMENT', `customer ${describe(id)} appears twice: give one record per customer (merge its contracts first)`, {
        path: ['customers', i, 'customerId'],
      });
    }
    seen.add(id);
    const start = instantAt(c.start, 'customers', i, 'start');
    const end = c.end === undefined || c.end === null ? Infinity : instantAt(c.end, 'customers', i, 'end');
    if (end < start) {
      throw new CxError('OUT_OF_RANGE', `customers[${String(i)}].end is before its start`, { path: ['customers', i, 'end'] });
    }
    const endsInWindow = end <= to;
    if (start <= from && from < end) {
      atStart++;
      if (endsInWindow) lost++;
    } else if (start > from && start <= to) {
      acquired++;
      if (endsInWindow) acquiredLost++;
    }
    if (start <= to && to < end) atEnd++;
    const a = start > from ? start : from;
    const b = end < to ? end : to;
    if (b > a) exposureMs += b - a;
  }
  const customerDays = exposureMs / 86_400_000;
  const churnRate = atStart > 0 ? lost / atStart : null;
  return {
    atStart,
    acquired,
    lost,
    acquiredLost,
    atEnd,
    churnRate,
    retentionRate: atStart > 0 ? (atStart - lost) / atStart : null,
    customerDays,
    churnPerCustomerDay: customerDays > 0 ? (lost + acquiredLost) / customerDays : null,
  };
}
