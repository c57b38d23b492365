/**
 * Special functions for log-space likelihoods: log-gamma, gamma, digamma, log-beta, and the stable log-exp
 * combinations `log(1 + e^x)`, `log(1 − e^x)` and log-sum-exp; re-exports the incomplete gamma and beta functions
 * ({@link gammaP}, {@link gammaQ}, {@link betaInc}) and the hypergeometric function ({@link hyp2f1}, {@link logHyp2f1}).
 *
 * @module
 */
import { assertFinite, assertFiniteArray, assertPositive } from './assert.js';
import { CxError } from './errors.js';
import { digammaK, lbetaK, lgammaK } from './special-kernels.js';

/** Throws OUT_OF_RANGE when a result is not a finite double (overflow at the ends of the domain). */
function finite(v: number, what: string, x: number): number {
  if (!Number.isFinite(v)) throw new CxError('OUT_OF_RANGE', `${what} overflows the double range at ${String(x)}`, { details: { value: x } });
  return v;
}

/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * For x ≥ 10 the Stirling series with Bernoulli terms through B₁₄ (truncation error < 1e−17); below 10 the series
 * ln Γ(1 + z) = −log1p(z) + (1 − γ)z + Σ_{k≥2} (−1)^k (ζ(k) − 1) z^k / k on |z| ≤ ½ (around 1 and around 2) with the
 * recurrence Γ(x + 1) = xΓ(x). Relative error ≲ 1e−15, including next to the zeros at 1 and 2. O(1).
 *
 * @param x - A finite number > 0.
 * @throws CxError `OUT_OF_RANGE` when x ≤ 0 or the result overflows (x > 2.5e305); `NON_FINITE` / `INVALID_ARGUMENT`
 * for a non-finite or non-number x.
 * @example
 * lgamma(0.5); //=> 0.5723649429247001
 * lgamma(101); //=> 363.739375555563
 * lgamma(0); //=> throws OUT_OF_RANGE
 */
export function lgamma(x: number): number {
  assertPositive(x, 'x');
  return finite(lgammaK(x), 'lgamma', x);
}

/**
 * The gamma function Γ(x) for x > 0, as exp(ln Γ(x)) with the exact factorial for integers up to 170 (relative error
 * ≲ 1e−13 for x ≲ 170; larger x overflows).
 *
 * @param x - A finite number with 0 < x ≤ 171.
 * @throws CxError `OUT_OF_RANGE` when x ≤ 0 or Γ(x) overflows (x > 171.6 or x < 5.6e−309); `NON_FINITE` /
 * `INVALID_ARGUMENT` for a non-finite or non-number x.
 * @example
 * gamma(5); //=> 24
 * gamma(0.5); //=> 1.772453850905516
 */
export function gamma(x: number): number {
  assertPositive(x, 'x');
  if (x > 171.6) throw new CxError('OUT_OF_RANGE', `gamma(x) overflows for x > 171.6, got ${String(x)}`, { path: ['x'] });
  if (Number.isInteger(x)) {
    let f = 1;
    for (let i = 2; i < x; i++) f *= i;
    return f;
  }
  return finite(Math.exp(lgammaK(x)), 'gamma', x);
}

/**
 * The digamma function ψ(x) = d/dx ln Γ(x) for x > 0.
 *
 * Asymptotic series (Bernoulli terms through B₁₄) for x ≥ 10; ψ(1 + z) = −γ + z/(1 + z) + Σ (−1)^k (ζ(k) − 1) z^{k−1}
 * on [½, 1½], and the recurrence ψ(x + 1) = ψ(x) + 1/x between. Relative error ≲ 1e−15 away from the positive
 * zero x₀ ≈ 1.4616; absolute error ≲ 1e−16 near it. O(1).
 *
 * @param x - A finite number > 0.
 * @throws CxError `OUT_OF_RANGE` when x ≤ 0 or ψ(x) ≈ −1/x overflows (x < 5.6e−309); `NON_FINITE` /
 * `INVALID_ARGUMENT` for a non-finite or non-number x.
 * @example
 * digamma(1); //=> -0.5772156649015329
 * digamma(0.5); //=> -1.963510026021423
 */
export function digamma(x: number): number {
  assertPositive(x, 'x');
  return finite(digammaK(x), 'digamma', x);
}

/**
 * Natural logarithm of the beta function, ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0.
 *
 * When one or both arguments are ≥ 10, the Stirling-correction formulas of R's `lbeta` (after the SLATEC `dlbeta`)
 * avoid the cancellation of large log-gammas: accurate for lbeta(1e8, 0.5) where the naive difference loses 8 digits.
 *
 * @param a - A finite number > 0.
 * @param b - A finite number > 0.
 * @throws CxError `OUT_OF_RANGE` when a or b ≤ 0 or the result overflows (both near the double maximum);
 * `NON_FINITE` / `INVALID_ARGUMENT` otherwise invalid.
 * @example
 * lbeta(1, 1); //=> 0
 * lbeta(0.5, 0.5); //=> 1.1447298858494
 */
export function lbeta(a: number, b: number): number {
  assertPositive(a, 'a');
  assertPositive(b, 'b');
  return finite(lbetaK(a, b), 'lbeta', a);
}

/**
 * log(1 + eˣ) (the softplus), without overflow for large x or loss for very negative x (Mächler 2012, "Accurately
 * computing log(1 − exp(−|a|))", eq. 10 thresholds).
 *
 * @param x - A finite number.
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number x.
 * @example
 * log1pExp(0); //=> 0.6931471805599453
 * log1pExp(800); //=> 800
 * log1pExp(-800); //=> 0
 */
export function log1pExp(x: number): number {
  assertFinite(x, 'x');
  if (x <= -37) return Math.exp(x);
  if (x <= 18) return Math.log1p(Math.exp(x));
  if (x <= 33.3) return x + Math.exp(-x);
  return x;
}

/**
 * log(1 − eˣ) for x < 0, choosing log(−expm1(x)) or log1p(−eˣ) at x = −ln 2 for full relative accuracy (Mächler 2012).
 *
 * @param x - A finite number < 0.
 * @throws CxError `OUT_OF_RANGE` when x ≥ 0 (the result would be −∞ or undefined); `NON_FINITE` / `INVALID_ARGUMENT`.
 * @example
 * log1mExp(-Math.LN2); //=> -0.6931471805599453
 * log1mExp(-1e-20); //=> -46.0517018598809
 * log1mExp(0); //=> throws OUT_OF_RANGE
 */
export function log1mExp(x: number): number {
  assertFinite(x, 'x');
  if (!(x < 0)) throw new CxError('OUT_OF_RANGE', `log1mExp needs x < 0, got ${String(x)}`, { path: ['x'] });
  return x > -Math.LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
}

/**
 * log Σ exp(vᵢ), stable for any finite inputs: one pass with a running maximum, rescaling the running sum when the
 * maximum grows (the "streaming" log-sum-exp). O(n), no allocation. The result is ≥ max(v) and < max(v) + ln n.
 *
 * @param values - Finite numbers (array or typed array), at least one.
 * @throws CxError `EMPTY_INPUT` for no values; `NON_FINITE` / `INVALID_ARGUMENT` for a bad element (path `[values, i]`).
 * @example
 * logSumExp([0, 0]); //=> 0.6931471805599453
 * logSumExp([1000, 1000]); //=> 1000.6931471805599
 * logSumExp([]); //=> throws EMPTY_INPUT
 */
export function logSumExp(values: ArrayLike<number>): number {
  assertFiniteArray(values, 'values');
  const n = values.length;
  if (n === 0) throw new CxError('EMPTY_INPUT', 'logSumExp needs at least one value', { path: ['values'] });
  let m = values[0]!;
  let s = 0; // Σ exp(vᵢ − m) over the values other than the (current) maximum
  for (let i = 1; i < n; i++) {
    const v = values[i]!;
    if (v <= m) s += Math.exp(v - m);
    else {
      s = (s + 1) * Math.exp(m - v);
      m = v;
    }
  }
  return m + Math.log1p(s);
}

export * from './incomplete.js';
export * from './hypergeometric.js';
