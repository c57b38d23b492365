/**
 * The Neumaier compensated total behind `sum` and `mean`, without the overflow check.
 *
 * @module
 * @internal
 */
import { CxError } from './errors.js';
import { describe as describeValue, isArrayLike, nonFinite } from './assert.js';

/** The INVALID_ARGUMENT error for a `values` that is not array-like. @internal */
export function notArray(values: unknown, name: string): CxError {
  return new CxError('INVALID_ARGUMENT', `${name} must be an array or typed array of numbers, got ${describeValue(values)}`, { path: [name] });
}

/**
 * The Neumaier sum of `sum` (core/sum), but returning a non-finite total (an overflow) instead of throwing, for callers
 * with a fallback. Elements are checked as in `sum`. @internal
 */
export function compensatedTotal(values: ArrayLike<number>): number {
  if (!isArrayLike(values)) throw notArray(values, 'values');
  const n = values.length;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw nonFinite(v, i, 'values');
    const t = s + v;
    if (Math.abs(s) >= Math.abs(v)) c += s - t + v;
    else c += v - t + s;
    s = t;
  }
  return s + c;
}
