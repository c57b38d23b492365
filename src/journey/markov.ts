/**
 * Markov-chain multi-touch attribution: a first-order Markov chain over touchpoints with start, conversion and null
 * states, its conversion probability, and each touchpoint's removal effect (Anderl, Becker, von Wangenheim &
 * Schumann 2016).
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';
import { inverse } from './dense-lu.js';
import { isList } from './compile.js';

/**
 * Names of the three special states of the chain in {@link MarkovAttribution.transitions}: `start`, and the
 * absorbing `conversion` and `null` (the path ended without a conversion). A touchpoint cannot use these ids.
 *
 * @example
 * MARKOV_STATES.start; //=> '(start)'
 * MARKOV_STATES.null; //=> '(null)'
 */
export const MARKOV_STATES = /* @__PURE__ */ Object.freeze({
  /** Where every path begins. */
  start: '(start)',
  /** Absorbing: the path converted. */
  conversion: '(conversion)',
  /** Absorbing: the path ended without a conversion. */
  null: '(null)',
} as const);
const MARKOV_START = MARKOV_STATES.start;
const MARKOV_CONVERSION = MARKOV_STATES.conversion;
const MARKOV_NULL = MARKOV_STATES.null;

/**
 * The largest number of distinct touchpoints {@link markovAttribution} accepts (the solve is O(m³): about a second
 * at the limit). Group finer touchpoints (e.g. campaigns into channels) first.
 *
 * @example
 * MARKOV_MAX_TOUCHPOINTS; //=> 1000
 */
export const MARKOV_MAX_TOUCHPOINTS = 1000;

/** One customer path: the touchpoints in order, and how it ended. */
export interface MarkovPath {
  /** Touchpoint ids in the order the customer met them (at least one). */
  readonly touchpoints: readonly string[];
  /** Whether the path ended in a conversion. */
  readonly converted: boolean;
  /** Value of the conversion (finite, ≥ 0; default 0); ignored for paths that did not convert. */
  readonly value?: number;
}

/** Options of {@link markovAttribution}. */
export interface MarkovAttributionOptions {
  /** Order of the chain; only `1` (first order) is supported. Default 1. */
  readonly order?: 1;
  /**
   * The known touchpoint ids: a path with any other id is an error, and the result lists these in this order
   * (unseen ones with zeros). Default: the ids seen in the paths, sorted by UTF-16 code units.
   */
  readonly touchpoints?: readonly string[];
}

/** One transition of the fitted chain. */
export interface MarkovTransition {
  /** From-state: `MARKOV_STATES.start` or a touchpoint id. */
  readonly from: string;
  /** To-state: a touchpoint id, `MARKOV_STATES.conversion` or `MARKOV_STATES.null`. */
  readonly to: string;
  /** Times the transition was observed. */
  readonly count: number;
  /** count / (transitions out of `from`): the maximum-likelihood transition probability. */
  readonly probability: number;
}

/** The removal effect and attribution of one touchpoint. */
export interface MarkovRemovalEffect {
  /** Touchpoint id. */
  readonly touchpoint: string;
  /** Conversion probability of the chain with the touchpoint removed (its inflow sent to null). */
  readonly conversionProbabilityWithout: number;
  /** 1 − conversionProbabilityWithout / conversionProbability, in [0, 1]; 0 when nothing converts. */
  readonly removalEffect: number;
  /** removalEffect / Σ removalEffects, in [0, 1]; 0 when nothing converts. */
  readonly share: number;
  /** conversions × share: the touchpoint's share of the observed conversions. */
  readonly attributedConversions: number;
  /** value × share: its share of the observed conversion value. */
  readonly attributedValue: number;
}

/** Result of {@link markovAttribution}. */
export interface MarkovAttribution {
  /** Number of paths. */
  readonly paths: number;
  /** Number of paths that converted. */
  readonly conversions: number;
  /** Total value of the converted paths. */
  readonly value: number;
  /** Probability of absorption in conversion from the start state; `null` when there is no path. */
  readonly conversionProbability: number | null;
  /** The observed transitions, sorted by from-state then to-state (start first, conversion and null last). */
  readonly transitions: MarkovTransition[];
  /** One entry per touchpoint (see `options.touchpoints` for the order). */
  readonly removalEffects: MarkovRemovalEffect[];
}

/**
 * Data-driven attribution by a first-order Markov chain (Anderl, Becker, von Wangenheim & Schumann 2016, "Mapping
 * the customer journey: Lessons learned from graph-based online attribution modeling", IJRM 33(3):457–474; the
 * method of R's ChannelAttribution `markov_model`, solved exactly instead of by simulation).
 *
 * Each path t₁ → … → tₖ becomes the transitions start → t₁, tᵢ → tᵢ₊₁ and tₖ → conversion (or null). Transition
 * probabilities are the observed counts over each state's outflow (maximum likelihood). With Q the transient
 * block (start and touchpoints) and r the one-step conversion probabilities, the absorption probabilities are
 * b = (I − Q)⁻¹r and the conversion probability is b(start), which for this fitted chain equals the observed
 * conversion rate. Removing touchpoint k (sending its inflow to null) loses exactly the conversions that pass
 * through k: P₋ₖ = b(start) − h(start, k)·b(k), where h(start, k) = N(start, k)/N(k, k) is the probability of
 * ever reaching k and N = (I − Q)⁻¹ the fundamental matrix (this is the Sherman–Morrison update of the removed
 * row). Removal effect RE_k = 1 − P₋ₖ/P; attributed conversions = conversions × RE_k / Σ RE, so they add up to
 * the observed conversions. N is computed by a dense LU factorisation with partial pivoting: O(m³) for m
 * touchpoints, plus O(total touches) to count. Repeated touchpoints (A → A) are self-loops; they do not change
 * the conversion probability or the removal effects.
 *
 * The result does not depend on the order of the paths.
 *
 * @param paths - Customer paths; each has at least one touchpoint.
 * @throws CxError `INVALID_ARGUMENT` for a malformed path (`['paths', i]`, `['paths', i, 'touchpoints']`, an empty
 *   one included), a touchpoint that is not a non-empty string, is a reserved state name or is not in
 *   `options.touchpoints` (`['paths', i, 'touchpoints', j]`), a non-boolean `converted`; `OUT_OF_RANGE` /
 *   `NON_FINITE` for a negative or non-finite value (`['paths', i, 'value']`); `UNSUPPORTED` for `order` other
 *   than 1 or more than {@link MARKOV_MAX_TOUCHPOINTS} touchpoints.
 * @example
 * const m = markovAttribution([
 *   { touchpoints: ['search', 'email'], converted: true },
 *   { touchpoints: ['search'], converted: false },
 *   { touchpoints: ['email'], converted: true },
 * ]);
 * m.conversionProbability; //=> 0.666667
 * m.removalEffects.map((r) => [r.touchpoint, r.removalEffect]); //=> [['email', 1], ['search', 0.5]]
 * m.removalEffects.map((r) => r.attributedConversions); //=> [1.333333, 0.666667]
 */
export function markovAttribution(paths: readonly MarkovPath[], options: MarkovAttributionOptions = {}): MarkovAttribution {
  if (!isList(paths)) throw new CxError('INVALID_ARGUMENT', `paths must be an array, got ${describe(paths)}`, { path: ['paths'] });
  if (typeof options !== 'object' || (options as unknown) === null) throw new CxError('INVALID_ARGUMENT', 'options must be an object', { path: ['options'] });
  if (options.order !== undefined && (options.order as unknown) !== 1) {
    throw new CxError('UNSUPPORTED', `only first-order chains are supported (order: 1), got ${describe(options.order)}`, { path: ['options', 'order'] });
  }
  const { ids, touches, ends, conversions, value } = readPaths(paths, options.touchpoints);
  const m = ids.length;
  const T = m + 1; // transient states: 0 = start, 1..m = touchpoints
  const W = m + 3; // columns: transient, then conversion (m + 1), null (m + 2)
  const counts = new Float64Array(T * W);
  let from = 0;
  let p = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    for (; p < end - 1; p++) {
      const to = touches[p]! + 1;
      counts[from * W + to]!++;
      from = to;
    }
    // The last slot of each path holds −1 (null) or −2 (conversion).
    const last = touches[p]!;
    counts[from * W + (last === -2 ? m + 1 : m + 2)]!++;
    p++;
    from = 0;
  }
  const names = [MARKOV_START, ...ids, MARKOV_CONVERSION, MARKOV_NULL];
  const transitions: MarkovTransition[] = [];
  const a = new Float64Array(T * T);
  const r = new Float64Array(T);
  for (let i = 0; i < T; i++) {
    let out = 0;
    for (let j = 0; j < W; j++) out += counts[i * W + j]!;
    a[i * T + i] = 1;
    if (out === 0) continue;
    for (let j = 0; j < W; j++) {
      const c = counts[i * W + j]!;
      if (c === 0) continue;
      const q = c / out;
      transitions.push({ from: names[i]!, to: names[j]!, count: c, probability: q });
      if (j < T) a[i * T + j]! -= q;
      else if (j === m + 1) r[i] = q;
    }
  }
  const n = paths.length;
  if (n === 0) {
    const zero = ids.map((touchpoint) => ({ touchpoint, conversionProbabilityWithout: 0, removalEffect: 0, share: 0, attributedConversions: 0, attributedValue: 0 }));
    return { paths: 0, conversions: 0, value: 0, conversionProbability: null, transitions, removalEffects: zero };
  }
  const N = inverse(a, T);
  const b = new Float64Array(T);
  for (let i = 0; i < T; i++) {
    let s = 0;
    for (let j = 0; j < T; j++) s += N[i * T + j]! * r[j]!;
    b[i] = Math.min(1, Math.max(0, s));
  }
  const P = b[0]!;
  const effects = new Float64Array(m);
  const without = new Float64Array(m);
  let total = 0;
  for (let k = 1; k <= m; k++) {
    const reach = N[k]! / N[k * T + k]!; // N(start, k) / N(k, k), N(k, k) ≥ 1
    const lost = Math.min(P, Math.max(0, reach * b[k]!));
    without[k - 1] = P - lost;
    const re = P > 0 ? Math.min(1, lost / P) : 0;
    effects[k - 1] = re;
    total += re;
  }
  const removalEffects: MarkovRemovalEffect[] = [];
  for (let k = 0; k < m; k++) {
    const share = total > 0 ? effects[k]! / total : 0;
    removalEffects.push({
      touchpoint: ids[k]!,
      conversionProbabilityWithout: without[k]!,
      removalEffect: effects[k]!,
      share,
      attributedConversions: conversions * share,
      attributedValue: value * share,
    });
  }
  return { paths: n, conversions, value, conversionProbability: P, transitions, removalEffects };
}

/**
 * Validates the paths; returns the touchpoint ids (list order, or sorted), every path's touchpoint indexes
 * followed by −2 (converted) or −1 (not) in one flat array, the end offset of each path, and the totals.
 */
function readPaths(
  paths: readonly MarkovPath[],
  known: readonly string[] | undefined,
): { ids: string[]; touches: Int32Array; ends: Int32Array; conversions: number; value: number } {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const reserved = (id: string): boolean => id === MARKOV_START || id === MARKOV_CONVERSION || id === MARKOV_NULL;
  if (known !== undefined) {
    if (!isList(known)) throw new CxError('INVALID_ARGUMENT', 'options.touchpoints must be an array of ids', { path: ['options', 'touchpoints'] });
    for (let j = 0; j < known.length; j++) {
      const id = known[j] as unknown;
      if (typeof id !== 'string' || id.length === 0 || reserved(id) || index.has(id)) {
        throw new CxError('INVALID_ARGUMENT', `options.touchpoints[${j}] must be a new non-empty id other than the state names, got ${describe(id)}`, {
          path: ['options', 'touchpoints', j],
        });
      }
      index.set(id, ids.length);
      ids.push(id);
    }
  }
  const flat: number[] = [];
  const ends = new Int32Array(paths.length);
  let conversions = 0;
  let value = 0;
  let comp = 0; // Neumaier compensation of the value sum
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as unknown;
    if (typeof path !== 'object' || path === null) throw new CxError('INVALID_ARGUMENT', `paths[${i}] must be { touchpoints, converted }, got ${describe(path)}`, { path: ['paths', i] });
    const { touchpoints: tps, converted, value: v } = path as MarkovPath;
    if (!Array.isArray(tps) || tps.length === 0) {
      throw new CxError('INVALID_ARGUMENT', `paths[${i}].touchpoints must be a non-empty array of touchpoint ids, got ${describe(tps)}`, { path: ['paths', i, 'touchpoints'] });
    }
    if (typeof converted !== 'boolean') throw new CxError('INVALID_ARGUMENT', `paths[${i}].converted must be a boolean, got ${describe(converted)}`, { path: ['paths', i, 'converted'] });
    if (v !== undefined && (typeof v !== 'number' || !(v >= 0) || v === Infinity)) {
      const code = typeof v !== 'number' ? 'INVALID_ARGUMENT' : Number.isFinite(v) ? 'OUT_OF_RANGE' : 'NON_FINITE';
      throw new CxError(code, `paths[${i}].value must be a finite number ≥ 0, got ${describe(v)}`, { path: ['paths', i, 'value'] });
    }
    for (let j = 0; j < tps.length; j++) {
      const id = tps[j] as unknown;
      let k = typeof id === 'string' ? index.get(id) : undefined;
      if (k === undefined) {
        if (typeof id !== 'string' || id.length === 0 || reserved(id)) {
          throw new CxError('INVALID_ARGUMENT', `paths[${i}].touchpoints[${j}] must be a non-empty touchpoint id other than the state names, got ${describe(id)}`, {
            path: ['paths', i, 'touchpoints', j],
          });
        }
        if (known !== undefined) {
          throw new CxError('INVALID_ARGUMENT', `paths[${i}].touchpoints[${j}] ${describe(id)} is not in options.touchpoints`, { path: ['paths', i, 'touchpoints', j] });
        }
        if (ids.length >= MARKOV_MAX_TOUCHPOINTS) {
          throw new CxError('UNSUPPORTED', `more than ${MARKOV_MAX_TOUCHPOINTS} distinct touchpoints: group them (e.g. by channel) first`, { path: ['paths', i, 'touchpoints', j] });
        }
        k = ids.length;
        index.set(id, k);
        ids.push(id);
      }
      flat.push(k);
    }
    flat.push(converted ? -2 : -1);
    ends[i] = flat.length;
    if (converted && v !== undefined) {
      const t = value + v;
      comp += Math.abs(value) >= v ? value - t + v : v - t + value;
      value = t;
    }
    if (converted) conversions++;
  }
  if (known !== undefined && known.length > MARKOV_MAX_TOUCHPOINTS) {
    throw new CxError('UNSUPPORTED', `more than ${MARKOV_MAX_TOUCHPOINTS} touchpoints`, { path: ['options', 'touchpoints'] });
  }
  value += comp;
  const touches = Int32Array.from(flat);
  if (known === undefined) {
    // Sort the ids so that the result does not depend on the order of first appearance.
    const order = ids.map((_, k) => k).sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));
    const rank = new Int32Array(ids.length);
    for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
    for (let q = 0; q < touches.length; q++) if (touches[q]! >= 0) touches[q] = rank[touches[q]!]!;
    const sorted = order.map((k) => ids[k]!);
    return { ids: sorted, touches, ends, conversions, value };
  }
  return { ids, touches, ends, conversions, value };
}
