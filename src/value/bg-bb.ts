/**
 * The BG/BB model of discrete-time repeat transactions (Fader, Hardie & Shang 2010, "Customer-base analysis in a
 * discrete-time noncontractual setting", Marketing Science 29(6):1086–1108): at each of `n` transaction
 * opportunities an active customer transacts with probability p ~ Beta(α, β), and becomes inactive at the start of
 * an opportunity with probability θ ~ Beta(γ, δ). Data are usually counts of identical (x, t_x, n) patterns.
 *
 * @module
 */
import { CxError, type CxPath } from '../core/errors.js';
import { lbetaK, lgammaK } from '../core/special-kernels.js';
import { fitModel, groupRows, readNonNegative, readTimeUnit, readWeight, rowAt, type BtydFitOptions, type BtydModel } from './fit.js';

/** BG/BB parameters: transaction probability p ~ Beta(`alpha`, `beta`); drop-out θ ~ Beta(`gamma`, `delta`). */
export interface BgBbParams {
  /** First shape of the beta distribution of the transaction probability. */
  alpha: number;
  /** Second shape of the beta distribution of the transaction probability. */
  beta: number;
  /** First shape of the beta distribution of the drop-out probability. */
  gamma: number;
  /** Second shape of the beta distribution of the drop-out probability. */
  delta: number;
}

/** A fitted BG/BB model (plain JSON). */
export type BgBbModel = BtydModel<'bg-bb', BgBbParams>;

/** A pattern of the BG/BB data: `x` transactions in `n` opportunities, the last in opportunity `t_x`. */
export interface BgBbCustomer {
  /** x: number of transactions, an integer in `0 … periods`. */
  readonly frequency: number;
  /** t_x: the opportunity of the last transaction, an integer in `x … periods` (0 when x = 0). */
  readonly recency: number;
  /** n: number of transaction opportunities observed, an integer ≥ 0. */
  readonly periods: number;
  /** Number of customers with this pattern (finite, ≥ 0). Default 1. */
  readonly weight?: number;
}

/** Options of {@link fitBgBb}: see {@link BtydFitOptions}; the default start is α = β = γ = δ = 1. */
export type BgBbFitOptions = BtydFitOptions<BgBbParams>;

/** Grouped BG/BB patterns. */
interface BgBbData {
  /** x per pattern. */
  readonly x: Float64Array;
  /** t_x per pattern. */
  readonly tx: Float64Array;
  /** n per pattern. */
  readonly n: Float64Array;
  /** Weight per pattern. */
  readonly w: Float64Array;
}

/** Checks one BG/BB pattern at `path`. */
function readBgBbPattern(row: Record<string, unknown>, path: CxPath): { x: number; tx: number; n: number } {
  const x = readNonNegative(row, 'frequency', path);
  const tx = readNonNegative(row, 'recency', path);
  const n = readNonNegative(row, 'periods', path);
  for (const [v, f] of [[x, 'frequency'], [tx, 'recency'], [n, 'periods']] as const) {
    if (!Number.isInteger(v)) throw new CxError('OUT_OF_RANGE', `${f} must be an integer, got ${String(v)}`, { path: [...path, f] });
  }
  if (tx > n) throw new CxError('OUT_OF_RANGE', `recency (${String(tx)}) must not exceed periods (${String(n)})`, { path: [...path, 'recency'] });
  if (x > tx || (x === 0 && tx !== 0)) {
    throw new CxError('OUT_OF_RANGE', `recency must be 0 when frequency is 0 and at least frequency otherwise, got frequency ${String(x)}, recency ${String(tx)}`, {
      path: [...path, 'recency'],
    });
  }
  return { x, tx, n };
}

/**
 * Log-likelihood of one pattern (FHS 2010, eq. 5). The terms of the sum fall monotonically, each the previous times
 * `(β+t_x−x+i)/(α+β+t_x+i) · (δ+t_x+i)/(γ+δ+1+t_x+i)` (from B(a, b+1) = B(a, b)·b/(a+b)), so the sum is taken
 * relative to its first term without a log-beta per term; the two parts are then combined as a log-sum-exp.
 */
/**
 * `ln[B(a+da, b+db)/B(a, b)] = ln[(a)_da·(b)_db/(a+b)_(da+db)]` for integers da, db ≥ 0, as a sum of logs of ratios:
 * accurate however large a and b are (lnB of arguments near 1e10 is itself near 1e10, so a difference of two of
 * them keeps only ~1e−6). Past 100,000 steps, the lnB difference.
 */
function logBetaRatio(a: number, b: number, da: number, db: number): number {
  if (da + db > 100_000) return lbetaK(a + da, b + db) - lbetaK(a, b);
  let s = 0;
  for (let j = 0; j < da; j++) s += Math.log((a + j) / (a + b + j));
  for (let j = 0; j < db; j++) s += Math.log((b + j) / (a + b + da + j));
  return s;
}

function bgBbLogLik(al: number, be: number, ga: number, de: number, x: number, tx: number, n: number): number {
  const l1 = logBetaRatio(al, be, x, n - x) + logBetaRatio(ga, de, 0, n);
  if (n - tx - 1 < 0) return l1;
  // B(γ+1, δ+t_x)/B(γ, δ) = B(γ, δ+t_x)/B(γ, δ)·γ/(γ+δ+t_x).
  const l2 = logBetaRatio(al, be, x, tx - x) + logBetaRatio(ga, de, 0, tx) + Math.log(ga / (ga + de + tx));
  let term = 1;
  let sum = 1;
  for (let i = 0; i < n - tx - 1; i++) {
    term *= ((be + tx - x + i) / (al + be + tx + i)) * ((de + tx + i) / (ga + de + 1 + tx + i));
    sum += term;
  }
  const l2s = l2 + Math.log(sum);
  return l1 > l2s ? l1 + Math.log1p(Math.exp(l2s - l1)) : l2s + Math.log1p(Math.exp(l1 - l2s));
}

function bgBbNll(logParams: Float64Array, d: BgBbData): number {
  const al = Math.exp(logParams[0]!);
  const be = Math.exp(logParams[1]!);
  const ga = Math.exp(logParams[2]!);
  const de = Math.exp(logParams[3]!);
  let nll = 0;
  for (let i = 0; i < d.x.length; i++) nll -= d.w[i]! * bgBbLogLik(al, be, ga, de, d.x[i]!, d.tx[i]!, d.n[i]!);
  return nll;
}

/** Reads and groups BG/BB patterns. */
function readBgBbData(data: unknown): BgBbData & { total: number } {
  if (!Array.isArray(data)) {
    throw new CxError('INVALID_ARGUMENT', 'data must be an array of { frequency, recency, periods, weight? }', { path: ['data'] });
  }
  const rows = data as unknown[];
  const len = rows.length;
  const x = new Float64Array(len);
  const tx = new Float64Array(len);
  const n = new Float64Array(len);
  const w = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const row = rowAt(rows, i, ['data']);
    const p = readBgBbPattern(row, ['data', i]);
    x[i] = p.x;
    tx[i] = p.tx;
    n[i] = p.n;
    w[i] = readWeight(row, ['data', i]);
  }
  const g = groupRows([x, tx, n], w);
  if (!(g.total > 0)) throw new CxError('EMPTY_INPUT', 'no customers to fit (no rows, or every weight is 0)', { path: ['data'] });
  const [gx, gtx, gn] = g.columns as [Float64Array, Float64Array, Float64Array];
  return { x: gx, tx: gtx, n: gn, w: g.weights, total: g.total };
}

/**
 * Fits the BG/BB model by maximum likelihood (Fader, Hardie & Shang 2010). The per-pattern likelihood
 * `B(α+x, β+n−x)/B(α, β)·B(γ, δ+n)/B(γ, δ) + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α, β)·B(γ+1, δ+t_x+i)/B(γ, δ)`
 * is summed in logs (log-sum-exp); identical patterns are grouped. BFGS on central-difference gradients in
 * log-parameter space, then Newton polishing. On the paper's 11,104 donors (6 opportunities) it gives α = 1.204,
 * β = 0.750, γ = 0.657, δ = 2.783, log-likelihood −33,225.6. O(Σ (n − t_x)) per evaluation.
 *
 * @param data - Patterns `{ frequency, recency, periods, weight? }`.
 * @param options - See {@link BgBbFitOptions}; `timeUnit` is the length of one opportunity, if it has one.
 * @returns The model; `converged: false` with a message when the optimiser stopped early.
 * @throws CxError `OUT_OF_RANGE` / `NON_FINITE` for a bad field (path `['data', i, field]`); `INVALID_WEIGHT`;
 * `EMPTY_INPUT` for no customers; `INVALID_ARGUMENT` for a bad option.
 * @example
 * const model = fitBgBb([
 *   { frequency: 0, recency: 0, periods: 6, weight: 30 }, { frequency: 2, recency: 3, periods: 6, weight: 20 },
 *   { frequency: 4, recency: 6, periods: 6, weight: 25 }, { frequency: 6, recency: 6, periods: 6, weight: 15 },
 * ]);
 * [model.kind, model.n]; //=> ['bg-bb', 90]
 */
export function fitBgBb(data: readonly BgBbCustomer[], options: BgBbFitOptions = {}): BgBbModel {
  const d = readBgBbData(data);
  const unit = options.timeUnit === undefined ? null : readTimeUnit(options.timeUnit, ['options', 'timeUnit']);
  return fitModel(
    {
      kind: 'bg-bb',
      paramNames: ['alpha', 'beta', 'gamma', 'delta'] as const,
      initial: { alpha: 1, beta: 1, gamma: 1, delta: 1 },
      data: d,
      n: d.total,
      timeUnit: unit,
      evaluate: (x, data) => bgBbNll(x, data),
    },
    options,
  );
}

function readParams(params: unknown): BgBbParams {
  if (typeof params !== 'object' || params === null) throw new CxError('INVALID_ARGUMENT', 'params must be { alpha, beta, gamma, delta }', { path: ['params'] });
  const p = params as Record<string, unknown>;
  for (const k of ['alpha', 'beta', 'gamma', 'delta']) {
    const v = p[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || !(v > 0)) {
      throw new CxError('OUT_OF_RANGE', `params.${k} must be a finite number > 0, got ${String(v)}`, { path: ['params', k] });
    }
  }
  return params as BgBbParams;
}

function readPeriods(t: unknown, name: string): number {
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 0) {
    throw new CxError('OUT_OF_RANGE', `${name} must be an integer ≥ 0 (a number of transaction opportunities), got ${String(t)}`, { path: [name] });
  }
  return t;
}

/** Up to this many opportunities, the survival sum is summed term by term (see {@link survivalSum}). */
const PRODUCT_STEPS = 100_000;

/**
 * Expected opportunities survived of the next `t`, for a customer alive at opportunity `k`:
 * `Σ_{i=1..t} B(γ, δ+k+i)/B(γ, δ+k) = Σ_i Π_{j<i} (δ+k+j)/(γ+δ+k+j)` — a sum of positive terms, exact for any γ
 * (γ = 1 included) and any δ however large. Its closed form `δ/(γ−1)·[1 − Γ(γ+δ+k)Γ(1+δ+k+t)/(Γ(1+δ+k)Γ(γ+δ+k+t))]`
 * (FHS 2010) is used only past {@link PRODUCT_STEPS} opportunities.
 */
function survivalSum(ga: number, de: number, k: number, t: number): number {
  if (t === 0) return 0;
  if (t <= PRODUCT_STEPS) {
    let c = 1;
    let sum = 0;
    for (let j = 0; j < t; j++) {
      c *= (de + k + j) / (ga + de + k + j);
      sum += c;
    }
    return sum;
  }
  if (Math.abs(ga - 1) < 1e-6) return 0.5 * (survivalSum(ga + 1e-4, de, k, t) + survivalSum(ga - 1e-4, de, k, t));
  const logRatio = lgammaK(ga + de + k) + lgammaK(1 + de + k + t) - lgammaK(1 + de + k) - lgammaK(ga + de + k + t);
  return Math.max(0, (de / (ga - 1)) * -Math.expm1(logRatio));
}

/**
 * Expected transactions of a new customer in `t` opportunities under BG/BB (FHS 2010, eq. 7):
 * `α/(α+β)·δ/(γ−1)·[1 − Γ(γ+δ)Γ(1+δ+t)/(Γ(γ+δ+t)Γ(1+δ))]`, evaluated as the equal sum
 * `α/(α+β)·Σ_{i=1..t} Π_{j<i} (δ+j)/(γ+δ+j)` (O(t), exact at γ = 1 and for the huge δ of a fit with no drop-out;
 * the closed form only past 100,000 opportunities).
 *
 * @param params - BG/BB parameters.
 * @param t - Number of opportunities (integer ≥ 0).
 * @throws CxError `OUT_OF_RANGE` for a parameter ≤ 0 or a bad `t`.
 * @example
 * // one opportunity: P(alive at it)·E[p] = δ/(γ+δ)·α/(α+β)
 * bgBbExpectedPurchases({ alpha: 1, beta: 1, gamma: 1, delta: 3 }, 1); //=> 0.375
 */
export function bgBbExpectedPurchases(params: BgBbParams, t: number): number {
  const p = readParams(params);
  return (p.alpha / (p.alpha + p.beta)) * survivalSum(p.gamma, p.delta, 0, readPeriods(t, 't'));
}

function readPattern(customer: unknown): { x: number; tx: number; n: number } {
  if (typeof customer !== 'object' || customer === null) {
    throw new CxError('INVALID_ARGUMENT', 'customer must be { frequency, recency, periods }', { path: ['customer'] });
  }
  return readBgBbPattern(customer as Record<string, unknown>, ['customer']);
}

/**
 * Expected transactions in the next `t` opportunities of a customer with pattern `(x, t_x, n)` under BG/BB
 * (FHS 2010, eq. 13), in logs: `B(α+x+1, β+n−x)/B(α, β)·δ/(γ−1)·Γ(γ+δ)/Γ(1+δ)·[Γ(1+δ+n)/Γ(γ+δ+n) −
 * Γ(1+δ+n+t)/Γ(γ+δ+n+t)] / L(x, t_x, n)`.
 *
 * @param params - BG/BB parameters.
 * @param t - Number of future opportunities (integer ≥ 0).
 * @param customer - `{ frequency, recency, periods }`.
 * @throws CxError `OUT_OF_RANGE` for a bad parameter, `t` or pattern field (path `['customer', field]`).
 * @example
 * bgBbConditionalExpectedPurchases({ alpha: 1, beta: 1, gamma: 1, delta: 3 }, 0, { frequency: 1, recency: 1, periods: 2 }); //=> 0
 */
export function bgBbConditionalExpectedPurchases(params: BgBbParams, t: number, customer: { readonly frequency: number; readonly recency: number; readonly periods: number }): number {
  const p = readParams(params);
  const h = readPeriods(t, 't');
  const { x, tx, n } = readPattern(customer);
  const { alpha: al, beta: be, gamma: ga, delta: de } = p;
  const logL = bgBbLogLik(al, be, ga, de, x, tx, n);
  // Σ_{i=1..t} E[p·(1−θ)^{n+i}·p^x(1−p)^{n−x}] / L = B(α+x+1, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ) · (opportunities
  // survived of the next t by a customer alive at n) / L.
  const logLead = logBetaRatio(al, be, x + 1, n - x) + logBetaRatio(ga, de, 0, n) - logL;
  return Math.exp(logLead) * survivalSum(ga, de, n, h);
}

/**
 * The probability that a customer with pattern `(x, t_x, n)` is still active at opportunity `n + 1` under BG/BB
 * (FHS 2010, eq. 11): `B(α+x, β+n−x)/B(α, β)·B(γ, δ+n+1)/B(γ, δ) / L(x, t_x, n)`, in logs.
 *
 * @param params - BG/BB parameters.
 * @param customer - `{ frequency, recency, periods }`.
 * @throws CxError `OUT_OF_RANGE` for a bad parameter or pattern field (path `['customer', field]`).
 * @example
 * // no opportunity observed yet: P(surviving the first drop-out) = δ/(γ+δ)
 * bgBbProbabilityAlive({ alpha: 1, beta: 1, gamma: 1, delta: 3 }, { frequency: 0, recency: 0, periods: 0 }); //=> 0.75
 */
export function bgBbProbabilityAlive(params: BgBbParams, customer: { readonly frequency: number; readonly recency: number; readonly periods: number }): number {
  const p = readParams(params);
  const { x, tx, n } = readPattern(customer);
  const { alpha: al, beta: be, gamma: ga, delta: de } = p;
  const v = Math.exp(logBetaRatio(al, be, x, n - x) + logBetaRatio(ga, de, 0, n + 1) - bgBbLogLik(al, be, ga, de, x, tx, n));
  return Math.min(1, v);
}

/**
 * P(X(t) = k): the probability that a new customer makes exactly `k` transactions in `t` opportunities under BG/BB
 * (FHS 2010, eq. 8): `C(t, k)·B(α+k, β+t−k)/B(α, β)·B(γ, δ+t)/B(γ, δ) + Σ_{i=k}^{t−1} C(i, k)·B(α+k, β+i−k)/B(α, β)
 * ·B(γ+1, δ+i)/B(γ, δ)`, each term in logs. O(t).
 *
 * @param params - BG/BB parameters.
 * @param t - Number of opportunities (integer ≥ 0).
 * @param k - Number of transactions (integer ≥ 0).
 * @throws CxError `OUT_OF_RANGE` for a bad parameter, `t` or `k`.
 * @example
 * bgBbProbabilityOfPurchases({ alpha: 1, beta: 1, gamma: 1, delta: 3 }, 1, 1); //=> 0.375
 */
export function bgBbProbabilityOfPurchases(params: BgBbParams, t: number, k: number): number {
  const p = readParams(params);
  const n = readPeriods(t, 't');
  const x = readPeriods(k, 'n');
  if (x > n) return 0;
  const { alpha: al, beta: be, gamma: ga, delta: de } = p;
  const lChoose = (a: number, b: number): number => lgammaK(a + 1) - lgammaK(b + 1) - lgammaK(a - b + 1);
  // Alive through all n: C(n, x)·B(α+x, β+n−x)/B(α, β)·B(γ, δ+n)/B(γ, δ).
  let v = Math.exp(lChoose(n, x) + logBetaRatio(al, be, x, n - x) + logBetaRatio(ga, de, 0, n));
  // Dropped out after opportunity i (x ≤ i < n): C(i, x)·B(α+x, β+i−x)/B(α, β)·B(γ+1, δ+i)/B(γ, δ), each term from
  // the one before by the ratio [(i+1)/(i+1−x)]·[(β+i−x)/(α+β+i)]·[(δ+i)/(γ+1+δ+i)] (O(n) in all).
  if (x <= n - 1) {
    let lt = logBetaRatio(al, be, x, 0) + logBetaRatio(ga, de, 0, x) + Math.log(ga / (ga + de + x));
    for (let i = x; i <= n - 1; i++) {
      v += Math.exp(lt);
      lt += Math.log(((i + 1) / (i + 1 - x)) * ((be + i - x) / (al + be + i)) * ((de + i) / (ga + 1 + de + i)));
    }
  }
  return Math.min(1, v);
}
