/**
 * The stage-to-stage transition matrix of a journey over a period: how many moves went from each stage to each
 * other stage, and where customers leaving a stage went.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import type { DateInput } from '../core/time.js';
import type { Journey, JourneyEventRecord } from './journey.js';
import { buildHistories, checkOptions, compileJourney, iso, prepareEvents, readInstant } from './compile.js';

/** Options of {@link stageTransitions}. */
export interface StageTransitionsOptions {
  /** Start of the period, inclusive (default: no lower bound). */
  readonly from?: DateInput;
  /** End of the period, exclusive (default: no upper bound). Events at or after it are ignored. */
  readonly to?: DateInput;
}

/** Result of {@link stageTransitions}. */
export interface StageTransitions {
  /** Stage ids, in journey order: the row and column order of the matrices. */
  readonly stages: string[];
  /** `counts[i][j]`: moves from stage i to stage j in the period (the diagonal is always 0). */
  readonly counts: number[][];
  /**
   * `probabilities[i][j] = counts[i][j] / Σⱼ counts[i][j]`: where customers leaving stage i went (each row sums to 1,
   * or is all 0 when nobody left stage i in the period).
   */
  readonly probabilities: number[][];
  /** `entered[j]`: customers whose journey began in the period, by the stage they began in. */
  readonly entered: number[];
  /** `from` as ISO 8601 UTC, or `null`. */
  readonly from: string | null;
  /** `to` as ISO 8601 UTC, or `null`. */
  readonly to: string | null;
}

/**
 * The transition matrix of stage moves within [`from`, `to`): each time a customer's stage changes from i to j
 * (by the rules of {@link journeyStates}; the history is built from all events before `to`, so the stage a
 * customer is in at `from` is known) one move i → j is counted, at the time of the event that caused it. Rows are
 * normalised to the empirical next-stage distribution (the jump chain): `probabilities[i][j]` is the share of
 * moves out of stage i that went to j. A customer who skips stages makes one move (e.g. awareness → purchase).
 * Without `allowRegression` every move goes forward, so the matrices are upper triangular.
 *
 * Duplicate events count once and the input order does not matter. O(n) plus the per-customer sorts (see
 * {@link journeyStates}) and O(stages²) for the matrices.
 *
 * @param journey - A journey from {@link defineJourney}.
 * @param events - The events, in any order.
 * @throws CxError as {@link journeyStates}; `INVALID_DATE` for a bad `from` / `to`; `INVALID_ARGUMENT` when
 *   `from` is after `to` (`['options', 'from']`).
 * @example
 * const e = (customerId: string, occurredAt: string, type: string) => ({ customerId, occurredAt, type });
 * const t = stageTransitions(DEFAULT_JOURNEY, [
 *   e('a', '2026-01-01', 'visit'), e('a', '2026-01-02', 'signup'), e('a', '2026-01-03', 'order'),
 *   e('b', '2026-01-01', 'visit'), e('b', '2026-01-04', 'order'),
 * ]);
 * t.counts[0]; //=> [0, 1, 1, 0, 0, 0]
 * t.probabilities[0]; //=> [0, 0.5, 0.5, 0, 0, 0]
 * t.entered; //=> [2, 0, 0, 0, 0, 0]
 */
export function stageTransitions(journey: Journey, events: readonly JourneyEventRecord[], options: StageTransitionsOptions = {}): StageTransitions {
  checkOptions(options, false);
  const from = readInstant(options, 'from', -Infinity);
  const to = readInstant(options, 'to', Infinity);
  if (from > to) throw new CxError('INVALID_ARGUMENT', `from (${iso(from)}) must not be after to (${iso(to)})`, { path: ['options', 'from'] });
  const c = compileJourney(journey);
  const { hStart, hStage, hAt, ids } = buildHistories(c, prepareEvents(c, events, to, false));
  const m = c.journey.stages.length;
  const flat = new Float64Array(m * m);
  const entered = new Array<number>(m).fill(0);
  for (let k = 0; k < ids.length; k++) {
    const lo = hStart[k]!;
    const hi = hStart[k + 1]!;
    if (hi > lo && hAt[lo]! >= from) entered[hStage[lo]!]!++;
    for (let j = lo + 1; j < hi; j++) {
      if (hAt[j]! >= from) flat[hStage[j - 1]! * m + hStage[j]!]!++;
    }
  }
  const counts: number[][] = [];
  const probabilities: number[][] = [];
  for (let i = 0; i < m; i++) {
    const row = Array.from(flat.subarray(i * m, (i + 1) * m));
    let total = 0;
    for (let j = 0; j < m; j++) total += row[j]!;
    counts.push(row);
    probabilities.push(row.map((x) => (total > 0 ? x / total : 0)));
  }
  return {
    stages: c.journey.stages.map((s) => s.id),
    counts,
    probabilities,
    entered,
    from: from === -Infinity ? null : iso(from),
    to: to === Infinity ? null : iso(to),
  };
}
