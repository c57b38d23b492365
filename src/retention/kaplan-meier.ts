/**
 * Kaplan–Meier survival curve with Greenwood standard errors and R-compatible confidence intervals, median,
 * quantiles, survival at a time and restricted mean.
 *
 * Reference: R's `survival` package (Therneau), `survfit(Surv(time, status) ~ 1)`, `quantile.survfit`,
 * `summary.survfit` and `print.survfit(rmean =)`; tests compare with survival 3.5-3 on `lung` and `veteran`.
 *
 * @module
 */
import { describe, isArrayLike, assertConfidence, assertFinite, assertInRange } from '../core/assert.js';
import { CxError } from '../core/errors.js';
import { normalQuantile } from '../core/normal.js';

/**
 * Confidence-interval transform, as R's `survfit(conf.type =)`: `'log'` (R's default) is S·exp(±z·σ),
 * `'log-log'` is S^exp(±z·σ/log S), `'plain'` is S ± z·σ·S clipped to [0, 1]; σ is the SE of log S.
 */
export type KmConfType = 'log' | 'log-log' | 'plain';

/** Options of {@link kaplanMeier}. */
export interface KaplanMeierOptions {
  /** Confidence level of the pointwise intervals, in (0, 1). Default `0.95`. */
  readonly confidence?: number;
  /** Interval transform (see {@link KmConfType}). Default `'log'`, as R. */
  readonly confType?: KmConfType;
}

/** One row of the Kaplan–Meier table: one distinct time with an event or a censoring. */
export interface KaplanMeierRow {
  /** The time. */
  readonly time: number;
  /** Subjects at risk just before `time` (durations ≥ `time`). */
  readonly atRisk: number;
  /** Events at `time`. */
  readonly events: number;
  /** Censorings at `time`. */
  readonly censored: number;
  /** Kaplan–Meier estimate S(time) = Π (1 − dᵢ/nᵢ) over event times ≤ `time`. */
  readonly survival: number;
  /**
   * Greenwood standard error **of S**: S·√Σ dᵢ/(nᵢ(nᵢ − dᵢ)) (what R's `summary(fit)` prints; `fit$std.err` is this
   * divided by S). `null` when S = 0 (undefined; R gives NaN).
   */
  readonly standardError: number | null;
  /** Lower confidence limit; `null` where R gives NA (S = 0; and S = 1 for `'log-log'`). */
  readonly lower: number | null;
  /** Upper confidence limit; `null` where R gives NA (S = 0; and S = 1 for `'log-log'`). */
  readonly upper: number | null;
}

/** A survival time (median or quantile) with its confidence limits; `null` where the curve never gets that low. */
export interface KaplanMeierQuantile {
  /** The estimate, or `null` when not reached. */
  readonly time: number | null;
  /** Read off the lower confidence curve, or `null`. */
  readonly lower: number | null;
  /** Read off the upper confidence curve, or `null` (often: the upper curve stays above 1 − p). */
  readonly upper: number | null;
}

/** The curve at one time: the row at or before it (see {@link kmSurvivalAt}). */
export interface KaplanMeierPoint {
  /** The time asked for. */
  readonly time: number;
  /** S(time). */
  readonly survival: number;
  /** Greenwood standard error of S, `null` when S = 0. */
  readonly standardError: number | null;
  /** Lower confidence limit (`null` as in {@link KaplanMeierRow.lower}). */
  readonly lower: number | null;
  /** Upper confidence limit (`null` as in {@link KaplanMeierRow.upper}). */
  readonly upper: number | null;
}

/** Restricted mean survival time up to `tau` (see {@link kmRestrictedMean}). */
export interface KaplanMeierRestrictedMean {
  /** The upper limit of integration. */
  readonly tau: number;
  /** ∫₀^τ S(t) dt. */
  readonly mean: number;
  /** Its standard error (R's `se(rmean)`). */
  readonly standardError: number;
}

/** The plain-data Kaplan–Meier fit (JSON-serialisable); the `km*` functions take it. */
export interface KaplanMeierFit {
  /** Number of subjects. */
  readonly n: number;
  /** Number of events. */
  readonly events: number;
  /** Confidence level of the intervals. */
  readonly confidence: number;
  /** Interval transform. */
  readonly confType: KmConfType;
  /** One row per distinct time (events or censorings), ascending. */
  readonly table: readonly KaplanMeierRow[];
  /** Median survival with its confidence limits, as R's `print(fit)` / `summary(fit)$table`. */
  readonly median: KaplanMeierQuantile;
}

/**
 * What {@link kaplanMeier} returns: the plain {@link KaplanMeierFit} plus three **non-enumerable** methods (so
 * `JSON.stringify` gives plain data), shorthands for {@link kmQuantile}, {@link kmSurvivalAt} and
 * {@link kmRestrictedMean}.
 */
export interface KaplanMeierResult extends KaplanMeierFit {
  /** `kmQuantile(this, p)`. */
  readonly quantile: (p: number) => KaplanMeierQuantile;
  /** `kmSurvivalAt(this, t)`. */
  readonly survivalAt: (t: number) => KaplanMeierPoint;
  /** `kmRestrictedMean(this, tau)`. */
  readonly restrictedMean: (tau?: number) => KaplanMeierRestrictedMean;
}

const CONF_TYPES: readonly string[] = ['log', 'log-log', 'plain'];

/** R's tolerance in `quantile.survfit` and `print.survfit`: √ε. */
const TOL = Math.sqrt(Number.EPSILON);

/**
 * Kaplan–Meier estimate of the survival curve S(t) from right-censored durations, with Greenwood standard errors,
 * pointwise confidence intervals and the median, exactly as R's `survfit(Surv(durations, events) ~ 1, conf.type =)`
 * (times are compared exactly: R's `timefix` merging of nearly equal times is not applied).
 *
 * Method: events and censorings are split into two typed arrays, each sorted once (O(n log n)), then merged in
 * one pass: at each distinct time with nᵢ at risk and dᵢ events, S ← S·(nᵢ − dᵢ)/nᵢ and the Greenwood sum
 * σ² ← σ² + dᵢ/(nᵢ(nᵢ − dᵢ)) (σ = SE of log S, R's `std.err`). At a tie, events happen before censorings.
 * The median is R's `print.survfit` rule: the first time S ≤ ½; when S equals ½ (within √ε) on a step, the
 * midpoint to the next time S drops. Its limits are read off the interval curves the same way. O(n log n) time,
 * O(n) memory; the inputs are not modified.
 *
 * @param durations - Follow-up times, finite and ≥ 0.
 * @param events - 1 / `true` for an event (churn), 0 / `false` for a censored subject, one per duration.
 * @param options - See {@link KaplanMeierOptions}.
 * @returns `n: 0`, an empty table and a `null` median for empty input.
 * @throws CxError `INVALID_ARGUMENT` when an input is not array-like, or `durations[i]` is not a number /
 *   `events[i]` not a number or boolean (`path` = `['durations', i]` / `['events', i]`); `NON_FINITE` for a
 *   non-finite duration; `OUT_OF_RANGE` for a negative duration, an event other than 0/1, a bad `confidence`;
 *   `LENGTH_MISMATCH` when the lengths differ.
 * @example
 * const km = kaplanMeier([1, 2, 3, 4], [1, 1, 1, 1]);
 * km.table[1]; //=> { time: 2, atRisk: 3, events: 1, censored: 0, survival: 0.5, standardError: 0.25 }
 * km.median; //=> { time: 2.5, lower: 1, upper: null }
 * kaplanMeier([1, -2], [1, 0]); //=> throws OUT_OF_RANGE
 */
export function kaplanMeier(durations: ArrayLike<number>, events: ArrayLike<number | boolean>, options: KaplanMeierOptions = {}): KaplanMeierResult {
  const confidence = options.confidence ?? 0.95;
  assertConfidence(confidence);
  const confType = options.confType ?? 'log';
  if (!CONF_TYPES.includes(confType)) {
    throw new CxError('INVALID_ARGUMENT', `confType must be 'log', 'log-log' or 'plain', got ${describe(confType)}`, { path: ['confType'] });
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const { eventTimes, censorTimes } = splitSorted(durations, events);
  const ne = eventTimes.length;
  const nc = censorTimes.length;
  const table: KaplanMeierRow[] = [];
  let atRisk = ne + nc;
  let i = 0;
  let j = 0;
  let s = 1;
  let greenwood = 0;
  while (i < ne || j < nc) {
    const te = i < ne ? eventTimes[i]! : Infinity;
    const tc = j < nc ? censorTimes[j]! : Infinity;
    const t = te < tc ? te : tc;
    let d = 0;
    while (i < ne && eventTimes[i] === t) { d++; i++; }
    let c = 0;
    while (j < nc && censorTimes[j] === t) { c++; j++; }
    if (d > 0) {
      if (atRisk > d) {
        greenwood += d / (atRisk * (atRisk - d));
        s *= (atRisk - d) / atRisk;
      } else s = 0;
    }
    const seLog = Math.sqrt(greenwood);
    const [lower, upper] = interval(s, seLog, z, confType);
    table.push({ time: t + 0, atRisk, events: d, censored: c, survival: s, standardError: s === 0 ? null : s * seLog, lower, upper });
    atRisk -= d + c;
  }
  const median: KaplanMeierQuantile = {
    time: printMedian(table, (r) => r.survival),
    lower: printMedian(table, (r) => r.lower),
    upper: printMedian(table, (r) => r.upper),
  };
  const fit: KaplanMeierFit = { n: ne + nc, events: ne, confidence, confType, table, median };
  return Object.defineProperties(fit, {
    quantile: { value: (p: number) => kmQuantile(fit, p) },
    survivalAt: { value: (t: number) => kmSurvivalAt(fit, t) },
    restrictedMean: { value: (tau?: number) => kmRestrictedMean(fit, tau) },
  }) as KaplanMeierResult;
}

/**
 * The time by which a share `p` of subjects has had the event: R's `quantile.survfit` rule on 1 − S — the first
 * time S ≤ 1 − p; when S equals 1 − p (within √ε) on a step, the midpoint to the next time S drops, or to the last
 * time in the table when it never drops again. Its limits are the same rule on the lower and upper interval
 * curves. `kmQuantile(fit, 0.5)` can differ from `fit.median` (R's `print.survfit` rule) only when S stays at
 * exactly ½ to the end: R's `quantile()` then takes the midpoint to the last time, `print()` the first time.
 * O(rows).
 *
 * @param fit - A {@link KaplanMeierFit} (a {@link kaplanMeier} result or its JSON round trip).
 * @param p - Share of subjects with the event, in [0, 1] (0.5 is the median).
 * @throws CxError `OUT_OF_RANGE` / `NON_FINITE` when `p` is not in [0, 1]; `INVALID_ARGUMENT` when `fit` has no table.
 * @example
 * const km = kaplanMeier([1, 2, 3, 4], [1, 1, 1, 1]);
 * kmQuantile(km, 0.25); //=> { time: 1.5, lower: 1, upper: null }
 * km.quantile(0.9); //=> { time: 4, lower: 3, upper: null }
 */
export function kmQuantile(fit: KaplanMeierFit, p: number): KaplanMeierQuantile {
  const table = tableOf(fit);
  assertInRange(p, 0, 1, 'p');
  return {
    time: findQuantile(table, (r) => r.survival, p),
    lower: findQuantile(table, (r) => r.lower, p),
    upper: findQuantile(table, (r) => r.upper, p),
  };
}

/**
 * The curve at time `t`: the row with the largest time ≤ `t` (S is a right-continuous step function), as R's
 * `summary(fit, times = t, extend = TRUE)`. Before the first row S = 1 with SE 0 and limits 1 (for every
 * `confType`, as R); after the last row the last value is carried forward (the estimate says nothing there). Binary search, O(log rows).
 *
 * @param fit - A {@link KaplanMeierFit}.
 * @param t - The time (finite).
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` for a bad `t`; `INVALID_ARGUMENT` when `fit` has no table.
 * @example
 * const km = kaplanMeier([1, 2, 3, 4], [1, 1, 1, 1]);
 * kmSurvivalAt(km, 2.5).survival; //=> 0.5
 * km.survivalAt(0).survival; //=> 1
 */
export function kmSurvivalAt(fit: KaplanMeierFit, t: number): KaplanMeierPoint {
  const table = tableOf(fit);
  assertFinite(t, 't');
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table[mid]!.time <= t) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return { time: t, survival: 1, standardError: 0, lower: 1, upper: 1 };
  const r = table[lo - 1]!;
  return { time: t, survival: r.survival, standardError: r.standardError, lower: r.lower, upper: r.upper };
}

/**
 * Restricted mean survival time ∫₀^τ S(t) dt (the area under the curve up to τ) and its standard error
 * √Σ Aᵢ²·dᵢ/(nᵢ(nᵢ − dᵢ)), Aᵢ = ∫_{tᵢ}^τ S, exactly as R's `summary(fit, rmean = tau)$table` (`rmean`,
 * `se(rmean)`). For customers: the expected tenure within the first τ time units. O(rows).
 *
 * @param fit - A {@link KaplanMeierFit}.
 * @param tau - Upper limit, finite and ≥ 0. Default: the last time in the table (R's `rmean = "common"`; 0 for an
 *   empty table).
 * @throws CxError `OUT_OF_RANGE` / `NON_FINITE` for a bad `tau`; `INVALID_ARGUMENT` when `fit` has no table.
 * @example
 * const km = kaplanMeier([1, 2, 3, 4], [1, 1, 1, 1]);
 * kmRestrictedMean(km); //=> { tau: 4, mean: 2.5, standardError: 0.559017 }
 * km.restrictedMean(3).mean; //=> 2.25
 */
export function kmRestrictedMean(fit: KaplanMeierFit, tau?: number): KaplanMeierRestrictedMean {
  const table = tableOf(fit);
  const end = tau ?? (table.length > 0 ? table[table.length - 1]!.time : 0);
  if (tau !== undefined) assertInRange(tau, 0, Number.MAX_VALUE, 'tau');
  let m = 0;
  while (m < table.length && table[m]!.time <= end) m++;
  // Backward pass (as R's cumsum(rev(rectangles))): acc = area from row k's time to tau.
  let acc = m > 0 ? (end - table[m - 1]!.time) * table[m - 1]!.survival : end;
  let variance = 0;
  for (let k = m - 1; k >= 0; k--) {
    const r = table[k]!;
    if (r.events > 0 && r.atRisk > r.events) variance += acc * acc * (r.events / (r.atRisk * (r.atRisk - r.events)));
    acc += k > 0 ? (r.time - table[k - 1]!.time) * table[k - 1]!.survival : r.time;
  }
  return { tau: end, mean: acc, standardError: Math.sqrt(variance) };
}

/** Pointwise interval at S = s with σ = SE of log S (R's `survfit_confint`); nulls where R gives NA/NaN. */
function interval(s: number, seLog: number, z: number, type: KmConfType): [number | null, number | null] {
  if (s === 0) return [null, null];
  if (type === 'log') {
    return [Math.exp(Math.log(s) - z * seLog), Math.min(Math.exp(Math.log(s) + z * seLog), 1)];
  }
  if (type === 'plain') {
    const w = seLog * s * z;
    return [Math.max(s - w, 0), Math.min(s + w, 1)];
  }
  if (s === 1) return [null, null];
  const w = (z * seLog) / Math.log(s);
  const ll = Math.log(-Math.log(s));
  return [Math.exp(-Math.exp(ll - w)), Math.exp(-Math.exp(ll + w))];
}

/** R's `survmean` `minmin`: first time with y < ½ + tol; midpoint to the next drop when y ≈ ½. */
function printMedian(table: readonly KaplanMeierRow[], get: (r: KaplanMeierRow) => number | null): number | null {
  let first = -1;
  for (let k = 0; k < table.length; k++) {
    const y = get(table[k]!);
    if (y === null || !(y < 0.5 + TOL)) continue;
    if (first < 0) {
      first = k;
      if (!(Math.abs(y - 0.5) < TOL)) return table[k]!.time;
    } else if (y < get(table[first]!)!) return (table[first]!.time + table[k]!.time) / 2;
  }
  return first < 0 ? null : table[first]!.time;
}

/**
 * R's `findq` (inside `quantile.survfit`) for one p: points (0, 0) and (tᵢ, 1 − yᵢ), later duplicates of a value
 * dropped, NA dropped; constant interpolation of the point index on the values ± tol; the end rule.
 */
function findQuantile(table: readonly KaplanMeierRow[], get: (r: KaplanMeierRow) => number | null, p: number): number | null {
  const xs: number[] = [0];
  const ys: number[] = [0];
  const seen = new Set<number>([0]);
  let seenNull = false;
  let lastIsNull = false;
  for (let k = 0; k < table.length; k++) {
    const v = get(table[k]!);
    if (v === null) {
      if (!seenNull) lastIsNull = true;
      seenNull = true;
      continue;
    }
    const y = 1 - v;
    if (seen.has(y)) continue;
    seen.add(y);
    xs.push(table[k]!.time);
    ys.push(y);
    lastIsNull = false;
  }
  let yMax = -Infinity;
  let yMin = Infinity;
  for (const y of ys) {
    if (y > yMax) yMax = y;
    if (y < yMin) yMin = y;
  }
  if (yMax < p) return null;
  if (p === 0) return 0;
  // approx(y ± tol, index, p, method = "constant", f = 1): the point with the smallest y ± tol ≥ p (NA outside).
  const pick = (shift: number): number => {
    if (p < yMin + shift || p > yMax + shift) return -1;
    let best = -1;
    for (let k = 0; k < ys.length; k++) if (ys[k]! + shift >= p && (best < 0 || ys[k]! < ys[best]!)) best = k;
    return best;
  };
  const i1 = pick(TOL);
  const i2 = pick(-TOL);
  const yLast = ys[ys.length - 1]!;
  if (!lastIsNull && i1 >= 0 && Math.abs(p - yLast) < TOL) return (xs[i1]! + table[table.length - 1]!.time) / 2;
  return i1 < 0 || i2 < 0 ? null : (xs[i1]! + xs[i2]!) / 2;
}

function tableOf(fit: KaplanMeierFit): readonly KaplanMeierRow[] {
  const t = (fit as { table?: unknown } | null | undefined)?.table;
  if (!Array.isArray(t)) throw new CxError('INVALID_ARGUMENT', `fit must be a kaplanMeier result, got ${describe(fit)}`, { path: ['fit'] });
  return t as readonly KaplanMeierRow[];
}

/** Validates right-censored data; returns the event times and the censoring times, each sorted ascending. */
function splitSorted(durations: unknown, events: unknown): { eventTimes: Float64Array; censorTimes: Float64Array } {
  for (const [name, v] of [['durations', durations], ['events', events]] as const) {
    if (!isArrayLike(v)) throw new CxError('INVALID_ARGUMENT', `${name} must be an array or typed array, got ${describe(v)}`, { path: [name] });
  }
  const d = durations as ArrayLike<unknown>;
  const e = events as ArrayLike<unknown>;
  if (d.length !== e.length) {
    throw new CxError('LENGTH_MISMATCH', `durations and events must have the same length, got ${String(d.length)} and ${String(e.length)}`, { path: ['events'] });
  }
  const n = d.length;
  const flags = new Uint8Array(n);
  let ne = 0;
  for (let i = 0; i < n; i++) {
    const t = d[i];
    if (typeof t !== 'number' || !(t >= 0) || t === Infinity) {
      const code = typeof t !== 'number' ? 'INVALID_ARGUMENT' : Number.isFinite(t) ? 'OUT_OF_RANGE' : 'NON_FINITE';
      throw new CxError(code, `durations[${String(i)}] must be a finite number ≥ 0, got ${describe(t)}`, { path: ['durations', i] });
    }
    const ev = e[i];
    const f = ev === true || ev === 1 ? 1 : ev === false || ev === 0 ? 0 : -1;
    if (f < 0) {
      const code = typeof ev === 'number' ? (Number.isFinite(ev) ? 'OUT_OF_RANGE' : 'NON_FINITE') : 'INVALID_ARGUMENT';
      throw new CxError(code, `events[${String(i)}] must be 0, 1, false or true, got ${describe(ev)}`, { path: ['events', i] });
    }
    flags[i] = f;
    ne += f;
  }
  const eventTimes = new Float64Array(ne);
  const censorTimes = new Float64Array(n - ne);
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    if (flags[i] === 1) eventTimes[a++] = d[i] as number;
    else censorTimes[b++] = d[i] as number;
  }
  eventTimes.sort();
  censorTimes.sort();
  return { eventTimes, censorTimes };
}
