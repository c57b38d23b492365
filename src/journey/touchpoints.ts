/**
 * Per-touchpoint volume and experience scores (NPS, CSAT, CES of the survey answers tied to each touchpoint).
 *
 * @module
 */
import { CxError, isCxError, type CxPath } from '../core/errors.js';
import { describe } from '../core/assert.js';
import { epochMs } from '../core/calendar.js';
import { readCustomerId, type CustomerId } from '../core/customer-id.js';
import { nps, type NpsOptions, type NpsResult } from '../survey/nps.js';
import { csat, type CsatOptions, type CsatResult } from '../survey/csat.js';
import { ces, type CesOptions, type CesResult } from '../survey/ces.js';
import type { ScoreScale } from '../survey/scale-tally.js';
import type { Channel, Labels, TouchpointKind } from '../model/labels.js';
import type { Touchpoint } from '../model/touchpoint.js';
import type { SurveyResponse } from '../model/survey-response.js';
import type { JourneyEventRecord } from './journey.js';
import { isList } from './compile.js';

/** Options of {@link touchpointMetrics}: the options of each survey metric (per-answer `weights` are not accepted). */
export interface TouchpointMetricsOptions {
  /** Options of {@link nps} (interval method, confidence). Default `{}`. */
  readonly nps?: Omit<NpsOptions, 'weights'>;
  /**
   * Options of {@link csat}. Default `{}`; the scale defaults to the `scale` the CSAT answers carry (they must all
   * agree), else 1–5.
   */
  readonly csat?: Omit<CsatOptions, 'weights'>;
  /**
   * Options of {@link ces}; `direction` is required as soon as there is a CES answer (CES 1.0 and 2.0 run opposite
   * ways). The scale defaults to the `scale` the CES answers carry (they must all agree), else 1–7.
   */
  readonly ces?: Omit<CesOptions, 'weights'>;
}

/** The volume and scores of one touchpoint (see {@link touchpointMetrics}). */
export interface TouchpointMetrics {
  /** Touchpoint id. */
  readonly touchpointId: string;
  /** Display name. */
  readonly name: Labels;
  /** `'online'` or `'offline'`. */
  readonly channel: Channel;
  /** The kind of touchpoint. */
  readonly kind: TouchpointKind;
  /** The journey stages it serves. */
  readonly stages: string[];
  /** Interactions: distinct events at the touchpoint when events were given, else the survey answers about it. */
  readonly volume: number;
  /** What `volume` counts. */
  readonly volumeSource: 'events' | 'responses';
  /** Survey answers about the touchpoint (NPS, CSAT and CES; attribute ratings are not counted). */
  readonly responses: number;
  /** NPS of its NPS answers; absent when it has none. */
  readonly nps?: NpsResult;
  /** CSAT of its CSAT answers; absent when it has none. */
  readonly csat?: CsatResult;
  /** CES of its CES answers; absent when it has none. */
  readonly ces?: CesResult;
}

/** The fields of a survey answer that {@link touchpointMetrics} reads. */
export type TouchpointAnswer = Pick<SurveyResponse, 'metric' | 'score' | 'scale' | 'touchpointId'>;

type ScoredMetric = 'nps' | 'csat' | 'ces';
const METRICS: readonly ScoredMetric[] = ['nps', 'csat', 'ces'];

/**
 * Volume and experience scores per touchpoint: each NPS, CSAT and CES answer with a `touchpointId` is grouped by
 * touchpoint and metric, and each group gets the full result of {@link nps}, {@link csat} or {@link ces}. Answers
 * without a touchpoint and attribute ratings are skipped. Volume is the number of distinct events at the
 * touchpoint when `events` are given (an event repeated with the same customer, time, type and touchpoint counts
 * once), else the number of answers about it. All answers of a metric must share one scale, so touchpoints are
 * comparable.
 *
 * O(r) for r answers plus O(e log e) for e events (one sort to count distinct events).
 *
 * @param touchpoints - The touchpoint definitions (ids unique); the result follows their order.
 * @param responses - Survey answers, in any order.
 * @param events - Optional journey events, for volumes.
 * @throws CxError `INVALID_ARGUMENT` for a duplicate touchpoint id (`['touchpoints', i, 'id']`), an answer or event
 *   about an unknown touchpoint (`['responses', i, 'touchpointId']`, `['events', i, 'touchpointId']`), an unknown
 *   metric (`['responses', i, 'metric']`), a scale that differs from the metric's (`['responses', i, 'scale']`), a
 *   CES answer without `options.ces.direction` (`['options', 'ces', 'direction']`); `INVALID_SCORE` for a score
 *   off its scale (`['responses', i, 'score']`); `INVALID_DATE` for a bad event date; errors of the metrics' options
 *   under `['options', metric, …]`.
 * @example
 * const tp = [{ id: 'app', name: { 'zh-CN': '应用', en: 'App' }, channel: 'online' as const, kind: 'app' as const, stages: ['purchase'] }];
 * const r = (score: number) => ({ metric: 'csat' as const, score, touchpointId: 'app' });
 * const [m] = touchpointMetrics(tp, [r(5), r(4), r(2), r(1)]);
 * m?.csat?.score; //=> 50
 * m?.volume; //=> 4
 * m?.nps === undefined; //=> true
 */
export function touchpointMetrics(
  touchpoints: readonly Touchpoint[],
  responses: readonly TouchpointAnswer[],
  events?: readonly JourneyEventRecord[],
  options: TouchpointMetricsOptions = {},
): TouchpointMetrics[] {
  const index = indexTouchpoints(touchpoints);
  const nt = touchpoints.length;
  if (!isList(responses)) throw new CxError('INVALID_ARGUMENT', `responses must be an array, got ${describe(responses)}`, { path: ['responses'] });
  if (typeof options !== 'object' || (options as unknown) === null) throw new CxError('INVALID_ARGUMENT', 'options must be an object', { path: ['options'] });
  // groups[metric][touchpoint] = indexes of the answers.
  const groups: Record<ScoredMetric, number[][]> = { nps: [], csat: [], ces: [] };
  for (const m of METRICS) for (let t = 0; t < nt; t++) groups[m].push([]);
  const scales: Record<ScoredMetric, ScoreScale | undefined> = { nps: { min: 0, max: 10 }, csat: options.csat?.scale, ces: options.ces?.scale };
  const count = new Float64Array(nt);
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i] as unknown;
    if (typeof r !== 'object' || r === null) throw new CxError('INVALID_ARGUMENT', `responses[${i}] must be an object, got ${describe(r)}`, { path: ['responses', i] });
    const { touchpointId, scale } = r as TouchpointAnswer;
    const metric = (r as TouchpointAnswer).metric as unknown;
    if (metric !== 'nps' && metric !== 'csat' && metric !== 'ces' && metric !== 'attribute') {
      throw new CxError('INVALID_ARGUMENT', `responses[${i}].metric must be nps, csat, ces or attribute, got ${describe(metric)}`, { path: ['responses', i, 'metric'] });
    }
    if (touchpointId === undefined || (touchpointId as unknown) === null || metric === 'attribute') continue;
    const t = index.get(touchpointId);
    if (t === undefined) throw unknownTouchpoint(touchpointId, ['responses', i, 'touchpointId']);
    if (scale !== undefined && (scale as unknown) !== null) {
      const want = scales[metric];
      if (want === undefined) scales[metric] = { min: scale.min, max: scale.max };
      else if (want.min !== scale.min || want.max !== scale.max) {
        throw new CxError(
          'INVALID_ARGUMENT',
          `responses[${i}].scale ${String(scale.min)}–${String(scale.max)} differs from the ${metric} scale ${String(want.min)}–${String(want.max)}: answers on different scales are not comparable`,
          { path: ['responses', i, 'scale'] },
        );
      }
    }
    groups[metric][t]!.push(i);
    count[t]!++;
  }
  const volumes = events === undefined ? null : eventVolumes(index, nt, events);
  const out: TouchpointMetrics[] = [];
  for (let t = 0; t < nt; t++) {
    const tp = touchpoints[t]!;
    const row: {
      -readonly [K in keyof TouchpointMetrics]: TouchpointMetrics[K];
    } = {
      touchpointId: tp.id,
      name: tp.name,
      channel: tp.channel,
      kind: tp.kind,
      stages: [...(tp.stages as readonly string[] | undefined ?? [])],
      volume: volumes === null ? count[t]! : volumes[t]!,
      volumeSource: volumes === null ? 'responses' : 'events',
      responses: count[t]!,
    };
    for (const m of METRICS) {
      const idx = groups[m][t]!;
      if (idx.length === 0) continue;
      const scores = new Float64Array(idx.length);
      for (let k = 0; k < idx.length; k++) scores[k] = (responses[idx[k]!] as TouchpointAnswer).score;
      try {
        if (m === 'nps') row.nps = nps(scores, options.nps);
        else if (m === 'csat') row.csat = csat(scores, { ...options.csat, scale: scales.csat });
        else {
          const o = options.ces;
          if (o?.direction === undefined) {
            throw new CxError('INVALID_ARGUMENT', "options.ces.direction is required to score CES answers: 'higher-is-easier' (CES 2.0) or 'lower-is-easier' (CES 1.0)", {
              path: ['options', 'ces', 'direction'],
            });
          }
          row.ces = ces(scores, { ...o, scale: scales.ces });
        }
      } catch (err) {
        throw remap(err, m, idx);
      }
    }
    out.push(row);
  }
  return out;
}

/** Touchpoint id → index; validates ids. */
function indexTouchpoints(touchpoints: readonly Touchpoint[]): Map<string, number> {
  if (!isList(touchpoints)) throw new CxError('INVALID_ARGUMENT', `touchpoints must be an array, got ${describe(touchpoints)}`, { path: ['touchpoints'] });
  const index = new Map<string, number>();
  for (let t = 0; t < touchpoints.length; t++) {
    const tp = touchpoints[t] as unknown;
    const id = typeof tp === 'object' && tp !== null ? (tp as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id.length === 0) {
      throw new CxError('INVALID_ARGUMENT', `touchpoints[${t}].id must be a non-empty string, got ${describe(id)}`, { path: ['touchpoints', t, 'id'] });
    }
    if (index.has(id)) throw new CxError('INVALID_ARGUMENT', `touchpoint id "${id}" appears twice`, { path: ['touchpoints', t, 'id'] });
    index.set(id, t);
  }
  return index;
}

function unknownTouchpoint(id: unknown, path: CxPath): CxError {
  return new CxError('INVALID_ARGUMENT', `touchpoint ${describe(id)} is not in the touchpoint list`, { path });
}

/** A metric's error: a score path `['scores', k]` becomes `['responses', i, 'score']`, an option path goes under `['options', metric]`. */
function remap(err: unknown, metric: ScoredMetric, idx: readonly number[]): unknown {
  if (!isCxError(err)) return err;
  const [head, k] = err.path;
  if (head === 'options') return err;
  const path: CxPath = head === 'scores' && typeof k === 'number' ? ['responses', idx[k]!, 'score'] : ['options', metric, ...err.path];
  const message = head === 'scores' && typeof k === 'number' ? err.message.replace(`scores[${String(k)}]`, `responses[${String(idx[k]!)}].score`) : err.message;
  return new CxError(err.code, message, { path, details: err.details, cause: err });
}

/** Distinct events (customer, time, type) per touchpoint: one comparison sort of the events with a touchpoint. */
function eventVolumes(index: Map<string, number>, nt: number, events: readonly JourneyEventRecord[]): Float64Array {
  if (!isList(events)) throw new CxError('INVALID_ARGUMENT', `events must be an array, got ${describe(events)}`, { path: ['events'] });
  const n = events.length;
  const tp = new Int32Array(n);
  const cust = new Int32Array(n);
  const typ = new Int32Array(n);
  const time = new Float64Array(n);
  const custIds = new Map<CustomerId, number>();
  const types = new Map<string, number>();
  let m = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i] as unknown;
    if (typeof e !== 'object' || e === null) throw new CxError('INVALID_ARGUMENT', `events[${i}] must be an event object, got ${describe(e)}`, { path: ['events', i] });
    const ev = e as JourneyEventRecord;
    const id = ev.touchpointId;
    if (id === undefined || id === null) continue;
    const t = index.get(id);
    if (t === undefined) throw unknownTouchpoint(id, ['events', i, 'touchpointId']);
    const c = readCustomerId(ev.customerId, ['events', i, 'customerId']);
    let ci = custIds.get(c);
    if (ci === undefined) custIds.set(c, (ci = custIds.size));
    const type = ev.type as unknown;
    if (typeof type !== 'string') throw new CxError('INVALID_ARGUMENT', `events[${i}].type must be a string, got ${describe(type)}`, { path: ['events', i, 'type'] });
    let ti = types.get(type);
    if (ti === undefined) types.set(type, (ti = types.size));
    tp[m] = t;
    cust[m] = ci;
    typ[m] = ti;
    time[m] = epochMs(ev.occurredAt, ['events', i, 'occurredAt']);
    m++;
  }
  const order = new Uint32Array(m);
  for (let j = 0; j < m; j++) order[j] = j;
  const cmp = (a: number, b: number): number => tp[a]! - tp[b]! || cust[a]! - cust[b]! || time[a]! - time[b]! || typ[a]! - typ[b]!;
  order.sort(cmp);
  const volume = new Float64Array(nt);
  for (let j = 0; j < m; j++) if (j === 0 || cmp(order[j - 1]!, order[j]!) !== 0) volume[tp[order[j]!]!]!++;
  return volume;
}
