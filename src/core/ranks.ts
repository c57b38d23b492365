/**
 * Ranks with ties, as R's `rank()`.
 *
 * @module
 */
import { CxError } from './errors.js';
import { describe as describeValue, isArrayLike, nonFinite } from './assert.js';

/** How {@link ranks} ranks tied values (R's `ties.method`). */
export type TiesMethod = 'average' | 'min' | 'max' | 'first' | 'dense';

/** Options of {@link ranks}. */
export interface RanksOptions {
  /** Rank given to tied values (default `'average'`, as R). `'first'` breaks ties by position. */
  readonly ties?: TiesMethod;
}

const TIES: readonly TiesMethod[] = ['average', 'min', 'max', 'first', 'dense'];

/**
 * 1-based ranks of the values, smallest first, with ties resolved as R's `rank(x, ties.method = …)`.
 * O(n log n) (one sort of an index array); the input is not mutated.
 *
 * @returns a new `Float64Array` of ranks (average ranks can be halves).
 * @throws CxError `NON_FINITE` for NaN/±Infinity, `INVALID_ARGUMENT` for an unknown `ties` method.
 * @example
 * Array.from(ranks([10, 20, 10, 30])); //=> [1.5, 3, 1.5, 4]
 * Array.from(ranks([10, 20, 10, 30], { ties: 'min' })); //=> [1, 3, 1, 4]
 * Array.from(ranks([10, 20, 10, 30], { ties: 'dense' })); //=> [1, 2, 1, 3]
 */
export function ranks(values: ArrayLike<number>, options: RanksOptions = {}): Float64Array {
  const ties = options.ties ?? 'average';
  if (!TIES.includes(ties)) {
    throw new CxError('INVALID_ARGUMENT', `ties must be one of ${TIES.join(', ')}, got ${describeValue(ties)}`, { path: ['ties'] });
  }
  if (!isArrayLike(values)) {
    throw new CxError('INVALID_ARGUMENT', `values must be an array or typed array of numbers, got ${describeValue(values)}`, { path: ['values'] });
  }
  const n = values.length;
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    if (!Number.isFinite(x)) throw nonFinite(x, i, 'values');
    v[i] = x;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Stable by index so that 'first' follows the input order.
  order.sort((a, b) => v[a]! - v[b]! || a - b);
  const out = new Float64Array(n);
  let dense = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    const x = v[order[i]!]!;
    while (j + 1 < n && x === v[order[j + 1]!]) j++;
    dense++;
    for (let k = i; k <= j; k++) {
      const idx = order[k]!;
      switch (ties) {
        case 'average':
          out[idx] = (i + j) / 2 + 1;
          break;
        case 'min':
          out[idx] = i + 1;
          break;
        case 'max':
          out[idx] = j + 1;
          break;
        case 'first':
          out[idx] = k + 1;
          break;
        case 'dense':
          out[idx] = dense;
          break;
      }
    }
    i = j + 1;
  }
  return out;
}
