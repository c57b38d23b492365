/**
 * Types of an assessment input (answers, ratings, evidence, targets) and of the scoring policy of {@link assess}.
 *
 * @module
 */
import type { Labels } from '../model/labels.js';
import type { AssessmentResult } from './result.js';

/** How one respondent judges one criterion. `not-applicable` needs a reason. */
export type CriterionStatus = 'met' | 'partial' | 'not-met' | 'not-applicable';

/** Criteria mode: each criterion is ticked; anchored mode: each item gets the level that fits best. */
export type AssessmentMode = 'criteria' | 'anchored';

/** One respondent's answer to one criterion (criteria mode). */
export interface CriterionAnswer {
  /** Id of the criterion. */
  readonly criterion: string;
  /** `met`, `partial`, `not-met` or `not-applicable`. */
  readonly status: CriterionStatus;
  /** Why the criterion does not apply: required (non-blank) when `status` is `not-applicable`. */
  readonly reason?: string;
  /** Who answered (default: a single anonymous respondent). At most one answer per respondent and criterion. */
  readonly respondent?: string;
  /** Ids of evidence records (in {@link AssessmentInput.evidence}) supporting the answer. */
  readonly evidence?: readonly string[];
  /** Free comment. */
  readonly note?: string;
}

/** One respondent's rating of one item (anchored mode): the level whose criteria describe the practice best. */
export interface LevelRating {
  /** Id of the item. */
  readonly item: string;
  /** The level, an integer 0–5. */
  readonly level: number;
  /** Who rated (default: a single anonymous respondent). At most one rating per respondent and item. */
  readonly respondent?: string;
  /** Ids of evidence records supporting the rating. */
  readonly evidence?: readonly string[];
  /** Free comment. */
  readonly note?: string;
}

/** The kind of an evidence record. */
export type EvidenceKind = 'document' | 'record' | 'metric' | 'observation' | 'interview' | 'other';

/** A range reported with a metric, e.g. a confidence interval. */
export interface EvidenceInterval {
  /** Lower bound. */
  readonly lower: number;
  /** Upper bound. */
  readonly upper: number;
}

/**
 * A piece of evidence: a document, a record, a measured metric (`{ key: 'nps', value: 31, period: '2026-Q3' }`)….
 * An answer cites it by id; a record can also name the items or criteria it supports, and metric records support
 * the items whose `metricKeys` include their `key`.
 */
export interface EvidenceRecord {
  /** Unique id among the input's evidence. */
  readonly id: string;
  /** What kind of evidence it is. */
  readonly kind: EvidenceKind;
  /** Short description. */
  readonly title?: string;
  /** Where to find it (URL, file name, system). */
  readonly ref?: string;
  /** Date of the evidence (ISO 8601 text, not interpreted). */
  readonly date?: string;
  /** Metric key (metric records), e.g. `'nps'`, `'csat'`, `'churn'`. */
  readonly key?: string;
  /** Metric value (metric records); a finite number. */
  readonly value?: number;
  /** Unit of `value`, e.g. `'points'`, `'percent'`, `'share'`. */
  readonly unit?: string;
  /** Period the metric covers, e.g. `'2026-Q3'`. */
  readonly period?: string;
  /** Sample size behind the metric. */
  readonly n?: number;
  /** Interval reported with the metric. */
  readonly interval?: EvidenceInterval;
  /** Ids of items this record supports (all their criteria). */
  readonly items?: readonly string[];
  /** Ids of criteria this record supports. */
  readonly criteria?: readonly string[];
}

/** An item that does not apply to the organisation; excluded from every denominator. */
export interface NotApplicableItem {
  /** Id of the item. */
  readonly item: string;
  /** Why it does not apply (required, non-blank). */
  readonly reason: string;
}

/** Target levels (0–5, fractions allowed). Unset targets default to one level above the current level (5 stays 5). */
export interface AssessmentTargets {
  /** Target of the overall result, and the default of every dimension and item. */
  readonly overall?: number;
  /** Targets per dimension id; the default of the dimension's items. */
  readonly dimensions?: Readonly<Record<string, number>>;
  /** Targets per item id. */
  readonly items?: Readonly<Record<string, number>>;
}

/** Organisation-specific impact and effort of an item, overriding the checklist's. */
export interface ItemPriorityInput {
  /** Relative impact, > 0. */
  readonly impact?: number;
  /** Relative effort, > 0 (1 = low). */
  readonly effort?: number;
}

/** Names the checklist (and its content version) the answers were given against. */
export interface ChecklistReference {
  /** The checklist's id. */
  readonly id: string;
  /** The checklist's version. */
  readonly version: string;
}

/** Everything a self-assessment supplies: answers (or ratings), evidence, exclusions, targets. */
export interface AssessmentInput {
  /** The checklist and version answered; must match the definition passed to {@link assess}. */
  readonly checklist: ChecklistReference;
  /** `criteria` (default) or `anchored`. */
  readonly mode?: AssessmentMode;
  /** Criteria answers (criteria mode). Unanswered criteria count as not met and lower the coverage. */
  readonly answers?: readonly CriterionAnswer[];
  /** Item ratings (anchored mode). */
  readonly ratings?: readonly LevelRating[];
  /** Items that do not apply. */
  readonly notApplicable?: readonly NotApplicableItem[];
  /** Evidence records. */
  readonly evidence?: readonly EvidenceRecord[];
  /** Target levels. */
  readonly targets?: AssessmentTargets;
  /** Impact and effort per item id, for the gap priorities. */
  readonly priorities?: Readonly<Record<string, ItemPriorityInput>>;
  /** A name for this assessment (e.g. `'2026 H1 self-assessment'`), copied to the result. */
  readonly label?: string;
  /** The period assessed (e.g. `'2026-H1'`), copied to the result. */
  readonly period?: string;
}

/**
 * How levels and scores are computed.
 *
 * - `gated` (ISO 9004-style): the level is the highest whose criteria, and those of every level below, are met;
 *   the score is that level.
 * - `gated-fractional`: the gated level plus the share of the next level's criteria met (e.g. 2.6).
 * - `weighted-mean`: additive; the weighted share of criteria met per level, summed over the levels (0–5).
 */
export type ScoringPolicyKind = 'gated' | 'gated-fractional' | 'weighted-mean';

/**
 * What happens to a claim (a criterion met or partial, or a rating) at or above `evidenceFromLevel` that no
 * evidence supports: `accept` it silently, `warn` (count it, add an `UNEVIDENCED_CLAIMS` warning), `downgrade`
 * (count it as partial at most) or `reject` (count it as not met). Every rule but `accept` warns.
 */
export type EvidenceRule = 'accept' | 'warn' | 'downgrade' | 'reject';

/** How the answers of several respondents to one criterion or item are combined. */
export type RespondentAggregation = 'median' | 'mean' | 'min';

/** Options of {@link assess}. Every field is optional; the defaults are listed. */
export interface AssessmentPolicy {
  /** The scoring policy (default `'gated-fractional'`). */
  readonly kind?: ScoringPolicyKind;
  /**
   * Share (0 < t ≤ 1) of a level's applicable criteria, weighted, that must be met for the level to count as
   * reached (default 0.8). At dimension, principle and overall level the share is pooled over the items.
   * 1 is the strict ISO 9004 reading (no gap at all).
   */
  readonly threshold?: number;
  /** Value of a `partial` answer, in [0, 1] (default 0.5). */
  readonly partialValue?: number;
  /** Rule for unevidenced claims (default `'warn'`). */
  readonly evidence?: EvidenceRule;
  /** Lowest level at which claims need evidence, an integer 1–5 (default 3). */
  readonly evidenceFromLevel?: number;
  /** Coverage (share of applicable criteria or items answered) below which a warning is raised, in [0, 1] (default 0.8). */
  readonly minCoverage?: number;
  /** How several respondents are combined (default `'median'`). */
  readonly aggregate?: RespondentAggregation;
  /** Anchored mode: a spread (max − min) of respondents' levels at least this large is flagged (default 2). */
  readonly dispersion?: number;
  /** A previous result of the same checklist, drawn as the `previous` radar series. */
  readonly previous?: AssessmentResult;
  /** Reference scores (e.g. an industry median), drawn as the `benchmark` radar series. */
  readonly benchmark?: AssessmentBenchmark;
}

/**
 * Reference scores to compare an assessment with — an industry or peer-group median, a best-in-class unit, another
 * business unit's result — drawn as the `benchmark` series of both radars of {@link assess}. Scores are on the
 * result's 0–5 scale, keyed by the checklist's dimension and principle ids (like {@link AssessmentTargets}); an id
 * left out, or set to `null`, leaves its axis empty (`null`) in the series. At least one of `dimensions` and
 * `principles` must be given. To benchmark against another result `r` of the same checklist, pass
 * `Object.fromEntries(r.dimensions.map((d) => [d.id, d.score]))` (and the same for `r.principles`).
 */
export interface AssessmentBenchmark {
  /** Name of the series, both languages non-blank, e.g. `{ 'zh-CN': '行业中位数', en: 'Industry median' }` (default `对标基准` / `Benchmark`). */
  readonly labels?: Labels;
  /** Score in [0, 5] (or `null`) per dimension id. */
  readonly dimensions?: Readonly<Record<string, number | null>>;
  /** Score in [0, 5] (or `null`) per principle id. */
  readonly principles?: Readonly<Record<string, number | null>>;
}
