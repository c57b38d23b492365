/**
 * Compares two maturity assessments of the same checklist: score deltas per dimension, principle and item,
 * levels newly reached and regressions.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import type { Labels } from '../model/labels.js';
import type { MaturityLevel } from './definition.js';
import type { ScoringPolicyKind } from './input.js';
import type { AssessmentResult } from './result.js';

/** How a score changed between two assessments. */
export interface AssessmentDelta {
  /** Id of the unit (`'overall'` for the overall result). */
  readonly id: string;
  /** Name of the unit. */
  readonly labels: Labels;
  /** Previous score; `null` when not applicable (or absent) then. */
  readonly previous: number | null;
  /** Current score; `null` when not applicable (or absent) now. */
  readonly current: number | null;
  /** `current − previous`; `null` when either is null. */
  readonly delta: number | null;
  /** Previous level. */
  readonly previousLevel: MaturityLevel | null;
  /** Current level. */
  readonly currentLevel: MaturityLevel | null;
}

/** The kind of unit a level change belongs to. */
export type AssessmentScope = 'overall' | 'dimension' | 'principle' | 'item';

/** A level newly reached, or lost. */
export interface AssessmentLevelChange {
  /** Overall, dimension, principle or item. */
  readonly scope: AssessmentScope;
  /** Id of the unit. */
  readonly id: string;
  /** Name of the unit. */
  readonly labels: Labels;
  /** Previous level. */
  readonly from: MaturityLevel;
  /** Current level. */
  readonly to: MaturityLevel;
}

/** The checklist two compared assessments answered. */
export interface ComparedChecklist {
  /** Checklist id (the same in both). */
  readonly id: string;
  /** Version answered by the previous assessment. */
  readonly previousVersion: string;
  /** Version answered by the current assessment. */
  readonly currentVersion: string;
}

/** Result of {@link compareAssessments}. */
export interface AssessmentComparison {
  /** Checklist id and the versions of both assessments. */
  readonly checklist: ComparedChecklist;
  /** The scoring policy of both. */
  readonly policy: ScoringPolicyKind;
  /** Overall change. */
  readonly overall: AssessmentDelta;
  /** Per dimension (current order, then dimensions only in the previous result). */
  readonly dimensions: readonly AssessmentDelta[];
  /** Per principle. */
  readonly principles: readonly AssessmentDelta[];
  /** Per item. */
  readonly items: readonly AssessmentDelta[];
  /** Units whose level went up (overall, dimensions, principles, items). */
  readonly levelsReached: readonly AssessmentLevelChange[];
  /** Units whose level went down. */
  readonly regressions: readonly AssessmentLevelChange[];
  /** Items only in the current result (a newer checklist version). */
  readonly added: readonly string[];
  /** Items only in the previous result. */
  readonly removed: readonly string[];
}

interface Unit {
  readonly id: string;
  readonly labels: Labels;
  readonly score: number | null;
  readonly level: MaturityLevel | null;
}

function delta(id: string, labels: Labels, prev: Unit | undefined, cur: Unit | undefined): AssessmentDelta {
  const p = prev?.score ?? null;
  const c = cur?.score ?? null;
  return {
    id,
    labels,
    previous: p,
    current: c,
    delta: p === null || c === null ? null : Math.round((c - p) * 1e10) / 1e10,
    previousLevel: prev?.level ?? null,
    currentLevel: cur?.level ?? null,
  };
}

function deltas(prev: readonly Unit[], cur: readonly Unit[]): AssessmentDelta[] {
  const byId = new Map(prev.map((u) => [u.id, u]));
  const out = cur.map((u) => delta(u.id, u.labels, byId.get(u.id), u));
  const curIds = new Set(cur.map((u) => u.id));
  for (const u of prev) if (!curIds.has(u.id)) out.push(delta(u.id, u.labels, u, undefined));
  return out;
}

function changes(scope: AssessmentScope, list: readonly AssessmentDelta[], up: AssessmentLevelChange[], down: AssessmentLevelChange[]): void {
  for (const d of list) {
    if (d.previousLevel === null || d.currentLevel === null || d.previousLevel === d.currentLevel) continue;
    (d.currentLevel > d.previousLevel ? up : down).push({ scope, id: d.id, labels: d.labels, from: d.previousLevel, to: d.currentLevel });
  }
}

function checkResult(r: unknown, name: string): asserts r is AssessmentResult {
  if (typeof r !== 'object' || r === null || (r as { kind?: unknown }).kind !== 'maturity-assessment') {
    throw new CxError('INVALID_ARGUMENT', `${name} must be a result of assess()`, { path: [name] });
  }
}

/**
 * Compares a previous and a current assessment of the same checklist (versions may differ: units are matched by
 * id, and items present in only one are listed as added or removed). Deltas are `current − previous` (rounded to
 * 10 decimals); a level change is reported for every unit applicable in both whose level differs. O(units).
 *
 * @param previous - The earlier result of {@link assess}.
 * @param current - The later result, from the same checklist id and scoring policy.
 * @throws CxError `INVALID_ARGUMENT` when an argument is not a result (`['previous']` / `['current']`), the
 *   checklists differ (`['current', 'checklist', 'id']`) or the policies differ (`['current', 'policy', 'kind']`).
 * @example
 * const base = { checklist: { id: 'gbt42509-cx', version: '1.0.0' } };
 * const before = assess(GBT42509_CHECKLIST, { ...base, answers: [{ criterion: 'D01-1-L1', status: 'met' as const }] });
 * const after = assess(GBT42509_CHECKLIST, { ...base, answers: [{ criterion: 'D01-1-L1', status: 'met' as const }, { criterion: 'D01-1-L2', status: 'met' as const }] });
 * const c = compareAssessments(before, after);
 * [c.items[0]?.delta, c.levelsReached.map((l) => `${l.id}: ${String(l.from)}→${String(l.to)}`)]; //=> [1, ['D01-1: 1→2']]
 */
export function compareAssessments(previous: AssessmentResult, current: AssessmentResult): AssessmentComparison {
  checkResult(previous, 'previous');
  checkResult(current, 'current');
  if (previous.checklist.id !== current.checklist.id) {
    throw new CxError('INVALID_ARGUMENT', `the assessments are of different checklists ("${previous.checklist.id}" and "${current.checklist.id}")`, {
      path: ['current', 'checklist', 'id'],
    });
  }
  if (previous.policy.kind !== current.policy.kind) {
    throw new CxError('INVALID_ARGUMENT', `the assessments use different policies (${previous.policy.kind} and ${current.policy.kind}): scores are not comparable`, {
      path: ['current', 'policy', 'kind'],
    });
  }
  const overall = delta(
    'overall',
    current.checklist.labels,
    { id: 'overall', labels: previous.checklist.labels, score: previous.overall.score, level: previous.overall.level },
    { id: 'overall', labels: current.checklist.labels, score: current.overall.score, level: current.overall.level },
  );
  const dimensions = deltas(previous.dimensions, current.dimensions);
  const principles = deltas(previous.principles, current.principles);
  const items = deltas(previous.items, current.items);
  const up: AssessmentLevelChange[] = [];
  const down: AssessmentLevelChange[] = [];
  changes('overall', [overall], up, down);
  changes('dimension', dimensions, up, down);
  changes('principle', principles, up, down);
  changes('item', items, up, down);
  const prevItems = new Set(previous.items.map((i) => i.id));
  const curItems = new Set(current.items.map((i) => i.id));
  return {
    checklist: { id: current.checklist.id, previousVersion: previous.checklist.version, currentVersion: current.checklist.version },
    policy: current.policy.kind,
    overall,
    dimensions,
    principles,
    items,
    levelsReached: up,
    regressions: down,
    added: current.items.filter((i) => !prevItems.has(i.id)).map((i) => i.id),
    removed: previous.items.filter((i) => !curItems.has(i.id)).map((i) => i.id),
  };
}
