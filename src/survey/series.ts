/**
 * NPS, CSAT and CES of survey responses over time (one result per calendar period, with the change against the
 * previous period and its significance) and by segment (touchpoint, journey stage, any attribute).
 *
 * @module
 */
import { describe, isArrayLike } from '../core/assert.js';
import { epochMs } from '../core/calendar.js';
import { CxError, isCxError } from '../core/errors.js';
import { parsePeriodKey, periodEnd, periodKey, periodRange, periodStart, type Period, type PeriodOptions } from '../core/period.js';
import type { SurveyResponse } from '../model/survey-response.js';
import { ces, cesTally, mergeCesTally, type CesOptions, type CesResult } from './ces.js';
import { compareCes, compareCsat, compareNps, type DifferenceTest } from './compare.js';
import { csat, csatTally, mergeCsatTally, type CsatOptions, type CsatResult } from './csat.js';
import { mergeNpsTally, nps, npsTally, type NpsOptions, type NpsResult } from './nps.js';

/** NPS options of {@link metricSeries} and {@link metricBy}: those of {@link nps} without `weights`. */
export interface NpsMetricOptions extends Omit<NpsOptions, 'weights'> {
  /** The metric: responses with `metric: 'nps'`. */
  readonly metric: 'nps';
}

/** CSAT options of {@link metricSeries} and {@link metricBy}: those of {@link csat} without `weights`. */
export interface CsatMetricOptions extends Omit<CsatOptions, 'weights'> {
  /** The metric: responses with `metric: 'csat'`. */
  readonly metric: 'csat';
}

/** CES options of {@link metricSeries} and {@link metricBy}: those of {@link ces} without `weights` (`direction` required). */
export interface CesMetricOptions extends Omit<CesOptions, 'weights'> {
  /** The metric: responses with `metric: 'ces'`. */
  readonly metric: 'ces';
}

/** Which metric to compute, with that metric's options. */
export type MetricOptions = NpsMetricOptions | CsatMetricOptions | CesMetricOptions;

/** The result type of each metric. */
export interface MetricResultMap {
  /** {@link nps}. */
  readonly nps: NpsResult;
  /** {@link csat}. */
  readonly csat: CsatResult;
  /** {@link ces}. */
  readonly ces: CesResult;
}

/** Calendar options of {@link metricSeries}. */
export interface SeriesPeriodOptions extends PeriodOptions {
  /** The period of each bucket: `'day'`, `'week'`, `'isoWeek'`, `'month'`, `'quarter'` or `'year'`. */
  readonly period: Period;
}

/** Options of {@link metricSeries}: the metric and its options, the period, and the calendar. */
export type MetricSeriesOptions = MetricOptions & SeriesPeriodOptions;

/** One period of {@link metricSeries}. */
export interface MetricPeriod<R> {
  /** The period's key (see `periodKey`), e.g. `'2026-11'`, `'2026-W48'`. */
  readonly period: string;
  /** First instant of the period, ISO 8601 (UTC). */
  readonly start: string;
  /** Responses in the period. */
  readonly n: number;
  /** The headline number: the NPS score, the CSAT score (% satisfied), or the CES easy share; `null` when n = 0. */
  readonly score: number | null;
  /** The metric's full result for the period. */
  readonly result: R;
  /**
   * This period against the previous calendar period (this − previous): `compareNps` for NPS, the two-proportion z
   * test of `compareCsat` / `compareCes(…).easyShare` for CSAT and CES, with `significant`. Its fields are `null`
   * (and `significant` false) when either period has no response; the whole field is `null` for the first period.
   */
  readonly change: DifferenceTest | null;
}

/** One segment of {@link metricBy}. */
export interface MetricSegment<R> {
  /** The segment's key, or `null` for the responses without one. */
  readonly segment: string | null;
  /** Responses in the segment. */
  readonly n: number;
  /** The headline number (NPS score, CSAT %, CES easy share); `null` when n = 0. */
  readonly score: number | null;
  /** The metric's full result for the segment. */
  readonly result: R;
  /**
   * This segment against all the other responses merged (this − rest), tested as `change` in {@link MetricPeriod}.
   * One test per segment, not adjusted for multiple comparisons. Fields `null` when there is no other response.
   */
  readonly versusRest: DifferenceTest;
}

/** How {@link metricBy} finds a response's segment: a field, an attribute name, or a function. */
export type SegmentKey = 'touchpointId' | 'journeyStage' | (string & {}) | ((response: SurveyResponse, index: number) => string | null | undefined);

interface Engine {
  readonly metric: 'nps' | 'csat' | 'ces';
  readonly scale: { readonly min: number; readonly max: number };
  tally(scores: number[]): unknown;
  merge(a: unknown, b: unknown): unknown;
  finish(t: unknown): NpsResult | CsatResult | CesResult;
  compare(a: NpsResult | CsatResult | CesResult, b: NpsResult | CsatResult | CesResult): DifferenceTest;
  headline(r: NpsResult | CsatResult | CesResult): number | null;
}

/** Every option of every metric, unchecked. */
interface LooseOptions {
  readonly metric?: unknown;
  readonly confidence?: number;
  readonly interval?: NpsOptions['interval'];
  readonly resamples?: number;
  readonly seed?: number | string;
  readonly scale?: { readonly min: number; readonly max: number };
  readonly satisfiedAtLeast?: number;
  readonly allowFractional?: boolean;
  readonly direction?: CesOptions['direction'];
  readonly easyAtLeast?: number;
  readonly easyAtMost?: number;
}

/** The tally, merge, finish and compare steps of the chosen metric; validates its options once. */
function engineOf(options: unknown): Engine {
  if (typeof options !== 'object' || options === null) {
    throw new CxError('INVALID_ARGUMENT', `options must be an object with a metric, got ${describe(options)}`, { path: [] });
  }
  const o = options as LooseOptions;
  const compareOptions = o.confidence === undefined ? {} : { confidence: o.confidence };
  let engine: Engine;
  if (o.metric === 'nps') {
    const finish: Record<string, unknown> = { ...compareOptions };
    if (o.interval !== undefined) finish.interval = o.interval;
    if (o.resamples !== undefined) finish.resamples = o.resamples;
    if (o.seed !== undefined) finish.seed = o.seed;
    engine = {
      metric: 'nps',
      scale: { min: 0, max: 10 },
      tally: (s) => npsTally(s),
      merge: (a, b) => mergeNpsTally(a as never, b as never),
      finish: (t) => nps(t as never, finish),
      compare: (a, b) => compareNps(a as NpsResult, b as NpsResult, compareOptions),
      headline: (r) => (r as NpsResult).score,
    };
  } else if (o.metric === 'csat') {
    const spec: Record<string, unknown> = {};
    if (o.scale !== undefined) spec.scale = o.scale;
    if (o.satisfiedAtLeast !== undefined) spec.satisfiedAtLeast = o.satisfiedAtLeast;
    if (o.allowFractional !== undefined) spec.allowFractional = o.allowFractional;
    engine = {
      metric: 'csat',
      scale: o.scale ?? { min: 1, max: 5 },
      tally: (s) => csatTally(s, spec),
      merge: (a, b) => mergeCsatTally(a as never, b as never),
      finish: (t) => csat(t as never, compareOptions),
      compare: (a, b) => compareCsat(a as CsatResult, b as CsatResult, compareOptions),
      headline: (r) => (r as CsatResult).score,
    };
  } else if (o.metric === 'ces') {
    const spec: Record<string, unknown> = { direction: o.direction };
    if (o.scale !== undefined) spec.scale = o.scale;
    if (o.easyAtLeast !== undefined) spec.easyAtLeast = o.easyAtLeast;
    if (o.easyAtMost !== undefined) spec.easyAtMost = o.easyAtMost;
    if (o.allowFractional !== undefined) spec.allowFractional = o.allowFractional;
    engine = {
      metric: 'ces',
      scale: o.scale ?? { min: 1, max: 7 },
      tally: (s) => cesTally(s, spec as unknown as CesOptions),
      merge: (a, b) => mergeCesTally(a as never, b as never),
      finish: (t) => ces(t as never, { ...compareOptions, direction: (t as { direction: CesOptions['direction'] }).direction }),
      compare: (a, b) => compareCes(a as CesResult, b as CesResult, compareOptions).easyShare,
      headline: (r) => (r as CesResult).easyShare,
    };
  } else {
    throw new CxError('INVALID_ARGUMENT', `metric must be 'nps', 'csat' or 'ces', got ${describe(o.metric)}`, { path: ['metric'] });
  }
  // Validate the metric's options (and confidence) now, even when no response matches.
  engine.finish(engine.tally([]));
  return engine;
}

/** A group of responses: their scores and their indices in `responses` (for error paths). */
interface Group {
  readonly scores: number[];
  readonly index: number[];
}

function checkResponses(responses: unknown): asserts responses is ArrayLike<unknown> {
  if (!isArrayLike(responses)) {
    throw new CxError('INVALID_ARGUMENT', `responses must be an array of SurveyResponse records, got ${describe(responses)}`, { path: ['responses'] });
  }
}

/** Response `i` when its metric is the engine's (else `null`), with its scale checked against the options. */
function matching(responses: ArrayLike<unknown>, i: number, engine: Engine): SurveyResponse | null {
  const r = responses[i];
  if (typeof r !== 'object' || r === null) {
    throw new CxError('INVALID_ARGUMENT', `responses[${i}] must be a SurveyResponse object, got ${describe(r)}`, { path: ['responses', i] });
  }
  const res = r as SurveyResponse;
  if (res.metric !== engine.metric) return null;
  const s = res.scale as { min?: unknown; max?: unknown } | undefined;
  if (s !== undefined && (s.min !== engine.scale.min || s.max !== engine.scale.max)) {
    throw new CxError('INVALID_ARGUMENT', `responses[${i}].scale (${describe(s.min)}–${describe(s.max)}) differs from the scale of the options (${engine.scale.min}–${engine.scale.max})`, {
      path: ['responses', i, 'scale'],
    });
  }
  return res;
}

/** Tallies a group; an invalid score is reported at `['responses', i, 'score']`. */
function tallyGroup(engine: Engine, g: Group): unknown {
  try {
    return engine.tally(g.scores);
  } catch (e) {
    if (isCxError(e) && e.path[0] === 'scores' && typeof e.path[1] === 'number') {
      const i = g.index[e.path[1]]!;
      throw new CxError(e.code, e.message.replace(`scores[${e.path[1]}]`, `responses[${i}].score`), { path: ['responses', i, 'score'], details: e.details });
    }
    throw e;
  }
}

function push(groups: Map<string | null, Group>, key: string | null, score: unknown, i: number): void {
  let g = groups.get(key);
  if (g === undefined) {
    g = { scores: [], index: [] };
    groups.set(key, g);
  }
  g.scores.push(score as number);
  g.index.push(i);
}

/** Runs a period function, reporting its option errors at the flat option names (`['timeZone']`, …). */
function calendar<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isCxError(e) && e.path[0] === 'options') throw new CxError(e.code, e.message, { path: e.path.slice(1), details: e.details });
    throw e;
  }
}

/**
 * A survey metric per calendar period: every period from the first response's to the last response's (periods
 * without responses included, with `n: 0`), in order, each with the metric's result and the change against the
 * previous period with its significance.
 *
 * Only responses whose `metric` is `options.metric` are used. The period of a response is that of its
 * `respondedAt` in `options.timeZone` (UTC by default; see `periodKey`). Per period the answers are tallied
 * (`npsTally`, `csatTally`, `cesTally`) and finished with the metric's options (`confidence`, NPS `interval`, CSAT
 * `scale` / `satisfiedAtLeast`, CES `direction` / `scale` / `easyAtLeast` …). The change is tested with `compareNps`
 * (NPS) or a two-proportion z test of the share (`compareCsat`, `compareCes(…).easyShare`), against the
 * immediately previous period even when that one is empty (then the test's fields are `null`). A response with a
 * `scale` other than the options' is refused. One pass over the responses (the period key is recomputed only when
 * a response falls outside the previous one's period, so sorted input is cheapest), then O(periods). The result is
 * plain JSON.
 *
 * @throws CxError `INVALID_ARGUMENT` for a malformed `responses`, response (`['responses', i]`), options, unknown
 *   metric (`['metric']`) or a response scale that differs from the options' (`['responses', i, 'scale']`);
 *   `INVALID_SCORE` at `['responses', i, 'score']`; `INVALID_DATE` at `['responses', i, 'respondedAt']`;
 *   `INVALID_PERIOD` (`['period']`), `INVALID_TIME_ZONE` (`['timeZone']`), `OUT_OF_RANGE` (`['weekStartsOn']`, or
 *   more than 100 000 periods); the metric's own option errors (e.g. CES without `direction`).
 * @example
 * const r = (month: string, score: number) => ({ respondedAt: new Date(`2026-${month}-15`), metric: 'nps' as const, score });
 * const s = metricSeries([r('01', 10), r('01', 9), r('03', 3), r('03', 10)], { metric: 'nps', period: 'month' });
 * s.map((p) => [p.period, p.n, p.score]); //=> [['2026-01', 2, 100], ['2026-02', 0, null], ['2026-03', 2, 0]]
 * s[2]!.change!.difference; //=> null
 */
export function metricSeries<O extends MetricSeriesOptions>(responses: ArrayLike<SurveyResponse>, options: O): MetricPeriod<MetricResultMap[O['metric']]>[] {
  const engine = engineOf(options);
  const { period } = options;
  const cal: PeriodOptions = {};
  if (options.timeZone !== undefined) (cal as { timeZone?: string }).timeZone = options.timeZone;
  if (options.weekStartsOn !== undefined) (cal as { weekStartsOn?: number }).weekStartsOn = options.weekStartsOn;
  calendar(() => periodKey(0, period, cal));
  checkResponses(responses);
  const groups = new Map<string | null, Group>();
  let lo = Infinity;
  let hi = -Infinity;
  // The period [from, to) and key of the previous response: consecutive responses in one period skip the lookup.
  let from = Infinity;
  let to = -Infinity;
  let key = '';
  for (let i = 0; i < responses.length; i++) {
    const r = matching(responses, i, engine);
    if (r === null) continue;
    const t = epochMs(r.respondedAt, ['responses', i, 'respondedAt']);
    if (!(t >= from && t < to)) {
      key = periodKey(t, period, cal);
      from = periodStart(t, period, cal).getTime();
      to = periodEnd(t, period, cal).getTime();
    }
    if (t < lo) lo = t;
    if (t > hi) hi = t;
    push(groups, key, r.score, i);
  }
  if (groups.size === 0) return [];
  const keys = calendar(() => periodRange(lo, hi, period, cal));
  const out: MetricPeriod<MetricResultMap[O['metric']]>[] = [];
  let previous: NpsResult | CsatResult | CesResult | null = null;
  const empty = engine.tally([]);
  for (const k of keys) {
    const g = groups.get(k);
    const result = engine.finish(g === undefined ? empty : tallyGroup(engine, g));
    out.push({
      period: k,
      start: parsePeriodKey(k, period, cal).toISOString(),
      n: result.n,
      score: engine.headline(result),
      result: result as MetricResultMap[O['metric']],
      change: previous === null ? null : engine.compare(result, previous),
    });
    previous = result;
  }
  return out;
}

/** The segment of a response under `key` (`null` when it has none). */
function segmentOf(r: SurveyResponse, i: number, key: SegmentKey): string | null {
  let v: unknown;
  if (typeof key === 'function') {
    v = key(r, i);
    if (v !== undefined && v !== null && typeof v !== 'string') {
      throw new CxError('INVALID_ARGUMENT', `the segment key function must return a string (or null), got ${describe(v)} for responses[${i}]`, {
        path: ['responses', i],
      });
    }
  } else if (key === 'touchpointId') {
    v = r.touchpointId;
  } else if (key === 'journeyStage') {
    v = r.journeyStage;
  } else {
    const attrs = r.attributes;
    v = attrs !== undefined && Object.hasOwn(attrs, key) ? attrs[key] : undefined;
  }
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new CxError('INVALID_ARGUMENT', `responses[${i}].attributes.${String(key)} must be a string, number or boolean to segment by, got ${describe(v)}`, {
    path: ['responses', i, 'attributes', String(key)],
  });
}

/**
 * A survey metric per segment: per touchpoint (`'touchpointId'`), journey stage (`'journeyStage'`), value of an
 * attribute (any other string: `response.attributes[key]`, numbers and booleans as strings) or the string a
 * function returns. Segments are sorted by key (code-unit order); responses without a key (missing, `null` or
 * `''`) form a last group with `segment: null`. Each segment is compared with all the other responses merged
 * (`versusRest`), the same test as {@link metricSeries} uses between periods.
 *
 * Only responses whose `metric` is `options.metric` are used. One pass to group, one tally per segment, and the
 * "rest" of every segment from prefix and suffix merges of the tallies (`mergeNpsTally`, …): O(responses +
 * segments). The result is plain JSON.
 *
 * @throws CxError as {@link metricSeries} (without the calendar errors); `INVALID_ARGUMENT` when `key` is neither a
 *   string nor a function (`['key']`) or the function returns something other than a string, `null` or
 *   `undefined` (`['responses', i]`).
 * @example
 * const r = (touchpointId: string, score: number) => ({ respondedAt: new Date('2026-11-24'), metric: 'csat' as const, score, touchpointId });
 * const s = metricBy([r('store', 5), r('app', 2), r('store', 4), r('app', 4)], 'touchpointId', { metric: 'csat' });
 * s.map((g) => [g.segment, g.n, g.score]); //=> [['app', 2, 50], ['store', 2, 100]]
 */
export function metricBy<O extends MetricOptions>(responses: ArrayLike<SurveyResponse>, key: SegmentKey, options: O): MetricSegment<MetricResultMap[O['metric']]>[] {
  const engine = engineOf(options);
  if (typeof key !== 'function' && (typeof key !== 'string' || key === '')) {
    throw new CxError('INVALID_ARGUMENT', `key must be 'touchpointId', 'journeyStage', an attribute name or a function, got ${describe(key)}`, { path: ['key'] });
  }
  checkResponses(responses);
  const groups = new Map<string | null, Group>();
  for (let i = 0; i < responses.length; i++) {
    const r = matching(responses, i, engine);
    if (r !== null) push(groups, segmentOf(r, i, key), r.score, i);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const tallies = keys.map((k) => tallyGroup(engine, groups.get(k)!));
  const m = tallies.length;
  // prefix[i] merges tallies[0..i), suffix[i] merges tallies[i..m): rest of i = prefix[i] ∪ suffix[i + 1].
  const prefix: unknown[] = [engine.tally([])];
  for (let i = 0; i < m; i++) prefix.push(engine.merge(prefix[i], tallies[i]));
  const suffix: unknown[] = new Array<unknown>(m + 1);
  suffix[m] = engine.tally([]);
  for (let i = m - 1; i >= 0; i--) suffix[i] = engine.merge(tallies[i], suffix[i + 1]);
  return keys.map((k, i) => {
    const result = engine.finish(tallies[i]);
    const rest = engine.finish(engine.merge(prefix[i], suffix[i + 1]));
    return {
      segment: k,
      n: result.n,
      score: engine.headline(result),
      result: result as MetricResultMap[O['metric']],
      versusRest: engine.compare(result, rest),
    };
  });
}
