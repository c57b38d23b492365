/**
 * Types of the result of {@link assess}: overall, per dimension, item and principle, radar series, gaps and
 * warnings. Every result is plain JSON and carries the labels a UI needs, so {@link gapReport} and
 * {@link compareAssessments} work on results alone.
 *
 * @module
 */
import type { Labels } from '../model/labels.js';
import type { ClauseReference, CriterionLevel, LevelDefinition, MaturityLevel } from './definition.js';
import type { AssessmentMode, EvidenceRule, RespondentAggregation, ScoringPolicyKind } from './input.js';

/** The policy a result was computed with, every option resolved to its value. */
export interface ResolvedPolicy {
  /** Scoring policy. */
  readonly kind: ScoringPolicyKind;
  /** Share of a level's criteria needed to reach it. */
  readonly threshold: number;
  /** Value of a partial answer. */
  readonly partialValue: number;
  /** Rule for unevidenced claims. */
  readonly evidence: EvidenceRule;
  /** Lowest level at which claims need evidence. */
  readonly evidenceFromLevel: number;
  /** Coverage below which `INCOMPLETE_COVERAGE` is raised. */
  readonly minCoverage: number;
  /** How respondents are combined. */
  readonly aggregate: RespondentAggregation;
  /** Spread of anchored levels flagged as `HIGH_DISPERSION`. */
  readonly dispersion: number;
}

/** Scores shared by the overall result, dimensions and principles. `null` where nothing applies. */
export interface MaturityScores {
  /** Score in [0, 5] under the policy; `null` when nothing in the unit applies. */
  readonly score: number | null;
  /** Level under the policy (gated policies: the gated level; `weighted-mean`: ⌊score⌋); `null` when nothing applies. */
  readonly level: MaturityLevel | null;
  /** Share of applicable criteria (criteria mode) or items (anchored mode) answered, in [0, 1]; `null` when nothing applies. */
  readonly coverage: number | null;
  /** Target level (0–5); `null` when nothing applies. */
  readonly target: number | null;
  /**
   * Weighted share of the criteria of levels 1–5 met (index 0 = level 1), pooled over the unit's items; `null` for a
   * level where no criterion applies.
   */
  readonly levelAttainment: readonly (number | null)[];
}

/** The headline result. */
export interface OverallResult {
  /** Score in [0, 5] under the policy. */
  readonly score: number;
  /** Level under the policy. */
  readonly level: MaturityLevel;
  /** Weakest link: the lowest level of any applicable dimension (≤ `level`). */
  readonly strictLevel: MaturityLevel;
  /** Share of applicable criteria (or items) answered. */
  readonly coverage: number;
  /** Target level. */
  readonly target: number;
  /** Name of `level`. */
  readonly levelLabels: Labels;
  /** Weighted share of criteria met per level 1–5, pooled over the dimensions. */
  readonly levelAttainment: readonly (number | null)[];
}

/** Result of one dimension. */
export interface DimensionResult extends MaturityScores {
  /** Dimension id. */
  readonly id: string;
  /** Dimension name. */
  readonly labels: Labels;
  /** Clause references of the dimension. */
  readonly clauses: readonly ClauseReference[];
  /** Whether the dimension is foundational. */
  readonly foundational: boolean;
  /** Weight of the dimension. */
  readonly weight: number;
}

/** How one criterion counted. */
export interface CriterionResult {
  /** Criterion id. */
  readonly id: string;
  /** Level the criterion describes. */
  readonly level: CriterionLevel;
  /**
   * The combined answer: `met`, `partial`, `not-met`, `not-applicable`, or `unanswered` (counts as not met). With
   * several respondents, the status whose value is nearest the combined value.
   */
  readonly status: CriterionStatusResult;
  /** Value that counted, in [0, 1] after the evidence rule; `null` when not applicable. */
  readonly value: number | null;
  /** Whether evidence supports it. */
  readonly evidenced: boolean;
  /** Number of (non-N/A) answers combined. */
  readonly answers: number;
}

/** Status of a criterion in a result. */
export type CriterionStatusResult = 'met' | 'partial' | 'not-met' | 'not-applicable' | 'unanswered';

/** Result of one item. */
export interface ItemResult {
  /** Item id. */
  readonly id: string;
  /** Id of its dimension. */
  readonly dimension: string;
  /** Item name. */
  readonly labels: Labels;
  /** Clause references of the item. */
  readonly clauses: readonly ClauseReference[];
  /** Principle ids of the item. */
  readonly principles: readonly string[];
  /** Weight among the items of its dimension. */
  readonly weight: number;
  /** `false` when the item was declared not applicable or every criterion is N/A. */
  readonly applicable: boolean;
  /** The reason given when the item was declared not applicable. */
  readonly notApplicableReason: string | null;
  /** Score under the policy; `null` when not applicable. */
  readonly score: number | null;
  /** Level under the policy; `null` when not applicable. */
  readonly level: MaturityLevel | null;
  /** Gated level (highest level reached with no gap below), whatever the policy; `null` when not applicable. */
  readonly gatedLevel: MaturityLevel | null;
  /** Share of the criteria of level `gatedLevel + 1` met (0 at level 5); `null` when not applicable. */
  readonly progress: number | null;
  /** Weighted share of criteria met per level 1–5 (`null` for a level with no applicable criterion). */
  readonly levelAttainment: readonly (number | null)[];
  /** Share of applicable criteria answered (anchored: 1 when rated, else 0); `null` when not applicable. */
  readonly coverage: number | null;
  /** Target level; `null` when not applicable. */
  readonly target: number | null;
  /** Anchored mode: the combined rating after the evidence rule; `null` in criteria mode. */
  readonly rating: number | null;
  /** Criteria met above the next level while a gap blocks the gate ("ahead of the gate"), lowest level first. */
  readonly aheadOfGate: readonly string[];
  /** How each criterion counted (criteria mode; empty in anchored mode). */
  readonly criteria: readonly CriterionResult[];
}

/** Result of one principle: the items tagged with it, weighted by item weight × dimension weight. */
export interface PrincipleResult extends MaturityScores {
  /** Principle id. */
  readonly id: string;
  /** Principle name. */
  readonly labels: Labels;
  /** Number of applicable items tagged with the principle. */
  readonly items: number;
}

/** Id of a radar series: the current scores, the targets, a previous result's scores, or benchmark scores. */
export type RadarSeriesId = 'current' | 'target' | 'previous' | 'benchmark';

/** One axis of a radar chart. */
export interface RadarAxis {
  /** Id of the dimension or principle. */
  readonly id: string;
  /** Axis label. */
  readonly labels: Labels;
}

/** One series of a radar chart: one value per axis, in axis order (`null` where nothing applies). */
export interface RadarSeries {
  /** `current`, `target`, `previous` or `benchmark`. */
  readonly id: RadarSeriesId;
  /** Series label (for `benchmark`, the label given with the benchmark). */
  readonly labels: Labels;
  /** One value per axis. */
  readonly values: readonly (number | null)[];
}

/** Chart-ready radar data. */
export interface RadarData {
  /** The axes. */
  readonly axes: readonly RadarAxis[];
  /**
   * In this order: `current`, `target`, then `previous` when a previous result was given and `benchmark` when a
   * benchmark was given (both radars get it; an axis without a benchmark score is `null`).
   */
  readonly series: readonly RadarSeries[];
}

/** Radar data by dimension and by principle. */
export interface AssessmentRadar {
  /** One axis per dimension. */
  readonly byDimension: RadarData;
  /** One axis per principle. */
  readonly byPrinciple: RadarData;
}

/** A criterion still to meet to close a gap. */
export interface GapCriterion {
  /** Criterion id. */
  readonly id: string;
  /** Its level. */
  readonly level: CriterionLevel;
  /** Its statement. */
  readonly labels: Labels;
  /** `partial`, `not-met` or `unanswered` (anchored mode: `partial` or `not-met` by the combined rating). */
  readonly status: 'partial' | 'not-met' | 'unanswered';
}

/** A gap between an item's current score and its target, with what to do about it. */
export interface GapResult {
  /** Item id. */
  readonly item: string;
  /** Item name. */
  readonly labels: Labels;
  /** Dimension id. */
  readonly dimension: string;
  /** Dimension name. */
  readonly dimensionLabels: Labels;
  /** Clause references of the item. */
  readonly clauses: readonly ClauseReference[];
  /** Current score of the item. */
  readonly current: number;
  /** Current level of the item. */
  readonly currentLevel: MaturityLevel;
  /** Target. */
  readonly target: number;
  /** `target − current` (> 0). */
  readonly gap: number;
  /** `gap × item weight × dimension weight × impact × (1.25 if foundational) ÷ effort`. */
  readonly priority: number;
  /** Whether the item is foundational. */
  readonly foundational: boolean;
  /**
   * A quick win: effort ≤ 1 and the next level's missing criteria are all partly met, or meeting them would lift the
   * item by two levels or more (criteria above are already met); anchored mode: at least halfway into the next level.
   */
  readonly quickWin: boolean;
  /** Unmet criteria up to the target, lowest level first. */
  readonly criteria: readonly GapCriterion[];
  /** Why and how, in both languages. */
  readonly rationale: Labels;
}

/** Codes of assessment warnings. */
export type AssessmentWarningCode = 'INCOMPLETE_COVERAGE' | 'UNEVIDENCED_CLAIMS' | 'HIGH_DISPERSION' | 'GATE_BLOCKED';

/** A warning about the quality of the answers, with the ids concerned. */
export interface AssessmentWarning {
  /** The warning code. */
  readonly code: AssessmentWarningCode;
  /** What it means, in both languages. */
  readonly message: Labels;
  /**
   * Ids concerned, in checklist order: dimensions (`INCOMPLETE_COVERAGE`), criteria or items (`UNEVIDENCED_CLAIMS`,
   * `HIGH_DISPERSION`), items (`GATE_BLOCKED`).
   */
  readonly ids: readonly string[];
}

/** The checklist a result was computed from. */
export interface ResultChecklist {
  /** Checklist id. */
  readonly id: string;
  /** Checklist version. */
  readonly version: string;
  /** Checklist title. */
  readonly labels: Labels;
}

/** The result of {@link assess}. */
export interface AssessmentResult {
  /** Always `'maturity-assessment'`. */
  readonly kind: 'maturity-assessment';
  /** The checklist. */
  readonly checklist: ResultChecklist;
  /** The resolved policy. */
  readonly policy: ResolvedPolicy;
  /** `criteria` or `anchored`. */
  readonly mode: AssessmentMode;
  /** Respondent ids, sorted (`''` stands for an unnamed respondent). */
  readonly respondents: readonly string[];
  /** The input's label, or `null`. */
  readonly label: string | null;
  /** The input's period, or `null`. */
  readonly period: string | null;
  /** Names of the levels 0–5. */
  readonly levels: readonly LevelDefinition[];
  /** The headline result. */
  readonly overall: OverallResult;
  /** One entry per dimension, in checklist order. */
  readonly dimensions: readonly DimensionResult[];
  /** One entry per item, in checklist order. */
  readonly items: readonly ItemResult[];
  /** One entry per principle, in checklist order. */
  readonly principles: readonly PrincipleResult[];
  /** Radar data. */
  readonly radar: AssessmentRadar;
  /** Gaps, highest priority first (ties in checklist order). */
  readonly gaps: readonly GapResult[];
  /** Warnings, in the order INCOMPLETE_COVERAGE, UNEVIDENCED_CLAIMS, HIGH_DISPERSION, GATE_BLOCKED. */
  readonly warnings: readonly AssessmentWarning[];
  /** What the assessment is and is not. */
  readonly disclaimer: Labels;
}
