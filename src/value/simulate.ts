/**
 * Seeded simulation of customers from the BG/NBD and Pareto/NBD models: for tests (simulate, then fit, and see
 * the parameters come back), for demos, and for checking what a model's predictions mean.
 *
 * @module
 */
import { describe, isArrayLike } from '../core/assert.js';
import { CxError } from '../core/errors.js';
import { createRandom, type Random } from '../core/random.js';

/** BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rate λ ~ Gamma(r, α), dropout p ~ Beta(a, b). */
export interface BgNbdSimulationParams {
  /** Shape of the gamma distribution of purchase rates, > 0. */
  readonly r: number;
  /** Rate (inverse scale, in the model's time unit) of the gamma distribution of purchase rates, > 0. */
  readonly alpha: number;
  /** First shape of the beta distribution of dropout probabilities, > 0. */
  readonly a: number;
  /** Second shape of the beta distribution of dropout probabilities, > 0. */
  readonly b: number;
}

/** Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987): λ ~ Gamma(r, α), dropout rate μ ~ Gamma(s, β). */
export interface ParetoNbdSimulationParams {
  /** Shape of the gamma distribution of purchase rates, > 0. */
  readonly r: number;
  /** Rate of the gamma distribution of purchase rates, > 0. */
  readonly alpha: number;
  /** Shape of the gamma distribution of dropout rates, > 0. */
  readonly s: number;
  /** Rate of the gamma distribution of dropout rates, > 0. */
  readonly beta: number;
}

/** Options of {@link simulateBgNbd} and {@link simulateParetoNbd}. */
export interface SimulationOptions {
  /** Number of customers, an integer ≥ 0. */
  readonly customers: number;
  /**
   * Length of each customer's observation window, from the first purchase (time 0) to the end of observation,
   * in the model's time unit: one number > 0 for every customer, or one per customer (a cohort joining over time).
   */
  readonly T: number | ArrayLike<number>;
  /** Seed of the random stream (a safe integer or a string): the same seed gives the same customers. */
  readonly seed: number | string;
  /** Also return each customer's purchase times (`times`). Default `false` (summaries only). */
  readonly transactions?: boolean;
  /** The time unit written into the result, for the fitting functions. Default `'week'`. */
  readonly timeUnit?: 'day' | 'week';
}

/** One simulated customer: the model's summary statistics, and the truth that real data never show. */
export interface SimulatedCustomer {
  /** The customer's id: 1, 2, …, n. */
  readonly customerId: number;
  /** Number of repeat purchases in (0, T]. */
  readonly frequency: number;
  /** Time of the last repeat purchase (0 when there is none). */
  readonly recency: number;
  /** Length of the observation window. */
  readonly T: number;
  /** Whether the customer was still alive (active) at T: known in a simulation only. */
  readonly alive: boolean;
  /** The customer's purchase rate λ. */
  readonly lambda: number;
  /** Purchase times, starting with the first purchase at 0 (only with `transactions: true`). */
  readonly times?: number[];
}

/** Result of {@link simulateBgNbd} and {@link simulateParetoNbd}. */
export interface SimulationResult {
  /** The time unit of `recency`, `T` and `times` (the `timeUnit` option). */
  readonly timeUnit: 'day' | 'week';
  /** One row per customer. */
  readonly customers: SimulatedCustomer[];
}

/**
 * A Gamma(shape, 1) deviate: Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM TOMS
 * 26(3), with the boost Γ(a) = Γ(a + 1)·U^{1/a} for shape < 1 (done in logs so tiny shapes do not underflow to 0
 * before the caller takes a ratio). Returns the logarithm of the deviate.
 */
function logGammaDeviate(rng: Random, shape: number): number {
  const a = shape < 1 ? shape + 1 : shape;
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  let logX: number;
  for (;;) {
    const z = rng.normal();
    const v0 = 1 + c * z;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = rng.next();
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) {
      logX = Math.log(d * v);
      break;
    }
  }
  if (shape < 1) logX += Math.log(1 - rng.next()) / shape;
  return logX;
}

/** An exponential deviate with rate 1. */
function exponential(rng: Random): number {
  return -Math.log(1 - rng.next());
}

function checkParam(params: unknown, name: string): number {
  const v = (params as Record<string, unknown>)[name];
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    throw new CxError(typeof v === 'number' && Number.isNaN(v) ? 'NON_FINITE' : 'OUT_OF_RANGE', `${name} must be a finite number > 0, got ${describe(v)}`, {
      path: ['params', name],
    });
  }
  return v;
}

interface Checked {
  n: number;
  windows: Float64Array;
  rng: Random;
  keep: boolean;
  timeUnit: 'day' | 'week';
}

function checkOptions(options: SimulationOptions): Checked {
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `options must be { customers, T, seed }, got ${describe(options)}`, { path: ['options'] });
  }
  const n: unknown = options.customers;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new CxError('OUT_OF_RANGE', `customers must be an integer ≥ 0, got ${describe(n)}`, { path: ['options', 'customers'] });
  }
  const windows = new Float64Array(n);
  const T: unknown = options.T;
  if (isArrayLike(T)) {
    if (T.length !== n) {
      throw new CxError('LENGTH_MISMATCH', `T must have one value per customer (${String(n)}), got ${String(T.length)}`, { path: ['options', 'T'] });
    }
    for (let i = 0; i < n; i++) windows[i] = checkWindow(T[i], ['options', 'T', i]);
  } else windows.fill(checkWindow(T, ['options', 'T']));
  const unit: unknown = options.timeUnit ?? 'week';
  if (unit !== 'day' && unit !== 'week') {
    throw new CxError('INVALID_ARGUMENT', `timeUnit must be 'day' or 'week', got ${describe(unit)}`, { path: ['options', 'timeUnit'] });
  }
  return { n, windows, rng: createRandom(options.seed), keep: options.transactions === true, timeUnit: unit };
}

function checkWindow(v: unknown, path: (string | number)[]): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    throw new CxError(typeof v === 'number' && Number.isNaN(v) ? 'NON_FINITE' : 'OUT_OF_RANGE', `T must be a finite number > 0, got ${describe(v)}`, { path });
  }
  return v;
}

/** Up to 1e8 expected purchases per customer; more is a parameter mistake (and would take minutes). */
function checkRate(lambda: number, T: number, i: number): void {
  if (!(lambda * T <= 1e8)) {
    throw new CxError('OUT_OF_RANGE', `customer ${String(i + 1)} drew a purchase rate of ${String(lambda)} per unit: over 1e8 purchases expected in T; check r and alpha`, {
      path: ['params', 'alpha'],
    });
  }
}

function row(id: number, x: number, tx: number, T: number, alive: boolean, lambda: number, times: number[] | null): SimulatedCustomer {
  const out: SimulatedCustomer = { customerId: id, frequency: x, recency: tx, T, alive, lambda };
  return times === null ? out : { ...out, times };
}

/**
 * Simulates customers from the BG/NBD model (Fader, Hardie & Lee 2005, "'Counting your customers' the easy way",
 * Marketing Science 24(2), §2): each customer draws a purchase rate λ ~ Gamma(r, α) and a dropout probability
 * p ~ Beta(a, b) (as G₁/(G₁ + G₂) of two gamma deviates); the first purchase is at time 0, then purchases follow a
 * Poisson process of rate λ, and after each repeat purchase the customer drops out for good with probability p.
 * Observation ends at T.
 *
 * Gamma deviates by Marsaglia & Tsang (2000); the stream is {@link createRandom}`(seed)`, so the same seed gives the
 * same customers. O(customers + purchases) time.
 *
 * @param params - see {@link BgNbdSimulationParams}.
 * @param options - see {@link SimulationOptions}.
 * @returns summaries `{ frequency, recency, T }` ready for `fitBgNbd`, plus the hidden truth (`alive`, `lambda`)
 *   and, with `transactions: true`, the purchase times.
 * @throws CxError `OUT_OF_RANGE` / `NON_FINITE` for a parameter that is not a finite number > 0 (path
 *   `['params', name]`) or a drawn purchase rate that would give over 1e8 purchases (path `['params', 'alpha']`), a bad `customers` or `T` (path `['options', …]`); `LENGTH_MISMATCH` when an array `T` has
 *   the wrong length; `INVALID_ARGUMENT` for a bad seed or time unit.
 * @example
 * const sim = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.4 }, { customers: 3, T: 39, seed: 7 });
 * sim.customers.length; //=> 3
 * sim.customers.every((c) => c.recency <= c.T); //=> true
 */
export function simulateBgNbd(params: BgNbdSimulationParams, options: SimulationOptions): SimulationResult {
  if (typeof params !== 'object' || (params as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `params must be { r, alpha, a, b }, got ${describe(params)}`, { path: ['params'] });
  }
  const r = checkParam(params, 'r');
  const alpha = checkParam(params, 'alpha');
  const a = checkParam(params, 'a');
  const b = checkParam(params, 'b');
  const { n, windows, rng, keep, timeUnit } = checkOptions(options);
  const customers = new Array<SimulatedCustomer>(n);
  for (let i = 0; i < n; i++) {
    const T = windows[i]!;
    const lambda = Math.exp(logGammaDeviate(rng, r)) / alpha;
    checkRate(lambda, T, i);
    const la = logGammaDeviate(rng, a);
    const lb = logGammaDeviate(rng, b);
    // p = Ga/(Ga + Gb), computed from the logs so that tiny shapes give 0 < p < 1 without 0/0.
    const p = 1 / (1 + Math.exp(lb - la));
    const times = keep ? [0] : null;
    let t = 0;
    let x = 0;
    let tx = 0;
    let alive = true;
    if (lambda > 0) {
      for (;;) {
        t += exponential(rng) / lambda;
        if (t > T) break;
        x++;
        tx = t;
        if (times !== null) times.push(t);
        if (rng.next() < p) {
          alive = false;
          break;
        }
      }
    }
    customers[i] = row(i + 1, x, tx, T, alive, lambda, times);
  }
  return { timeUnit, customers };
}

/**
 * Simulates customers from the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987, "Counting your customers:
 * who are they and what will they do next?", Management Science 33(1)): each customer draws a purchase rate
 * λ ~ Gamma(r, α) and a dropout rate μ ~ Gamma(s, β), lives an exponential lifetime τ of rate μ from the first
 * purchase at time 0, and purchases as a Poisson process of rate λ while alive. Observation ends at T.
 *
 * Same generator and costs as {@link simulateBgNbd}: O(customers + purchases).
 *
 * @param params - see {@link ParetoNbdSimulationParams}.
 * @param options - see {@link SimulationOptions}.
 * @returns as {@link simulateBgNbd}; `alive` is τ > T.
 * @throws CxError as {@link simulateBgNbd} (parameters `r`, `alpha`, `s`, `beta`).
 * @example
 * const sim = simulateParetoNbd({ r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 }, { customers: 2, T: [30, 39], seed: 'demo', transactions: true });
 * sim.customers.map((c) => c.T); //=> [30, 39]
 * sim.customers.every((c) => c.times?.length === c.frequency + 1); //=> true
 */
export function simulateParetoNbd(params: ParetoNbdSimulationParams, options: SimulationOptions): SimulationResult {
  if (typeof params !== 'object' || (params as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `params must be { r, alpha, s, beta }, got ${describe(params)}`, { path: ['params'] });
  }
  const r = checkParam(params, 'r');
  const alpha = checkParam(params, 'alpha');
  const s = checkParam(params, 's');
  const beta = checkParam(params, 'beta');
  const { n, windows, rng, keep, timeUnit } = checkOptions(options);
  const customers = new Array<SimulatedCustomer>(n);
  for (let i = 0; i < n; i++) {
    const T = windows[i]!;
    const lambda = Math.exp(logGammaDeviate(rng, r)) / alpha;
    checkRate(lambda, T, i);
    // τ = E/μ with μ = G/β: log τ = log E + log β − log G (no overflow for tiny μ).
    const tau = Math.exp(Math.log(exponential(rng)) + Math.log(beta) - logGammaDeviate(rng, s));
    const end = tau < T ? tau : T;
    const times = keep ? [0] : null;
    let t = 0;
    let x = 0;
    let tx = 0;
    if (lambda > 0) {
      for (;;) {
        t += exponential(rng) / lambda;
        if (t > end) break;
        x++;
        tx = t;
        if (times !== null) times.push(t);
      }
    }
    customers[i] = row(i + 1, x, tx, T, tau > T, lambda, times);
  }
  return { timeUnit, customers };
}
