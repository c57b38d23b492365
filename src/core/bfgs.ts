/**
 * The BFGS quasi-Newton method with a strong-Wolfe line search.
 *
 * @module
 */
import { describe } from './assert.js';
import { gradientInto } from './derivatives.js';
import { CxError } from './errors.js';
import { strongWolfe } from './line-search.js';
import { checkObjectiveAndPoint, checkValueAt, countOption, finiteOrInf, plusZero, toleranceOption } from './objective.js';
import type { Gradient, Objective, OptimizeResult } from './optimize.js';

/** Options of {@link bfgs}. */
export interface BfgsOptions {
  /**
   * The analytic gradient. Default: central differences (see {@link numericalGradient}), `2n` objective calls per
   * gradient.
   */
  readonly gradient?: Gradient;
  /** Maximum number of iterations (line searches). Default `200`. */
  readonly maxIterations?: number;
  /** Converged when `‖∇f(x)‖∞ ≤ gradientTolerance·max(|f(x)|, 1)`. Default `1e-6`. */
  readonly gradientTolerance?: number;
  /**
   * Converged when a quasi-Newton step (not the first, steepest-descent step after a start or reset) lowers the
   * objective by at most `relativeTolerance·max(|f_prev|, |f|, 1)` (as L-BFGS-B's `factr` test): progress has
   * stalled at the precision of `f`. Default `1e-12`; `0` turns the test off.
   */
  readonly relativeTolerance?: number;
}

/**
 * Minimises a smooth `f` by the BFGS quasi-Newton method. With the default finite-difference gradient an
 * iteration costs about `2n + 2` objective calls; convergence is superlinear near the optimum.
 *
 * Method: Nocedal & Wright, Numerical Optimization (2nd ed., 2006), Algorithm 6.1 (BFGS on the inverse Hessian,
 * eq. 6.17), initial scaling `H₀ = (yᵀs / yᵀy)·I` before the first update (eq. 6.20), and the strong-Wolfe line
 * search of Algorithms 3.5–3.6 (c₁ = 1e-4, c₂ = 0.9). The update is skipped when `yᵀs ≤ ε‖y‖‖s‖`, so `H` stays
 * positive definite; `H` is reset to the identity when `−H·g` is not a descent direction or the line search fails.
 * Trial points with a non-finite value or gradient shrink the step. The first step after a reset has length
 * `min(1, 1/‖g‖∞)` in the steepest-descent direction. O(n²) arithmetic per iteration.
 *
 * @param f - The objective.
 * @param x0 - The start point.
 * @param options - See {@link BfgsOptions}.
 * @returns The final iterate; `converged: false` (with a message) when `maxIterations` ran out or the line search
 * found no lower value even along the steepest-descent direction.
 * @throws CxError `INVALID_ARGUMENT` when `f` (or `options.gradient`) is not a function or `f(x0)` is not a number;
 * `EMPTY_INPUT` for an empty `x0`; `NON_FINITE` when `x0` has a non-finite entry (`path` = `['x0', i]`), `f(x0)` is
 * not finite (`path` = `['f']`) or the gradient at `x0` is not finite (`path` = `['x0']`); `OUT_OF_RANGE` or
 * `NON_FINITE` for a bad option (`path` = `['options', name]`).
 * @example
 * const r = bfgs(([a = 0, b = 0]) => (1 - a) ** 2 + 100 * (b - a * a) ** 2, [-1.2, 1]);
 * r.x; //=> [1, 1]
 * r.converged; //=> true
 */
export function bfgs(f: Objective, x0: ArrayLike<number>, options: BfgsOptions = {}): OptimizeResult {
  const x = checkObjectiveAndPoint(f, x0, 'x0');
  const n = x.length;
  const userGradient: unknown = options.gradient;
  if (userGradient !== undefined && typeof userGradient !== 'function') {
    throw new CxError('INVALID_ARGUMENT', `gradient must be a function, got ${describe(userGradient)}`, { path: ['options', 'gradient'] });
  }
  const maxIterations = countOption(options.maxIterations, 200, 'maxIterations');
  const gTol = toleranceOption(options.gradientTolerance, 1e-6, 'gradientTolerance');
  const rTol = toleranceOption(options.relativeTolerance, 1e-12, 'relativeTolerance');

  let evaluations = 1;
  const value = (p: Float64Array): number => {
    evaluations++;
    return finiteOrInf(f(p));
  };
  const gradientAt = (p: Float64Array, fp: number, g: Float64Array): boolean => {
    if (options.gradient === undefined) return gradientInto(value, p, fp, g);
    options.gradient(p, g);
    for (let i = 0; i < n; i++) if (!Number.isFinite(g[i])) return false;
    return true;
  };
  let fx = checkValueAt(f(x), 'x0');
  const g = new Float64Array(n);
  if (!gradientAt(x, fx, g)) {
    throw new CxError('NON_FINITE', 'the gradient of the objective at x0 is not finite', { path: ['x0'] });
  }

  const h = new Float64Array(n * n); // inverse Hessian approximation, row-major
  const resetH = (scale: number): void => {
    h.fill(0);
    for (let i = 0; i < n; i++) h[i * n + i] = scale;
  };
  resetH(1);
  const work = {
    x,
    d: new Float64Array(n),
    xTrial: new Float64Array(n),
    gTrial: new Float64Array(n),
    xNew: new Float64Array(n),
    gNew: new Float64Array(n),
  };
  const { d, xNew, gNew } = work;
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);

  let fresh = true; // h is the unscaled identity
  let iterations = 0;
  let converged = false;
  let message: string;
  let gNorm = normInf(g);
  for (;;) {
    if (gNorm <= gTol * Math.max(Math.abs(fx), 1)) {
      converged = true;
      message = `converged: gradient norm ${gNorm.toExponential(2)} within tolerance after ${iterations} iterations`;
      break;
    }
    if (iterations >= maxIterations) {
      message = `not converged: maximum iterations (${maxIterations}) reached with gradient norm ${gNorm.toExponential(2)}`;
      break;
    }
    let dphi0 = 0;
    for (let i = 0; i < n; i++) {
      let di = 0;
      for (let j = 0; j < n; j++) di -= h[i * n + j]! * g[j]!;
      d[i] = di;
      dphi0 += g[i]! * di;
    }
    if (!(dphi0 < 0)) {
      resetH(1);
      fresh = true;
      dphi0 = 0;
      for (let i = 0; i < n; i++) {
        d[i] = -g[i]!;
        dphi0 -= g[i]! * g[i]!;
      }
    }
    const fNew = strongWolfe(value, gradientAt, fx, dphi0, fresh ? Math.min(1, 1 / normInf(d)) : 1, work);
    if (Number.isNaN(fNew)) {
      if (fresh) {
        message = `not converged: the line search found no lower value along the steepest-descent direction (gradient norm ${gNorm.toExponential(2)}); the objective may be noisy or not smooth here`;
        break;
      }
      resetH(1);
      fresh = true;
      continue;
    }
    iterations++;
    const quasiNewtonStep = !fresh;
    let ys = 0;
    let yy = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
      ys += y[i]! * s[i]!;
      yy += y[i]! * y[i]!;
      ss += s[i]! * s[i]!;
    }
    const fPrev = fx;
    x.set(xNew);
    g.set(gNew);
    fx = fNew;
    gNorm = normInf(g);
    if (ys > Number.EPSILON * Math.sqrt(yy * ss)) {
      if (fresh) resetH(ys / yy);
      fresh = false;
      const rho = 1 / ys;
      let yhy = 0;
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += h[i * n + j]! * y[j]!;
        hy[i] = v;
        yhy += y[i]! * v;
      }
      const c = rho * (1 + rho * yhy);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) h[i * n + j] = h[i * n + j]! + c * s[i]! * s[j]! - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!);
      }
    }
    if (quasiNewtonStep && fPrev - fx <= rTol * Math.max(Math.abs(fPrev), Math.abs(fx), 1)) {
      converged = true;
      message = `converged: relative reduction of the objective within tolerance after ${iterations} iterations (gradient norm ${gNorm.toExponential(2)})`;
      break;
    }
  }
  return { x: Array.from(x, plusZero), value: fx, converged, iterations, evaluations, gradientNorm: gNorm, message };
}

function normInf(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
}
