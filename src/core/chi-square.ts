/**
 * The chi-square distribution with real degrees of freedom: cumulative probability, survival function and quantile.
 *
 * @module
 */
import { assertFinite, assertPositive } from './assert.js';
import { normalQuantile } from './normal.js';
import { CxError } from './errors.js';
import { igammaK, lgammaK, logGammaPrefix } from './special-kernels.js';

/** Twice the smallest positive double, so that x/2 does not underflow, and its logarithm. */
const MIN_X = 2 * Number.MIN_VALUE;
const LOG_MIN_X = Math.log(Number.MIN_VALUE);

function check(x: number, df: number): void {
  assertPositive(x, 'x', true);
  assertPositive(df, 'df');
}

/**
 * Cumulative distribution function P(X ≤ x) of the chi-square distribution with `df` degrees of freedom:
 * P(df/2, x/2), the regularised lower incomplete gamma function (see {@link gammaP}). Relative error ≲ 1e−14.
 *
 * @param x - Point, finite and ≥ 0.
 * @param df - Degrees of freedom, finite and > 0 (need not be an integer).
 * @throws CxError `OUT_OF_RANGE` when x < 0 or df ≤ 0; `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or
 * non-number argument; `NOT_CONVERGED` (not expected below df ≈ 1e9).
 * @example
 * chiSquareCdf(3.841458820694124, 1); //=> 0.95
 * chiSquareCdf(2, 2); //=> 0.6321205588285577
 */
export function chiSquareCdf(x: number, df: number): number {
  check(x, df);
  return igammaK(0.5 * df, 0.5 * x, false);
}

/**
 * Survival function P(X > x) of the chi-square distribution: Q(df/2, x/2) computed directly from the continued
 * fraction (see {@link gammaQ}), so p-values far in the tail keep full relative accuracy.
 *
 * @param x - Point, finite and ≥ 0.
 * @param df - Degrees of freedom, finite and > 0.
 * @throws CxError `OUT_OF_RANGE` when x < 0 or df ≤ 0; `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or
 * non-number argument; `NOT_CONVERGED` (not expected below df ≈ 1e9).
 * @example
 * chiSquareSurvival(3.841458820694124, 1); //=> 0.05
 * chiSquareSurvival(100, 2); //=> 1.928749847963918e-22
 */
export function chiSquareSurvival(x: number, df: number): number {
  check(x, df);
  return igammaK(0.5 * df, 0.5 * x, true);
}

/**
 * Quantile of the chi-square distribution: the x with P(X ≤ x) = p.
 *
 * Starting values: the better of Wilson–Hilferty (1931) and the small-x limit P(a, x) ≈ x^a/Γ(a + 1) (upper tail: the
 * large-x limit); then Newton's method in s = ln x on ln P = ln p for p < ½, or on ln Q = ln(1 − p) for p ≥ ½, until
 * the relative change is below 1e−14 (or the rounding noise of P). Relative error ~1e−13; about 4–8 evaluations of P.
 *
 * @param p - Probability, strictly between 0 and 1.
 * @param df - Degrees of freedom, finite and > 0.
 * @throws CxError `OUT_OF_RANGE` when p ∉ (0, 1), df ≤ 0, or the quantile underflows to 0 (tiny df and p);
 * `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number argument; `NOT_CONVERGED` if Newton fails.
 * @example
 * chiSquareQuantile(0.95, 1); //=> 3.841458820694124
 * chiSquareQuantile(0.5, 2); //=> 1.386294361119891
 */
export function chiSquareQuantile(p: number, df: number): number {
  assertFinite(p, 'p');
  if (!(p > 0 && p < 1)) throw new CxError('OUT_OF_RANGE', `p must be strictly between 0 and 1, got ${String(p)}`, { path: ['p'] });
  assertPositive(df, 'df');
  const a = 0.5 * df;
  const upper = p >= 0.5;
  const target = upper ? Math.log1p(-p) : Math.log(p);
  const objective = (x: number): number => Math.log(igammaK(a, x, upper)) - target;
  // Starting values (for the gamma variable x/2).
  const z = normalQuantile(p);
  const c = 1 / (9 * a);
  const wh = a * Math.pow(Math.max(1 - c + z * Math.sqrt(c), 0), 3);
  // Where even the smallest positive double has P ≥ p, the quantile underflows and 0 is its nearest double.
  if (igammaK(a, 0.5 * MIN_X, false) >= p) return 0;
  const logSmall = (Math.log(p) + lgammaK(a + 1)) / a;
  const small = Math.exp(logSmall);
  let x = upper ? wh : small;
  if (!(x > 0) || !Number.isFinite(x)) x = wh > 0 ? wh : a;
  if (wh > 0 && x !== wh && Math.abs(objective(wh)) < Math.abs(objective(x))) x = wh;
  if (upper && a < 0.1) {
    // Tiny a: Q(a, x) ≈ a(−ln x − γ) for small x.
    const tiny = Math.exp(-(1 - p) / a - 0.5772156649015329);
    if (tiny > 0 && Math.abs(objective(tiny)) < Math.abs(objective(x))) x = tiny;
  }
  if (upper) {
    // Q(a, x) ≈ x^{a−1} e^{−x}/Γ(a) for large x: one fixed-point step from Wilson–Hilferty's value.
    const big = (a - 1) * Math.log(Math.max(x, 1)) - lgammaK(a) - target;
    if (big > 0 && Math.abs(objective(big)) < Math.abs(objective(x))) x = big;
  }
  let s = Math.log(x);
  let prev = Infinity;
  for (let iter = 0; iter < 100; iter++) {
    const v = igammaK(a, x, upper);
    let ds: number;
    if (v === 0) ds = upper ? -1 : 1;
    else {
      const lv = Math.log(v);
      // d ln P/ds = x^a e^{−x}/(Γ(a) P) and d ln Q/ds = −x^a e^{−x}/(Γ(a) Q): one Newton step on ln P or ln Q.
      ds = (upper ? 1 : -1) * (lv - target) * Math.exp(lv - logGammaPrefix(a, x));
      if (ds > 5) ds = 5;
      else if (ds < -5) ds = -5;
    }
    s += ds;
    if (s < LOG_MIN_X) s = LOG_MIN_X; // the answer is known to be above the smallest double (checked above)
    x = Math.exp(s);
    if (!Number.isFinite(x)) {
      throw new CxError('OUT_OF_RANGE', `the chi-square quantile for p = ${String(p)}, df = ${String(df)} is outside the double range`, {
        details: { p, df },
      });
    }
    const ad = Math.abs(ds);
    // Subnormal quantiles carry fewer bits: the relative spacing there is MIN_VALUE/x.
    const tol = Math.max(1e-14, (4 * Number.MIN_VALUE) / x);
    if (ad < tol || (ad < 1e-9 && ad >= prev)) return 2 * x;
    prev = ad;
  }
  throw new CxError('NOT_CONVERGED', `chiSquareQuantile did not converge for p = ${String(p)}, df = ${String(df)}`, { details: { p, df } });
}
