/**
 * RFM scores (recency, frequency, monetary): R-compatible quantile bins, equal-count NTILE buckets, or the
 * user's own cut points.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { assertInteger, describe, isArrayLike } from '../core/assert.js';
import { epochMs, localDay, resolveTimeZone } from '../core/calendar.js';
import type { MoneyInput } from '../core/money.js';
import type { DateInput } from '../core/time.js';
import { idOrder } from '../core/customer-id.js';
import { byThresholds, ntileScores, quantileScores, type DimScores } from './rfm-scoring.js';
import { aggregateTransactions, readSummaries, rowAt, sourceLength, type Aggregate, type TransactionSource } from './rfm-aggregate.js';

/** A purchase: who, when, how much. */
export interface RfmTransaction {
  /** Customer id: a non-empty string or a finite number (`1` and `'1'` are different customers). */
  readonly customerId: string | number;
  /** When: a `Date`, an ISO 8601 string (a date alone is UTC midnight) or epoch milliseconds. */
  readonly date: DateInput;
  /** Amount, ≥ 0: a number, a decimal string, a bigint or a `Decimal` (summed exactly). */
  readonly amount: MoneyInput;
}

/** Transactions as parallel columns (typed arrays welcome): the fast input for millions of rows. */
export interface RfmColumns {
  /** Customer id of each transaction. */
  readonly customerId: ArrayLike<string | number>;
  /** Date of each transaction in epoch milliseconds. */
  readonly date: ArrayLike<number>;
  /** Amount of each transaction, ≥ 0. */
  readonly amount: ArrayLike<number>;
}

/** One customer's precomputed values, when recency, frequency and monetary are already known. */
export interface RfmCustomerSummary {
  /** Customer id (unique within the input). */
  readonly customerId: string | number;
  /** Days since the last purchase, ≥ 0. */
  readonly recencyDays: number;
  /** Number of purchases, ≥ 0. */
  readonly frequency: number;
  /** Monetary value, ≥ 0 (used as given: the `monetary` option applies to transactions only). */
  readonly monetary: MoneyInput;
}

/** What {@link rfm} scores: transaction rows, transaction columns, or customer summaries. */
export type RfmInput = readonly RfmTransaction[] | RfmColumns | readonly RfmCustomerSummary[];

/**
 * Cut points per dimension, ascending: a value `x` falls in bin `1 + (number of cut points ≤ x)`, so `k` cut
 * points make `k + 1` bins. Recency is in days; its bin 1 (the most recent customers) gets the highest score.
 */
export interface RfmThresholds {
  /** Recency cut points, in days. */
  readonly recency: readonly number[];
  /** Frequency cut points, in purchases. */
  readonly frequency: readonly number[];
  /** Monetary cut points. */
  readonly monetary: readonly number[];
}

/** How {@link rfm} scores: `'quantile'` (R `rfm` v0.3.0), `'ntile'` (equal counts) or custom cut points. */
export type RfmMethod = 'quantile' | 'ntile' | RfmThresholds;

/** Options of {@link rfm}. */
export interface RfmOptions {
  /** Analysis date; required with transactions (ignored for summaries). Recency counts whole days up to it. */
  readonly asOf?: DateInput;
  /** Number of scores per dimension, an integer 2–9 (default 5). Ignored with custom cut points. */
  readonly bins?: number;
  /** Scoring method (default `'quantile'`). */
  readonly method?: RfmMethod;
  /** Monetary value of transactions: `'sum'` of the amounts (default) or their `'mean'`. */
  readonly monetary?: 'sum' | 'mean';
  /** IANA time zone in which purchase days are counted (default UTC). */
  readonly timeZone?: string;
}

/** One customer's RFM values and scores. */
export interface RfmCustomer {
  /** Customer id. */
  readonly customerId: string | number;
  /** Whole days from the last purchase to `asOf`. */
  readonly recencyDays: number;
  /** Number of purchases. */
  readonly frequency: number;
  /** Sum (or mean) of the amounts, the nearest double to the exact decimal value. */
  readonly monetary: number;
  /** Recency score, 1 … bins: the most recent customers get the highest. */
  readonly r: number;
  /** Frequency score, 1 … bins: the most frequent get the highest. */
  readonly f: number;
  /** Monetary score, 1 … bins: the biggest spenders get the highest. */
  readonly m: number;
  /** `100·r + 10·f + m`, e.g. 545. */
  readonly code: number;
}

/** Number of customers with each score: index `s − 1` holds score `s`. */
export interface RfmScoreCounts {
  /** Customers per recency score. */
  readonly recency: number[];
  /** Customers per frequency score. */
  readonly frequency: number[];
  /** Customers per monetary score. */
  readonly monetary: number[];
}

/** Number of bins per dimension. */
export interface RfmBins {
  /** Recency bins. */
  readonly recency: number;
  /** Frequency bins. */
  readonly frequency: number;
  /** Monetary bins. */
  readonly monetary: number;
}

/** The result of {@link rfm}. */
export interface RfmResult {
  /** One entry per customer, sorted by id (numbers ascending, then strings by UTF-16 code units). */
  readonly customers: RfmCustomer[];
  /** The cut points used (see {@link RfmThresholds}; for `'ntile'`, where each bucket starts). */
  readonly thresholds: {
    /** Recency cut points in days, ascending. */
    readonly recency: number[];
    /** Frequency cut points, ascending. */
    readonly frequency: number[];
    /** Monetary cut points, ascending. */
    readonly monetary: number[];
  };
  /** Customers per score. */
  readonly scoreCounts: RfmScoreCounts;
  /** The method used. */
  readonly method: 'quantile' | 'ntile' | 'custom';
  /** Bins per dimension. */
  readonly bins: RfmBins;
  /** Whether `monetary` is the sum or the mean of the amounts. */
  readonly monetary: 'sum' | 'mean';
}

type Dim = 'recency' | 'frequency' | 'monetary';
const DIMS: readonly Dim[] = ['recency', 'frequency', 'monetary'];

function readCustom(method: object): Record<Dim, number[]> {
  const out = {} as Record<Dim, number[]>;
  for (const d of DIMS) {
    const t = (method as Partial<Record<Dim, unknown>>)[d];
    const path = ['options', 'method', d];
    if (!isArrayLike(t) || t.length < 1 || t.length > 8) {
      throw new CxError('INVALID_ARGUMENT', `custom ${d} thresholds must be an array of 1–8 ascending numbers (2–9 bins), got ${describe(t)}`, { path });
    }
    const arr: number[] = [];
    for (let j = 0; j < t.length; j++) {
      const x = t[j];
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        throw new CxError(typeof x === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `${d} threshold ${String(j)} must be a finite number, got ${describe(x)}`, {
          path: [...path, j],
        });
      }
      if (j > 0 && x < arr[j - 1]!) {
        throw new CxError('INVALID_ARGUMENT', `${d} thresholds must be sorted ascending: ${String(x)} follows ${String(arr[j - 1])}`, { path: [...path, j] });
      }
      arr.push(x + 0);
    }
    out[d] = arr;
  }
  return out;
}

/** Reads the input kind: transaction columns, transaction rows, or summaries (rows with `recencyDays`). */
function sourceOf(input: unknown): TransactionSource | 'summaries' {
  if (typeof input !== 'object' || input === null) {
    throw new CxError('INVALID_ARGUMENT', `input must be an array of transactions or summaries, or transaction columns, got ${describe(input)}`, {
      path: ['input'],
    });
  }
  if (!Array.isArray(input) && !ArrayBuffer.isView(input) && isArrayLike((input as { customerId?: unknown }).customerId)) {
    const cols = input as { customerId: ArrayLike<unknown>; date?: unknown; amount?: unknown };
    const n = cols.customerId.length;
    for (const f of ['date', 'amount'] as const) {
      const c = cols[f];
      if (!isArrayLike(c)) throw new CxError('INVALID_ARGUMENT', `column ${f} must be an array or typed array, got ${describe(c)}`, { path: ['input', f] });
      if (c.length !== n) {
        throw new CxError('LENGTH_MISMATCH', `column ${f} has ${String(c.length)} values but customerId has ${String(n)}`, { path: ['input', f] });
      }
    }
    return { kind: 'columns', ids: cols.customerId, dates: cols.date as ArrayLike<unknown>, amounts: cols.amount as ArrayLike<unknown> };
  }
  if (!isArrayLike(input)) {
    throw new CxError('INVALID_ARGUMENT', 'input must be an array of transactions or summaries, or transaction columns { customerId, date, amount }', {
      path: ['input'],
    });
  }
  const rows = input;
  if (rows.length > 0 && 'recencyDays' in rowAt(rows, 0)) return 'summaries';
  return { kind: 'rows', rows };
}

/**
 * RFM scores of customers from their transactions (or from precomputed summaries).
 *
 * **Values.** Recency = whole days from the customer's last purchase to `asOf`, counted between calendar dates
 * (in UTC, or in `timeZone`): `asOf` day number − last purchase day number, as R's
 * `as.numeric(analysis_date - max(date), units = "days")` does for dates. Frequency = number of transactions
 * (rows, not distinct days). Monetary = sum (or mean) of the amounts, computed exactly — integer thousandths, or
 * decimal.js sums when an amount has more decimals — and rounded once to the nearest double for scoring.
 *
 * **Methods** (per dimension; recency is scored in reverse, so the most recent get `bins`):
 * - `'quantile'` (default) reproduces the R package `rfm` v0.3.0 exactly: `q = quantile(x, seq(0, 1,
 *   length.out = bins + 1))` (type 7), cut points `t = q[2..bins] + 1`, and bin i holds `t[i−1] ≤ x < t[i]`.
 *   Ties are never split: every customer with the same value gets the same score, and when many share a value
 *   (most customers bought once) cut points coincide and some scores are never used (see `scoreCounts`). For
 *   100 customers of whom 80 bought once and 20 bought 2–21 times, frequency gets 1 (80 customers), 4 (2
 *   purchases) and 5 (3 or more); scores 2 and 3 are empty.
 * - `'ntile'` gives equal-count buckets, as SQL `NTILE(bins) OVER (ORDER BY x, customerId)`: customers sorted
 *   by value then id (see {@link RfmResult.customers} for the id order); the first `n mod bins` buckets get one
 *   customer more. Counts differ by at most one, but tied customers can get different scores — in the example
 *   above the 80 single buyers fill buckets 1–4 in id order. Deterministic whatever the input order.
 *   `thresholds` then lists the value at which each bucket after the first starts (fewer than `bins − 1` when
 *   there are fewer customers than bins).
 * - Custom cut points `{ recency, frequency, monetary }` (each ascending, 1–8 finite numbers; equal ones give an
 *   empty bin), used as `t` directly: bin = 1 + (number of cut points ≤ x). Each dimension gets `length + 1` bins.
 *
 * Results do not depend on the input order. An empty input (with or without `asOf`) gives no customers, empty
 * (or the custom) thresholds and zero counts. Runs in O(N + n log n) for N transactions of n customers: one
 * grouping pass, one sort of the ids and one sort per dimension.
 *
 * @param input - transaction rows `{ customerId, date, amount }`, transaction columns (see {@link RfmColumns}),
 *   or customer summaries `{ customerId, recencyDays, frequency, monetary }` (recognised by `recencyDays`).
 * @param options - see {@link RfmOptions}.
 * @throws CxError `INVALID_ARGUMENT` when `asOf` is missing with (at least one) transaction (path
 *   `['options', 'asOf']`), for a bad id, row, option or unsorted cut points (path
 *   `['options', 'method', dimension, index]`), or an id repeated in summaries; `OUT_OF_RANGE` for `bins` outside 2–9 (`['options', 'bins']`), a negative amount or
 *   value, or a purchase after `asOf`; `NON_FINITE` for NaN/±Infinity; `INVALID_DATE`, `INVALID_MONEY`,
 *   `INVALID_TIME_ZONE`, `LENGTH_MISMATCH` (columns). Row paths are `['input', row, field]`, column paths
 *   `['input', column, row]`.
 * @example
 * const tx = [
 *   { customerId: 'a', date: '2026-11-20', amount: 120 },
 *   { customerId: 'a', date: '2026-10-01', amount: 80 },
 *   { customerId: 'b', date: '2026-06-15', amount: 35.5 },
 * ];
 * const res = rfm(tx, { asOf: '2026-11-24', bins: 2 });
 * res.customers.map((c) => c.code); //=> [212, 111]
 * // R's rule: the frequency cut point is median(1, 2) + 1 = 2.5, so two purchases still score f = 1
 * res.thresholds.frequency; //=> [2.5]
 * rfm(tx, { asOf: '2026-11-24', bins: 2, method: 'ntile' }).customers.map((c) => c.code); //=> [222, 111]
 * rfm(tx, { bins: 2 }); //=> throws INVALID_ARGUMENT
 */
export function rfm(input: RfmInput, options: RfmOptions = {}): RfmResult {
  const opts: unknown = options;
  if (typeof opts !== 'object' || opts === null) {
    throw new CxError('INVALID_ARGUMENT', `options must be an object, got ${describe(opts)}`, { path: ['options'] });
  }
  const bins = options.bins ?? 5;
  assertInteger(bins, 'bins', 2, ['options', 'bins']);
  if (bins > 9) throw new CxError('OUT_OF_RANGE', `bins must be at most 9 (scores are the digits of the code), got ${String(bins)}`, { path: ['options', 'bins'] });
  const method: unknown = options.method ?? 'quantile';
  let how: 'quantile' | 'ntile' | Record<Dim, number[]>;
  if (typeof method === 'object' && method !== null) how = readCustom(method);
  else if (method === 'quantile' || method === 'ntile') how = method;
  else {
    throw new CxError('INVALID_ARGUMENT', `method must be 'quantile', 'ntile' or { recency, frequency, monetary } cut points, got ${describe(method)}`, {
      path: ['options', 'method'],
    });
  }
  const monetaryKind: unknown = options.monetary ?? 'sum';
  if (monetaryKind !== 'sum' && monetaryKind !== 'mean') {
    throw new CxError('INVALID_ARGUMENT', `monetary must be 'sum' or 'mean', got ${describe(monetaryKind)}`, { path: ['options', 'monetary'] });
  }
  const zone = resolveTimeZone(options.timeZone, ['options', 'timeZone']);
  const asOfDay = options.asOf === undefined ? null : localDay(zone, epochMs(options.asOf, ['options', 'asOf']));
  const src = sourceOf(input);
  let agg: Aggregate;
  if (src === 'summaries') agg = readSummaries(input as ArrayLike<unknown>);
  else {
    if (asOfDay === null && sourceLength(src) > 0) {
      throw new CxError('INVALID_ARGUMENT', 'asOf is required with transactions: recency is counted up to it (cxkit never reads the clock)', {
        path: ['options', 'asOf'],
      });
    }
    agg = aggregateTransactions(src, asOfDay ?? 0, zone, monetaryKind === 'mean');
  }
  return score(agg, bins, how, monetaryKind);
}

function score(agg: Aggregate, bins: number, method: 'quantile' | 'ntile' | Record<Dim, number[]>, monetaryKind: 'sum' | 'mean'): RfmResult {
  const n = agg.ids.length;
  const order = idOrder(agg.ids);
  const rank = new Uint32Array(n);
  for (let p = 0; p < n; p++) rank[order[p]!] = p;
  const values: Record<Dim, Float64Array> = { recency: agg.recencyDays, frequency: agg.frequency, monetary: agg.monetary };
  const dims = {} as Record<Dim, DimScores>;
  for (const d of DIMS) {
    const reverse = d === 'recency';
    if (method === 'quantile') dims[d] = quantileScores(values[d], bins, reverse);
    else if (method === 'ntile') dims[d] = ntileScores(values[d], bins, reverse, rank);
    else dims[d] = byThresholds(values[d], method[d], reverse);
  }
  const r = dims.recency.scores;
  const f = dims.frequency.scores;
  const m = dims.monetary.scores;
  const customers: RfmCustomer[] = new Array<RfmCustomer>(n);
  for (let p = 0; p < n; p++) {
    const k = order[p]!;
    customers[p] = {
      customerId: agg.ids[k]!,
      recencyDays: agg.recencyDays[k]!,
      frequency: agg.frequency[k]!,
      monetary: agg.monetary[k]!,
      r: r[k]!,
      f: f[k]!,
      m: m[k]!,
      code: 100 * r[k]! + 10 * f[k]! + m[k]!,
    };
  }
  return {
    customers,
    thresholds: { recency: dims.recency.thresholds, frequency: dims.frequency.thresholds, monetary: dims.monetary.thresholds },
    scoreCounts: { recency: dims.recency.counts, frequency: dims.frequency.counts, monetary: dims.monetary.counts },
    method: typeof method === 'string' ? method : 'custom',
    bins: {
      recency: dims.recency.counts.length,
      frequency: dims.frequency.counts.length,
      monetary: dims.monetary.counts.length,
    },
    monetary: monetaryKind,
  };
}
