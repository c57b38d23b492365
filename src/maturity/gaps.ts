/**
 * Turns the gaps of an assessment result into rows ready for a table, in one locale.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { assertInteger } from '../core/assert.js';
import { label, type Locale } from '../model/labels.js';
import type { AssessmentResult } from './result.js';

/** One row of {@link gapReport}. */
export interface GapReportRow {
  /** 1 for the highest priority. */
  readonly rank: number;
  /** The priority value (see `GapResult.priority`). */
  readonly priority: number;
  /** Item id. */
  readonly itemId: string;
  /** Item name. */
  readonly item: string;
  /** Dimension name. */
  readonly dimension: string;
  /** Clause numbers, comma-separated; `*` marks a content-inferred reference, e.g. `'7.3*, 8.1'`. */
  readonly clauses: string;
  /** Current score. */
  readonly current: number;
  /** Target. */
  readonly target: number;
  /** `current → target`, e.g. `'1.5 → 3'`. */
  readonly change: string;
  /** Unmet criteria up to the target, lowest level first, each prefixed by its level (`L2: …` / `第2级：…`). */
  readonly nextCriteria: readonly string[];
  /** Quick-win flag. */
  readonly quickWin: boolean;
  /** The rationale. */
  readonly rationale: string;
}

/** Options of {@link gapReport}. */
export interface GapReportOptions {
  /** Language of the texts (default `'en'`). */
  readonly locale?: Locale;
  /** Keep only the first `limit` rows (default: all). */
  readonly limit?: number;
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/**
 * The gaps of an assessment as table rows in one language, in the result's priority order: rank, priority, item,
 * dimension, clauses, `current → target`, the next criteria to meet and the quick-win flag. O(gaps × criteria).
 *
 * @throws CxError `INVALID_ARGUMENT` when `result` is not a result of {@link assess} (`['result']`) or the locale is
 *   not shipped (`['locale']`); `OUT_OF_RANGE` for a `limit` that is not an integer ≥ 0 (`['limit']`).
 * @example
 * const r = assess(GBT42509_CHECKLIST, { checklist: { id: 'gbt42509-cx', version: '1.0.0' }, answers: [{ criterion: 'D01-1-L1', status: 'met' as const }] });
 * const rows = gapReport(r, { locale: 'zh-CN', limit: 1 });
 * [rows.length, rows[0]?.rank, rows[0]?.change]; //=> [1, 1, '0 → 1']
 */
export function gapReport(result: AssessmentResult, options: GapReportOptions = {}): GapReportRow[] {
  if (typeof result !== 'object' || (result as unknown) === null || (result as { kind?: unknown }).kind !== 'maturity-assessment') {
    throw new CxError('INVALID_ARGUMENT', 'result must be a result of assess()', { path: ['result'] });
  }
  const locale = options.locale ?? 'en';
  label({ 'zh-CN': '', en: '' }, locale);
  const limit = options.limit ?? result.gaps.length;
  assertInteger(limit, 'limit', 0);
  const rows: GapReportRow[] = [];
  const n = Math.min(limit, result.gaps.length);
  for (let i = 0; i < n; i++) {
    const g = result.gaps[i]!;
    rows.push({
      rank: i + 1,
      priority: g.priority,
      itemId: g.item,
      item: label(g.labels, locale),
      dimension: label(g.dimensionLabels, locale),
      clauses: g.clauses.map((c) => (c.basis === 'content-inferred' ? `${c.clause}*` : c.clause)).join(', '),
      current: g.current,
      target: g.target,
      change: `${fmt(g.current)} → ${fmt(g.target)}`,
      nextCriteria: g.criteria.map((c) => `${locale === 'zh-CN' ? `第${String(c.level)}级：` : `L${String(c.level)}: `}${label(c.labels, locale)}`),
      quickWin: g.quickWin,
      rationale: label(g.rationale, locale),
    });
  }
  return rows;
}
