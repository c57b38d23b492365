/**
 * Shared machinery of the activity-based retention measures (`cohortRetention`, `inactivityChurn`): reading
 * `{ customerId, date }` rows, mapping instants to calendar-period indices through `core/period` without a
 * `Date` or a time-zone look-up per row, and grouping each customer's period indices in linear time.
 * Internal (each such export is marked `@internal`), except the row types {@link ActivityRow} and
 * {@link CustomerId}, which `retention/cohorts` re-exports.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { describe, isArrayLike } from '../core/assert.js';
import { DAY_MS as DAY_MS_IMPORT, epochMs } from '../core/calendar.js';
import { PERIODS, addPeriods, periodKey, periodStart, periodsBetween, type Period, type PeriodOptions } from '../core/period.js';
import type { DateInput } from '../core/time.js';

import type { CustomerId } from '../core/customer-id.js';
export type { CustomerId };


/** One activity row: a customer was active (bought, logged in, used the product) at an instant. */
export interface ActivityRow {
  /** The customer's id (string or finite number; `1` and `'1'` are different customers). */
  readonly customerId: CustomerId;
  /** When the activity happened: a `Date`, an ISO 8601 string (UTC unless it has an offset) or epoch ms. */
  readonly date: DateInput;
}

/** Milliseconds in a day, as a module constant (read in the hot loop). */
const DAY_MS: number = DAY_MS_IMPORT;

/** Longest span of UTC days (or periods) the grouping arrays cover: 10 million (27 000 years of days). */
const MAX_SPAN = 10_000_000;

/** Maps instants to period indices; index 0 is the period holding 1970-01-01T00:00Z. @internal */
export interface PeriodIndexer {
  /** The period, as validated. */
  readonly period: Period;
  /** The period options, as validated. */
  readonly options: PeriodOptions;
  /** Index of the period holding epoch ms `t` (one `core/period` call). */
  at(t: number): number;
  /** Key of the period with index `i` (e.g. `'2026-11'`). */
  key(i: number): string;
  /** Start of the period with index `i`, as an ISO 8601 UTC string. */
  start(i: number): string;
}

/**
 * Validates `period`, `timeZone` and `weekStartsOn` (paths under `['options', …]`) and returns an indexer built
 * on `core/period`: `at(t)` is `periodsBetween(0, t)`, so it is monotone in `t` and agrees with `periodKey` /
 * `periodStart` by construction.
 *
 * @throws CxError `INVALID_PERIOD` (path `['options', 'period']`), `INVALID_TIME_ZONE`, `OUT_OF_RANGE`.
 * @internal
 */
export function periodIndexer(period: unknown, options: { readonly timeZone?: unknown; readonly weekStartsOn?: unknown }): PeriodIndexer {
  if (typeof period !== 'string' || !(PERIODS as readonly string[]).includes(period)) {
    throw new CxError('INVALID_PERIOD', `period must be one of ${PERIODS.join(', ')}, got ${describe(period)}`, { path: ['options', 'period'] });
  }
  const p = period as Period;
  const opts = { timeZone: options.timeZone, weekStartsOn: options.weekStartsOn } as PeriodOptions;
  const origin = periodStart(0, p, opts).getTime(); // validates timeZone and weekStartsOn
  // An instant inside period i: the origin (the start of period 0) moved by i periods keeps its local wall time
  // (midnight, or just after a DST gap), so it stays inside period i.
  const inside = (i: number): Date => addPeriods(origin, p, i, opts);
  return {
    period: p,
    options: opts,
    at: (t) => periodsBetween(0, t, p, opts),
    key: (i) => periodKey(inside(i), p, opts),
    start: (i) => periodStart(inside(i), p, opts).toISOString(),
  };
}

/**
 * Epoch ms of a date found at `[list, i, field]`, allocating that path only on failure (rules of `toDate`).
 *
 * @throws CxError `INVALID_DATE` with path `[list, i, field]`.
 * @internal
 */
export function instantAt(date: unknown, list: string, i: number, field: string): number {
  if (typeof date === 'number' && date >= -8.64e15 && date <= 8.64e15) return Math.trunc(date) + 0;
  if (date instanceof Date) {
    const t = date.getTime();
    if (t === t) return t; // not NaN
  }
  return epochMs(date, [list, i, field]);
}

/** Activity grouped by customer: each customer's period indices, ascending (duplicates kept). @internal */
export interface GroupedActivity {
  /** Distinct customers with at least one row at or before `asOf`. */
  readonly customers: number;
  /** Customer c's indices are `periods[offsets[c]] … periods[offsets[c + 1] − 1]`, ascending. */
  readonly offsets: Int32Array;
  /** Period indices of the kept rows, grouped by customer, ascending within a customer. */
  readonly periods: Int32Array;
  /** Smallest period index of a kept row (0 when there are none). */
  readonly minPeriod: number;
  /** `asOf` in epoch ms. */
  readonly asOfMs: number;
  /** Index of the period holding `asOf`. */
  readonly asOfPeriod: number;
  /** True when `asOf` is not the last millisecond of its period, so that period is only partly observed. */
  readonly asOfPartial: boolean;
}

/**
 * Reads activity rows and groups their period indices by customer. Rows after `asOf` are ignored.
 *
 * Method: one pass parses the instants (no `Date` for epoch-ms or `Date` inputs), numbers the customers (a `Map`
 * from id to a dense index) and maps each instant to its period index through a per-UTC-day cache (see
 * {@link dayCache}); two stable counting sorts (by period, then by customer) group the indices.
 * O(n + customers + days spanned + periods spanned) time; four `Int32Array`s of n elements.
 *
 * @throws CxError `INVALID_ARGUMENT` (`['activity']`, `['activity', i]`, `['activity', i, 'customerId']`),
 *   `INVALID_DATE` (`['activity', i, 'date']`, `['options', 'asOf']`), `OUT_OF_RANGE` when every row is after
 *   `asOf` (`['options', 'asOf']`) or the rows span more than 10 million days (`['activity']`).
 * @internal
 */
export function groupActivity(activity: unknown, indexer: PeriodIndexer, asOf: unknown): GroupedActivity {
  if (!isArrayLike(activity)) {
    throw new CxError('INVALID_ARGUMENT', `activity must be an array of { customerId, date } rows, got ${describe(activity)}`, { path: ['activity'] });
  }
  const asOfMs = epochMs(asOf, ['options', 'asOf']);
  const asOfPeriod = indexer.at(asOfMs);
  const asOfPartial = asOfMs === 8.64e15 || indexer.at(asOfMs + 1) === asOfPeriod;
  const n = activity.length;
  const slotOf = new Int32Array(n);
  const rowPeriod = new Int32Array(n);
  const ids = new Map<CustomerId, number>();
  const lookup = dayCache(indexer);
  let lastId: CustomerId | undefined;
  let lastSlot = -1;
  let kept = 0;
  let minPeriod = 2147483647;
  let maxPeriod = -2147483648;
  for (let i = 0; i < n; i++) {
    const row = activity[i] as { customerId?: unknown; date?: unknown } | null | undefined;
    if (typeof row !== 'object' || row === null) {
      throw new CxError('INVALID_ARGUMENT', `activity[${String(i)}] must be a { customerId, date } object, got ${describe(row)}`, { path: ['activity', i] });
    }
    const id = row.customerId;
    if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
      throw new CxError('INVALID_ARGUMENT', `activity[${String(i)}].customerId must be a string or a finite number, got ${describe(id)}`, {
        path: ['activity', i, 'customerId'],
      });
    }
    const t = instantAt(row.date, 'activity', i, 'date');
    if (t > asOfMs) {
      slotOf[i] = -1;
      continue;
    }
    let slot = lastSlot;
    if (id !== lastId) {
      // Consecutive rows of one customer (logs grouped by customer or session) skip the Map.
      slot = ids.get(id) ?? -1;
      if (slot < 0) {
        slot = ids.size;
        ids.set(id, slot);
      }
      lastId = id;
      lastSlot = slot;
    }
    const p = lookup(t);
    slotOf[i] = slot;
    rowPeriod[i] = p;
    kept++;
    if (p < minPeriod) minPeriod = p;
    if (p > maxPeriod) maxPeriod = p;
  }
  const customers = ids.size;
  if (kept === 0) {
    if (n > 0) {
      throw new CxError('OUT_OF_RANGE', `asOf (${new Date(asOfMs).toISOString()}) is before every activity row: nothing to measure`, {
        path: ['options', 'asOf'],
      });
    }
    return { customers: 0, offsets: new Int32Array(1), periods: new Int32Array(0), minPeriod: 0, asOfMs, asOfPeriod, asOfPartial };
  }
  // Counting sort by period: the customers of the kept rows, in period order (stable).
  const span = maxPeriod - minPeriod + 1;
  const periodStarts = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) if (slotOf[i]! >= 0) periodStarts[rowPeriod[i]! - minPeriod + 1]!++;
  for (let k = 0; k < span; k++) periodStarts[k + 1]! += periodStarts[k]!;
  const fillByPeriod = periodStarts.slice(0, span);
  const slotsByPeriod = new Int32Array(kept);
  for (let i = 0; i < n; i++) if (slotOf[i]! >= 0) slotsByPeriod[fillByPeriod[rowPeriod[i]! - minPeriod]!++] = slotOf[i]!;
  // Stable counting sort by customer: each customer's period indices come out ascending.
  const offsets = new Int32Array(customers + 1);
  for (let j = 0; j < kept; j++) offsets[slotsByPeriod[j]! + 1]!++;
  for (let c = 0; c < customers; c++) offsets[c + 1]! += offsets[c]!;
  const fill = offsets.slice(0, customers);
  const periods = new Int32Array(kept);
  for (let k = 0; k < span; k++) {
    const p = minPeriod + k;
    const end = periodStarts[k + 1]!;
    for (let j = periodStarts[k]!; j < end; j++) periods[fill[slotsByPeriod[j]!]!++] = p;
  }
  return { customers, offsets, periods, minPeriod, asOfMs, asOfPeriod, asOfPartial };
}

const QUARTER_HOUR = 900_000;
const UNSET = -2147483648;
const MULTI = -2147483647;

/**
 * A lookup epoch ms → period index, caching per UTC day in typed arrays that grow to cover the days seen. A day
 * without a period boundary maps all its instants to one index (the index at its first and last millisecond
 * agree). A day with one boundary (local midnight in a zone ahead of or behind UTC) stores the boundary instant
 * and the index after it; the rare day with several (a 23-hour local day inside one UTC day) keeps a list.
 * Boundaries are found with `core/period` by trying the times of day of boundaries already found, else by
 * bisection — exact either way, because the period index never decreases in time. After warm-up a lookup is a
 * division, two array reads and a comparison; `core/period` is called O(days spanned) times, not once per row.
 */
function dayCache(indexer: PeriodIndexer): (t: number) => number {
  let day0 = 0;
  let index = new Int32Array(0); // index at the day's first millisecond, UNSET, or MULTI
  let splitAt = new Float64Array(0); // the day's boundary instant (Infinity when none)
  let after = new Int32Array(0); // index from splitAt on
  const multi = new Map<number, number[]>(); // day → [boundary ms, index from it, …], ascending
  const grow = (day: number): void => {
    const empty = index.length === 0;
    const lo = empty ? day : Math.min(day0, day);
    const hi = empty ? day : Math.max(day0 + index.length - 1, day);
    if (hi - lo + 1 > MAX_SPAN) {
      throw new CxError('OUT_OF_RANGE', `the activity spans more than ${String(MAX_SPAN)} days (check for mistyped years)`, { path: ['activity'] });
    }
    const extra = Math.min(Math.max(hi - lo + 1, 64), MAX_SPAN - (hi - lo + 1)); // geometric growth
    // Spare room goes on the side that grew (both sides on the first call).
    const newLo = empty ? lo - (extra >> 1) : day < day0 ? lo - extra : lo;
    const size = hi - lo + 1 + extra;
    const nextIndex = new Int32Array(size).fill(UNSET);
    const nextSplit = new Float64Array(size);
    const nextAfter = new Int32Array(size);
    if (!empty) {
      nextIndex.set(index, day0 - newLo);
      nextSplit.set(splitAt, day0 - newLo);
      nextAfter.set(after, day0 - newLo);
    }
    index = nextIndex;
    splitAt = nextSplit;
    after = nextAfter;
    day0 = newLo;
  };
  // Times of day (ms after UTC midnight) of boundaries found so far: a zone's local midnight falls at one or two
  // of them (standard and summer time), so they are tried first.
  const seenTimes: number[] = [];
  /** First instant in (lo, t1] whose index exceeds `at` (at(lo) = at < at(t1)); t0 = the UTC day's start. */
  const nextBoundary = (lo: number, t1: number, at: number, t0: number): number => {
    for (const ms of seenTimes) {
      const g = t0 + ms;
      if (g > lo && g <= t1 && indexer.at(g - 1) <= at && indexer.at(g) > at) return g;
    }
    // Bisection, first on the quarter-hour grid (every UTC offset in use today is a multiple of 15 minutes), then
    // to the millisecond. Invariant: at(a) ≤ at < at(b).
    let a = lo;
    let b = t1;
    for (;;) {
      const qa = Math.floor(a / QUARTER_HOUR) + 1;
      const qb = Math.ceil(b / QUARTER_HOUR) - 1;
      if (qa > qb) break;
      const mid = Math.floor((qa + qb) / 2) * QUARTER_HOUR;
      if (indexer.at(mid) > at) b = mid;
      else a = mid;
    }
    if (b - 1 > a && indexer.at(b - 1) <= at) a = b - 1;
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (indexer.at(mid) > at) b = mid;
      else a = mid;
    }
    if (seenTimes.length < 8) seenTimes.push(b - t0);
    return b;
  };
  const fillDay = (day: number): void => {
    const d = day - day0;
    const t0 = day * DAY_MS;
    const t1 = t0 + DAY_MS - 1;
    const i0 = indexer.at(t0);
    const i1 = indexer.at(t1);
    index[d] = i0;
    splitAt[d] = Infinity;
    if (i0 === i1) return;
    const list: number[] = [t0, i0];
    let lo = t0;
    let at = i0;
    while (at !== i1) {
      const b = nextBoundary(lo, t1, at, t0);
      at = indexer.at(b);
      lo = b;
      list.push(b, at);
    }
    if (list.length === 4) {
      splitAt[d] = list[2]!;
      after[d] = list[3]!;
    } else {
      index[d] = MULTI;
      multi.set(day, list);
    }
  };
  return (t) => {
    const day = Math.floor(t / DAY_MS);
    let v = index[day - day0];
    if (v === undefined) {
      grow(day);
      v = UNSET;
    }
    if (v === UNSET) {
      fillDay(day);
      v = index[day - day0]!;
    }
    if (v !== MULTI) return t < splitAt[day - day0]! ? v : after[day - day0]!;
    const list = multi.get(day)!;
    let k = 0;
    while (k + 2 < list.length && list[k + 2]! <= t) k += 2;
    return list[k + 1]!;
  };
}
