/**
 * Predictions from any fitted buy-till-you-die model, dispatching on `model.kind`: expected purchases of a new
 * customer, conditional expected purchases, P(alive) and P(X(t) = n). The time unit of a customer (when it says one)
 * must agree with the model's.
 *
 * @module
 */
import { describe } from '../core/assert.js';
import { CxError, isCxError } from '../core/errors.js';
import {
  bgBbConditionalExpectedPurchases,
  bgBbExpectedPurchases,
  bgBbProbabilityAlive,
  bgBbProbabilityOfPurchases,
  type BgBbCustomer,
  type BgBbModel,
} from './bg-bb.js';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
  type BgNbdModel,
} from './bg-nbd.js';
import { checkSameUnit, readTimeUnit, type BtydCustomer, type TimeUnit } from './fit.js';
import {
  mbgNbdConditionalExpectedPurchases,
  mbgNbdExpectedPurchases,
  mbgNbdProbabilityAlive,
  mbgNbdProbabilityOfPurchases,
  type MbgNbdModel,
} from './mbg-nbd.js';
import {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  type ParetoNbdModel,
} from './pareto-nbd.js';

/** A fitted model the generic predictions accept. */
export type PurchaseModel = BgNbdModel | MbgNbdModel | ParetoNbdModel | BgBbModel;

/** A BG/BB pattern for the generic predictions, optionally with the unit of one opportunity. */
export interface BgBbHistoryRow extends BgBbCustomer {
  /** The length of one opportunity, when it has one; must agree with the model's. */
  readonly timeUnit?: TimeUnit;
}

/** A customer's history for the generic predictions: `{ frequency, recency, T }`, or `{ frequency, recency, periods }` for BG/BB. */
export type PurchaseHistoryRow = BtydCustomer | BgBbHistoryRow;

/** Reads the model's kind and unit. */
function modelOf(model: unknown): { kind: string; unit: TimeUnit | null } {
  if (typeof model !== 'object' || model === null) {
    throw new CxError('INVALID_ARGUMENT', `model must be a fitted model (e.g. from fitBgNbd), got ${describe(model)}`, { path: ['model'] });
  }
  const m = model as { kind?: unknown; timeUnit?: unknown };
  const kind = typeof m.kind === 'string' ? m.kind : '';
  const unit = m.timeUnit === null || m.timeUnit === undefined ? null : readTimeUnit(m.timeUnit, ['model', 'timeUnit']);
  return { kind, unit };
}

function unsupported(kind: string): CxError {
  return new CxError('UNSUPPORTED', `no purchase predictions for a model of kind ${JSON.stringify(kind)}: use a 'bg-nbd', 'mbg-nbd', 'pareto-nbd' or 'bg-bb' model`, {
    path: ['model', 'kind'],
  });
}

/**
 * Runs a prediction; an error raised inside the model's special functions (not by a bad argument) becomes a
 * `DOMAIN_ERROR` that says which model failed and, for a fit that did not converge, why.
 */
function explained<T>(model: unknown, kind: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    const head = isCxError(e) ? e.path[0] : undefined;
    if (!isCxError(e) || head === 'customer' || head === 't' || head === 'n' || head === 'params' || head === 'model') throw e;
    const fit = model as { converged?: unknown; message?: unknown };
    const why = fit.converged === false && typeof fit.message === 'string' ? ` The fit did not converge: ${fit.message}.` : '';
    throw new CxError(
      'DOMAIN_ERROR',
      `cannot evaluate this ${kind} model at its parameters (${e.message}).${why} Parameters that run off to a boundary usually mean the data do not identify the model: try another model or more data.`,
      { path: ['model', 'params'], cause: e },
    );
  }
}

/** Checks the customer's unit against the model's; returns the customer. */
function customerIn(customer: unknown, unit: TimeUnit | null): PurchaseHistoryRow {
  if (typeof customer !== 'object' || customer === null) {
    throw new CxError('INVALID_ARGUMENT', `customer must be an object { frequency, recency, T }, got ${describe(customer)}`, { path: ['customer'] });
  }
  const u = (customer as { timeUnit?: unknown }).timeUnit;
  if (u !== undefined) checkSameUnit(unit, readTimeUnit(u, ['customer', 'timeUnit']), ['customer', 'timeUnit'], 'the customer');
  return customer as PurchaseHistoryRow;
}

/**
 * Expected repeat purchases of a new customer in `(0, t]` (BG/BB: in `t` opportunities), from the model of any
 * kind: BG/NBD (FHL 2005 eq. 9), MBG/NBD (Batislam et al. 2007), Pareto/NBD (SMC 1987 eq. 17), BG/BB (FHS 2010
 * eq. 7). Non-decreasing in `t`, 0 at `t = 0`.
 *
 * @param model - A fitted model.
 * @param t - Horizon ≥ 0 in the model's time unit (BG/BB: an integer number of opportunities).
 * @throws CxError `UNSUPPORTED` for another model kind; `OUT_OF_RANGE` / `NON_FINITE` for a bad `t` or parameter.
 * Also `DOMAIN_ERROR` (path `['model', 'params']`) when the formulas cannot be evaluated at the model's parameters,
 * e.g. a fit that ran to a boundary; the message carries the fit's own reason.
 * @example
 * const model = { kind: 'bg-nbd', params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, timeUnit: 'week' } as BgNbdModel;
 * expectedPurchases(model, 32); //=> 1.0437
 */
export function expectedPurchases(model: PurchaseModel, t: number): number {
  const m = modelOf(model);
  return explained(model, m.kind, () => {
    switch (m.kind) {
      case 'bg-nbd':
        return bgNbdExpectedPurchases((model as BgNbdModel).params, t);
      case 'mbg-nbd':
        return mbgNbdExpectedPurchases((model as MbgNbdModel).params, t);
      case 'pareto-nbd':
        return paretoNbdExpectedPurchases((model as ParetoNbdModel).params, t);
      case 'bg-bb':
        return bgBbExpectedPurchases((model as BgBbModel).params, t);
      default:
        throw unsupported(m.kind);
    }
  });
}

/**
 * Expected purchases in the next `t` of a customer with history `(x, t_x, T)` (BG/BB: `(x, t_x, n)` and `t` future
 * opportunities), from the model of any kind.
 *
 * @param model - A fitted model.
 * @param t - Horizon ≥ 0 in the model's time unit.
 * @param customer - `{ frequency, recency, T, timeUnit? }` (BG/BB: `{ frequency, recency, periods }`).
 * @throws CxError `INVALID_ARGUMENT` when `customer.timeUnit` differs from the model's (days fed to a model in
 * weeks: convert explicitly); `UNSUPPORTED` for another kind; `OUT_OF_RANGE` for a bad field (path
 * `['customer', field]`).
 * Also `DOMAIN_ERROR` (path `['model', 'params']`) when the formulas cannot be evaluated at the model's parameters,
 * e.g. a fit that ran to a boundary; the message carries the fit's own reason.
 * @example
 * const model = { kind: 'bg-nbd', params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, timeUnit: 'week' } as BgNbdModel;
 * conditionalExpectedPurchases(model, 39, { frequency: 2, recency: 30.43, T: 38.86 }); //=> 1.226
 * conditionalExpectedPurchases(model, 39, { frequency: 2, recency: 213, T: 272, timeUnit: 'day' }); //=> throws INVALID_ARGUMENT
 */
export function conditionalExpectedPurchases(model: PurchaseModel, t: number, customer: PurchaseHistoryRow): number {
  const m = modelOf(model);
  const c = customerIn(customer, m.unit);
  return explained(model, m.kind, () => {
    switch (m.kind) {
      case 'bg-nbd':
        return bgNbdConditionalExpectedPurchases((model as BgNbdModel).params, t, c as BtydCustomer);
      case 'mbg-nbd':
        return mbgNbdConditionalExpectedPurchases((model as MbgNbdModel).params, t, c as BtydCustomer);
      case 'pareto-nbd':
        return paretoNbdConditionalExpectedPurchases((model as ParetoNbdModel).params, t, c as BtydCustomer);
      case 'bg-bb':
        return bgBbConditionalExpectedPurchases((model as BgBbModel).params, t, c as BgBbCustomer);
      default:
        throw unsupported(m.kind);
    }
  });
}

/**
 * The probability that a customer with the given history is still active (alive) at the end of observation, from
 * the model of any kind; in [0, 1]. Under BG/NBD a customer without repeat purchases always gets 1 (a property of
 * the model, not a bug: use MBG/NBD or Pareto/NBD when one-time buyers matter).
 *
 * @param model - A fitted model.
 * @param customer - `{ frequency, recency, T, timeUnit? }` (BG/BB: `{ frequency, recency, periods }`).
 * @throws CxError as {@link conditionalExpectedPurchases}.
 * Also `DOMAIN_ERROR` (path `['model', 'params']`) when the formulas cannot be evaluated at the model's parameters,
 * e.g. a fit that ran to a boundary; the message carries the fit's own reason.
 * @example
 * const model = { kind: 'mbg-nbd', params: { r: 1, alpha: 1, a: 1, b: 1 }, timeUnit: 'week' } as MbgNbdModel;
 * probabilityAlive(model, { frequency: 0, recency: 0, T: 0 }); //=> 0.5
 */
export function probabilityAlive(model: PurchaseModel, customer: PurchaseHistoryRow): number {
  const m = modelOf(model);
  const c = customerIn(customer, m.unit);
  return explained(model, m.kind, () => {
    switch (m.kind) {
      case 'bg-nbd':
        return bgNbdProbabilityAlive((model as BgNbdModel).params, c as BtydCustomer);
      case 'mbg-nbd':
        return mbgNbdProbabilityAlive((model as MbgNbdModel).params, c as BtydCustomer);
      case 'pareto-nbd':
        return paretoNbdProbabilityAlive((model as ParetoNbdModel).params, c as BtydCustomer);
      case 'bg-bb':
        return bgBbProbabilityAlive((model as BgBbModel).params, c as BgBbCustomer);
      default:
        throw unsupported(m.kind);
    }
  });
}

/**
 * P(X(t) = n): the probability that a new customer makes exactly `n` repeat purchases in `(0, t]` (BG/BB: in `t`
 * opportunities), from the model of any kind. Summed over `n` it is 1.
 *
 * @param model - A fitted model.
 * @param t - Horizon ≥ 0 in the model's time unit.
 * @param n - Number of purchases (integer ≥ 0).
 * @throws CxError `UNSUPPORTED` for another kind; `OUT_OF_RANGE` for a bad `t`, `n` or parameter.
 * Also `DOMAIN_ERROR` (path `['model', 'params']`) when the formulas cannot be evaluated at the model's parameters,
 * e.g. a fit that ran to a boundary; the message carries the fit's own reason.
 * @example
 * const model = { kind: 'bg-bb', params: { alpha: 1, beta: 1, gamma: 1, delta: 3 }, timeUnit: null } as BgBbModel;
 * probabilityOfPurchases(model, 1, 1); //=> 0.375
 */
export function probabilityOfPurchases(model: PurchaseModel, t: number, n: number): number {
  const m = modelOf(model);
  return explained(model, m.kind, () => {
    switch (m.kind) {
      case 'bg-nbd':
        return bgNbdProbabilityOfPurchases((model as BgNbdModel).params, t, n);
      case 'mbg-nbd':
        return mbgNbdProbabilityOfPurchases((model as MbgNbdModel).params, t, n);
      case 'pareto-nbd':
        return paretoNbdProbabilityOfPurchases((model as ParetoNbdModel).params, t, n);
      case 'bg-bb':
        return bgBbProbabilityOfPurchases((model as BgBbModel).params, t, n);
      default:
        throw unsupported(m.kind);
    }
  });
}
