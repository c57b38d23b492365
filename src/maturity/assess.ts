/**
 * The maturity assessment engine: scores a checklist's answers under a policy and reports levels, profiles,
 * radar data, a prioritised gap list and warnings.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';
import type { Labels } from '../model/labels.js';
import type { ChecklistDefinition, LevelDefinition, MaturityLevel } from './definition.js';
import type { AssessmentInput, AssessmentPolicy, AssessmentTargets, ItemPriorityInput, ScoringPolicyKind } from './input.js';
import type { AssessmentResult, AssessmentWarning, DimensionResult, GapResult, ItemResult, PrincipleResult, ResolvedPolicy } from './result.js';
import { validateChecklist } from './validate-checklist.js';
import { MATURITY_LEVELS } from './levels.js';
import { EPS, resolvePolicy, round10 } from './assess-policy.js';
import { evaluateInput, indexChecklist, type IndexedChecklist, type ItemEval } from './assess-input.js';
import { pool, policyScore, weightedMeanScore, type PoolChild, type Pooled } from './assess-score.js';
import { itemGap } from './assess-gaps.js';
import { buildRadar, checkBenchmark } from './radar.js';
import { coverageMessage, dispersionMessage, evidenceMessage, gateMessage, genericDisclaimer } from './assess-text.js';

function checkDefinition(definition: ChecklistDefinition): void {
  const issues = validateChecklist(definition);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new CxError('VALIDATION_FAILED', `the checklist definition is invalid: ${first.message}${errors.length > 1 ? ` (and ${String(errors.length - 1)} more)` : ''}`, {
      path: ['definition', ...first.path],
      details: { issues: errors },
    });
  }
}

function targetValue(v: unknown, path: (string | number)[]): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 5) {
    throw new CxError(typeof v === 'number' ? 'OUT_OF_RANGE' : 'INVALID_ARGUMENT', `${path.join('.')} must be a level in [0, 5], got ${describe(v)}`, { path });
  }
  return v;
}

/** Checked targets; unknown ids and values outside 0–5 throw. */
interface Targets {
  readonly overall: number | undefined;
  readonly dimensions: ReadonlyMap<string, number>;
  readonly items: ReadonlyMap<string, number>;
}

function checkTargets(raw: AssessmentTargets | undefined, def: ChecklistDefinition, idx: IndexedChecklist): Targets {
  const dimensions = new Map<string, number>();
  const items = new Map<string, number>();
  if (raw === undefined) return { overall: undefined, dimensions, items };
  if (typeof raw !== 'object' || (raw as unknown) === null) throw new CxError('INVALID_ARGUMENT', 'targets must be an object', { path: ['targets'] });
  const overall = targetValue(raw.overall, ['targets', 'overall']);
  const dimIds = new Set(def.dimensions.map((d) => d.id));
  for (const key of ['dimensions', 'items'] as const) {
    const m: unknown = raw[key];
    if (m !== undefined && (typeof m !== 'object' || m === null)) throw new CxError('INVALID_ARGUMENT', `targets.${key} must be an object of id → level`, { path: ['targets', key] });
  }
  for (const [id, v] of Object.entries(raw.dimensions ?? {})) {
    if (!dimIds.has(id)) throw new CxError('INVALID_ARGUMENT', `targets.dimensions: unknown dimension "${id}"`, { path: ['targets', 'dimensions', id] });
    dimensions.set(id, targetValue(v, ['targets', 'dimensions', id])!);
  }
  for (const [id, v] of Object.entries(raw.items ?? {})) {
    if (!idx.itemById.has(id)) throw new CxError('INVALID_ARGUMENT', `targets.items: unknown item "${id}"`, { path: ['targets', 'items', id] });
    items.set(id, targetValue(v, ['targets', 'items', id])!);
  }
  return { overall, dimensions, items };
}

function checkPriorities(raw: AssessmentInput['priorities'], idx: IndexedChecklist): ReadonlyMap<string, ItemPriorityInput> {
  const out = new Map<string, ItemPriorityInput>();
  if (raw !== undefined && (typeof raw !== 'object' || (raw as unknown) === null)) {
    throw new CxError('INVALID_ARGUMENT', 'priorities must be an object of item id → { impact, effort }', { path: ['priorities'] });
  }
  for (const [id, p] of Object.entries(raw ?? {})) {
    if (typeof p !== 'object' || (p as unknown) === null) throw new CxError('INVALID_ARGUMENT', `priorities.${id} must be { impact?, effort? }`, { path: ['priorities', id] });
    if (!idx.itemById.has(id)) throw new CxError('INVALID_ARGUMENT', `priorities: unknown item "${id}"`, { path: ['priorities', id] });
    for (const key of ['impact', 'effort'] as const) {
      const v = p[key];
      if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)) {
        throw new CxError('OUT_OF_RANGE', `priorities.${id}.${key} must be a finite number > 0, got ${describe(v)}`, { path: ['priorities', id, key] });
      }
    }
    out.set(id, p);
  }
  return out;
}

function nextLevel(level: number): number {
  return Math.min(5, level + 1);
}

function roundAll(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : round10(v)));
}

function levelNames(def: ChecklistDefinition): LevelDefinition[] {
  const out: LevelDefinition[] = [];
  for (let l = 0; l <= 5; l++) out.push(def.levels.find((x) => x.level === l) ?? MATURITY_LEVELS[l]!);
  return out;
}

interface UnitScore {
  readonly score: number | null;
  readonly level: MaturityLevel | null;
  readonly coverage: number | null;
  readonly levelAttainment: (number | null)[];
}

function unitScore(p: Pooled | null, policy: ResolvedPolicy): UnitScore {
  if (p === null) return { score: null, level: null, coverage: null, levelAttainment: [null, null, null, null, null] };
  const s = policyScore(policy.kind, p.attainment, p.wm, policy.threshold);
  return { score: round10(s.score), level: s.level, coverage: p.units > 0 ? round10(p.answered / p.units) : 1, levelAttainment: roundAll(p.attainment) };
}

function itemResult(ev: ItemEval, it: IndexedChecklist['items'][number], policy: ResolvedPolicy, targets: Targets): ItemResult {
  const base = {
    id: it.def.id,
    dimension: it.dim.id,
    labels: it.def.labels,
    clauses: it.def.clauses,
    principles: it.def.principles,
    weight: it.def.weight ?? 1,
    criteria: ev.criteria,
  };
  const wm = weightedMeanScore(ev.attainment);
  if (!ev.applicable || wm === null) {
    return { ...base, applicable: false, notApplicableReason: ev.naReason, score: null, level: null, gatedLevel: null, progress: null, levelAttainment: [null, null, null, null, null], coverage: null, target: null, rating: null, aheadOfGate: [] };
  }
  const s = policyScore(policy.kind, ev.attainment, wm, policy.threshold);
  const g = s.gate.gated;
  const ahead: string[] = [];
  for (const c of ev.criteria) if (c.level > g + 1 && c.value !== null && c.value >= 1 - EPS) ahead.push(c.id);
  const target = targets.items.get(it.def.id) ?? targets.dimensions.get(it.dim.id) ?? targets.overall ?? nextLevel(s.level);
  return {
    ...base,
    applicable: true,
    notApplicableReason: null,
    score: round10(s.score),
    level: s.level,
    gatedLevel: g,
    progress: round10(s.gate.progress),
    levelAttainment: roundAll(ev.attainment),
    coverage: ev.units > 0 ? round10(ev.answered / ev.units) : 1,
    target,
    rating: ev.rating === null ? null : round10(ev.rating),
    aheadOfGate: ahead,
  };
}

function child(weight: number, ev: ItemEval): PoolChild | null {
  const wm = weightedMeanScore(ev.attainment);
  if (!ev.applicable || wm === null) return null;
  return { weight, attainment: ev.attainment, wm, answered: ev.answered, units: ev.units };
}

function warningsOf(evs: readonly ItemEval[], dims: readonly DimensionResult[], coverage: number, policy: ResolvedPolicy, mode: AssessmentResult['mode'], items: readonly ItemResult[]): AssessmentWarning[] {
  const out: AssessmentWarning[] = [];
  const low = dims.filter((d) => d.coverage !== null && d.coverage < policy.minCoverage - EPS).map((d) => d.id);
  if (low.length > 0 || coverage < policy.minCoverage - EPS) {
    out.push({ code: 'INCOMPLETE_COVERAGE', message: coverageMessage(coverage, policy.minCoverage, low.length, mode), ids: low });
  }
  const unevidenced = evs.flatMap((e) => e.unevidenced);
  if (unevidenced.length > 0 && policy.evidence !== 'accept') {
    out.push({ code: 'UNEVIDENCED_CLAIMS', message: evidenceMessage(unevidenced.length, policy.evidenceFromLevel, policy.evidence, mode), ids: unevidenced });
  }
  const dispersed = evs.flatMap((e) => e.dispersed);
  if (dispersed.length > 0) out.push({ code: 'HIGH_DISPERSION', message: dispersionMessage(dispersed.length, mode, policy.dispersion, policy.aggregate), ids: dispersed });
  const blocked = items.filter((i) => i.aheadOfGate.length > 0).map((i) => i.id);
  if (blocked.length > 0) out.push({ code: 'GATE_BLOCKED', message: gateMessage(blocked.length), ids: blocked });
  return out;
}

function previousOf(policy: AssessmentPolicy | ScoringPolicyKind | undefined, def: ChecklistDefinition): AssessmentResult | null {
  if (typeof policy !== 'object') return null;
  const prev = policy.previous;
  if (prev === undefined) return null;
  if (typeof prev !== 'object' || (prev as unknown) === null || (prev as { kind?: unknown }).kind !== 'maturity-assessment') {
    throw new CxError('INVALID_ARGUMENT', 'policy.previous must be a result of assess()', { path: ['policy', 'previous'] });
  }
  if (prev.checklist.id !== def.id) {
    throw new CxError('INVALID_ARGUMENT', `policy.previous is an assessment of checklist "${prev.checklist.id}", not "${def.id}"`, { path: ['policy', 'previous', 'checklist', 'id'] });
  }
  return prev;
}

/**
 * Scores a maturity self-assessment: the answers of one or several respondents to a checklist's criteria (criteria
 * mode) or their level per item (anchored mode), with evidence, exclusions and targets.
 *
 * Method. Each criterion counts met = 1, partial = `partialValue`, not met or unanswered = 0; not-applicable criteria
 * and items leave every denominator. Several respondents are combined per criterion (or item) by the median
 * (default), mean or minimum. A claim at or above `evidenceFromLevel` with no evidence (cited by the answer, linked
 * by a record, or a metric record whose key the item lists) is accepted, warned about, downgraded to partial or
 * rejected. Per item and level, the attainment is the weighted share of criteria met; anchored ratings x give
 * attainment min(1, max(0, x − L + 1)) at level L. A level is reached when its attainment is ≥ `threshold` (or
 * nothing applies). Policies: `gated` — the highest level with every level up to it reached (ISO 9004's "highest
 * level with no gaps below"); `gated-fractional` (default) — that level plus the attainment of the next, so
 * level ≤ score < level + 1; `weighted-mean` — 5 × the mean attainment over applicable levels, level = ⌊score⌋.
 * Dimensions pool their items' attainments (item weights), the overall result pools the dimensions (dimension
 * weights), principles pool their tagged items (item × dimension weight), and the same policy applies to the pooled
 * attainment. `strictLevel` is the lowest dimension level. Targets default to one level above the current level.
 * Gaps: `target − score` per item, its unmet criteria up to the target lowest level first, priority
 * `gap × weights × impact × 1.25 (foundational) ÷ effort`. Scores are rounded to 10 decimals.
 * Radar data: one axis per dimension and per principle, with the series `current`, `target`, `previous` (the scores
 * of `policy.previous`) and `benchmark` (the scores of `policy.benchmark`, e.g. an industry median, under its own
 * label), the last two matched by id and `null` where an axis has no value. O(criteria + answers).
 *
 * The result is a self-assessment, never a conformity assessment: it carries the checklist's disclaimer.
 *
 * @param definition - The checklist (e.g. {@link GBT42509_CHECKLIST}); validated with {@link validateChecklist}.
 * @param input - Answers or ratings, evidence, exclusions, targets; `input.checklist` must name the definition's id
 *   and version.
 * @param policy - A policy name or {@link AssessmentPolicy} options (defaults: `gated-fractional`, threshold 0.8,
 *   partial 0.5, evidence `warn` from level 3, minimum coverage 0.8, median of respondents, dispersion 2), and
 *   optionally a `previous` result and a `benchmark` ({@link AssessmentBenchmark}) for the radar charts.
 * @throws CxError `VALIDATION_FAILED` for a definition with errors (`path` starts with `'definition'`, `details.issues`);
 *   `INVALID_ARGUMENT` for a checklist id or version mismatch (`['checklist', 'version']`), an unknown criterion,
 *   item or evidence id (e.g. `['answers', 3, 'criterion']`), a not-applicable answer or item without a reason
 *   (`['answers', i, 'reason']`), a duplicate answer, answers in the wrong mode; `OUT_OF_RANGE` for a rating or
 *   target outside 0–5 (`['ratings', i, 'level']`) or a bad policy option (`['policy', name]`); `EMPTY_INPUT` when
 *   no item applies. A bad benchmark throws at `['policy', 'benchmark', …]`: `INVALID_ARGUMENT` for an unknown
 *   dimension or principle id (`['policy', 'benchmark', 'dimensions', id]`), a score that is not a number or `null`,
 *   blank labels, an unknown option or no scores at all; `NON_FINITE` for NaN or ±Infinity; `OUT_OF_RANGE` for a
 *   score outside 0–5.
 * @example
 * const input = { checklist: { id: GBT42509_CHECKLIST.id, version: GBT42509_CHECKLIST.version }, answers: [{ criterion: 'D01-1-L1', status: 'met' as const }] };
 * const r = assess(GBT42509_CHECKLIST, input);
 * [r.overall.level, r.items[0]?.score, r.warnings[0]?.code]; //=> [0, 1, 'INCOMPLETE_COVERAGE']
 * assess(GBT42509_CHECKLIST, { ...input, checklist: { id: 'gbt42509-cx', version: '0.9' } }); //=> throws INVALID_ARGUMENT
 * const benchmark = { labels: { 'zh-CN': '行业中位数', en: 'Industry median' }, dimensions: { D01: 2.4, D08: 3.1 }, principles: { 'evidence-based': 2.8 } };
 * const b = assess(GBT42509_CHECKLIST, input, { benchmark }).radar.byDimension.series[2];
 * [b?.id, b?.labels.en, b?.values.slice(0, 3)]; //=> ['benchmark', 'Industry median', [2.4, null, null]]
 * assess(GBT42509_CHECKLIST, input, { benchmark: { dimensions: { D99: 3 } } }); //=> throws INVALID_ARGUMENT
 * assess(GBT42509_CHECKLIST, input, { benchmark: { dimensions: { D01: 6 } } }); //=> throws OUT_OF_RANGE
 */
export function assess(definition: ChecklistDefinition, input: AssessmentInput, policy?: AssessmentPolicy | ScoringPolicyKind): AssessmentResult {
  checkDefinition(definition);
  const resolved = resolvePolicy(policy);
  const previous = previousOf(policy, definition);
  const benchmark = checkBenchmark(policy, definition);
  const idx = indexChecklist(definition);
  const evaluated = evaluateInput(definition, idx, input, resolved);
  const targets = checkTargets(input.targets, definition, idx);
  const priorities = checkPriorities(input.priorities, idx);
  const evs = evaluated.items;
  const items = idx.items.map((it, i) => itemResult(evs[i]!, it, resolved, targets));

  const dimPools: (Pooled | null)[] = [];
  const dimensions: DimensionResult[] = definition.dimensions.map((dim, d) => {
    const children: PoolChild[] = [];
    for (const it of idx.items) {
      if (it.dimIndex !== d) continue;
      const c = child(it.def.weight ?? 1, evs[it.index]!);
      if (c !== null) children.push(c);
    }
    const p = pool(children);
    dimPools.push(p);
    const u = unitScore(p, resolved);
    const target = u.level === null ? null : (targets.dimensions.get(dim.id) ?? targets.overall ?? nextLevel(u.level));
    return { id: dim.id, labels: dim.labels, clauses: dim.clauses, foundational: dim.foundational ?? false, weight: dim.weight ?? 1, ...u, target };
  });

  const overallChildren: PoolChild[] = [];
  for (let d = 0; d < dimPools.length; d++) {
    const p = dimPools[d] ?? null;
    if (p !== null) overallChildren.push({ weight: definition.dimensions[d]!.weight ?? 1, ...p });
  }
  const overallPool = pool(overallChildren);
  if (overallPool === null) throw new CxError('EMPTY_INPUT', 'no item of the checklist applies: nothing to assess', { path: ['notApplicable'] });
  const overallUnit = unitScore(overallPool, resolved);
  const overallLevel = overallUnit.level!;
  let strict = 5;
  for (const d of dimensions) if (d.level !== null && d.level < strict) strict = d.level;
  const levels = levelNames(definition);

  const principles: PrincipleResult[] = definition.principles.map((pr) => {
    const children: PoolChild[] = [];
    for (const it of idx.items) {
      if (!it.def.principles.includes(pr.id)) continue;
      const c = child((it.def.weight ?? 1) * (it.dim.weight ?? 1), evs[it.index]!);
      if (c !== null) children.push(c);
    }
    const u = unitScore(pool(children), resolved);
    const target = u.level === null ? null : (targets.overall ?? nextLevel(u.level));
    return { id: pr.id, labels: pr.labels, items: children.length, ...u, target };
  });

  const gaps: GapResult[] = [];
  for (const it of idx.items) {
    const g = itemGap({ it, ev: evs[it.index]!, result: items[it.index]!, priorities: priorities.get(it.def.id) }, resolved.threshold);
    if (g !== null) gaps.push(g);
  }
  // Stable sort: ties keep checklist order.
  gaps.sort((a, b) => b.priority - a.priority);

  const overallTarget = targets.overall ?? nextLevel(overallLevel);
  const disclaimer: Labels = definition.disclaimer ?? genericDisclaimer(definition.labels);
  return {
    kind: 'maturity-assessment',
    checklist: { id: definition.id, version: definition.version, labels: definition.labels },
    policy: resolved,
    mode: evaluated.mode,
    respondents: evaluated.respondents,
    label: typeof input.label === 'string' ? input.label : null,
    period: typeof input.period === 'string' ? input.period : null,
    levels,
    overall: {
      score: overallUnit.score!,
      level: overallLevel,
      strictLevel: strict as MaturityLevel,
      coverage: overallUnit.coverage!,
      target: overallTarget,
      levelLabels: levels[overallLevel]!.labels,
      levelAttainment: overallUnit.levelAttainment,
    },
    dimensions,
    items,
    principles,
    radar: {
      byDimension: buildRadar(dimensions, previous === null ? null : previous.dimensions, benchmark === null ? null : benchmark.dimensions),
      byPrinciple: buildRadar(principles, previous === null ? null : previous.principles, benchmark === null ? null : benchmark.principles),
    },
    gaps,
    warnings: warningsOf(evs, dimensions, overallUnit.coverage!, resolved, evaluated.mode, items),
    disclaimer,
  };
}
