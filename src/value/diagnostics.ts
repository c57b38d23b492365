/**
 * Diagnostics of a fitted purchase model against data it was not fitted to: the cumulative repeat-transaction
 * tracking chart (expected vs actual over calibration and holdout), and the holdout comparison of predicted and
 * actual purchases per calibration-frequency bucket (Fader, Hardie & Lee 2005, Figures 2–4).
 *
 * @module
 */
import { describe, isArrayLike } from '../core/assert.js';
import { epochMs } from '../core/calendar.js';
import { CxError } from '../core/errors.js';
import { checkSameUnit, readHorizon, readTimeUnit, type TimeUnit } from './fit.js';
import { conditionalExpectedPurchases, expectedPurchases, type PurchaseModel } from './predict.js';

/** Options of {@link expectedCumulativeTransactions}. */
export interface CumulativeOptions {
  /** Spacing of the time grid, > 0, in the model's time unit. Default `1`. */
  readonly step?: number;
  /**
   * Times of the actual repeat purchases (same origin and unit as `firstPurchaseTimes`), to put the actual
   * cumulative series next to the expected one. Default: none (`actual` is `null`).
   */
  readonly repeatPurchaseTimes?: ArrayLike<number>;
}

/** The tracking chart: cumulative repeat transactions at the grid times. Plain JSON. */
export interface CumulativeTransactions {
  /** The model's time unit (`null` when the model has none). */
  timeUnit: TimeUnit | null;
  /** Grid times `step, 2·step, …, horizon` from the origin. */
  times: number[];
  /** Expected cumulative repeat transactions of the whole cohort at each time. */
  expected: number[];
  /** Actual cumulative repeat transactions at each time (purchases at time ≤ the grid time), or `null`. */
  actual: number[] | null;
}

/**
 * Expected cumulative repeat transactions of a cohort whose customers made their first purchase at the given times:
 * `Σ_i E[X(τ − s_i)]` over customers with `s_i < τ`, at `τ = step, 2·step, …, horizon` (FHL 2005, Figure 2: the
 * calibration/holdout tracking chart), with the actual cumulative series when the repeat purchase times are given.
 * Customers with the same first-purchase time are evaluated once (CDNOW: 84 distinct days for 2,357 customers).
 * Works with any model kind of {@link expectedPurchases} (BG/BB: integer times). O(distinct times × grid points).
 *
 * @param model - A fitted model.
 * @param firstPurchaseTimes - Each customer's first-purchase time from a common origin (≥ 0), in the model's unit
 *   (e.g. weeks since the cohort's first day).
 * @param horizon - End of the chart (> 0), from the origin.
 * @param options - See {@link CumulativeOptions}.
 * @throws CxError `NON_FINITE` / `OUT_OF_RANGE` for a bad time (path `['firstPurchaseTimes', i]`), horizon or step;
 *   `INVALID_ARGUMENT` when the grid would exceed 100,000 points; as {@link expectedPurchases}.
 * @example
 * const model = { kind: 'bg-nbd', params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, timeUnit: 'week' } as BgNbdModel;
 * const chart = expectedCumulativeTransactions(model, [0, 0, 1], 2, { repeatPurchaseTimes: [1.5] });
 * chart.times; //=> [1, 2]
 * chart.actual; //=> [0, 1]
 */
export function expectedCumulativeTransactions(
  model: PurchaseModel,
  firstPurchaseTimes: ArrayLike<number>,
  horizon: number,
  options: CumulativeOptions = {},
): CumulativeTransactions {
  const h = readHorizon(horizon, ['horizon']);
  const step = options.step ?? 1;
  if (typeof step !== 'number' || !Number.isFinite(step) || !(step > 0)) {
    throw new CxError('OUT_OF_RANGE', `step must be a finite number > 0, got ${describe(step)}`, { path: ['options', 'step'] });
  }
  const points = Math.floor(h / step + 1e-9);
  if (points > 100_000) throw new CxError('INVALID_ARGUMENT', `the grid would have ${String(points)} points (at most 100,000): use a larger step`, { path: ['options', 'step'] });
  const starts = readTimes(firstPurchaseTimes, 'firstPurchaseTimes');
  const slot = new Map<number, number>();
  const at: number[] = [];
  const cnt: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const k = slot.get(s);
    if (k === undefined) {
      slot.set(s, at.length);
      at.push(s);
      cnt.push(1);
    } else cnt[k] = cnt[k]! + 1;
  }
  const times: number[] = [];
  const expected: number[] = [];
  for (let k = 1; k <= points; k++) {
    const tau = k * step;
    let e = 0;
    for (let j = 0; j < at.length; j++) if (at[j]! < tau) e += cnt[j]! * expectedPurchases(model, tau - at[j]!);
    times.push(tau);
    expected.push(e);
  }
  let actual: number[] | null = null;
  if (options.repeatPurchaseTimes !== undefined) {
    const rep = Float64Array.from(readTimes(options.repeatPurchaseTimes, 'repeatPurchaseTimes')).sort();
    actual = [];
    let j = 0;
    for (let k = 0; k < times.length; k++) {
      while (j < rep.length && rep[j]! <= times[k]!) j++;
      actual.push(j);
    }
  }
  const unit = (model as { timeUnit?: TimeUnit | null }).timeUnit ?? null;
  return { timeUnit: unit, times, expected, actual };
}

function readTimes(values: unknown, name: string): Float64Array {
  if (!isArrayLike(values)) throw new CxError('INVALID_ARGUMENT', `${name} must be an array of numbers, got ${describe(values)}`, { path: [name] });
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new CxError(typeof v === 'number' && Number.isFinite(v) ? 'OUT_OF_RANGE' : 'NON_FINITE', `${name}[${String(i)}] must be a finite number ≥ 0, got ${describe(v)}`, {
        path: [name, i],
      });
    }
    out[i] = v;
  }
  return out;
}

/** A customer row with holdout purchases, as `summarizeTransactions` returns it with `calibrationEnd`. */
export interface HoldoutCustomer {
  /** Repeat purchases in the calibration window. */
  readonly frequency: number;
  /** Recency in the calibration window. */
  readonly recency: number;
  /** Age at the calibration end. */
  readonly T: number;
  /** Purchases in the holdout window. */
  readonly holdoutFrequency?: number;
}

/** A calibration/holdout summary (the result of `summarizeTransactions` with `calibrationEnd`). */
export interface HoldoutSummary {
  /** The unit of recency and T. */
  readonly timeUnit: TimeUnit;
  /** Calibration end day, `YYYY-MM-DD`. */
  readonly calibrationEnd: string;
  /** Observation (holdout) end day, `YYYY-MM-DD`. */
  readonly observationEnd: string;
  /** The customers, each with `holdoutFrequency`. */
  readonly customers: readonly HoldoutCustomer[];
}

/** One calibration-frequency bucket of {@link holdoutComparison}. */
export interface HoldoutBucket {
  /** The calibration frequency x of the bucket (the last bucket holds every x ≥ this). */
  frequency: number;
  /** Whether this is the open-ended last bucket (`x ≥ frequency`). */
  orMore: boolean;
  /** Customers in the bucket. */
  customers: number;
  /** Mean actual holdout purchases per customer. */
  actual: number;
  /** Mean predicted holdout purchases per customer (conditional expectation over the holdout length). */
  predicted: number;
}

/** Totals of {@link holdoutComparison} over all customers. */
export interface HoldoutTotal {
  /** Number of customers. */
  customers: number;
  /** Actual holdout purchases, summed. */
  actual: number;
  /** Predicted holdout purchases, summed. */
  predicted: number;
}

/** The result of {@link holdoutComparison}. Plain JSON. */
export interface HoldoutComparison {
  /** The unit of `holdoutLength`. */
  timeUnit: TimeUnit;
  /** Length of the holdout window in the model's unit (observationEnd − calibrationEnd). */
  holdoutLength: number;
  /** Buckets x = 0, 1, …, maxFrequency − 1 and `≥ maxFrequency`, empty ones included (with means 0). */
  buckets: HoldoutBucket[];
  /** Totals over all customers. */
  total: HoldoutTotal;
}

/**
 * Holdout validation (FHL 2005, Figure 4): customers grouped by their calibration frequency x, the mean actual
 * purchases in the holdout window next to the mean conditional expectation `E[Y(t) | x, t_x, T]` over the holdout
 * length `t` = observationEnd − calibrationEnd (in the summary's unit, which must be the model's). For the
 * continuous-time models (BG/NBD, MBG/NBD, Pareto/NBD). O(customers).
 *
 * @param model - A fitted continuous-time model.
 * @param summary - `summarizeTransactions(…, { calibrationEnd, observationEnd })`.
 * @param options - `maxFrequency`: the last, open-ended bucket starts here (integer ≥ 1). Default `7`.
 * @throws CxError `INVALID_ARGUMENT` when the summary's unit differs from the model's, it has no holdout
 *   (`holdoutFrequency` missing, path `['summary', 'customers', i, 'holdoutFrequency']`) or a bad option;
 *   `UNSUPPORTED` for a BG/BB model; as {@link conditionalExpectedPurchases}.
 * @example
 * const model = { kind: 'bg-nbd', params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, timeUnit: 'week' } as BgNbdModel;
 * const summary = { timeUnit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30',
 *   customers: [{ frequency: 2, recency: 30.43, T: 38.86, holdoutFrequency: 1 }] } as const;
 * const cmp = holdoutComparison(model, summary);
 * cmp.holdoutLength; //=> 39
 * cmp.buckets[2]!.predicted; //=> 1.226
 */
export function holdoutComparison(model: PurchaseModel, summary: HoldoutSummary, options: { readonly maxFrequency?: number } = {}): HoldoutComparison {
  if ((model as { kind?: unknown }).kind === 'bg-bb') {
    throw new CxError('UNSUPPORTED', 'holdoutComparison is for the continuous-time models (BG/NBD, MBG/NBD, Pareto/NBD)', { path: ['model', 'kind'] });
  }
  const maxF = options.maxFrequency ?? 7;
  if (typeof maxF !== 'number' || !Number.isInteger(maxF) || maxF < 1) {
    throw new CxError('INVALID_ARGUMENT', `maxFrequency must be an integer ≥ 1, got ${describe(maxF)}`, { path: ['options', 'maxFrequency'] });
  }
  const sUnit = readTimeUnit(summary.timeUnit, ['summary', 'timeUnit']);
  const mUnit = model.timeUnit === null ? null : readTimeUnit(model.timeUnit, ['model', 'timeUnit']);
  checkSameUnit(mUnit, sUnit, ['summary', 'timeUnit'], 'the summary');
  const days = (epochMs(summary.observationEnd, ['summary', 'observationEnd']) - epochMs(summary.calibrationEnd, ['summary', 'calibrationEnd'])) / 86_400_000;
  if (!(days > 0)) throw new CxError('INVALID_ARGUMENT', 'the summary has no holdout window (observationEnd must be after calibrationEnd)', { path: ['summary', 'observationEnd'] });
  const length = sUnit === 'week' ? days / 7 : days;
  const n = new Float64Array(maxF + 1);
  const act = new Float64Array(maxF + 1);
  const pred = new Float64Array(maxF + 1);
  const rows = summary.customers;
  for (let i = 0; i < rows.length; i++) {
    const c = rows[i]!;
    const y = c.holdoutFrequency;
    if (typeof y !== 'number' || !Number.isFinite(y) || y < 0) {
      throw new CxError('INVALID_ARGUMENT', `customers[${String(i)}].holdoutFrequency must be a number ≥ 0 (summarise with calibrationEnd), got ${describe(y)}`, {
        path: ['summary', 'customers', i, 'holdoutFrequency'],
      });
    }
    let e: number;
    try {
      e = conditionalExpectedPurchases(model, length, { frequency: c.frequency, recency: c.recency, T: c.T });
    } catch (err) {
      if (err instanceof CxError && err.path[0] === 'customer') {
        throw new CxError(err.code, err.message, { path: ['summary', 'customers', i, ...err.path.slice(1)], cause: err });
      }
      throw err;
    }
    const k = Math.min(c.frequency, maxF);
    n[k] = n[k]! + 1;
    act[k] = act[k]! + y;
    pred[k] = pred[k]! + e;
  }
  const buckets: HoldoutBucket[] = [];
  let tn = 0;
  let ta = 0;
  let tp = 0;
  for (let k = 0; k <= maxF; k++) {
    const cnt = n[k]!;
    tn += cnt;
    ta += act[k]!;
    tp += pred[k]!;
    buckets.push({ frequency: k, orMore: k === maxF, customers: cnt, actual: cnt > 0 ? act[k]! / cnt : 0, predicted: cnt > 0 ? pred[k]! / cnt : 0 });
  }
  return { timeUnit: sUnit, holdoutLength: length, buckets, total: { customers: tn, actual: ta, predicted: tp } };
}
