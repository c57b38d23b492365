/**
 * Types of a maturity checklist definition: the content that {@link assess} scores. A checklist is plain data
 * (JSON-serialisable), versioned separately from the code; {@link GBT42509_CHECKLIST} is the one cxkit ships, and
 * organisations can write their own (see {@link validateChecklist} and `ChecklistDefinitionSchema`).
 *
 * @module
 */
import type { Labels } from '../model/labels.js';

/** A maturity level: 0 (not yet evident) to 5 (optimizing). */
export type MaturityLevel = 0 | 1 | 2 | 3 | 4 | 5;

/** The level of a criterion: the level it describes, 1–5 (level 0 has no criteria). */
export type CriterionLevel = 1 | 2 | 3 | 4 | 5;

/**
 * How a clause reference was established.
 *
 * - `toc-confirmed`: the clause's title in the standard's table of contents names the item's topic.
 * - `content-inferred`: cxkit's reading of what the clause covers; an interpretation, not the title.
 */
export type ClauseBasis = 'toc-confirmed' | 'content-inferred';

/** The name (and optionally a short description) of one maturity level. */
export interface LevelDefinition {
  /** The level, 0–5. */
  readonly level: MaturityLevel;
  /** Its name, e.g. `{ 'zh-CN': '规范级', en: 'Defined' }`. */
  readonly labels: Labels;
  /** What the level generally means (optional). */
  readonly description?: Labels;
}

/** A clause of the reference standard that items can cite (number and a title in our own words). */
export interface ClauseDefinition {
  /** Clause number as printed, e.g. `'7.3'`. */
  readonly id: string;
  /** Title of the clause, in our own words (never the standard's text). */
  readonly labels: Labels;
}

/** A reference from a dimension, item or principle to a clause. */
export interface ClauseReference {
  /** A clause id listed in {@link ChecklistDefinition.clauses}. */
  readonly clause: string;
  /** Whether the reference is confirmed by the table of contents or inferred from the clause's subject. */
  readonly basis: ClauseBasis;
}

/** A principle that items are tagged with; the result has one score per principle. */
export interface PrincipleDefinition {
  /** Stable id, e.g. `'evidence-based'`. */
  readonly id: string;
  /** Display name. */
  readonly labels: Labels;
  /** Clauses the principle comes from (optional). */
  readonly clauses?: readonly ClauseReference[];
}

/** One criterion: a statement that holds (or not) for the organisation, describing one level of one item. */
export interface CriterionDefinition {
  /** Stable id, unique in the checklist, e.g. `'D08-2-L3'`. Answers refer to it. */
  readonly id: string;
  /** The level this criterion describes, 1–5. */
  readonly level: CriterionLevel;
  /** The statement. */
  readonly labels: Labels;
  /** Weight among the criteria of the same item and level (default 1). */
  readonly weight?: number;
}

/** An item: one practice assessed on the 1–5 scale through its criteria. */
export interface ItemDefinition {
  /** Stable id, unique in the checklist, e.g. `'D08-2'`. */
  readonly id: string;
  /** Name of the practice. */
  readonly labels: Labels;
  /** Clauses of the reference standard the item is structured after. */
  readonly clauses: readonly ClauseReference[];
  /** Ids of the principles the item expresses (from {@link ChecklistDefinition.principles}). */
  readonly principles: readonly string[];
  /** Weight among the items of its dimension (default 1). */
  readonly weight?: number;
  /** Overrides the dimension's `foundational` flag for this item (default: the dimension's). */
  readonly foundational?: boolean;
  /** Relative impact of closing a gap in this item, > 0 (default 1); a factor of the gap priority. */
  readonly impact?: number;
  /** Relative effort of closing a gap, > 0: 1 = low (default), 2 = medium, 3 = high; divides the gap priority. */
  readonly effort?: number;
  /** What evidence typically shows the criteria are met (documents, records, metrics). */
  readonly evidenceHints?: readonly Labels[];
  /** Metric keys (see {@link metricEvidence}) whose metric evidence counts as evidence for this item. */
  readonly metricKeys?: readonly string[];
  /** The criteria, at least one per level 1–5. */
  readonly criteria: readonly CriterionDefinition[];
}

/** A dimension: a group of items, one axis of the radar chart. */
export interface DimensionDefinition {
  /** Stable id, unique in the checklist, e.g. `'D08'`. */
  readonly id: string;
  /** Name of the dimension. */
  readonly labels: Labels;
  /** Clauses the dimension is structured after. */
  readonly clauses: readonly ClauseReference[];
  /** Weight among the dimensions in the overall result (default 1). */
  readonly weight?: number;
  /** Foundational dimensions raise the priority of their gaps by 25% (default `false`). */
  readonly foundational?: boolean;
  /** The items of the dimension (at least one). */
  readonly items: readonly ItemDefinition[];
}

/** The reference standard a checklist is structured after. */
export interface ChecklistSource {
  /** Designation, e.g. `'GB/T 42509-2023'`. */
  readonly standard: string;
  /** Title of the standard. */
  readonly title: Labels;
}

/** A complete maturity checklist: levels, clauses, principles, dimensions with items and criteria. */
export interface ChecklistDefinition {
  /** Stable id of the checklist, e.g. `'gbt42509-cx'`. Assessment inputs name it. */
  readonly id: string;
  /** Content version (e.g. `'1.0.0'`); assessment inputs must name the same version. */
  readonly version: string;
  /** Title of the checklist. */
  readonly labels: Labels;
  /** The reference standard, if the checklist is structured after one. */
  readonly source?: ChecklistSource;
  /** Text every result carries (what the assessment is and is not); a generic text is used when absent. */
  readonly disclaimer?: Labels;
  /** Names of levels 1–5 (required) and optionally 0. */
  readonly levels: readonly LevelDefinition[];
  /** Clauses that dimensions, items and principles may cite. */
  readonly clauses: readonly ClauseDefinition[];
  /** Principles that items may be tagged with. */
  readonly principles: readonly PrincipleDefinition[];
  /** The dimensions, in display order. */
  readonly dimensions: readonly DimensionDefinition[];
}
