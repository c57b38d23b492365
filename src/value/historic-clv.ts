/**
 * The two simple customer-value measures that need no model: historic CLV (margin earned to date) and the
 * textbook retention formula m·r/(1 + d − r), with its finite-horizon sum. Exact decimal arithmetic.
 *
 * @module
 */
import { describe, isArrayLike } from '../core/assert.js';
import { CxError, type CxPath } from '../core/errors.js';
import { money, type Money, type MoneyInput } from '../core/money.js';

/** One transaction for {@link historicClv}: who paid how much. Refunds are negative amounts. */
export interface HistoricClvTransaction {
  /** The customer's id (a string or a finite number; `7` and `'7'` are different customers). */
  readonly customerId: string | number;
  /** The amount: a number, decimal string, bigint or `Decimal` (negative for a refund). */
  readonly amount: MoneyInput;
}

/** Options of {@link historicClv}. */
export interface HistoricClvOptions {
  /** Margin as a fraction of revenue, in [0, 1] (e.g. `'0.3'` for 30 %). Default `1` (revenue itself). */
  readonly margin?: MoneyInput;
}

/** One customer's line in a {@link HistoricClvResult}. */
export interface HistoricClvCustomer {
  /** The customer's id, as given. */
  readonly customerId: string | number;
  /** Number of transactions of the customer. */
  readonly transactions: number;
  /** Σ amounts (exact). */
  readonly revenue: Money;
  /** `revenue × margin` (exact): the margin earned from the customer to date. */
  readonly clv: Money;
}

/** Result of {@link historicClv}. */
export interface HistoricClvResult {
  /** One line per customer, in order of first appearance. */
  readonly customers: HistoricClvCustomer[];
  /** Σ clv over the customers. */
  readonly total: Money;
}

/** A margin fraction in [0, 1], or a CxError at `path`. */
function marginFraction(x: unknown, path: CxPath): Money {
  const m = money(x as MoneyInput, path);
  if (m.isNegative() || m.greaterThan(1)) {
    throw new CxError('OUT_OF_RANGE', `margin must be a fraction of revenue in [0, 1], got ${m.toString()}`, { path });
  }
  return m;
}

/**
 * Historic customer value: per customer, the total margin earned to date, `margin × Σ amounts`, plus the total.
 * It looks only backwards — the value a customer has already brought, not what they will bring (for that, see
 * {@link customerLifetimeValue}).
 *
 * Exact decimal sums (34 significant digits, see {@link money}); O(n) with one `Map` entry per customer.
 *
 * @param transactions - the transactions, `{ customerId, amount }` (other fields are ignored).
 * @param options - see {@link HistoricClvOptions}.
 * @throws CxError `INVALID_ARGUMENT` for a malformed list, row or id (path `[i]` or `[i, 'customerId']`);
 *   `INVALID_MONEY` for an amount that is not a finite decimal (path `[i, 'amount']`); `INVALID_MONEY` /
 *   `OUT_OF_RANGE` for a margin outside [0, 1] (path `['options', 'margin']`).
 * @example
 * const r = historicClv([{ customerId: 'a', amount: '10.10' }, { customerId: 'b', amount: 5 }, { customerId: 'a', amount: '0.20' }], { margin: '0.5' });
 * r.customers.map((c) => [c.customerId, c.clv.toString()]); //=> [['a', '5.15'], ['b', '2.5']]
 * r.total.toString(); //=> '7.65'
 */
export function historicClv(transactions: readonly HistoricClvTransaction[], options: HistoricClvOptions = {}): HistoricClvResult {
  if (!isArrayLike(transactions)) {
    throw new CxError('INVALID_ARGUMENT', `transactions must be an array of { customerId, amount }, got ${describe(transactions)}`, { path: [] });
  }
  const margin = marginFraction(options.margin ?? 1, ['options', 'margin']);
  const index = new Map<string | number, number>();
  const ids: (string | number)[] = [];
  const counts: number[] = [];
  const sums: Money[] = [];
  for (let i = 0; i < transactions.length; i++) {
    const row = transactions[i] as Partial<HistoricClvTransaction> | null | undefined;
    if (typeof row !== 'object' || row === null) {
      throw new CxError('INVALID_ARGUMENT', `transactions[${String(i)}] must be { customerId, amount }, got ${describe(row)}`, { path: [i] });
    }
    const id = row.customerId;
    if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
      throw new CxError('INVALID_ARGUMENT', `transactions[${String(i)}].customerId must be a string or a finite number, got ${describe(id)}`, {
        path: [i, 'customerId'],
      });
    }
    const amount = money(row.amount as MoneyInput, [i, 'amount']);
    const k = index.get(id);
    if (k === undefined) {
      index.set(id, ids.length);
      ids.push(id);
      counts.push(1);
      sums.push(amount);
    } else {
      counts[k]!++;
      sums[k] = sums[k]!.plus(amount);
    }
  }
  const customers: HistoricClvCustomer[] = new Array<HistoricClvCustomer>(ids.length);
  let total = money(0);
  for (let k = 0; k < ids.length; k++) {
    const clv = zeroPositive(sums[k]!.times(margin));
    total = total.plus(clv);
    customers[k] = { customerId: ids[k]!, transactions: counts[k]!, revenue: sums[k]!, clv };
  }
  return { customers, total: zeroPositive(total) };
}

/** Input of {@link formulaClv}. */
export interface FormulaClvInput {
  /** Margin earned from a retained customer per period, an amount (e.g. `'120.00'`). */
  readonly margin: MoneyInput;
  /** Probability that a customer active in one period is still active in the next, in [0, 1]. */
  readonly retention: MoneyInput;
  /** Discount rate per period, ≥ 0 (e.g. `'0.1'`). */
  readonly discountRate: MoneyInput;
  /**
   * Number of future periods, an integer ≥ 0. Default: none (the infinite horizon, which needs `1 + d − r > 0`,
   * i.e. not `retention = 1` with `discountRate = 0`).
   */
  readonly periods?: number;
}

/** A decimal in [lo, hi] (hi = null: unbounded). */
function rate(x: unknown, lo: number, hi: number | null, name: string): Money {
  const v = money(x as MoneyInput, [name]);
  if (v.lessThan(lo) || (hi !== null && v.greaterThan(hi))) {
    throw new CxError('OUT_OF_RANGE', `${name} must be in [${String(lo)}, ${hi === null ? '∞)' : `${String(hi)}]`}, got ${v.toString()}`, {
      path: [name],
    });
  }
  return v;
}

/** Turns −0 into 0 (decimal.js keeps the sign of zero). */
function zeroPositive(d: Money): Money {
  return d.isZero() ? d.abs() : d;
}

/**
 * The simple retention-model CLV (Gupta & Lehmann 2003, "Customers as assets", J. Interactive Marketing 17(1)):
 * a customer retained with probability `r` per period brings margin `m` in each period it survives, discounted at
 * `d` per period, with the first margin one period from now:
 *
 * - infinite horizon: Σ_{t≥1} m·rᵗ/(1 + d)ᵗ = **m·r / (1 + d − r)**;
 * - `periods = n`: Σ_{t=1..n} m·(r/(1 + d))ᵗ, the finite sum (which tends to the above as n grows).
 *
 * Decimal arithmetic at 34 significant digits (the finite sum in closed form, q(1 − qⁿ)/(1 − q) with q = r/(1 + d), O(log n)); the result is a `Decimal`.
 * The margin may be negative (a loss-making customer), and then so is the value.
 *
 * @param input - see {@link FormulaClvInput}.
 * @throws CxError `INVALID_MONEY` for a value that is not a finite decimal; `OUT_OF_RANGE` for retention outside
 *   [0, 1], a negative discount rate, `periods` not an integer ≥ 0, or the infinite horizon with r = 1 and d = 0
 *   (path = the field); `INVALID_ARGUMENT` when `input` is not an object.
 * @example
 * formulaClv({ margin: 100, retention: '0.8', discountRate: '0.1' }).toString(); //=> '266.6666666666666666666666666666667'
 * formulaClv({ margin: 100, retention: '0.5', discountRate: 0, periods: 2 }).toString(); //=> '75'
 * formulaClv({ margin: 100, retention: 1, discountRate: 0 }); //=> throws OUT_OF_RANGE
 */
export function formulaClv(input: FormulaClvInput): Money {
  if (typeof input !== 'object' || (input as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `input must be { margin, retention, discountRate, periods? }, got ${describe(input)}`, { path: [] });
  }
  const m = money(input.margin, ['margin']);
  const r = rate(input.retention, 0, 1, 'retention');
  const d = rate(input.discountRate, 0, null, 'discountRate');
  const onePlusD = d.plus(1);
  if (input.periods === undefined) {
    const denom = onePlusD.minus(r);
    if (denom.isZero()) {
      throw new CxError('OUT_OF_RANGE', 'the infinite-horizon value diverges when retention = 1 and discountRate = 0: give periods', {
        path: ['retention'],
      });
    }
    return zeroPositive(m.times(r).div(denom));
  }
  const n: unknown = input.periods;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new CxError('OUT_OF_RANGE', `periods must be an integer ≥ 0, got ${describe(n)}`, { path: ['periods'] });
  }
  // Σ_{t=1..n} qᵗ = q(1 − qⁿ)/(1 − q) with q = r/(1 + d) (= n when q = 1).
  const q = r.div(onePlusD);
  const acc = q.equals(1) ? money(n) : q.times(money(1).minus(q.pow(n))).div(money(1).minus(q));
  return zeroPositive(m.times(acc));
}
