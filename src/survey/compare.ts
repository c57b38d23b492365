/**
 * Significance of a change between two periods or two segments: two-sample z tests for NPS and shares, Welch's t
 * test for means.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { assertFinite, assertPositive } from '../core/assert.js';
import { normalSurvival, studentTSurvival } from '../core/distributions.js';
import type { ConfidenceInterval } from './intervals.js';
import { clamp, confidenceOption, tHalfWidth, zCritical } from './support.js';
import { nps, type NpsResult, type NpsTally } from './nps.js';
import { csat, type CsatResult, type CsatTally } from './csat.js';
import { ces, type CesResult, type CesTally } from './ces.js';

/** Options of the comparison functions. */
export interface CompareOptions {
  /** Confidence level of the interval; the test is significant when pValue < 1 − confidence (default 0.95). */
  readonly confidence?: number;
}

/** Options of {@link compareProportions} and {@link compareCsat}. */
export interface CompareProportionsOptions extends CompareOptions {
  /**
   * Use the pooled share under H₀ for the test's standard error (the classic two-proportion z test, as R's
   * `prop.test(correct = FALSE)`); default `false`: the unpooled (Wald) SE, as {@link compareNps}. The interval is
   * always the unpooled Wald interval.
   */
  readonly pooled?: boolean;
}

/**
 * A two-sample z test of a difference a − b. Every field is `null` (and `significant` false) when either side has
 * no answer.
 */
export interface DifferenceTest {
  /** a − b, in the metric's unit (points for NPS/CSAT/CES shares, 0..1 for {@link compareProportions}). */
  readonly difference: number | null;
  /** Standard error of the difference used by the test. */
  readonly standardError: number | null;
  /** z = difference / standardError; `null` when the standard error is 0. */
  readonly z: number | null;
  /**
   * Two-sided p-value 2·P(Z > |z|). With a standard error of 0 (both samples unanimous) it is 1 when the difference
   * is 0 and `null` otherwise: the Wald test carries no information there.
   */
  readonly pValue: number | null;
  /** True when pValue < 1 − confidence. */
  readonly significant: boolean;
  /** Wald interval difference ± z·SE (unpooled), clamped to the possible range; `null` when either side is empty. */
  readonly interval: ConfidenceInterval<'wald'> | null;
}

/** Welch's two-sample t test of a difference of means a − b. Fields are `null` when either side has n ≤ 1. */
export interface WelchTest {
  /** a − b. */
  readonly difference: number | null;
  /** √(s²a/na + s²b/nb). */
  readonly standardError: number | null;
  /** t = difference / standardError; `null` when the standard error is 0. */
  readonly t: number | null;
  /** Welch–Satterthwaite degrees of freedom. */
  readonly df: number | null;
  /** Two-sided p-value; with a standard error of 0: 1 when the difference is 0, else `null`. */
  readonly pValue: number | null;
  /** True when pValue < 1 − confidence. */
  readonly significant: boolean;
  /** difference ± t_{1−α/2, df}·SE; `null` when either side has n ≤ 1, or df ≲ 0.005 (the quantile overflows). */
  readonly interval: ConfidenceInterval<'welch'> | null;
}

/** A share with its sample size, for {@link compareProportions}. */
export interface ProportionSample {
  /** The observed share, 0..1. */
  readonly proportion: number;
  /** Sample size (> 0; Kish's effective n for weighted data; 0 = no data). */
  readonly n: number;
}

/** A sample mean with its spread, for {@link compareMeans}. */
export interface MeanSample {
  /** Sample mean. */
  readonly mean: number;
  /** Sample standard deviation (n − 1 divisor). */
  readonly sd: number;
  /** Sample size (effective n for weighted data). */
  readonly n: number;
}

const EMPTY_Z: DifferenceTest = { difference: null, standardError: null, z: null, pValue: null, significant: false, interval: null };

function zTest(difference: number, se: number, testSe: number, confidence: number, range: number): DifferenceTest {
  const half = zCritical(confidence) * se;
  const interval: ConfidenceInterval<'wald'> = {
    lower: clamp(difference - half, -range, range),
    upper: clamp(difference + half, -range, range),
    method: 'wald',
    confidence,
  };
  if (!(testSe > 0)) {
    const pValue = difference === 0 ? 1 : null;
    return { difference, standardError: testSe, z: null, pValue, significant: false, interval };
  }
  const z = difference / testSe;
  const pValue = Math.min(1, 2 * normalSurvival(Math.abs(z)));
  return { difference, standardError: testSe, z, pValue, significant: pValue < 1 - confidence, interval };
}

function checkProportion(s: ProportionSample, name: string): void {
  assertFinite(s.proportion, 'proportion', [name, 'proportion']);
  if (s.proportion < 0 || s.proportion > 1) {
    throw new CxError('OUT_OF_RANGE', `${name}.proportion must be in [0, 1], got ${String(s.proportion)}`, { path: [name, 'proportion'] });
  }
  assertPositive(s.n, 'n', true, [name, 'n']);
}

/**
 * Two-sample z test for a difference of proportions a − b (independent samples), on the 0..1 scale. SE = √(pa(1 − pa)/na
 * + pb(1 − pb)/nb) (Wald), or the pooled SE with `pooled: true` (then the p-value equals R's
 * `prop.test(c(xa, xb), c(na, nb), correct = FALSE)`). The interval is the unpooled Wald interval, clamped to [−1, 1].
 *
 * @throws CxError `OUT_OF_RANGE` / `NON_FINITE` for a proportion outside [0, 1], a negative n, or a confidence
 *   outside (0, 1).
 * @example
 * const r = compareProportions({ proportion: 0.6, n: 200 }, { proportion: 0.5, n: 200 });
 * r.difference; //=> 0.1
 * r.pValue; //=> 0.0434
 * compareProportions({ proportion: 0.6, n: 200 }, { proportion: 0.5, n: 200 }, { pooled: true }).pValue; //=> 0.0444
 */
export function compareProportions(a: ProportionSample, b: ProportionSample, options: CompareProportionsOptions = {}): DifferenceTest {
  checkProportion(a, 'a');
  checkProportion(b, 'b');
  const confidence = confidenceOption(options.confidence);
  if (a.n === 0 || b.n === 0) return EMPTY_Z;
  const difference = a.proportion - b.proportion;
  const se = Math.sqrt((a.proportion * (1 - a.proportion)) / a.n + (b.proportion * (1 - b.proportion)) / b.n);
  let testSe = se;
  if (options.pooled === true) {
    const p = (a.proportion * a.n + b.proportion * b.n) / (a.n + b.n);
    testSe = Math.sqrt(Math.max(0, p * (1 - p)) * (1 / a.n + 1 / b.n));
  }
  return zTest(difference, se, testSe, confidence, 1);
}

function npsOf(x: NpsResult | NpsTally): NpsResult {
  return (x as { kind?: unknown }).kind === 'nps' ? nps(x as NpsTally, { interval: 'wald' }) : (x as NpsResult);
}

/**
 * Compares two independent NPS values (two periods, two segments): z = (NPSa − NPSb)/√(SEa² + SEb²) with each SE
 * from the observed shares (the `standardError` of {@link nps}, effective n when weighted), a two-sided normal
 * p-value, and the Wald interval of the difference in points, clamped to −200..200.
 *
 * @param a - An {@link NpsResult} or {@link NpsTally}.
 * @param b - Same, for the sample compared against.
 * @throws CxError `OUT_OF_RANGE` for a confidence outside (0, 1); as {@link nps} for a malformed tally.
 * @example
 * const jan = nps(npsTally([10, 9, 9, 7, 3, 10, 9, 8, 2, 10]));
 * const feb = nps([10, 6, 5, 7, 3, 4, 9, 8, 2, 1]);
 * const d = compareNps(jan, feb);
 * d.difference; //=> 80
 * d.significant; //=> true
 */
export function compareNps(a: NpsResult | NpsTally, b: NpsResult | NpsTally, options: CompareOptions = {}): DifferenceTest {
  const confidence = confidenceOption(options.confidence);
  const ra = npsOf(a);
  const rb = npsOf(b);
  if (ra.score === null || rb.score === null || ra.standardError === null || rb.standardError === null) return EMPTY_Z;
  const se = Math.sqrt(ra.standardError * ra.standardError + rb.standardError * rb.standardError);
  return zTest(ra.score - rb.score, se, se, confidence, 200);
}

/**
 * Compares the CSAT scores (% satisfied) of two independent samples with {@link compareProportions}, in points
 * (effective n when weighted).
 *
 * @param a - A {@link CsatResult} or {@link CsatTally}.
 * @param b - Same, on the same scale and threshold.
 * @throws CxError `INVALID_ARGUMENT` when the scales or thresholds differ; as {@link compareProportions}.
 * @example
 * compareCsat(csat([5, 5, 4, 2]), csat([5, 1, 2, 2])).difference; //=> 50
 */
export function compareCsat(a: CsatResult | CsatTally, b: CsatResult | CsatTally, options: CompareProportionsOptions = {}): DifferenceTest {
  const ra = (a as { kind?: unknown }).kind === 'csat' ? csat(a as CsatTally) : (a as CsatResult);
  const rb = (b as { kind?: unknown }).kind === 'csat' ? csat(b as CsatTally) : (b as CsatResult);
  if (ra.scale.min !== rb.scale.min || ra.scale.max !== rb.scale.max || ra.satisfiedAtLeast !== rb.satisfiedAtLeast) {
    throw new CxError('INVALID_ARGUMENT', 'cannot compare CSAT on different scales or satisfied thresholds', { path: ['b'] });
  }
  const confidence = confidenceOption(options.confidence);
  if (ra.score === null || rb.score === null) return EMPTY_Z;
  return toPoints(
    compareProportions({ proportion: ra.score / 100, n: ra.effectiveN }, { proportion: rb.score / 100, n: rb.effectiveN }, { ...options, confidence }),
  );
}

function toPoints(r: DifferenceTest): DifferenceTest {
  if (r.difference === null || r.standardError === null || r.interval === null) return r;
  return {
    ...r,
    difference: 100 * r.difference,
    standardError: 100 * r.standardError,
    interval: { ...r.interval, lower: 100 * r.interval.lower, upper: 100 * r.interval.upper },
  };
}

/**
 * Welch's two-sample t test of a difference of means a − b (Welch 1947): SE = √(s²a/na + s²b/nb), Welch–Satterthwaite
 * df, two-sided p-value and interval from Student's t — as R's `t.test(x, y)`.
 *
 * @throws CxError `NON_FINITE` / `OUT_OF_RANGE` for a non-finite mean, a negative sd or n, or a confidence outside (0, 1).
 * @example
 * const r = compareMeans({ mean: 5.2, sd: 1.1, n: 40 }, { mean: 4.6, sd: 1.4, n: 35 });
 * r.t; //=> 2.0430
 * r.df; //=> 64.30
 */
export function compareMeans(a: MeanSample, b: MeanSample, options: CompareOptions = {}): WelchTest {
  for (const [s, name] of [[a, 'a'], [b, 'b']] as const) {
    assertFinite(s.mean, 'mean', [name, 'mean']);
    assertPositive(s.sd, 'sd', true, [name, 'sd']);
    assertPositive(s.n, 'n', true, [name, 'n']);
  }
  const confidence = confidenceOption(options.confidence);
  if (!(a.n > 1 && b.n > 1)) return { difference: null, standardError: null, t: null, df: null, pValue: null, significant: false, interval: null };
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  const difference = a.mean - b.mean;
  if (!(se > 0)) {
    const interval: ConfidenceInterval<'welch'> = { lower: difference, upper: difference, method: 'welch', confidence };
    return { difference, standardError: 0, t: null, df: null, pValue: difference === 0 ? 1 : null, significant: false, interval };
  }
  const df = ((va + vb) * (va + vb)) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const t = difference / se;
  const pValue = Math.min(1, 2 * studentTSurvival(Math.abs(t), df));
  const half = tHalfWidth(confidence, df, se);
  return {
    difference,
    standardError: se,
    t,
    df,
    pValue,
    significant: pValue < 1 - confidence,
    interval: half === Infinity ? null : { lower: difference - half, upper: difference + half, method: 'welch', confidence },
  };
}

/** Result of {@link compareCes}: the mean and the easy share, each tested. */
export interface CesComparison {
  /** Welch's t test of the mean answers. */
  readonly mean: WelchTest;
  /** z test of the easy shares, in points. */
  readonly easyShare: DifferenceTest;
}

/**
 * Compares two CES samples on the same scale and direction: the means by Welch's t test ({@link compareMeans}) and
 * the easy shares by a two-sample z test in points ({@link compareProportions}), effective n when weighted.
 *
 * @param a - A {@link CesResult} or {@link CesTally}.
 * @param b - Same, with the same scale, direction and easy range.
 * @throws CxError `INVALID_ARGUMENT` when scales, directions or easy ranges differ; as {@link compareMeans}.
 * @example
 * const o = { direction: 'higher-is-easier' } as const;
 * const r = compareCes(ces([7, 6, 6, 5, 7], o), ces([3, 4, 5, 2, 4], o));
 * r.mean.difference; //=> 2.6
 * r.easyShare.difference; //=> 80
 */
export function compareCes(a: CesResult | CesTally, b: CesResult | CesTally, options: CompareProportionsOptions = {}): CesComparison {
  const of = (x: CesResult | CesTally): CesResult => ((x as { kind?: unknown }).kind === 'ces' ? ces(x as CesTally, { direction: (x as CesTally).direction }) : (x as CesResult));
  const ra = of(a);
  const rb = of(b);
  if (
    ra.scale.min !== rb.scale.min ||
    ra.scale.max !== rb.scale.max ||
    ra.direction !== rb.direction ||
    ra.easyRange[0] !== rb.easyRange[0] ||
    ra.easyRange[1] !== rb.easyRange[1]
  ) {
    throw new CxError('INVALID_ARGUMENT', 'cannot compare CES with different scales, directions or easy ranges', { path: ['b'] });
  }
  const confidence = confidenceOption(options.confidence);
  const mean =
    ra.mean === null || rb.mean === null || ra.sd === null || rb.sd === null
      ? { difference: null, standardError: null, t: null, df: null, pValue: null, significant: false, interval: null }
      : compareMeans({ mean: ra.mean, sd: ra.sd, n: ra.effectiveN }, { mean: rb.mean, sd: rb.sd, n: rb.effectiveN }, { confidence });
  const easyShare =
    ra.easyShare === null || rb.easyShare === null
      ? EMPTY_Z
      : toPoints(compareProportions({ proportion: ra.easyShare / 100, n: ra.effectiveN }, { proportion: rb.easyShare / 100, n: rb.effectiveN }, { ...options, confidence }));
  return { mean, easyShare };
}
