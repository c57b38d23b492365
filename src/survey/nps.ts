/**
 * NPS (Net Promoter Score): % promoters (9–10) − % detractors (0–6) of 0–10 answers, with its standard error, four
 * kinds of interval, and a mergeable tally.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { assertInteger, describe as describeValue, isArrayLike } from '../core/assert.js';
import { createRandom } from '../core/random.js';
import { quantile } from '../core/quantile.js';
import type { ConfidenceInterval } from './intervals.js';
import { badWeight, checkInputs, clamp, confidenceOption, countIntegers, isWeight, tHalfWidth, zCritical } from './support.js';

/** How {@link nps} computes its interval. See the guide docs/survey-metrics.md for which to use. */
export type NpsIntervalMethod = 'adjusted-wald' | 'wald' | 'trinomial' | 'bootstrap';

/** Options of {@link npsTally}. */
export interface NpsTallyOptions {
  /** One weight per answer: 0, or from 1e-100 to 1e100 (only ratios matter); default: every answer weighs 1. */
  readonly weights?: ArrayLike<number>;
}

/** Options of {@link nps}. */
export interface NpsOptions extends NpsTallyOptions {
  /** Confidence level of the interval, strictly between 0 and 1 (default 0.95). */
  readonly confidence?: number;
  /** Interval method (default `'adjusted-wald'`, Rocks 2016). */
  readonly interval?: NpsIntervalMethod;
  /** Bootstrap resamples, an integer in [100, 1e6] (default 2000). Used by `'bootstrap'` only. */
  readonly resamples?: number;
  /** Seed of the bootstrap's random stream, a safe integer or a string (default 0). Used by `'bootstrap'` only. */
  readonly seed?: number | string;
}

/**
 * A mergeable, JSON-serialisable tally of 0–10 answers (see {@link npsTally}, {@link mergeNpsTally}). Unweighted
 * answers are tallied as weight 1.
 */
export interface NpsTally {
  /** Tag of the tally type. */
  readonly kind: 'nps';
  /** Format version (1). */
  readonly version: 1;
  /** Number of answers tallied (zero-weight answers included). */
  readonly n: number;
  /** Weight (count when unweighted) of each answer 0..10, at its index (11 entries). */
  readonly counts: readonly number[];
  /** Σw² (= n when unweighted), for Kish's effective sample size. */
  readonly weightSquares: number;
  /** Smallest weight seen (1 when unweighted), `null` when n = 0. */
  readonly weightMin: number | null;
  /** Largest weight seen (1 when unweighted), `null` when n = 0. */
  readonly weightMax: number | null;
}

/** Shares of promoters, passives and detractors, 0..1, summing to 1. */
export interface NpsShares {
  /** Share of promoters (9–10). */
  readonly promoters: number;
  /** Share of passives (7–8). */
  readonly passives: number;
  /** Share of detractors (0–6). */
  readonly detractors: number;
}

/** Result of {@link nps}. Counts are weighted sums when weights were given. */
export interface NpsResult {
  /** Number of answers (zero-weight answers included). */
  readonly n: number;
  /** Weight (count when unweighted) of promoters, answers 9–10. */
  readonly promoters: number;
  /** Weight of passives, answers 7–8. */
  readonly passives: number;
  /** Weight of detractors, answers 0–6. */
  readonly detractors: number;
  /** The three shares; `null` when there is no answer (or all weights are 0). */
  readonly shares: NpsShares | null;
  /** NPS in points, −100..100; `null` when there is no answer. */
  readonly score: number | null;
  /**
   * Standard error of the observed score in points: 100·√(((p + d) − (p − d)²)/effectiveN), whatever the interval
   * method; `null` when there is no answer. 0 when every answer is in one group.
   */
  readonly standardError: number | null;
  /** The interval (points, inside −100..100); `null` when there is no answer, or `'trinomial'` with effectiveN ≤ 1. */
  readonly interval: ConfidenceInterval<NpsIntervalMethod> | null;
  /** Kish's effective sample size (Σw)²/Σw² (= n unweighted); 0 when there is no weight. */
  readonly effectiveN: number;
}

function badScore(v: unknown, i: number): CxError {
  return new CxError('INVALID_SCORE', `scores[${String(i)}] must be an integer 0–10, got ${describeValue(v)}`, { path: ['scores', i] });
}

/**
 * Tallies 0–10 answers into a plain-JSON, mergeable {@link NpsTally}: one counting loop, no allocation per answer
 * (Neumaier-compensated sums per answer value when weighted). O(n).
 *
 * @param scores - Answers, integers 0–10 (`number[]`, `Uint8Array`, any `ArrayLike<number>`).
 * @throws CxError `INVALID_SCORE` (`path` = `['scores', index]`) for an answer that is not an integer 0–10;
 *   `INVALID_WEIGHT` (`['weights', index]`) for a weight that is negative, non-finite, or outside 1e-100..1e100 (other than 0); `LENGTH_MISMATCH` (`['weights']`)
 *   when the lengths differ; `INVALID_ARGUMENT` when an argument is not array-like.
 * @example
 * const t = npsTally([10, 9, 8, 3]);
 * t.counts; //=> [0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1]
 * nps(t).score; //=> 25
 * npsTally([11]); //=> throws INVALID_SCORE
 */
export function npsTally(scores: ArrayLike<number>, options: NpsTallyOptions = {}): NpsTally {
  const { weights } = options;
  checkInputs(scores, weights);
  const n = scores.length;
  if (weights === undefined) {
    const counts = countIntegers(scores, 0, 10);
    if (counts === null) {
      for (let i = 0; ; i++) {
        const v = scores[i];
        if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 10) throw badScore(v, i);
      }
    }
    return { kind: 'nps', version: 1, n, counts: Array.from(counts), weightSquares: n, weightMin: n > 0 ? 1 : null, weightMax: n > 0 ? 1 : null };
  }
  const counts = new Float64Array(11);
  const comp = new Float64Array(11);
  let w2 = 0;
  let wMin = Infinity;
  let wMax = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = scores[i]!;
    const j = v | 0;
    if (j !== v || j >>> 0 > 10) throw badScore(v, i);
    const w = weights[i]!;
    if (!isWeight(w)) throw badWeight(w, i);
    const s = counts[j]!;
    const t = s + w;
    comp[j]! += s >= w ? s - t + w : w - t + s;
    counts[j] = t;
    w2 += w * w;
    if (w < wMin) wMin = w;
    if (w > wMax) wMax = w;
  }
  for (let j = 0; j < 11; j++) counts[j]! += comp[j]!;
  return { kind: 'nps', version: 1, n, counts: Array.from(counts), weightSquares: w2, weightMin: n > 0 ? wMin : null, weightMax: n > 0 ? wMax : null };
}

function isNpsTally(x: unknown): x is NpsTally {
  return typeof x === 'object' && x !== null && !isArrayLike(x) && (x as { kind?: unknown }).kind === 'nps';
}

function checkNpsTally(t: NpsTally, name: string): void {
  const bad = (field: string, what: string): CxError => new CxError('INVALID_ARGUMENT', `${name}.${field} ${what}`, { path: [name, field] });
  const nonNeg = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x < Infinity;
  if (!isNpsTally(t)) throw new CxError('INVALID_ARGUMENT', `${name} must be an NPS tally (kind 'nps')`, { path: [name] });
  if ((t.version as unknown) !== 1) throw bad('version', 'must be 1');
  if (!nonNeg(t.n) || !Number.isInteger(t.n)) throw bad('n', 'must be a non-negative integer');
  if (!Array.isArray(t.counts) || t.counts.length !== 11) throw bad('counts', 'must have 11 entries (answers 0..10)');
  for (let k = 0; k < 11; k++) {
    if (!nonNeg(t.counts[k])) throw new CxError('INVALID_ARGUMENT', `${name}.counts[${String(k)}] must be a finite number ≥ 0`, { path: [name, 'counts', k] });
  }
  if (!nonNeg(t.weightSquares)) throw bad('weightSquares', 'must be a finite number ≥ 0');
  const { weightMin: lo, weightMax: hi } = t;
  if (t.n === 0 ? lo !== null || hi !== null : !(nonNeg(lo) && nonNeg(hi) && lo <= hi)) {
    throw bad('weightMin', 'and weightMax must be null when n = 0, else finite with 0 ≤ weightMin ≤ weightMax');
  }
}

/**
 * Merges two NPS tallies (associative and commutative): `nps(mergeNpsTally(npsTally(a), npsTally(b)))` equals
 * `nps(a ∪ b)` — exactly for unweighted answers, to rounding for weighted ones. O(1).
 *
 * @throws CxError `INVALID_ARGUMENT` when either is not a valid NPS tally.
 * @example
 * const t = mergeNpsTally(npsTally([10, 10]), npsTally([0, 8]));
 * nps(t).score; //=> 25
 */
export function mergeNpsTally(a: NpsTally, b: NpsTally): NpsTally {
  checkNpsTally(a, 'a');
  checkNpsTally(b, 'b');
  const counts = new Array<number>(11);
  for (let k = 0; k < 11; k++) counts[k] = a.counts[k]! + b.counts[k]!;
  const lo = a.weightMin === null ? b.weightMin : b.weightMin === null ? a.weightMin : Math.min(a.weightMin, b.weightMin);
  const hi = a.weightMax === null ? b.weightMax : b.weightMax === null ? a.weightMax : Math.max(a.weightMax, b.weightMax);
  return { kind: 'nps', version: 1, n: a.n + b.n, counts, weightSquares: a.weightSquares + b.weightSquares, weightMin: lo, weightMax: hi };
}

/** Percentile bootstrap of the score (points); see {@link nps}. */
function bootstrap(t: NpsTally, raw: { scores: ArrayLike<number>; weights: ArrayLike<number> } | null, options: NpsOptions, confidence: number): [number, number] {
  const resamples = options.resamples ?? 2000;
  assertInteger(resamples, 'resamples', 100);
  if (resamples > 1e6) throw new CxError('OUT_OF_RANGE', `resamples must be at most 1e6, got ${String(resamples)}`, { path: ['resamples'] });
  const rng = createRandom(options.seed ?? 0);
  const out = new Float64Array(resamples);
  const c = t.counts;
  const P = c[9]! + c[10]!;
  const D = c[0]! + c[1]! + c[2]! + c[3]! + c[4]! + c[5]! + c[6]!;
  const W = P + c[7]! + c[8]! + D;
  if (t.weightMin !== null && t.weightMin > 0 && t.weightMin === t.weightMax) {
    // Equal weights: resample the group counts multinomially, Bin(n, p) then Bin(n − P*, d/(1 − p)). O(resamples).
    const n = t.n;
    const p = Math.min(1, P / W);
    const dGivenNotP = p < 1 ? Math.min(1, D / W / (1 - p)) : 0;
    for (let r = 0; r < resamples; r++) {
      const ps = rng.binomial(n, p);
      const ds = rng.binomial(n - ps, dGivenNotP);
      out[r] = (100 * (ps - ds)) / n;
    }
  } else {
    if (raw === null) {
      throw new CxError('UNSUPPORTED', "the bootstrap of unequally weighted answers needs the answers themselves, not a tally: pass the scores and weights", {
        path: ['interval'],
      });
    }
    // Unequal weights: resample (answer, weight) pairs with replacement. O(n · resamples).
    const { scores, weights } = raw;
    const n = scores.length;
    const sign = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      const v = scores[i]!;
      sign[i] = v >= 9 ? 1 : v <= 6 ? -1 : 0;
    }
    for (let r = 0; r < resamples; r++) {
      let sw = 0;
      let s = 0;
      while (sw === 0) {
        for (let k = 0; k < n; k++) {
          const i = rng.int(n);
          const w = weights[i]!;
          sw += w;
          s += sign[i]! * w;
        }
      }
      out[r] = clamp((100 * s) / sw, -100, 100);
    }
  }
  const alpha = 1 - confidence;
  return [quantile(out, alpha / 2)!, quantile(out, 1 - alpha / 2)!];
}

/**
 * Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6, zero included), in points −100..100,
 * with the promoter/passive/detractor split, the standard error and an interval. O(n) with one counting loop.
 *
 * Each answer scores +1, 0 or −1; with shares p and d the per-answer variance is (p + d) − (p − d)² and
 * SE = √(var/n). Intervals (`interval` option):
 * - `'adjusted-wald'` (default; Rocks 2016, The American Statistician 70:365–372): add 0.75 promoter, 1.5 passive
 *   and 0.75 detractor pseudo-answers (n + 3) and apply Wald to the adjusted shares, centred on the adjusted
 *   score. Good coverage at small n, and informative when every answer agrees.
 * - `'wald'`: score ± z·SE. Zero width when every answer is in one group.
 * - `'trinomial'`: Student t on the −1/0/+1 scores, SE with n − 1, df = n − 1 (`null` when n < 2).
 * - `'bootstrap'`: percentile interval of `resamples` resamples from a seeded stream (see {@link createRandom}):
 *   group counts resampled multinomially (binomial draws, O(resamples)) when all weights are equal; answers
 *   resampled with their weights (O(n·resamples)) otherwise, which needs the raw answers, not a tally.
 * Every interval is clamped to −100..100 and has lower ≤ upper.
 *
 * Weighted: counts and shares use the weights; there is no published SE for weighted NPS, so n is replaced by
 * Kish's effective sample size (Σw)²/Σw² (and n + 3 by effectiveN + 3, n − 1 by effectiveN − 1).
 * No answer gives `score: null`, `interval: null`, never NaN.
 *
 * @param input - Answers (integers 0–10) or an {@link NpsTally}.
 * @throws CxError as {@link npsTally}; `INVALID_ARGUMENT` for an unknown interval method, a malformed tally or a
 *   tally with `weights`; `OUT_OF_RANGE` for a confidence outside (0, 1) or resamples outside [100, 1e6];
 *   `UNSUPPORTED` for `'bootstrap'` on a tally of unequally weighted answers.
 * @example
 * const r = nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]);
 * r.score; //=> 20
 * r.shares; //=> { promoters: 0.5, passives: 0.2, detractors: 0.3 }
 * r.standardError; //=> 27.57
 * nps([]).score; //=> null
 */
export function nps(input: ArrayLike<number> | NpsTally, options: NpsOptions = {}): NpsResult {
  const confidence = confidenceOption(options.confidence);
  const method: unknown = options.interval ?? 'adjusted-wald';
  if (method !== 'adjusted-wald' && method !== 'wald' && method !== 'trinomial' && method !== 'bootstrap') {
    throw new CxError('INVALID_ARGUMENT', `interval must be 'adjusted-wald', 'wald', 'trinomial' or 'bootstrap', got ${describeValue(method)}`, {
      path: ['interval'],
    });
  }
  let t: NpsTally;
  let raw: { scores: ArrayLike<number>; weights: ArrayLike<number> } | null = null;
  if (isNpsTally(input)) {
    checkNpsTally(input, 'input');
    if (options.weights !== undefined) throw new CxError('INVALID_ARGUMENT', 'weights cannot be applied to a tally', { path: ['weights'] });
    t = input;
  } else {
    t = npsTally(input, options);
    if (options.weights !== undefined) raw = { scores: input, weights: options.weights };
  }
  const c = t.counts;
  const promoters = c[9]! + c[10]!;
  const passives = c[7]! + c[8]!;
  const detractors = c[0]! + c[1]! + c[2]! + c[3]! + c[4]! + c[5]! + c[6]!;
  const W = promoters + passives + detractors;
  if (!(W > 0) || !(t.weightSquares > 0)) {
    return { n: t.n, promoters, passives, detractors, shares: null, score: null, standardError: null, interval: null, effectiveN: 0 };
  }
  const p = promoters / W;
  const d = detractors / W;
  const nEff = (W * W) / t.weightSquares;
  const score = (100 * (promoters - detractors)) / W;
  const variance = Math.max(0, p + d - (p - d) * (p - d));
  const standardError = 100 * Math.sqrt(variance / nEff);
  let bounds: [number, number] | null;
  if (method === 'wald') {
    const half = zCritical(confidence) * standardError;
    bounds = [score - half, score + half];
  } else if (method === 'adjusted-wald') {
    const nA = nEff + 3;
    const pA = (p * nEff + 0.75) / nA;
    const dA = (d * nEff + 0.75) / nA;
    const centre = 100 * (pA - dA);
    const half = 100 * zCritical(confidence) * Math.sqrt(Math.max(0, pA + dA - (pA - dA) * (pA - dA)) / nA);
    bounds = [centre - half, centre + half];
  } else if (method === 'trinomial') {
    bounds = null;
    if (nEff > 1) {
      const half = tHalfWidth(confidence, nEff - 1, 100 * Math.sqrt(variance / (nEff - 1)));
      bounds = [score - half, score + half];
    }
  } else {
    bounds = bootstrap(t, raw, options, confidence);
  }
  return {
    n: t.n,
    promoters,
    passives,
    detractors,
    shares: { promoters: p, passives: passives / W, detractors: d },
    score,
    standardError,
    interval: bounds === null ? null : { lower: clamp(bounds[0], -100, 100), upper: clamp(bounds[1], -100, 100), method, confidence },
    effectiveN: nEff,
  };
}
