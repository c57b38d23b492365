/**
 * Each customer's current journey stage as of a date, with the history of the stages they entered.
 *
 * @module
 */
import { idOrder } from '../core/customer-id.js';
import type { DateInput } from '../core/time.js';
import type { Journey, JourneyEventRecord } from './journey.js';
import { buildHistories, checkOptions, compileJourney, iso, prepareEvents, readInstant } from './compile.js';

/** Options of {@link journeyStates}. */
export interface JourneyStatesOptions {
  /** The date of the view (required): events after it are ignored. */
  readonly asOf: DateInput;
}

/** One entry of a customer's stage history. */
export interface JourneyHistoryEntry {
  /** The stage entered. */
  readonly stage: string;
  /** When it was entered (the time of the event that moved the customer), ISO 8601 UTC. */
  readonly at: string;
}

/** A customer's state in the journey (see {@link journeyStates}). */
export interface JourneyState {
  /** Customer id, as given. */
  readonly customerId: string | number;
  /** Current stage id. */
  readonly stage: string;
  /** When the current stage was entered, ISO 8601 UTC. */
  readonly enteredAt: string;
  /** Time of the customer's last event of any type up to `asOf`, ISO 8601 UTC. */
  readonly lastEventAt: string;
  /** `true` when the journey has a `lapseAfter` and `asOf − lastEventAt > lapseAfter`. */
  readonly lapsed: boolean;
  /** Every stage the customer entered, in time order (the last entry is the current stage). */
  readonly history: JourneyHistoryEntry[];
}

/**
 * The stage of every customer as of `asOf`, from their events (those at or before `asOf`).
 *
 * Rules: an event's stage is its own `stage` field when present, else the journey's `eventStage[type]` (or
 * `defaultStage`); the customer's first staged event enters that stage; a later event of a later stage moves them
 * forward (skipping stages is allowed: the history simply has no entry for the skipped ones); an event of an
 * earlier stage moves them back only with `allowRegression`. Events at the same time are taken in stage order,
 * and repeated events (same customer, time and stage) change nothing, so duplicates count once and the input
 * order never matters. A customer is `lapsed` when the journey has `lapseAfter` and their last event of any type
 * is more than `lapseAfter` ms before `asOf`; the stage is kept.
 *
 * Customers whose events up to `asOf` are all activity-only are left out. The result is sorted by customer id
 * (numbers first, ascending; then strings by UTF-16 code units). Method: one pass to read the events, a counting
 * sort by customer, a sort of each customer's events by time, one pass to build the histories: O(n + Σ gᵢ log gᵢ)
 * for customer group sizes gᵢ, plus O(c log c) to sort the c customers; one `Date` per history entry (for the ISO
 * text), none per event.
 *
 * @param journey - A journey from {@link defineJourney} (or {@link DEFAULT_JOURNEY}).
 * @param events - The events, in any order.
 * @throws CxError `INVALID_ARGUMENT` when `asOf` is missing (`['options', 'asOf']`), for a malformed journey
 *   (`['journey', …]`), an event type that is not mapped (`['events', i, 'type']`), a stage that is not in the
 *   journey (`['events', i, 'stage']`), a bad customer id (`['events', i, 'customerId']`); `INVALID_DATE` for a bad
 *   date (`['events', i, 'occurredAt']`, `['options', 'asOf']`).
 * @example
 * const s = journeyStates(DEFAULT_JOURNEY, [
 *   { customerId: 'c1', occurredAt: '2026-01-01', type: 'visit' },
 *   { customerId: 'c1', occurredAt: '2026-01-05', type: 'order' },
 *   { customerId: 'c1', occurredAt: '2026-01-09', type: 'visit' },
 * ], { asOf: '2026-02-01' });
 * s[0]?.stage; //=> 'purchase'
 * s[0]?.history.map((h) => h.stage); //=> ['awareness', 'purchase']
 * s[0]?.enteredAt; //=> '2026-01-05T00:00:00.000Z'
 */
export function journeyStates(journey: Journey, events: readonly JourneyEventRecord[], options: JourneyStatesOptions): JourneyState[] {
  checkOptions(options, true);
  const asOf = readInstant(options, 'asOf');
  const c = compileJourney(journey);
  const h = buildHistories(c, prepareEvents(c, events, asOf, true));
  const stages = c.journey.stages;
  const lapseAfter = c.journey.lapseAfter;
  const { hStart, hStage, hAt, lastActivity, ids } = h;
  const byId = idOrder(ids);
  const out: JourneyState[] = [];
  for (let r = 0; r < byId.length; r++) {
    const k = byId[r]!;
    const lo = hStart[k]!;
    const hi = hStart[k + 1]!;
    if (hi === lo) continue;
    const history: JourneyHistoryEntry[] = [];
    for (let j = lo; j < hi; j++) history.push({ stage: stages[hStage[j]!]!.id, at: iso(hAt[j]!) });
    const last = lastActivity[k]!;
    out.push({
      customerId: ids[k]!,
      stage: history[history.length - 1]!.stage,
      enteredAt: history[history.length - 1]!.at,
      lastEventAt: iso(last),
      lapsed: lapseAfter !== null && asOf - last > lapseAfter,
      history,
    });
  }
  return out;
}
