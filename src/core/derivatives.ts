/**
 * Finite-difference derivatives of an objective — the gradient for quasi-Newton fitting, the Hessian for the
 * observed information — and standard errors of a maximum-likelihood fit from that Hessian.
 *
 * @module
 */
import { describe } from './assert.js';
import { CxError } from './errors.js';
import { choleskyInverseInto, toRows } from './linalg.js';
import { checkObjectiveAndPoint, checkValueAt, finiteOrInf } from './objective.js';
import type { Objective } from './optimize.js';

/** cbrt(ε): the central-difference step that balances truncation O(h²) against rounding O(ε/h). */
const GRADIENT_STEP = Math.cbrt(Number.EPSILON);
/**
 * ε^⅙ ≈ 2.5e-3: the step for second differences extrapolated to O(h⁴), balancing O(h⁴) truncation against O(ε/h²)
 * rounding.
 */
const HESSIAN_STEP = Math.cbrt(Math.sqrt(Number.EPSILON));

/**
 * Central-difference gradient of `f` at `x` into `out`, `fx = f(x)` given. Step `h_i = cbrt(ε)·max(|x_i|, 1)`,
 * rounded so that `x_i ± h_i` is exact. Where one side is not finite it falls back to the one-sided difference on
 * the other side; returns `false` (out[i] = NaN) when both sides are not finite. `x` is restored. @internal
 */
export function gradientInto(f: Objective, x: Float64Array, fx: number, out: Float64Array): boolean {
  const n = x.length;
  let ok = true;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const h0 = GRADIENT_STEP * Math.max(Math.abs(xi), 1);
    const up = xi + h0;
    const down = xi - h0;
    x[i] = up;
    const fUp = finiteOrInf(f(x));
    x[i] = down;
    const fDown = finiteOrInf(f(x));
    x[i] = xi;
    if (fUp < Infinity && fDown < Infinity) out[i] = (fUp - fDown) / (up - down);
    else if (fUp < Infinity) out[i] = (fUp - fx) / (up - xi);
    else if (fDown < Infinity) out[i] = (fx - fDown) / (xi - down);
    else {
      out[i] = NaN;
      ok = false;
    }
  }
  return ok;
}

/**
 * Central-difference gradient of an objective: `∂f/∂x_i ≈ (f(x + h_i e_i) − f(x − h_i e_i)) / (2 h_i)` with
 * `h_i = cbrt(ε)·max(|x_i|, 1)` ≈ 6.1e-6·max(|x_i|, 1) (Nocedal & Wright, Numerical Optimization, 2nd ed., §8.1,
 * eq. 8.9), so the error is about ε^⅔ ≈ 4e-11 relative to the size of `f`. Where `f` is not finite on one side of
 * a coordinate (a domain boundary), the one-sided difference on the other side is used.
 *
 * Costs `2·n` evaluations of `f` plus one at `x`.
 *
 * @param f - The objective; it receives a Float64Array it must not keep or modify.
 * @param x - The point.
 * @param out - Optional output of length `n`, returned filled.
 * @returns The gradient (`out` when given, else a new Float64Array).
 * @throws CxError `INVALID_ARGUMENT` when `f` is not a function or `out` has the wrong length; `EMPTY_INPUT` for an
 * empty `x`; `NON_FINITE` when `x` has a non-finite entry (`path` = `['x', i]`), `f(x)` is not finite
 * (`path` = `['f']`), or `f` is not finite on both sides of coordinate `i` (`path` = `['x', i]`).
 * @example
 * const g = numericalGradient(([a = 0, b = 0]) => a * a + 3 * b, [2, 5]);
 * [g[0], g[1]]; //=> [4, 3]
 */
export function numericalGradient(f: Objective, x: ArrayLike<number>, out?: Float64Array): Float64Array {
  const xs = checkObjectiveAndPoint(f, x, 'x');
  const n = xs.length;
  if (out !== undefined && (!(out instanceof Float64Array) || out.length !== n)) {
    throw new CxError('INVALID_ARGUMENT', `out must be a Float64Array of length ${n}, got ${describe(out)}`, { path: ['out'] });
  }
  const g = out ?? new Float64Array(n);
  const fx = checkValueAt(f(xs), 'x');
  if (!gradientInto(f, xs, fx, g)) {
    let i = 0;
    while (Number.isFinite(g[i])) i++;
    throw new CxError('NON_FINITE', `the objective is not finite on either side of x[${i}], so its derivative cannot be estimated`, {
      path: ['x', i],
    });
  }
  return g;
}

/**
 * Hessian of `f` at `x` (row-major `n × n`, exactly symmetric) into `out`, `fx = f(x)`: central differences with
 * steps `h` and `2h`, combined by Richardson extrapolation `(4·D(h) − D(2h)) / 3`. Returns the index of the first
 * coordinate whose stencil hit a non-finite value, or -1 on success. `x` is restored. @internal
 */
export function hessianInto(f: Objective, x: Float64Array, fx: number, out: Float64Array): number {
  const fine = new Float64Array(out.length);
  const bad = centralHessian(f, x, fx, 1, fine);
  if (bad >= 0) return bad;
  const badCoarse = centralHessian(f, x, fx, 2, out);
  if (badCoarse >= 0) return badCoarse;
  for (let k = 0; k < out.length; k++) out[k] = (4 * fine[k]! - out[k]!) / 3;
  return -1;
}

/** Central-difference Hessian with steps `m·ε^⅙·max(|x_i|, 1)`; see {@link hessianInto}. */
function centralHessian(f: Objective, x: Float64Array, fx: number, m: number, out: Float64Array): number {
  const n = x.length;
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const hi = xi + m * HESSIAN_STEP * Math.max(Math.abs(xi), 1) - xi;
    h[i] = hi;
    x[i] = xi + hi;
    const fPlus = finiteOrInf(f(x));
    x[i] = xi - hi;
    const fMinus = finiteOrInf(f(x));
    x[i] = xi;
    if (fPlus === Infinity || fMinus === Infinity) return i;
    out[i * n + i] = (fPlus - 2 * fx + fMinus) / (hi * hi);
  }
  for (let i = 1; i < n; i++) {
    const xi = x[i]!;
    const hi = h[i]!;
    for (let j = 0; j < i; j++) {
      const xj = x[j]!;
      const hj = h[j]!;
      let s = 0;
      for (let c = 0; c < 4; c++) {
        const si = c < 2 ? 1 : -1;
        const sj = c % 2 === 0 ? 1 : -1;
        x[i] = xi + si * hi;
        x[j] = xj + sj * hj;
        const v = finiteOrInf(f(x));
        if (v === Infinity) {
          x[i] = xi;
          x[j] = xj;
          return i;
        }
        s += si * sj * v;
      }
      x[i] = xi;
      x[j] = xj;
      const hij = s / (4 * hi * hj);
      out[i * n + j] = hij;
      out[j * n + i] = hij;
    }
  }
  return -1;
}

/**
 * Finite-difference Hessian of an objective, exactly symmetric. Central differences — diagonal
 * `(f(x + h_i e_i) − 2 f(x) + f(x − h_i e_i)) / h_i²`, off-diagonal the four-point formula
 * `(f(++) − f(+−) − f(−+) + f(−−)) / (4 h_i h_j)` (Abramowitz & Stegun 25.3.23 and 25.3.26) — with steps
 * `h_i = ε^⅙·max(|x_i|, 1)` ≈ 2.5e-3·max(|x_i|, 1) and `2h_i`, combined by Richardson extrapolation
 * `(4·D(h) − D(2h)) / 3` so the truncation error is O(h⁴) (Nocedal & Wright, Numerical Optimization, 2nd ed.,
 * §8.1). The error is about 1e-10 relative to the size of `f` (exact for quadratics up to rounding). At a minimum
 * of a negative log-likelihood this is the observed information matrix.
 *
 * Costs `4n² + 1` evaluations of `f` (O(n²)).
 *
 * @param f - The objective; it receives a Float64Array it must not keep or modify.
 * @param x - The point.
 * @returns The Hessian as an array of rows.
 * @throws CxError `INVALID_ARGUMENT` when `f` is not a function; `EMPTY_INPUT` for an empty `x`; `NON_FINITE` when `x`
 * has a non-finite entry (`path` = `['x', i]`), `f(x)` is not finite (`path` = `['f']`), or `f` is not finite at a
 * difference point of coordinate `i` (`path` = `['x', i]`).
 * @example
 * numericalHessian(([a = 0, b = 0]) => a * a + a * b + 3 * b * b, [1, 1]); //=> [[2, 1], [1, 6]]
 */
export function numericalHessian(f: Objective, x: ArrayLike<number>): number[][] {
  const xs = checkObjectiveAndPoint(f, x, 'x');
  const n = xs.length;
  const fx = checkValueAt(f(xs), 'x');
  const hess = new Float64Array(n * n);
  const bad = hessianInto(f, xs, fx, hess);
  if (bad >= 0) {
    throw new CxError('NON_FINITE', `the objective is not finite near x[${bad}], so the Hessian cannot be estimated`, { path: ['x', bad] });
  }
  return toRows(hess, n);
}

/**
 * Asymptotic standard errors of a maximum-likelihood estimate: `sqrt(diag(H⁻¹))` where `H` is the
 * {@link numericalHessian} of the negative log-likelihood `f` at its minimiser `x` (the observed information;
 * Pawitan, In All Likelihood, 2001, §2.7 and §3.3). The inverse is taken by Cholesky factorisation, as in
 * {@link invertSpd}, which gives the whole covariance matrix `H⁻¹` from a {@link numericalHessian}. Standard errors
 * are in the parametrisation of `x`: for a parameter fitted as `log θ`, `SE(θ) ≈ θ·SE(log θ)` (delta method).
 *
 * Costs `4n² + 1` evaluations of `f` plus O(n³).
 *
 * @param f - The negative log-likelihood (not the log-likelihood: its Hessian must be positive definite).
 * @param x - Its minimiser, e.g. `bfgs(f, x0).x`.
 * @returns One standard error per coordinate, or `null` when the Hessian is not positive definite (not a strict
 * minimum, or a parameter the data do not identify) or `f` is not finite at a difference point.
 * @throws CxError `INVALID_ARGUMENT` when `f` is not a function; `EMPTY_INPUT` for an empty `x`; `NON_FINITE` when `x`
 * has a non-finite entry or `f(x)` is not finite.
 * @example
 * // NLL of 4 normal observations with σ = 1, as a function of μ: SE(μ̂) = σ/√n = 0.5
 * standardErrors(([mu = 0]) => 2 * (mu - 3) ** 2, [3]); //=> [0.5]
 * standardErrors(([mu = 0]) => -((mu - 3) ** 2), [3]); //=> null
 */
export function standardErrors(f: Objective, x: ArrayLike<number>): number[] | null {
  const xs = checkObjectiveAndPoint(f, x, 'x');
  const n = xs.length;
  const fx = checkValueAt(f(xs), 'x');
  const hess = new Float64Array(n * n);
  if (hessianInto(f, xs, fx, hess) >= 0) return null;
  const cov = new Float64Array(n * n);
  if (!choleskyInverseInto(hess, n, cov)) return null;
  const se = new Array<number>(n);
  for (let i = 0; i < n; i++) se[i] = Math.sqrt(cov[i * n + i]!);
  return se;
}
