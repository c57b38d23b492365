/**
 * Calendar periods — day, week, ISO week, month, quarter, year — reckoned in UTC by default or in any IANA
 * time zone, never in the process's local zone.
 *
 * Method: an instant is mapped to its local calendar day with the zone's UTC offset at that instant (the
 * runtime's `Intl` data); period arithmetic is exact integer arithmetic on day numbers of the
 * proleptic Gregorian calendar; a period's start is the first instant of its first local day. Every period is a
 * half-open interval `[start, end)` of instants, and consecutive periods partition time. The results agree with
 * date-fns 4 (`startOfMonth`, `getISOWeek`, `addMonths`, … on a `TZDate`) and with Python's `zoneinfo`.
 *
 * One limit is inherent: where a fall-back transition moved clocks back across midnight (Goose Bay and
 * St. John's before 2011, at 00:01), the repeated minutes before midnight carry the earlier date but come after
 * the later day's start (its first midnight, as in Temporal's `startOfDay`); such instants get the earlier
 * day's key but lie outside its `[start, end)`.
 *
 * @module
 */
import { CxError, type CxPath } from './errors.js';
import { assertInteger, describe } from './assert.js';
import {
  DAY_MS,
  MAX_MS,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  epochMs,
  formatDay,
  formatMonth,
  formatYear,
  localDay,
  mod,
  offsetMs,
  parseYear,
  resolveTimeZone,
  wallToInstant,
} from './calendar.js';
import type { DateInput } from './time.js';

/**
 * A calendar period. `'week'` starts on {@link PeriodOptions.weekStartsOn} (Monday by default) and is keyed by
 * its first date; `'isoWeek'` is the ISO 8601 week (Monday start, week 1 holds the year's first Thursday) keyed
 * `YYYY-Www` by its ISO week-numbering year.
 */
export type Period = 'day' | 'week' | 'isoWeek' | 'month' | 'quarter' | 'year';

/**
 * Every {@link Period}, shortest first (for validation and UI pickers).
 *
 * @example
 * PERIODS.includes('month'); //=> true
 */
export const PERIODS: readonly Period[] = ['day', 'week', 'isoWeek', 'month', 'quarter', 'year'];

/** Options of the period functions. */
export interface PeriodOptions {
  /**
   * IANA time zone in which calendar days are reckoned, e.g. `'Asia/Shanghai'`, `'America/New_York'` (default
   * `'UTC'`). Names are validated with `Intl.DateTimeFormat`; fixed offsets such as `'+08:00'` are not accepted.
   */
  readonly timeZone?: string;
  /** First day of a `'week'`: 0 = Sunday … 6 = Saturday (default 1, Monday). Ignored by every other period. */
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/** Most periods {@link periodRange} lists (100 000: 273 years of days). */
const MAX_RANGE = 100_000;

interface Ctx {
  readonly period: Period;
  readonly zone: string | null;
  readonly weekStartsOn: number;
}

function context(period: unknown, options: unknown): Ctx {
  if (typeof period !== 'string' || !(PERIODS as readonly string[]).includes(period)) {
    throw new CxError('INVALID_PERIOD', `period must be one of ${PERIODS.join(', ')}, got ${describe(period)}`, { path: ['period'] });
  }
  if (typeof options !== 'object' || options === null) {
    throw new CxError('INVALID_ARGUMENT', `options must be an object, got ${describe(options)}`, { path: ['options'] });
  }
  const o = options as { timeZone?: unknown; weekStartsOn?: unknown };
  const zone = resolveTimeZone(o.timeZone, ['options', 'timeZone']);
  const weekStartsOn = o.weekStartsOn ?? 1;
  if (!(typeof weekStartsOn === 'number' && Number.isInteger(weekStartsOn) && weekStartsOn >= 0 && weekStartsOn <= 6)) {
    throw new CxError('OUT_OF_RANGE', `weekStartsOn must be an integer 0 (Sunday) … 6 (Saturday), got ${describe(weekStartsOn)}`, {
      path: ['options', 'weekStartsOn'],
    });
  }
  return { period: period as Period, zone, weekStartsOn };
}

/** Integer index of the period holding local day `day`: consecutive periods have consecutive indices. */
function indexOfDay(ctx: Ctx, day: number): number {
  switch (ctx.period) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day + 4 - ctx.weekStartsOn) / 7); // weekday(day) = (day + 4) mod 7
    case 'isoWeek':
      return Math.floor((day + 3) / 7);
    default: {
      const c = civilFromDays(day);
      if (ctx.period === 'month') return c.y * 12 + c.m - 1;
      if (ctx.period === 'quarter') return c.y * 4 + Math.floor((c.m - 1) / 3);
      return c.y;
    }
  }
}

/** First local day of the period with index `i` (inverse of {@link indexOfDay}). */
function firstDay(ctx: Ctx, i: number): number {
  switch (ctx.period) {
    case 'day':
      return i;
    case 'week':
      return i * 7 - 4 + ctx.weekStartsOn;
    case 'isoWeek':
      return i * 7 - 3;
    case 'month':
      return daysFromCivil(Math.floor(i / 12), mod(i, 12) + 1, 1);
    case 'quarter':
      return daysFromCivil(Math.floor(i / 4), mod(i, 4) * 3 + 1, 1);
    default:
      return daysFromCivil(i, 1, 1);
  }
}

/** The key of the period with index `i`. */
function keyOf(ctx: Ctx, i: number): string {
  switch (ctx.period) {
    case 'day':
      return formatDay(i);
    case 'week':
      return formatDay(firstDay(ctx, i));
    case 'isoWeek': {
      const thursday = i * 7; // Monday (7i − 3) + 3: the Thursday decides the ISO week-numbering year
      const y = civilFromDays(thursday).y;
      const week = Math.floor((thursday - daysFromCivil(y, 1, 1)) / 7) + 1;
      return `${formatYear(y)}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return formatMonth(i);
    case 'quarter':
      return `${formatYear(Math.floor(i / 4))}-Q${String(mod(i, 4) + 1)}`;
    default:
      return formatYear(i);
  }
}

/** The instant at which the period with index `i` starts, range-checked. */
function startInstant(ctx: Ctx, i: number, what: string): number {
  const t = wallToInstant(ctx.zone, firstDay(ctx, i) * DAY_MS, true);
  if (!(Math.abs(t) <= MAX_MS)) {
    throw new CxError('OUT_OF_RANGE', `the ${what} of this ${ctx.period} is outside the range of a JS Date (±8.64e15 ms)`);
  }
  return t;
}

function indexOf(ctx: Ctx, date: unknown, path: CxPath): number {
  return indexOfDay(ctx, localDay(ctx.zone, epochMs(date, path)));
}

/**
 * Start of the period holding `date`: the first instant of its first local day in `options.timeZone` (UTC by
 * default). Where a DST gap swallows local midnight, the day starts at the transition instant.
 *
 * O(1); a few `Intl` offset look-ups when a time zone is given.
 *
 * @throws CxError `INVALID_DATE` (path `['date']`), `INVALID_PERIOD` (`['period']`), `INVALID_TIME_ZONE`
 *   (`['options', 'timeZone']`), `OUT_OF_RANGE` (`['options', 'weekStartsOn']`, or a start outside the `Date` range).
 * @example
 * periodStart('2026-11-24T15:00:00Z', 'month').toISOString(); //=> '2026-11-01T00:00:00.000Z'
 * periodStart('2026-11-24T15:00:00Z', 'isoWeek').toISOString(); //=> '2026-11-23T00:00:00.000Z'
 * periodStart('2026-11-24T18:00:00Z', 'day', { timeZone: 'Asia/Shanghai' }).toISOString(); //=> '2026-11-24T16:00:00.000Z'
 */
export function periodStart(date: DateInput, period: Period, options: PeriodOptions = {}): Date {
  const ctx = context(period, options);
  return new Date(startInstant(ctx, indexOf(ctx, date, ['date']), 'start'));
}

/**
 * Exclusive end of the period holding `date`: the start of the next period, so `periodStart(d) ≤ d <
 * periodEnd(d)` and `periodEnd(d)` equals `periodStart(periodEnd(d))`. A local day lasts 23 or 25 hours across
 * DST changes. O(1).
 *
 * @throws CxError as {@link periodStart}.
 * @example
 * periodEnd('2026-11-24', 'quarter').toISOString(); //=> '2027-01-01T00:00:00.000Z'
 * periodEnd('2026-11-01T12:00:00Z', 'day', { timeZone: 'America/New_York' }).getTime() - periodStart('2026-11-01T12:00:00Z', 'day', { timeZone: 'America/New_York' }).getTime(); //=> 90000000
 */
export function periodEnd(date: DateInput, period: Period, options: PeriodOptions = {}): Date {
  const ctx = context(period, options);
  return new Date(startInstant(ctx, indexOf(ctx, date, ['date']) + 1, 'end'));
}

/**
 * Key of the period holding `date`, sortable as a string within one period kind (years 0000–9999): `'day'`
 * `2026-11-24`; `'week'` the date it starts on, `2026-11-23`; `'isoWeek'` `2026-W48` (ISO 8601 week-numbering
 * year and week); `'month'` `2026-11`; `'quarter'` `2026-Q4`; `'year'` `2026`. Years outside 0000–9999 are
 * written `±YYYYYY`. O(1), no `Date` allocated: suited to bucketing millions of rows.
 *
 * @throws CxError as {@link periodStart}.
 * @example
 * periodKey('2026-11-24', 'isoWeek'); //=> '2026-W48'
 * periodKey('2027-01-01', 'isoWeek'); //=> '2026-W53'
 * periodKey('2026-11-24', 'quarter'); //=> '2026-Q4'
 * periodKey('2026-11-30T17:00:00Z', 'month', { timeZone: 'Asia/Shanghai' }); //=> '2026-12'
 */
export function periodKey(date: DateInput, period: Period, options: PeriodOptions = {}): string {
  const ctx = context(period, options);
  return keyOf(ctx, indexOf(ctx, date, ['date']));
}

/** Key patterns; the year is `YYYY` or the expanded `±YYYYYY` of {@link formatYear}. */
const KEY_RE: Readonly<Record<Period, RegExp>> = {
  day: /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})$/,
  week: /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})$/,
  isoWeek: /^(\d{4}|[+-]\d{6})-W(\d{2})$/,
  month: /^(\d{4}|[+-]\d{6})-(\d{2})$/,
  quarter: /^(\d{4}|[+-]\d{6})-Q([1-4])$/,
  year: /^(\d{4}|[+-]\d{6})$/,
};

/**
 * Start instant of the period named by `key` (the inverse of {@link periodKey}: `periodKey(parsePeriodKey(k, p),
 * p) === k` for every valid key). A `'week'` key must be a date that starts a week under `weekStartsOn`; an
 * `'isoWeek'` key `YYYY-W53` exists only in years with 53 ISO weeks. O(1).
 *
 * @throws CxError `INVALID_PERIOD` (path `['key']`) when `key` is not a valid key of `period`; otherwise as
 *   {@link periodStart}.
 * @example
 * parsePeriodKey('2026-W48', 'isoWeek').toISOString(); //=> '2026-11-23T00:00:00.000Z'
 * parsePeriodKey('2026-Q4', 'quarter', { timeZone: 'Asia/Shanghai' }).toISOString(); //=> '2026-09-30T16:00:00.000Z'
 * parsePeriodKey('2021-W53', 'isoWeek'); //=> throws INVALID_PERIOD
 */
export function parsePeriodKey(key: string, period: Period, options: PeriodOptions = {}): Date {
  const ctx = context(period, options);
  const input: unknown = key;
  const m = typeof input === 'string' ? KEY_RE[ctx.period].exec(input) : null;
  let i = NaN;
  if (m) {
    const y = parseYear(m[1]!);
    const a = Number(m[2] ?? 1);
    const b = Number(m[3] ?? 1);
    switch (ctx.period) {
      case 'day':
      case 'week':
        if (a >= 1 && a <= 12 && b >= 1 && b <= daysInMonth(y, a)) i = indexOfDay(ctx, daysFromCivil(y, a, b));
        break;
      case 'isoWeek':
        i = indexOfDay(ctx, daysFromCivil(y, 1, 4)) + a - 1; // week 1 holds 4 January (ISO 8601-1:2019 §5.7.7)
        break;
      case 'month':
        i = y * 12 + a - 1;
        break;
      case 'quarter':
        i = y * 4 + a - 1;
        break;
      default:
        i = y;
    }
  }
  // A key is valid exactly when it is the key of the index it names (rejects 2026-13, 2021-W53, W00, a Tuesday week).
  if (Number.isNaN(i) || keyOf(ctx, i) !== key) {
    const hint =
      ctx.period === 'week' ? ` (the first date of a week starting on weekday ${String(ctx.weekStartsOn)}, 0 = Sunday)` : '';
    throw new CxError('INVALID_PERIOD', `${describe(key)} is not a valid ${ctx.period} key${hint}, e.g. ${describe(keyOf(ctx, indexOfDay(ctx, daysFromCivil(2026, 11, 24))))}`, {
      path: ['key'],
    });
  }
  return new Date(startInstant(ctx, i, 'start'));
}

/**
 * Moves `date` by `k` whole periods (k may be negative), keeping its local wall-clock time in
 * `options.timeZone`: days and weeks move the local date by k or 7k days; months, quarters (3 months) and years
 * (12 months) move the month and clamp the day to the month's length (31 January + 1 month = 28/29 February),
 * as date-fns `addMonths` does. A wall time that falls into a DST gap moves forward by the gap; one that occurs
 * twice takes the earlier instant (Temporal's `'compatible'` disambiguation). `k = 0` returns `date` unchanged.
 * `periodsBetween(date, addPeriods(date, p, k), p) === k` away from such edge cases. O(1).
 *
 * @throws CxError `OUT_OF_RANGE` (path `['k']`) when `k` is not an integer (`NON_FINITE` for NaN/±Infinity) or
 *   the result leaves the `Date` range; otherwise as {@link periodStart}.
 * @example
 * addPeriods('2026-01-31', 'month', 1).toISOString(); //=> '2026-02-28T00:00:00.000Z'
 * addPeriods('2026-03-07T12:00:00Z', 'day', 1, { timeZone: 'America/New_York' }).toISOString(); //=> '2026-03-08T11:00:00.000Z'
 */
export function addPeriods(date: DateInput, period: Period, k: number, options: PeriodOptions = {}): Date {
  const ctx = context(period, options);
  const t = epochMs(date, ['date']);
  assertInteger(k, 'k');
  if (k === 0) return new Date(t);
  const local = ctx.zone === null ? t : t + offsetMs(ctx.zone, t);
  const day = Math.floor(local / DAY_MS);
  let target: number;
  if (ctx.period === 'day') target = day + k;
  else if (ctx.period === 'week' || ctx.period === 'isoWeek') target = day + 7 * k;
  else {
    const c = civilFromDays(day);
    const months = c.y * 12 + c.m - 1 + (ctx.period === 'month' ? k : ctx.period === 'quarter' ? 3 * k : 12 * k);
    const y = Math.floor(months / 12);
    const m = mod(months, 12) + 1;
    target = daysFromCivil(y, m, Math.min(c.d, daysInMonth(y, m)));
  }
  const out = wallToInstant(ctx.zone, target * DAY_MS + (local - day * DAY_MS), false);
  if (!(Math.abs(out) <= MAX_MS)) {
    throw new CxError('OUT_OF_RANGE', `moving by ${String(k)} ${period} periods leaves the range of a JS Date (±8.64e15 ms)`, { path: ['k'] });
  }
  return new Date(out);
}

/**
 * Signed number of period boundaries from the period holding `a` to the period holding `b`: the difference of
 * their period indices (positive when `b` is later, 0 when both fall in the same period). It counts calendar
 * periods, not elapsed durations: 23:59 on 31 March to 00:01 on 1 April is 1 month apart. O(1).
 *
 * @throws CxError `INVALID_DATE` (path `['a']` or `['b']`); otherwise as {@link periodStart}.
 * @example
 * periodsBetween('2026-01-31', '2026-03-01', 'month'); //=> 2
 * periodsBetween('2026-11-24', '2026-11-20', 'day'); //=> -4
 * periodsBetween('2020-12-31', '2021-01-03', 'isoWeek'); //=> 0
 */
export function periodsBetween(a: DateInput, b: DateInput, period: Period, options: PeriodOptions = {}): number {
  const ctx = context(period, options);
  return indexOf(ctx, b, ['b']) - indexOf(ctx, a, ['a']);
}

/**
 * Keys of every period from the one holding `from` to the one holding `to`, inclusive and in order (an empty
 * array when `to` falls in an earlier period than `from`): the axis of a cohort table or a time series with no
 * missing buckets. O(number of periods).
 *
 * @throws CxError `OUT_OF_RANGE` when the range holds more than 100 000 periods; `INVALID_DATE` (path
 *   `['from']` or `['to']`); otherwise as {@link periodStart}.
 * @example
 * periodRange('2026-11-15', '2027-02-01', 'month'); //=> ['2026-11', '2026-12', '2027-01', '2027-02']
 * periodRange('2026-12-30', '2027-01-05', 'isoWeek'); //=> ['2026-W53', '2027-W01']
 */
export function periodRange(from: DateInput, to: DateInput, period: Period, options: PeriodOptions = {}): string[] {
  const ctx = context(period, options);
  const i0 = indexOf(ctx, from, ['from']);
  const i1 = indexOf(ctx, to, ['to']);
  const n = i1 - i0 + 1;
  if (n > MAX_RANGE) {
    throw new CxError('OUT_OF_RANGE', `the range holds ${String(n)} ${period} periods; at most ${String(MAX_RANGE)} are listed`, {
      path: ['to'],
    });
  }
  const out: string[] = [];
  for (let i = i0; i <= i1; i++) out.push(keyOf(ctx, i));
  return out;
}
