/**
 * Customer value tiers (top 20 % = high, …) and how concentrated value is: top-share curve points and the Gini
 * coefficient.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { describe, isArrayLike } from '../core/assert.js';
import { addToSum, emptySum, sumValue, type CompensatedSum } from '../core/sum.js';
import type { Labels } from '../model/labels.js';
import { compareCustomerIds, readCustomerId, type CustomerId } from '../core/customer-id.js';

/** A value tier: the customers ranked within the top `topShare` of all customers, below the earlier tiers. */
export interface ValueTierDefinition {
  /** Stable id (not `'rest'`, reserved for customers below the last tier). */
  readonly id: string;
  /** Cumulative share of customers, counted from the most valuable, that the tiers up to this one hold: in (0, 1], increasing along the tiers. */
  readonly topShare: number;
  /** Display labels (optional). */
  readonly label?: Labels;
}

/**
 * The default tiers: the top 20 % of customers are `high`, the next 30 % (to 50 %) `medium`, the rest `low`.
 *
 * @example
 * DEFAULT_VALUE_TIERS.map((t) => t.topShare); //=> [0.2, 0.5, 1]
 */
export const DEFAULT_VALUE_TIERS: readonly ValueTierDefinition[] = /* @__PURE__ */ Object.freeze([
  { id: 'high', topShare: 0.2, label: { 'zh-CN': '高价值客户', en: 'High value' } },
  { id: 'medium', topShare: 0.5, label: { 'zh-CN': '中价值客户', en: 'Medium value' } },
  { id: 'low', topShare: 1, label: { 'zh-CN': '低价值客户', en: 'Low value' } },
] as const);

const REST: { readonly id: 'rest'; readonly label: Labels } = { id: 'rest', label: { 'zh-CN': '其余客户', en: 'Rest' } };

/** Options of {@link valueTiers}. */
export interface ValueTiersOptions {
  /** Tiers from the most valuable down (default {@link DEFAULT_VALUE_TIERS}). */
  readonly tiers?: readonly ValueTierDefinition[];
}

/** One customer's tier. */
export interface ValueTierCustomer {
  /** Customer id. */
  readonly customerId: string | number;
  /** The customer's value. */
  readonly value: number;
  /** 1 + number of customers with a strictly higher value (tied customers share a rank). */
  readonly rank: number;
  /** Tier id, or `'rest'` below the last tier. */
  readonly tier: string;
}

/** Summary of one tier. */
export interface ValueTierSummary {
  /** Tier id. */
  readonly tier: string;
  /** Tier labels (`null` when the definition has none). */
  readonly label: Labels | null;
  /** Number of customers. */
  readonly count: number;
  /** Share of all customers; `null` when there are none. */
  readonly share: number | null;
  /** Total value of the tier (compensated sum). */
  readonly value: number;
  /** Share of the total value; `null` when the total is 0. */
  readonly valueShare: number | null;
  /** Smallest value in the tier; `null` for an empty tier. */
  readonly minValue: number | null;
  /** Largest value in the tier; `null` for an empty tier. */
  readonly maxValue: number | null;
}

/** The result of {@link valueTiers}. */
export interface ValueTiersResult {
  /** Customers from the most valuable down (ties by id). */
  readonly customers: ValueTierCustomer[];
  /** One row per tier in order, then `'rest'` when the last tier's `topShare` is below 1. */
  readonly tiers: ValueTierSummary[];
}

/** Number of customers in the top `p` of `n`: ⌈p·n⌉, with a relative fuzz of 1e-12 so 0.7 · 10 is 7, not 8. */
function topCount(p: number, n: number): number {
  return Math.min(n, Math.ceil(p * n * (1 - 1e-12)));
}

function readTiers(tiers: unknown): ValueTierDefinition[] {
  if (!isArrayLike(tiers) || tiers.length === 0) {
    throw new CxError('INVALID_ARGUMENT', `tiers must be a non-empty array of { id, topShare }, got ${describe(tiers)}`, { path: ['options', 'tiers'] });
  }
  const out: ValueTierDefinition[] = [];
  const seen = new Set<string>(['rest']);
  let prev = 0;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i] as Partial<ValueTierDefinition> | null;
    const path = ['options', 'tiers', i];
    if (typeof t !== 'object' || t === null) throw new CxError('INVALID_ARGUMENT', `tier ${String(i)} must be an object`, { path });
    if (typeof t.id !== 'string' || t.id === '' || seen.has(t.id)) {
      throw new CxError('INVALID_ARGUMENT', `tier ids must be distinct non-empty strings other than 'rest', got ${describe(t.id)}`, { path: [...path, 'id'] });
    }
    seen.add(t.id);
    const p = t.topShare;
    if (typeof p !== 'number' || !(p > prev && p <= 1)) {
      throw new CxError('OUT_OF_RANGE', `topShare must increase along the tiers within (0, 1], got ${describe(p)} after ${String(prev)}`, {
        path: [...path, 'topShare'],
      });
    }
    prev = p;
    out.push(t as ValueTierDefinition);
  }
  return out;
}

/**
 * Splits customers into value tiers by rank: sorted from the most valuable down (ties by id), tier k takes the
 * customers at positions below ⌈topShare_k · n⌉ not taken by an earlier tier. **Ties stay together**: customers
 * with equal values always share a tier — a tie group that straddles a boundary goes entirely to the earlier
 * (higher) tier, so that tier can exceed its share and the next shrinks. Customers past the last tier's share
 * (when it is below 1) form the tier `'rest'`. Shares of customers and of value add up to 1.
 *
 * Runs in O(n log n) (one sort).
 *
 * @param customers - `{ customerId, value }` with distinct ids and finite values ≥ 0 (e.g. revenue or CLV).
 * @param options - see {@link ValueTiersOptions}.
 * @throws CxError `INVALID_ARGUMENT` for a bad or repeated id, a non-number value or bad tiers (path
 *   `['options', 'tiers', i, field]`); `NON_FINITE`; `OUT_OF_RANGE` for a negative value or a `topShare` that is
 *   not increasing within (0, 1].
 * @example
 * const res = valueTiers([{ customerId: 'a', value: 500 }, { customerId: 'b', value: 80 }, { customerId: 'c', value: 20 }, { customerId: 'd', value: 0 }], { tiers: [{ id: 'high', topShare: 0.25 }, { id: 'low', topShare: 1 }] });
 * res.customers.map((c) => c.tier); //=> ['high', 'low', 'low', 'low']
 * res.tiers[0]?.valueShare; //=> 0.8333333
 */
export function valueTiers(customers: readonly { readonly customerId: string | number; readonly value: number }[], options: ValueTiersOptions = {}): ValueTiersResult {
  const defs = readTiers(options.tiers ?? DEFAULT_VALUE_TIERS);
  if (!isArrayLike(customers)) throw new CxError('INVALID_ARGUMENT', `customers must be an array of { customerId, value }, got ${describe(customers)}`, { path: ['customers'] });
  const n = customers.length;
  const ids: CustomerId[] = new Array<CustomerId>(n);
  const values = new Float64Array(n);
  const seen = new Set<CustomerId>();
  for (let i = 0; i < n; i++) {
    const c = customers[i] as { customerId?: unknown; value?: unknown } | null;
    if (typeof c !== 'object' || c === null) throw new CxError('INVALID_ARGUMENT', `customers[${String(i)}] must be an object`, { path: ['customers', i] });
    const id = readCustomerId(c.customerId, ['customers', i, 'customerId']);
    if (seen.has(id)) throw new CxError('INVALID_ARGUMENT', `customer ${describe(id)} appears twice`, { path: ['customers', i, 'customerId'] });
    seen.add(id);
    ids[i] = id;
    values[i] = readValue(c.value, ['customers', i, 'value']);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[b]! - values[a]! || compareCustomerIds(ids[a]!, ids[b]!));
  const cuts = defs.map((d) => topCount(d.topShare, n));
  const k = defs.length + (defs[defs.length - 1]!.topShare < 1 ? 1 : 0);
  const counts = new Array<number>(k).fill(0);
  const sums: CompensatedSum[] = Array.from({ length: k }, emptySum);
  const lo = new Array<number | null>(k).fill(null);
  const hi = new Array<number | null>(k).fill(null);
  let total = emptySum();
  const out: ValueTierCustomer[] = new Array<ValueTierCustomer>(n);
  let tier = 0;
  let rank = 1;
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const v = values[i]!;
    const tied = p > 0 && v === values[order[p - 1]!];
    if (!tied) {
      rank = p + 1;
      while (tier < cuts.length && p >= cuts[tier]!) tier++;
    }
    counts[tier]!++;
    sums[tier] = addToSum(sums[tier]!, v);
    total = addToSum(total, v);
    hi[tier] ??= v;
    lo[tier] = v;
    out[p] = { customerId: ids[i]!, value: v, rank, tier: tier < defs.length ? defs[tier]!.id : REST.id };
  }
  const sum = sumValue(total);
  const tiers: ValueTierSummary[] = [];
  for (let t = 0; t < k; t++) {
    const def = t < defs.length ? defs[t]! : REST;
    const value = sumValue(sums[t]!);
    tiers.push({
      tier: def.id,
      label: def.label ?? null,
      count: counts[t]!,
      share: n === 0 ? null : counts[t]! / n,
      value,
      valueShare: sum > 0 ? value / sum : null,
      minValue: lo[t]!,
      maxValue: hi[t]!,
    });
  }
  return { customers: out, tiers };
}

function readValue(v: unknown, path: (string | number)[]): number {
  if (typeof v !== 'number') throw new CxError('INVALID_ARGUMENT', `value must be a number, got ${describe(v)}`, { path });
  if (!Number.isFinite(v)) throw new CxError('NON_FINITE', `value must be finite, got ${describe(v)}`, { path });
  if (v < 0) throw new CxError('OUT_OF_RANGE', `value must be ≥ 0, got ${String(v)}`, { path });
  return v + 0;
}

/** Options of {@link concentration}. */
export interface ConcentrationOptions {
  /** Top shares of customers to report (default `[0.01, 0.05, 0.1, 0.2, 0.5]`), each in (0, 1]. */
  readonly topShares?: readonly number[];
}

/** The share of value held by the top customers. */
export interface TopShare {
  /** Share of customers, e.g. 0.2 for the top 20 %. */
  readonly topShare: number;
  /** Number of customers in it: ⌈topShare · n⌉. */
  readonly count: number;
  /** Their share of the total value; `null` when the total is 0 or there are no values. */
  readonly valueShare: number | null;
}

/** The result of {@link concentration}. */
export interface ConcentrationResult {
  /** Number of values. */
  readonly n: number;
  /** Their total (compensated sum). */
  readonly total: number;
  /** One entry per requested top share. */
  readonly top: TopShare[];
  /** Gini coefficient in [0, (n − 1)/n]: 0 when all values are equal; `null` when n = 0 or the total is 0. */
  readonly gini: number | null;
}

/**
 * How concentrated value is: the share of the total held by the top 1 / 5 / 10 / 20 / 50 % of customers (the
 * top ⌈p·n⌉ values), and the Gini coefficient `G = Σᵢ (2i − n − 1)·x₍ᵢ₎ / (n·Σx)` over the values sorted
 * ascending — the definition of R's `ineq::Gini(x, corr = FALSE)`. The numerator is computed as
 * `Σₖ k(n − k)(x₍ₖ₊₁₎ − x₍ₖ₎)` (summation by parts: half the sum of all pairwise differences), whose terms are
 * all ≥ 0, so G is never negative and exactly 0 for equal values. O(n log n), one sort of a copy.
 *
 * @param values - finite values ≥ 0 (revenue, CLV, …).
 * @param options - see {@link ConcentrationOptions}.
 * @throws CxError `INVALID_ARGUMENT` when `values` is not array-like or holds a non-number; `NON_FINITE`;
 *   `OUT_OF_RANGE` for a negative value (path `['values', i]`) or a top share outside (0, 1] (path
 *   `['options', 'topShares', i]`).
 * @example
 * concentration([1, 2, 3, 4]).gini; //=> 0.25
 * concentration([0, 0, 0, 10], { topShares: [0.25] }).top; //=> [{ topShare: 0.25, count: 1, valueShare: 1 }]
 * concentration([5, 5, 5]).gini; //=> 0
 */
export function concentration(values: ArrayLike<number>, options: ConcentrationOptions = {}): ConcentrationResult {
  if (!isArrayLike(values)) throw new CxError('INVALID_ARGUMENT', `values must be an array or typed array of numbers, got ${describe(values)}`, { path: ['values'] });
  const shares = options.topShares ?? [0.01, 0.05, 0.1, 0.2, 0.5];
  if (!isArrayLike(shares)) throw new CxError('INVALID_ARGUMENT', `topShares must be an array of numbers in (0, 1]`, { path: ['options', 'topShares'] });
  for (let i = 0; i < shares.length; i++) {
    const p = shares[i];
    if (typeof p !== 'number' || !(p > 0 && p <= 1)) {
      throw new CxError('OUT_OF_RANGE', `top shares must be in (0, 1], got ${describe(p)}`, { path: ['options', 'topShares', i] });
    }
  }
  const n = values.length;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = readValue(values[i], ['values', i]);
  x.sort();
  let total = emptySum();
  for (let i = 0; i < n; i++) total = addToSum(total, x[i]!);
  const sum = sumValue(total);
  const top: TopShare[] = [];
  for (let j = 0; j < shares.length; j++) {
    const p = shares[j]!;
    const count = topCount(p, n);
    let s = emptySum();
    for (let i = n - count; i < n; i++) s = addToSum(s, x[i]!);
    top.push({ topShare: p, count, valueShare: sum > 0 ? sumValue(s) / sum : null });
  }
  let g: number | null = null;
  if (n > 0 && sum > 0) {
    let acc = emptySum();
    for (let k = 1; k < n; k++) acc = addToSum(acc, k * (n - k) * (x[k]! - x[k - 1]!));
    g = sumValue(acc) / (n * sum);
  }
  return { n, total: sum, top, gini: g };
}
