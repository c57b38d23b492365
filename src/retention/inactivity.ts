/**
 * Churn of non-contractual customers (retail, apps): with no cancellation to observe, a customer counts as
 * churned after a number of whole periods without activity.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { assertInteger, describe } from '../core/assert.js';
import type { Period } from '../core/period.js';
import type { DateInput } from '../core/time.js';
import { groupActivity, periodIndexer, type ActivityRow } from './activity.js';

/** Options of {@link inactivityChurn}. */
export interface InactivityChurnOptions {
  /** Calendar period of the rows: `'day'`, `'week'`, `'isoWeek'`, `'month'`, `'quarter'` or `'year'` (required). */
  readonly period: Period;
  /**
   * Number of consecutive periods without activity after which a customer counts as churned: an integer ≥ 1
   * (required; there is no universal value — e.g. 3 months for a grocery, 2 years for furniture).
   */
  readonly inactiveAfter: number;
  /** The analysis instant, inclusive (required): activity after it is ignored, and the list ends with its period. */
  readonly asOf: DateInput;
  /** IANA time zone in which periods are reckoned (default `'UTC'`). */
  readonly timeZone?: string;
  /** First day of a `'week'`: 0 = Sunday … 6 = Saturday (default 1, Monday). */
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/** One period of an {@link inactivityChurn} result. */
export interface InactivityChurnPeriod {
  /** Key of the period, e.g. `'2026-11'`. */
  readonly period: string;
  /** Start instant of the period, ISO 8601 UTC. */
  readonly start: string;
  /**
   * Customers alive at the start of the period: first active in an earlier period and not yet churned (their
   * last activity before this period is fewer than `inactiveAfter` periods back). The denominator of `churnRate`.
   */
  readonly atStart: number;
  /** Distinct customers active in the period: `new + returning + reactivated`. */
  readonly active: number;
  /** Customers whose first activity is in this period. */
  readonly new: number;
  /** Active customers seen before and still alive: their previous activity is at most `inactiveAfter` periods back. */
  readonly returning: number;
  /** Active customers who had churned: their previous activity is more than `inactiveAfter` periods back. */
  readonly reactivated: number;
  /** Customers whose `inactiveAfter`-th consecutive period without activity is this one (all were in `atStart`). */
  readonly churned: number;
  /** `churned / atStart`, in [0, 1]; `null` when `atStart` is 0. */
  readonly churnRate: number | null;
  /**
   * `true` for the period holding `asOf` when it has not ended by `asOf`: its counts cover part of the period,
   * and its `churned` is provisional (a customer may still come back before the period ends).
   */
  readonly partial: boolean;
}

/** Most periods listed (100 000: 273 years of days). */
const MAX_ROWS = 100_000;

/**
 * Period-by-period churn of non-contractual customers, where "lost" is defined by inactivity: a customer whose
 * last activity is in period L and who is inactive in periods L + 1 … L + `inactiveAfter` is counted as
 * **churned in period L + `inactiveAfter`**; activity in a later period P makes them **reactivated** in P.
 *
 * Example timeline, monthly with `inactiveAfter: 2` — active in January and February, silent in March and April,
 * active in May: January `new`, February `returning`, April `churned` (second silent month), May `reactivated`;
 * the customer is in `atStart` of February, March and April (alive, not yet churned) but not of May.
 *
 * Each period P satisfies `atStart(P + 1) = atStart(P) − churned(P) + new(P) + reactivated(P)`. The list covers
 * every period from the first activity to the period holding `asOf` (inclusive), with no gaps. Activity after
 * `asOf` is ignored; no activity gives `[]`. Periods are calendar periods of `core/period` (UTC unless
 * `timeZone` is given), so results do not depend on the process time zone.
 *
 * Method: the activity is grouped by customer in linear time (counting sorts, a per-day period cache); each
 * customer's distinct periods are walked once, adding to per-period counters and to a difference array for
 * `atStart`. O(n + customers + periods).
 *
 * @param activity - `{ customerId, date }` rows (see {@link ActivityRow}).
 * @param options - see {@link InactivityChurnOptions}.
 * @throws CxError `INVALID_ARGUMENT` for a malformed `activity`, row (`['activity', i]`,
 *   `['activity', i, 'customerId']`) or options (`['options']`); `INVALID_DATE` (`['activity', i, 'date']`,
 *   `['options', 'asOf']`); `INVALID_PERIOD` (`['options', 'period']`); `INVALID_TIME_ZONE`; `OUT_OF_RANGE` for
 *   `inactiveAfter` not an integer ≥ 1 (`['options', 'inactiveAfter']`), a bad `weekStartsOn`, every row after
 *   `asOf` (`['options', 'asOf']`), or more than 100 000 periods (`['options', 'period']`).
 * @example
 * const activity = [{ customerId: 'a', date: '2026-01-10' }, { customerId: 'a', date: '2026-02-10' }, { customerId: 'a', date: '2026-05-10' }];
 * const rows = inactivityChurn(activity, { period: 'month', inactiveAfter: 2, asOf: '2026-05-31' });
 * rows.map((r) => r.churned); //=> [0, 0, 0, 1, 0]
 * rows.map((r) => r.reactivated); //=> [0, 0, 0, 0, 1]
 */
export function inactivityChurn(activity: readonly ActivityRow[], options: InactivityChurnOptions): InactivityChurnPeriod[] {
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `options must be an object with period, inactiveAfter and asOf, got ${describe(options)}`, {
      path: ['options'],
    });
  }
  const k = options.inactiveAfter;
  assertInteger(k, 'inactiveAfter', 1, ['options', 'inactiveAfter']);
  const indexer = periodIndexer(options.period, options);
  const g = groupActivity(activity, indexer, options.asOf);
  if (g.customers === 0) return [];
  const { offsets, periods, minPeriod, asOfPeriod } = g;
  const span = asOfPeriod - minPeriod + 1;
  if (span > MAX_ROWS) {
    throw new CxError('OUT_OF_RANGE', `the activity and asOf span ${String(span)} ${indexer.period} periods; at most ${String(MAX_ROWS)} are listed: use a longer period`, {
      path: ['options', 'period'],
    });
  }
  const active = new Float64Array(span);
  const fresh = new Float64Array(span);
  const returning = new Float64Array(span);
  const reactivated = new Float64Array(span);
  const churned = new Float64Array(span);
  const aliveDiff = new Float64Array(span + 1); // atStart as a difference array over period offsets
  const last = span - 1;
  for (let c = 0; c < g.customers; c++) {
    const end = offsets[c + 1]!;
    let prev = -1; // offset of the previous distinct active period
    for (let j = offsets[c]!; j < end; j++) {
      const p = periods[j]! - minPeriod;
      if (p === prev) continue;
      active[p]!++;
      if (prev < 0) fresh[p]!++;
      else {
        // Alive at the start of prev + 1 … min(p, prev + k).
        aliveDiff[prev + 1]!++;
        aliveDiff[Math.min(p, prev + k) + 1]!--;
        if (p - prev <= k) returning[p]!++;
        else {
          reactivated[p]!++;
          churned[prev + k]!++;
        }
      }
      prev = p;
    }
    if (prev < last) {
      const until = Math.min(last, prev + k);
      aliveDiff[prev + 1]!++;
      aliveDiff[until + 1]!--;
      if (prev + k <= last) churned[prev + k]!++;
    }
  }
  const out: InactivityChurnPeriod[] = [];
  let atStart = 0;
  for (let p = 0; p < span; p++) {
    atStart += aliveDiff[p]!;
    const i = minPeriod + p;
    out.push({
      period: indexer.key(i),
      start: indexer.start(i),
      atStart,
      active: active[p]!,
      new: fresh[p]!,
      returning: returning[p]!,
      reactivated: reactivated[p]!,
      churned: churned[p]!,
      churnRate: atStart > 0 ? churned[p]! / atStart : null,
      partial: g.asOfPartial && i === asOfPeriod,
    });
  }
  return out;
}
