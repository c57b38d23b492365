/**
 * CES (customer effort score): the mean answer with a t interval and the share of "easy" answers with a Wilson
 * interval, for either direction of the scale, and a mergeable tally.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { assertFinite } from '../core/assert.js';
import { wilsonInterval, type ConfidenceInterval } from './intervals.js';
import { checkInputs, clamp, confidenceOption, tHalfWidth } from './support.js';
import {
  checkScale,
  checkScaleTally,
  finishScale,
  mergeScale,
  tallyScale,
  type ScaleTallyFields,
  type ScaleTallySpec,
  type ScoreScale,
} from './scale-tally.js';

/**
 * Which end of a CES scale is the easy one. CES 1.0 (CEB 2008, "How much effort did you personally put forth…",
 * 1–5) runs `'lower-is-easier'`; CES 2.0 (Dixon, Toman & DeLisi 2013, "The company made it easy for me…", 1–7)
 * runs `'higher-is-easier'`.
 */
export type CesDirection = 'higher-is-easier' | 'lower-is-easier';

/** Options of {@link cesTally}. */
export interface CesTallyOptions {
  /** Required: which end of the scale is easy. There is no default — CES 1.0 and 2.0 run opposite ways. */
  readonly direction: CesDirection;
  /** The answer scale (default `{ min: 1, max: 7 }`, CES 2.0); integer bounds, at most 1000 points apart. */
  readonly scale?: ScoreScale;
  /**
   * With `'higher-is-easier'`: answers at or above this are easy. Default: strictly above the scale's midpoint
   * (5–7 on 1–7, the CES 2.0 "% agree"). Not allowed with `'lower-is-easier'`.
   */
  readonly easyAtLeast?: number;
  /**
   * With `'lower-is-easier'`: answers at or below this are easy. Default: strictly below the midpoint (1–2 on
   * 1–5). Not allowed with `'higher-is-easier'`.
   */
  readonly easyAtMost?: number;
  /** One weight per answer: 0, or from 1e-100 to 1e100 (only ratios matter); default: every answer weighs 1. */
  readonly weights?: ArrayLike<number>;
  /** Accept non-integer answers inside the scale (default `false`). */
  readonly allowFractional?: boolean;
}

/** Options of {@link ces}: those of {@link cesTally} plus the confidence level. */
export interface CesOptions extends CesTallyOptions {
  /** Confidence level of both intervals, strictly between 0 and 1 (default 0.95). */
  readonly confidence?: number;
}

/** A mergeable, JSON-serialisable CES tally (see {@link cesTally}, {@link mergeCesTally}). */
export interface CesTally extends ScaleTallyFields {
  /** Tag of the tally type. */
  readonly kind: 'ces';
  /** The direction the tally was made with. */
  readonly direction: CesDirection;
  /** The easy range [lo, hi] (inclusive) the tally was made with. */
  readonly easyRange: readonly [number, number];
}

/** Result of {@link ces}. Counts are weighted sums when weights were given. */
export interface CesResult {
  /** Number of answers (zero-weight answers included). */
  readonly n: number;
  /** Mean answer on the scale as given (not reversed); `null` when there is no answer. */
  readonly mean: number | null;
  /** Sample standard deviation (n − 1 divisor; reliability weights); `null` when effectiveN ≤ 1. */
  readonly sd: number | null;
  /** Weight (count when unweighted) of easy answers. */
  readonly easy: number;
  /** % easy answers, 0–100; `null` when there is no answer. */
  readonly easyShare: number | null;
  /** Student t interval for the mean (df = effectiveN − 1), clamped to the scale; `null` when effectiveN ≤ 1. */
  readonly meanInterval: ConfidenceInterval<'t'> | null;
  /** Wilson interval for `easyShare`, in points; `null` when there is no answer. */
  readonly shareInterval: ConfidenceInterval<'wilson'> | null;
  /** Kish's effective sample size (Σw)²/Σw² (= n unweighted); 0 when there is no weight. */
  readonly effectiveN: number;
  /** The answer scale. */
  readonly scale: ScoreScale;
  /** The direction used. */
  readonly direction: CesDirection;
  /** The easy range [lo, hi] (inclusive) used. */
  readonly easyRange: readonly [number, number];
}

interface CesSpecOptions {
  readonly direction?: unknown;
  readonly scale?: ScoreScale;
  readonly easyAtLeast?: number;
  readonly easyAtMost?: number;
  readonly allowFractional?: boolean;
}

function cesSpec(given: CesSpecOptions | undefined): { spec: ScaleTallySpec; direction: CesDirection; easyRange: [number, number] } {
  const options = given ?? {};
  const { direction } = options;
  if (direction !== 'higher-is-easier' && direction !== 'lower-is-easier') {
    throw new CxError('INVALID_ARGUMENT', "direction is required: 'higher-is-easier' (CES 2.0, 1–7 agree) or 'lower-is-easier' (CES 1.0, 1–5 effort)", {
      path: ['direction'],
    });
  }
  const scale = checkScale(options.scale ?? { min: 1, max: 7 });
  const mid = (scale.min + scale.max) / 2;
  let easyRange: [number, number];
  if (direction === 'higher-is-easier') {
    if (options.easyAtMost !== undefined) throw new CxError('INVALID_ARGUMENT', "easyAtMost goes with 'lower-is-easier'; use easyAtLeast", { path: ['easyAtMost'] });
    const t = options.easyAtLeast ?? Math.floor(mid) + 1;
    assertFinite(t, 'easyAtLeast');
    if (!(t > scale.min && t <= scale.max)) {
      throw new CxError('OUT_OF_RANGE', `easyAtLeast must be in (${String(scale.min)}, ${String(scale.max)}], got ${String(t)}`, { path: ['easyAtLeast'] });
    }
    easyRange = [t, scale.max];
  } else {
    if (options.easyAtLeast !== undefined) throw new CxError('INVALID_ARGUMENT', "easyAtLeast goes with 'higher-is-easier'; use easyAtMost", { path: ['easyAtLeast'] });
    const t = options.easyAtMost ?? Math.ceil(mid) - 1;
    assertFinite(t, 'easyAtMost');
    if (!(t >= scale.min && t < scale.max)) {
      throw new CxError('OUT_OF_RANGE', `easyAtMost must be in [${String(scale.min)}, ${String(scale.max)}), got ${String(t)}`, { path: ['easyAtMost'] });
    }
    easyRange = [scale.min, t];
  }
  return { spec: { scale, hitLo: easyRange[0], hitHi: easyRange[1], allowFractional: options.allowFractional === true }, direction, easyRange };
}

/**
 * Tallies CES answers into a plain-JSON, mergeable {@link CesTally} (per-score counts and weighted moments). O(n),
 * no allocation per answer.
 *
 * @param scores - Answers on the scale (integers unless `allowFractional`).
 * @throws CxError `INVALID_ARGUMENT` (`path` = `['direction']`) when `direction` is missing; `INVALID_SCORE`
 *   (`['scores', index]`) for an answer outside the scale, non-finite, or fractional without `allowFractional`;
 *   `INVALID_WEIGHT` (`['weights', index]`); `LENGTH_MISMATCH`; `INVALID_ARGUMENT` / `OUT_OF_RANGE` for bad options.
 * @example
 * const t = cesTally([7, 5, 4, 1], { direction: 'higher-is-easier' });
 * t.hits; //=> 2
 * t.easyRange; //=> [5, 7]
 * cesTally([3], {} as never); //=> throws INVALID_ARGUMENT
 */
export function cesTally(scores: ArrayLike<number>, options: CesTallyOptions): CesTally {
  const { spec, direction, easyRange } = cesSpec(options);
  checkInputs(scores, options.weights);
  return { kind: 'ces', direction, easyRange, ...tallyScale(scores, options.weights, spec) };
}

function checkCesTally(t: CesTally, name: string): ScaleTallySpec {
  if (typeof t !== 'object' || (t as { kind?: unknown }).kind !== 'ces') {
    throw new CxError('INVALID_ARGUMENT', `${name} must be a CES tally (kind 'ces')`, { path: [name] });
  }
  checkScaleTally(t, name);
  const range = t.easyRange as unknown;
  if (!Array.isArray(range) || range.length !== 2) throw new CxError('INVALID_ARGUMENT', `${name}.easyRange must be [lo, hi]`, { path: [name, 'easyRange'] });
  const high = t.direction === 'higher-is-easier';
  return cesSpec({ direction: t.direction, scale: t.scale, easyAtLeast: high ? t.easyRange[0] : undefined, easyAtMost: high ? undefined : t.easyRange[1] }).spec;
}

/**
 * Merges two CES tallies (associative and commutative); exact for unweighted integer answers. O(scale size).
 *
 * @throws CxError `INVALID_ARGUMENT` when either is not a valid CES tally, or their scales, directions or easy
 *   ranges differ.
 * @example
 * const d = { direction: 'lower-is-easier', scale: { min: 1, max: 5 } } as const;
 * ces(mergeCesTally(cesTally([1, 2], d), cesTally([5, 4], d)), d).easyShare; //=> 50
 */
export function mergeCesTally(a: CesTally, b: CesTally): CesTally {
  const spec = checkCesTally(a, 'a');
  checkCesTally(b, 'b');
  if (a.scale.min !== b.scale.min || a.scale.max !== b.scale.max || a.direction !== b.direction || a.easyRange[0] !== b.easyRange[0] || a.easyRange[1] !== b.easyRange[1]) {
    throw new CxError('INVALID_ARGUMENT', 'cannot merge CES tallies with different scales, directions or easy ranges', { path: ['b'] });
  }
  return { kind: 'ces', direction: a.direction, easyRange: [a.easyRange[0], a.easyRange[1]], ...mergeScale(a, b, spec) };
}

function isCesTally(x: unknown): x is CesTally {
  return typeof x === 'object' && x !== null && !ArrayBuffer.isView(x) && !Array.isArray(x) && (x as { kind?: unknown }).kind === 'ces';
}

/**
 * CES: the mean answer with a Student t interval, and the share of easy answers (0–100) with a Wilson interval.
 *
 * `direction` is required, because CES 1.0 (1–5 effort, lower is easier) and CES 2.0 (1–7 agreement, higher is
 * easier) run opposite ways. "Easy" defaults to strictly past the scale's midpoint on the easy side. The mean is
 * reported on the scale as given. With weights, the interval sample size is Kish's effective n = (Σw)²/Σw² and
 * the mean's variance uses reliability weights. O(n) with a counting loop; an empty input gives nulls, never NaN.
 *
 * @param input - Answers (`ArrayLike<number>`) or a {@link CesTally}.
 * @throws CxError as {@link cesTally}; `INVALID_ARGUMENT` when a tally is given with `weights` or options that
 *   differ from the tally's; `OUT_OF_RANGE` for a confidence outside (0, 1).
 * @example
 * const r = ces([7, 6, 5, 5, 3, 2], { direction: 'higher-is-easier' });
 * r.mean; //=> 4.667
 * r.easyShare; //=> 66.67
 * [r.meanInterval!.lower, r.meanInterval!.upper]; //=> [2.713, 6.621]
 * ces([1, 2], { direction: 'lower-is-easier', scale: { min: 1, max: 5 } }).easyShare; //=> 100
 */
export function ces(input: ArrayLike<number> | CesTally, options: CesOptions): CesResult {
  const opts = (options as CesOptions | undefined) ?? ({} as Partial<CesOptions>);
  const confidence = confidenceOption(opts.confidence);
  let t: CesTally;
  if (isCesTally(input)) {
    checkCesTally(input, 'input');
    if (opts.weights !== undefined) throw new CxError('INVALID_ARGUMENT', 'weights cannot be applied to a tally', { path: ['weights'] });
    if (opts.direction !== undefined && opts.direction !== input.direction) {
      throw new CxError('INVALID_ARGUMENT', 'options.direction differs from the tally’s direction', { path: ['direction'] });
    }
    const s = opts.scale;
    if (s !== undefined && (s.min !== input.scale.min || s.max !== input.scale.max)) {
      throw new CxError('INVALID_ARGUMENT', 'options.scale differs from the tally’s scale', { path: ['scale'] });
    }
    if ((opts.easyAtLeast !== undefined && opts.easyAtLeast !== input.easyRange[0]) || (opts.easyAtMost !== undefined && opts.easyAtMost !== input.easyRange[1])) {
      throw new CxError('INVALID_ARGUMENT', 'options.easyAtLeast/easyAtMost differ from the tally’s easy range', { path: ['easyAtLeast'] });
    }
    t = input;
  } else {
    t = cesTally(input, opts as CesOptions);
  }
  const f = finishScale(t);
  let meanInterval: ConfidenceInterval<'t'> | null = null;
  if (t.mean !== null && f.sd !== null) {
    // Student t with df = effectiveN − 1 (as tInterval); an overflowing quantile (effectiveN ≈ 1) spans the scale.
    const half = tHalfWidth(confidence, f.effectiveN - 1, f.sd / Math.sqrt(f.effectiveN));
    meanInterval = { lower: clamp(t.mean - half, t.scale.min, t.scale.max), upper: clamp(t.mean + half, t.scale.min, t.scale.max), method: 't', confidence };
  }
  let shareInterval: ConfidenceInterval<'wilson'> | null = null;
  if (f.share !== null) {
    const w = wilsonInterval(f.share, f.effectiveN, { confidence })!;
    shareInterval = { lower: clamp(100 * w.lower, 0, 100), upper: clamp(100 * w.upper, 0, 100), method: 'wilson', confidence };
  }
  return {
    n: t.n,
    mean: t.mean,
    sd: f.sd,
    easy: t.hits,
    easyShare: f.share === null ? null : 100 * f.share,
    meanInterval,
    shareInterval,
    effectiveN: f.effectiveN,
    scale: t.scale,
    direction: t.direction,
    easyRange: t.easyRange,
  };
}
