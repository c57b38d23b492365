/**
 * How long customers stay in each journey stage, with customers still in a stage treated as censored
 * (Kaplan–Meier).
 *
 * @module
 */
import { kaplanMeier, kmQuantile, kmRestrictedMean } from '../retention/kaplan-meier.js';
import type { DateInput } from '../core/time.js';
import type { Labels } from '../model/labels.js';
import type { Journey, JourneyEventRecord } from './journey.js';
import { buildHistories, checkOptions, compileJourney, prepareEvents, readInstant } from './compile.js';

/** Options of {@link timeInStage}. */
export interface TimeInStageOptions {
  /** The date of the view (required): events after it are ignored, and stays still open at it are censored there. */
  readonly asOf: DateInput;
}

/** Time spent in one stage (see {@link timeInStage}); every duration in milliseconds. */
export interface StageDuration {
  /** Stage id. */
  readonly stage: string;
  /** Stage labels. */
  readonly label: Labels;
  /** Stays in the stage (a customer who comes back with `allowRegression` has several). */
  readonly n: number;
  /** Stays that ended (the customer moved to another stage). */
  readonly completed: number;
  /** Stays still open at `asOf` (censored). */
  readonly censored: number;
  /** Kaplan–Meier median stay (ms); `null` when fewer than half the stays are known to have ended, or n = 0. */
  readonly median: number | null;
  /** Kaplan–Meier 90th percentile (ms); `null` when the curve never drops to 0.1, or n = 0. */
  readonly p90: number | null;
  /**
   * Kaplan–Meier restricted mean stay (ms): the area under the curve up to `meanRestrictedTo`, the longest stay
   * observed. Equals the plain mean when no stay is censored, and underestimates the mean otherwise. `null` when
   * n = 0.
   */
  readonly mean: number | null;
  /** The time (ms) the mean is restricted to; `null` when n = 0. */
  readonly meanRestrictedTo: number | null;
}

/**
 * Time in each stage, with customers still in a stage at `asOf` as right-censored observations.
 *
 * From each customer's history (by the rules of {@link journeyStates}, events up to `asOf`): a stay in a stage
 * begins when the customer enters it and ends when they enter another stage (a completed stay, duration = exit −
 * entry) or is still open at `asOf` (censored at asOf − entry). A skipped stage has no stay; a lapsed customer's
 * stay stays open (censored). Per stage, the durations go to the Kaplan–Meier product-limit estimator
 * ({@link kaplanMeier}; Kaplan & Meier 1958, exactly as R's `survfit`): the median by R's `print.survfit` rule, the
 * 90th percentile by `quantile.survfit` ({@link kmQuantile}), the restricted mean by {@link kmRestrictedMean}
 * to the longest stay. The plain median of the completed stays would be biased low: the long stays are the ones
 * still open.
 *
 * Duplicate events count once and the input order does not matter. O(n) plus the per-customer sorts, plus
 * O(s log s) per stage for its s stays.
 *
 * @param journey - A journey from {@link defineJourney}.
 * @param events - The events, in any order.
 * @returns One entry per stage, in journey order.
 * @throws CxError as {@link journeyStates}.
 * @example
 * const DAY = 86_400_000;
 * const e = (customerId: string, occurredAt: string, type: string) => ({ customerId, occurredAt, type });
 * const t = timeInStage(DEFAULT_JOURNEY, [
 *   e('a', '2026-01-01', 'visit'), e('a', '2026-01-03', 'order'),
 *   e('b', '2026-01-01', 'visit'), e('b', '2026-01-05', 'order'),
 *   e('c', '2026-01-01', 'visit'),
 * ], { asOf: '2026-01-11' });
 * [t[0]!.n, t[0]!.completed, t[0]!.censored]; //=> [3, 2, 1]
 * t[0]!.median! / DAY; //=> 4
 * t[0]!.mean! / DAY; //=> 5.333333
 */
export function timeInStage(journey: Journey, events: readonly JourneyEventRecord[], options: TimeInStageOptions): StageDuration[] {
  checkOptions(options, true);
  const asOf = readInstant(options, 'asOf');
  const c = compileJourney(journey);
  const { hStart, hStage, hAt, ids } = buildHistories(c, prepareEvents(c, events, asOf, true));
  const stages = c.journey.stages;
  const m = stages.length;
  const size = new Int32Array(m + 1);
  const total = hStage.length;
  for (let j = 0; j < total; j++) size[hStage[j]! + 1]!++;
  for (let s = 0; s < m; s++) size[s + 1]! += size[s]!;
  const fill = size.slice(0, m);
  const durations = new Float64Array(total);
  const ended = new Uint8Array(total);
  for (let k = 0; k < ids.length; k++) {
    const hi = hStart[k + 1]!;
    for (let j = hStart[k]!; j < hi; j++) {
      const slot = fill[hStage[j]!]!++;
      const open = j === hi - 1;
      durations[slot] = (open ? asOf : hAt[j + 1]!) - hAt[j]!;
      ended[slot] = open ? 0 : 1;
    }
  }
  const out: StageDuration[] = [];
  for (let s = 0; s < m; s++) {
    const d = durations.subarray(size[s], size[s + 1]);
    const e = ended.subarray(size[s], size[s + 1]);
    const base = { stage: stages[s]!.id, label: stages[s]!.label, n: d.length };
    if (d.length === 0) {
      out.push({ ...base, completed: 0, censored: 0, median: null, p90: null, mean: null, meanRestrictedTo: null });
      continue;
    }
    const fit = kaplanMeier(d, e);
    const rm = kmRestrictedMean(fit);
    out.push({
      ...base,
      completed: fit.events,
      censored: fit.n - fit.events,
      median: fit.median.time,
      p90: kmQuantile(fit, 0.9).time,
      mean: rm.mean,
      meanRestrictedTo: rm.tau,
    });
  }
  return out;
}
