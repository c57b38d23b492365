/**
 * The log-rank test comparing two or more survival curves (R's `survival::survdiff`, rho = 0).
 *
 * @module
 */
import { describe, isArrayLike } from '../core/assert.js';
import { chiSquareSurvival } from '../core/chi-square.js';
import { CxError, isCxError } from '../core/errors.js';
import { kaplanMeier, type KaplanMeierRow } from './kaplan-meier.js';

/** One group of right-censored data for {@link logRankTest}. */
export interface LogRankGroup {
  /** Follow-up times, finite and ≥ 0. */
  readonly durations: ArrayLike<number>;
  /** 1 / `true` for an event, 0 / `false` for a censored subject, one per duration. */
  readonly events: ArrayLike<number | boolean>;
}

/** Result of {@link logRankTest}; arrays are in the order of the input groups. */
export interface LogRankResult {
  /** The log-rank statistic (O − E)ᵀ V⁻ (O − E), ≥ 0 (R's `chisq`). */
  readonly chiSquare: number;
  /**
   * Degrees of freedom: the rank of V, which is (groups with expected events > 0) − 1 unless V is singular.
   * 0 when fewer than two groups have expected events.
   */
  readonly degreesOfFreedom: number;
  /** P(χ² with `degreesOfFreedom` > `chiSquare`); `null` when `degreesOfFreedom` is 0 (nothing to compare). */
  readonly pValue: number | null;
  /** Observed events per group. */
  readonly observed: number[];
  /** Expected events per group under equal hazards, Σₜ dₜ·n_gₜ/nₜ. */
  readonly expected: number[];
  /** Covariance matrix of O − E (R's `var`), k × k. */
  readonly variance: number[][];
}

/**
 * Log-rank test of equal survival in k ≥ 2 groups, exactly as R's `survdiff(Surv(time, status) ~ group)` (rho = 0;
 * times compared exactly, without R's `timefix`).
 *
 * At each distinct event time t with nₜ at risk (n_gₜ in group g) and dₜ events: E_g += dₜ·n_gₜ/nₜ and
 * V_gh += dₜ(nₜ − dₜ)/(nₜ²(nₜ − 1))·n_gₜ(δ_gh·nₜ − n_hₜ). Groups with E_g = 0 are left out (as R); of the rest, one
 * group is dropped (V has rank k − 1) and χ² = uᵀV⁻¹u is computed from an LDLᵀ factorisation; a pivot ≤ 1e−10 ×
 * the largest diagonal is treated as 0 (a generalised inverse, and one degree of freedom less) where R's `solve`
 * would fail. Each group is sorted once ({@link kaplanMeier}), then the groups are merged in one pass:
 * O(n log n + T·k²) for T distinct event times.
 *
 * @param groups - Two or more groups (see {@link LogRankGroup}).
 * @throws CxError `INVALID_ARGUMENT` when `groups` is not an array of at least two `{ durations, events }`
 *   objects (`path` = `['groups']` or `['groups', g]`); the codes of {@link kaplanMeier} for bad data, with
 *   `path` = `['groups', g, 'durations', i]` / `['groups', g, 'events', i]`.
 * @example
 * const r = logRankTest([{ durations: [1, 2, 3], events: [1, 1, 1] }, { durations: [4, 5, 6], events: [1, 1, 1] }]);
 * r.observed; //=> [3, 3]
 * r.expected; //=> [1.15, 4.85]
 * r.chiSquare; //=> 5.051661
 * r.degreesOfFreedom; //=> 1
 */
export function logRankTest(groups: readonly LogRankGroup[]): LogRankResult {
  if (!isArrayLike(groups) || groups.length < 2) {
    throw new CxError('INVALID_ARGUMENT', `groups must be an array of at least two { durations, events } groups, got ${describe(groups)}`, { path: ['groups'] });
  }
  const k = groups.length;
  const tables: (readonly KaplanMeierRow[])[] = [];
  for (let g = 0; g < k; g++) tables.push(groupTable(groups[g], g));
  const ptr = new Int32Array(k);
  const atRisk = new Float64Array(k);
  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const v = new Float64Array(k * k);
  for (;;) {
    let t = Infinity;
    for (let g = 0; g < k; g++) {
      const row = tables[g]![ptr[g]!];
      if (row !== undefined && row.time < t) t = row.time;
    }
    if (t === Infinity) break;
    let n = 0;
    let d = 0;
    for (let g = 0; g < k; g++) {
      const row = tables[g]![ptr[g]!];
      atRisk[g] = row === undefined ? 0 : row.atRisk;
      n += atRisk[g]!;
      if (row?.time === t) {
        d += row.events;
        observed[g]! += row.events;
        ptr[g]!++;
      }
    }
    if (d === 0) continue;
    for (let g = 0; g < k; g++) expected[g]! += (d * atRisk[g]!) / n;
    if (n > 1) {
      const f = (d * (n - d)) / (n * n * (n - 1));
      for (let i = 0; i < k; i++) {
        const fi = f * atRisk[i]!;
        for (let j = 0; j < k; j++) v[i * k + j]! += fi * ((i === j ? n : 0) - atRisk[j]!);
      }
    }
  }
  const variance: number[][] = [];
  for (let i = 0; i < k; i++) variance.push(Array.from(v.subarray(i * k, (i + 1) * k)));
  const keep: number[] = [];
  for (let g = 0; g < k; g++) if (expected[g]! > 0) keep.push(g);
  keep.shift(); // R drops the first group with expected events; χ² does not depend on which one.
  const { chiSquare, rank } = quadraticForm(v, k, keep, observed, expected);
  return { chiSquare, degreesOfFreedom: rank, pValue: rank > 0 ? chiSquareSurvival(chiSquare, rank) : null, observed, expected, variance };
}

/** uᵀ V⁻ u over the indices `keep` (u = O − E), by LDLᵀ with zero pivots skipped; also the rank. */
function quadraticForm(v: Float64Array, k: number, keep: readonly number[], o: readonly number[], e: readonly number[]): { chiSquare: number; rank: number } {
  const m = keep.length;
  const l = new Float64Array(m * m);
  const dd = new Float64Array(m);
  let maxDiag = 0;
  for (let i = 0; i < m; i++) maxDiag = Math.max(maxDiag, v[keep[i]! * k + keep[i]!]!);
  const eps = 1e-10 * maxDiag;
  const y = new Float64Array(m);
  let chiSquare = 0;
  let rank = 0;
  for (let j = 0; j < m; j++) {
    let dj = v[keep[j]! * k + keep[j]!]!;
    for (let q = 0; q < j; q++) dj -= l[j * m + q]! * l[j * m + q]! * dd[q]!;
    if (!(dj > eps)) continue; // column j of L stays 0: generalised inverse
    dd[j] = dj;
    rank++;
    for (let i = j + 1; i < m; i++) {
      let s = v[keep[i]! * k + keep[j]!]!;
      for (let q = 0; q < j; q++) s -= l[i * m + q]! * l[j * m + q]! * dd[q]!;
      l[i * m + j] = s / dj;
    }
  }
  for (let i = 0; i < m; i++) {
    let s = o[keep[i]!]! - e[keep[i]!]!;
    for (let q = 0; q < i; q++) s -= l[i * m + q]! * y[q]!;
    y[i] = s;
    if (dd[i]! > 0) chiSquare += (s * s) / dd[i]!;
  }
  return { chiSquare, rank };
}

/** The Kaplan–Meier table of group g (its at-risk and event counts), with error paths under `['groups', g]`. */
function groupTable(group: unknown, g: number): readonly KaplanMeierRow[] {
  if (typeof group !== 'object' || group === null) {
    throw new CxError('INVALID_ARGUMENT', `groups[${String(g)}] must be { durations, events }, got ${describe(group)}`, { path: ['groups', g] });
  }
  const { durations, events } = group as Partial<LogRankGroup>;
  try {
    return kaplanMeier(durations as ArrayLike<number>, events as ArrayLike<number>, { confType: 'plain' }).table;
  } catch (err) {
    if (isCxError(err)) throw new CxError(err.code, `groups[${String(g)}].${err.message}`, { path: ['groups', g, ...err.path], cause: err });
    throw err;
  }
}
