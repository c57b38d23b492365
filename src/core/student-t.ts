/**
 * Student's t distribution with real degrees of freedom: cumulative probability, survival function, density and
 * quantile.
 *
 * @module
 */
import { assertFinite, assertPositive } from './assert.js';
import { normalQuantile } from './normal.js';
import { CxError } from './errors.js';
import { ibetaK, lbetaK } from './special-kernels.js';

/** Degrees of freedom below which the distribution is, in double precision, two point masses at ±∞. */
const TINY_DF = 1e-300;

/** ln of the t density's constant Γ((ν+1)/2) / (Γ(ν/2) √(νπ)) = −ln(√ν B(ν/2, ½)). */
function logDensityConst(df: number): number {
  return -0.5 * Math.log(df) - lbetaK(0.5 * df, 0.5);
}

/** ln(1 + t²/ν) for t² possibly overflowing. */
function log1pT2(t: number, df: number): number {
  const r = (t * t) / df;
  if (r < 1e15) return Math.log1p(r);
  return 2 * Math.log(Math.abs(t)) - Math.log(df) + Math.log1p(1 / r);
}

/**
 * For t ≤ 0: the lower tail F(t) = ½ I_{ν/(ν+t²)}(ν/2, ½), or with `center` the mass G = ½ − F(t) between t and 0,
 * = ½ I_{t²/(ν+t²)}(½, ν/2); both computed directly (the R `pt` reduction).
 */
function tLow(t: number, df: number, center: boolean): number {
  // Below 1e−300 degrees of freedom all mass sits beyond every finite t: G = O(df) underflows, F = ½.
  if (df < TINY_DF) return center ? 0 : 0.5;
  const t2 = t * t;
  if (!(t2 / df < 1e100)) {
    // x = ν/(ν+t²) < 1e−100: I_x(ν/2, ½) = x^{ν/2} / ((ν/2) B(ν/2, ½)) · (1 + O(x)).
    const f = 0.5 * Math.exp(-0.5 * df * (2 * Math.log(-t) - Math.log(df)) - lbetaK(0.5 * df, 0.5) - Math.log(0.5 * df));
    return center ? 0.5 - f : f;
  }
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  return 0.5 * ibetaK(x, y, 0.5 * df, 0.5, center);
}

function checkT(t: number, df: number): void {
  assertFinite(t, 't');
  assertPositive(df, 'df');
}

/**
 * Cumulative distribution function P(T ≤ t) of Student's t with `df` degrees of freedom (real, > 0).
 *
 * Reduced to the regularised incomplete beta function as in R's `pt`: with x = ν/(ν + t²), the tail beyond |t| is
 * ½ I_x(ν/2, ½) and the mass between 0 and |t| is ½ I_{1−x}(½, ν/2), each evaluated directly by a continued
 * fraction (see {@link betaInc}); an asymptotic form past t²/ν = 1e100. Relative error ≲ 1e−13 in the lower tail.
 * Costs O(√ν) iterations at worst.
 *
 * @param t - Point (finite).
 * @param df - Degrees of freedom (finite, > 0; need not be an integer).
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number argument; `OUT_OF_RANGE` when df ≤ 0.
 * @example
 * studentTCdf(2.228138851986274, 10); //=> 0.975
 * studentTCdf(-1, 1); //=> 0.25
 */
export function studentTCdf(t: number, df: number): number {
  checkT(t, df);
  if (t <= 0) return tLow(t, df, false);
  return 0.5 + tLow(-t, df, true);
}

/**
 * Survival function P(T > t) of Student's t, computed directly in the upper tail (no `1 − cdf` cancellation).
 *
 * @param t - Point (finite).
 * @param df - Degrees of freedom (finite, > 0).
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number argument; `OUT_OF_RANGE` when df ≤ 0.
 * @example
 * studentTSurvival(1, 1); //=> 0.25
 * studentTSurvival(40, 5); //=> 9.2059810858864758e-8
 */
export function studentTSurvival(t: number, df: number): number {
  checkT(t, df);
  if (t >= 0) return tLow(-t, df, false);
  return 0.5 + tLow(t, df, true);
}

/**
 * Density of Student's t: Γ((ν+1)/2) / (Γ(ν/2)√(νπ)) · (1 + t²/ν)^{−(ν+1)/2}, evaluated in logs with the careful
 * log-beta of {@link lbeta}. Returns 0 past underflow.
 *
 * @param t - Point (finite).
 * @param df - Degrees of freedom (finite, > 0).
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number argument; `OUT_OF_RANGE` when df ≤ 0.
 * @example
 * studentTPdf(0, 1); //=> 0.318309886183791
 */
export function studentTPdf(t: number, df: number): number {
  checkT(t, df);
  if (df < TINY_DF) return 0; // the density is O(√df)
  return Math.exp(logDensityConst(df) - 0.5 * (df + 1) * log1pT2(t, df));
}

/** A&S 26.7.5 Cornish–Fisher expansion of the t quantile around the normal quantile z. */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/**
 * Quantile of Student's t: the t with P(T ≤ t) = p, for real df > 0.
 *
 * By symmetry p ≤ ½ is solved for t < 0. Starting values: the exact Cauchy (ν = 1) and ν = 2 formulas, otherwise the
 * better of the Cornish–Fisher expansion (A&S 26.7.5; used alone for df ≥ 1e8, where its next term is below double
 * precision) and the power-law tail F(t) ≈ c_ν ν^{(ν−1)/2} |t|^{−ν}; then
 * Newton's method in s = ln(−t) on ln F(t) = ln p (or, for p > ¼, on ln(½ − F(t)) = ln(½ − p), which keeps t ≈ 0
 * relatively accurate), to a relative change below 1e−14 or the rounding noise of the cdf (relative error ~1e−13 for
 * ν ≥ 1; for small ν the problem's conditioning, 1/ν, limits it). About 3–8 cdf evaluations.
 *
 * @param p - Probability, strictly between 0 and 1.
 * @param df - Degrees of freedom (finite, > 0).
 * @throws CxError `OUT_OF_RANGE` when p ∉ (0, 1), df ≤ 0, or the quantile exceeds the double range (tiny df and
 * extreme p); `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number argument; `NOT_CONVERGED` if Newton's
 * method fails.
 * @example
 * studentTQuantile(0.975, 10); //=> 2.228138851986274
 * studentTQuantile(0.25, 1); //=> -1
 * studentTQuantile(0, 5); //=> throws OUT_OF_RANGE
 */
export function studentTQuantile(p: number, df: number): number {
  assertFinite(p, 'p');
  if (!(p > 0 && p < 1)) throw new CxError('OUT_OF_RANGE', `p must be strictly between 0 and 1, got ${String(p)}`, { path: ['p'] });
  assertPositive(df, 'df');
  if (p === 0.5) return 0;
  if (df < TINY_DF) throw overflow(p, df);
  // For df ≥ 1e8 the Cornish–Fisher series is exact to double precision (next term ~z¹¹/df⁵).
  const t = df >= 1e8 ? cornishFisher(normalQuantile(p < 0.5 ? p : 1 - p), df) : quantileLow(p < 0.5 ? p : 1 - p, df);
  return p < 0.5 ? t : -t;
}

function overflow(p: number, df: number): CxError {
  return new CxError('OUT_OF_RANGE', `the t quantile for p = ${String(p)}, df = ${String(df)} exceeds the double range`, { details: { p, df } });
}

/** The t < 0 with F(t) = p, for 0 < p < ½. */
function quantileLow(p: number, df: number): number {
  const center = p > 0.25;
  const target = center ? Math.log(0.5 - p) : Math.log(p);
  const objective = (t: number): number => Math.log(tLow(t, df, center)) - target;
  let t: number;
  if (df === 1) t = -1 / Math.tan(Math.PI * p);
  else if (df === 2) t = -(1 - 2 * p) / Math.sqrt(2 * p * (1 - p));
  else {
    const logC = logDensityConst(df);
    t = -Math.exp((logC + 0.5 * (df - 1) * Math.log(df) - Math.log(p)) / df);
    if (!Number.isFinite(t)) t = -Number.MAX_VALUE;
    const cf = cornishFisher(normalQuantile(p), df);
    if (cf < 0 && Math.abs(objective(cf)) < Math.abs(objective(t))) t = cf;
  }
  const logC = logDensityConst(df);
  let s = Math.log(-t);
  let prev = Infinity;
  for (let iter = 0; iter < 100; iter++) {
    const v = tLow(t, df, center);
    let ds: number;
    if (v === 0 || (center && v >= 0.5)) {
      ds = v === 0 ? -1 : 1; // underflowed far tail, or past the centre: step back in
    } else {
      const lv = Math.log(v);
      const logSlope = logC - 0.5 * (df + 1) * log1pT2(t, df) + s - lv; // |d ln v / ds|
      ds = (center ? -1 : 1) * (lv - target) * Math.exp(-logSlope);
      if (ds > 5) ds = 5;
      else if (ds < -5) ds = -5;
    }
    s += ds;
    if (s > 709.78) throw overflow(p, df);
    t = -Math.exp(s);
    const a = Math.abs(ds);
    if (a < 1e-14 || (a < 1e-9 && a >= prev)) return t;
    prev = a;
  }
  throw new CxError('NOT_CONVERGED', `studentTQuantile did not converge for p = ${String(p)}, df = ${String(df)}`, { details: { p, df } });
}
