/**
 * Sample quantiles by the nine definitions of Hyndman & Fan (1996), as R's `quantile(type = 1..9)`.
 *
 * @module
 */
import { CxError } from './errors.js';
import { describe as describeValue, isArrayLike, nonFinite } from './assert.js';

/** Hyndman & Fan (1996) sample quantile definition, 1–9 as in R (`type = 7` is R's and NumPy's default). */
export type QuantileType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Options of {@link quantile} and {@link quantiles}. */
export interface QuantileOptions {
  /** Quantile definition (default 7). */
  readonly type?: QuantileType;
}

// R's quantile.default uses this fuzz to absorb rounding in n·p.
const FUZZ = 4 * Number.EPSILON;

function copy(values: unknown): Float64Array {
  if (!isArrayLike(values)) {
    throw new CxError('INVALID_ARGUMENT', `values must be an array or typed array of numbers, got ${describeValue(values)}`, { path: ['values'] });
  }
  const n = values.length;
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    if (!Number.isFinite(x)) throw nonFinite(x, i, 'values');
    a[i] = x;
  }
  return a;
}

// Rearranges a so that a[k] is the k-th smallest (0-based), smaller values before it and larger after it
// (Hoare's selection with a median-of-three pivot; expected O(n)).
function select(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

// The order statistics x_(j) and x_(j+1) (1-based, clamped to 1..n) that a quantile interpolates between.
function orderStats(a: Float64Array, j: number): [number, number] {
  const n = a.length;
  const k = j < 1 ? 0 : j > n ? n - 1 : j - 1;
  select(a, k);
  const lo = a[k]!;
  if (j < 1 || j >= n) return [lo, j < 1 ? lo : a[n - 1]!];
  // The next order statistic is the smallest value to the right of k.
  let next = Infinity;
  for (let i = k + 1; i < n; i++) if (a[i]! < next) next = a[i]!;
  return [lo, next];
}

function checkP(p: unknown, path: readonly (string | number)[]): number {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new CxError('OUT_OF_RANGE', `probability must be a number in [0, 1], got ${describeValue(p)}`, { path });
  }
  return p;
}

// Quantile of the data in x (non-empty); `pair(j)` returns the order statistics x_(j), x_(j+1) (1-based, clamped).
function quantileOf(n: number, p: number, type: QuantileType, pair: (j: number) => [number, number]): number {
  if (type <= 3) {
    const m = type === 3 ? -0.5 : 0;
    const nppm = n * p + m;
    const j = Math.floor(nppm + FUZZ);
    const g = nppm - j;
    let gamma: number;
    if (type === 1) gamma = g > FUZZ ? 1 : 0;
    else if (type === 2) gamma = g > FUZZ ? 1 : 0.5;
    else gamma = g > FUZZ || j % 2 === 1 ? 1 : 0;
    const [lo, hi] = pair(j);
    if (gamma === 0) return lo;
    if (gamma === 1) return hi;
    return 0.5 * (lo + hi);
  }
  let a: number;
  let b: number;
  switch (type) {
    case 4:
      a = 0;
      b = 1;
      break;
    case 5:
      a = 0.5;
      b = 0.5;
      break;
    case 6:
      a = 0;
      b = 0;
      break;
    case 7:
      a = 1;
      b = 1;
      break;
    case 8:
      a = 1 / 3;
      b = 1 / 3;
      break;
    default:
      a = 3 / 8;
      b = 3 / 8;
  }
  let j: number;
  let h: number;
  if (type === 7) {
    // R computes type 7 separately ("completely back-compatible"): index = 1 + (n − 1)p, no fuzz.
    const index = 1 + (n - 1) * p;
    j = Math.floor(index);
    h = index - j;
  } else {
    const nppm = a + p * (n + 1 - a - b);
    j = Math.floor(nppm + FUZZ);
    h = nppm - j;
    if (Math.abs(h) < FUZZ) h = 0;
  }
  const [lo, hi] = pair(j);
  if (h === 1) return hi;
  // (1 − h)·x_j + h·x_{j+1}, in R's operation order so results agree to the last bit.
  return h > 0 && h < 1 && lo !== hi ? (1 - h) * lo + h * hi : lo;
}

function checkType(type: unknown): QuantileType {
  if (typeof type !== 'number' || !Number.isInteger(type) || type < 1 || type > 9) {
    throw new CxError('INVALID_ARGUMENT', `type must be an integer 1–9 (Hyndman & Fan), got ${describeValue(type)}`, { path: ['type'] });
  }
  return type as QuantileType;
}

/**
 * The `p`-quantile of the values (R's `quantile(x, p, type = 7)` by default). Copies the data into a
 * `Float64Array` and selects the order statistics in place (Hoare's selection, expected O(n)); the input is never
 * mutated. For several probabilities use {@link quantiles}, which sorts once.
 *
 * @returns the quantile, or `null` for an empty input.
 * @throws CxError `OUT_OF_RANGE` when `p` is outside [0, 1], `NON_FINITE` for NaN/±Infinity in the data,
 *   `INVALID_ARGUMENT` for a bad `type`.
 * @example
 * quantile([1, 2, 3, 4], 0.5); //=> 2.5
 * quantile([1, 2, 3, 4], 0.25, { type: 6 }); //=> 1.25
 * quantile([], 0.5); //=> null
 */
export function quantile(values: ArrayLike<number>, p: number, options: QuantileOptions = {}): number | null {
  const type = checkType(options.type ?? 7);
  checkP(p, ['p']);
  const x = copy(values);
  return x.length === 0 ? null : quantileOf(x.length, p, type, (j) => orderStats(x, j));
}

/**
 * Several quantiles at once, sorting the data once.
 *
 * @returns one quantile per probability (in the order given), or `null` for an empty input.
 * @throws as {@link quantile}; a bad probability has `path` `['probabilities', index]`.
 * @example
 * quantiles([1, 2, 3, 4, 5], [0, 0.5, 1]); //=> [1, 3, 5]
 */
export function quantiles(values: ArrayLike<number>, probabilities: ArrayLike<number>, options: QuantileOptions = {}): number[] | null {
  const type = checkType(options.type ?? 7);
  if (!isArrayLike(probabilities)) {
    throw new CxError('INVALID_ARGUMENT', `probabilities must be an array of numbers in [0, 1], got ${describeValue(probabilities)}`, {
      path: ['probabilities'],
    });
  }
  for (let i = 0; i < probabilities.length; i++) checkP(probabilities[i], ['probabilities', i]);
  const x = copy(values).sort();
  const n = x.length;
  if (n === 0) return null;
  const at = (j: number): number => x[j < 1 ? 0 : j > n ? n - 1 : j - 1]!;
  const pair = (j: number): [number, number] => [at(j), at(j + 1)];
  const out: number[] = [];
  for (let i = 0; i < probabilities.length; i++) out.push(quantileOf(n, probabilities[i]!, type, pair));
  return out;
}

/**
 * The median (the 0.5-quantile; the same for quantile types 2 and 5–9).
 *
 * @returns the median, or `null` for an empty input.
 * @throws CxError `NON_FINITE` for NaN/±Infinity.
 * @example
 * median([5, 1, 3]); //=> 3
 * median([4, 1, 3, 2]); //=> 2.5
 */
export function median(values: ArrayLike<number>): number | null {
  return quantile(values, 0.5);
}
