/**
 * Resolves the options of `assess` to their values, and the small numeric helpers the engine shares.
 *
 * @module
 * @internal
 */
import { CxError } from '../core/errors.js';
import { assertInRange, describe } from '../core/assert.js';
import { median } from '../core/quantile.js';
import type { AssessmentPolicy, EvidenceRule, RespondentAggregation, ScoringPolicyKind } from './input.js';
import type { ResolvedPolicy } from './result.js';

/** Tolerance of the comparisons with the threshold (absorbs rounding in weighted means). @internal */
export const EPS = 1e-9;

const KINDS: readonly ScoringPolicyKind[] = ['gated', 'gated-fractional', 'weighted-mean'];
const RULES: readonly EvidenceRule[] = ['accept', 'warn', 'downgrade', 'reject'];
const AGGREGATES: readonly RespondentAggregation[] = ['median', 'mean', 'min'];

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CxError('INVALID_ARGUMENT', `policy.${name} must be one of ${allowed.join(', ')}, got ${describe(value)}`, { path: ['policy', name] });
  }
  return value as T;
}

/** The options with their defaults; a policy name alone is the `kind`. @internal */
export function resolvePolicy(policy: AssessmentPolicy | ScoringPolicyKind | undefined): ResolvedPolicy {
  const p: AssessmentPolicy = typeof policy === 'string' ? { kind: policy } : (policy ?? {});
  if (typeof p !== 'object' || (p as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `policy must be an object or a policy name, got ${describe(p)}`, { path: ['policy'] });
  }
  const kind = oneOf(p.kind, KINDS, 'gated-fractional', 'kind');
  const threshold = p.threshold ?? 0.8;
  assertInRange(threshold, 0, 1, 'threshold', ['policy', 'threshold']);
  if (threshold === 0) throw new CxError('OUT_OF_RANGE', 'policy.threshold must be > 0', { path: ['policy', 'threshold'] });
  const partialValue = p.partialValue ?? 0.5;
  assertInRange(partialValue, 0, 1, 'partialValue', ['policy', 'partialValue']);
  const evidence = oneOf(p.evidence, RULES, 'warn', 'evidence');
  const evidenceFromLevel = p.evidenceFromLevel ?? 3;
  assertInRange(evidenceFromLevel, 1, 5, 'evidenceFromLevel', ['policy', 'evidenceFromLevel']);
  if (!Number.isInteger(evidenceFromLevel)) {
    throw new CxError('OUT_OF_RANGE', `policy.evidenceFromLevel must be an integer 1–5, got ${String(evidenceFromLevel)}`, { path: ['policy', 'evidenceFromLevel'] });
  }
  const minCoverage = p.minCoverage ?? 0.8;
  assertInRange(minCoverage, 0, 1, 'minCoverage', ['policy', 'minCoverage']);
  const aggregate = oneOf(p.aggregate, AGGREGATES, 'median', 'aggregate');
  const dispersion = p.dispersion ?? 2;
  assertInRange(dispersion, 0, 5, 'dispersion', ['policy', 'dispersion']);
  return { kind, threshold, partialValue, evidence, evidenceFromLevel, minCoverage, aggregate, dispersion };
}

/** Combines the (non-empty) values of several respondents. @internal */
export function combine(values: readonly number[], how: RespondentAggregation): number {
  if (how === 'median') return median(values) ?? 0;
  let acc = how === 'min' ? Infinity : 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (how === 'min') acc = v < acc ? v : acc;
    else acc += v;
  }
  return how === 'min' ? acc : acc / values.length;
}

/** Rounds to 10 decimals, so reported scores read 2.6 rather than 2.6000000000000005. @internal */
export function round10(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}
