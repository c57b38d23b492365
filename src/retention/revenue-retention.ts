/**
 * Revenue retention of subscriptions: gross (GRR) and net (NRR) revenue retention, from the four movements of
 * recurring revenue or from two snapshots of it.
 *
 * @module
 */
import { CxError, type CxPath } from '../core/errors.js';
import { describe, isArrayLike } from '../core/assert.js';
import { money, type Money, type MoneyInput } from '../core/money.js';
import type { CustomerId } from './activity.js';

/** Input of {@link revenueRetention}: recurring revenue (e.g. MRR) movements over a period, all ≥ 0. */
export interface RevenueRetentionInput {
  /** Recurring revenue at the start of the period, from the customers then active. */
  readonly start: MoneyInput;
  /** Increase from those customers (upgrades, seats, cross-sell). */
  readonly expansion: MoneyInput;
  /** Decrease from those customers who stayed (downgrades, discounts). */
  readonly contraction: MoneyInput;
  /** Revenue of those customers who left; `contraction + churned ≤ start`. */
  readonly churned: MoneyInput;
}

/** Result of {@link revenueRetention}. */
export interface RevenueRetentionResult {
  /** Gross revenue retention `(start − contraction − churned) / start`, in [0, 1]; `null` when `start` is 0. */
  readonly grr: Money | null;
  /** Net revenue retention `(start + expansion − contraction − churned) / start`, ≥ `grr`; `null` when `start` is 0. */
  readonly nrr: Money | null;
}

/** A non-negative amount, or a CxError at `path`. */
function amount(x: unknown, path: CxPath): Money {
  const d = money(x as MoneyInput, path);
  if (d.isNegative()) throw new CxError('OUT_OF_RANGE', `${String(path[path.length - 1])} must be ≥ 0, got ${d.toString()}`, { path });
  return d;
}

function ratios(start: Money, expansion: Money, contraction: Money, churned: Money): RevenueRetentionResult {
  if (start.isZero()) return { grr: null, nrr: null };
  const kept = start.minus(contraction).minus(churned);
  return { grr: kept.div(start), nrr: kept.plus(expansion).div(start) };
}

/**
 * Gross and net revenue retention of a period:
 * GRR = (start − contraction − churned) ÷ start and NRR = (start + expansion − contraction − churned) ÷ start.
 * Revenue from customers acquired during the period is in neither (see {@link revenueRetentionFromSnapshots}).
 *
 * Exact decimal arithmetic (decimal.js, 34 significant digits, the same private configuration as `money`);
 * results are `Decimal`s (`toNumber()` for a chart, `times(100).toFixed(1)` for a percentage). O(1).
 *
 * @throws CxError `INVALID_MONEY` for an amount that is not a finite decimal (path `['start']`, …);
 *   `OUT_OF_RANGE` for a negative amount, or `contraction + churned > start` (path `['churned']`).
 * @example
 * const r = revenueRetention({ start: '10000', expansion: '1500', contraction: '300', churned: '700' });
 * [r.grr?.toString(), r.nrr?.toString()]; //=> ['0.9', '1.05']
 * revenueRetention({ start: 0, expansion: 0, contraction: 0, churned: 0 }).grr; //=> null
 */
export function revenueRetention(input: RevenueRetentionInput): RevenueRetentionResult {
  if (typeof input !== 'object' || (input as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `input must be { start, expansion, contraction, churned }, got ${describe(input)}`, { path: [] });
  }
  const start = amount(input.start, ['start']);
  const expansion = amount(input.expansion, ['expansion']);
  const contraction = amount(input.contraction, ['contraction']);
  const churned = amount(input.churned, ['churned']);
  if (contraction.plus(churned).greaterThan(start)) {
    throw new CxError('OUT_OF_RANGE', `contraction + churned (${contraction.plus(churned).toString()}) cannot exceed start (${start.toString()})`, {
      path: ['churned'],
    });
  }
  return ratios(start, expansion, contraction, churned);
}

/** One customer's recurring revenue in a snapshot. */
export interface RevenueSnapshotRow {
  /** The customer's id (repeated ids are summed: one row per subscription is fine). */
  readonly customerId: CustomerId;
  /** Recurring revenue, ≥ 0 (e.g. MRR). */
  readonly mrr: MoneyInput;
}

/** Result of {@link revenueRetentionFromSnapshots}: the revenue movements between two snapshots and GRR/NRR. */
export interface RevenueSnapshotResult {
  /** Σ revenue in `before`. */
  readonly start: Money;
  /** Σ revenue in `after`: `start + expansion − contraction − churned + new`. */
  readonly end: Money;
  /** Σ (after − before) over customers with 0 < before < after. */
  readonly expansion: Money;
  /** Σ (before − after) over customers with 0 < after < before. */
  readonly contraction: Money;
  /** Σ before over customers with before > 0 and after 0 (or absent from `after`). */
  readonly churned: Money;
  /** Σ after over customers with before 0 (or absent from `before`): new and returning business, not in NRR. */
  readonly new: Money;
  /** Gross revenue retention, as {@link revenueRetention}; `null` when `start` is 0. */
  readonly grr: Money | null;
  /** Net revenue retention, as {@link revenueRetention}; `null` when `start` is 0. */
  readonly nrr: Money | null;
}

function totals(rows: unknown, name: string): Map<CustomerId, Money> {
  if (!isArrayLike(rows)) {
    throw new CxError('INVALID_ARGUMENT', `${name} must be an array of { customerId, mrr }, got ${describe(rows)}`, { path: [name] });
  }
  const out = new Map<CustomerId, Money>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Partial<RevenueSnapshotRow> | null | undefined;
    if (typeof row !== 'object' || row === null) {
      throw new CxError('INVALID_ARGUMENT', `${name}[${String(i)}] must be { customerId, mrr }, got ${describe(row)}`, { path: [name, i] });
    }
    const id = row.customerId;
    if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
      throw new CxError('INVALID_ARGUMENT', `${name}[${String(i)}].customerId must be a string or a finite number, got ${describe(id)}`, {
        path: [name, i, 'customerId'],
      });
    }
    const v = amount(row.mrr, [name, i, 'mrr']);
    const prev = out.get(id);
    out.set(id, prev === undefined ? v : prev.plus(v));
  }
  return out;
}

/**
 * Revenue retention between two snapshots of recurring revenue per customer (e.g. MRR at the start and at the
 * end of a month). Per customer, with `b` its revenue before and `a` after (0 when absent; repeated ids summed):
 * `b > 0, a > b` → expansion `a − b`; `b > 0, 0 < a < b` → contraction `b − a`; `b > 0, a = 0` → churned `b`;
 * `b = 0, a > 0` → new `a` (new customers, and former customers back with 0 before, are reported separately and
 * are not part of NRR). Then GRR and NRR as {@link revenueRetention}.
 *
 * Exact decimal sums. O(n) plus one `Map` entry per customer.
 *
 * @param before - revenue per customer at the start.
 * @param after - revenue per customer at the end.
 * @throws CxError `INVALID_ARGUMENT` for a malformed list, row or id (`['before', i]`, `['after', i, 'customerId']`,
 *   …); `INVALID_MONEY` / `OUT_OF_RANGE` for an amount that is not a decimal ≥ 0 (`['before', i, 'mrr']`).
 * @example
 * const before = [{ customerId: 'a', mrr: 100 }, { customerId: 'b', mrr: 50 }, { customerId: 'c', mrr: 50 }];
 * const after = [{ customerId: 'a', mrr: 130 }, { customerId: 'b', mrr: 40 }, { customerId: 'd', mrr: 80 }];
 * const r = revenueRetentionFromSnapshots(before, after);
 * [r.expansion, r.contraction, r.churned, r.new, r.grr, r.nrr].map(String); //=> ['30', '10', '50', '80', '0.7', '0.85']
 */
export function revenueRetentionFromSnapshots(before: readonly RevenueSnapshotRow[], after: readonly RevenueSnapshotRow[]): RevenueSnapshotResult {
  const b = totals(before, 'before');
  const a = totals(after, 'after');
  const zero = money(0);
  let start = zero;
  let end = zero;
  let expansion = zero;
  let contraction = zero;
  let churned = zero;
  let fresh = zero;
  for (const [id, bv] of b) {
    start = start.plus(bv);
    const av = a.get(id) ?? zero;
    if (bv.isZero()) fresh = fresh.plus(av);
    else if (av.isZero()) churned = churned.plus(bv);
    else if (av.greaterThan(bv)) expansion = expansion.plus(av.minus(bv));
    else contraction = contraction.plus(bv.minus(av));
  }
  for (const [id, av] of a) {
    end = end.plus(av);
    if (!b.has(id)) fresh = fresh.plus(av);
  }
  return { start, end, expansion, contraction, churned, new: fresh, ...ratios(start, expansion, contraction, churned) };
}
