/**
 * CSAT (customer satisfaction): the share of satisfied answers (top-two-box) with a Wilson interval, the mean
 * answer, and a mergeable tally.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { assertFinite } from '../core/assert.js';
import { wilsonInterval, type ConfidenceInterval } from './intervals.js';
import { checkInputs, clamp, confidenceOption } from './support.js';
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

export type { ScaleTallyFields, ScoreScale } from './scale-tally.js';

/** Options of {@link csatTally}. */
export interface CsatTallyOptions {
  /** The answer scale (default `{ min: 1, max: 5 }`); integer bounds, at most 1000 points apart. */
  readonly scale?: ScoreScale;
  /** Answers at or above this count as satisfied (default `scale.max − 1`, the top-two-box: 4 on 1–5). */
  readonly satisfiedAtLeast?: number;
  /** One weight per answer: 0, or from 1e-100 to 1e100 (only ratios matter); default: every answer weighs 1. */
  readonly weights?: ArrayLike<number>;
  /** Accept non-integer answers inside the scale, e.g. averages of several items (default `false`). */
  readonly allowFractional?: boolean;
}

/** Options of {@link csat}: those of {@link csatTally} plus the confidence level. */
export interface CsatOptions extends CsatTallyOptions {
  /** Confidence level of `interval`, strictly between 0 and 1 (default 0.95). */
  readonly confidence?: number;
}

/** A mergeable, JSON-serialisable CSAT tally (see {@link csatTally}, {@link mergeCsatTally}). */
export interface CsatTally extends ScaleTallyFields {
  /** Tag of the tally type. */
  readonly kind: 'csat';
  /** The satisfied threshold the tally was made with. */
  readonly satisfiedAtLeast: number;
}

/** Result of {@link csat}. Counts are weighted sums when weights were given. */
export interface CsatResult {
  /** Number of answers (zero-weight answers included). */
  readonly n: number;
  /** Weight (count when unweighted) of satisfied answers. */
  readonly satisfied: number;
  /** % satisfied, 0–100; `null` when there is no answer (or all weights are 0). */
  readonly score: number | null;
  /** Mean answer on the scale (a different metric from `score`); `null` when there is no answer. */
  readonly mean: number | null;
  /** Sample standard deviation of the answers (n − 1 divisor; reliability weights); `null` when effectiveN ≤ 1. */
  readonly sd: number | null;
  /** Wilson interval for `score`, in points (0–100), with effectiveN as the sample size; `null` when n = 0. */
  readonly interval: ConfidenceInterval<'wilson'> | null;
  /** Kish's effective sample size (Σw)²/Σw² (= n unweighted); 0 when there is no weight. */
  readonly effectiveN: number;
  /** The answer scale. */
  readonly scale: ScoreScale;
  /** The satisfied threshold used. */
  readonly satisfiedAtLeast: number;
}

function csatSpec(options: CsatTallyOptions): { spec: ScaleTallySpec; satisfiedAtLeast: number } {
  const scale = checkScale(options.scale ?? { min: 1, max: 5 });
  const satisfiedAtLeast = options.satisfiedAtLeast ?? scale.max - 1;
  assertFinite(satisfiedAtLeast, 'satisfiedAtLeast');
  if (!(satisfiedAtLeast > scale.min && satisfiedAtLeast <= scale.max)) {
    throw new CxError('OUT_OF_RANGE', `satisfiedAtLeast must be in (${String(scale.min)}, ${String(scale.max)}], got ${String(satisfiedAtLeast)}`, {
      path: ['satisfiedAtLeast'],
    });
  }
  return { spec: { scale, hitLo: satisfiedAtLeast, hitHi: scale.max, allowFractional: options.allowFractional === true }, satisfiedAtLeast };
}

/**
 * Tallies CSAT answers into a plain-JSON, mergeable {@link CsatTally}: per-score counts (a counting loop, no
 * allocation per answer) and weighted moments. Feed it to {@link csat}, or merge partial tallies from several
 * partitions with {@link mergeCsatTally}. O(n).
 *
 * @param scores - Answers on the scale (integers unless `allowFractional`).
 * @throws CxError `INVALID_SCORE` (`path` = `['scores', index]`) for an answer outside the scale, non-finite, or
 *   fractional without `allowFractional`; `INVALID_WEIGHT` (`['weights', index]`) for a weight that is negative, non-finite, or outside 1e-100..1e100 (other than 0);
 *   `LENGTH_MISMATCH` when weights and scores differ in length; `INVALID_ARGUMENT` / `OUT_OF_RANGE` for bad options.
 * @example
 * const t = csatTally([5, 4, 2, 3]);
 * t.counts; //=> [0, 1, 1, 1, 1]
 * t.hits; //=> 2
 * csatTally([6]); //=> throws INVALID_SCORE
 */
export function csatTally(scores: ArrayLike<number>, options: CsatTallyOptions = {}): CsatTally {
  const { spec, satisfiedAtLeast } = csatSpec(options);
  checkInputs(scores, options.weights);
  return { kind: 'csat', satisfiedAtLeast, ...tallyScale(scores, options.weights, spec) };
}

function checkCsatTally(t: CsatTally, name: string): ScaleTallySpec {
  if (typeof t !== 'object' || (t as { kind?: unknown }).kind !== 'csat') {
    throw new CxError('INVALID_ARGUMENT', `${name} must be a CSAT tally (kind 'csat')`, { path: [name] });
  }
  checkScaleTally(t, name);
  const { spec } = csatSpec({ scale: t.scale, satisfiedAtLeast: t.satisfiedAtLeast, allowFractional: true });
  return spec;
}

/**
 * Merges two CSAT tallies (associative and commutative): `csat(mergeCsatTally(csatTally(a), csatTally(b)))` equals
 * `csat(a ∪ b)` — exactly for unweighted integer answers, to rounding otherwise. O(scale size).
 *
 * @throws CxError `INVALID_ARGUMENT` when either is not a valid CSAT tally, or their scales or thresholds differ.
 * @example
 * const t = mergeCsatTally(csatTally([5, 5]), csatTally([1, 4]));
 * csat(t).score; //=> 75
 */
export function mergeCsatTally(a: CsatTally, b: CsatTally): CsatTally {
  const spec = checkCsatTally(a, 'a');
  checkCsatTally(b, 'b');
  if (a.scale.min !== b.scale.min || a.scale.max !== b.scale.max || a.satisfiedAtLeast !== b.satisfiedAtLeast) {
    throw new CxError('INVALID_ARGUMENT', 'cannot merge CSAT tallies with different scales or satisfied thresholds', { path: ['b'] });
  }
  return { kind: 'csat', satisfiedAtLeast: a.satisfiedAtLeast, ...mergeScale(a, b, spec) };
}

function isCsatTally(x: unknown): x is CsatTally {
  return typeof x === 'object' && x !== null && !ArrayBuffer.isView(x) && !Array.isArray(x) && (x as { kind?: unknown }).kind === 'csat';
}

/**
 * CSAT: the share of satisfied answers (top-two-box by default: 4–5 on a 1–5 scale) in points 0–100, with the
 * Wilson (1927) interval, and the mean answer beside it (the two are different metrics, named apart).
 *
 * With weights, the share is Σw(satisfied)/Σw and the interval uses Kish's effective sample size (Σw)²/Σw² in
 * place of n. Runs in O(n) with a counting loop; no allocation per answer. An empty input gives `score: null`,
 * `interval: null`, never NaN.
 *
 * @param input - Answers (`ArrayLike<number>`) or a {@link CsatTally}.
 * @throws CxError as {@link csatTally}; `INVALID_ARGUMENT` when a tally is given with `weights`, a different scale or
 *   threshold, or is malformed; `OUT_OF_RANGE` for a confidence outside (0, 1).
 * @example
 * const r = csat([5, 4, 4, 3, 1]);
 * r.score; //=> 60
 * r.mean; //=> 3.4
 * [r.interval!.lower, r.interval!.upper]; //=> [23.07, 88.24]
 * csat([7, 6, 2], { scale: { min: 1, max: 7 } }).score; //=> 66.67
 */
export function csat(input: ArrayLike<number> | CsatTally, options: CsatOptions = {}): CsatResult {
  const confidence = confidenceOption(options.confidence);
  let t: CsatTally;
  if (isCsatTally(input)) {
    checkCsatTally(input, 'input');
    if (options.weights !== undefined) throw new CxError('INVALID_ARGUMENT', 'weights cannot be applied to a tally', { path: ['weights'] });
    const s = options.scale;
    if (s !== undefined && (s.min !== input.scale.min || s.max !== input.scale.max)) {
      throw new CxError('INVALID_ARGUMENT', 'options.scale differs from the tally’s scale', { path: ['scale'] });
    }
    if (options.satisfiedAtLeast !== undefined && options.satisfiedAtLeast !== input.satisfiedAtLeast) {
      throw new CxError('INVALID_ARGUMENT', 'options.satisfiedAtLeast differs from the tally’s', { path: ['satisfiedAtLeast'] });
    }
    t = input;
  } else {
    t = csatTally(input, options);
  }
  const f = finishScale(t);
  let interval: ConfidenceInterval<'wilson'> | null = null;
  if (f.share !== null) {
    const w = wilsonInterval(f.share, f.effectiveN, { confidence })!;
    interval = { lower: clamp(100 * w.lower, 0, 100), upper: clamp(100 * w.upper, 0, 100), method: 'wilson', confidence };
  }
  return {
    n: t.n,
    satisfied: t.hits,
    score: f.share === null ? null : 100 * f.share,
    mean: t.mean,
    sd: f.sd,
    interval,
    effectiveN: f.effectiveN,
    scale: t.scale,
    satisfiedAtLeast: t.satisfiedAtLeast,
  };
}
