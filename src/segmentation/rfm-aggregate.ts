/**
 * The grouping pass of `rfm`: transactions (row objects or typed-array columns) → one recency, frequency and
 * monetary value per customer, and the validation of customer summaries. Internal: not exported from the package
 * entry.
 *
 * @module
 * @internal
 */
import { CxError, type CxPath } from '../core/errors.js';
import { describe } from '../core/assert.js';
import { DAY_MS, MAX_MS, epochMs, localDay } from '../core/calendar.js';
import { money, type Money, type MoneyInput } from '../core/money.js';
import { readCustomerId, type CustomerId } from '../core/customer-id.js';
import { indexOfId, newIdIndex, type IdIndex } from './id-index.js';

/** Per-customer recency (whole days), frequency and monetary value, customers in first-seen order. @internal */
export interface Aggregate {
  /** Customer ids, in the order first seen. */
  ids: CustomerId[];
  /** Days from the last purchase to `asOf`. */
  recencyDays: Float64Array;
  /** Number of transactions. */
  frequency: Float64Array;
  /** Sum or mean of the amounts. */
  monetary: Float64Array;
}

/**
 * Where the transactions come from: row objects `{ customerId, date, amount }`, or three parallel columns.
 * @internal
 */
export type TransactionSource =
  | { readonly kind: 'rows'; readonly rows: ArrayLike<unknown> }
  | { readonly kind: 'columns'; readonly ids: ArrayLike<unknown>; readonly dates: ArrayLike<unknown>; readonly amounts: ArrayLike<unknown> };

type Field = 'customerId' | 'date' | 'amount';

/** Number of transactions. @internal */
export function sourceLength(src: TransactionSource): number {
  return src.kind === 'rows' ? src.rows.length : src.ids.length;
}

/** Path of a field of transaction i: `['input', i, field]` for rows, `['input', field, i]` for columns. */
function pathOf(src: TransactionSource, i: number, field: Field): CxPath {
  return src.kind === 'rows' ? ['input', i, field] : ['input', field, i];
}

/** Field of transaction i (a row that is not an object is an error at `['input', i]`). */
function fieldOf(src: TransactionSource, i: number, field: Field): unknown {
  if (src.kind === 'columns') return (field === 'customerId' ? src.ids : field === 'date' ? src.dates : src.amounts)[i];
  return rowAt(src.rows, i)[field];
}

// Local copies of the calendar constants for the hot loop.
const DAY = DAY_MS;
const DATE_LIMIT = MAX_MS;

/** Amounts are summed exactly as integer thousandths while each is one (|x| < 2^33) and every sum stays < 2^53. */
const MILLI_LIMIT = 8_589_934_592;
const SUM_LIMIT = 9_007_199_254_740_992;

function badAmount(v: unknown, path: CxPath): CxError | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return new CxError('NON_FINITE', `amount must be a finite number, got ${describe(v)}`, { path });
    if (v < 0) return new CxError('OUT_OF_RANGE', `amount must be ≥ 0 (net refunds into the purchases first), got ${String(v)}`, { path });
  }
  return null;
}

/**
 * The amount as an exact integer number of thousandths, or NaN when it has more decimals or is too large (the
 * caller then sums decimals instead). A number is read by its shortest round-trip decimal, as `money()` does:
 * for |x| < 2^33 a double is the nearest double to k/1000 exactly when `Math.round(x·1000)/1000 === x`.
 */
function toMillis(v: unknown, src: TransactionSource, i: number): number {
  if (typeof v === 'number' && v >= 0 && v < MILLI_LIMIT) {
    const c = Math.round(v * 1000);
    return c / 1000 === v ? c : NaN;
  }
  const path = pathOf(src, i, 'amount');
  const err = badAmount(v, path);
  if (err) throw err;
  if (typeof v === 'number') return NaN;
  const d = readMoney(v, path);
  const c = d.times(1000);
  return c.isInteger() && c.lt(MILLI_LIMIT * 1000) ? c.toNumber() : NaN;
}

function readMoney(v: unknown, path: CxPath): Money {
  const err = badAmount(v, path);
  if (err) throw err;
  const d = money(v as MoneyInput, path);
  if (d.isNegative()) throw new CxError('OUT_OF_RANGE', `amount must be ≥ 0 (net refunds into the purchases first), got ${d.toString()}`, { path });
  return d;
}

/**
 * One grouping pass over the transactions (an id index, see `id-index`; typed arrays grown by doubling).
 * Recency is `asOfDay − (last local purchase day)`; frequency counts rows; monetary sums amounts exactly (integer
 * thousandths, or decimals in a second pass when an amount has more than three decimals) and is converted to the
 * nearest double once per customer.
 *
 * @throws CxError `INVALID_ARGUMENT` for a bad id, `INVALID_DATE` for a bad date, `OUT_OF_RANGE` for a purchase
 *   after `asOf` or a negative amount, `NON_FINITE` / `INVALID_MONEY` for an unreadable amount.
 * @internal
 */
export function aggregateTransactions(src: TransactionSource, asOfDay: number, zone: string | null, mean: boolean): Aggregate {
  const n = sourceLength(src);
  const rows = src.kind === 'rows' ? src.rows : null;
  const idCol = src.kind === 'columns' ? src.ids : null;
  const dateCol = src.kind === 'columns' ? src.dates : null;
  const amountCol = src.kind === 'columns' ? src.amounts : null;
  const index = newIdIndex();
  const ids = index.ids;
  // Per customer k: acc[3k] = last purchase day, acc[3k + 1] = count, acc[3k + 2] = sum of thousandths (one
  // cache line per customer: grouping a million customers is bound by memory latency).
  let cap = 1024;
  let acc = new Float64Array(3 * cap);
  let exact = true;
  for (let i = 0; i < n; i++) {
    let rawId: unknown;
    let rawDate: unknown;
    let rawAmount: unknown;
    if (rows === null) {
      rawId = idCol![i];
      rawDate = dateCol![i];
      rawAmount = amountCol![i];
    } else {
      const r = rows[i];
      const row = typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : rowAt(rows, i); // rowAt throws
      rawId = row.customerId;
      rawDate = row.date;
      rawAmount = row.amount;
    }
    // Fast paths first: a path array is built only for an error (no allocation per row).
    const id =
      (typeof rawId === 'number' && Number.isFinite(rawId)) || (typeof rawId === 'string' && rawId.length > 0)
        ? rawId
        : readCustomerId(rawId, pathOf(src, i, 'customerId'));
    const size = ids.length;
    const k = indexOfId(index, id);
    if (k === size) {
      if (k === cap) {
        cap *= 2;
        acc = grow(acc, 3 * cap);
      }
      acc[3 * k] = -Infinity;
    }
    const a = 3 * k;
    const t = typeof rawDate === 'number' && rawDate >= -DATE_LIMIT && rawDate <= DATE_LIMIT ? Math.trunc(rawDate) : epochMs(rawDate, pathOf(src, i, 'date'));
    const day = zone === null ? Math.floor(t / DAY) : localDay(zone, t);
    if (day > asOfDay) {
      throw new CxError('OUT_OF_RANGE', `a purchase ${String(day - asOfDay)} day(s) after asOf: every transaction must be on or before asOf (filter later ones out first)`, {
        path: pathOf(src, i, 'date'),
      });
    }
    if (day > acc[a]!) acc[a] = day;
    acc[a + 1] = acc[a + 1]! + 1;
    if (exact) {
      const s = acc[a + 2]! + toMillis(rawAmount, src, i);
      if (s < SUM_LIMIT) acc[a + 2] = s;
      else exact = false; // NaN (not a whole number of thousandths) or too large: sum decimals instead
    }
  }
  const m = ids.length;
  const recencyDays = new Float64Array(m);
  const frequency = new Float64Array(m);
  const monetary = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const count = acc[3 * k + 1]!;
    recencyDays[k] = asOfDay - acc[3 * k]!;
    frequency[k] = count;
    if (exact) monetary[k] = acc[3 * k + 2]! / (mean ? 1000 * count : 1000);
  }
  if (!exact) decimalMonetary(src, index, frequency, mean, monetary);
  return { ids, recencyDays, frequency, monetary };
}

/** The exact-decimal fallback: one decimal sum per customer (34 significant digits), then the nearest double. */
function decimalMonetary(src: TransactionSource, index: IdIndex, frequency: Float64Array, mean: boolean, out: Float64Array): void {
  const zero = money(0);
  const sums: Money[] = new Array<Money>(frequency.length).fill(zero);
  const n = sourceLength(src);
  for (let i = 0; i < n; i++) {
    const k = indexOfId(index, fieldOf(src, i, 'customerId') as CustomerId);
    sums[k] = sums[k]!.plus(readMoney(fieldOf(src, i, 'amount'), pathOf(src, i, 'amount')));
  }
  for (let k = 0; k < sums.length; k++) {
    const s = sums[k]!;
    if (!s.isFinite()) throw new CxError('INVALID_MONEY', 'a customer’s total overflows the decimal range', { path: [] });
    out[k] = (mean ? s.div(frequency[k]!) : s).toNumber();
  }
}

function grow(a: Float64Array, cap: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(cap);
  b.set(a);
  return b;
}

/** Reads a non-negative finite number field of a summary row. */
function readCount(v: unknown, path: CxPath, name: string): number {
  if (typeof v !== 'number') throw new CxError('INVALID_ARGUMENT', `${name} must be a number, got ${describe(v)}`, { path });
  if (!Number.isFinite(v)) throw new CxError('NON_FINITE', `${name} must be finite, got ${describe(v)}`, { path });
  if (v < 0) throw new CxError('OUT_OF_RANGE', `${name} must be ≥ 0, got ${String(v)}`, { path });
  return v + 0;
}

/**
 * Validates customer summaries `{ customerId, recencyDays, frequency, monetary }` (monetary a number or any
 * money input, read exactly and converted to the nearest double).
 *
 * @throws CxError `INVALID_ARGUMENT` for a row that is not an object, a bad or repeated id or a missing number;
 *   `NON_FINITE`; `OUT_OF_RANGE` for a negative value; `INVALID_MONEY`.
 * @internal
 */
export function readSummaries(rows: ArrayLike<unknown>): Aggregate {
  const n = rows.length;
  const ids: CustomerId[] = [];
  const seen = new Set<CustomerId>();
  const recencyDays = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = rowAt(rows, i);
    const id = readCustomerId(row.customerId, ['input', i, 'customerId']);
    if (seen.has(id)) {
      throw new CxError('INVALID_ARGUMENT', `customer ${describe(id)} appears twice: summaries need one row per customer`, { path: ['input', i, 'customerId'] });
    }
    seen.add(id);
    ids.push(id);
    recencyDays[i] = readCount(row.recencyDays, ['input', i, 'recencyDays'], 'recencyDays');
    frequency[i] = readCount(row.frequency, ['input', i, 'frequency'], 'frequency');
    const v = row.monetary;
    if (typeof v === 'number') monetary[i] = readCount(v, ['input', i, 'monetary'], 'monetary');
    else {
      const d = money(v as MoneyInput, ['input', i, 'monetary']);
      if (d.isNegative()) throw new CxError('OUT_OF_RANGE', `monetary must be ≥ 0, got ${d.toString()}`, { path: ['input', i, 'monetary'] });
      monetary[i] = d.toNumber();
    }
  }
  return { ids, recencyDays, frequency, monetary };
}

/** Row i as a record, or an `INVALID_ARGUMENT` error at `['input', i]`. @internal */
export function rowAt(rows: ArrayLike<unknown>, i: number): Record<string, unknown> {
  const row = rows[i];
  if (typeof row !== 'object' || row === null) {
    throw new CxError('INVALID_ARGUMENT', `input[${String(i)}] must be an object, got ${describe(row)}`, { path: ['input', i] });
  }
  return row as Record<string, unknown>;
}
