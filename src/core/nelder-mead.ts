/**
 * The Nelder–Mead simplex method: derivative-free minimisation.
 *
 * @module
 */
import { checkObjectiveAndPoint, checkValueAt, countOption, finiteOrInf, initialSteps, plusZero, toleranceOption } from './objective.js';
import type { Objective, OptimizeResult } from './optimize.js';

/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Maximum number of simplex steps (reflection, expansion, contraction or shrink). Default `200·n`. */
  readonly maxIterations?: number;
  /**
   * Converged (with `xTolerance`) when the spread of objective values over the simplex,
   * `f_worst − f_best`, is `≤ tolerance·max(|f_best|, 1)`. Default `1e-10`.
   */
  readonly tolerance?: number;
  /**
   * Converged (with `tolerance`) when every vertex is within `xTolerance·max(|b_j|, 1)` of the best vertex `b` in
   * every coordinate `j`. Default `1e-7`.
   */
  readonly xTolerance?: number;
  /**
   * Edge lengths of the initial simplex `x0 + step_i·e_i`: one number for every coordinate, or one per coordinate
   * (non-zero). Default `0.1·max(|x0_i|, 1)` — a tenth of the coordinate, or 0.1 for coordinates near 0 (log-scale
   * parameters).
   */
  readonly initialStep?: number | ArrayLike<number>;
  /**
   * Use the dimension-dependent coefficients of Gao & Han (2012) when `n > 2`: reflection 1, expansion `1 + 2/n`,
   * contraction `0.75 − 1/(2n)`, shrink `1 − 1/n`; otherwise (and always for `n ≤ 2`) the standard 1, 2, ½, ½.
   * Default `true`.
   */
  readonly adaptive?: boolean;
}

/**
 * Minimises `f` by the Nelder–Mead simplex method: derivative-free and robust to noise and kinks, but slow in
 * more than a few dimensions. Non-finite values count as +∞, so the simplex contracts away from them.
 *
 * Method: Nelder & Mead (1965) as specified by Lagarias, Reeds, Wright & Wright (1998, SIAM J. Optim. 9:112,
 * §2: reflection, expansion, outside/inside contraction, shrink), with the adaptive coefficients of Gao & Han
 * (2012, Comput. Optim. Appl. 51:259) for `n > 2`. One step costs 1–2 objective calls (a shrink `n`), plus O(n²)
 * arithmetic; no allocation per step.
 *
 * @param f - The objective.
 * @param x0 - The start point.
 * @param options - See {@link NelderMeadOptions}.
 * @returns The best vertex; `converged: false` (with a message) when `maxIterations` ran out.
 * @throws CxError `INVALID_ARGUMENT` when `f` is not a function or `f(x0)` is not a number; `EMPTY_INPUT` for an
 * empty `x0`; `NON_FINITE` when `x0` has a non-finite entry (`path` = `['x0', i]`) or `f(x0)` is not finite
 * (`path` = `['f']`); `OUT_OF_RANGE`/`NON_FINITE`/`LENGTH_MISMATCH` for a bad option (`path` = `['options', name]`).
 * @example
 * const r = nelderMead(([a = 0, b = 0]) => (a - 1) ** 2 + (b + 2) ** 2, [0, 0]);
 * r.x; //=> [1, -2]
 * r.converged; //=> true
 */
export function nelderMead(f: Objective, x0: ArrayLike<number>, options: NelderMeadOptions = {}): OptimizeResult {
  const start = checkObjectiveAndPoint(f, x0, 'x0');
  const n = start.length;
  const maxIterations = countOption(options.maxIterations, 200 * n, 'maxIterations');
  const fTol = toleranceOption(options.tolerance, 1e-10, 'tolerance');
  const xTol = toleranceOption(options.xTolerance, 1e-7, 'xTolerance');
  const steps = initialSteps(options.initialStep, start);
  const adaptive = (options.adaptive ?? true) && n > 2;
  const expand = adaptive ? 1 + 2 / n : 2;
  const contract = adaptive ? 0.75 - 1 / (2 * n) : 0.5;
  const shrink = adaptive ? 1 - 1 / n : 0.5;

  let evaluations = 1;
  const value = (p: Float64Array): number => {
    evaluations++;
    return finiteOrInf(f(p));
  };
  const simplex = new Float64Array((n + 1) * n); // vertex k at [k·n, (k+1)·n)
  const fv = new Float64Array(n + 1);
  const order = new Int32Array(n + 1); // vertices by increasing value
  simplex.set(start);
  fv[0] = checkValueAt(f(start), 'x0');
  for (let k = 1; k <= n; k++) {
    const row = simplex.subarray(k * n, k * n + n);
    row.set(start);
    row[k - 1] = start[k - 1]! + steps[k - 1]!;
    fv[k] = value(row);
  }
  for (let k = 0; k <= n; k++) order[k] = k;
  const sort = (): void => {
    for (let k = 1; k <= n; k++) {
      const v = order[k]!;
      let m = k - 1;
      for (; m >= 0 && fv[order[m]!]! > fv[v]!; m--) order[m + 1] = order[m]!;
      order[m + 1] = v;
    }
  };
  sort();

  const centroid = new Float64Array(n);
  const trial = new Float64Array(n);
  const trial2 = new Float64Array(n);
  // point = centroid + t·(centroid − worst)
  const along = (out: Float64Array, worst: number, t: number): number => {
    for (let j = 0; j < n; j++) out[j] = centroid[j]! + t * (centroid[j]! - simplex[worst * n + j]!);
    return value(out);
  };
  const replaceWorst = (p: Float64Array, fp: number): void => {
    const w = order[n]!;
    simplex.set(p, w * n);
    fv[w] = fp;
  };

  let iterations = 0;
  let converged = false;
  for (;;) {
    const best = order[0]!;
    const worst = order[n]!;
    const fBest = fv[best]!;
    const spread = fv[worst]! - fBest;
    if (spread <= fTol * Math.max(Math.abs(fBest), 1)) {
      let close = true;
      for (let k = 1; k <= n && close; k++) {
        const v = order[k]!;
        for (let j = 0; j < n; j++) {
          const b = simplex[best * n + j]!;
          if (Math.abs(simplex[v * n + j]! - b) > xTol * Math.max(Math.abs(b), 1)) {
            close = false;
            break;
          }
        }
      }
      if (close) {
        converged = true;
        break;
      }
    }
    if (iterations >= maxIterations) break;
    iterations++;

    centroid.fill(0);
    for (let k = 0; k < n; k++) {
      const v = order[k]!;
      for (let j = 0; j < n; j++) centroid[j] = centroid[j]! + simplex[v * n + j]! / n;
    }
    const fWorst = fv[worst]!;
    const fr = along(trial, worst, 1);
    if (fr < fBest) {
      const fe = along(trial2, worst, expand);
      if (fe < fr) replaceWorst(trial2, fe);
      else replaceWorst(trial, fr);
    } else if (fr < fv[order[n - 1]!]!) {
      replaceWorst(trial, fr);
    } else {
      const outside = fr < fWorst;
      const fc = along(trial2, worst, outside ? contract : -contract);
      if (outside ? fc <= fr : fc < fWorst) replaceWorst(trial2, fc);
      else {
        for (let k = 1; k <= n; k++) {
          const v = order[k]!;
          const row = simplex.subarray(v * n, v * n + n);
          for (let j = 0; j < n; j++) row[j] = simplex[best * n + j]! + shrink * (row[j]! - simplex[best * n + j]!);
          fv[v] = value(row);
        }
      }
    }
    sort();
  }
  const best = order[0]!;
  const spread = fv[order[n]!]! - fv[best]!;
  return {
    x: Array.from(simplex.subarray(best * n, best * n + n), plusZero),
    value: fv[best]!,
    converged,
    iterations,
    evaluations,
    gradientNorm: null,
    message: converged
      ? `converged: simplex value spread ${spread.toExponential(2)} and size within tolerance after ${iterations} iterations`
      : `not converged: maximum iterations (${maxIterations}) reached with simplex value spread ${spread.toExponential(2)}`,
  };
}
