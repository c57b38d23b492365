/**
 * The shared fitting harness of the buy-till-you-die (BTYD) models (BG/NBD, MBG/NBD, Pareto/NBD, BG/BB, and the
 * Gamma-Gamma spend model): the plain-JSON model type, reading and checking customer rows, grouping identical rows
 * into weighted unique rows, and {@link fitModel}, maximum likelihood in log-parameter space with standard errors.
 *
 * Internal machinery: not re-exported by the package entry. The public types ({@link BtydModel},
 * {@link TimeUnit}, {@link BtydCustomer}, {@link BtydSummary}, {@link BtydData}, {@link BtydFitOptions}) are
 * re-exported by `bg-nbd.ts`.
 *
 * Row reading and grouping live in `rows.ts` and are re-exported here. How a model file uses it:
 * 1. `readCustomers(data, options.timeUnit)` → checked columns + weights + the time unit;
 * 2. `groupRows([x, tx, T], w)` → unique rows with summed weights (the likelihood is a sum, so this is exact);
 * 3. `fitModel({ kind, paramNames, initial, data, n, timeUnit, evaluate }, options)` where `evaluate(logθ, data,
 *    grad)` returns the total weighted negative log-likelihood and, when `grad` is not null, writes its gradient
 *    with respect to `logθ` (or supply no gradient: `evaluate` is then only called with `grad = null` and central
 *    differences are used).
 *
 * @module
 * @internal
 */
import { describe } from '../core/assert.js';
import { CxError } from '../core/errors.js';
import { bfgs } from '../core/bfgs.js';
import { gradientInto, hessianInto } from '../core/derivatives.js';
import { choleskyInverseInto } from '../core/linalg.js';
import type { OptimizeResult } from '../core/optimize.js';

export {
  checkSameUnit,
  groupRows,
  indexDistinct,
  readCustomers,
  readFrt,
  readHorizon,
  readNonNegative,
  readPredictCustomer,
  readTimeUnit,
  readWeight,
  rowAt,
  rowsOf,
  type CustomerColumns,
  type Frt,
  type GroupedRows,
} from './rows.js';

/** The unit in which recency, T and horizons are measured: days or weeks (7 days). */
export type TimeUnit = 'day' | 'week';

/**
 * A fitted buy-till-you-die model: plain JSON (no functions, no typed arrays, no NaN or Infinity), so it can be
 * stored and sent as is; the prediction functions take it as their first argument.
 *
 * @typeParam K - The model kind, e.g. `'bg-nbd'`.
 * @typeParam P - The parameter record, e.g. `{ r, alpha, a, b }`.
 */
export interface BtydModel<K extends string, P extends object> {
  /** The model kind, e.g. `'bg-nbd'`; the generic predictions dispatch on it. */
  kind: K;
  /** The maximum-likelihood (or, with a penalizer, penalised) estimates, all > 0. */
  params: P;
  /** The log-likelihood of the data at `params` (unpenalised, summed over customers with their weights). */
  logLikelihood: number;
  /**
   * Asymptotic standard errors of the parameters (delta method from the log scale: `SE(θ) = θ·SE(log θ)`), from
   * the inverse of the observed information (the Hessian of the negative log-likelihood in log-parameter space);
   * `null` when that Hessian is not positive definite (see `message`).
   */
  standardErrors: { [Q in keyof P]: number } | null;
  /**
   * 95% Wald intervals built on the log scale and transformed back: `exp(log θ ± 1.959964·SE(log θ))`, so they
   * stay positive and are asymmetric; `null` with `standardErrors`.
   */
  intervals: { [Q in keyof P]: [number, number] } | null;
  /**
   * Whether the optimum was reached: the gradient of the mean negative log-likelihood (log-parameter space) is
   * within `tolerance`, or it is at the rounding level of the objective and a Newton step on the Hessian moves no
   * log-parameter by more than 1e-7. A fit that stops early is returned with `false`, never thrown.
   */
  converged: boolean;
  /** What the optimiser did and why it stopped, for people. */
  message: string;
  /** Optimiser iterations (BFGS line searches plus Newton polishing steps). */
  iterations: number;
  /** Number of customers (the sum of the weights). */
  n: number;
  /** The time unit of recency, T and horizons, or `null` when the data did not say (horizons are then the data's). */
  timeUnit: TimeUnit | null;
  /** The L2 penalizer the model was fitted with (0 = plain maximum likelihood). */
  penalizer: number;
}

/** A customer as the continuous-time models (BG/NBD, MBG/NBD, Pareto/NBD) read it. */
export interface BtydCustomer {
  /** x: the number of repeat purchases (an integer ≥ 0). */
  readonly frequency: number;
  /** t_x: time from the first purchase to the last repeat purchase, in `0 … T` (0 when `frequency` is 0). */
  readonly recency: number;
  /** T: time from the first purchase to the end of the (calibration) observation window, ≥ 0. */
  readonly T: number;
  /** How many identical customers this row stands for (finite, ≥ 0). Default 1. */
  readonly weight?: number;
  /** The unit of `recency` and `T`; when given it must agree with the data's and the model's unit. */
  readonly timeUnit?: TimeUnit;
}

/** Customer rows with their time unit, as `summarizeTransactions` returns them. */
export interface BtydSummary<C extends BtydCustomer = BtydCustomer> {
  /** The unit of every row's `recency` and `T`. */
  readonly timeUnit: TimeUnit;
  /** One row per customer. */
  readonly customers: readonly C[];
}

/** The input of a continuous-time fit: customer rows, or a summary that carries its time unit. */
export type BtydData = readonly BtydCustomer[] | BtydSummary;

/** Options shared by the model fits. */
export interface BtydFitOptions<P extends object = Record<string, number>> {
  /**
   * The time unit of the data. Default: the summary's `timeUnit` (when `data` is a summary), else the rows'
   * `timeUnit` (when they carry one), else `null` (then horizons in predictions are in the data's unknown unit).
   * A value that disagrees with the summary's or a row's is an error, never a silent rescale.
   */
  readonly timeUnit?: TimeUnit;
  /**
   * L2 penalty `penalizer·Σθ²` on the (natural-scale) parameters, added to the mean negative log-likelihood per
   * customer — the convention of the Python `lifetimes` package, so its penalizer values carry over. Shrinks
   * parameters towards 0 and stabilises fits on small or degenerate data. Default `0` (maximum likelihood).
   */
  readonly penalizer?: number;
  /** Start values (natural scale, each > 0) for some or all parameters. Default: the model's documented start. */
  readonly initial?: Partial<P>;
  /**
   * Converged when `‖∇f‖∞ ≤ tolerance·max(|f|, 1)`, `f` the penalised mean negative log-likelihood per customer,
   * the gradient taken with respect to the log-parameters. Default `1e-10`.
   */
  readonly tolerance?: number;
  /** Maximum BFGS iterations. Default `500`. */
  readonly maxIterations?: number;
}

/**
 * A fitting problem: total weighted negative log-likelihood (NLL) of the data as a function of the
 * log-parameters. @internal
 */
export interface FitProblem<K extends string, N extends string, D> {
  /** The model kind. */
  readonly kind: K;
  /** Parameter names, in the order of the log-parameter vector. */
  readonly paramNames: readonly N[];
  /** Default start values (natural scale, > 0), overridden per name by `options.initial`. */
  readonly initial: Readonly<Record<N, number>>;
  /** The (grouped) data passed to `evaluate`. */
  readonly data: D;
  /** Number of customers (Σ weights): the NLL is divided by it. */
  readonly n: number;
  /** The data's time unit. */
  readonly timeUnit: TimeUnit | null;
  /**
   * Total NLL at `logParams`; when `grad` is not null, also writes `∂NLL/∂logθ` into it. Must not keep or modify
   * `logParams`. May return NaN/±Infinity for impossible parameters (treated as +∞).
   */
  readonly evaluate: (logParams: Float64Array, data: D, grad: Float64Array | null) => number;
  /** Whether `evaluate` computes the gradient. Default false: central differences. */
  readonly analyticGradient?: boolean;
  /**
   * Upper bounds of parameters whose maximum-likelihood estimate can run off to infinity (a limit model the
   * formulas cannot evaluate). A bounded parameter is optimised as `log θ = log U − softplus(log U − y)`, a smooth
   * one-to-one map of the real line onto `(−∞, log U)`: an interior optimum is found exactly, and standard errors
   * are carried through the map; an estimate that runs to the bound stops just below it. Default: none.
   */
  readonly upper?: Readonly<Partial<Record<N, number>>>;
}

/** |log θ| beyond this (θ outside [1e-13, 1e13]) counts as an impossible parameter. */
const LOG_BOUND = 30;
/** Two-sided 95% normal quantile. */
const Z95 = 1.959963984540054;
/** The Newton-step size (log scale) below which a stalled fit counts as converged. */
const STEP_TOLERANCE = 1e-7;

/** Reads `options.initial` over the defaults into a log-parameter vector. */
function startPoint<N extends string>(names: readonly N[], defaults: Readonly<Record<N, number>>, initial: unknown): Float64Array {
  if (initial !== undefined && (typeof initial !== 'object' || initial === null)) {
    throw new CxError('INVALID_ARGUMENT', `initial must be an object of start values, got ${describe(initial)}`, { path: ['options', 'initial'] });
  }
  const given = (initial ?? {}) as Record<string, unknown>;
  const x0 = new Float64Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const v = given[name] ?? defaults[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || !(v > 0)) {
      throw new CxError('OUT_OF_RANGE', `initial.${name} must be a finite number > 0, got ${describe(v)}`, { path: ['options', 'initial', name] });
    }
    x0[i] = Math.log(v);
  }
  return x0;
}

/** log(1 + eᵘ) without overflow. */
function softplus(u: number): number {
  return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
}

/** 1 / (1 + e⁻ᵘ) without overflow. */
function sigmoid(u: number): number {
  return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
}

function normInf(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
}

/**
 * Fits a model by maximum likelihood in log-parameter space (every parameter > 0).
 *
 * Objective: `f(log θ) = NLL(θ)/n + penalizer·Σθ²` (the mean NLL per customer, so tolerances do not depend on the
 * number of customers). Method: BFGS with a strong-Wolfe line search (core `bfgs`) on the analytic gradient when
 * the problem has one, else central differences; then up to 4 Newton steps with the Hessian taken once at the BFGS
 * point (central differences of the gradient, or Richardson-extrapolated second differences of `f`) to polish the
 * optimum; a step is kept when it lowers `f`, or leaves it within its rounding noise (1e-12 relative) while the
 * gradient falls. Convergence is
 * judged on the gradient, never on the line search alone: when BFGS stops because the objective cannot decrease
 * in floating point, the fit still counts as converged if the Hessian is positive definite and the Newton step
 * is below 1e-7 in every log-parameter (the "did not converge" false alarm of other libraries). Standard errors
 * come from the inverse of `n·H` (the observed information; Pawitan 2001, §3.3; with a penalizer, of the penalised
 * objective). Never throws for
 * non-convergence: the model has `converged: false` and says why.
 *
 * @throws CxError `OUT_OF_RANGE` / `INVALID_ARGUMENT` for bad options (path `['options', name]`); `INVALID_ARGUMENT`
 * when the log-likelihood is not finite at the start values.
 * @internal
 */
export function fitModel<K extends string, N extends string, D>(
  problem: FitProblem<K, N, D>,
  options: BtydFitOptions<Record<N, number>> = {},
): BtydModel<K, Record<N, number>> {
  const penalizer = options.penalizer ?? 0;
  if (typeof penalizer !== 'number' || !Number.isFinite(penalizer) || penalizer < 0) {
    throw new CxError('OUT_OF_RANGE', `penalizer must be a finite number ≥ 0, got ${describe(penalizer)}`, { path: ['options', 'penalizer'] });
  }
  const tolerance = options.tolerance ?? 1e-10;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || !(tolerance > 0)) {
    throw new CxError('OUT_OF_RANGE', `tolerance must be a finite number > 0, got ${describe(tolerance)}`, { path: ['options', 'tolerance'] });
  }
  const maxIterations = options.maxIterations ?? 500;
  if (typeof maxIterations !== 'number' || !Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new CxError('OUT_OF_RANGE', `maxIterations must be an integer ≥ 1, got ${describe(maxIterations)}`, { path: ['options', 'maxIterations'] });
  }
  const names = problem.paramNames;
  const k = names.length;
  const start = startPoint(names, problem.initial, options.initial);
  const { data, n } = problem;
  const analytic = problem.analyticGradient === true;

  // The optimiser's variable y: y = log θ, or for a bounded parameter log θ = log U − softplus(log U − y).
  const logCap = new Float64Array(k).fill(Infinity);
  for (let i = 0; i < k; i++) {
    const u = problem.upper?.[names[i]!];
    if (u === undefined) continue;
    logCap[i] = Math.log(u);
    if (!(start[i]! < logCap[i]!)) {
      throw new CxError('OUT_OF_RANGE', `initial.${names[i]!} must be below ${String(u)}, the bound of this model's fit`, { path: ['options', 'initial', names[i]!] });
    }
  }
  /** log θ of the optimiser's point `y`, into `out`. */
  const logTheta = (y: Float64Array, out: Float64Array): Float64Array => {
    for (let i = 0; i < k; i++) out[i] = logCap[i] === Infinity ? y[i]! : logCap[i]! - softplus(logCap[i]! - y[i]!);
    return out;
  };
  /** d log θᵢ / d yᵢ. */
  const slope = (y: Float64Array, i: number): number => (logCap[i] === Infinity ? 1 : sigmoid(logCap[i]! - y[i]!));
  const x0 = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const v = logCap[i]! - start[i]!; // > 0: softplus⁻¹(v) = v + log(1 − e⁻ᵛ)
    x0[i] = logCap[i] === Infinity ? start[i]! : logCap[i]! - (v + Math.log(-Math.expm1(-v)));
  }
  const theta = new Float64Array(k);

  // f and ∇f together, memoised on the last point (BFGS asks for the gradient right after the value).
  const memoX = new Float64Array(k).fill(NaN);
  const memoG = new Float64Array(k);
  let memoF = NaN;
  const raw = (x: Float64Array, withGrad: boolean): number => {
    for (let i = 0; i < k; i++) if (!(Math.abs(x[i]!) <= LOG_BOUND)) return Infinity;
    let same = true;
    for (let i = 0; i < k && same; i++) same = memoX[i] === x[i];
    if (same && !Number.isNaN(memoF)) return memoF;
    const g = withGrad && analytic ? memoG : null;
    const lt = logTheta(x, theta);
    let f = problem.evaluate(lt, data, g) / n;
    for (let i = 0; i < k; i++) {
      const t2 = Math.exp(2 * lt[i]!);
      f += penalizer * t2;
      if (g !== null) g[i] = (g[i]! / n + 2 * penalizer * t2) * slope(x, i);
    }
    if (!Number.isFinite(f)) f = Infinity;
    memoX.set(x);
    memoF = g === null ? NaN : f; // only memoise points whose gradient is in memoG
    return f;
  };
  const f = (x: Float64Array): number => raw(x, true);
  const gradient = (x: Float64Array, out: Float64Array): void => {
    if (raw(x, true) === Infinity) {
      out.fill(NaN);
      return;
    }
    out.set(memoG);
  };
  const gradAt = (x: Float64Array, fx: number, out: Float64Array): boolean => {
    if (analytic) gradient(x, out);
    else gradientInto(f, x, fx, out);
    for (let i = 0; i < k; i++) if (!Number.isFinite(out[i])) return false;
    return true;
  };

  if (!(f(x0) < Infinity)) {
    throw new CxError('INVALID_ARGUMENT', 'the log-likelihood is not finite at the start values: give other options.initial', {
      path: ['options', 'initial'],
    });
  }
  let result: OptimizeResult;
  try {
    result = bfgs(f, x0, { gradient: analytic ? gradient : undefined, maxIterations, gradientTolerance: tolerance, relativeTolerance: 0 });
  } catch (e) {
    throw new CxError('INVALID_ARGUMENT', 'the log-likelihood has no finite gradient at the start values: give other options.initial', {
      path: ['options', 'initial'],
      cause: e,
    });
  }

  // Newton polish on the Hessian, then the convergence judgement on the final point.
  const x = Float64Array.from(result.x);
  let fx = f(x);
  const g = new Float64Array(k);
  const h = new Float64Array(k * k);
  const inv = new Float64Array(k * k);
  const step = new Float64Array(k);
  const trial = new Float64Array(k);
  const gTrial = new Float64Array(k);
  let iterations = result.iterations;
  const gOk = gradAt(x, fx, g);
  const hessian = (p: Float64Array, fp: number, out: Float64Array): boolean => {
    if (!analytic) return hessianInto(f, p, fp, out) < 0;
    const gp = new Float64Array(k);
    const gm = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      const pi = p[i]!;
      const hi = pi + 6e-6 * Math.max(Math.abs(pi), 1) - pi;
      p[i] = pi + hi;
      gradient(p, gp);
      p[i] = pi - hi;
      gradient(p, gm);
      p[i] = pi;
      for (let j = 0; j < k; j++) {
        const v = (gp[j]! - gm[j]!) / (2 * hi);
        if (!Number.isFinite(v)) return false;
        out[j * k + i] = v;
      }
    }
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < i; j++) {
        const v = 0.5 * (out[i * k + j]! + out[j * k + i]!);
        out[i * k + j] = v;
        out[j * k + i] = v;
      }
    }
    return true;
  };
  // The Hessian once at the BFGS point (its inverse gives the standard errors), then up to 4 Newton (chord) steps
  // x ← x − H⁻¹g with that H: near the optimum H hardly changes, and each step costs one evaluation.
  const pd = gOk && hessian(x, fx, h) && choleskyInverseInto(Float64Array.from(h), k, inv);
  const newtonStep = (): number => {
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += inv[i * k + j]! * g[j]!;
      step[i] = s;
    }
    return normInf(step);
  };
  let newton = pd ? newtonStep() : Infinity;
  for (let it = 0; it < 4 && pd && newton > 1e-13; it++) {
    for (let i = 0; i < k; i++) trial[i] = x[i]! - step[i]!;
    const ft = f(trial);
    if (!(ft < Infinity) || !gradAt(trial, ft, gTrial)) break;
    // Near the optimum f changes by less than its rounding noise (a sum over many rows), while the gradient still
    // shrinks by orders of magnitude: accept a step that does not raise f beyond that noise if |g| falls.
    const better = ft < fx || (ft - fx <= 1e-12 * Math.max(Math.abs(fx), 1) && normInf(gTrial) < normInf(g));
    if (!better) break;
    x.set(trial);
    fx = ft;
    g.set(gTrial);
    iterations++;
    newton = newtonStep();
  }
  const gNorm = gOk ? normInf(g) : Infinity;
  const byGradient = gNorm <= tolerance * Math.max(Math.abs(fx), 1);
  const byStep = pd && newton <= STEP_TOLERANCE;
  const converged = byGradient || byStep;
  let message = converged
    ? byGradient
      ? `converged: gradient norm ${gNorm.toExponential(2)} within tolerance after ${iterations} iterations`
      : `converged: the gradient (norm ${gNorm.toExponential(2)}) is at the rounding level of the likelihood and the Newton step to the optimum is ${newton.toExponential(2)} (log scale) after ${iterations} iterations`
    : `did not converge: ${result.message.replace(/^not converged: /, '').replace(/ \(gradient norm [^)]*\)/, '')}; gradient norm ${gNorm.toExponential(2)}${pd ? `, Newton step ${newton.toExponential(2)}` : ''}`;

  // Parameters, log-likelihood, standard errors and intervals.
  const lt = logTheta(x, new Float64Array(k));
  const params = {} as Record<N, number>;
  for (let i = 0; i < k; i++) params[names[i]!] = Math.exp(lt[i]!);
  const nll = problem.evaluate(lt, data, null);
  const atBound: N[] = [];
  for (let i = 0; i < k; i++) if (logCap[i]! - lt[i]! < 1e-3) atBound.push(names[i]!);
  let standardErrors: Record<N, number> | null = null;
  let intervals: Record<N, [number, number]> | null = null;
  if (pd) {
    const se = {} as Record<N, number>;
    const ci = {} as Record<N, [number, number]>;
    let finite = true;
    for (let i = 0; i < k; i++) {
      const seLog = Math.sqrt(inv[i * k + i]! / n) * slope(x, i); // delta method through the bound's map
      const value = params[names[i]!];
      se[names[i]!] = value * seLog;
      const lo = Math.exp(lt[i]! - Z95 * seLog);
      const hi = Math.exp(lt[i]! + Z95 * seLog);
      ci[names[i]!] = [lo, hi];
      finite &&= Number.isFinite(seLog) && Number.isFinite(value * seLog) && Number.isFinite(hi) && lo > 0;
    }
    if (finite) {
      standardErrors = se;
      intervals = ci;
    } else {
      message += '; standard errors unavailable: the curvature of the likelihood is too flat in some parameter';
    }
  } else {
    message += '; standard errors unavailable: the Hessian is not positive definite at the estimate (a parameter the data do not identify, or a boundary optimum)';
  }
  if (atBound.length > 0) {
    const list = atBound.map((nm) => `${nm} = ${String(problem.upper![nm]!)}`).join(', ');
    message += `; ${atBound.length > 1 ? 'parameters' : 'parameter'} at the fit's bound (${list}): the likelihood keeps rising toward a limit model the data cannot pin down, and the fit stops just short of it (predictions are those of the limit to about 1e-5)`;
  }
  return {
    kind: problem.kind,
    params,
    logLikelihood: -nll + 0,
    standardErrors,
    intervals,
    converged,
    message,
    iterations,
    n,
    timeUnit: problem.timeUnit,
    penalizer,
  };
}
