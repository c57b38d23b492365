/**
 * The journey funnel: how many customers reached each stage, step and cumulative conversion, and drop-off.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import type { DateInput } from '../core/time.js';
import type { Labels } from '../model/labels.js';
import type { Journey, JourneyEventRecord } from './journey.js';
import { buildHistories, checkOptions, compileJourney, iso, prepareEvents, readDuration, readInstant } from './compile.js';

/** Options of {@link funnel}. */
export interface FunnelOptions {
  /** The cohort is the customers whose journey began at or after this date (default: no lower bound). */
  readonly from?: DateInput;
  /** … and before this date, exclusive (default: no upper bound). */
  readonly to?: DateInput;
  /**
   * Conversion window in milliseconds: a stage counts as reached only when it was entered at most this long after
   * the customer's journey began. Finite and > 0; default: no window.
   */
  readonly within?: number;
}

/** One step of a {@link funnel}. */
export interface FunnelStep {
  /** Stage id. */
  readonly stage: string;
  /** Stage labels (for charts). */
  readonly label: Labels;
  /** Customers of the cohort who reached this stage or a later one. Non-increasing along the funnel. */
  readonly reached: number;
  /** `reached / reached of the previous stage` (1 for the first stage); `null` when the previous count is 0. */
  readonly conversionFromPrevious: number | null;
  /** `reached / reached of the first stage` (the cohort); `null` for an empty cohort. */
  readonly conversionFromStart: number | null;
  /** Customers who reached this stage but not the next: `reached − reached of the next stage`; 0 for the last stage. */
  readonly dropOff: number;
  /** `dropOff / reached`, the share lost right after this stage; `null` when `reached` is 0. */
  readonly dropOffRate: number | null;
}

/**
 * The funnel of a journey for a cohort of customers: those whose journey began (their first staged event, by the
 * rules of {@link journeyStates}) in [`from`, `to`). A customer reached stage k when they ever entered stage k or a
 * later one (within `within` ms of their start, when given): reaching a later stage counts as passing the earlier
 * ones, even when they were skipped or when the customer later moved back, so `reached` never increases along the
 * stages. Events after `to` still count as progress for the cohort (bounded by `within`).
 *
 * Duplicate events count once and the input order does not matter. O(n) plus the per-customer sorts (see
 * {@link journeyStates}); O(stages) for the steps.
 *
 * @param journey - A journey from {@link defineJourney}.
 * @param events - The events, in any order.
 * @returns One step per stage, in journey order.
 * @throws CxError as {@link journeyStates}; `INVALID_DATE` for a bad `from` / `to`; `INVALID_ARGUMENT` when `from`
 *   is after `to`; `OUT_OF_RANGE` / `NON_FINITE` / `INVALID_ARGUMENT` for a `within` that is not finite and > 0
 *   (`['options', 'within']`).
 * @example
 * const e = (customerId: string, occurredAt: string, type: string) => ({ customerId, occurredAt, type });
 * const f = funnel(DEFAULT_JOURNEY, [
 *   e('a', '2026-01-01', 'visit'), e('a', '2026-01-03', 'order'),
 *   e('b', '2026-01-01', 'visit'), e('b', '2026-01-02', 'signup'),
 *   e('c', '2026-01-02', 'visit'), e('d', '2026-01-02', 'visit'),
 * ]);
 * f.slice(0, 3).map((s) => s.reached); //=> [4, 2, 1]
 * f[1]?.conversionFromPrevious; //=> 0.5
 * f[1]?.dropOffRate; //=> 0.5
 */
export function funnel(journey: Journey, events: readonly JourneyEventRecord[], options: FunnelOptions = {}): FunnelStep[] {
  checkOptions(options, false);
  const from = readInstant(options, 'from', -Infinity);
  const to = readInstant(options, 'to', Infinity);
  if (from > to) throw new CxError('INVALID_ARGUMENT', `from (${iso(from)}) must not be after to (${iso(to)})`, { path: ['options', 'from'] });
  const within = options.within === undefined ? Infinity : readDuration(options.within, ['options', 'within'], 'within');
  const c = compileJourney(journey);
  const { hStart, hStage, hAt, ids } = buildHistories(c, prepareEvents(c, events, Infinity, false));
  const stages = c.journey.stages;
  const m = stages.length;
  const atLeast = new Float64Array(m + 1);
  for (let k = 0; k < ids.length; k++) {
    const lo = hStart[k]!;
    const hi = hStart[k + 1]!;
    if (hi === lo) continue;
    const began = hAt[lo]!;
    if (began < from || began >= to) continue;
    const until = began + within;
    let best = hStage[lo]!;
    for (let j = lo + 1; j < hi && hAt[j]! <= until; j++) if (hStage[j]! > best) best = hStage[j]!;
    atLeast[best]!++;
  }
  for (let s = m - 1; s >= 0; s--) atLeast[s]! += atLeast[s + 1]!;
  const cohort = atLeast[0]!;
  const steps: FunnelStep[] = [];
  for (let s = 0; s < m; s++) {
    const reached = atLeast[s]!;
    const prev = s === 0 ? reached : atLeast[s - 1]!;
    const dropOff = s === m - 1 ? 0 : reached - atLeast[s + 1]!;
    steps.push({
      stage: stages[s]!.id,
      label: stages[s]!.label,
      reached,
      conversionFromPrevious: prev > 0 ? reached / prev : null,
      conversionFromStart: cohort > 0 ? reached / cohort : null,
      dropOff,
      dropOffRate: reached > 0 ? dropOff / reached : null,
    });
  }
  return steps;
}
