/**
 * Customer records (start, optional end) → right-censored durations for `kaplanMeier` and `logRankTest`.
 *
 * @module
 */
import { describe, isArrayLike } from '../core/assert.js';
import { CxError } from '../core/errors.js';
import { toDate, type DateInput } from '../core/time.js';

/**
 * Unit of the durations: `'day'` = 24 h of elapsed time, `'week'` = 7 days, `'month'` = 30.4375 days (365.25 / 12,
 * the mean Gregorian month), `'year'` = 365.25 days. Fixed lengths, so durations do not depend on the time zone or
 * the calendar.
 */
export type SurvivalUnit = 'day' | 'week' | 'month' | 'year';

/** A customer (or subscription) for {@link survivalData}. */
export interface SurvivalCustomer {
  /** Unique id (string or number). */
  readonly customerId: string | number;
  /** When the customer started (`Date`, ISO 8601 string or epoch ms; see `toDate`). */
  readonly start: DateInput;
  /** When the customer ended, if they did (`null` / absent: still active). */
  readonly end?: DateInput | null;
  /**
   * Whether the end is a churn event. Default: `true` when `end` is given. Set `false` for an end that is not
   * churn (e.g. the account was merged): the customer is then censored at `end`.
   */
  readonly churned?: boolean;
}

/** Options of {@link survivalData}. */
export interface SurvivalDataOptions {
  /** The analysis date (required): follow-up stops here; ends after it are not yet known. Inclusive. */
  readonly asOf: DateInput;
  /** Unit of the durations (see {@link SurvivalUnit}). Default `'day'`. */
  readonly unit?: SurvivalUnit;
  /**
   * Rounding of the durations, in `unit`s: `'none'` (exact fractions), `'floor'` (completed units), `'ceil'`,
   * `'round'`. Default `'none'`. Rounding creates ties, which Kaplan–Meier handles (events before censorings).
   */
  readonly rounding?: 'none' | 'floor' | 'ceil' | 'round';
}

/** Result of {@link survivalData}: parallel arrays, one entry per included customer, in input order. */
export interface SurvivalData {
  /** Follow-up time in `unit`s: to `end` when `end ≤ asOf`, else to `asOf`. */
  readonly durations: number[];
  /** 1 when the customer churned by `asOf`, 0 when censored (still active at `asOf`, or `churned: false`). */
  readonly events: number[];
  /** The customer id of each entry. */
  readonly customerIds: (string | number)[];
  /** Customers left out because they started after `asOf`. */
  readonly excluded: number;
  /** The unit of `durations`. */
  readonly unit: SurvivalUnit;
}

const UNIT_MS: Readonly<Record<SurvivalUnit, number>> = { day: 86_400_000, week: 604_800_000, month: 2_629_800_000, year: 31_557_600_000 };

const ROUNDERS: Readonly<Partial<Record<string, (x: number) => number>>> = {
  none: (x) => x,
  floor: Math.floor,
  ceil: Math.ceil,
  round: Math.round,
};

/**
 * Turns customer records into right-censored survival data for `kaplanMeier` and `logRankTest`, censored at `asOf`: a customer with `end ≤ asOf` has
 * duration `end − start` and an event (unless `churned: false`); a customer still active, or whose `end` is after
 * `asOf`, is censored at `asOf` (duration `asOf − start`, event 0). Customers who start after `asOf` did not exist
 * yet: they are left out and counted in `excluded`. Durations are elapsed time (see {@link SurvivalUnit}),
 * independent of the process time zone. O(n); reads no clock.
 *
 * @param customers - One record per customer; ids must be unique (use one id per spell for repeated subscriptions).
 * @param options - See {@link SurvivalDataOptions}; `asOf` is required.
 * @returns Empty arrays for empty input.
 * @throws CxError `INVALID_DATE` for an unreadable date (`path` = `['customers', i, 'start' | 'end']` or `['asOf']`);
 *   `OUT_OF_RANGE` when `end` is before `start` (`['customers', i, 'end']`) or when every customer starts after
 *   `asOf` (`['asOf']`: `asOf` is before the data); `INVALID_ARGUMENT` for a record that is not an object, a
 *   missing or duplicate `customerId`, a non-boolean `churned`, `churned: true` without an `end`, a bad `unit` or
 *   `rounding`.
 * @example
 * const d = survivalData(
 *   [{ customerId: 'a', start: '2024-01-01', end: '2024-01-31' }, { customerId: 'b', start: '2024-01-11' }],
 *   { asOf: '2024-03-01' },
 * );
 * d.durations; //=> [30, 50]
 * d.events; //=> [1, 0]
 * survivalData([{ customerId: 'a', start: '2024-05-01' }], { asOf: '2024-03-01' }); //=> throws OUT_OF_RANGE
 */
export function survivalData(customers: readonly SurvivalCustomer[], options: SurvivalDataOptions): SurvivalData {
  if (!isArrayLike(customers)) {
    throw new CxError('INVALID_ARGUMENT', `customers must be an array, got ${describe(customers)}`, { path: ['customers'] });
  }
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `options must be an object with asOf, got ${describe(options)}`, { path: ['options'] });
  }
  const asOf = toDate(options.asOf, ['asOf']).getTime();
  const unit = options.unit ?? 'day';
  if (!Object.hasOwn(UNIT_MS, unit)) {
    throw new CxError('INVALID_ARGUMENT', `unit must be 'day', 'week', 'month' or 'year', got ${describe(unit)}`, { path: ['unit'] });
  }
  const rounding = options.rounding ?? 'none';
  if (!Object.hasOwn(ROUNDERS, rounding)) {
    throw new CxError('INVALID_ARGUMENT', `rounding must be 'none', 'floor', 'ceil' or 'round', got ${describe(rounding)}`, { path: ['rounding'] });
  }
  const unitMs = UNIT_MS[unit];
  const round = ROUNDERS[rounding]!;
  const durations: number[] = [];
  const events: number[] = [];
  const customerIds: (string | number)[] = [];
  const ids = new Set<string | number>();
  let excluded = 0;
  for (let i = 0; i < customers.length; i++) {
    const c: unknown = customers[i];
    if (typeof c !== 'object' || c === null) {
      throw new CxError('INVALID_ARGUMENT', `customers[${String(i)}] must be an object, got ${describe(c)}`, { path: ['customers', i] });
    }
    const { customerId, start, end, churned } = c as Partial<SurvivalCustomer>;
    if ((typeof customerId !== 'string' && typeof customerId !== 'number') || ids.has(customerId)) {
      const why = ids.has(customerId as string) ? `is a duplicate (${describe(customerId)})` : `must be a string or number, got ${describe(customerId)}`;
      throw new CxError('INVALID_ARGUMENT', `customers[${String(i)}].customerId ${why}`, { path: ['customers', i, 'customerId'] });
    }
    ids.add(customerId);
    if (churned !== undefined && typeof churned !== 'boolean') {
      throw new CxError('INVALID_ARGUMENT', `customers[${String(i)}].churned must be a boolean, got ${describe(churned)}`, { path: ['customers', i, 'churned'] });
    }
    const t0 = toDate(start as DateInput, ['customers', i, 'start']).getTime();
    const hasEnd = end !== undefined && end !== null;
    const t1 = hasEnd ? toDate(end, ['customers', i, 'end']).getTime() : asOf;
    if (hasEnd && t1 < t0) {
      throw new CxError('OUT_OF_RANGE', `customers[${String(i)}].end is before its start`, { path: ['customers', i, 'end'] });
    }
    if (!hasEnd && churned === true) {
      throw new CxError('INVALID_ARGUMENT', `customers[${String(i)}] has churned: true but no end date`, { path: ['customers', i, 'end'] });
    }
    if (t0 > asOf) {
      excluded++;
      continue;
    }
    const ended = hasEnd && t1 <= asOf;
    durations.push(round(((ended ? t1 : asOf) - t0) / unitMs));
    events.push(ended && churned !== false ? 1 : 0);
    customerIds.push(customerId);
  }
  if (customers.length > 0 && durations.length === 0) {
    throw new CxError('OUT_OF_RANGE', `asOf is before the data: all ${String(customers.length)} customers start after it`, { path: ['asOf'] });
  }
  return { durations, events, customerIds, excluded, unit };
}
