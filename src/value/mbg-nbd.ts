/**
 * The MBG/NBD model (Batislam, Denizel & Filiztekin 2007, "Empirical validation and comparison of models for
 * customer base analysis", International Journal of Research in Marketing 24(3):201–209): BG/NBD in which the
 * customer may also drop out right after the first purchase (at time 0), so a one-time buyer is not certainly
 * alive. Same parameters and data as BG/NBD.
 *
 * @module
 */
import { betaGeoAlive, betaGeoConditional, betaGeoLogLikelihood, betaGeoPmf, fitBetaGeo, readBetaGeoParams, readCount } from './beta-geo.js';
import type { BgNbdFitOptions, BgNbdParams } from './bg-nbd.js';
import { readHorizon, readPredictCustomer, type BtydData, type BtydModel } from './fit.js';

/** A fitted MBG/NBD model (plain JSON); the parameters have the BG/NBD meaning. */
export type MbgNbdModel = BtydModel<'mbg-nbd', BgNbdParams>;

/**
 * Fits the MBG/NBD model by maximum likelihood. Per customer (Batislam et al. 2007, eq. 5, in logs):
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + lnB(a, b+x+1) − lnB(a, b) + log((α+T)^{−(r+x)} + a/(b+x)·(α+t_x)^{−(r+x)})`, the
 * last term as a log-sum-exp. Identical rows are grouped; BFGS on the analytic gradient in log-parameter space,
 * then Newton polishing (as {@link fitBgNbd}, with the same bound of 1e5 on r, a and b).
 *
 * @param data - Customer rows `{ frequency, recency, T, weight? }`, or a `summarizeTransactions` result.
 * @param options - As for {@link fitBgNbd} (default start r = α = a = b = 1).
 * @returns The model; `converged: false` with a message when the optimiser stopped early.
 * @throws CxError as {@link fitBgNbd}.
 * @example
 * const rows = [
 *   { frequency: 0, recency: 0, T: 30 }, { frequency: 1, recency: 10, T: 30 },
 *   { frequency: 3, recency: 25, T: 30 }, { frequency: 0, recency: 0, T: 20 }, { frequency: 2, recency: 5, T: 20 },
 * ];
 * fitMbgNbd(rows, { timeUnit: 'week', penalizer: 0.01 }).kind; //=> 'mbg-nbd'
 */
export function fitMbgNbd(data: BtydData, options: BgNbdFitOptions = {}): MbgNbdModel {
  return fitBetaGeo('mbg-nbd', 1, data, options);
}

/**
 * The log-likelihood of customer rows under MBG/NBD parameters (Batislam et al. 2007), summed with the weights.
 *
 * @param params - The parameters.
 * @param data - Customer rows or a summary.
 * @throws CxError as {@link fitMbgNbd} for bad rows; `OUT_OF_RANGE` for a parameter that is not > 0.
 * @example
 * // x = 0, T = 1, all parameters 1: ln(½·½ + ½·1) = ln 0.75
 * mbgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, [{ frequency: 0, recency: 0, T: 1 }]); //=> -0.287682
 */
export function mbgNbdLogLikelihood(params: BgNbdParams, data: BtydData): number {
  return betaGeoLogLikelihood(params, data, 1);
}

/**
 * Expected repeat purchases of a new customer in `(0, t]` under MBG/NBD:
 * `b/(a−1)·[1 − (α/(α+t))^r·₂F₁(r, b+1; a+b; t/(α+t))]` (the BG/NBD expression of FHL 2005 eq. 9 for a customer who
 * survives the drop-out at time 0 with probability b/(a+b)).
 *
 * @param params - MBG/NBD parameters.
 * @param t - Horizon (≥ 0) in the model's time unit.
 * @throws CxError `OUT_OF_RANGE` for a parameter ≤ 0 or `t < 0`.
 * @example
 * mbgNbdExpectedPurchases({ r: 1, alpha: 1, a: 2, b: 2 }, 0); //=> 0
 */
export function mbgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  const p = readBetaGeoParams(params);
  return betaGeoConditional(p, readHorizon(t), 0, 0, 0, 1);
}

/**
 * Expected purchases in the next `t` of a customer with history `(x, t_x, T)` under MBG/NBD: P(alive) times
 * `(a+b+x)/(a−1)·[1 − ((α+T)/(α+T+t))^{r+x}·₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))]`.
 *
 * @param params - MBG/NBD parameters.
 * @param t - Horizon (≥ 0) in the model's time unit.
 * @param customer - `{ frequency, recency, T }`.
 * @throws CxError `OUT_OF_RANGE` for a bad parameter, horizon or customer field (path `['customer', field]`).
 * @example
 * mbgNbdConditionalExpectedPurchases({ r: 1, alpha: 1, a: 2, b: 2 }, 0, { frequency: 1, recency: 1, T: 2 }); //=> 0
 */
export function mbgNbdConditionalExpectedPurchases(params: BgNbdParams, t: number, customer: { readonly frequency: number; readonly recency: number; readonly T: number }): number {
  const p = readBetaGeoParams(params);
  const h = readHorizon(t);
  const c = readPredictCustomer(customer, null);
  return betaGeoConditional(p, h, c.x, c.tx, c.T, 1);
}

/**
 * P(alive at T | x, t_x, T) under MBG/NBD: `1 / (1 + a/(b+x)·((α+T)/(α+t_x))^{r+x})`, from its log-odds. Unlike
 * BG/NBD, a customer without repeat purchases gets P(alive) < 1, falling with T.
 *
 * @param params - MBG/NBD parameters.
 * @param customer - `{ frequency, recency, T }`.
 * @throws CxError `OUT_OF_RANGE` for a bad parameter or customer field (path `['customer', field]`).
 * @example
 * // a = b = 1, x = 0, T = 0: 1 / (1 + 1) = 0.5
 * mbgNbdProbabilityAlive({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: 0, recency: 0, T: 0 }); //=> 0.5
 */
export function mbgNbdProbabilityAlive(params: BgNbdParams, customer: { readonly frequency: number; readonly recency: number; readonly T: number }): number {
  const p = readBetaGeoParams(params);
  const c = readPredictCustomer(customer, null);
  return betaGeoAlive(p, c.x, c.tx, c.T, 1);
}

/**
 * P(X(t) = n) for a new customer under MBG/NBD: with λ ~ Gamma(r, α) and p ~ Beta(a, b), derived as in FHL 2005
 * eq. 8 with the extra drop-out at time 0: `δ_{n=0}·a/(a+b) + B(a, b+n+1)/B(a, b)·NBD(n) + δ_{n>0}·B(a+1, b+n)/B(a, b)
 * ·I_{t/(α+t)}(n, r)`.
 *
 * @param params - MBG/NBD parameters.
 * @param t - Horizon (≥ 0) in the model's time unit.
 * @param n - Number of purchases (integer ≥ 0).
 * @throws CxError `OUT_OF_RANGE` for a bad parameter, horizon or `n`.
 * @example
 * mbgNbdProbabilityOfPurchases({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0); //=> 1
 */
export function mbgNbdProbabilityOfPurchases(params: BgNbdParams, t: number, n: number): number {
  const p = readBetaGeoParams(params);
  return betaGeoPmf(p, readHorizon(t), readCount(n), 1);
}
