/**
 * The engine behind the journey functions: journey validation, event reading (one pass, no `Date` per event),
 * grouping by customer (a counting sort, then each customer's events sorted by time), and the stage histories
 * (one pass). Internal: not exported from the package entry.
 *
 * @module
 * @internal
 */
import { CxError, type CxPath } from '../core/errors.js';
import { describe } from '../core/assert.js';
import { epochMs } from '../core/calendar.js';
import { readCustomerId, type CustomerId } from '../core/customer-id.js';
import type { Journey, JourneyDefinition, JourneyEventRecord, JourneyStage } from './journey.js';

const bad = (path: CxPath, message: string): CxError => new CxError('INVALID_ARGUMENT', message, { path });
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;

/** `Array.isArray` without widening the argument's element type to `any`. @internal */
export function isList(x: unknown): x is readonly unknown[] {
  return Array.isArray(x);
}

/** Validates a definition (or a journey) into a plain {@link Journey}; errors have paths under `prefix`. @internal */
export function validateJourney(definition: JourneyDefinition, prefix: CxPath): Journey {
  const d: unknown = definition;
  if (!isObject(d)) throw bad(prefix, `a journey definition must be an object, got ${describe(d)}`);
  if (!isText(d.id)) throw bad([...prefix, 'id'], `journey id must be a non-empty string, got ${describe(d.id)}`);
  const rawStages = d.stages;
  if (!Array.isArray(rawStages)) throw bad([...prefix, 'stages'], `stages must be an array, got ${describe(rawStages)}`);
  if (rawStages.length === 0) throw new CxError('EMPTY_INPUT', `journey "${d.id}" has no stages`, { path: [...prefix, 'stages'] });
  const stages: JourneyStage[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < rawStages.length; i++) {
    const s: unknown = rawStages[i];
    const at: CxPath = [...prefix, 'stages', i];
    if (!isObject(s)) throw bad(at, `stages[${i}] must be { id, label }, got ${describe(s)}`);
    if (!isText(s.id)) throw bad([...at, 'id'], `stages[${i}].id must be a non-empty string, got ${describe(s.id)}`);
    if (ids.has(s.id)) throw bad([...at, 'id'], `stage id "${s.id}" appears twice`);
    ids.add(s.id);
    const label = s.label;
    if (!isObject(label)) throw bad([...at, 'label'], `stages[${i}].label must be { 'zh-CN', en }, got ${describe(label)}`);
    for (const locale of ['zh-CN', 'en'] as const) {
      if (!isText(label[locale])) throw bad([...at, 'label', locale], `stages[${i}].label has no ${locale} text`);
    }
    stages.push({ id: s.id, label: { 'zh-CN': label['zh-CN'] as string, en: label.en as string } });
  }
  const rawMap = d.eventStage ?? {};
  if (!isObject(rawMap)) throw bad([...prefix, 'eventStage'], `eventStage must be an object of event type → stage id, got ${describe(rawMap)}`);
  const entries: [string, string | null][] = [];
  for (const [type, stage] of Object.entries(rawMap)) {
    if (stage !== null && !(typeof stage === 'string' && ids.has(stage))) {
      throw bad([...prefix, 'eventStage', type], `eventStage["${type}"] must be a stage id of the journey or null, got ${describe(stage)}`);
    }
    entries.push([type, stage]);
  }
  const defaultStage = d.defaultStage ?? null;
  if (defaultStage !== null && !(typeof defaultStage === 'string' && ids.has(defaultStage))) {
    throw bad([...prefix, 'defaultStage'], `defaultStage must be a stage id of the journey or null, got ${describe(defaultStage)}`);
  }
  const ignoreUnmapped = d.ignoreUnmapped ?? false;
  const allowRegression = d.allowRegression ?? false;
  if (typeof ignoreUnmapped !== 'boolean') throw bad([...prefix, 'ignoreUnmapped'], `ignoreUnmapped must be a boolean, got ${describe(ignoreUnmapped)}`);
  if (ignoreUnmapped && defaultStage !== null) throw bad([...prefix, 'ignoreUnmapped'], 'ignoreUnmapped cannot be true together with a defaultStage');
  if (typeof allowRegression !== 'boolean') throw bad([...prefix, 'allowRegression'], `allowRegression must be a boolean, got ${describe(allowRegression)}`);
  const lapseAfter = d.lapseAfter ?? null;
  if (lapseAfter !== null) readDuration(lapseAfter, [...prefix, 'lapseAfter'], 'lapseAfter');
  return {
    id: d.id,
    stages,
    eventStage: Object.fromEntries(entries),
    defaultStage,
    ignoreUnmapped,
    allowRegression,
    lapseAfter: lapseAfter as number | null,
  };
}

/** A duration in milliseconds: finite and > 0. @internal */
export function readDuration(x: unknown, path: CxPath, name: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) {
    const code = typeof x !== 'number' ? 'INVALID_ARGUMENT' : Number.isFinite(x) ? 'OUT_OF_RANGE' : 'NON_FINITE';
    throw new CxError(code, `${name} must be a finite number of milliseconds > 0, got ${describe(x)}`, { path });
  }
  return x;
}

/** Reads `options[name]` as an instant (epoch ms): `undefined` → `fallback`, or an error when `fallback` is `undefined`. @internal */
export function readInstant(options: unknown, name: string, fallback?: number): number {
  const v = isObject(options) ? options[name] : undefined;
  if (v === undefined || v === null) {
    if (fallback === undefined) throw bad(['options', name], `${name} is required (cxkit never reads the clock)`);
    return fallback;
  }
  return epochMs(v, ['options', name]);
}

/** Throws unless options is an object (or `undefined` when not required). @internal */
export function checkOptions(options: unknown, required: boolean): void {
  if (options === undefined && !required) return;
  if (!isObject(options)) throw bad(['options'], `options must be an object, got ${describe(options)}`);
}

/** A journey with its lookup tables. @internal */
export interface CompiledJourney {
  readonly journey: Journey;
  readonly stageIndex: Map<string, number>;
  /** Event type → stage index, −1 for activity only. */
  readonly typeStage: Map<string, number>;
  /** Stage index for unmapped types; −1 to ignore them; −2 for an error. */
  readonly defaultIndex: number;
}

/** Validates a journey argument and builds its lookup tables. @internal */
export function compileJourney(journey: Journey): CompiledJourney {
  const j = validateJourney(journey, ['journey']);
  const stageIndex = new Map<string, number>();
  for (let k = 0; k < j.stages.length; k++) stageIndex.set(j.stages[k]!.id, k);
  const typeStage = new Map<string, number>();
  for (const [type, stage] of Object.entries(j.eventStage)) typeStage.set(type, stage === null ? -1 : stageIndex.get(stage)!);
  const defaultIndex = j.defaultStage !== null ? stageIndex.get(j.defaultStage)! : j.ignoreUnmapped ? -1 : -2;
  return { journey: j, stageIndex, typeStage, defaultIndex };
}

/** The events kept (time ≤ or < a limit), grouped by customer and sorted by (time, stage). @internal */
export interface PreparedEvents {
  /** Customer ids by dense index (order of first appearance). */
  readonly ids: CustomerId[];
  /** Events of customer c are the slots `start[c] … start[c + 1] − 1`. */
  readonly start: Int32Array;
  /** Epoch ms of each slot (grouped by customer, each group sorted by (time, stage)). */
  readonly time: Float64Array;
  /** Stage index of each slot; −1 for activity only. */
  readonly stage: Int32Array;
}

/**
 * Reads and validates every event (all of them, whatever the limit, so errors do not depend on options), keeps
 * those with time ≤ `limit` (`inclusive`) or < `limit`, and groups them by customer: O(n) for the read and a
 * counting sort by customer, plus the sort of each customer's events (insertion sort for small groups). @internal
 */
export function prepareEvents(c: CompiledJourney, events: readonly JourneyEventRecord[], limit: number, inclusive: boolean): PreparedEvents {
  if (!isList(events)) throw bad(['events'], `events must be an array of journey events, got ${describe(events)}`);
  const n = events.length;
  const custOf = new Int32Array(n);
  const time = new Float64Array(n);
  const stage = new Int32Array(n);
  const ids: CustomerId[] = [];
  const idMap = new Map<CustomerId, number>();
  const { stageIndex, typeStage, defaultIndex } = c;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i] as unknown;
    if (typeof e !== 'object' || e === null) throw bad(['events', i], `events[${i}] must be an event object, got ${describe(e)}`);
    const ev = e as JourneyEventRecord;
    const t = epochMs(ev.occurredAt, ['events', i, 'occurredAt']);
    let s: number | undefined;
    const st = ev.stage;
    if (st !== undefined && st !== null) {
      s = stageIndex.get(st);
      if (s === undefined) throw bad(['events', i, 'stage'], `events[${i}].stage ${describe(st)} is not a stage of journey "${c.journey.id}"`);
    } else {
      const type = ev.type as unknown;
      if (typeof type !== 'string') throw bad(['events', i, 'type'], `events[${i}].type must be a string, got ${describe(type)}`);
      s = typeStage.get(type);
      if (s === undefined) {
        if (defaultIndex === -2) {
          throw bad(
            ['events', i, 'type'],
            `event type ${describe(type)} is not mapped to a stage of journey "${c.journey.id}": add it to eventStage, or set defaultStage or ignoreUnmapped`,
          );
        }
        s = defaultIndex;
      }
    }
    const raw = ev.customerId;
    let k = idMap.get(raw);
    if (k === undefined) {
      const id = readCustomerId(raw, ['events', i, 'customerId']);
      k = idMap.get(id);
      if (k === undefined) {
        k = ids.length;
        ids.push(id);
        idMap.set(id, k);
      }
    }
    if (inclusive ? t > limit : t >= limit) continue;
    custOf[kept] = k;
    time[kept] = t;
    stage[kept] = s;
    kept++;
  }
  const nc = ids.length;
  const start = new Int32Array(nc + 1);
  for (let j = 0; j < kept; j++) start[custOf[j]! + 1]!++;
  for (let k = 0; k < nc; k++) start[k + 1]! += start[k]!;
  // Counting sort by customer, scattering the times and stages themselves (the group sorts then run on
  // contiguous memory).
  const next = start.slice(0, nc);
  const gTime = new Float64Array(kept);
  const gStage = new Int32Array(kept);
  for (let j = 0; j < kept; j++) {
    const slot = next[custOf[j]!]!++;
    gTime[slot] = time[j]!;
    gStage[slot] = stage[j]!;
  }
  for (let k = 0; k < nc; k++) sortGroup(gTime, gStage, start[k]!, start[k + 1]!);
  return { ids, start, time: gTime, stage: gStage };
}

/** Sorts slots lo … hi − 1 of the parallel arrays by (time, stage): insertion sort for small groups. */
function sortGroup(time: Float64Array, stage: Int32Array, lo: number, hi: number): void {
  if (hi - lo <= 32) {
    for (let a = lo + 1; a < hi; a++) {
      const t = time[a]!;
      const s = stage[a]!;
      let b = a - 1;
      while (b >= lo && (time[b]! > t || (time[b] === t && stage[b]! > s))) {
        time[b + 1] = time[b]!;
        stage[b + 1] = stage[b]!;
        b--;
      }
      time[b + 1] = t;
      stage[b + 1] = s;
    }
    return;
  }
  const n = hi - lo;
  const idx = new Uint32Array(n);
  for (let j = 0; j < n; j++) idx[j] = lo + j;
  idx.sort((a, b) => time[a]! - time[b]! || stage[a]! - stage[b]!);
  const t = new Float64Array(n);
  const s = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    t[j] = time[idx[j]!]!;
    s[j] = stage[idx[j]!]!;
  }
  time.set(t, lo);
  stage.set(s, lo);
}

/** Each customer's stage history: the stages entered, in order, with their times. @internal */
export interface Histories {
  /** Customer ids by dense index. */
  readonly ids: CustomerId[];
  /** Entries of customer c are `hStart[c] … hStart[c + 1] − 1` (none: the customer has no stage). */
  readonly hStart: Int32Array;
  /** Stage index of each entry. */
  readonly hStage: Int32Array;
  /** Epoch ms of each entry. */
  readonly hAt: Float64Array;
  /** Time of each customer's last kept event of any type (−Infinity when none). */
  readonly lastActivity: Float64Array;
}

/**
 * The stage histories, one pass over the grouped events: the first mapped event enters its stage; later an event
 * of a later stage (or, with `allowRegression`, of any other stage) enters that stage; events of the current
 * stage, activity-only events and (without `allowRegression`) events of earlier stages change nothing. Ties in
 * time are taken in stage order, so the result does not depend on the input order. @internal
 */
export function buildHistories(c: CompiledJourney, p: PreparedEvents): Histories {
  const { start, time, stage, ids } = p;
  const nc = ids.length;
  const m = time.length;
  const hStart = new Int32Array(nc + 1);
  const hStage = new Int32Array(m);
  const hAt = new Float64Array(m);
  const lastActivity = new Float64Array(nc);
  const regress = c.journey.allowRegression;
  let h = 0;
  for (let k = 0; k < nc; k++) {
    const lo = start[k]!;
    const hi = start[k + 1]!;
    let cur = -1;
    for (let j = lo; j < hi; j++) {
      const s = stage[j]!;
      if (s < 0 || s === cur) continue;
      if (cur < 0 || s > cur || regress) {
        hStage[h] = s;
        hAt[h] = time[j]!;
        h++;
        cur = s;
      }
    }
    lastActivity[k] = hi > lo ? time[hi - 1]! : -Infinity;
    hStart[k + 1] = h;
  }
  return { ids, hStart, hStage: hStage.subarray(0, h), hAt: hAt.subarray(0, h), lastActivity };
}

/** ISO 8601 UTC text of epoch ms. @internal */
export function iso(t: number): string {
  return new Date(t).toISOString();
}
