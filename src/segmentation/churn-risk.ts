/**
 * Churn early warning: how overdue each customer's next purchase is, judged by the customer's own rhythm.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';
import { epochMs, localDay, resolveTimeZone } from '../core/calendar.js';
import type { DateInput } from '../core/time.js';
import type { Labels } from '../model/labels.js';
import { readHistories, type PurchaseHistory } from './purchase-history.js';

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
 * How {@link churnRisk} scores. Only `'inter-purchase'` exists in this version; a `'probability-alive'` method
 * (1 − P(alive) from a BG/NBD-type CLV model) will be added with that model and is not available yet.
 */
export type ChurnRiskMethod = 'inter-purchase';

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
  /** Scoring method (default and only value: `'inter-purchase'`). */
  readonly method?: ChurnRiskMethod;
  /** Level thresholds, 0 < medium ≤ high ≤ 1 (defaults 0.6 and 0.9). */
  readonly levels?: ChurnRiskLevels;
  /** Smallest mean gap in days (default 1): purchases on the same day do not make the expected gap 0. */
  readonly minGapDays?: number;
  /** IANA time zone in which purchase days are counted (default UTC). */
  readonly timeZone?: string;
}

/** Where a customer's expected gap comes from. */
export type ChurnRiskBasis = 'own' | 'population' | 'none';

/** One customer's churn risk. */
export interface ChurnRiskCustomer {
  /** Customer id. */
  readonly customerId: string | number;
  /** Risk in [0, 1]; `null` when no gap is known (a prospect, or a single purchase with no repeat buyers at all). */
  readonly risk: number | null;
  /** Level; `null` with `risk`. */
  readonly level: ChurnRiskLevel | null;
  /** Whole days since the last purchase; `null` for a prospect. */
  readonly recencyDays: number | null;
  /** The expected gap used, in days; `null` with `risk`. */
  readonly gapDays: number | null;
  /** `'own'` (the customer's mean gap), `'population'` (a single purchase: the pooled gap) or `'none'`. */
  readonly basis: ChurnRiskBasis;
}

/** The result of {@link churnRisk}. */
export interface ChurnRiskResult {
  /** One entry per customer, in input order. */
  readonly customers: ChurnRiskCustomer[];
  /** The method used. */
  readonly method: ChurnRiskMethod;
  /** Pooled mean gap of the repeat buyers, Σ span ÷ Σ (purchases − 1), in days; `null` without repeat buyers. */
  readonly populationGapDays: number | null;
  /** Customers per level, and `unknown` for a null risk. */
  readonly counts: Record<ChurnRiskLevel | 'unknown', number>;
}

function unit(v: unknown, fallback: number, path: (string | number)[]): number {
  const x = v ?? fallback;
  if (typeof x !== 'number' || !(x > 0 && x <= 1)) throw new CxError('OUT_OF_RANGE', `a level threshold must be in (0, 1], got ${describe(x)}`, { path });
  return x;
}

/**
 * Churn early warning by inter-purchase time: is the customer's silence long compared with their usual gap
 * between purchases?
 *
 * **Model.** Purchases of an active customer are taken as a Poisson process with rate 1/g, g = the customer's
 * mean gap: (last − first purchase, in days) ÷ (purchases − 1), at least `minGapDays`. The waiting time to the next
 * purchase is then exponential, and the risk is the probability that an active customer with this rhythm would
 * have bought again within the `recencyDays` that have passed:
 *
 *   risk = 1 − exp(−recencyDays / g)
 *
 * (0 on the day of a purchase, 0.63 after one usual gap, 0.95 after three). It measures how overdue the customer
 * is, not the probability of having churned: that needs a model of dropping out (BG/NBD's P(alive)), the planned
 * `'probability-alive'` method. Customers with one purchase have no gap of their own: they get the population's
 * pooled mean gap, Σ(last − first) ÷ Σ(purchases − 1) over the repeat buyers (the maximum-likelihood rate of a
 * common Poisson process) — frequent buyers dominate it, so single buyers read as overdue early. Prospects (no
 * purchase), and single buyers when nobody bought twice, get `risk: null`. O(total purchases listed).
 *
 * @param customers - purchase histories (see {@link PurchaseHistory}); with a list of dates the gap is taken
 *   over the listed dates.
 * @param options - see {@link ChurnRiskOptions}.
 * @throws CxError `INVALID_ARGUMENT` when `asOf` is missing (path `['options', 'asOf']`), for an unknown method
 *   (path `['options', 'method']`) or a malformed history (path `['customers', i, field]`); `OUT_OF_RANGE` for
 *   level thresholds outside (0, 1] or out of order, `minGapDays` ≤ 0, or a purchase after `asOf`;
 *   `INVALID_DATE`; `INVALID_TIME_ZONE`.
 * @example
 * const res = churnRisk([
 *   { customerId: 'weekly', purchases: 10, firstPurchase: '2026-08-01', lastPurchase: '2026-10-03' },
 *   { customerId: 'yearly', purchases: 3, firstPurchase: '2024-10-01', lastPurchase: '2026-10-03' },
 * ], { asOf: '2026-11-24' });
 * res.customers.map((c) => c.level); //=> ['high', 'low']
 * res.customers[0]?.risk; //=> 0.9994
 * res.customers[1]?.gapDays; //=> 366
 */
export function churnRisk(customers: readonly PurchaseHistory[], options: ChurnRiskOptions): ChurnRiskResult {
  const opts = options as Partial<ChurnRiskOptions> | null | undefined;
  if (typeof opts !== 'object' || opts === null) throw new CxError('INVALID_ARGUMENT', 'options with asOf are required', { path: ['options'] });
  if (opts.asOf === undefined) throw new CxError('INVALID_ARGUMENT', 'asOf is required (cxkit never reads the clock)', { path: ['options', 'asOf'] });
  const method: unknown = opts.method ?? 'inter-purchase';
  if (method !== 'inter-purchase') {
    throw new CxError('INVALID_ARGUMENT', `method must be 'inter-purchase' (the only method in this version), got ${describe(method)}`, { path: ['options', 'method'] });
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
  for (const h of histories) {
    const recency = h.last === null ? null : asOfDay - h.last;
    let gap: number | null = null;
    let basis: ChurnRiskBasis = 'none';
    if (h.count >= 2) {
      gap = Math.max(h.span! / (h.count - 1), minGap);
      basis = 'own';
    } else if (h.count === 1 && pooled !== null) {
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
  return { customers: out, method: 'inter-purchase', populationGapDays: pooled, counts };
}
