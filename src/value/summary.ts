/**
 * From transactions to the input of the buy-till-you-die models: per customer the number of repeat purchases
 * (frequency x), the time of the last one (recency t_x), the customer's age T, the mean repeat spend, and — with a
 * calibration/holdout split — the purchases in the holdout window.
 *
 * @module
 */
import { describe, isArrayLike } from '../core/assert.js';
import { DAY_MS, epochMs, formatDay, localDay, offsetMs, resolveTimeZone } from '../core/calendar.js';
import { CxError, type CxPath } from '../core/errors.js';
import { money, type MoneyInput } from '../core/money.js';
import type { DateInput } from '../core/time.js';
import { readTimeUnit, type TimeUnit } from './fit.js';

/** A purchase, as {@link summarizeTransactions} reads it. */
export interface SummaryTransaction {
  /** The customer: a non-empty string or a finite number (`7` and `'7'` are different customers). */
  readonly customerId: string | number;
  /** When the purchase happened (`Date`, ISO 8601 string, `YYYYMMDD` or epoch ms); only its calendar day counts. */
  readonly date: DateInput;
  /** Amount (number, decimal string or `Decimal`; negative for a refund). Default 0. */
  readonly amount?: MoneyInput;
}

/** Options of {@link summarizeTransactions}. */
export interface SummarizeOptions {
  /** The unit of recency and T: `'day'` or `'week'` (7 days). Required: the unit travels with the data. */
  readonly timeUnit: TimeUnit;
  /** The end of observation (inclusive: purchases on its calendar day count). Later purchases are left out. */
  readonly observationEnd: DateInput;
  /**
   * The end of the calibration window (inclusive), on or before `observationEnd`: purchases up to it make
   * frequency/recency/T/monetary, later ones up to `observationEnd` make the holdout columns. Default: no split
   * (calibration ends at `observationEnd`, no holdout columns).
   */
  readonly calibrationEnd?: DateInput;
  /** IANA time zone whose calendar days count (e.g. `'Asia/Shanghai'`). Default `'UTC'`. */
  readonly timeZone?: string;
}

/** One customer's summary row. */
export interface CustomerSummary {
  /** The customer. */
  customerId: string | number;
  /** x: repeat purchases in the calibration window (distinct purchase days after the first, same-day purchases as one). */
  frequency: number;
  /** t_x: time from the first purchase day to the last purchase day in the calibration window (0 when x = 0). */
  recency: number;
  /** T: time from the first purchase day to the calibration end. */
  T: number;
  /** Mean spend of the repeat purchase days (amounts of one day summed first); 0 when x = 0. */
  monetary: number;
  /** Purchase days in the holdout window (only with `calibrationEnd`). */
  holdoutFrequency?: number;
  /** Mean spend of the holdout purchase days; 0 when there are none (only with `calibrationEnd`). */
  holdoutMonetary?: number;
}

/** The result of {@link summarizeTransactions}: plain JSON. */
export interface TransactionSummary {
  /** The unit of every `recency` and `T`. */
  timeUnit: TimeUnit;
  /** The time zone whose calendar days were used (`'UTC'` by default). */
  timeZone: string;
  /** The calibration end day, `YYYY-MM-DD` (equals `observationEnd` without a split). */
  calibrationEnd: string;
  /** The observation end day, `YYYY-MM-DD`. */
  observationEnd: string;
  /** One row per customer with a purchase in the calibration window, sorted by id (numbers first, ascending). */
  customers: CustomerSummary[];
  /** Transactions after `observationEnd`: in no window, left out. */
  transactionsAfterObservationEnd: number;
  /** Customers whose first purchase falls in the holdout window: they have no calibration history and are left out. */
  customersFirstSeenInHoldout: number;
}

function readId(v: unknown, path: CxPath): string | number {
  if ((typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v))) return typeof v === 'number' ? v + 0 : v;
  throw new CxError('INVALID_ARGUMENT', `customerId must be a non-empty string or a finite number, got ${describe(v)}`, { path });
}

function readAmount(v: unknown, path: CxPath): number {
  if (v === undefined) return 0;
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return v;
    throw new CxError('INVALID_MONEY', `amount must be a finite number, got ${describe(v)}`, { path });
  }
  const n = money(v as MoneyInput, path).toNumber();
  if (!Number.isFinite(n)) throw new CxError('INVALID_MONEY', `amount ${describe(v)} is beyond the range of a double (about ±1.8e308)`, { path });
  return n;
}

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Summarises transactions per customer for the BTYD models (BG/NBD, MBG/NBD, Pareto/NBD) and the Gamma-Gamma
 * spend model.
 *
 * Definitions (Fader, Hardie & Lee 2005; the CDNOW "CBS" form), with days in `timeZone` (UTC by default):
 * purchases on the same calendar day count as one purchase, and their amounts are summed (as the Python
 * `lifetimes` package does); `frequency` is the number of purchase days after the first one up to the calibration
 * end, `recency` the time from the first to the last of them, `T` the time from the first to the calibration end,
 * each in days or weeks (days / 7); `monetary` is the mean of the repeat days' amounts (the first purchase is left
 * out, as the spend model needs). Purchases after `observationEnd` are left out and counted. With `calibrationEnd`,
 * purchases after it (up to `observationEnd`) give `holdoutFrequency` (distinct days) and `holdoutMonetary`;
 * customers first seen in the holdout window are left out and counted. The result does not depend on the order of
 * the transactions.
 *
 * Runs in O(n) plus a sort of each customer's days and of the customer ids; one pass to read, no object per
 * transaction. From the CDNOW sample (6,919 transactions) it reproduces `cdnow_customers_summary.csv`.
 *
 * @param transactions - Purchases `{ customerId, date, amount? }`, in any order.
 * @param options - See {@link SummarizeOptions}.
 * @throws CxError `INVALID_ARGUMENT` for a bad row, id or time unit (path `['transactions', i, field]` or
 * `['options', name]`); `INVALID_DATE`; `INVALID_MONEY`; `INVALID_TIME_ZONE`; `OUT_OF_RANGE` when `calibrationEnd`
 * is after `observationEnd`.
 * @example
 * const s = summarizeTransactions([
 *   { customerId: 'a', date: '2024-01-01', amount: 10 },
 *   { customerId: 'a', date: '2024-01-08', amount: 20 },
 *   { customerId: 'a', date: '2024-01-08', amount: 5 },
 *   { customerId: 'a', date: '2024-01-15', amount: 15 },
 * ], { timeUnit: 'week', observationEnd: '2024-01-29' });
 * s.customers; //=> [{ customerId: 'a', frequency: 2, recency: 2, T: 4, monetary: 20 }]
 */
export function summarizeTransactions(transactions: readonly SummaryTransaction[], options: SummarizeOptions): TransactionSummary {
  const opts: unknown = options;
  if (typeof opts !== 'object' || opts === null) {
    throw new CxError('INVALID_ARGUMENT', 'options { timeUnit, observationEnd } are required', { path: ['options'] });
  }
  const unit = readTimeUnit(options.timeUnit, ['options', 'timeUnit']);
  const perUnit = unit === 'week' ? 7 : 1;
  const zone = resolveTimeZone(options.timeZone, ['options', 'timeZone']);
  const endDay = localDay(zone, epochMs(options.observationEnd, ['options', 'observationEnd']));
  const split = options.calibrationEnd !== undefined;
  const calDay = split ? localDay(zone, epochMs(options.calibrationEnd, ['options', 'calibrationEnd'])) : endDay;
  if (calDay > endDay) {
    throw new CxError('OUT_OF_RANGE', `calibrationEnd (${formatDay(calDay)}) must not be after observationEnd (${formatDay(endDay)})`, {
      path: ['options', 'calibrationEnd'],
    });
  }
  if (!isArrayLike(transactions)) {
    throw new CxError('INVALID_ARGUMENT', `transactions must be an array of { customerId, date, amount? }, got ${describe(transactions)}`, {
      path: ['transactions'],
    });
  }

  // Pass 1: read every row into columns; customers get slots in order of first appearance.
  const n = transactions.length;
  const slotOf = new Map<string | number, number>();
  const ids: (string | number)[] = [];
  const rowSlot = new Int32Array(n);
  const rowDay = new Float64Array(n);
  const rowAmount = new Float64Array(n);
  let counts = new Int32Array(64);
  const dayMemo = new Map<string, number>(); // date strings repeat: parse each once
  let after = 0;
  for (let i = 0; i < n; i++) {
    const t: unknown = transactions[i];
    if (typeof t !== 'object' || t === null) {
      throw new CxError('INVALID_ARGUMENT', `transactions[${String(i)}] must be an object { customerId, date, amount? }, got ${describe(t)}`, {
        path: ['transactions', i],
      });
    }
    const row = t as Record<string, unknown>;
    const date = row.date;
    let day: number | undefined = typeof date === 'string' ? dayMemo.get(date) : undefined;
    if (day === undefined) {
      const ms = epochMs(date, ['transactions', i, 'date']);
      day = zone === null ? Math.floor(ms / DAY_MS) : Math.floor((ms + offsetMs(zone, ms)) / DAY_MS);
      if (typeof date === 'string') dayMemo.set(date, day);
    }
    const amount = readAmount(row.amount, ['transactions', i, 'amount']);
    const id = readId(row.customerId, ['transactions', i, 'customerId']);
    if (day > endDay) {
      after++;
      rowSlot[i] = -1;
      continue;
    }
    let slot = slotOf.get(id);
    if (slot === undefined) {
      slot = ids.length;
      ids.push(id);
      slotOf.set(id, slot);
      if (slot >= counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    rowSlot[i] = slot;
    rowDay[i] = day;
    rowAmount[i] = amount;
    counts[slot] = counts[slot]! + 1;
  }

  // Bucket rows by customer (counting sort), then each customer's days in order.
  const m = ids.length;
  const start = new Int32Array(m + 1);
  for (let s = 0; s < m; s++) start[s + 1] = start[s]! + counts[s]!;
  const fill = start.slice(0, m);
  const days = new Float64Array(start[m]!);
  const amounts = new Float64Array(start[m]!);
  for (let i = 0; i < n; i++) {
    const s = rowSlot[i]!;
    if (s < 0) continue;
    const k = fill[s]!;
    fill[s] = k + 1;
    days[k] = rowDay[i]!;
    amounts[k] = rowAmount[i]!;
  }
  const order = Array.from({ length: m }, (_, s) => s).sort((a, b) => compareIds(ids[a]!, ids[b]!));

  const customers: CustomerSummary[] = [];
  let firstInHoldout = 0;
  for (let o = 0; o < m; o++) {
    const s = order[o]!;
    const lo = start[s]!;
    const hi = start[s + 1]!;
    sortByDay(days, amounts, lo, hi);
    const first = days[lo]!;
    if (first > calDay) {
      firstInHoldout++;
      continue;
    }
    // Distinct days: calibration repeats after the first day, holdout days after calDay.
    let x = 0;
    let last = first;
    let spend = 0;
    let hx = 0;
    let hSpend = 0;
    let k = lo;
    while (k < hi && days[k] === first) k++;
    while (k < hi) {
      const d = days[k]!;
      let dayAmount = 0;
      while (k < hi && days[k] === d) dayAmount += amounts[k++]!;
      if (d <= calDay) {
        x++;
        last = d;
        spend += dayAmount;
      } else {
        hx++;
        hSpend += dayAmount;
      }
    }
    if (!Number.isFinite(spend) || !Number.isFinite(hSpend)) {
      throw new CxError('NON_FINITE', `the spend of customer ${describe(ids[s])} overflows the range of a double`, { path: ['transactions'] });
    }
    const row: CustomerSummary = {
      customerId: ids[s]!,
      frequency: x,
      recency: (last - first) / perUnit,
      T: (calDay - first) / perUnit,
      monetary: x > 0 ? spend / x : 0,
    };
    if (split) {
      row.holdoutFrequency = hx;
      row.holdoutMonetary = hx > 0 ? hSpend / hx : 0;
    }
    customers.push(row);
  }
  return {
    timeUnit: unit,
    timeZone: zone ?? 'UTC',
    calibrationEnd: formatDay(calDay),
    observationEnd: formatDay(endDay),
    customers,
    transactionsAfterObservationEnd: after,
    customersFirstSeenInHoldout: firstInHoldout,
  };
}

/**
 * Sorts `days[lo, hi)` ascending, and the amounts of one day ascending too (so that same-day sums, and the whole
 * summary, do not depend on the input order), carrying `amounts` along. Insertion sort for the few rows a customer
 * usually has; an index sort above 32 rows.
 */
function sortByDay(days: Float64Array, amounts: Float64Array, lo: number, hi: number): void {
  if (hi - lo > 32) {
    const idx = Array.from({ length: hi - lo }, (_, i) => lo + i);
    idx.sort((i, j) => days[i]! - days[j]! || amounts[i]! - amounts[j]!);
    const d = Float64Array.from(idx, (i) => days[i]!);
    const a = Float64Array.from(idx, (i) => amounts[i]!);
    days.set(d, lo);
    amounts.set(a, lo);
    return;
  }
  for (let i = lo + 1; i < hi; i++) {
    const d = days[i]!;
    const a = amounts[i]!;
    let j = i - 1;
    while (j >= lo && (d < days[j]! || (d === days[j]! && a < amounts[j]!))) {
      days[j + 1] = days[j]!;
      amounts[j + 1] = amounts[j]!;
      j--;
    }
    days[j + 1] = d;
    amounts[j + 1] = a;
  }
}
