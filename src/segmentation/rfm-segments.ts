/**
 * Named RFM segments: rules over score ranges (first match wins), their default table, a per-segment summary,
 * and a validator that finds shadowed rules and uncovered score cells.
 *
 * @module
 */
import { CxError, type CxPath } from '../core/errors.js';
import { describe, isArrayLike } from '../core/assert.js';
import { addToSum, emptySum, sumValue, type CompensatedSum } from '../core/sum.js';
import type { Labels } from '../model/labels.js';
import type { RfmBins, RfmCustomer, RfmResult } from './rfm.js';

/**
 * A named segment: customers whose scores all lie in the inclusive ranges `[min, max]` (integers ≥ 1).
 */
export interface RfmSegmentRule {
  /** Stable id used in data (not `'others'`, which is reserved for customers no rule matches). */
  readonly id: string;
  /** Display labels. */
  readonly label: Labels;
  /** Inclusive range of recency scores. */
  readonly recency: readonly [number, number];
  /** Inclusive range of frequency scores. */
  readonly frequency: readonly [number, number];
  /** Inclusive range of monetary scores. */
  readonly monetary: readonly [number, number];
}

/**
 * The common RFM segment table (the R package `rfm` v0.3.0 vignette), in order, for 5 bins; first match wins.
 *
 * | id | R | F | M |
 * |---|---|---|---|
 * | champions | 5 | 5 | 5 |
 * | potential-loyalist | 3–5 | 3–5 | 2–5 |
 * | loyal-customers | 2–4 | 2–4 | 2–4 |
 * | promising | 3–4 | 1–3 | 3–5 |
 * | new-customers | 4–5 | 1–3 | 1–5 |
 * | cant-lose-them | 1–2 | 3–4 | 4–5 |
 * | at-risk | 1–2 | 2–5 | 4–5 |
 * | need-attention | 1–3 | 3–5 | 3–5 |
 * | about-to-sleep | 2–3 | 1–3 | 1–4 |
 * | lost | 1 | 1–5 | 1–5 |
 *
 * Later rules overlap earlier ones (they only get what is left), and 10 of the 125 score cells match no rule
 * (codes 215, 241, 251, 252, 341, 351, 441, 451, 541, 551: their customers go to `'others'`); see
 * {@link validateSegmentRules}. The English labels follow the vignette; the Chinese ones are cxkit's.
 *
 * @example
 * DEFAULT_RFM_SEGMENTS.length; //=> 10
 * DEFAULT_RFM_SEGMENTS[0]?.label['zh-CN']; //=> '冠军客户'
 */
export const DEFAULT_RFM_SEGMENTS: readonly RfmSegmentRule[] = /* @__PURE__ */ Object.freeze([
  { id: 'champions', label: { 'zh-CN': '冠军客户', en: 'Champions' }, recency: [5, 5], frequency: [5, 5], monetary: [5, 5] },
  { id: 'potential-loyalist', label: { 'zh-CN': '潜在忠诚客户', en: 'Potential loyalists' }, recency: [3, 5], frequency: [3, 5], monetary: [2, 5] },
  { id: 'loyal-customers', label: { 'zh-CN': '忠诚客户', en: 'Loyal customers' }, recency: [2, 4], frequency: [2, 4], monetary: [2, 4] },
  { id: 'promising', label: { 'zh-CN': '有潜力客户', en: 'Promising' }, recency: [3, 4], frequency: [1, 3], monetary: [3, 5] },
  { id: 'new-customers', label: { 'zh-CN': '新客户', en: 'New customers' }, recency: [4, 5], frequency: [1, 3], monetary: [1, 5] },
  { id: 'cant-lose-them', label: { 'zh-CN': '不能失去的客户', en: "Can't lose them" }, recency: [1, 2], frequency: [3, 4], monetary: [4, 5] },
  { id: 'at-risk', label: { 'zh-CN': '有流失风险客户', en: 'At risk' }, recency: [1, 2], frequency: [2, 5], monetary: [4, 5] },
  { id: 'need-attention', label: { 'zh-CN': '需要关注客户', en: 'Need attention' }, recency: [1, 3], frequency: [3, 5], monetary: [3, 5] },
  { id: 'about-to-sleep', label: { 'zh-CN': '即将沉睡客户', en: 'About to sleep' }, recency: [2, 3], frequency: [1, 3], monetary: [1, 4] },
  { id: 'lost', label: { 'zh-CN': '已流失客户', en: 'Lost' }, recency: [1, 1], frequency: [1, 5], monetary: [1, 5] },
] as const);

/**
 * The segment of customers no rule matches.
 *
 * @example
 * OTHERS_SEGMENT.label.en; //=> 'Others'
 */
export const OTHERS_SEGMENT: {
  /** Always `'others'`. */
  readonly id: 'others';
  /** Its labels. */
  readonly label: Labels;
} = /* @__PURE__ */ Object.freeze({
  id: 'others',
  label: Object.freeze({ 'zh-CN': '其他客户', en: 'Others' }),
});

/** A customer's RFM scores with the segment they fall in. */
export interface RfmSegmentedCustomer extends RfmCustomer {
  /** Id of the first matching rule, or `'others'`. */
  readonly segment: string;
  /** Labels of that segment. */
  readonly label: Labels;
}

/** Summary of one segment. */
export interface RfmSegmentSummary {
  /** Segment id (`'others'` last). */
  readonly segment: string;
  /** Segment labels. */
  readonly label: Labels;
  /** Number of customers. */
  readonly count: number;
  /** Share of all customers, in [0, 1]; `null` when there are no customers at all. */
  readonly share: number | null;
  /** Total number of purchases (Σ frequency). */
  readonly orders: number;
  /** Revenue: Σ monetary (Σ monetary × frequency when monetary is the mean). */
  readonly revenue: number;
  /** Mean recency in days; `null` for an empty segment. */
  readonly meanRecencyDays: number | null;
  /** Mean frequency; `null` for an empty segment. */
  readonly meanFrequency: number | null;
  /** Mean monetary value; `null` for an empty segment. */
  readonly meanMonetary: number | null;
}

/** The result of {@link rfmSegments}. */
export interface RfmSegmentsResult {
  /** Every customer (in the order of the scores) with their segment. */
  readonly customers: RfmSegmentedCustomer[];
  /** One row per rule, in rule order, then `'others'`; empty segments included (count 0). */
  readonly segmentSummary: RfmSegmentSummary[];
}

type Range = readonly [number, number];
const DIMS = ['recency', 'frequency', 'monetary'] as const;

function readRules(rules: unknown): RfmSegmentRule[] {
  if (!isArrayLike(rules)) throw new CxError('INVALID_ARGUMENT', `rules must be an array of segment rules, got ${describe(rules)}`, { path: ['rules'] });
  const seen = new Set<string>(['others']);
  const out: RfmSegmentRule[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as Partial<Record<keyof RfmSegmentRule, unknown>> | null;
    if (typeof rule !== 'object' || rule === null) throw new CxError('INVALID_ARGUMENT', `rules[${String(i)}] must be an object`, { path: ['rules', i] });
    const id = rule.id;
    if (typeof id !== 'string' || id === '' || seen.has(id)) {
      const why = typeof id === 'string' && id !== '' ? (id === 'others' ? "'others' is reserved for unmatched customers" : `id ${describe(id)} is used twice`) : 'a rule needs a non-empty string id';
      throw new CxError('INVALID_ARGUMENT', why, { path: ['rules', i, 'id'] });
    }
    seen.add(id);
    const label = rule.label as Partial<Labels> | null | undefined;
    if (typeof label !== 'object' || label === null || typeof label['zh-CN'] !== 'string' || typeof label.en !== 'string') {
      throw new CxError('INVALID_ARGUMENT', `rule ${describe(id)} needs labels { 'zh-CN': string, en: string }`, { path: ['rules', i, 'label'] });
    }
    for (const d of DIMS) readRange(rule[d], ['rules', i, d]);
    out.push(rule as RfmSegmentRule);
  }
  return out;
}

function readRange(r: unknown, path: CxPath): Range {
  if (!Array.isArray(r) || r.length !== 2) throw new CxError('INVALID_ARGUMENT', `a score range must be [min, max], got ${describe(r)}`, { path });
  const [lo, hi] = r as unknown[];
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || (lo as number) < 1 || (lo as number) > (hi as number)) {
    throw new CxError('OUT_OF_RANGE', `a score range must be integers 1 ≤ min ≤ max, got [${describe(lo)}, ${describe(hi)}]`, { path });
  }
  return [lo as number, hi as number];
}

function isScore(x: unknown): boolean {
  return Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 9;
}

function within(x: number, r: Range): boolean {
  return x >= r[0] && x <= r[1];
}

/** Index of the first rule matching a cell, or −1. */
function firstMatch(rules: readonly RfmSegmentRule[], r: number, f: number, m: number): number {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (within(r, rule.recency) && within(f, rule.frequency) && within(m, rule.monetary)) return i;
  }
  return -1;
}

/**
 * Assigns each scored customer to the first rule whose three score ranges contain its scores (unmatched →
 * `'others'`) and summarises every segment: count, share of customers, orders, revenue and the mean recency
 * (days), frequency and monetary value. Sums are compensated (Neumaier).
 *
 * The rule of each of the ≤ 729 score cells is looked up once, so assignment is O(rules · cells + n).
 *
 * @param scored - the result of {@link rfm}.
 * @param rules - segment rules in priority order (default {@link DEFAULT_RFM_SEGMENTS}).
 * @throws CxError `INVALID_ARGUMENT` for a malformed rule (path `['rules', i, field]`: id missing, repeated or
 *   `'others'`, labels missing, a range not `[min, max]`) or a `scored` without customers; `OUT_OF_RANGE` for a
 *   range that is not integers `1 ≤ min ≤ max`.
 * @example
 * const scored = rfm([{ customerId: 'a', recencyDays: 3, frequency: 9, monetary: 900 }, { customerId: 'b', recencyDays: 300, frequency: 1, monetary: 20 }], { bins: 2 });
 * const seg = rfmSegments(scored, [{ id: 'best', label: { 'zh-CN': '最佳', en: 'Best' }, recency: [2, 2], frequency: [1, 2], monetary: [2, 2] }]);
 * seg.customers.map((c) => c.segment); //=> ['best', 'others']
 * seg.segmentSummary.map((s) => s.count); //=> [1, 1]
 */
export function rfmSegments(scored: RfmResult, rules: readonly RfmSegmentRule[] = DEFAULT_RFM_SEGMENTS): RfmSegmentsResult {
  const list = readRules(rules);
  const customers = (scored as Partial<RfmResult> | null)?.customers;
  if (!Array.isArray(customers)) throw new CxError('INVALID_ARGUMENT', 'scored must be the result of rfm()', { path: ['scored'] });
  const cell = new Int16Array(1000).fill(-2); // −2: not computed yet
  const k = list.length + 1;
  const count = new Array<number>(k).fill(0);
  const orders = new Array<number>(k).fill(0);
  const sums: { revenue: CompensatedSum; recency: CompensatedSum; frequency: CompensatedSum; monetary: CompensatedSum }[] = [];
  for (let i = 0; i < k; i++) sums.push({ revenue: emptySum(), recency: emptySum(), frequency: emptySum(), monetary: emptySum() });
  const mean = scored.monetary === 'mean';
  const out: RfmSegmentedCustomer[] = new Array<RfmSegmentedCustomer>(customers.length);
  for (let j = 0; j < customers.length; j++) {
    const c = customers[j]!;
    const code = 100 * c.r + 10 * c.f + c.m;
    if (!(isScore(c.r) && isScore(c.f) && isScore(c.m))) {
      throw new CxError('INVALID_ARGUMENT', `scores must be integers 1–9, got r = ${describe(c.r)}, f = ${describe(c.f)}, m = ${describe(c.m)}`, {
        path: ['scored', 'customers', j],
      });
    }
    let s = cell[code]!;
    if (s === -2) {
      s = firstMatch(list, c.r, c.f, c.m);
      cell[code] = s;
    }
    const seg = s < 0 ? k - 1 : s;
    const def = s < 0 ? OTHERS_SEGMENT : list[s]!;
    out[j] = {
      customerId: c.customerId,
      recencyDays: c.recencyDays,
      frequency: c.frequency,
      monetary: c.monetary,
      r: c.r,
      f: c.f,
      m: c.m,
      code: c.code,
      segment: def.id,
      label: def.label,
    };
    count[seg]!++;
    orders[seg]! += c.frequency;
    const acc = sums[seg]!;
    acc.revenue = addToSum(acc.revenue, mean ? c.monetary * c.frequency : c.monetary);
    acc.recency = addToSum(acc.recency, c.recencyDays);
    acc.frequency = addToSum(acc.frequency, c.frequency);
    acc.monetary = addToSum(acc.monetary, c.monetary);
  }
  const n = customers.length;
  const segmentSummary: RfmSegmentSummary[] = [];
  for (let i = 0; i < k; i++) {
    const def = i < list.length ? list[i]! : OTHERS_SEGMENT;
    const c = count[i]!;
    const acc = sums[i]!;
    segmentSummary.push({
      segment: def.id,
      label: def.label,
      count: c,
      share: n === 0 ? null : c / n,
      orders: orders[i]!,
      revenue: sumValue(acc.revenue),
      meanRecencyDays: c === 0 ? null : sumValue(acc.recency) / c,
      meanFrequency: c === 0 ? null : sumValue(acc.frequency) / c,
      meanMonetary: c === 0 ? null : sumValue(acc.monetary) / c,
    });
  }
  return { customers: out, segmentSummary };
}

/** An overlap of two rules: cells both match, which the earlier rule wins. */
export interface RfmRuleOverlap {
  /** Id of the later rule (it loses the cells). */
  readonly rule: string;
  /** Id of the earlier rule (it wins them). */
  readonly shadowedBy: string;
  /** Number of score cells both match (within the bins). */
  readonly cells: number;
}

/** The report of {@link validateSegmentRules}. */
export interface RfmRulesReport {
  /** Every pair of rules matching common cells, in rule order. */
  readonly overlaps: RfmRuleOverlap[];
  /** Ids of rules that never win a cell: fully shadowed by earlier rules (or entirely outside the bins). */
  readonly shadowed: string[];
  /** Codes `100r + 10f + m` of the cells no rule matches (their customers go to `'others'`), ascending. */
  readonly uncovered: number[];
  /** Ids of rules whose ranges reach beyond the bins (a sign they were written for another number of bins). */
  readonly outOfRange: string[];
  /** Number of cells each rule wins, by id. */
  readonly cellsWon: Record<string, number>;
  /** True when every cell is matched by some rule. */
  readonly complete: boolean;
  /** True when no two rules match a common cell (so the order does not matter). */
  readonly disjoint: boolean;
}

/**
 * Checks a rule set against the score grid `1…bins` per dimension: which rules overlap (the later one loses the
 * common cells), which are shadowed entirely, which cells no rule matches, and which ranges exceed the bins.
 * O(rules² · cells).
 *
 * @param rules - segment rules in priority order.
 * @param bins - bins per dimension: a number for all three, or `{ recency, frequency, monetary }` (e.g. `rfm(…).bins`).
 * @throws CxError as {@link rfmSegments} for malformed rules; `OUT_OF_RANGE` (path `['bins']`) unless every bin
 *   count is an integer 2–9.
 * @example
 * const report = validateSegmentRules(DEFAULT_RFM_SEGMENTS, 5);
 * report.uncovered.length; //=> 10
 * report.cellsWon['loyal-customers']; //=> 15
 * report.overlaps[0]; //=> { rule: 'potential-loyalist', shadowedBy: 'champions', cells: 1 }
 */
export function validateSegmentRules(rules: readonly RfmSegmentRule[], bins: number | RfmBins): RfmRulesReport {
  const list = readRules(rules);
  const b = readBins(bins);
  const overlapCells = new Map<string, number>();
  const cellsWon: Record<string, number> = {};
  for (const rule of list) cellsWon[rule.id] = 0;
  const uncovered: number[] = [];
  const hits: number[] = [];
  for (let r = 1; r <= b.recency; r++) {
    for (let f = 1; f <= b.frequency; f++) {
      for (let m = 1; m <= b.monetary; m++) {
        hits.length = 0;
        for (let i = 0; i < list.length; i++) {
          const rule = list[i]!;
          if (within(r, rule.recency) && within(f, rule.frequency) && within(m, rule.monetary)) hits.push(i);
        }
        if (hits.length === 0) uncovered.push(100 * r + 10 * f + m);
        else cellsWon[list[hits[0]!]!.id]!++;
        for (let a = 0; a < hits.length; a++) {
          for (let c = a + 1; c < hits.length; c++) {
            const key = `${String(hits[a])},${String(hits[c])}`;
            overlapCells.set(key, (overlapCells.get(key) ?? 0) + 1);
          }
        }
      }
    }
  }
  const overlaps: RfmRuleOverlap[] = [];
  const keys = [...overlapCells.keys()].map((key) => key.split(',').map(Number) as [number, number]);
  keys.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  for (const [a, c] of keys) overlaps.push({ rule: list[c]!.id, shadowedBy: list[a]!.id, cells: overlapCells.get(`${String(a)},${String(c)}`)! });
  const shadowed = list.filter((rule) => cellsWon[rule.id] === 0).map((rule) => rule.id);
  const outOfRange = list.filter((rule) => rule.recency[1] > b.recency || rule.frequency[1] > b.frequency || rule.monetary[1] > b.monetary).map((rule) => rule.id);
  return { overlaps, shadowed, uncovered, outOfRange, cellsWon, complete: uncovered.length === 0, disjoint: overlaps.length === 0 };
}

function readBins(bins: unknown): RfmBins {
  const one = (x: unknown, path: CxPath): number => {
    if (!Number.isInteger(x) || (x as number) < 2 || (x as number) > 9) {
      throw new CxError('OUT_OF_RANGE', `bins must be an integer 2–9, got ${describe(x)}`, { path });
    }
    return x as number;
  };
  if (typeof bins === 'object' && bins !== null) {
    const o = bins as Partial<Record<(typeof DIMS)[number], unknown>>;
    return { recency: one(o.recency, ['bins', 'recency']), frequency: one(o.frequency, ['bins', 'frequency']), monetary: one(o.monetary, ['bins', 'monetary']) };
  }
  const x = one(bins, ['bins']);
  return { recency: x, frequency: x, monetary: x };
}
