/**
 * Gap list of `assess`: for each item below its target, the unmet criteria up to the target (lowest level first), a
 * priority, a quick-win flag and a rationale.
 *
 * @module
 * @internal
 */
import type { ItemPriorityInput } from './input.js';
import type { GapCriterion, GapResult, ItemResult } from './result.js';
import type { IndexedItem, ItemEval } from './assess-input.js';
import { EPS, round10 } from './assess-policy.js';
import { gate } from './assess-score.js';
import { rationale } from './assess-text.js';

/** Everything the gap of one item is computed from. @internal */
export interface GapSource {
  readonly it: IndexedItem;
  readonly ev: ItemEval;
  readonly result: ItemResult;
  readonly priorities: ItemPriorityInput | undefined;
}

function unmetCriteria(src: GapSource, upTo: number): GapCriterion[] {
  const out: GapCriterion[] = [];
  const { it, ev } = src;
  const anchored = ev.rating !== null;
  for (let level = 1; level <= upTo; level++) {
    if (anchored) {
      const a = ev.attainment[level - 1] ?? 0;
      if (a >= 1 - EPS) continue;
      for (const c of it.def.criteria) if (c.level === level) out.push({ id: c.id, level: c.level, labels: c.labels, status: a > EPS ? 'partial' : 'not-met' });
      continue;
    }
    for (const c of ev.criteria) {
      if (c.level !== level || c.value === null || c.value >= 1 - EPS) continue;
      const def = it.def.criteria.find((d) => d.id === c.id)!;
      out.push({ id: c.id, level: c.level, labels: def.labels, status: c.status === 'unanswered' ? 'unanswered' : c.value > EPS ? 'partial' : 'not-met' });
    }
  }
  return out;
}

/** The gap of one item, or null when it has reached its target. @internal */
export function itemGap(src: GapSource, threshold: number): GapResult | null {
  const { it, ev, result } = src;
  if (result.score === null || result.target === null || result.level === null || result.gatedLevel === null) return null;
  const gap = result.target - result.score;
  if (gap <= EPS) return null;
  const criteria = unmetCriteria(src, Math.min(5, Math.ceil(result.target - EPS)));
  const impact = src.priorities?.impact ?? it.def.impact ?? 1;
  const effort = src.priorities?.effort ?? it.def.effort ?? 1;
  const foundational = it.def.foundational ?? it.dim.foundational ?? false;
  const priority = (gap * (it.def.weight ?? 1) * (it.dim.weight ?? 1) * impact * (foundational ? 1.25 : 1)) / effort;
  const g = result.gatedLevel;
  let quickWin = false;
  if (effort <= 1 && g < 5) {
    if (ev.rating !== null) quickWin = (ev.attainment[g] ?? 0) >= 0.5 - EPS;
    else {
      const next = criteria.filter((c) => c.level === g + 1);
      const lifted = ev.attainment.slice();
      lifted[g] = 1;
      const lift = gate(lifted, threshold).gated - g;
      quickWin = next.length > 0 && (next.every((c) => c.status === 'partial') || lift >= 2);
    }
  }
  let partial = 0;
  for (const c of criteria) if (c.status === 'partial') partial++;
  let aheadUpTo: number | null = null;
  for (const id of result.aheadOfGate) {
    const c = ev.criteria.find((x) => x.id === id);
    if (c !== undefined && (aheadUpTo === null || c.level > aheadUpTo)) aheadUpTo = c.level;
  }
  return {
    item: it.def.id,
    labels: it.def.labels,
    dimension: it.dim.id,
    dimensionLabels: it.dim.labels,
    clauses: it.def.clauses,
    current: result.score,
    currentLevel: result.level,
    target: result.target,
    gap: round10(gap),
    priority: round10(priority),
    foundational,
    quickWin,
    criteria,
    rationale: rationale({
      level: result.level,
      current: result.score,
      target: result.target,
      unmet: criteria.length,
      partial,
      lowest: criteria.length > 0 ? criteria[0]!.level : null,
      foundational,
      aheadUpTo,
      quickWin,
    }),
  };
}
