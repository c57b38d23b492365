/**
 * A small checklist for hand-computed maturity cases, and helpers to build inputs.
 *
 * Dimension A (weight 1, foundational): items A1 (principle p1; two criteria at level 2) and A2 (principle p2).
 * Dimension B (weight 2): item B1 (principles p1 and p2). One criterion per level otherwise.
 */
import { MATURITY_LEVELS, type AssessmentInput, type ChecklistDefinition, type CriterionAnswer, type CriterionStatus, type ItemDefinition } from '../../src/index.js';

const L = (en: string) => ({ 'zh-CN': `中文${en}`, en });

function item(id: string, principles: string[], extraLevel2 = false): ItemDefinition {
  const criteria: ItemDefinition['criteria'][number][] = [];
  for (const level of [1, 2, 3, 4, 5] as const) {
    if (level === 2 && extraLevel2) {
      criteria.push({ id: `${id}-2a`, level, labels: L(`${id} level 2a`) }, { id: `${id}-2b`, level, labels: L(`${id} level 2b`) });
    } else criteria.push({ id: `${id}-${String(level)}`, level, labels: L(`${id} level ${String(level)}`) });
  }
  return { id, labels: L(`item ${id}`), clauses: [{ clause: '1', basis: 'toc-confirmed' }], principles, criteria };
}

export const TEST_CHECKLIST: ChecklistDefinition = {
  id: 'test',
  version: '1',
  labels: L('Test checklist'),
  levels: MATURITY_LEVELS.slice(1),
  clauses: [{ id: '1', labels: L('Clause one') }],
  principles: [
    { id: 'p1', labels: L('Principle one') },
    { id: 'p2', labels: L('Principle two') },
  ],
  dimensions: [
    { id: 'A', labels: L('Dimension A'), clauses: [{ clause: '1', basis: 'toc-confirmed' }], weight: 1, foundational: true, items: [item('A1', ['p1'], true), item('A2', ['p2'])] },
    { id: 'B', labels: L('Dimension B'), clauses: [{ clause: '1', basis: 'content-inferred' }], weight: 2, items: [item('B1', ['p1', 'p2'])] },
  ],
};

export const REF = { id: 'test', version: '1' } as const;

/** Every criterion id of a checklist, in order. */
export function criterionIds(def: ChecklistDefinition): string[] {
  return def.dimensions.flatMap((d) => d.items.flatMap((i) => i.criteria.map((c) => c.id)));
}

/** Answers from a map criterion id → status (criteria not listed are unanswered). */
export function answers(statuses: Record<string, CriterionStatus>, extra: Partial<CriterionAnswer> = {}): CriterionAnswer[] {
  return Object.entries(statuses).map(([criterion, status]) => ({
    criterion,
    status,
    ...(status === 'not-applicable' ? { reason: 'does not apply here' } : {}),
    ...extra,
  }));
}

/** Every criterion of the checklist with the same status. */
export function allWith(def: ChecklistDefinition, status: CriterionStatus): Record<string, CriterionStatus> {
  return Object.fromEntries(criterionIds(def).map((id) => [id, status]));
}

/** Items with criteria levels ≤ `upTo` met, the rest not met. */
export function metUpTo(def: ChecklistDefinition, upTo: Record<string, number>): Record<string, CriterionStatus> {
  const out: Record<string, CriterionStatus> = {};
  for (const d of def.dimensions) for (const i of d.items) for (const c of i.criteria) out[c.id] = c.level <= (upTo[i.id] ?? 0) ? 'met' : 'not-met';
  return out;
}

export function input(extra: Partial<AssessmentInput> = {}): AssessmentInput {
  return { checklist: REF, ...extra };
}
