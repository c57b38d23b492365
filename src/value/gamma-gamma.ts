/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves
 * for customer base analysis", J. Marketing Research 42(4); Fader & Hardie 2013, "The Gamma-Gamma model of
 * monetary value"): fitting, and the expected spend of a customer.
 *
 * @module
 */
import { describe, isArrayLike } from '../core/assert.js';
import { CxError, type CxPath } from '../core/errors.js';
import { digammaK, lgammaK } from '../core/special-kernels.js';
import { fitModel, groupRows, readTimeUnit, readWeight, rowAt, type BtydFitOptions, type BtydModel, type TimeUnit } from './fit.js';

/**
 * Parameters of the Gamma-Gamma model: a customer's transaction values are Gamma(p, ν), and ν varies across
 * customers as Gamma(q, γ). The mean spend per transaction of a random customer is pγ/(q − 1) (q > 1).
 */
export interface GammaGammaParams {
  /** Shape of the gamma distribution of a customer's transaction values (> 0). */
  p: number;
  /** Shape of the gamma distribution of ν across customers (> 0; the mean spend exists when q > 1). */
  q: number;
  /** Rate of the gamma distribution of ν across customers (> 0), in the currency's unit. */
  gamma: number;
}

/** How well the data fit the model's assumption, and what was left out. */
export interface GammaGammaDiagnostics {
  /**
   * Pearson correlation of frequency and monetary value over the customers fitted (weighted). The model assumes
   * the two are independent: a correlation far from 0 (|ρ| ≳ 0.3) means expected spend is biased. `null` when it
   * cannot be computed (fewer than two distinct values of either).
   */
  frequencyMonetaryCorrelation: number | null;
  /** Number of customers (Σ weights) skipped because they made no repeat purchase (frequency 0). */
  skipped: number;
}

/** A fitted Gamma-Gamma model, as returned by {@link fitGammaGamma}. */
export type GammaGammaModel = BtydModel<'gamma-gamma', GammaGammaParams> & {
  /** Checks of the model's assumption, and the rows left out. */
  diagnostics: GammaGammaDiagnostics;
};

/** A customer row for the spend model. */
export interface GammaGammaCustomer {
  /** x: the number of repeat purchases (an integer ≥ 0); 0 means no spend information. */
  readonly frequency: number;
  /** z̄: the mean value of the repeat purchases, > 0 when frequency > 0. */
  readonly monetary: number;
  /** How many identical customers this row stands for (finite, ≥ 0). Default 1. */
  readonly weight?: number;
}

/** Customer rows with their time unit, as `summarizeTransactions` returns them. */
export interface GammaGammaSummary {
  /** The unit of the purchase histories (carried into the model; the spend model itself has no time axis). */
  readonly timeUnit?: TimeUnit;
  /** One row per customer. */
  readonly customers: readonly GammaGammaCustomer[];
}

/** The input of {@link fitGammaGamma}: rows, or a summary `{ customers }` (e.g. `summarizeTransactions` output). */
export type GammaGammaData = readonly GammaGammaCustomer[] | GammaGammaSummary;

/** What {@link expectedSpend} reads of a spend model: its parameters (a fitted {@link GammaGammaModel} will do). */
export interface SpendModel {
  /** The Gamma-Gamma parameters p, q, γ. */
  readonly params: GammaGammaParams;
}

function readFrequency(row: Record<string, unknown>, path: CxPath): number {
  const x = row.frequency;
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new CxError(typeof x === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `frequency must be a finite number, got ${describe(x)}`, { path });
  }
  if (x < 0 || !Number.isInteger(x)) throw new CxError('OUT_OF_RANGE', `frequency must be an integer ≥ 0, got ${String(x)}`, { path });
  return x;
}

function readMonetary(row: Record<string, unknown>, path: CxPath): number {
  const z = row.monetary;
  if (typeof z !== 'number' || !Number.isFinite(z)) {
    throw new CxError(typeof z === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `monetary must be a finite number, got ${describe(z)}`, { path });
  }
  if (!(z > 0)) {
    throw new CxError('OUT_OF_RANGE', `monetary must be > 0 for a customer with repeat purchases (the Gamma-Gamma model needs positive spend), got ${String(z)}`, {
      path,
    });
  }
  return z;
}

interface GgData {
  readonly x: Float64Array;
  readonly z: Float64Array;
  readonly w: Float64Array;
}

/** Total weighted NLL at (ln p, ln q, ln γ) and its gradient (Fader & Hardie 2013, eq. 5). */
function ggNll(lp: Float64Array, d: GgData, grad: Float64Array | null): number {
  const p = Math.exp(lp[0]!);
  const q = Math.exp(lp[1]!);
  const g = Math.exp(lp[2]!);
  const lg = lp[2]!;
  const lq = lgammaK(q);
  const dq = grad === null ? 0 : digammaK(q);
  let total = 0;
  let comp = 0;
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  const { x, z, w } = d;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const zi = z[i]!;
    const wi = w[i]!;
    const px = p * xi;
    const lz = Math.log(zi);
    const lx = Math.log(xi);
    const lgz = Math.log(g + xi * zi);
    const ll = lgammaK(px + q) - lgammaK(px) - lq + q * lg + (px - 1) * lz + px * lx - (px + q) * lgz;
    const term = wi * ll;
    const t = total + term;
    comp += Math.abs(total) >= Math.abs(term) ? total - t + term : term - t + total;
    total = t;
    if (grad !== null) {
      const dpq = digammaK(px + q);
      g0 += wi * xi * (dpq - digammaK(px) + lz + lx - lgz);
      g1 += wi * (dpq - dq + lg - lgz);
      g2 += wi * (q / g - (px + q) / (g + xi * zi));
    }
  }
  if (grad !== null) {
    grad[0] = -g0 * p;
    grad[1] = -g1 * q;
    grad[2] = -g2 * g;
  }
  return -(total + comp);
}

/** Weighted Pearson correlation, or null when a variance is 0. */
function correlation(x: Float64Array, y: Float64Array, w: Float64Array): number | null {
  let sw = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w[i]!;
    sw += wi;
    mx += (wi * (x[i]! - mx)) / sw;
    my += (wi * (y[i]! - my)) / sw;
  }
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxx += w[i]! * dx * dx;
    syy += w[i]! * dy * dy;
    sxy += w[i]! * dx * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return null;
  const rho = sxy / Math.sqrt(sxx * syy);
  return rho > 1 ? 1 : rho < -1 ? -1 : rho;
}

/**
 * Fits the Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves"; likelihood as
 * in Fader & Hardie 2013, "The Gamma-Gamma model of monetary value", eq. 5) to customers' repeat-purchase counts x
 * and mean repeat-purchase values z̄, by maximum likelihood in log-parameter space with the analytic gradient
 * (BFGS and Newton polishing; see `BtydFitOptions`). Start values p = 1, q = 2, γ = the mean z̄.
 *
 * - Customers with frequency 0 carry no spend information and are skipped; their number is reported in
 *   `diagnostics.skipped`. Their monetary value is not read.
 * - The model assumes spend is independent of frequency: `diagnostics.frequencyMonetaryCorrelation` reports the
 *   correlation in the data so that you can check (CDNOW: 0.11).
 * - Identical (x, z̄) rows are grouped. O(n).
 *
 * On CDNOW's 946 repeat customers: p = 6.2488, q = 3.7446, γ = 15.448 (published: 6.25, 3.74, 15.44).
 *
 * @param data - rows `{ frequency, monetary, weight? }`, or a summary `{ customers }`.
 * @param options - see `BtydFitOptions` (`penalizer`, `initial`, `tolerance`, `maxIterations`; `timeUnit` is only
 *   carried into the model).
 * @throws CxError `OUT_OF_RANGE` when a customer with frequency > 0 has monetary ≤ 0, or frequency is negative or
 *   not an integer (path `['data', i, field]`); `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or missing
 *   field; `INVALID_WEIGHT`; `EMPTY_INPUT` when no customer has a repeat purchase.
 * @example
 * const m = fitGammaGamma([{ frequency: 2, monetary: 20 }, { frequency: 1, monetary: 35 }, { frequency: 4, monetary: 18 }, { frequency: 0, monetary: 0 }]);
 * m.diagnostics.skipped; //=> 1
 * m.kind; //=> 'gamma-gamma'
 * fitGammaGamma([{ frequency: 1, monetary: 0 }]); //=> throws OUT_OF_RANGE
 */
export function fitGammaGamma(data: GammaGammaData, options: BtydFitOptions<GammaGammaParams> = {}): GammaGammaModel {
  let rows: ArrayLike<unknown>;
  let base: CxPath;
  let unit: TimeUnit | null = options.timeUnit === undefined ? null : readTimeUnit(options.timeUnit, ['options', 'timeUnit']);
  if (isArrayLike(data)) {
    rows = data;
    base = ['data'];
  } else if (typeof data === 'object' && (data as unknown) !== null && isArrayLike((data as { customers?: unknown }).customers)) {
    rows = data.customers;
    base = ['data', 'customers'];
    if (data.timeUnit !== undefined) unit = readTimeUnit(data.timeUnit, ['data', 'timeUnit']);
  } else {
    throw new CxError('INVALID_ARGUMENT', `data must be an array of { frequency, monetary } rows or { customers }, got ${describe(data)}`, { path: ['data'] });
  }
  const n = rows.length;
  const xs = new Float64Array(n);
  const zs = new Float64Array(n);
  const ws = new Float64Array(n);
  let m = 0;
  let skipped = 0;
  let sz = 0;
  for (let i = 0; i < n; i++) {
    const row = rowAt(rows, i, base);
    const path = [...base, i];
    const x = readFrequency(row, [...path, 'frequency']);
    const w = readWeight(row, path);
    if (x === 0) {
      skipped += w;
      continue;
    }
    const z = readMonetary(row, [...path, 'monetary']);
    xs[m] = x;
    zs[m] = z;
    ws[m] = w;
    sz += w * z;
    m++;
  }
  const grouped = groupRows([xs.subarray(0, m), zs.subarray(0, m)], ws.subarray(0, m));
  if (!(grouped.total > 0)) {
    throw new CxError('EMPTY_INPUT', 'no customer with a repeat purchase (frequency > 0): the spend model has nothing to fit', { path: ['data'] });
  }
  const [gx, gz] = grouped.columns as [Float64Array, Float64Array];
  const model = fitModel<'gamma-gamma', keyof GammaGammaParams, GgData>(
    {
      kind: 'gamma-gamma',
      paramNames: ['p', 'q', 'gamma'],
      initial: { p: 1, q: 2, gamma: sz / grouped.total },
      data: { x: gx, z: gz, w: grouped.weights },
      n: grouped.total,
      timeUnit: unit,
      evaluate: ggNll,
      analyticGradient: true,
    },
    options,
  );
  return { ...model, diagnostics: { frequencyMonetaryCorrelation: correlation(gx, gz, grouped.weights), skipped } };
}

/**
 * Expected mean spend per transaction of a customer with x repeat purchases of mean value z̄ (Fader, Hardie & Lee
 * 2005, eq. 3; Fader & Hardie 2013, eq. 8): E[M | x, z̄] = (γ + x·z̄)·p/(px + q − 1), a weighted average of the
 * population mean pγ/(q − 1) and the customer's own z̄ with weight px/(px + q − 1). A customer with no repeat
 * purchase gets the population mean. O(1).
 *
 * The population mean exists only when q > 1; with q ≤ 1 the model says spend has no finite mean, and this
 * function throws rather than return a meaningless (possibly negative) number.
 *
 * @param model - a fitted model (or any `{ params: { p, q, gamma } }`).
 * @param customer - `{ frequency, monetary }` (monetary is read only when frequency > 0, and must then be > 0).
 * @throws CxError `DOMAIN_ERROR` when q ≤ 1 (path `['model', 'params', 'q']`); `OUT_OF_RANGE` / `NON_FINITE` /
 *   `INVALID_ARGUMENT` for a bad parameter (path `['model', 'params', name]`) or customer field (path
 *   `['customer', field]`).
 * @example
 * const m = { params: { p: 6.25, q: 3.74, gamma: 15.44 } };
 * expectedSpend(m, { frequency: 0, monetary: 0 }); //=> 35.22
 * expectedSpend(m, { frequency: 2, monetary: 22.35 }); //=> 24.66
 * expectedSpend({ params: { p: 6, q: 0.9, gamma: 15 } }, { frequency: 2, monetary: 20 }); //=> throws DOMAIN_ERROR
 */
export function expectedSpend(model: SpendModel, customer: GammaGammaCustomer): number {
  const params: unknown = typeof model === 'object' && (model as unknown) !== null ? (model.params) : undefined;
  if (typeof params !== 'object' || params === null) {
    throw new CxError('INVALID_ARGUMENT', `model must be a Gamma-Gamma model { params: { p, q, gamma } }, got ${describe(model)}`, { path: ['model'] });
  }
  const pr = params as Record<string, unknown>;
  for (const name of ['p', 'q', 'gamma']) {
    const v = pr[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || !(v > 0)) {
      throw new CxError(typeof v === 'number' && Number.isNaN(v) ? 'NON_FINITE' : 'OUT_OF_RANGE', `params.${name} must be a finite number > 0, got ${describe(v)}`, {
        path: ['model', 'params', name],
      });
    }
  }
  const { p, q, gamma } = params as GammaGammaParams;
  if (!(q > 1)) {
    throw new CxError('DOMAIN_ERROR', `expected spend needs q > 1 (with q ≤ 1 the Gamma-Gamma model gives spend no finite mean), got q = ${String(q)}`, {
      path: ['model', 'params', 'q'],
    });
  }
  if (typeof customer !== 'object' || (customer as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `customer must be { frequency, monetary }, got ${describe(customer)}`, { path: ['customer'] });
  }
  const row = customer as unknown as Record<string, unknown>;
  const x = readFrequency(row, ['customer', 'frequency']);
  if (x === 0) {
    const v0 = (p / (q - 1)) * gamma;
    if (!Number.isFinite(v0)) throw new CxError('OUT_OF_RANGE', 'the population mean spend p·γ/(q − 1) overflows at these parameters', { path: ['model', 'params'] });
    return v0;
  }
  const z = readMonetary(row, ['customer', 'monetary']);
  // (γ + x·z)·p/(p·x + q − 1) = γ/(x + c) + z·x/(x + c) with c = (q − 1)/p: no intermediate overflows for huge p, γ or z.
  const d = x + (q - 1) / p;
  const v = gamma / d + z * (x / d);
  if (!Number.isFinite(v)) throw new CxError('OUT_OF_RANGE', 'expected spend overflows for this customer', { path: ['customer', 'monetary'] });
  return v;
}
