/**
 * The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "'Counting your customers' the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2):275–284): while active, a customer buys as a
 * Poisson process with rate λ ~ Gamma(r, α); after every purchase she drops out with probability p ~ Beta(a, b).
 *
 * The likelihood and the predictions are written for the beta-geometric family with a `shift` s: s = 0 is BG/NBD,
 * s = 1 is MBG/NBD (Batislam, Denizel & Filiztekin 2007), where the customer may also drop out at time 0. The
 * MBG/NBD file uses these kernels.
 *
 * @module
 */
import { betaGeoAlive, betaGeoConditional, betaGeoLogLikelihood, betaGeoPmf, fitBetaGeo, readBetaGeoParams, readCount } from './beta-geo.js';
import { readHorizon, readPredictCustomer, type BtydData, type BtydFitOptions, type BtydModel } from './fit.js';

export type { BtydModel, BtydCustomer, BtydSummary, BtydData, BtydFitOptions, TimeUnit } from './fit.js';

/** BG/NBD parameters: purchase rate λ ~ Gamma(shape `r`, rate `alpha`); drop-out p ~ Beta(`a`, `b`). */
export interface BgNbdParams {
  /** Shape of the gamma distribution of the purchase rate. */
  r: number;
  /** Rate (inverse scale, in the time unit) of the gamma distribution of the purchase rate. */
  alpha: number;
  /** First shape of the beta distribution of the drop-out probability. */
  a: number;
  /** Second shape of the beta distribution of the drop-out probability. */
  b: number;
}

/** A fitted BG/NBD model (plain JSON). */
export type BgNbdModel = BtydModel<'bg-nbd', BgNbdParams>;

/** Options of {@link fitBgNbd}: see {@link BtydFitOptions}; the default start is r = α = a = b = 1. */
export type BgNbdFitOptions = BtydFitOptions<BgNbdParams>;

/**
 * Fits the BG/NBD model by maximum likelihood (Fader, Hardie & Lee 2005).
 *
 * Identical (x, t_x, T) rows are grouped and weighted first (the log-likelihood is a sum), then BFGS on the
 * analytic gradient in log-parameter space and Newton polishing on the Hessian (see the fitting notes in the
 * guide). On the CDNOW sample (2,357 customers, weeks) it gives r = 0.242593, α = 4.413532, a = 0.792886, b = 2.425753,
 * log-likelihood −9582.43, as published. O(customers) to group plus O(unique rows) per iteration.
 *
 * r, a and b are bounded at 1e5 (smoothly: an interior optimum is exact). Data with no spread in purchase rates
 * or no drop-out make the likelihood rise toward a limit at infinity; the fit then stops just below the bound, its
 * `message` names the parameter, and its predictions are those of the limit model to about 1e-5.
 *
 * @param data - Customer rows `{ frequency, recency, T, weight? }`, or a `summarizeTransactions` result.
 * @param options - See {@link BgNbdFitOptions}.
 * @returns The model; `converged: false` with a message when the optimiser stopped early (never thrown).
 * @throws CxError `OUT_OF_RANGE` / `NON_FINITE` for a bad row field (path `['data', i, field]`: frequency not an
 * integer ≥ 0, recency outside [0, T], recency ≠ 0 with frequency 0, negative T); `INVALID_WEIGHT`;
 * `INVALID_ARGUMENT` for a time-unit mismatch or a bad option (`OUT_OF_RANGE` for an `initial` value of r, a or b
 * at or above the bound); `EMPTY_INPUT` for no customers.
 * @example
 * const rows = [
 *   { frequency: 0, recency: 0, T: 30 }, { frequency: 1, recency: 10, T: 30 },
 *   { frequency: 3, recency: 25, T: 30 }, { frequency: 0, recency: 0, T: 20 }, { frequency: 2, recency: 5, T: 20 },
 * ];
 * const model = fitBgNbd(rows, { timeUnit: 'week', penalizer: 0.01 });
 * [model.kind, model.converged, model.n]; //=> ['bg-nbd', true, 5]
 */
export function fitBgNbd(data: BtydData, options: BgNbdFitOptions = {}): BgNbdModel {
  return fitBetaGeo('bg-nbd', 0, data, options);
}

/**
 * The log-likelihood of customer rows under BG/NBD parameters (FHL 2005, eq. 6), summed with the weights.
 *
 * @param params - The parameters.
 * @param data - Customer rows or a summary, as for {@link fitBgNbd}.
 * @throws CxError as {@link fitBgNbd} for bad rows; `OUT_OF_RANGE` for a parameter that is not > 0.
 * @example
 * bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, [{ frequency: 0, recency: 0, T: 1 }]); //=> -0.693147
 */
export function bgNbdLogLikelihood(params: BgNbdParams, data: BtydData): number {
  return betaGeoLogLikelihood(params, data, 0);
}

/**
 * Expected repeat purchases of a new customer in `(0, t]` under BG/NBD (FHL 2005, eq. 9):
 * `E[X(t)] = (a+b−1)/(a−1)·[1 − (α/(α+t))^r·₂F₁(r, b; a+b−1; t/(α+t))]`, evaluated after Euler's transformation.
 *
 * @param params - BG/NBD parameters.
 * @param t - Horizon (≥ 0) in the model's time unit.
 * @throws CxError `OUT_OF_RANGE` for a parameter ≤ 0 or `t < 0`; `NON_FINITE` for a non-finite `t`.
 * @example
 * // CDNOW, weeks (Fader, Hardie & Lee 2005): 1.0437 repeat purchases in 32 weeks
 * bgNbdExpectedPurchases({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, 32); //=> 1.0437
 */
export function bgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  const p = readBetaGeoParams(params);
  return betaGeoConditional(p, readHorizon(t), 0, 0, 0, 0);
}

/**
 * Expected purchases in the next `t` of a customer with history `(x, t_x, T)` under BG/NBD (FHL 2005, eq. 10): the
 * probability she is alive times the expected purchases of an active customer with the updated parameters.
 *
 * @param params - BG/NBD parameters.
 * @param t - Horizon (≥ 0) in the model's time unit.
 * @param customer - `{ frequency, recency, T }` in the model's time unit.
 * @throws CxError `OUT_OF_RANGE` for a bad parameter, horizon or customer field (path `['customer', field]`).
 * @example
 * // Fader, Hardie & Lee (2005), CDNOW customer x = 2, t_x = 30.43, T = 38.86: 1.226 purchases in 39 weeks
 * bgNbdConditionalExpectedPurchases({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, 39, { frequency: 2, recency: 30.43, T: 38.86 }); //=> 1.226
 */
export function bgNbdConditionalExpectedPurchases(params: BgNbdParams, t: number, customer: { readonly frequency: number; readonly recency: number; readonly T: number }): number {
  const p = readBetaGeoParams(params);
  const h = readHorizon(t);
  const c = readPredictCustomer(customer, null);
  return betaGeoConditional(p, h, c.x, c.tx, c.T, 0);
}

/**
 * The probability that a customer with history `(x, t_x, T)` is still active at T under BG/NBD:
 * `1 / (1 + δ_{x>0}·a/(b+x−1)·((α+T)/(α+t_x))^{r+x})` (Fader, Hardie & Lee 2008, "Computing P(alive) using the
 * BG/NBD model"), from its log-odds, so heavy buyers do not overflow. A customer without repeat purchases has
 * P(alive) = 1 under BG/NBD (she has had no chance to drop out); MBG/NBD removes that artefact.
 *
 * @param params - BG/NBD parameters.
 * @param customer - `{ frequency, recency, T }`.
 * @throws CxError `OUT_OF_RANGE` for a bad parameter or customer field (path `['customer', field]`).
 * @example
 * bgNbdProbabilityAlive({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, { frequency: 0, recency: 0, T: 30 }); //=> 1
 */
export function bgNbdProbabilityAlive(params: BgNbdParams, customer: { readonly frequency: number; readonly recency: number; readonly T: number }): number {
  const p = readBetaGeoParams(params);
  const c = readPredictCustomer(customer, null);
  return betaGeoAlive(p, c.x, c.tx, c.T, 0);
}

/**
 * P(X(t) = n): the probability that a new customer makes exactly `n` repeat purchases in `(0, t]` under BG/NBD
 * (FHL 2005, eq. 8), with the NBD tail as a regularised incomplete beta function.
 *
 * @param params - BG/NBD parameters.
 * @param t - Horizon (≥ 0) in the model's time unit.
 * @param n - Number of purchases (integer ≥ 0).
 * @throws CxError `OUT_OF_RANGE` for a bad parameter, horizon or `n`.
 * @example
 * bgNbdProbabilityOfPurchases({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, 0, 0); //=> 1
 */
export function bgNbdProbabilityOfPurchases(params: BgNbdParams, t: number, n: number): number {
  const p = readBetaGeoParams(params);
  return betaGeoPmf(p, readHorizon(t), readCount(n), 0);
}
