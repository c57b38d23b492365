/**
 * Pain points: touchpoints ranked by how much they hurt — a poor experience at high volume, and customers lost
 * right after them — with the reason for each rank.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';
import type { Channel, Labels } from '../model/labels.js';
import type { FunnelStep } from './funnel.js';
import { isList } from './compile.js';
import type { TouchpointMetrics } from './touchpoints.js';

/** Options of {@link painPoints}. */
export interface PainPointOptions {
  /**
   * The score that measures the experience: `'csat'`, `'ces'` or `'nps'`. Default: the mean of the gaps of every
   * metric the touchpoint has.
   */
  readonly metric?: 'nps' | 'csat' | 'ces';
  /** A {@link funnel} of the journey, to add the drop-off right after each touchpoint's stage. Default: none. */
  readonly funnel?: readonly FunnelStep[];
  /** Weight w of drop-off against experience, in [0, 1]: impact = (1 − w)·experienceLoss + w·dropOffLoss. Default 0.5 with a funnel; needs one. */
  readonly dropOffWeight?: number;
}

/** One ranked touchpoint (see {@link painPoints}). */
export interface PainPoint {
  /** 1 for the touchpoint that hurts most. */
  readonly rank: number;
  /** Touchpoint id. */
  readonly touchpointId: string;
  /** Display name. */
  readonly name: Labels;
  /** `'online'` or `'offline'`. */
  readonly channel: Channel;
  /** Interactions (from {@link touchpointMetrics}). */
  readonly volume: number;
  /** Experience gap in [0, 1]: (best − score)/(best − worst) of the metric, averaged over the metrics used; `null` when none. */
  readonly scoreGap: number | null;
  /** The metrics behind `scoreGap`. */
  readonly gapMetrics: ('nps' | 'csat' | 'ces')[];
  /** volume × scoreGap: interactions with a poor experience (0 when there is no score). */
  readonly experienceLoss: number;
  /** The stage after which drop-off is read: the latest of the touchpoint's stages in the funnel; `null` when none. */
  readonly dropOffStage: string | null;
  /** The funnel's `dropOffRate` at `dropOffStage`; `null` when there is none. */
  readonly dropOffRate: number | null;
  /** volume × dropOffRate: interactions followed by a customer lost (0 without a drop-off rate). */
  readonly dropOffLoss: number;
  /** (1 − w)·experienceLoss + w·dropOffLoss, the ranking key. */
  readonly impact: number;
  /** Why it ranks where it does, in both locales. */
  readonly reason: Labels;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
/** Three significant digits (whole numbers from 1000 up), without trailing zeros: 0.667, 1.33, 420, 12346. */
const num = (x: number): string => (Math.abs(x) >= 1000 ? String(Math.round(x)) : String(Number(x.toPrecision(3))));

/**
 * Ranks touchpoints by impact, with the rule stated:
 *
 * - **experience gap** of a metric: (best − score)/(best − worst) of its headline score, in [0, 1] — CSAT: share not
 *   satisfied, (100 − score)/100; CES: share not easy, (100 − easyShare)/100; NPS: (100 − NPS)/200. With no
 *   `metric`, the gaps of the metrics the touchpoint has are averaged.
 * - **experienceLoss** = volume × gap: how many interactions ended in a poor experience.
 * - **dropOffLoss** = volume × dropOffRate, where dropOffRate is the funnel's share of customers lost right after
 *   the touchpoint's stage (its latest stage in the funnel).
 * - **impact** = (1 − w)·experienceLoss + w·dropOffLoss, w = `dropOffWeight` (0.5 with a funnel, 0 without).
 *
 * Ties are broken by volume (larger first), then by id. Each entry carries the numbers and a bilingual `reason`
 * spelling out the computation. O(t log t) for t touchpoints.
 *
 * @param metrics - The output of {@link touchpointMetrics}.
 * @throws CxError `INVALID_ARGUMENT` for a malformed entry (`['metrics', i]`), an unknown `metric`, a
 *   `dropOffWeight` without a funnel; `OUT_OF_RANGE` / `NON_FINITE` for a `dropOffWeight` outside [0, 1].
 * @example
 * const tp = (id: string, score: number, volume: number) => ({ touchpointId: id, name: { 'zh-CN': id, en: id }, channel: 'online' as const, kind: 'app' as const, stages: [], volume, volumeSource: 'events' as const, responses: 10, csat: { score } as never });
 * const p = painPoints([tp('web', 90, 1000), tp('app', 60, 500)]);
 * p.map((x) => x.touchpointId); //=> ['app', 'web']
 * p[0]?.experienceLoss; //=> 200
 * p[0]?.reason.en; //=> 'Rank 1 of 2: impact 200 = 500 interactions × 40.0% experience gap (CSAT 60.0).'
 */
export function painPoints(metrics: readonly TouchpointMetrics[], options: PainPointOptions = {}): PainPoint[] {
  if (!isList(metrics)) throw new CxError('INVALID_ARGUMENT', `metrics must be an array, got ${describe(metrics)}`, { path: ['metrics'] });
  const { funnel } = options;
  const metric = options.metric as unknown;
  if (metric !== undefined && metric !== 'nps' && metric !== 'csat' && metric !== 'ces') {
    throw new CxError('INVALID_ARGUMENT', `metric must be 'nps', 'csat' or 'ces', got ${describe(metric)}`, { path: ['options', 'metric'] });
  }
  if (funnel !== undefined && !isList(funnel)) throw new CxError('INVALID_ARGUMENT', 'funnel must be the array funnel() returns', { path: ['options', 'funnel'] });
  let w = 0;
  if (options.dropOffWeight !== undefined) {
    if (funnel === undefined) throw new CxError('INVALID_ARGUMENT', 'dropOffWeight needs a funnel', { path: ['options', 'dropOffWeight'] });
    w = options.dropOffWeight;
    if (typeof w !== 'number' || !(w >= 0 && w <= 1)) {
      const code = typeof w !== 'number' ? 'INVALID_ARGUMENT' : Number.isNaN(w) || Math.abs(w) === Infinity ? 'NON_FINITE' : 'OUT_OF_RANGE';
      throw new CxError(code, `dropOffWeight must be in [0, 1], got ${describe(w)}`, { path: ['options', 'dropOffWeight'] });
    }
  } else if (funnel !== undefined) w = 0.5;
  const stagePos = new Map<string, number>();
  if (funnel !== undefined) for (let s = 0; s < funnel.length; s++) stagePos.set(funnel[s]!.stage, s);
  const rows: Omit<PainPoint, 'rank' | 'reason'>[] = [];
  const notes: { en: string; zh: string }[] = [];
  for (let i = 0; i < metrics.length; i++) {
    const m = metrics[i] as unknown as TouchpointMetrics | null;
    if (typeof m !== 'object' || m === null || typeof m.touchpointId !== 'string' || typeof m.volume !== 'number' || !(m.volume >= 0) || m.volume === Infinity) {
      throw new CxError('INVALID_ARGUMENT', `metrics[${i}] must be an entry of touchpointMetrics() with a finite volume ≥ 0`, { path: ['metrics', i] });
    }
    const gaps: [('nps' | 'csat' | 'ces'), number, number][] = [];
    const add = (name: 'nps' | 'csat' | 'ces', score: number | null | undefined, gap: (s: number) => number): void => {
      if ((metric === undefined || metric === name) && typeof score === 'number' && Number.isFinite(score)) gaps.push([name, score, Math.min(1, Math.max(0, gap(score)))]);
    };
    add('csat', m.csat?.score, (s) => (100 - s) / 100);
    add('ces', m.ces?.easyShare, (s) => (100 - s) / 100);
    add('nps', m.nps?.score, (s) => (100 - s) / 200);
    let scoreGap: number | null = null;
    if (gaps.length > 0) {
      scoreGap = 0;
      for (const g of gaps) scoreGap += g[2] / gaps.length;
    }
    let dropOffStage: string | null = null;
    let dropOffRate: number | null = null;
    let best = -1;
    for (const s of Array.isArray(m.stages) ? m.stages : []) {
      const pos = stagePos.get(s);
      if (pos !== undefined && pos > best) best = pos;
    }
    if (best >= 0) {
      dropOffStage = funnel![best]!.stage;
      dropOffRate = funnel![best]!.dropOffRate;
    }
    const experienceLoss = m.volume * (scoreGap ?? 0);
    const dropOffLoss = m.volume * (dropOffRate ?? 0);
    const impact = (1 - w) * experienceLoss + w * dropOffLoss;
    rows.push({ touchpointId: m.touchpointId, name: m.name, channel: m.channel, volume: m.volume, scoreGap, gapMetrics: gaps.map((g) => g[0]), experienceLoss, dropOffStage, dropOffRate, dropOffLoss, impact });
    const label = best >= 0 ? funnel![best]!.label : null;
    const scoreText = gaps.map((g) => `${g[0].toUpperCase()} ${g[1].toFixed(1)}`).join(', ');
    const expEn = scoreGap === null ? 'no experience score' : `${num(m.volume)} interactions × ${pct(scoreGap)} experience gap (${scoreText})`;
    const expZh = scoreGap === null ? '无体验评分' : `${num(m.volume)} 次接触 × ${pct(scoreGap)} 体验差距（${scoreText}）`;
    const dropEn = dropOffRate === null ? 'no funnel drop-off after it' : `${num(m.volume)} × ${pct(dropOffRate)} drop-off after ${label!.en}`;
    const dropZh = dropOffRate === null ? '其后无漏斗流失数据' : `${num(m.volume)} × ${label!['zh-CN']}之后 ${pct(dropOffRate)} 流失`;
    notes.push(w === 0 ? { en: `${expEn}.`, zh: `${expZh}。` } : { en: `${num(1 - w)} × ${expEn} + ${num(w)} × ${dropEn}.`, zh: `${num(1 - w)} × ${expZh} + ${num(w)} × ${dropZh}。` });
  }
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const x = rows[a]!;
    const y = rows[b]!;
    return y.impact - x.impact || y.volume - x.volume || (x.touchpointId < y.touchpointId ? -1 : x.touchpointId > y.touchpointId ? 1 : 0);
  });
  const total = rows.length;
  return order.map((i, r) => {
    const row = rows[i]!;
    const note = notes[i]!;
    return {
      rank: r + 1,
      ...row,
      reason: {
        'zh-CN': `第 ${r + 1} 名（共 ${total} 个）：影响 ${num(row.impact)} = ${note.zh}`,
        en: `Rank ${r + 1} of ${total}: impact ${num(row.impact)} = ${note.en}`,
      },
    };
  });
}
