/**
 * Customer ids as every domain accepts them, and the one total order they are sorted by.
 * Internal: not exported from the package entry.
 *
 * @module
 * @internal
 */
import { CxError, type CxPath } from './errors.js';
import { describe } from './assert.js';

/** A customer id: a non-empty string or a finite number (`1` and `'1'` are different customers). */
export type CustomerId = string | number;

/**
 * Reads a customer id.
 *
 * @throws CxError `INVALID_ARGUMENT` (with `path`) unless `v` is a non-empty string or a finite number.
 * @internal
 */
export function readCustomerId(v: unknown, path: CxPath): CustomerId {
  if (typeof v === 'string') {
    if (v.length > 0) return v;
  } else if (typeof v === 'number') {
    if (Number.isFinite(v)) return v + 0; // -0 → 0
  }
  throw new CxError('INVALID_ARGUMENT', `customerId must be a non-empty string or a finite number, got ${describe(v)}`, { path });
}

/**
 * The total order of customer ids: numbers before strings, numbers ascending, strings by UTF-16 code units (as
 * `<` compares them: locale-independent, so every machine sorts alike). @internal
 */
export function compareCustomerIds(a: CustomerId, b: CustomerId): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Indexes `0 … ids.length − 1` sorted by {@link compareCustomerIds} (one comparison sort, O(n log n)). @internal
 */
export function idOrder(ids: readonly CustomerId[]): Uint32Array {
  const n = ids.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let numbers = 0;
  for (let i = 0; i < n; i++) if (typeof ids[i] === 'number') numbers++;
  if (numbers === n) {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = ids[i] as number;
    order.sort((a, b) => v[a]! - v[b]!);
  } else if (numbers === 0) {
    const v = ids as readonly string[];
    order.sort((a, b) => (v[a]! < v[b]! ? -1 : v[a]! > v[b]! ? 1 : 0));
  } else {
    order.sort((a, b) => compareCustomerIds(ids[a]!, ids[b]!));
  }
  return order;
}
