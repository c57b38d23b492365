/**
 * The closed-loop lifecycle of a feedback (complaint) case: received → acknowledged → investigating → resolved →
 * closed, with `reopened` leading back to investigating; and a validator that reports every problem of a case.
 *
 * @module
 */
import { describe } from '../core/assert.js';
import type { CxPath } from '../core/errors.js';
import { epochMs } from '../core/calendar.js';
import type { DateInput } from '../core/time.js';
import { FEEDBACK_STATES, type FeedbackState } from '../model/labels.js';

/**
 * The allowed transitions of a case: `FEEDBACK_TRANSITIONS[from]` lists the states that may follow `from`. A case
 * starts `received`; every transition is one step forward (acknowledge, investigate, resolve, close), and a
 * resolved or closed case may be `reopened`, which leads back to `investigating`. Skipping a state (e.g. received →
 * resolved) is illegal: record each step, at the same time if it happened at once.
 *
 * @example
 * FEEDBACK_TRANSITIONS.received; //=> ['acknowledged']
 * FEEDBACK_TRANSITIONS.resolved; //=> ['closed', 'reopened']
 * FEEDBACK_TRANSITIONS.reopened; //=> ['investigating']
 */
export const FEEDBACK_TRANSITIONS: Readonly<Record<FeedbackState, readonly FeedbackState[]>> = /* @__PURE__ */ Object.freeze({
  received: Object.freeze(['acknowledged'] as const),
  acknowledged: Object.freeze(['investigating'] as const),
  investigating: Object.freeze(['resolved'] as const),
  resolved: Object.freeze(['closed', 'reopened'] as const),
  closed: Object.freeze(['reopened'] as const),
  reopened: Object.freeze(['investigating'] as const),
});

/** One state change of a {@link FeedbackCaseRecord}. */
export interface FeedbackCaseEventRecord {
  /** The state the case entered. */
  readonly state: FeedbackState;
  /** When (a `Date`, an ISO 8601 string or epoch ms). */
  readonly at: DateInput;
}

/**
 * A feedback case as the feedback functions read it: the parsed `FeedbackCase` of the model, or any object with
 * these fields (dates as `Date`, ISO 8601 string or epoch ms; see `toDate`).
 */
export interface FeedbackCaseRecord {
  /** Case id. */
  readonly id: string | number;
  /** Category (topic or root cause), if any. */
  readonly category?: string | null | undefined;
  /** The state changes, in chronological order. */
  readonly events: readonly FeedbackCaseEventRecord[];
  /** The customer's satisfaction with the resolution, if asked. */
  readonly satisfaction?: number | null | undefined;
}

/** What a {@link CaseIssue} is about. */
export type CaseIssueCode = 'INVALID_CASE' | 'INVALID_STATE' | 'INVALID_DATE' | 'INVALID_START' | 'ILLEGAL_TRANSITION' | 'OUT_OF_ORDER';

/** One problem of a case (see {@link validateCase}). */
export interface CaseIssue {
  /**
   * `INVALID_CASE`: not an object, no id, no events; `INVALID_STATE`: an unknown state; `INVALID_DATE`: an
   * unreadable date; `INVALID_START`: the first state is not `received`; `ILLEGAL_TRANSITION`: a state that may
   * not follow the previous one (see {@link FEEDBACK_TRANSITIONS}); `OUT_OF_ORDER`: a time earlier than the
   * latest time before it.
   */
  readonly code: CaseIssueCode;
  /** Path inside the case, e.g. `['events', 2, 'state']`. */
  readonly path: (string | number)[];
  /** What is wrong, in words. */
  readonly message: string;
}

/** Result of {@link validateCase}. */
export interface CaseValidation {
  /** `true` when there is no issue. */
  readonly valid: boolean;
  /** Every issue found, in the order of the events. */
  readonly issues: CaseIssue[];
}

/**
 * Checks a case against the lifecycle and reports every problem — it never throws for them: a missing id or
 * events, unknown states, unreadable dates, a first state other than `received`, each transition not allowed
 * by {@link FEEDBACK_TRANSITIONS}, and each event earlier than an event before it (equal times are fine). After
 * an illegal transition the check goes on from the state actually recorded. O(events).
 *
 * @param feedbackCase - The case.
 * @example
 * validateCase({ id: 'f1', events: [{ state: 'received', at: '2026-01-01' }, { state: 'acknowledged', at: '2026-01-02' }] }).valid; //=> true
 * const v = validateCase({ id: 'f2', events: [{ state: 'received', at: '2026-01-02' }, { state: 'resolved', at: '2026-01-01' }] });
 * v.issues.map((i) => [i.code, i.path]); //=> [['ILLEGAL_TRANSITION', ['events', 1, 'state']], ['OUT_OF_ORDER', ['events', 1, 'at']]]
 */
export function validateCase(feedbackCase: FeedbackCaseRecord): CaseValidation {
  const issues: CaseIssue[] = [];
  const add = (code: CaseIssueCode, path: (string | number)[], message: string): void => {
    issues.push({ code, path, message });
  };
  const c = feedbackCase as unknown;
  if (typeof c !== 'object' || c === null) {
    add('INVALID_CASE', [], `a case must be an object, got ${describe(c)}`);
    return { valid: false, issues };
  }
  const { id, events } = c as FeedbackCaseRecord;
  if (!((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id)))) {
    add('INVALID_CASE', ['id'], `the case id must be a non-empty string or a finite number, got ${describe(id)}`);
  }
  if (!Array.isArray(events) || events.length === 0) {
    add('INVALID_CASE', ['events'], `a case needs at least one event, got ${describe(events)}`);
    return { valid: false, issues };
  }
  let prevState: FeedbackState | null = null;
  let prevAt = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as unknown;
    if (typeof e !== 'object' || e === null) {
      add('INVALID_CASE', ['events', i], `events[${i}] must be { state, at }, got ${describe(e)}`);
      prevState = null;
      continue;
    }
    const { state, at } = e as { state?: unknown; at?: unknown };
    const known = typeof state === 'string' && (FEEDBACK_STATES as readonly string[]).includes(state);
    if (!known) add('INVALID_STATE', ['events', i, 'state'], `events[${i}].state must be one of ${FEEDBACK_STATES.join(', ')}, got ${describe(state)}`);
    else if (i === 0 && state !== 'received') add('INVALID_START', ['events', 0, 'state'], `a case starts 'received', not '${state}'`);
    else if (i > 0 && prevState !== null && !FEEDBACK_TRANSITIONS[prevState].includes(state as FeedbackState)) {
      const allowed = FEEDBACK_TRANSITIONS[prevState].map((s) => `'${s}'`).join(' or ');
      add('ILLEGAL_TRANSITION', ['events', i, 'state'], `'${state}' cannot follow '${prevState}' (only ${allowed} can)`);
    }
    prevState = known ? (state as FeedbackState) : null;
    let t: number | null = null;
    try {
      t = epochMs(at, ['events', i, 'at'] as CxPath);
    } catch {
      add('INVALID_DATE', ['events', i, 'at'], `events[${i}].at must be a Date, an ISO 8601 string or epoch ms, got ${describe(at)}`);
    }
    if (t !== null) {
      if (t < prevAt) add('OUT_OF_ORDER', ['events', i, 'at'], `events[${i}].at (${new Date(t).toISOString()}) is before an earlier event (${new Date(prevAt).toISOString()})`);
      else prevAt = t;
    }
  }
  return { valid: issues.length === 0, issues };
}
