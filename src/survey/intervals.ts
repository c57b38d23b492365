/**
 * Confidence intervals shared by the survey metrics: Wilson for a share, Student's t for a mean.
 *
 * @module
 */
import { assertFinite, assertPositive } from '../core/assert.js';
import { CxError } from '../core/errors.js';
import { clamp, confidenceOption, tHalfWidth, zCritical } from './support.js';

/**
 * A two-sided confidence interval as the survey metrics report it.
 *
 * @typeParam M - The names of the methods that can produce it.
 */
export interface ConfidenceInterval<M extends string = string> {
  /** Lower bound (≤ `upper`). */
  readonly lower: number;
  /** Upper bound. */
  readonly upper: number;
  /** How it was computed, e.g. `'wilson'`, `'t'`, `'adjusted-wald'`. */
  readonly method: M;
  /** Confidence level in (0, 1), e.g. 0.95. */
  readonly confidence: number;
}

/** Options of {@link wilsonInterval} and {@link tInterval}. */
export interface IntervalOptions {
  /** Confidence level, strictly between 0 and 1 (default 0.95). */
  readonly confidence?: number;
}

/**
 * Wilson's score interval for a proportion (Wilson 1927, "Probable inference, the law of succession, and statistical
 * inference", JASA 22:209–212): the p with |p̂ − p| = z·√(p(1 − p)/n), i.e.
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). It stays inside [0, 1], is never degenerate, and its coverage
 * is close to nominal for small n and shares near 0 or 1 (Brown, Cai & DasGupta 2001) — unlike the Wald interval.
 * The same interval as R's `prop.test(x, n, correct = FALSE)$conf.int`.
 *
 * `n` may be fractional: pass Kish's effective sample size for weighted data.
 *
 * @param proportion - Observed share p̂ in [0, 1].
 * @param n - Sample size (> 0; `0` gives `null`).
 * @returns the interval on the 0..1 scale, or `null` when n = 0.
 * @throws CxError `OUT_OF_RANGE` when the proportion is outside [0, 1], n < 0 or the confidence is outside (0, 1);
 *   `NON_FINITE` for non-finite arguments.
 * @example
 * const ci = wilsonInterval(0.8, 50)!;
 * [ci.lower, ci.upper]; //=> [0.6696, 0.8876]
 * wilsonInterval(0, 0); //=> null
 */
export function wilsonInterval(proportion: number, n: number, options: IntervalOptions = {}): ConfidenceInterval<'wilson'> | null {
  assertFinite(proportion, 'proportion');
  if (proportion < 0 || proportion > 1) {
    throw new CxError('OUT_OF_RANGE', `proportion must be in [0, 1], got ${String(proportion)}`, { path: ['proportion'] });
  }
  assertPositive(n, 'n', true);
  const confidence = confidenceOption(options.confidence);
  if (n === 0) return null;
  const z = zCritical(confidence);
  // Wilson's centre and half-width multiplied through by n, so that no term overflows for a tiny (effective) n:
  // (p·n + z²/2)/(n + z²) ± z·√(p(1−p)·n + z²/4)/(n + z²); the interval tends to [0, 1] as n → 0.
  const z2 = z * z;
  const centre = (proportion * n + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt(proportion * (1 - proportion) * n + z2 / 4)) / (n + z2);
  return { lower: clamp(centre - half, 0, 1), upper: clamp(centre + half, 0, 1), method: 'wilson', confidence };
}

/**
 * Student's t interval for a mean: mean ± t_{1−α/2, n−1} · sd/√n (Student 1908), as R's `t.test(x)$conf.int`.
 *
 * `n` may be fractional (Kish's effective sample size for weighted data; the degrees of freedom are then n − 1,
 * a real number).
 *
 * @param mean - Sample mean (finite).
 * @param sd - Sample standard deviation with the n − 1 divisor (≥ 0; 0 gives a zero-width interval).
 * @param n - Sample size.
 * @returns the interval, or `null` when n ≤ 1 (no degrees of freedom) or when n is so close to 1 that the t quantile
 *   overflows the double range (df ≲ 0.005).
 * @throws CxError `NON_FINITE` / `OUT_OF_RANGE` for a non-finite mean, a negative sd or n, or a confidence outside
 *   (0, 1).
 * @example
 * const ci = tInterval(5, 2, 10)!;
 * [ci.lower, ci.upper]; //=> [3.569, 6.431]
 * tInterval(5, 2, 1); //=> null
 */
export function tInterval(mean: number, sd: number, n: number, options: IntervalOptions = {}): ConfidenceInterval<'t'> | null {
  assertFinite(mean, 'mean');
  assertPositive(sd, 'sd', true);
  assertPositive(n, 'n', true);
  const confidence = confidenceOption(options.confidence);
  if (!(n > 1)) return null;
  const half = tHalfWidth(confidence, n - 1, sd / Math.sqrt(n));
  if (half === Infinity) return null;
  return { lower: mean - half, upper: mean + half, method: 't', confidence };
}
