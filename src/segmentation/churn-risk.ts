/**
 * Churn early warning: how overdue each customer's next purchase is, judged by the customer's own rhythm, or
 * 1 − P(alive) from a fitted buy-till-you-die model.
 *
 * @module
 */
import { CxError, isCxError } from '../core/errors.js';
import { describe } from '../core/assert.js';
import { epochMs, localDay, resolveTimeZone } from '../core/calendar.js';
import type { DateInput } from '../core/time.js';
import type { Labels } from '../model/labels.js';
import type { BgNbdModel } from '../value/bg-nbd.js';
import type { MbgNbdModel } from '../value/mbg-nbd.js';
import type { ParetoNbdModel } from '../value/pareto-nbd.js';
import { probabilityAlive } from '../value/predict.js';
import { readHistories, type History, type PurchaseHistory } from './purchase-history.js';

/** A churn-risk level. */
export type ChurnRiskLevel = 'low' | 'medium' | 'high';

/**
 * Labels of the churn-risk levels.
 *
 * @example
 * CHURN_RISK_LEVEL_LABELS.high['zh-CN']; //=> '高风险'
 */
export const CHURN_RISK_LEVEL_LABELS: Readonly<Record<ChurnRiskLevel, Labels>> = /* @__PURE__ */ Object.freeze({
  low: { 'zh-CN': '低风险', en: 'Low risk' },
  medium: { 'zh-CN': '中风险', en: 'Medium risk' },
  high: { 'zh-CN': '高风险', en: 'High risk' },
});

/**
 * How {@link churnRisk} scores: `'inter-purchase'` (the default; how overdue the next purchase is against the
 * customer's own mean gap) or `'probability-alive'` (1 − P(alive) from a fitted BG/NBD, MBG/NBD or Pareto/NBD model).
 */
export type ChurnRiskMethod = 'inter-purchase' | 'probability-alive';

/**
 * A fitted continuous-time purchase model that the `'probability-alive'` method accepts (from `fitBgNbd`,
 * `fitMbgNbd` or `fitParetoNbd`, or a literal with `kind`, `params` and `timeUnit`). BG/BB is discrete-time and
 * does not fit calendar histories.
 */
export type ChurnRiskModel = BgNbdModel | MbgNbdModel | ParetoNbdModel;

/** Thresholds of the levels: `risk < medium` is low, `medium ≤ risk < high` medium, `risk ≥ high` high. */
export interface ChurnRiskLevels {
  /** Lowest risk that is `medium` (default 0.6: recency ≈ 0.92 × the gap). */
  readonly medium?: number;
  /** Lowest risk that is `high` (default 0.9: recency ≈ 2.3 × the gap). */
  readonly high?: number;
}

/** Options of {@link churnRisk}. */
export interface ChurnRiskOptions {
  /** Analysis date (required). */
  readonly asOf: DateInput;
  /** Scoring method (default `'inter-purchase'`). */
  readonly method?: ChurnRiskMethod;
  /**
   * The fitted model of the `'probability-alive'` method (required there, and only allowed there). Its `timeUnit`
   * must be `'day'` or `'week'`: histories are converted into it (weeks = days ÷ 7), never guessed.
   */
  readonly model?: ChurnRiskModel;
  /** Level thresholds, 0 < medium ≤ high ≤ 1 (defaults 0.6 and 0.9). */
  readonly levels?: ChurnRiskLevels;
  /**
   * Smallest mean gap in days (default 1): purchases on the same day do not make the expected gap 0. Not used by
   * `'probability-alive'` (except for `populationGapDays`).
   */
  readonly minGapDays?: number;
  /** IANA time zone in which purchase days are counted (default UTC). */
  readonly timeZone?: string;
}

/**
 * What a customer's risk rests on: their own mean gap, the population's pooled gap, the fitted model
 * (`'probability-alive'`), or nothing (`risk: null`).
 */
export type ChurnRiskBasis = 'own' | 'population' | 'model' | 'none';

/** One customer's churn risk. */
export interface ChurnRiskCustomer {
  /** Customer id. */
  readonly customerId: string | number;
  /**
   * Risk in [0, 1]; `null` when it cannot be scored: a prospect (no purchase) under either method, or, under
   * `'inter-purchase'`, a single purchase with no repeat buyers at all.
   */
  readonly risk: number | null;
  /** Level; `null` with `risk`. */
  readonly level: ChurnRiskLevel | null;
  /** Whole days since the last purchase; `null` for a prospect. */
  readonly recencyDays: number | null;
  /** The expected gap used, in days; `null` with `risk`, and always under `'probability-alive'`. */
  readonly gapDays: number | null;
  /**
   * `'own'` (the customer's mean gap), `'population'` (a single purchase: the pooled gap), `'model'` (scored by the
   * fitted model) or `'none'` (`risk: null`).
   */
  readonly basis: ChurnRiskBasis;
}

/** The result of {@link churnRisk}. */
export interface ChurnRiskResult {
  /** One entry per customer, in input order. */
  readonly customers: ChurnRiskCustomer[];
  /** The method used. */
  readonly method: ChurnRiskMethod;
  /**
   * Pooled mean gap of the repeat buyers, Σ span ÷ Σ (purchases − 1), in days (at least `minGapDays`), reported by
   * either method; `null` without repeat buyers.
   */
  readonly populationGapDays: number | null;
  /** Customers per level, and `unknown` for a null risk. */
  readonly counts: Record<ChurnRiskLevel | 'unknown', number>;
}

function unit(v: unknown, fallback: number, path: (string | number)[]): number {
  const x = v ?? fallback;
  if (typeof x !== 'number' || !(x > 0 && x <= 1)) throw new CxError('OUT_OF_RANGE', `a level threshold must be in (0, 1], got ${describe(x)}`, { path });
  return x;
}

/** The model of `'probability-alive'` with the days in one of its time units. */
interface AliveModel {
  readonly model: ChurnRiskModel;
  readonly daysPerUnit: number;
}

/** Checks the model of `'probability-alive'`: a continuous-time kind with an explicit time unit, valid parameters. */
function readModel(model: unknown): AliveModel {
  const path = ['options', 'model'];
  if (typeof model !== 'object' || model === null) {
    throw new CxError(
      'INVALID_ARGUMENT',
      `method 'probability-alive' needs options.model, a fitted BG/NBD, MBG/NBD or Pareto/NBD model (e.g. from fitBgNbd), got ${describe(model)}`,
      { path },
    );
  }
  const m = model as { kind?: unknown; timeUnit?: unknown };
  if (m.kind !== 'bg-nbd' && m.kind !== 'mbg-nbd' && m.kind !== 'pareto-nbd') {
    const why = m.kind === 'bg-bb' ? ' (BG/BB counts discrete opportunities, not calendar time)' : '';
    throw new CxError('INVALID_ARGUMENT', `options.model must be of kind 'bg-nbd', 'mbg-nbd' or 'pareto-nbd', got ${describe(m.kind)}${why}`, { path });
  }
  if (m.timeUnit !== 'day' && m.timeUnit !== 'week') {
    throw new CxError(
      'INVALID_ARGUMENT',
      `options.model.timeUnit must be 'day' or 'week' (the unit of the data the model was fitted on), got ${describe(m.timeUnit)}: churnRisk converts the histories into it and never guesses it`,
      { path: [...path, 'timeUnit'] },
    );
  }
  const fitted: AliveModel = { model: model as ChurnRiskModel, daysPerUnit: m.timeUnit === 'week' ? 7 : 1 };
  alive(fitted, 0, 0, 0, path); // checks the parameters even when there are no customers
  return fitted;
}

/** P(alive) from the model; its errors get paths under `options.model` (or `at` for the customer). */
function alive(m: AliveModel, frequency: number, recency: number, T: number, at: (string | number)[]): number {
  try {
    return probabilityAlive(m.model, { frequency, recency, T });
  } catch (e) {
    if (!isCxError(e)) throw e;
    const head = e.path[0];
    const path = head === 'model' ? ['options', ...e.path] : head === 'params' ? ['options', 'model', ...e.path] : at;
    throw new CxError(e.code, e.message, { path, details: e.details, cause: e });
  }
}

/**
 * 1 − P(alive) of a customer with at least one purchase. x counts the known purchases − 1: with a list of dates, an
 * earlier `firstPurchase` or a later `lastPurchase` than the list holds is one more purchase each.
 */
function modelRisk(m: AliveModel, h: History, asOfDay: number, at: (string | number)[]): number {
  const first = h.first!;
  const last = h.last!;
  let known = h.count;
  if (h.days !== null) {
    if (first < h.days[0]!) known++;
    if (last > h.days[h.days.length - 1]!) known++;
  }
  return 1 - alive(m, known - 1, (last - first) / m.daysPerUnit, (asOfDay - first) / m.daysPerUnit, at);
}

/**
 * Churn early warning: by inter-purchase time (the default), is the customer's silence long compared with their
 * usual gap between purchases? Or, with `method: 'probability-alive'`, 1 − P(alive) from a fitted purchase model.
 *
 * **`'inter-purchase'`.** Purchases of an active customer are taken as a Poisson process with rate 1/g, g = the
 * customer's mean gap: (last − first purchase, in days) ÷ (purchases − 1), at least `minGapDays`. The waiting time
 * to the next purchase is then exponential, and the risk is the probability that an active customer with this
 * rhythm would have bought again within the `recencyDays` that have passed:
 *
 *   risk = 1 − exp(−recencyDays / g)
 *
 * (0 on the day of a purchase, 0.63 after one usual gap, 0.95 after three). It measures how overdue the customer
 * is, not the probability of having churned. Customers with one purchase have no gap of their own: they get the
 * population's pooled mean gap, Σ(last − first) ÷ Σ(purchases − 1) over the repeat buyers (the maximum-likelihood
 * rate of a common Poisson process) — frequent buyers dominate it, so single buyers read as overdue early.
 * Prospects (no purchase), and single buyers when nobody bought twice, get `risk: null`.
 *
 * **`'probability-alive'`.** A model of dropping out: each history becomes x = purchases − 1, t_x = last − first
 * purchase, T = `asOf` − first purchase, in the model's `timeUnit` (whole local days; weeks = days ÷ 7), and
 * risk = 1 − P(alive | x, t_x, T) by {@link probabilityAlive} (BG/NBD: Fader, Hardie & Lee 2008; MBG/NBD:
 * Batislam et al. 2007; Pareto/NBD: Schmittlein, Morrison & Colombo 1987). With a list of dates, an earlier
 * `firstPurchase` or later `lastPurchase` than the list holds counts as one more purchase. Under BG/NBD a single
 * buyer has risk 0 whatever their silence (she has had no chance to drop out): use MBG/NBD or Pareto/NBD when
 * one-time buyers matter. Prospects get `risk: null` (`basis: 'none'`), as with the other method; every other
 * customer has `basis: 'model'` and `gapDays: null`.
 *
 * Levels use the same thresholds for both methods. O(total purchases listed) plus one P(alive) per customer.
 *
 * @param customers - purchase histories (see {@link PurchaseHistory}); with a list of dates the gap is taken
 *   over the listed dates.
 * @param options - see {@link ChurnRiskOptions}.
 * @throws CxError `INVALID_ARGUMENT` when `asOf` is missing (path `['options', 'asOf']`), for an unknown method
 *   (path `['options', 'method']`), a model missing, of another kind than BG/NBD, MBG/NBD or Pareto/NBD (e.g.
 *   BG/BB), or given without `method: 'probability-alive'` (path `['options', 'model']`), a model without a `'day'`
 *   or `'week'` time unit (path `['options', 'model', 'timeUnit']`), or a malformed history (path
 *   `['customers', i, field]`); `OUT_OF_RANGE` for level thresholds outside (0, 1] or out of order,
 *   `minGapDays` ≤ 0, a bad model parameter (path `['options', 'model', 'params', name]`) or a purchase after
 *   `asOf`; `DOMAIN_ERROR` when the model cannot be evaluated at its parameters; `INVALID_DATE`;
 *   `INVALID_TIME_ZONE`.
 * @example
 * const res = churnRisk([
 *   { customerId: 'weekly', purchases: 10, firstPurchase: '2026-08-01', lastPurchase: '2026-10-03' },
 *   { customerId: 'yearly', purchases: 3, firstPurchase: '2024-10-01', lastPurchase: '2026-10-03' },
 * ], { asOf: '2026-11-24' });
 * res.customers.map((c) => c.level); //=> ['high', 'low']
 * res.customers[0]?.risk; //=> 0.9994
 * res.customers[1]?.gapDays; //=> 366
 * @example
 * // BG/NBD fitted to CDNOW in weeks (Fader, Hardie & Lee 2005); 4 purchases in 8 weeks, then 38 weeks of silence
 * const model = { kind: 'bg-nbd', params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, timeUnit: 'week' } as BgNbdModel;
 * const alive = churnRisk([{ customerId: 'a', purchases: 4, firstPurchase: '2026-01-05', lastPurchase: '2026-03-02' }], { asOf: '2026-11-23', method: 'probability-alive', model });
 * alive.customers[0]?.risk; //=> 0.944006
 * churnRisk([], { asOf: '2026-11-23', method: 'probability-alive' }); //=> throws INVALID_ARGUMENT
 */
export function churnRisk(customers: readonly PurchaseHistory[], options: ChurnRiskOptions): ChurnRiskResult {
  const opts = options as Partial<ChurnRiskOptions> | null | undefined;
  if (typeof opts !== 'object' || opts === null) throw new CxError('INVALID_ARGUMENT', 'options with asOf are required', { path: ['options'] });
  if (opts.asOf === undefined) throw new CxError('INVALID_ARGUMENT', 'asOf is required (cxkit never reads the clock)', { path: ['options', 'asOf'] });
  const method: unknown = opts.method ?? 'inter-purchase';
  if (method !== 'inter-purchase' && method !== 'probability-alive') {
    throw new CxError('INVALID_ARGUMENT', `method must be 'inter-purchase' or 'probability-alive', got ${describe(method)}`, { path: ['options', 'method'] });
  }
  let fitted: AliveModel | null = null;
  if (method === 'probability-alive') fitted = readModel(opts.model);
  else if (opts.model !== undefined) {
    throw new CxError('INVALID_ARGUMENT', "options.model is used only by method 'probability-alive': set method, or drop the model", { path: ['options', 'model'] });
  }
  const zone = resolveTimeZone(opts.timeZone, ['options', 'timeZone']);
  const asOfDay = localDay(zone, epochMs(opts.asOf, ['options', 'asOf']));
  const levels = opts.levels ?? {};
  const medium = unit(levels.medium, 0.6, ['options', 'levels', 'medium']);
  const high = unit(levels.high, 0.9, ['options', 'levels', 'high']);
  if (high < medium) throw new CxError('OUT_OF_RANGE', 'levels.high must be ≥ levels.medium', { path: ['options', 'levels', 'high'] });
  const minGap = opts.minGapDays ?? 1;
  if (typeof minGap !== 'number' || !Number.isFinite(minGap) || minGap <= 0) {
    throw new CxError('OUT_OF_RANGE', `minGapDays must be a finite number > 0, got ${describe(minGap)}`, { path: ['options', 'minGapDays'] });
  }
  const histories = readHistories(customers, asOfDay, zone);
  let spanSum = 0;
  let gapCount = 0;
  for (const h of histories) {
    if (h.count >= 2) {
      spanSum += h.span!;
      gapCount += h.count - 1;
    }
  }
  const pooled = gapCount === 0 ? null : Math.max(spanSum / gapCount, minGap);
  const counts = { low: 0, medium: 0, high: 0, unknown: 0 };
  const out: ChurnRiskCustomer[] = [];
  for (let i = 0; i < histories.length; i++) {
    const h = histories[i]!;
    const recency = h.last === null ? null : asOfDay - h.last;
    if (fitted !== null && recency !== null) {
      const risk = modelRisk(fitted, h, asOfDay, ['customers', i]);
      const level: ChurnRiskLevel = risk >= high ? 'high' : risk >= medium ? 'medium' : 'low';
      counts[level]++;
      out.push({ customerId: h.id, risk, level, recencyDays: recency, gapDays: null, basis: 'model' });
      continue;
    }
    let gap: number | null = null;
    let basis: ChurnRiskBasis = 'none';
    if (fitted === null && h.count >= 2) {
      gap = Math.max(h.span! / (h.count - 1), minGap);
      basis = 'own';
    } else if (fitted === null && h.count === 1 && pooled !== null) {
      gap = pooled;
      basis = 'population';
    }
    if (gap === null || recency === null) {
      counts.unknown++;
      out.push({ customerId: h.id, risk: null, level: null, recencyDays: recency, gapDays: null, basis: 'none' });
      continue;
    }
    const risk = -Math.expm1(-recency / gap) + 0;
    const level: ChurnRiskLevel = risk >= high ? 'high' : risk >= medium ? 'medium' : 'low';
    counts[level]++;
    out.push({ customerId: h.id, risk, level, recencyDays: recency, gapDays: gap, basis });
  }
  return { customers: out, method, populationGapDays: pooled, counts };
}
