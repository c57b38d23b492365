/**
 * Service levels of the closed feedback loop: time to first response and to resolution, shares within the SLA,
 * reopen rate, backlog and its age, overall and by category.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { describe, formatPath } from '../core/assert.js';
import { epochMs } from '../core/calendar.js';
import { median, quantile } from '../core/quantile.js';
import { mean } from '../core/stats.js';
import type { DateInput } from '../core/time.js';
import { validateCase, type FeedbackCaseRecord } from './case.js';

const isList = (x: unknown): x is readonly unknown[] => Array.isArray(x);

/** Options of {@link feedbackSla}. */
export interface FeedbackSlaOptions {
  /** The date of the view (required): events after it are ignored; cases received after it are left out. */
  readonly asOf: DateInput;
  /** First-response target in milliseconds (finite, > 0; required), e.g. `24 * 3_600_000`. */
  readonly firstResponseWithin: number;
  /** Resolution target in milliseconds (finite, > 0; required), e.g. `5 * 86_400_000`. */
  readonly resolveWithin: number;
}

/** Age of the open cases (see {@link FeedbackSlaMetrics.backlogAge}), in milliseconds. */
export interface BacklogAge {
  /** Median age; `null` when no case is open. */
  readonly p50: number | null;
  /** 90th percentile (R type 7); `null` when no case is open. */
  readonly p90: number | null;
}

/** SLA figures of a group of cases (see {@link feedbackSla}); every duration in milliseconds. */
export interface FeedbackSlaMetrics {
  /** Cases received by `asOf`. */
  readonly n: number;
  /** Cases open at `asOf` (not `resolved` or `closed`): the backlog. */
  readonly open: number;
  /** Median time from `received` to the first `acknowledged` (ms), over the cases with a response; `null` when none. */
  readonly medianFirstResponse: number | null;
  /** Median time from `received` to the first `resolved` (ms), over the cases resolved; `null` when none. */
  readonly medianResolution: number | null;
  /**
   * Share of cases whose first response met `firstResponseWithin`, among those where it is decided: responded
   * (in time or late) or still waiting past the target. `null` when no case is decided.
   */
  readonly firstResponseWithinSla: number | null;
  /** Share of cases resolved within `resolveWithin`, among those resolved or unresolved past the target; `null` when none. */
  readonly resolvedWithinSla: number | null;
  /** Cases reopened at least once / cases resolved at least once; `null` when none was resolved. */
  readonly reopenRate: number | null;
  /** Age (asOf − received, ms) of the open cases: median and 90th percentile (R type 7); `null`s when none is open. */
  readonly backlogAge: BacklogAge;
  /** Mean of the cases' `satisfaction` (on the organisation's scale), over the cases that have one; `null` when none. */
  readonly meanSatisfaction: number | null;
}

/** The SLA figures of one category. */
export interface FeedbackSlaCategory extends FeedbackSlaMetrics {
  /** The category, or `null` for cases without one. */
  readonly category: string | null;
}

/** Result of {@link feedbackSla}. */
export interface FeedbackSla extends FeedbackSlaMetrics {
  /** `asOf` as ISO 8601 UTC. */
  readonly asOf: string;
  /** The first-response target used (ms). */
  readonly firstResponseWithin: number;
  /** The resolution target used (ms). */
  readonly resolveWithin: number;
  /** The same figures per category, sorted by category (UTF-16 code units), cases without a category last. */
  readonly byCategory: FeedbackSlaCategory[];
}

/** One case, reduced to what the figures need (times in ms; −1 for "none"). */
interface CaseFacts {
  readonly category: string | null;
  readonly age: number;
  readonly firstResponse: number;
  readonly resolution: number;
  readonly resolved: boolean;
  readonly reopened: boolean;
  readonly open: boolean;
  readonly satisfaction: number | null;
}

/**
 * Service levels of feedback cases as of `asOf`, overall and by category. Each case must pass
 * {@link validateCase}. Only events at or before `asOf` count; a case received after `asOf` is left out.
 *
 * Definitions (durations in milliseconds from the case's `received` event): first response = the first
 * `acknowledged`; resolution = the first `resolved` (a later reopen does not undo it, but counts in the reopen
 * rate); open = the last state at `asOf` is not `resolved` or `closed`. The medians are over the cases that reached
 * the event (the plain median: the open cases are reported by `backlogAge`, and the SLA shares count the open
 * cases already past their target as breaches). O(n log n) for n cases.
 *
 * @param cases - The cases, in any order.
 * @throws CxError `VALIDATION_FAILED` for a case that {@link validateCase} rejects (`path` `['cases', i]`, the
 *   message names the case id, `details.issues` lists the issues); `INVALID_ARGUMENT` when an option is missing or
 *   `cases` is not an array; `INVALID_DATE` for a bad `asOf`; `OUT_OF_RANGE` / `NON_FINITE` for a target that is not
 *   finite and > 0 or a non-finite satisfaction (`['cases', i, 'satisfaction']`).
 * @example
 * const H = 3_600_000;
 * const ev = (state: 'received' | 'acknowledged' | 'investigating' | 'resolved', h: number) => ({ state, at: h * H });
 * const s = feedbackSla([
 *   { id: 'a', events: [ev('received', 0), ev('acknowledged', 2), ev('investigating', 3), ev('resolved', 20)] },
 *   { id: 'b', events: [ev('received', 10), ev('acknowledged', 40)] },
 * ], { asOf: 100 * H, firstResponseWithin: 24 * H, resolveWithin: 48 * H });
 * [s.n, s.open]; //=> [2, 1]
 * s.firstResponseWithinSla; //=> 0.5
 * s.resolvedWithinSla; //=> 0.5
 * s.backlogAge.p50! / H; //=> 90
 */
export function feedbackSla(cases: readonly FeedbackCaseRecord[], options: FeedbackSlaOptions): FeedbackSla {
  if (!isList(cases)) throw new CxError('INVALID_ARGUMENT', `cases must be an array, got ${describe(cases)}`, { path: ['cases'] });
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', 'options { asOf, firstResponseWithin, resolveWithin } are required', { path: ['options'] });
  }
  if ((options.asOf as unknown) === undefined) throw new CxError('INVALID_ARGUMENT', 'asOf is required (cxkit never reads the clock)', { path: ['options', 'asOf'] });
  const asOf = epochMs(options.asOf, ['options', 'asOf']);
  const responseTarget = target(options.firstResponseWithin, 'firstResponseWithin');
  const resolveTarget = target(options.resolveWithin, 'resolveWithin');
  const facts: CaseFacts[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    const v = validateCase(c);
    if (!v.valid) {
      const first = v.issues[0]!;
      const id: unknown = typeof c === 'object' && (c as unknown) !== null ? c.id : undefined;
      throw new CxError('VALIDATION_FAILED', `case ${describe(id)} (cases[${i}]) is invalid: ${first.message} at ${formatPath(first.path)}${v.issues.length > 1 ? ` (and ${v.issues.length - 1} more)` : ''}`, {
        path: ['cases', i],
        details: { id: id ?? null, issues: v.issues },
      });
    }
    const f = caseFacts(c, i, asOf);
    if (f !== null) facts.push(f);
  }
  const groups = new Map<string | null, CaseFacts[]>();
  for (const f of facts) {
    const g = groups.get(f.category);
    if (g === undefined) groups.set(f.category, [f]);
    else g.push(f);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    asOf: new Date(asOf).toISOString(),
    firstResponseWithin: responseTarget,
    resolveWithin: resolveTarget,
    ...figures(facts, responseTarget, resolveTarget),
    byCategory: keys.map((category) => ({ category, ...figures(groups.get(category)!, responseTarget, resolveTarget) })),
  };
}

function target(x: unknown, name: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) {
    const code = typeof x !== 'number' ? 'INVALID_ARGUMENT' : Number.isFinite(x) ? 'OUT_OF_RANGE' : 'NON_FINITE';
    throw new CxError(code, `${name} must be a finite number of milliseconds > 0, got ${describe(x)}`, { path: ['options', name] });
  }
  return x;
}

/** The facts of a valid case as of `asOf`, or `null` when it was received after `asOf`. */
function caseFacts(c: FeedbackCaseRecord, i: number, asOf: number): CaseFacts | null {
  const events = c.events;
  const received = epochMs(events[0]!.at, ['cases', i, 'events', 0, 'at']);
  if (received > asOf) return null;
  let firstResponse = -1;
  let resolution = -1;
  let reopened = false;
  let last = events[0]!.state;
  for (let k = 1; k < events.length; k++) {
    const e = events[k]!;
    const t = epochMs(e.at, ['cases', i, 'events', k, 'at']);
    if (t > asOf) break;
    last = e.state;
    if (e.state === 'acknowledged' && firstResponse < 0) firstResponse = t - received;
    else if (e.state === 'resolved' && resolution < 0) resolution = t - received;
    else if (e.state === 'reopened') reopened = true;
  }
  const s = c.satisfaction;
  if (s !== undefined && s !== null && (typeof s !== 'number' || !Number.isFinite(s))) {
    throw new CxError(typeof s === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `cases[${i}].satisfaction must be a finite number, got ${describe(s)}`, {
      path: ['cases', i, 'satisfaction'],
    });
  }
  const category = typeof c.category === 'string' && c.category.length > 0 ? c.category : null;
  return {
    category,
    age: asOf - received,
    firstResponse,
    resolution,
    resolved: resolution >= 0,
    reopened,
    open: last !== 'resolved' && last !== 'closed',
    satisfaction: s ?? null,
  };
}

/** The figures of a group of cases. */
function figures(facts: readonly CaseFacts[], responseTarget: number, resolveTarget: number): FeedbackSlaMetrics {
  const responses: number[] = [];
  const resolutions: number[] = [];
  const backlog: number[] = [];
  let open = 0;
  let respMet = 0;
  let respDecided = 0;
  let resMet = 0;
  let resDecided = 0;
  let resolved = 0;
  let reopened = 0;
  const satisfaction: number[] = [];
  for (const f of facts) {
    if (f.firstResponse >= 0) {
      responses.push(f.firstResponse);
      respDecided++;
      if (f.firstResponse <= responseTarget) respMet++;
    } else if (f.age > responseTarget) respDecided++;
    if (f.resolution >= 0) {
      resolutions.push(f.resolution);
      resDecided++;
      if (f.resolution <= resolveTarget) resMet++;
    } else if (f.age > resolveTarget) resDecided++;
    if (f.resolved) {
      resolved++;
      if (f.reopened) reopened++;
    }
    if (f.open) {
      open++;
      backlog.push(f.age);
    }
    if (f.satisfaction !== null) satisfaction.push(f.satisfaction);
  }
  return {
    n: facts.length,
    open,
    medianFirstResponse: median(responses),
    medianResolution: median(resolutions),
    firstResponseWithinSla: respDecided > 0 ? respMet / respDecided : null,
    resolvedWithinSla: resDecided > 0 ? resMet / resDecided : null,
    reopenRate: resolved > 0 ? reopened / resolved : null,
    backlogAge: { p50: quantile(backlog, 0.5), p90: quantile(backlog, 0.9) },
    meanSatisfaction: mean(satisfaction),
  };
}
