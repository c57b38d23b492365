/**
 * Reading, checking and grouping the customer rows of the buy-till-you-die models, for `fit.ts` and the model
 * files (re-exported by `fit.ts`). Internal machinery: not re-exported by the package entry.
 *
 * Paths in errors are `['data', i, field]` (or `['data', 'customers', i, field]` for a summary) when fitting and
 * `['customer', field]` when predicting; they are built only when an error is thrown, so reading allocates nothing
 * per row.
 *
 * @module
 * @internal
 */
import { describe, isArrayLike } from '../core/assert.js';
import { CxError, type CxPath } from '../core/errors.js';
import type { TimeUnit } from './fit.js';

/** Checked customer columns (see {@link readCustomers}). @internal */
export interface CustomerColumns {
  /** x per row. */
  readonly frequency: Float64Array;
  /** t_x per row. */
  readonly recency: Float64Array;
  /** T per row. */
  readonly T: Float64Array;
  /** Weight per row. */
  readonly weight: Float64Array;
  /** The data's time unit, or null when unknown. */
  readonly timeUnit: TimeUnit | null;
}

/** Unique rows with summed weights (see {@link groupRows}). @internal */
export interface GroupedRows {
  /** One typed array per key column, `size` long, in order of first appearance. */
  readonly columns: Float64Array[];
  /** Summed weight of each unique row (all > 0). */
  readonly weights: Float64Array;
  /** Number of unique rows. */
  readonly size: number;
  /** Σ weights (the number of customers when unweighted). */
  readonly total: number;
}

/** Reads a time unit option or field. @internal */
export function readTimeUnit(v: unknown, path: CxPath): TimeUnit {
  if (v === 'day' || v === 'week') return v;
  throw new CxError('INVALID_ARGUMENT', `timeUnit must be 'day' or 'week', got ${describe(v)}`, { path });
}

/** Throws unless a row's or option's unit `got` agrees with `want` (`null` = unknown, agrees with anything). @internal */
export function checkSameUnit(want: TimeUnit | null, got: TimeUnit | null, path: CxPath, what: string): void {
  if (want !== null && got !== null && want !== got) {
    throw new CxError(
      'INVALID_ARGUMENT',
      `${what} is in ${got}s but the model (or data) is in ${want}s: convert it explicitly (1 week = 7 days); cxkit never rescales silently`,
      { path, details: { expected: want, got } },
    );
  }
}

/**
 * The rows of `data` (an array, or a summary `{ timeUnit, customers }`) with the path prefix of a row and the
 * summary's time unit. @internal
 */
export function rowsOf(data: unknown, optionUnit: unknown): { rows: ArrayLike<unknown>; base: CxPath; timeUnit: TimeUnit | null } {
  let unit: TimeUnit | null = optionUnit === undefined ? null : readTimeUnit(optionUnit, ['options', 'timeUnit']);
  if (isArrayLike(data)) return { rows: data, base: ['data'], timeUnit: unit };
  if (typeof data === 'object' && data !== null && isArrayLike((data as { customers?: unknown }).customers)) {
    const s = data as { customers: ArrayLike<unknown>; timeUnit?: unknown };
    if (s.timeUnit !== undefined) {
      const own = readTimeUnit(s.timeUnit, ['data', 'timeUnit']);
      checkSameUnit(own, unit, ['options', 'timeUnit'], 'options.timeUnit');
      unit = own;
    }
    return { rows: s.customers, base: ['data', 'customers'], timeUnit: unit };
  }
  throw new CxError('INVALID_ARGUMENT', `data must be an array of customer rows or a summary { timeUnit, customers }, got ${describe(data)}`, {
    path: ['data'],
  });
}

/** A finite number field ≥ 0 of a row (path `[...base, field]`, built only on error). @internal */
export function readNonNegative(row: Record<string, unknown>, field: string, base: CxPath): number {
  const v = row[field];
  if (typeof v === 'number' && v >= 0 && v < Infinity) return v;
  const path = [...base, field];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new CxError(typeof v === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `${field} must be a finite number, got ${describe(v)}`, { path });
  }
  throw new CxError('OUT_OF_RANGE', `${field} must be ≥ 0, got ${String(v)}`, { path });
}

/** Row `i` of `rows` as a record, or a CxError at `[...base, i]`. @internal */
export function rowAt(rows: ArrayLike<unknown>, i: number, base: CxPath): Record<string, unknown> {
  const row = rows[i];
  if (typeof row !== 'object' || row === null) throw new CxError('INVALID_ARGUMENT', `row ${String(i)} must be an object, got ${describe(row)}`, { path: [...base, i] });
  return row as Record<string, unknown>;
}

/** A checked continuous-time customer. @internal */
export interface Frt {
  /** Frequency x. */
  x: number;
  /** Recency t_x. */
  tx: number;
  /** Age T. */
  T: number;
}

/**
 * Checks one continuous-time customer `{ frequency, recency, T }` at `path`: frequency an integer ≥ 0,
 * 0 ≤ recency ≤ T, recency = 0 when frequency = 0, all finite. Writes into `out` (no allocation). @internal
 */
export function readFrt(row: Record<string, unknown>, path: CxPath, out: Frt = { x: 0, tx: 0, T: 0 }): Frt {
  const x = readNonNegative(row, 'frequency', path);
  if (!Number.isInteger(x)) throw new CxError('OUT_OF_RANGE', `frequency (repeat purchases) must be an integer, got ${String(x)}`, { path: [...path, 'frequency'] });
  const tx = readNonNegative(row, 'recency', path);
  const T = readNonNegative(row, 'T', path);
  if (tx > T) throw new CxError('OUT_OF_RANGE', `recency (${String(tx)}) must not exceed T (${String(T)})`, { path: [...path, 'recency'] });
  if (x === 0 && tx !== 0) throw new CxError('OUT_OF_RANGE', `recency must be 0 when frequency is 0, got ${String(tx)}`, { path: [...path, 'recency'] });
  out.x = x;
  out.tx = tx;
  out.T = T;
  return out;
}

/** A row's optional weight (default 1), path `[...base, 'weight']`. @internal */
export function readWeight(row: Record<string, unknown>, base: CxPath): number {
  const w = row.weight;
  if (w === undefined) return 1;
  if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
    throw new CxError('INVALID_WEIGHT', `weight must be a finite number ≥ 0, got ${describe(w)}`, { path: [...base, 'weight'] });
  }
  return w;
}

/**
 * Reads and checks continuous-time customer rows into typed columns. Paths are `['data', i, field]` (or
 * `['data', 'customers', i, field]` for a summary). O(n).
 *
 * @throws CxError `INVALID_ARGUMENT` for a bad container, row, time unit or unit mismatch; `OUT_OF_RANGE` /
 * `NON_FINITE` for a bad field; `INVALID_WEIGHT`; `EMPTY_INPUT` when there are no rows or the weights sum to 0.
 * @internal
 */
export function readCustomers(data: unknown, optionUnit: unknown): CustomerColumns {
  const { rows, base, timeUnit } = rowsOf(data, optionUnit);
  let unit = timeUnit;
  const n = rows.length;
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const T = new Float64Array(n);
  const weight = new Float64Array(n);
  let total = 0;
  const c: Frt = { x: 0, tx: 0, T: 0 };
  const path: (string | number)[] = [...base, 0];
  const last = path.length - 1;
  for (let i = 0; i < n; i++) {
    const row = rowAt(rows, i, base);
    path[last] = i;
    readFrt(row, path, c);
    frequency[i] = c.x;
    recency[i] = c.tx;
    T[i] = c.T;
    const w = readWeight(row, path);
    weight[i] = w;
    total += w;
    if (row.timeUnit !== undefined) {
      const u = readTimeUnit(row.timeUnit, [...path, 'timeUnit']);
      checkSameUnit(unit, u, [...path, 'timeUnit'], `row ${String(i)}`);
      unit = u;
    }
  }
  if (!(total > 0)) throw new CxError('EMPTY_INPUT', 'no customers to fit (no rows, or every weight is 0)', { path: ['data'] });
  return { frequency, recency, T, weight, timeUnit: unit };
}

/**
 * Groups identical rows: rows equal in every key column become one row whose weight is the sum of theirs;
 * zero-weight rows are dropped. Nested `Map`s keyed by the numbers (no string keys), O(n·k) expected time; the
 * unique rows keep the order of their first appearance. The likelihood of the grouped rows equals that of the
 * original rows exactly (it is a weighted sum). @internal
 */
export function groupRows(columns: readonly Float64Array[], weights: Float64Array): GroupedRows {
  const k = columns.length;
  const n = weights.length;
  const root = new Map<number, unknown>();
  const slotOf = new Int32Array(n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (!(weights[i]! > 0)) {
      slotOf[i] = -1;
      continue;
    }
    let level = root;
    for (let j = 0; j < k - 1; j++) {
      const key = columns[j]![i]! + 0;
      let next = level.get(key) as Map<number, unknown> | undefined;
      if (next === undefined) {
        next = new Map<number, unknown>();
        level.set(key, next);
      }
      level = next;
    }
    const last = columns[k - 1]![i]! + 0;
    let slot = level.get(last) as number | undefined;
    if (slot === undefined) {
      slot = size++;
      level.set(last, slot);
    }
    slotOf[i] = slot;
  }
  const out: Float64Array[] = [];
  for (let j = 0; j < k; j++) out.push(new Float64Array(size));
  const w = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = slotOf[i]!;
    if (s < 0) continue;
    for (let j = 0; j < k; j++) out[j]![s] = columns[j]![i]!;
    w[s] = w[s]! + weights[i]!;
    total += weights[i]!;
  }
  return { columns: out, weights: w, size, total };
}

/**
 * The distinct values of a column and, per row, the index of its value among them (first-appearance order): lets a
 * likelihood compute a term that depends on one column only (lnΓ(r + x), ln(α + T)) once per distinct value. O(n).
 * @internal
 */
export function indexDistinct(column: Float64Array): { values: Float64Array; index: Int32Array } {
  const slot = new Map<number, number>();
  const index = new Int32Array(column.length);
  const list: number[] = [];
  for (let i = 0; i < column.length; i++) {
    const v = column[i]! + 0;
    let k = slot.get(v);
    if (k === undefined) {
      k = list.length;
      list.push(v);
      slot.set(v, k);
    }
    index[i] = k;
  }
  return { values: Float64Array.from(list), index };
}

/**
 * Reads a customer for a prediction and checks its unit against the model's. @internal
 *
 * @throws CxError as {@link readFrt}; `INVALID_ARGUMENT` when `customer.timeUnit` differs from `modelUnit`.
 */
export function readPredictCustomer(customer: unknown, modelUnit: TimeUnit | null, path: CxPath = ['customer']): Frt {
  if (typeof customer !== 'object' || customer === null) {
    throw new CxError('INVALID_ARGUMENT', `customer must be an object { frequency, recency, T }, got ${describe(customer)}`, { path });
  }
  const row = customer as Record<string, unknown>;
  const c = readFrt(row, path);
  if (row.timeUnit !== undefined) checkSameUnit(modelUnit, readTimeUnit(row.timeUnit, [...path, 'timeUnit']), [...path, 'timeUnit'], 'the customer');
  return c;
}

/** Reads a horizon `t` (finite, ≥ 0). @internal */
export function readHorizon(t: unknown, path: CxPath = ['t']): number {
  if (typeof t !== 'number' || !Number.isFinite(t)) {
    throw new CxError(typeof t === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `the horizon t must be a finite number, got ${describe(t)}`, { path });
  }
  if (t < 0) throw new CxError('OUT_OF_RANGE', `the horizon t must be ≥ 0, got ${String(t)}`, { path });
  return t;
}

