/**
 * The mergeable tally behind CSAT and CES: per-score counts on an integer scale, weighted moments, and the weight of
 * the answers in a "hit" range (satisfied, easy). The functions are internal; the public types are re-exported by
 * csat.ts.
 *
 * @module
 */
import { CxError, type CxPath } from '../core/errors.js';
import { describe as describeValue } from '../core/assert.js';
import { badWeight, countIntegers, isWeight } from './support.js';

/** A closed range of scores on an answer scale, e.g. `{ min: 1, max: 5 }`. */
export interface ScoreScale {
  /** Lowest possible answer (an integer, ≥ −1e6). */
  readonly min: number;
  /** Highest possible answer (an integer, greater than `min`, at most `min + 1000` and 1e6). */
  readonly max: number;
}

/**
 * The fields every scale tally (CSAT, CES) shares: plain JSON, mergeable. Weighted sums when weights were given,
 * plain counts otherwise.
 */
export interface ScaleTallyFields {
  /** Format version of the tally (1). */
  readonly version: 1;
  /** The answer scale. */
  readonly scale: ScoreScale;
  /** Number of answers tallied (zero-weight answers included). */
  readonly n: number;
  /**
   * Weight (count when unweighted) of each integer answer `scale.min + i` at index `i`, or `null` once a fractional
   * answer (`allowFractional`) has been tallied.
   */
  readonly counts: readonly number[] | null;
  /** Σw (equals `n` when unweighted). */
  readonly weightSum: number;
  /** Σw² (equals `n` when unweighted); with `weightSum` it gives Kish's effective sample size. */
  readonly weightSquares: number;
  /** Weighted mean answer, or `null` when Σw = 0. */
  readonly mean: number | null;
  /** Σw(x − mean)², the weighted sum of squared deviations (Welford/West; merged by Chan et al. 1979). */
  readonly m2: number;
  /** Σw over the answers in the metric's target range (satisfied, easy). */
  readonly hits: number;
}

/** Throws unless `scale` is a valid {@link ScoreScale}; returns it. @internal */
export function checkScale(scale: ScoreScale, path: CxPath = ['scale']): ScoreScale {
  if (typeof scale !== 'object' || !Number.isInteger(scale.min) || !Number.isInteger(scale.max) || !(scale.max > scale.min)) {
    throw new CxError('INVALID_ARGUMENT', 'scale must be { min, max } with integers min < max', { path });
  }
  if (scale.max - scale.min > 1000 || scale.min < -1e6 || scale.max > 1e6) {
    throw new CxError('INVALID_ARGUMENT', `scale must span at most 1000 points within ±1e6, got ${String(scale.min)}..${String(scale.max)}`, { path });
  }
  return { min: scale.min, max: scale.max };
}

/** How to tally: the scale, the hit range [hitLo, hitHi] and whether fractional answers are allowed. @internal */
export interface ScaleTallySpec {
  readonly scale: ScoreScale;
  readonly hitLo: number;
  readonly hitHi: number;
  readonly allowFractional: boolean;
}

function badScore(v: unknown, i: number, scale: ScoreScale, allowFractional: boolean): CxError {
  const what = allowFractional ? 'a number' : 'an integer';
  return new CxError('INVALID_SCORE', `scores[${String(i)}] must be ${what} in ${String(scale.min)}..${String(scale.max)}, got ${describeValue(v)}`, {
    path: ['scores', i],
  });
}

/** Mean, Σw(x − mean)² and the hit weight from per-score counts (two passes over ≤ 1001 bins). */
function fromCounts(counts: ArrayLike<number>, spec: ScaleTallySpec): { weightSum: number; mean: number | null; m2: number; hits: number } {
  const { min } = spec.scale;
  let w = 0;
  let s = 0;
  let hits = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k]!;
    w += c;
    s += c * k;
    const x = min + k;
    if (x >= spec.hitLo && x <= spec.hitHi) hits += c;
  }
  if (w === 0) return { weightSum: 0, mean: null, m2: 0, hits: 0 };
  const mk = s / w;
  let m2 = 0;
  for (let k = 0; k < counts.length; k++) m2 += counts[k]! * (k - mk) * (k - mk);
  return { weightSum: w, mean: min + mk, m2, hits };
}

/** One pass of weighted Welford/West moments for fractional answers. */
function tallyFractional(scores: ArrayLike<number>, weights: ArrayLike<number> | undefined, spec: ScaleTallySpec): ScaleTallyFields {
  const { min, max } = spec.scale;
  const n = scores.length;
  let wSum = 0;
  let w2Sum = 0;
  let mean = 0;
  let m2 = 0;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const v = scores[i]!;
    if (typeof v !== 'number' || !(v >= min && v <= max)) throw badScore(v, i, spec.scale, true);
    let w = 1;
    if (weights !== undefined) {
      w = weights[i]!;
      if (!isWeight(w)) throw badWeight(w, i);
      if (w === 0) continue;
    }
    wSum += w;
    w2Sum += w * w;
    const d = v - mean;
    mean += (w / wSum) * d;
    m2 += w * d * (v - mean);
    if (v >= spec.hitLo && v <= spec.hitHi) hits += w;
  }
  return { version: 1, scale: spec.scale, n, counts: null, weightSum: wSum, weightSquares: w2Sum, mean: wSum > 0 ? mean : null, m2: Math.max(0, m2), hits };
}

/**
 * Tallies answers on an integer scale in one pass: a counting loop (no allocation per answer) while every answer is
 * an integer, restarting as a moments pass at the first fractional answer when those are allowed. @internal
 */
export function tallyScale(scores: ArrayLike<number>, weights: ArrayLike<number> | undefined, spec: ScaleTallySpec): ScaleTallyFields {
  const { min, max } = spec.scale;
  const span = max - min;
  const n = scores.length;
  let counts: Float64Array;
  let w2Sum = n;
  if (weights === undefined) {
    const c = countIntegers(scores, min, span);
    if (c === null) {
      // The first answer that is not an integer on the scale: fractional (allowed) restarts as moments, else throw.
      for (let i = 0; ; i++) {
        const v: unknown = scores[i];
        const inside = typeof v === 'number' && v >= min && v <= max;
        if (inside && Number.isInteger(v)) continue;
        if (inside && spec.allowFractional) return tallyFractional(scores, weights, spec);
        throw badScore(v, i, spec.scale, spec.allowFractional);
      }
    }
    counts = c;
  } else {
    counts = new Float64Array(span + 1);
    const comp = new Float64Array(span + 1);
    w2Sum = 0;
    for (let i = 0; i < n; i++) {
      const v = scores[i]!;
      const j = (v | 0) - min;
      if (j + min !== v || j >>> 0 > span) {
        if (spec.allowFractional && typeof v === 'number' && v >= min && v <= max) return tallyFractional(scores, weights, spec);
        throw badScore(v, i, spec.scale, spec.allowFractional);
      }
      const w = weights[i]!;
      if (!isWeight(w)) throw badWeight(w, i);
      // Neumaier's compensated addition into bin j.
      const s = counts[j]!;
      const t = s + w;
      comp[j]! += s >= w ? s - t + w : w - t + s;
      counts[j] = t;
      w2Sum += w * w;
    }
    for (let j = 0; j <= span; j++) counts[j]! += comp[j]!;
  }
  const m = fromCounts(counts, spec);
  return { version: 1, scale: spec.scale, n, counts: Array.from(counts), weightSum: m.weightSum, weightSquares: w2Sum, mean: m.mean, m2: m.m2, hits: m.hits };
}

/**
 * Merges two scale tallies of the same scale and hit range: counts added when both have them (the moments are then
 * recomputed from the counts, so the merge is exact for unweighted integer answers), otherwise Chan, Golub &
 * LeVeque's (1979) pairwise update of the mean and Σw(x − mean)². @internal
 */
export function mergeScale(a: ScaleTallyFields, b: ScaleTallyFields, spec: ScaleTallySpec): ScaleTallyFields {
  const n = a.n + b.n;
  const weightSquares = a.weightSquares + b.weightSquares;
  if (a.counts !== null && b.counts !== null) {
    const counts = new Array<number>(a.counts.length);
    for (let k = 0; k < counts.length; k++) counts[k] = a.counts[k]! + b.counts[k]!;
    const m = fromCounts(counts, spec);
    return { version: 1, scale: spec.scale, n, counts, weightSum: m.weightSum, weightSquares, mean: m.mean, m2: m.m2, hits: m.hits };
  }
  const weightSum = a.weightSum + b.weightSum;
  const hits = a.hits + b.hits;
  let mean: number | null;
  let m2: number;
  if (a.mean === null || b.mean === null) {
    mean = a.mean ?? b.mean;
    m2 = a.mean === null ? b.m2 : a.m2;
  } else {
    const d = b.mean - a.mean;
    mean = a.mean + (d * b.weightSum) / weightSum;
    m2 = a.m2 + b.m2 + (d * d * a.weightSum * b.weightSum) / weightSum;
  }
  return { version: 1, scale: spec.scale, n, counts: null, weightSum, weightSquares, mean, m2, hits };
}

/** Validates the shared fields of a tally given as input (it may come from JSON). @internal */
export function checkScaleTally(t: ScaleTallyFields, name: string): void {
  const bad = (field: string, what: string): CxError =>
    new CxError('INVALID_ARGUMENT', `${name}.${field} ${what}`, { path: [name, field] });
  if ((t.version as unknown) !== 1) throw bad('version', 'must be 1');
  checkScale(t.scale, [name, 'scale']);
  const nonNeg = (x: unknown): boolean => typeof x === 'number' && x >= 0 && x < Infinity;
  if (!nonNeg(t.n) || !Number.isInteger(t.n)) throw bad('n', 'must be a non-negative integer');
  for (const f of ['weightSum', 'weightSquares', 'm2', 'hits'] as const) if (!nonNeg(t[f])) throw bad(f, 'must be a finite number ≥ 0');
  if (t.mean !== null && !(t.mean >= t.scale.min && t.mean <= t.scale.max)) throw bad('mean', 'must be null or inside the scale');
  if ((t.mean === null) !== (t.weightSum === 0)) throw bad('mean', 'must be null exactly when weightSum is 0');
  if (t.counts !== null) {
    if (!Array.isArray(t.counts) || t.counts.length !== t.scale.max - t.scale.min + 1) throw bad('counts', 'must have one entry per scale point');
    for (let k = 0; k < t.counts.length; k++) {
      if (!nonNeg(t.counts[k])) throw new CxError('INVALID_ARGUMENT', `${name}.counts[${String(k)}] must be a finite number ≥ 0`, { path: [name, 'counts', k] });
    }
  }
}

/** Derived statistics of a scale tally: effective n, sample variance (reliability weights), hit share. @internal */
export function finishScale(t: ScaleTallyFields): { effectiveN: number; sd: number | null; share: number | null } {
  if (t.weightSum === 0 || t.mean === null) return { effectiveN: 0, sd: null, share: null };
  const effectiveN = (t.weightSum * t.weightSum) / t.weightSquares;
  // Σw(x − m)²/Σw · nEff/(nEff − 1): the unbiased variance under reliability weights (s² = Σ(x − m)²/(n − 1) unweighted).
  const sd = effectiveN > 1 ? Math.sqrt(((t.m2 / t.weightSum) * effectiveN) / (effectiveN - 1)) : null;
  const share = Math.min(1, t.hits / t.weightSum);
  return { effectiveN, sd, share };
}
