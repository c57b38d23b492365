/**
 * Key driver analysis: which attribute ratings move an outcome (overall satisfaction, likelihood to recommend)
 * most, next to how well each attribute performs — the importance–performance matrix CX teams read.
 *
 * @module
 */
import { describe } from '../core/assert.js';
import { CxError } from '../core/errors.js';
import type { Labels } from '../model/labels.js';
import type { RatingScale } from './csi.js';
import { byCorrelation, byModel } from './key-driver-models.js';
import { type ScaleBounds, checkKey, checkRows, ratingAt, readScale, rowAt, unknownKey } from './rating-rows.js';

/** How {@link keyDrivers} measures importance. */
export type KeyDriverMethod = 'correlation' | 'regression' | 'relative-weights';

/**
 * A quadrant of the importance–performance matrix (split at the mean importance and the mean performance):
 * `fix-first` = high importance, low performance; `maintain` = high, high; `low-priority` = low, low;
 * `overkill` = low importance, high performance.
 */
export type KeyDriverQuadrant = 'fix-first' | 'maintain' | 'low-priority' | 'overkill';

/**
 * The quadrants, most urgent first.
 *
 * @example
 * KEY_DRIVER_QUADRANTS; //=> ['fix-first', 'maintain', 'low-priority', 'overkill']
 */
export const KEY_DRIVER_QUADRANTS: readonly KeyDriverQuadrant[] = Object.freeze(['fix-first', 'maintain', 'low-priority', 'overkill'] as const);

/**
 * Labels of the quadrants.
 *
 * @example
 * KEY_DRIVER_QUADRANT_LABELS['fix-first'].en; //=> 'Fix first'
 * KEY_DRIVER_QUADRANT_LABELS['fix-first']['zh-CN']; //=> '优先改进'
 */
export const KEY_DRIVER_QUADRANT_LABELS: Readonly<Record<KeyDriverQuadrant, Labels>> = Object.freeze({
  'fix-first': { 'zh-CN': '优先改进', en: 'Fix first' },
  maintain: { 'zh-CN': '继续保持', en: 'Maintain' },
  'low-priority': { 'zh-CN': '次要改进', en: 'Low priority' },
  overkill: { 'zh-CN': '过度投入', en: 'Overkill' },
});

/** Options of {@link keyDrivers}. */
export interface KeyDriversOptions {
  /** Key of the outcome in each row (any finite numbers, e.g. the 0–10 recommendation or overall satisfaction). */
  readonly outcome: string;
  /** Keys of the attribute ratings (at least one, distinct, not the outcome). */
  readonly attributes: readonly string[];
  /**
   * Importance measure (default `'relative-weights'`, which shares the explained variance fairly among correlated
   * attributes):
   * - `'correlation'`: |Pearson r| of each attribute with the outcome;
   * - `'regression'`: |standardised OLS coefficient| of the multiple regression of the outcome on all attributes;
   * - `'relative-weights'`: Johnson's (2000) relative weights, which sum to the regression's R².
   */
  readonly method?: KeyDriverMethod;
  /** Answer scale of the attributes, for `performance` (default `{ min: 1, max: 5 }`). Every rating must lie in it. */
  readonly scale?: RatingScale;
  /** Per-attribute scales that override `scale` (keys must be attributes). */
  readonly scales?: Readonly<Record<string, RatingScale>>;
}

/** One attribute in the result of {@link keyDrivers}. */
export interface KeyDriver {
  /** The attribute's key. */
  readonly key: string;
  /**
   * Share of the total importance, in [0, 1]; the importances of all attributes sum to 1. `null` when importance
   * cannot be measured (see {@link keyDrivers}).
   */
  readonly importance: number | null;
  /**
   * The unnormalised measure: |r| (`correlation`), |β| of the standardised regression (`regression`), or the raw
   * relative weight ε, a part of R² (`relative-weights`: the raw weights sum to R²). `null` with `importance`.
   */
  readonly rawWeight: number | null;
  /** Pearson correlation with the outcome (signed) over the rows used for importance, or `null` when undefined. */
  readonly correlation: number | null;
  /** Mean rating on 0–100 of its scale, `(mean − min) / (max − min) · 100`, over every row that rates it; `null` when none does. */
  readonly performance: number | null;
  /** Quadrant of the importance–performance matrix, or `null` when importance or performance is `null`. */
  readonly quadrant: KeyDriverQuadrant | null;
  /**
   * Rows used for `importance` and `correlation`: rows with both this attribute and the outcome (`correlation`), or
   * rows with the outcome and every attribute (`regression`, `relative-weights`).
   */
  readonly n: number;
  /** Rows where this attribute is missing (`null`, `undefined` or absent). */
  readonly missing: number;
}

interface Parsed {
  readonly outcome: string;
  readonly keys: string[];
  readonly method: KeyDriverMethod;
  readonly scales: ScaleBounds[];
}

function parseOptions(options: unknown): Parsed {
  if (typeof options !== 'object' || options === null) {
    throw new CxError('INVALID_ARGUMENT', `options must be an object { outcome, attributes, method? }, got ${describe(options)}`, { path: [] });
  }
  const o = options as { outcome?: unknown; attributes?: unknown; method?: unknown; scale?: unknown; scales?: unknown };
  const method = o.method ?? 'relative-weights';
  if (method !== 'correlation' && method !== 'regression' && method !== 'relative-weights') {
    throw new CxError('INVALID_ARGUMENT', `method must be 'correlation', 'regression' or 'relative-weights', got ${describe(method)}`, { path: ['method'] });
  }
  const seen = new Set<string>();
  const outcome = checkKey(o.outcome, ['outcome'], seen);
  const attrs = o.attributes;
  if (!Array.isArray(attrs) || attrs.length === 0) {
    throw new CxError('INVALID_ARGUMENT', `attributes must be a non-empty array of keys, got ${describe(attrs)}`, { path: ['attributes'] });
  }
  const keys: string[] = [];
  for (let j = 0; j < attrs.length; j++) keys.push(checkKey(attrs[j], ['attributes', j], seen));
  const base = readScale(o.scale, ['scale']);
  const scales = keys.map(() => base);
  if (o.scales !== undefined) {
    if (typeof o.scales !== 'object' || o.scales === null) {
      throw new CxError('INVALID_ARGUMENT', `scales must be an object { [attribute]: { min, max } }, got ${describe(o.scales)}`, { path: ['scales'] });
    }
    for (const k of Object.keys(o.scales)) {
      const j = keys.indexOf(k);
      if (j < 0) throw new CxError('INVALID_ARGUMENT', `scales.${k}: '${k}' is not one of the attributes`, { path: ['scales', k] });
      scales[j] = readScale((o.scales as Record<string, unknown>)[k], ['scales', k]);
    }
  }
  return { outcome, keys, method, scales };
}

/**
 * Key driver analysis with the importance–performance matrix: for each attribute, how much it drives the outcome
 * (`importance`, normalised to sum to 1) and how well it performs (`performance`, its mean rating on 0–100), and
 * the resulting quadrant. Sorted by importance, largest first (attributes with `importance: null` last, then in
 * the order given).
 *
 * Methods:
 * - `'correlation'`: |r| (Pearson) of each attribute with the outcome. Simple; overstates attributes that are
 *   merely correlated with a true driver.
 * - `'regression'`: |β| of the standardised multiple regression, from the correlation form of the normal equations
 *   R_xx·β = r_xy (solved by Cholesky). Unstable when attributes are strongly correlated; a β can even take the
 *   opposite sign of r.
 * - `'relative-weights'` (default): Johnson (2000), "A heuristic method for estimating the relative weight of
 *   predictor variables in multiple regression", Multivariate Behavioral Research 35(1), 1–19. With
 *   R_xx = Q·Λ·Qᵀ (Jacobi eigendecomposition), Λ* = Q·Λ^½·Qᵀ, β = Λ*⁻¹·r_xy and ε_j = Σ_k Λ*_jk²·β_k²; the raw
 *   weights ε sum to the regression's R², and with uncorrelated attributes ε_j = r_j². Close to dominance analysis
 *   at a fraction of the cost.
 *
 * Missing values (`null`, `undefined` or an absent key) are skipped and counted: `'correlation'` uses, per
 * attribute, the rows that have both it and the outcome (pairwise deletion); `'regression'` and
 * `'relative-weights'` need complete rows and use the rows that have the outcome and every attribute (listwise
 * deletion). Each item reports its `n` and `missing`; `performance` always uses every row that rates the attribute.
 *
 * `importance` (and `rawWeight`, `quadrant`) is `null` when it cannot be measured from the data: for an attribute
 * with fewer than 2 usable rows or no variance (`'correlation'`), for every attribute when the outcome has no
 * variance, when the raw weights are all 0, or with fewer than `attributes.length + 2` complete rows
 * (`'regression'`, `'relative-weights'`). Quadrants split at the mean importance and mean performance of the
 * attributes that have both; "at or above the mean" counts as high.
 *
 * Importance is invariant to row order and to any positive affine rescaling of an attribute or the outcome.
 * Runs in O(rows·p²) plus O(p³) for the models, p = number of attributes.
 *
 * @param rows - one object per respondent: the outcome and the attribute ratings under their keys.
 * @throws CxError `INVALID_ARGUMENT` for malformed rows (`['rows', i]`) or options (`['outcome']`,
 *   `['attributes', j]`, `['method']`, `['scale', …]`, `['scales', key]`), a duplicated key, or a key that no row
 *   has; `INVALID_SCORE` for a value that is not a finite number or an attribute rating outside its scale
 *   (`['rows', i, key]`); `DOMAIN_ERROR` (`'regression'`, `'relative-weights'`) when an attribute is constant in
 *   the complete rows (`['attributes', j]`) or attributes are (nearly) collinear — the smallest eigenvalue of
 *   their correlation matrix ≤ 1e-10 × the largest, e.g. a duplicated question (`['attributes']`, the attributes
 *   named in the message and in `details.attributes`).
 * @example
 * const rows = [
 *   { overall: 9, staff: 3, price: 4 }, { overall: 7, staff: 3, price: 5 }, { overall: 4, staff: 1, price: 4 },
 *   { overall: 8, staff: 2, price: 5 }, { overall: 3, staff: 1, price: 5 },
 * ];
 * const drivers = keyDrivers(rows, { outcome: 'overall', attributes: ['staff', 'price'] });
 * drivers.map((d) => [d.key, d.quadrant]); //=> [['staff', 'fix-first'], ['price', 'overkill']]
 * drivers.map((d) => d.importance); //=> [0.985401, 0.014599]
 */
export function keyDrivers(rows: ArrayLike<object>, options: KeyDriversOptions): KeyDriver[] {
  checkRows(rows);
  const { outcome, keys, method, scales } = parseOptions(options);
  const p = keys.length;
  const n = rows.length;
  const y = new Float64Array(n);
  const x = new Float64Array(n * p); // column-major: x[j·n + i]; NaN = missing
  const present = new Uint8Array(p + 1);
  for (let i = 0; i < n; i++) {
    const row = rowAt(rows, i);
    if (present[p] === 0 && Object.hasOwn(row, outcome)) present[p] = 1;
    y[i] = ratingAt(row, i, outcome, null);
    for (let j = 0; j < p; j++) {
      if (present[j] === 0 && Object.hasOwn(row, keys[j]!)) present[j] = 1;
      x[j * n + i] = ratingAt(row, i, keys[j]!, scales[j]!);
    }
  }
  if (n > 0) {
    if (present[p] === 0) throw unknownKey(outcome, ['outcome']);
    for (let j = 0; j < p; j++) if (present[j] === 0) throw unknownKey(keys[j]!, ['attributes', j]);
  }

  const model = method === 'correlation' ? byCorrelation(y, x, n, p) : byModel(y, x, n, keys, method);
  let total = 0;
  for (let j = 0; j < p; j++) total += model.raw[j] ?? 0;

  const items: { key: string; importance: number | null; rawWeight: number | null; correlation: number | null; performance: number | null; n: number; missing: number }[] = [];
  for (let j = 0; j < p; j++) {
    const { min, max } = scales[j]!;
    let s = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const v = x[j * n + i]!;
      if (v === v) {
        s += v;
        c++;
      }
    }
    const mean = c > 0 ? Math.min(max, Math.max(min, s / c)) : null;
    const raw = total > 0 ? (model.raw[j] ?? null) : null;
    items.push({
      key: keys[j]!,
      importance: raw === null ? null : raw / total,
      rawWeight: raw,
      correlation: model.r[j]!,
      performance: mean === null ? null : ((mean - min) / (max - min)) * 100,
      n: model.n[j]!,
      missing: n - c,
    });
  }

  let impSum = 0;
  let perfSum = 0;
  let both = 0;
  for (const it of items) {
    if (it.importance !== null && it.performance !== null) {
      impSum += it.importance;
      perfSum += it.performance;
      both++;
    }
  }
  const out: KeyDriver[] = items.map((it) => {
    let quadrant: KeyDriverQuadrant | null = null;
    if (it.importance !== null && it.performance !== null) {
      // "At or above the mean", with a rounding margin so that equal values all count as high.
      const high = it.importance * both >= impSum * (1 - 1e-12);
      const good = it.performance * both >= perfSum * (1 - 1e-12);
      quadrant = high ? (good ? 'maintain' : 'fix-first') : good ? 'overkill' : 'low-priority';
    }
    return { ...it, quadrant };
  });
  // Array#sort is stable: equal importances keep the given order.
  out.sort((a, b) => (b.importance ?? -1) - (a.importance ?? -1));
  return out;
}
