/**
 * Compensated (Neumaier) summation: long sums of floats without the drift of a naive loop.
 *
 * @module
 */
import { CxError } from './errors.js';
import { compensatedTotal, notArray } from './neumaier.js';
import { isArrayLike, nonFinite } from './assert.js';

/**
 * Sum of an array or typed array of finite numbers, by Neumaier's improvement of Kahan summation
 * (Neumaier 1974): the rounding error of every addition is carried in a second accumulator, so the result is
 * as accurate as if computed in twice the precision. Runs in O(n), one pass, no allocation; about 1.4× the
 * cost of a naive loop.
 *
 * The empty sum is 0.
 *
 * @param values - numbers to add (`number[]`, `Float64Array`, any `ArrayLike<number>`).
 * @throws CxError `NON_FINITE` when an element is NaN or ±Infinity (`path` = `['values', index]`) or the sum
 *   overflows (`path` = `['values']`), or `INVALID_ARGUMENT` when `values` is not array-like or holds a non-number.
 * @example
 * sum([0.1, 0.2, 0.3]); //=> 0.6
 * sum([1e100, 1, -1e100]); //=> 1
 * sum([]); //=> 0
 */
export function sum(values: ArrayLike<number>): number {
  const out = compensatedTotal(values);
  if (!Number.isFinite(out)) throw new CxError('NON_FINITE', 'the sum of values overflows the range of a double', { path: ['values'] });
  return out;
}


/**
 * Plain left-to-right sum, for when speed matters more than the last digits and the values are known finite.
 * Runs in O(n). Use {@link sum} by default.
 *
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` as {@link sum}, but only when the total is non-finite
 *   (the offending index is then searched for).
 * @example
 * sumSimple([1, 2, 3.5]); //=> 6.5
 */
export function sumSimple(values: ArrayLike<number>): number {
  if (!isArrayLike(values)) throw notArray(values, 'values');
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i]!;
  if (!Number.isFinite(s)) {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) throw nonFinite(v, i, 'values');
    }
    throw new CxError('NON_FINITE', `the sum of values overflows to ${String(s)}`, { path: ['values'] });
  }
  return s;
}

/**
 * The state of a compensated running sum: plain JSON, so partial sums can be stored and merged
 * (see {@link addToSum}, {@link mergeSums}, {@link sumValue}).
 */
export interface CompensatedSum {
  /** The running sum. */
  s: number;
  /** The accumulated rounding error (added back by {@link sumValue}). */
  c: number;
}

/**
 * A new, empty {@link CompensatedSum}.
 *
 * @example
 * sumValue(emptySum()); //=> 0
 */
export function emptySum(): CompensatedSum {
  return { s: 0, c: 0 };
}

/**
 * Adds `x` to a running compensated sum in place and returns it (Neumaier's step).
 *
 * @throws CxError `NON_FINITE` when `x` is not finite.
 * @example
 * const acc = emptySum();
 * addToSum(acc, 1e100); addToSum(acc, 1); addToSum(acc, -1e100);
 * sumValue(acc); //=> 1
 */
export function addToSum(acc: CompensatedSum, x: number): CompensatedSum {
  if (!Number.isFinite(x)) throw new CxError('NON_FINITE', `cannot add ${String(x)} to a sum`, { path: ['x'] });
  const t = acc.s + x;
  if (Math.abs(acc.s) >= Math.abs(x)) acc.c += acc.s - t + x;
  else acc.c += x - t + acc.s;
  acc.s = t;
  return acc;
}

/**
 * Merges two running sums into a new one (associative and commutative up to the compensated precision).
 *
 * @example
 * const a = addToSum(emptySum(), 0.1);
 * const b = addToSum(emptySum(), 0.2);
 * sumValue(mergeSums(a, b)); //=> 0.3
 */
export function mergeSums(a: CompensatedSum, b: CompensatedSum): CompensatedSum {
  const out = { s: a.s, c: a.c + b.c };
  addToSum(out, b.s);
  return out;
}

/**
 * The value of a running compensated sum.
 *
 * @example
 * sumValue({ s: 1, c: 1e-17 }); //=> 1
 */
export function sumValue(acc: CompensatedSum): number {
  return acc.s + acc.c;
}
