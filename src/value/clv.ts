/**
 * Customer lifetime value from a purchase model (BG/NBD, MBG/NBD, Pareto/NBD) and a spend model (Gamma-Gamma):
 * expected purchases per future period × expected spend × margin, discounted.
 *
 * @module
 */
import { describe, isArrayLike } from '../core/assert.js';
import { CxError, type CxPath } from '../core/errors.js';
import { money, type Money, type MoneyInput } from '../core/money.js';
import { checkSameUnit, readTimeUnit, rowAt, type TimeUnit } from './fit.js';
import { expectedSpend, type SpendModel } from './gamma-gamma.js';
import { conditionalExpectedPurchases, type PurchaseModel } from './predict.js';

/** One customer for {@link customerLifetimeValue}: the purchase history, in the model's time unit, and its spend. */
export interface ClvCustomer {
  /** The customer's id (default: the row's index). */
  readonly customerId?: string | number;
  /** x: repeat purchases (an integer ≥ 0). */
  readonly frequency: number;
  /** t_x: time of the last repeat purchase since the first (0 when none), in the model's time unit. */
  readonly recency: number;
  /** T: time from the first purchase to the end of observation, in the model's time unit. */
  readonly T: number;
  /** Mean value of the repeat purchases (> 0 when frequency > 0; read by the spend model). */
  readonly monetary: number;
  /** The unit of recency and T; when given it must be the model's. */
  readonly timeUnit?: TimeUnit;
}

/** Customer rows with their time unit, as `summarizeTransactions` returns them. */
export interface ClvCustomerSummary {
  /** The unit of every row's recency and T; it must be the model's. */
  readonly timeUnit?: TimeUnit;
  /** One row per customer. */
  readonly customers: readonly ClvCustomer[];
}

/** The future over which value is summed: `periods` periods of one `unit` each, discounted per period. */
export interface ClvHorizon {
  /** Number of future periods, an integer ≥ 0 (e.g. 12 months). */
  readonly periods: number;
  /** The length of a period: a day, a week (7 days) or a month (365.25/12 = 30.4375 days). */
  readonly unit: 'day' | 'week' | 'month';
}

/** Input of {@link customerLifetimeValue}. */
export interface ClvInput {
  /** A fitted purchase model (BG/NBD, MBG/NBD or Pareto/NBD) that knows its time unit. */
  readonly model: PurchaseModel;
  /** A fitted Gamma-Gamma spend model (its q must be > 1). */
  readonly spendModel: SpendModel;
  /** The customers: rows, or a summary `{ timeUnit, customers }` as `summarizeTransactions` returns it. */
  readonly customers: readonly ClvCustomer[] | ClvCustomerSummary;
  /** The horizon, in days, weeks or months. */
  readonly horizon: ClvHorizon;
  /** Discount rate per period of `horizon.unit` (e.g. 0.01 a month ≈ 12.7 % a year), ≥ 0. */
  readonly discountRate: number;
  /** Margin as a fraction of spend, in [0, 1]. Default `1` (the value is then revenue). */
  readonly margin?: MoneyInput;
}

/** One customer's value in a {@link ClvResult}. */
export interface ClvCustomerValue {
  /** The customer's id (the row's index when the row had none). */
  readonly customerId: string | number;
  /** Discounted expected margin over the horizon, ≥ 0 (a `Decimal`; round it with `roundMoney` for display). */
  readonly clv: Money;
}

/** Result of {@link customerLifetimeValue}. */
export interface ClvResult {
  /** One value per customer, in input order. */
  readonly customers: ClvCustomerValue[];
  /** Σ clv. */
  readonly total: Money;
  /** How the horizon was converted into the model's time unit, for the record. */
  readonly horizon: {
    /** The number of periods. */
    readonly periods: number;
    /** The horizon's unit. */
    readonly unit: 'day' | 'week' | 'month';
    /** The model's time unit. */
    readonly modelUnit: TimeUnit;
    /** The length of one horizon period in the model's unit (a month in weeks: 4.348214…). */
    readonly periodLength: number;
  };
}

/** Days per horizon unit; a month is 365.25/12 days. */
const DAYS = { day: 1, week: 7, month: 365.25 / 12 } as const;

function readMargin(x: unknown): Money {
  const m = money(x as MoneyInput, ['margin']);
  if (m.isNegative() || m.greaterThan(1)) throw new CxError('OUT_OF_RANGE', `margin must be a fraction in [0, 1], got ${m.toString()}`, { path: ['margin'] });
  return m;
}

function readHorizonSpec(h: unknown): ClvHorizon {
  if (typeof h !== 'object' || h === null) {
    throw new CxError('INVALID_ARGUMENT', `horizon must be { periods, unit }, got ${describe(h)}`, { path: ['horizon'] });
  }
  const { periods, unit } = h as { periods?: unknown; unit?: unknown };
  if (typeof periods !== 'number' || !Number.isSafeInteger(periods) || periods < 0) {
    throw new CxError('OUT_OF_RANGE', `horizon.periods must be an integer ≥ 0, got ${describe(periods)}`, { path: ['horizon', 'periods'] });
  }
  if (unit !== 'day' && unit !== 'week' && unit !== 'month') {
    throw new CxError('INVALID_ARGUMENT', `horizon.unit must be 'day', 'week' or 'month', got ${describe(unit)}`, { path: ['horizon', 'unit'] });
  }
  return { periods, unit };
}

/**
 * Customer lifetime value over a finite horizon, conditional on each customer's history:
 *
 * CLV = Σ_{i=1..n} (E[Y(iL) | x, t_x, T] − E[Y((i − 1)L) | x, t_x, T]) · E[M | x, z̄] · margin / (1 + d)ⁱ,
 *
 * with E[Y(t) | …] the purchase model's conditional expected purchases ({@link conditionalExpectedPurchases}),
 * E[M | …] the Gamma-Gamma expected spend ({@link expectedSpend}), n = `horizon.periods`, d = `discountRate` per
 * period and L the length of a period in the model's time unit (the discrete-period form of Fader, Hardie & Lee
 * 2005, "RFM and CLV", with discounting at the end of each period).
 *
 * Time units are explicit: the horizon is converted into the model's unit — a week is 7 days and a month
 * 365.25/12 = 30.4375 days, so a month is 4.348214 weeks — and the conversion is returned in `horizon`. A model
 * without a time unit, or customers in a different unit from the model's, is an error, never a silent rescale.
 * Each period's expected purchases are clamped at ≥ 0 against rounding, so CLV ≥ 0 and does not increase with the
 * discount rate. The float value is turned into a `Decimal` and multiplied by the margin exactly.
 * O(customers · periods) model evaluations.
 *
 * @param input - see {@link ClvInput}.
 * @throws CxError `INVALID_ARGUMENT` when the model has no time unit (fit it with `timeUnit`), or the customers'
 *   unit differs from the model's (path `['customers', 'timeUnit']` or `['customers', i, 'timeUnit']`); `UNSUPPORTED`
 *   for a model kind without a continuous time axis (BG/BB); `OUT_OF_RANGE` for a bad horizon, discount rate or
 *   margin (path = the field); `DOMAIN_ERROR` when the spend model has q ≤ 1 (path `['spendModel', 'params', 'q']`); errors of the predictions for a bad
 *   customer, with path `['customers', i, …]`.
 * @example
 * const model = { kind: 'pareto-nbd', params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 }, timeUnit: 'week' } as ParetoNbdModel;
 * const spendModel = { params: { p: 6.25, q: 3.74, gamma: 15.44 } };
 * const customers = [{ customerId: 'a', frequency: 2, recency: 30.43, T: 38.86, monetary: 22.35 }];
 * const r = customerLifetimeValue({ model, spendModel, customers, horizon: { periods: 12, unit: 'month' }, discountRate: 0.01 });
 * r.customers[0]?.clv.toFixed(2); //=> '43.12'
 * r.horizon.periodLength; //=> 4.348214
 */
export function customerLifetimeValue(input: ClvInput): ClvResult {
  if (typeof input !== 'object' || (input as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `input must be { model, spendModel, customers, horizon, discountRate, margin? }, got ${describe(input)}`, {
      path: [],
    });
  }
  const model = input.model as unknown;
  if (typeof model !== 'object' || model === null) {
    throw new CxError('INVALID_ARGUMENT', `model must be a fitted purchase model, got ${describe(model)}`, { path: ['model'] });
  }
  const m = model as { kind?: unknown; timeUnit?: unknown };
  if (m.kind === 'bg-bb') {
    throw new CxError('UNSUPPORTED', 'BG/BB counts transaction opportunities, not time: customerLifetimeValue needs a BG/NBD, MBG/NBD or Pareto/NBD model', {
      path: ['model', 'kind'],
    });
  }
  if (m.timeUnit === null || m.timeUnit === undefined) {
    throw new CxError('INVALID_ARGUMENT', "the model has no time unit, so the horizon cannot be converted: fit it with options.timeUnit ('day' or 'week') or on summarizeTransactions output", {
      path: ['model', 'timeUnit'],
    });
  }
  const modelUnit = readTimeUnit(m.timeUnit, ['model', 'timeUnit']);
  const horizon = readHorizonSpec(input.horizon);
  const d: unknown = input.discountRate;
  if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) {
    throw new CxError(typeof d === 'number' && Number.isNaN(d) ? 'NON_FINITE' : 'OUT_OF_RANGE', `discountRate must be a finite number ≥ 0 (per ${horizon.unit}), got ${describe(d)}`, {
      path: ['discountRate'],
    });
  }
  const margin = readMargin(input.margin ?? 1);
  const periodLength = DAYS[horizon.unit] / (modelUnit === 'week' ? 7 : 1);

  let rows: ArrayLike<unknown>;
  let base: CxPath;
  const cs = input.customers as unknown;
  if (isArrayLike(cs)) {
    rows = cs;
    base = ['customers'];
  } else if (typeof cs === 'object' && cs !== null && isArrayLike((cs as { customers?: unknown }).customers)) {
    const s = cs as { customers: ArrayLike<unknown>; timeUnit?: unknown };
    if (s.timeUnit !== undefined) checkSameUnit(modelUnit, readTimeUnit(s.timeUnit, ['customers', 'timeUnit']), ['customers', 'timeUnit'], 'the customers');
    rows = s.customers;
    base = ['customers', 'customers'];
  } else {
    throw new CxError('INVALID_ARGUMENT', `customers must be an array of rows or a summary { timeUnit, customers }, got ${describe(cs)}`, { path: ['customers'] });
  }

  const n = horizon.periods;
  const discount = new Float64Array(n);
  for (let i = 0; i < n; i++) discount[i] = Math.pow(1 + d, -(i + 1));
  const out = new Array<ClvCustomerValue>(rows.length);
  let total = money(0);
  for (let j = 0; j < rows.length; j++) {
    const row = rowAt(rows, j, base);
    const path = [...base, j];
    const id = row.customerId;
    const customerId = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : j;
    let spend: number;
    let value = 0;
    try {
      spend = expectedSpend(input.spendModel, row as unknown as ClvCustomer);
    } catch (e) {
      throw rebase(e, path, ['spendModel']);
    }
    try {
      let prev = 0;
      for (let i = 0; i < n; i++) {
        const e = conditionalExpectedPurchases(input.model, (i + 1) * periodLength, row as unknown as ClvCustomer);
        const de = e - prev;
        if (de > 0) value += de * discount[i]!;
        if (e > prev) prev = e;
      }
    } catch (e) {
      throw rebase(e, path, ['model']);
    }
    const v = value * spend;
    if (!Number.isFinite(v)) throw new CxError('OUT_OF_RANGE', 'the customer value overflows', { path });
    const clv = money(v).times(margin);
    out[j] = { customerId, clv: clv.isZero() ? clv.abs() : clv };
    total = total.plus(clv);
  }
  return { customers: out, total: total.isZero() ? total.abs() : total, horizon: { periods: n, unit: horizon.unit, modelUnit, periodLength } };
}

/** Re-roots a prediction error's path: `['customer', …]` at the row, `['model', …]` at `model` (the input's field). */
function rebase(e: unknown, path: CxPath, model: CxPath): unknown {
  if (e instanceof CxError && (e.path[0] === 'customer' || e.path[0] === 'model')) {
    const root = e.path[0] === 'customer' ? path : model;
    return new CxError(e.code, e.message, { path: [...root, ...e.path.slice(1)], details: e.details, cause: e });
  }
  return e;
}
