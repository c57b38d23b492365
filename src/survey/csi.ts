/**
 * Customer satisfaction index (CSI): several attribute ratings combined into one 0–100 number.
 *
 * @module
 */
import { assertPositive, describe } from '../core/assert.js';
import { CxError } from '../core/errors.js';
import { type ScaleBounds, checkKey, checkRows, ratingAt, readScale, rowAt, unknownKey } from './rating-rows.js';

/** The answer scale of an attribute rating: `min < max`, both finite (fractional bounds allowed). */
export interface RatingScale {
  /** Lowest possible rating. */
  readonly min: number;
  /** Highest possible rating. */
  readonly max: number;
}

/** One attribute of a {@link csi}: the row key that holds its rating, its weight and its answer scale. */
export interface CsiAttribute {
  /** The key of the rating in each row, e.g. `'staff'`. */
  readonly key: string;
  /**
   * Importance weight, finite and ≥ 0 (default 1: equal weights). Weights are normalised to sum to 1, so only their
   * ratios matter; at least one must be > 0. Stated importance from the survey or derived importance (e.g. the
   * `importance` of {@link keyDrivers}) both fit.
   */
  readonly weight?: number;
  /** The answer scale of this attribute (default `{ min: 1, max: 5 }`). Every rating must lie in it. */
  readonly scale?: RatingScale;
}

/** Options of {@link csi}. */
export interface CsiOptions {
  /** The attributes that make up the index (at least one; keys distinct). */
  readonly attributes: readonly CsiAttribute[];
}

/** One attribute's part of a {@link CsiResult}. */
export interface CsiAttributeResult {
  /** The attribute's key. */
  readonly key: string;
  /** Mean rating over the rows where it is present, or `null` when no row has a rating. */
  readonly mean: number | null;
  /** The mean on 0–100: `(mean − min) / (max − min) · 100`, or `null` with `mean`. */
  readonly normalized: number | null;
  /** The weight after normalisation (the weights of all attributes sum to 1). */
  readonly weight: number;
  /** Rows with a rating for this attribute. */
  readonly n: number;
  /** Rows where the rating is missing (`null`, `undefined` or absent): `rows.length − n`. */
  readonly missing: number;
}

/** Result of {@link csi}. */
export interface CsiResult {
  /**
   * The index, 0–100: Σ wᵢ·normalizedᵢ. `null` when there are no rows, or when an attribute with weight > 0 has no
   * rating at all (the index is not defined without it).
   */
  readonly score: number | null;
  /** Number of rows read. */
  readonly n: number;
  /** Per attribute, in the order given. */
  readonly attributes: CsiAttributeResult[];
}

/**
 * Customer satisfaction index: the weighted mean of each attribute's mean rating, each mapped linearly onto 0–100,
 * `CSI = Σ wᵢ (x̄ᵢ − minᵢ) / (maxᵢ − minᵢ) · 100` with Σ wᵢ = 1.
 *
 * With three 1–10 questions and equal weights this is the ACSI-style form `(x̄₁ + x̄₂ + x̄₃ − 3) / 27 · 100`
 * (ACSI's own weights are proprietary and estimated; here the weights are the caller's input).
 *
 * Missing ratings (`null`, `undefined` or an absent key) are skipped per attribute and counted: each attribute's
 * mean uses the rows that rate it. So the index is the index of the attribute means; it equals the mean of the
 * per-respondent indices when no rating is missing. Sums are compensated (Neumaier). Runs in O(rows × attributes),
 * one pass, no allocation per row.
 *
 * @param rows - one object per respondent, ratings under the attribute keys (other keys are ignored).
 * @throws CxError `INVALID_ARGUMENT` for a malformed `rows` or row (`path` = `['rows', i]`), an empty or malformed
 *   `attributes` list, a duplicated key, an invalid scale (`['attributes', j, 'scale', 'max']`), or a key that no
 *   row has (`['attributes', j, 'key']`); `OUT_OF_RANGE` for a negative weight or all weights 0
 *   (`['attributes', j, 'weight']` / `['attributes']`); `NON_FINITE` for a non-finite weight; `INVALID_SCORE` for a
 *   rating that is not a finite number inside its scale (`['rows', i, key]`).
 * @example
 * const rows = [{ quality: 9, value: 7, service: 8 }, { quality: 7, value: 5, service: 9 }];
 * const scale = { min: 1, max: 10 };
 * csi(rows, { attributes: [{ key: 'quality', scale }, { key: 'value', scale }, { key: 'service', scale }] }).score; //=> 72.222222
 * csi([], { attributes: [{ key: 'quality' }] }).score; //=> null
 */
export function csi(rows: ArrayLike<object>, options: CsiOptions): CsiResult {
  checkRows(rows);
  const attrs: unknown = (options as Partial<CsiOptions> | undefined)?.attributes;
  if (!Array.isArray(attrs) || attrs.length === 0) {
    throw new CxError('INVALID_ARGUMENT', `options.attributes must be a non-empty array of { key, weight?, scale? }, got ${describe(attrs)}`, {
      path: ['attributes'],
    });
  }
  const p = attrs.length;
  const keys: string[] = [];
  const scales: ScaleBounds[] = [];
  const weights = new Float64Array(p);
  const seen = new Set<string>();
  let weightSum = 0;
  for (let j = 0; j < p; j++) {
    const a: unknown = attrs[j];
    if (typeof a !== 'object' || a === null) {
      throw new CxError('INVALID_ARGUMENT', `attributes[${j}] must be an object { key, weight?, scale? }, got ${describe(a)}`, { path: ['attributes', j] });
    }
    const { key, weight, scale } = a as { key?: unknown; weight?: unknown; scale?: unknown };
    keys.push(checkKey(key, ['attributes', j, 'key'], seen));
    scales.push(readScale(scale, ['attributes', j, 'scale']));
    const w = weight ?? 1;
    assertPositive(w, `attributes[${j}].weight`, true, ['attributes', j, 'weight']);
    weights[j] = w;
    weightSum += w;
  }
  if (!(weightSum > 0)) throw new CxError('OUT_OF_RANGE', 'at least one attribute weight must be > 0', { path: ['attributes'] });

  const n = rows.length;
  const sums = new Float64Array(p);
  const comp = new Float64Array(p); // Neumaier compensation of each sum
  const counts = new Float64Array(p);
  const present = new Uint8Array(p);
  for (let i = 0; i < n; i++) {
    const row = rowAt(rows, i);
    for (let j = 0; j < p; j++) {
      const key = keys[j]!;
      if (present[j] === 0 && Object.hasOwn(row, key)) present[j] = 1;
      const v = ratingAt(row, i, key, scales[j]!);
      if (v === v) {
        const s = sums[j]!;
        const t = s + v;
        comp[j] = comp[j]! + (Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s);
        sums[j] = t;
        counts[j] = counts[j]! + 1;
      }
    }
  }
  if (n > 0) {
    for (let j = 0; j < p; j++) if (present[j] === 0) throw unknownKey(keys[j]!, ['attributes', j, 'key']);
  }

  const out: CsiAttributeResult[] = [];
  let score: number | null = n > 0 ? 0 : null;
  for (let j = 0; j < p; j++) {
    const { min, max } = scales[j]!;
    const w = weights[j]! / weightSum;
    const c = counts[j]!;
    let mean: number | null = null;
    let normalized: number | null = null;
    if (c > 0) {
      // A sum of c ratings inside [min, max], divided by c, can round just outside the scale: clamp.
      mean = Math.min(max, Math.max(min, (sums[j]! + comp[j]!) / c));
      normalized = ((mean - min) / (max - min)) * 100;
      if (score !== null) score += w * normalized;
    } else if (w > 0) {
      score = null;
    }
    out.push({ key: keys[j]!, mean, normalized, weight: w, n: c, missing: n - c });
  }
  if (score !== null) score = Math.min(100, Math.max(0, score));
  return { score, n, attributes: out };
}
