/**
 * Unconstrained minimisation for model fitting (maximum likelihood of a few parameters fitted in log space):
 * Nelder–Mead (derivative-free) and BFGS (quasi-Newton with a strong-Wolfe line search), a {@link minimize} front
 * end, and finite-difference derivatives and standard errors (re-exported from `derivatives.ts`).
 *
 * Objective values that are not finite (NaN, ±Infinity) at trial points are treated as +Infinity, so the methods
 * back away from them; they never appear in a result.
 *
 * @module
 */
import { describe } from './assert.js';
import { bfgs, type BfgsOptions } from './bfgs.js';
import { CxError, isCxError } from './errors.js';
import { nelderMead, type NelderMeadOptions } from './nelder-mead.js';

export { bfgs, type BfgsOptions } from './bfgs.js';
export { nelderMead, type NelderMeadOptions } from './nelder-mead.js';
export { numericalGradient, numericalHessian, standardErrors } from './derivatives.js';

/** An objective to minimise. It receives a Float64Array that it must not modify or keep (it is reused). */
export type Objective = (x: Float64Array) => number;

/** An analytic gradient: writes `∇f(x)` into `out` (length `n`). It must not modify or keep `x` or `out`. */
export type Gradient = (x: Float64Array, out: Float64Array) => void;

/** The result of a minimisation: plain JSON; `x` and `value` are always finite. */
export interface OptimizeResult {
  /** The best point found. */
  x: number[];
  /** The objective at `x` (the lowest value seen; never above the value at the start point). */
  value: number;
  /** Whether a convergence test passed; `false` when the iteration budget ran out or the line search failed. */
  converged: boolean;
  /** Iterations taken (Nelder–Mead: simplex steps; BFGS: line searches). */
  iterations: number;
  /** Calls of the objective, including those made by finite-difference gradients. */
  evaluations: number;
  /** `‖∇f(x)‖∞` for BFGS; `null` for Nelder–Mead, which does not compute gradients. */
  gradientNorm: number | null;
  /** What stopped the iteration, for people. */
  message: string;
}

/** Options of {@link minimize}. */
export interface MinimizeOptions {
  /**
   * `'bfgs'`, `'nelder-mead'`, or `'nelder-mead-then-bfgs'`: Nelder–Mead for robustness far from the optimum, then
   * BFGS from its result to polish the optimum and report the gradient norm. Default `'bfgs'`.
   */
  readonly method?: 'bfgs' | 'nelder-mead' | 'nelder-mead-then-bfgs';
  /** Options passed to {@link nelderMead}. Default `{}`. */
  readonly nelderMead?: NelderMeadOptions;
  /** Options passed to {@link bfgs}. Default `{}`. */
  readonly bfgs?: BfgsOptions;
}

/**
 * Minimises `f` with the chosen method: {@link bfgs} (default), {@link nelderMead}, or `'nelder-mead-then-bfgs'`,
 * which runs Nelder–Mead and then BFGS from its best point. The hybrid is the robust choice for likelihoods
 * whose start values may be far off: the simplex gets close without gradients, BFGS polishes the optimum and
 * reports the gradient norm. Its `iterations` and `evaluations` are the sums over both runs, `converged` is BFGS's,
 * and when the objective is not finite around the Nelder–Mead point (no gradient there) the Nelder–Mead result is
 * returned.
 *
 * @param f - The objective.
 * @param x0 - The start point.
 * @param options - See {@link MinimizeOptions}.
 * @returns The result of the last method run.
 * @throws CxError as {@link nelderMead} and {@link bfgs}; `INVALID_ARGUMENT` for an unknown `method`
 * (`path` = `['options', 'method']`).
 * @example
 * const r = minimize(([a = 0]) => (a - 3) ** 2 + 1, [0], { method: 'nelder-mead-then-bfgs' });
 * r.x; //=> [3]
 * r.value; //=> 1
 */
export function minimize(f: Objective, x0: ArrayLike<number>, options: MinimizeOptions = {}): OptimizeResult {
  const method: unknown = options.method ?? 'bfgs';
  if (method === 'bfgs') return bfgs(f, x0, options.bfgs);
  if (method === 'nelder-mead') return nelderMead(f, x0, options.nelderMead);
  if (method !== 'nelder-mead-then-bfgs') {
    throw new CxError('INVALID_ARGUMENT', `method must be 'bfgs', 'nelder-mead' or 'nelder-mead-then-bfgs', got ${describe(method)}`, {
      path: ['options', 'method'],
    });
  }
  const first = nelderMead(f, x0, options.nelderMead);
  let second: OptimizeResult;
  try {
    second = bfgs(f, first.x, options.bfgs);
  } catch (e) {
    if (isCxError(e, 'NON_FINITE') && e.path[0] === 'x0') {
      return { ...first, message: `Nelder–Mead ${first.message}; BFGS not run: the gradient is not finite there` };
    }
    throw e;
  }
  return {
    ...second,
    iterations: first.iterations + second.iterations,
    evaluations: first.evaluations + second.evaluations,
    message: `Nelder–Mead ${first.message}; BFGS ${second.message}`,
  };
}
