/**
 * Descriptive statistics over arrays and typed arrays: mean, Welford variance, one-pass extent, weighted
 * moments and correlation. Empty input gives `null` (never NaN); non-finite input throws.
 *
 * @module
 */
import { CxError } from './errors.js';
import { badWeight, describe as describeValue, isArrayLike, isWeight, nonFinite } from './assert.js';
import { ranks } from './ranks.js';
import { compensatedTotal } from './neumaier.js';

function checkArray(values: unknown, name: string): asserts values is ArrayLike<number> {
  if (!isArrayLike(values)) {
    throw new CxError('INVALID_ARGUMENT', `${name} must be an array or typed array of numbers, got ${describeValue(values)}`, { path: [name] });
  }
}

/** Options of {@link variance} and {@link sd}. */
export interface VarianceOptions {
  /** Divide by n (population) instead of n − 1 (sample). Default `false`. */
  readonly population?: boolean;
}

/**
 * Arithmetic mean: the compensated (Neumaier) sum divided by n; when that sum would overflow, the running-mean
 * update (as in Welford 1962), which cannot. O(n), one pass.
 *
 * @returns the mean, or `null` for an empty input.
 * @throws CxError `NON_FINITE` at the first NaN/±Infinity (`path` = `['values', index]`).
 * @example
 * mean([1, 2, 3, 4]); //=> 2.5
 * mean([]); //=> null
 */
export function mean(values: ArrayLike<number>): number | null {
  checkArray(values, 'values');
  const n = values.length;
  if (n === 0) return null;
  const total = compensatedTotal(values);
  if (Number.isFinite(total)) return total / n;
  // The total overflows: the running mean, each term scaled before the subtraction so that no difference overflows.
  let m = 0;
  for (let i = 0; i < n; i++) m += values[i]! / (i + 1) - m / (i + 1);
  return m;
}

/**
 * Variance by Welford's one-pass algorithm (Welford 1962; Knuth TAOCP vol. 2, 4.2.2) on the values shifted by the
 * first one, so data with a large common offset (1e15 + y) keep their digits. Sample variance (n − 1) by default.
 *
 * @returns the variance, or `null` when there are fewer than 2 values (1 for the population variance).
 * @throws CxError `NON_FINITE` at the first NaN/±Infinity.
 * @example
 * variance([2, 4, 4, 4, 5, 5, 7, 9]); //=> 4.571429
 * variance([2, 4, 4, 4, 5, 5, 7, 9], { population: true }); //=> 4
 * variance([1]); //=> null
 */
export function variance(values: ArrayLike<number>, options: VarianceOptions = {}): number | null {
  checkArray(values, 'values');
  const n = values.length;
  const population = options.population === true;
  if (n < (population ? 1 : 2)) return null;
  // Welford on the values shifted by the first one: the running mean then stays small, and data with a large
  // common offset (1e15 + y) keep their digits.
  const k = Number.isFinite(values[0]!) ? values[0]! : 0;
  let m = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]! - k;
    if (!Number.isFinite(values[i]!)) throw nonFinite(values[i]!, i, 'values');
    const d = v - m;
    m += d / (i + 1);
    m2 += d * (v - m);
  }
  const out = m2 / (population ? n : n - 1);
  if (!Number.isFinite(out)) throw new CxError('NON_FINITE', 'the variance overflows: values are too large', { path: ['values'] });
  return out;
}

/**
 * Standard deviation: the square root of {@link variance}.
 *
 * @returns the standard deviation, or `null` when {@link variance} is `null`.
 * @example
 * sd([2, 4, 4, 4, 5, 5, 7, 9], { population: true }); //=> 2
 */
export function sd(values: ArrayLike<number>, options: VarianceOptions = {}): number | null {
  const v = variance(values, options);
  return v === null ? null : Math.sqrt(v);
}

/**
 * Smallest and largest value in one loop (never `Math.min(...values)`, which overflows the stack on big arrays).
 *
 * @returns `[min, max]`, or `null` for an empty input.
 * @throws CxError `NON_FINITE` at the first NaN/±Infinity.
 * @example
 * extent([3, 1, 4, 1, 5]); //=> [1, 5]
 * extent([]); //=> null
 */
export function extent(values: ArrayLike<number>): [number, number] | null {
  checkArray(values, 'values');
  const n = values.length;
  if (n === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw nonFinite(v, i, 'values');
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * Smallest value, in one loop.
 *
 * @returns the minimum, or `null` for an empty input.
 * @throws CxError `NON_FINITE` at the first NaN/±Infinity.
 * @example
 * min([3, 1, 4]); //=> 1
 */
export function min(values: ArrayLike<number>): number | null {
  const e = extent(values);
  return e === null ? null : e[0];
}

/**
 * Largest value, in one loop.
 *
 * @returns the maximum, or `null` for an empty input.
 * @throws CxError `NON_FINITE` at the first NaN/±Infinity.
 * @example
 * max(new Float64Array([3, 1, 4])); //=> 4
 */
export function max(values: ArrayLike<number>): number | null {
  const e = extent(values);
  return e === null ? null : e[1];
}

function checkWeights(values: ArrayLike<number>, weights: unknown): asserts weights is ArrayLike<number> {
  if (!isArrayLike(weights)) {
    throw new CxError('INVALID_WEIGHT', `weights must be an array or typed array of numbers, got ${describeValue(weights)}`, { path: ['weights'] });
  }
  if (weights.length !== values.length) {
    throw new CxError('LENGTH_MISMATCH', `values and weights must have the same length, got ${String(values.length)} and ${String(weights.length)}`, {
      path: ['weights'],
    });
  }
}

/** Result of {@link weightedMoments}. */
export interface WeightedMoments {
  /** Σw. */
  readonly weightSum: number;
  /** Kish's effective sample size (Σw)²/Σw²; 0 when Σw = 0. */
  readonly effectiveN: number;
  /** Weighted mean Σwx/Σw, or `null` when Σw = 0. */
  readonly mean: number | null;
  /** Weighted population variance Σw(x − mean)²/Σw (frequency-free, "biased"), or `null` when Σw = 0. */
  readonly variance: number | null;
}

/**
 * Weighted mean and variance in one pass (West 1979's weighted Welford update), with Kish's effective sample size.
 * Zero weights are allowed (the value is ignored).
 *
 * @throws CxError `NON_FINITE` for a non-finite value, `INVALID_WEIGHT` for a weight that is negative, non-finite
 *   or (other than 0) outside 1e-100..1e100 (only weight ratios matter: rescale), `LENGTH_MISMATCH` when the arrays
 *   differ in length.
 * @example
 * const m = weightedMoments([1, 2, 3], [1, 1, 2]);
 * m.mean; //=> 2.25
 * m.variance; //=> 0.6875
 * m.effectiveN; //=> 2.666667
 */
export function weightedMoments(values: ArrayLike<number>, weights: ArrayLike<number>): WeightedMoments {
  checkArray(values, 'values');
  checkWeights(values, weights);
  const n = values.length;
  let wSum = 0;
  let w2Sum = 0;
  let m = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const w = weights[i]!;
    if (!Number.isFinite(v)) throw nonFinite(v, i, 'values');
    if (w === 0) continue;
    // Bounded so that Σw² and (Σw)² stay within the double range (weights near 1e±200 gave effectiveN = 0/0).
    if (!isWeight(w)) throw badWeight(w, i);
    wSum += w;
    w2Sum += w * w;
    const d = v - m;
    m += (w / wSum) * d;
    s += w * d * (v - m);
  }
  if (wSum === 0) return { weightSum: 0, effectiveN: 0, mean: null, variance: null };
  return { weightSum: wSum, effectiveN: (wSum * wSum) / w2Sum, mean: m, variance: Math.max(0, s / wSum) };
}

/**
 * Weighted mean Σwx/Σw.
 *
 * @returns the weighted mean, or `null` when the weights sum to 0 (or the input is empty).
 * @throws as {@link weightedMoments}.
 * @example
 * weightedMean([10, 20], [3, 1]); //=> 12.5
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  return weightedMoments(values, weights).mean;
}

/**
 * Weighted variance. By default with reliability weights, the unbiased form Σw(x−m)²/(Σw − Σw²/Σw);
 * with `population: true`, Σw(x−m)²/Σw.
 *
 * @returns the variance, or `null` when it is undefined (Σw = 0, or fewer than 2 effective observations for the
 *   unbiased form).
 * @throws as {@link weightedMoments}.
 * @example
 * weightedVariance([1, 2, 3], [1, 1, 1]); //=> 1
 * weightedVariance([1, 2, 3], [1, 1, 2], { population: true }); //=> 0.6875
 */
export function weightedVariance(values: ArrayLike<number>, weights: ArrayLike<number>, options: VarianceOptions = {}): number | null {
  const mo = weightedMoments(values, weights);
  if (mo.variance === null) return null;
  if (options.population === true) return mo.variance;
  // Reliability weights: divide Σw(x−m)² by Σw − Σw²/Σw = Σw (1 − 1/effectiveN).
  if (!(mo.effectiveN > 1)) return null;
  return mo.variance / (1 - 1 / mo.effectiveN);
}

/** Options of {@link correlation}. */
export interface CorrelationOptions {
  /** `'pearson'` (default) or `'spearman'` (Pearson on average ranks, so ties are handled as R does). */
  readonly method?: 'pearson' | 'spearman';
}

/**
 * Sample covariance of paired values (n − 1 denominator), one pass (Welford-style co-moment update on the pairs
 * shifted by the first one).
 *
 * @returns the covariance, or `null` with fewer than 2 pairs.
 * @throws CxError `LENGTH_MISMATCH`; `NON_FINITE` for a NaN/±Infinity element or a covariance that overflows.
 * @example
 * covariance([1, 2, 3, 4], [2, 4, 6, 8]); //=> 3.333333
 */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const c = comoments(x, y);
  if (c.n < 2) return null;
  const out = c.cxy / (c.n - 1);
  if (!Number.isFinite(out)) throw new CxError('NON_FINITE', 'the covariance overflows: values are too large', { path: ['x'] });
  return out;
}

function maxAbs(v: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i]!);
    if (a > m) m = a;
  }
  return m;
}

interface Comoments {
  n: number;
  cxx: number;
  cyy: number;
  cxy: number;
}

/**
 * Co-moments by Welford-style updates on (x − x₀)/sx and (y − y₀)/sy: the shift by the first pair keeps data with
 * a large common offset accurate; the scales (default 1) let {@link correlation} recompute without overflow or
 * underflow for values near 1e±300.
 */
function comoments(x: ArrayLike<number>, y: ArrayLike<number>, sx = 1, sy = 1): Comoments {
  checkArray(x, 'x');
  checkArray(y, 'y');
  if (x.length !== y.length) {
    throw new CxError('LENGTH_MISMATCH', `x and y must have the same length, got ${String(x.length)} and ${String(y.length)}`, { path: ['y'] });
  }
  const n = x.length;
  const kx = n > 0 && Number.isFinite(x[0]!) ? x[0]! / sx : 0;
  const ky = n > 0 && Number.isFinite(y[0]!) ? y[0]! / sy : 0;
  let mx = 0;
  let my = 0;
  let cxx = 0;
  let cyy = 0;
  let cxy = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]!)) throw nonFinite(x[i]!, i, 'x');
    if (!Number.isFinite(y[i]!)) throw nonFinite(y[i]!, i, 'y');
    const a = x[i]! / sx - kx;
    const b = y[i]! / sy - ky;
    const dx = a - mx;
    const dy = b - my;
    mx += dx / (i + 1);
    my += dy / (i + 1);
    cxx += dx * (a - mx);
    cyy += dy * (b - my);
    cxy += dx * (b - my);
  }
  return { n, cxx, cyy, cxy };
}

/**
 * Correlation coefficient of paired values: Pearson's r (default) or Spearman's ρ (Pearson on average ranks).
 * Independent of the scale and offset of either variable, for values from 1e−300 to 1e300 (recomputed on scaled
 * values when a co-moment would overflow or underflow).
 *
 * @returns r in [−1, 1], or `null` when it is undefined (fewer than 2 pairs, or either variable constant).
 * @throws CxError `LENGTH_MISMATCH`, `NON_FINITE`.
 * @example
 * correlation([1, 2, 3, 4], [2, 4, 6, 9]); //=> 0.994377
 * correlation([1, 2, 3, 4], [1, 4, 9, 16], { method: 'spearman' }); //=> 1
 * correlation([1, 2, 3], [5, 5, 5]); //=> null
 */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>, options: CorrelationOptions = {}): number | null {
  const method: string = options.method ?? 'pearson';
  if (method === 'spearman') {
    comoments(x, y); // validates lengths and finiteness with the caller's names
    return correlation(ranks(x), ranks(y));
  }
  if (method !== 'pearson') {
    throw new CxError('INVALID_ARGUMENT', `method must be 'pearson' or 'spearman', got ${describeValue(options.method)}`, { path: ['method'] });
  }
  let c = comoments(x, y);
  // r does not depend on the scale of x or y: when a co-moment overflowed or underflowed (values near 1e±300),
  // recompute on x/max|x| and y/max|y|.
  const off = !Number.isFinite(c.cxx) || !Number.isFinite(c.cyy) || !Number.isFinite(c.cxy) || c.cxx < 1e-250 || c.cyy < 1e-250;
  if (c.n >= 2 && off) {
    const sx = maxAbs(x);
    const sy = maxAbs(y);
    if (sx > 0 && sy > 0) c = comoments(x, y, sx, sy);
  }
  if (c.n < 2 || c.cxx <= 0 || c.cyy <= 0) return null;
  const r = c.cxy / (Math.sqrt(c.cxx) * Math.sqrt(c.cyy));
  return r > 1 ? 1 : r < -1 ? -1 : r;
}
