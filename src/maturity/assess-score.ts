/**
 * The scoring core of `assess`: gating level attainments, pooling them over items and dimensions, and the score
 * and level of each policy.
 *
 * @module
 * @internal
 */
import type { MaturityLevel } from './definition.js';
import type { ScoringPolicyKind } from './input.js';
import { EPS } from './assess-policy.js';

/** Gated level and progress into the next level. @internal */
export interface Gate {
  readonly gated: MaturityLevel;
  readonly progress: number;
}

/**
 * The highest level L such that every level 1..L is reached (attainment ≥ threshold, or nothing applies), and the
 * attainment of level L + 1 (0 at level 5). @internal
 */
export function gate(attainment: readonly (number | null)[], threshold: number): Gate {
  let g = 0;
  while (g < 5) {
    const a = attainment[g] ?? null;
    if (a !== null && a < threshold - EPS) break;
    g++;
  }
  return { gated: g as MaturityLevel, progress: g < 5 ? (attainment[g] ?? 0) : 0 };
}

/** The additive score: 5 × the mean attainment over the levels where something applies; null when nothing does. @internal */
export function weightedMeanScore(attainment: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (let l = 0; l < 5; l++) {
    const a = attainment[l] ?? null;
    if (a === null) continue;
    sum += a;
    n++;
  }
  return n === 0 ? null : (5 * sum) / n;
}

/** A unit to pool: its weight, attainment per level, additive score and coverage counts. @internal */
export interface PoolChild {
  readonly weight: number;
  readonly attainment: readonly (number | null)[];
  readonly wm: number;
  readonly answered: number;
  readonly units: number;
}

/** Pooled attainment, additive score and coverage counts; null when no child applies. @internal */
export interface Pooled {
  readonly attainment: (number | null)[];
  readonly wm: number;
  readonly answered: number;
  readonly units: number;
}

/**
 * Weighted means over the children: attainment per level (over children where the level applies) and additive
 * score; coverage counts are summed. @internal
 */
export function pool(children: readonly PoolChild[]): Pooled | null {
  if (children.length === 0) return null;
  const attainment: (number | null)[] = [];
  for (let l = 0; l < 5; l++) {
    let sum = 0;
    let w = 0;
    for (const c of children) {
      const a = c.attainment[l] ?? null;
      if (a === null) continue;
      sum += c.weight * a;
      w += c.weight;
    }
    attainment.push(w > 0 ? sum / w : null);
  }
  let wmSum = 0;
  let wSum = 0;
  let answered = 0;
  let units = 0;
  for (const c of children) {
    wmSum += c.weight * c.wm;
    wSum += c.weight;
    answered += c.answered;
    units += c.units;
  }
  return { attainment, wm: wmSum / wSum, answered, units };
}

/** Score and level of a unit under a policy. @internal */
export interface PolicyScore {
  readonly score: number;
  readonly level: MaturityLevel;
  readonly gate: Gate;
}

/** Score and level under `kind`: gated → the gated level; gated-fractional → level + progress; weighted-mean → additive. @internal */
export function policyScore(kind: ScoringPolicyKind, attainment: readonly (number | null)[], wm: number, threshold: number): PolicyScore {
  const g = gate(attainment, threshold);
  if (kind === 'gated') return { score: g.gated, level: g.gated, gate: g };
  if (kind === 'gated-fractional') return { score: g.gated + g.progress, level: g.gated, gate: g };
  const score = Math.min(5, Math.max(0, wm));
  return { score, level: Math.min(5, Math.floor(score + EPS)) as MaturityLevel, gate: g };
}
