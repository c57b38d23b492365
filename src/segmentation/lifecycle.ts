/**
 * Customer lifecycle status — prospect, new, active, reactivated, at risk, lapsed, lost — by explicit rules on
 * the age of the first purchase and the recency of the last.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';
import { epochMs, localDay, resolveTimeZone } from '../core/calendar.js';
import type { DateInput } from '../core/time.js';
import type { Labels } from '../model/labels.js';
import { readHistories, type PurchaseHistory } from './purchase-history.js';

export type { PurchaseHistory } from './purchase-history.js';

/** A lifecycle status. */
export type LifecycleStatus = 'prospect' | 'new' | 'active' | 'reactivated' | 'at-risk' | 'lapsed' | 'lost';

/**
 * The lifecycle statuses, from before the first purchase to lost.
 *
 * @example
 * LIFECYCLE_STATUSES.length; //=> 7
 */
export const LIFECYCLE_STATUSES: readonly LifecycleStatus[] = /* @__PURE__ */ Object.freeze([
  'prospect',
  'new',
  'active',
  'reactivated',
  'at-risk',
  'lapsed',
  'lost',
] as const);

/**
 * Labels of the lifecycle statuses.
 *
 * @example
 * LIFECYCLE_STATUS_LABELS.reactivated['zh-CN']; //=> '回流客户'
 */
export const LIFECYCLE_STATUS_LABELS: Readonly<Record<LifecycleStatus, Labels>> = /* @__PURE__ */ Object.freeze({
  prospect: { 'zh-CN': '潜在客户', en: 'Prospect' },
  new: { 'zh-CN': '新客户', en: 'New' },
  active: { 'zh-CN': '活跃客户', en: 'Active' },
  reactivated: { 'zh-CN': '回流客户', en: 'Reactivated' },
  'at-risk': { 'zh-CN': '有流失风险客户', en: 'At risk' },
  lapsed: { 'zh-CN': '沉睡客户', en: 'Lapsed' },
  lost: { 'zh-CN': '已流失客户', en: 'Lost' },
});

/** The rule that decided a status (see {@link lifecycleStatus} for the order in which they are tried). */
export type LifecycleRule =
  | 'no-purchase'
  | 'first-purchase-within-new'
  | 'returned-after-lapse'
  | 'recency-within-active'
  | 'recency-within-lapsed'
  | 'recency-within-lost'
  | 'recency-beyond-lost';

/**
 * Bilingual descriptions of the lifecycle rules, for a UI that shows why a customer has a status.
 *
 * @example
 * LIFECYCLE_RULE_LABELS['recency-beyond-lost'].en; //=> 'No purchase for more than lostAfter days'
 */
export const LIFECYCLE_RULE_LABELS: Readonly<Record<LifecycleRule, Labels>> = /* @__PURE__ */ Object.freeze({
  'no-purchase': { 'zh-CN': '尚无购买', en: 'No purchase yet' },
  'first-purchase-within-new': { 'zh-CN': '首次购买在 newWithin 天内', en: 'First purchase within newWithin days' },
  'returned-after-lapse': {
    'zh-CN': '间隔超过 lapsedAfter 天后再次购买，且回流发生在 activeWithin 天内',
    en: 'Came back after a gap of more than lapsedAfter days, within the last activeWithin days',
  },
  'recency-within-active': { 'zh-CN': '最近一次购买在 activeWithin 天内', en: 'Last purchase within activeWithin days' },
  'recency-within-lapsed': { 'zh-CN': '最近一次购买距今超过 activeWithin 天、不超过 lapsedAfter 天', en: 'Last purchase more than activeWithin and at most lapsedAfter days ago' },
  'recency-within-lost': { 'zh-CN': '最近一次购买距今超过 lapsedAfter 天、不超过 lostAfter 天', en: 'Last purchase more than lapsedAfter and at most lostAfter days ago' },
  'recency-beyond-lost': { 'zh-CN': '超过 lostAfter 天没有购买', en: 'No purchase for more than lostAfter days' },
});

/** Options of {@link lifecycleStatus}. All windows are in whole days, ≥ 0. */
export interface LifecycleOptions {
  /** Analysis date (required). */
  readonly asOf: DateInput;
  /** A customer whose first purchase is at most this many days old is `new` (default 30; at most `activeWithin`). */
  readonly newWithin?: number;
  /** Last purchase at most this many days ago: `active` (or `reactivated`) (default 90). */
  readonly activeWithin?: number;
  /** Last purchase more than `activeWithin` and at most this many days ago: `at-risk`; a longer gap between purchases counts as a lapse (default 180). */
  readonly lapsedAfter?: number;
  /** Last purchase more than `lapsedAfter` and at most this many days ago: `lapsed`; longer: `lost` (default 365). */
  readonly lostAfter?: number;
  /** IANA time zone in which purchase days are counted (default UTC). */
  readonly timeZone?: string;
}

/** One customer's status. */
export interface LifecycleCustomer {
  /** Customer id. */
  readonly customerId: string | number;
  /** The status. */
  readonly status: LifecycleStatus;
  /** Its labels. */
  readonly label: Labels;
  /** The rule that fired. */
  readonly rule: LifecycleRule;
  /** Whole days since the last purchase; `null` for a prospect. */
  readonly recencyDays: number | null;
  /** Whole days since the first purchase; `null` for a prospect. */
  readonly ageDays: number | null;
}

/** The result of {@link lifecycleStatus}. */
export interface LifecycleResult {
  /** One entry per customer, in input order. */
  readonly customers: LifecycleCustomer[];
  /** Number of customers per status (every status present). */
  readonly counts: Record<LifecycleStatus, number>;
}

function readWindow(v: unknown, fallback: number, name: string): number {
  const x = v ?? fallback;
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
    const code = typeof x !== 'number' ? 'INVALID_ARGUMENT' : Number.isFinite(x) ? 'OUT_OF_RANGE' : 'NON_FINITE';
    throw new CxError(code, `${name} must be a finite number of days ≥ 0, got ${describe(x)}`, { path: ['options', name] });
  }
  return x;
}

/**
 * The lifecycle status of each customer on `asOf`. Days are whole calendar days (in UTC, or `timeZone`):
 * recency = asOf − last purchase, age = asOf − first purchase. The first rule that holds decides:
 *
 * 1. no purchase → `prospect` (`no-purchase`);
 * 2. age ≤ `newWithin` → `new` (`first-purchase-within-new`);
 * 3. recency ≤ `activeWithin` → `reactivated` (`returned-after-lapse`) when the listed purchases show a return:
 *    the latest purchase that followed a gap of more than `lapsedAfter` days lies within the last `activeWithin`
 *    days; otherwise `active` (`recency-within-active`). A history given as a count cannot show a return;
 * 4. recency ≤ `lapsedAfter` → `at-risk` (`recency-within-lapsed`);
 * 5. recency ≤ `lostAfter` → `lapsed` (`recency-within-lost`);
 * 6. otherwise `lost` (`recency-beyond-lost`).
 *
 * "Lost" in a non-contractual business means "no purchase within `lostAfter` days": a definition, not an
 * observed cancellation. O(total purchases listed).
 *
 * @param customers - purchase histories (see {@link PurchaseHistory}), distinct ids.
 * @param options - see {@link LifecycleOptions}.
 * @throws CxError `INVALID_ARGUMENT` when `asOf` is missing (path `['options', 'asOf']`) or a history is malformed
 *   (path `['customers', i, field]`); `OUT_OF_RANGE` for a negative window, `newWithin` > `activeWithin`,
 *   windows out of order (`activeWithin` ≤ `lapsedAfter` ≤ `lostAfter`) or a purchase after `asOf`;
 *   `NON_FINITE`; `INVALID_DATE`; `INVALID_TIME_ZONE`.
 * @example
 * const res = lifecycleStatus([
 *   { customerId: 'p', purchases: 0 },
 *   { customerId: 'n', purchases: 1, lastPurchase: '2026-11-10' },
 *   { customerId: 'r', purchases: ['2025-01-05', '2026-10-01', '2026-11-01'] },
 *   { customerId: 'l', purchases: 4, firstPurchase: '2024-03-01', lastPurchase: '2025-09-30' },
 * ], { asOf: '2026-11-24' });
 * res.customers.map((c) => c.status); //=> ['prospect', 'new', 'reactivated', 'lost']
 * res.customers[3]?.recencyDays; //=> 420
 */
export function lifecycleStatus(customers: readonly PurchaseHistory[], options: LifecycleOptions): LifecycleResult {
  const opts = options as Partial<LifecycleOptions> | null | undefined;
  if (typeof opts !== 'object' || opts === null) throw new CxError('INVALID_ARGUMENT', 'options with asOf are required', { path: ['options'] });
  if (opts.asOf === undefined) throw new CxError('INVALID_ARGUMENT', 'asOf is required (cxkit never reads the clock)', { path: ['options', 'asOf'] });
  const zone = resolveTimeZone(opts.timeZone, ['options', 'timeZone']);
  const asOfDay = localDay(zone, epochMs(opts.asOf, ['options', 'asOf']));
  const newWithin = readWindow(opts.newWithin, 30, 'newWithin');
  const activeWithin = readWindow(opts.activeWithin, 90, 'activeWithin');
  const lapsedAfter = readWindow(opts.lapsedAfter, 180, 'lapsedAfter');
  const lostAfter = readWindow(opts.lostAfter, 365, 'lostAfter');
  if (newWithin > activeWithin) throw new CxError('OUT_OF_RANGE', 'newWithin must not exceed activeWithin (a new customer is active)', { path: ['options', 'newWithin'] });
  if (lapsedAfter < activeWithin) throw new CxError('OUT_OF_RANGE', 'lapsedAfter must be ≥ activeWithin', { path: ['options', 'lapsedAfter'] });
  if (lostAfter < lapsedAfter) throw new CxError('OUT_OF_RANGE', 'lostAfter must be ≥ lapsedAfter', { path: ['options', 'lostAfter'] });
  const histories = readHistories(customers, asOfDay, zone);
  const counts = Object.fromEntries(LIFECYCLE_STATUSES.map((s) => [s, 0])) as Record<LifecycleStatus, number>;
  const out: LifecycleCustomer[] = [];
  for (const h of histories) {
    let status: LifecycleStatus;
    let rule: LifecycleRule;
    let recency: number | null = null;
    let age: number | null = null;
    if (h.count === 0 || h.last === null || h.first === null) {
      status = 'prospect';
      rule = 'no-purchase';
    } else {
      recency = asOfDay - h.last;
      age = asOfDay - h.first;
      if (age <= newWithin) {
        status = 'new';
        rule = 'first-purchase-within-new';
      } else if (recency <= activeWithin) {
        const back = returnDay(h.days, lapsedAfter);
        if (back !== null && asOfDay - back <= activeWithin) {
          status = 'reactivated';
          rule = 'returned-after-lapse';
        } else {
          status = 'active';
          rule = 'recency-within-active';
        }
      } else if (recency <= lapsedAfter) {
        status = 'at-risk';
        rule = 'recency-within-lapsed';
      } else if (recency <= lostAfter) {
        status = 'lapsed';
        rule = 'recency-within-lost';
      } else {
        status = 'lost';
        rule = 'recency-beyond-lost';
      }
    }
    counts[status]++;
    out.push({ customerId: h.id, status, label: LIFECYCLE_STATUS_LABELS[status], rule, recencyDays: recency, ageDays: age });
  }
  return { customers: out, counts };
}

/** Day of the latest purchase that followed a gap of more than `lapse` days, or null. */
function returnDay(days: Float64Array | null, lapse: number): number | null {
  if (days === null) return null;
  for (let j = days.length - 1; j > 0; j--) if (days[j]! - days[j - 1]! > lapse) return days[j]!;
  return null;
}
