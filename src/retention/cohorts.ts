/**
 * Cohort retention tables: customers grouped by the period of their first activity, and the share of each
 * cohort active k periods later.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { assertInteger, describe } from '../core/assert.js';
import type { Period } from '../core/period.js';
import type { DateInput } from '../core/time.js';
import { groupActivity, periodIndexer, type ActivityRow } from './activity.js';

export type { ActivityRow, CustomerId } from './activity.js';

/**
 * How a cohort-table cell counts a customer: `'classic'` ("return on", N-period retention) — active in period k
 * exactly; `'unbounded'` ("return on or after", rolling retention) — active in period k or any later period up
 * to `asOf`. Unbounded retention is never below classic retention and never rises with k.
 */
export type CohortMode = 'classic' | 'unbounded';

/** Options of {@link cohortRetention}. */
export interface CohortRetentionOptions {
  /** Calendar period of the cohorts and of the columns: `'day'`, `'week'`, `'isoWeek'`, `'month'`, `'quarter'` or `'year'` (required). */
  readonly period: Period;
  /** `'classic'` or `'unbounded'` retention, see {@link CohortMode} (default `'classic'`). */
  readonly mode?: CohortMode;
  /**
   * The analysis instant, inclusive (required): activity at or before it counts, activity after it is ignored.
   * Column k of a cohort has a value once period k has begun by `asOf`.
   */
  readonly asOf: DateInput;
  /** IANA time zone in which periods are reckoned (default `'UTC'`), e.g. `'Asia/Shanghai'`. */
  readonly timeZone?: string;
  /** First day of a `'week'`: 0 = Sunday … 6 = Saturday (default 1, Monday). */
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Most columns (periods since acquisition, column 0 included) in the table; an integer ≥ 1 (default: no limit, up to `asOf`). */
  readonly maxPeriods?: number;
}

/** One row of a {@link CohortRetentionResult}: the customers first active in one period. */
export interface CohortRow {
  /** Key of the cohort's period, e.g. `'2026-11'` (see `periodKey`). */
  readonly cohort: string;
  /** Start instant of the cohort's period, ISO 8601 UTC (e.g. `'2026-10-31T16:00:00.000Z'` for November in Shanghai). */
  readonly start: string;
  /** Customers whose first activity (at or before `asOf`) falls in this period; at least 1. */
  readonly size: number;
  /**
   * Column k: customers of the cohort counted in period k after the cohort's period (k = 0 is the cohort's own
   * period, where the count is `size`); `null` where period k has not begun by `asOf`.
   */
  readonly counts: (number | null)[];
  /** `counts[k] / size`, in [0, 1]; `null` with `counts`. */
  readonly retention: (number | null)[];
  /**
   * `true` at the column whose period holds `asOf` when that period has not ended by `asOf` (its count covers
   * only part of the period and may still grow); `false` elsewhere.
   */
  readonly partial: boolean[];
}

/** Result of {@link cohortRetention}. */
export interface CohortRetentionResult {
  /** The period used. */
  readonly period: Period;
  /** The mode used. */
  readonly mode: CohortMode;
  /** `asOf` as an ISO 8601 UTC string. */
  readonly asOf: string;
  /** One row per period in which at least one customer was first active, oldest first; every row has the same length. */
  readonly cohorts: CohortRow[];
  /**
   * Size-weighted mean retention per column: Σ counts / Σ sizes over the cohorts with a value in that column
   * (partial cells included); `null` where no cohort has a value. Empty when there are no cohorts.
   */
  readonly average: (number | null)[];
}

/** Largest table (cohorts × columns) built: 10 million cells. */
const MAX_CELLS = 10_000_000;

/**
 * Cohort retention table. A customer's cohort is the period of their first activity at or before `asOf`; cell
 * (cohort c, column k) counts the customers of c active in period c + k (`'classic'`) or in period c + k or any
 * later period up to `asOf` (`'unbounded'`), and `retention` divides by the cohort's size.
 *
 * - Periods are calendar periods of `core/period`, in UTC unless `timeZone` is given: the same instants give the
 *   same table in every process time zone.
 * - `asOf` is inclusive. Column k of cohort c has a value once period c + k has begun by `asOf`, else `null`
 *   (never a fake 0); the column of the period holding `asOf` is flagged in `partial` unless `asOf` is that
 *   period's last millisecond. All rows have the same number of columns: from column 0 to the age of the oldest
 *   cohort (capped by `maxPeriods`), padded with `null`.
 * - Activity after `asOf` is ignored (it neither creates cohorts nor counts); rows may come in any order and a
 *   customer may have many rows per period.
 * - No activity gives `{ cohorts: [], average: [] }`.
 *
 * Method: one pass reads the rows and numbers the customers; period indices come from a per-UTC-day cache over
 * `core/period` (no `Date` per row); two counting sorts group each customer's periods in order; then each
 * customer adds 1 to the cells of its distinct periods (classic) or to a histogram of its last period, summed
 * from the right (unbounded). O(n + customers + cells + days spanned).
 *
 * @param activity - `{ customerId, date }` rows (see {@link ActivityRow}).
 * @param options - see {@link CohortRetentionOptions}.
 * @throws CxError `INVALID_ARGUMENT` for a malformed `activity` or row (`['activity', i]`,
 *   `['activity', i, 'customerId']`), options (`['options']`) or mode (`['options', 'mode']`); `INVALID_DATE` for an
 *   unreadable date (`['activity', i, 'date']`, `['options', 'asOf']`); `INVALID_PERIOD` (`['options', 'period']`);
 *   `INVALID_TIME_ZONE` (`['options', 'timeZone']`); `OUT_OF_RANGE` for a bad `weekStartsOn` or `maxPeriods`, when
 *   every activity row is after `asOf` (`['options', 'asOf']`), or when the table would exceed 10 million cells
 *   (`['options', 'maxPeriods']`).
 * @example
 * const activity = [{ customerId: 'a', date: '2026-01-05' }, { customerId: 'a', date: '2026-03-10' }, { customerId: 'b', date: '2026-01-20' }, { customerId: 'c', date: '2026-02-03' }];
 * cohortRetention(activity, { period: 'month', asOf: '2026-03-15' }).cohorts.map((c) => c.retention); //=> [[1, 0, 0.5], [1, 0, null]]
 * cohortRetention(activity, { period: 'month', mode: 'unbounded', asOf: '2026-03-15' }).average; //=> [1, 0.333333, 0.5]
 */
export function cohortRetention(activity: readonly ActivityRow[], options: CohortRetentionOptions): CohortRetentionResult {
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `options must be an object with period and asOf, got ${describe(options)}`, { path: ['options'] });
  }
  const modeIn: unknown = options.mode ?? 'classic';
  if (modeIn !== 'classic' && modeIn !== 'unbounded') {
    throw new CxError('INVALID_ARGUMENT', `mode must be 'classic' or 'unbounded', got ${describe(modeIn)}`, { path: ['options', 'mode'] });
  }
  const mode: CohortMode = modeIn;
  const maxPeriods = options.maxPeriods ?? Infinity;
  if (maxPeriods !== Infinity) assertInteger(maxPeriods, 'maxPeriods', 1, ['options', 'maxPeriods']);
  const indexer = periodIndexer(options.period, options);
  const g = groupActivity(activity, indexer, options.asOf);
  const base = { period: indexer.period, mode, asOf: new Date(g.asOfMs).toISOString() };
  if (g.customers === 0) return { ...base, cohorts: [], average: [] };
  const { offsets, periods, minPeriod, asOfPeriod } = g;

  // Cohort rows: one per period holding a first activity.
  let maxFirst = minPeriod;
  for (let c = 0; c < g.customers; c++) if (periods[offsets[c]!]! > maxFirst) maxFirst = periods[offsets[c]!]!;
  const rowOf = new Int32Array(maxFirst - minPeriod + 1).fill(-1);
  let rows = 0;
  for (let c = 0; c < g.customers; c++) rowOf[periods[offsets[c]!]! - minPeriod] = 0;
  for (let p = 0; p < rowOf.length; p++) if (rowOf[p] === 0) rowOf[p] = rows++;
  const cols = Math.min(asOfPeriod - minPeriod + 1, maxPeriods);
  if (rows * cols > MAX_CELLS) {
    throw new CxError(
      'OUT_OF_RANGE',
      `the table would have ${String(rows)} cohorts × ${String(cols)} columns, more than ${String(MAX_CELLS)} cells: set maxPeriods or use a longer period`,
      { path: ['options', 'maxPeriods'] },
    );
  }

  const size = new Float64Array(rows);
  const cells = new Float64Array(rows * cols);
  for (let c = 0; c < g.customers; c++) {
    const from = offsets[c]!;
    const to = offsets[c + 1]!;
    const first = periods[from]!;
    const r = rowOf[first - minPeriod]!;
    size[r]!++;
    const at = r * cols;
    if (mode === 'classic') {
      let prev = first - 1;
      for (let j = from; j < to; j++) {
        const k = periods[j]! - first;
        if (k >= cols) break;
        if (periods[j] !== prev) cells[at + k]!++;
        prev = periods[j]!;
      }
    } else {
      const k = periods[to - 1]! - first;
      cells[at + (k < cols ? k : cols - 1)]!++; // histogram of the last active column, summed from the right below
    }
  }
  if (mode === 'unbounded') {
    for (let r = 0; r < rows; r++) for (let k = cols - 2; k >= 0; k--) cells[r * cols + k]! += cells[r * cols + k + 1]!;
  }

  const cohorts: CohortRow[] = [];
  const num = new Float64Array(cols);
  const den = new Float64Array(cols);
  for (let p = 0; p < rowOf.length; p++) {
    const r = rowOf[p]!;
    if (r < 0) continue;
    const cp = minPeriod + p;
    const available = Math.min(cols, asOfPeriod - cp + 1);
    const counts: (number | null)[] = new Array<number | null>(cols).fill(null);
    const retention: (number | null)[] = new Array<number | null>(cols).fill(null);
    const partial: boolean[] = new Array<boolean>(cols).fill(false);
    for (let k = 0; k < available; k++) {
      const v = cells[r * cols + k]!;
      counts[k] = v;
      retention[k] = v / size[r]!;
      num[k]! += v;
      den[k]! += size[r]!;
    }
    if (g.asOfPartial && asOfPeriod - cp < cols) partial[asOfPeriod - cp] = true;
    cohorts.push({ cohort: indexer.key(cp), start: indexer.start(cp), size: size[r]!, counts, retention, partial });
  }
  const average: (number | null)[] = [];
  for (let k = 0; k < cols; k++) average.push(den[k]! > 0 ? num[k]! / den[k]! : null);
  return { ...base, cohorts, average };
}
