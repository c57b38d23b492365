/**
 * Kernels of the beta-geometric/NBD family shared by BG/NBD (`shift` 0) and MBG/NBD (`shift` 1): grouped data, the
 * log-likelihood with its analytic gradient, and the predictions. Internal machinery: the public functions are in
 * `bg-nbd.ts` and `mbg-nbd.ts`.
 *
 * @module
 * @internal
 */
import { CxError } from '../core/errors.js';
import { digammaK, lbetaK, lgammaK, logNegBinomialCoefficient } from '../core/special-kernels.js';
import { betaInc, hyp2f1 } from '../core/special.js';
import { integrateGk15, intervalsBetween } from '../core/quadrature.js';
import { fitModel, groupRows, indexDistinct, readCustomers, type BtydData, type BtydFitOptions, type BtydModel } from './fit.js';
import type { BgNbdParams } from './bg-nbd.js';

/** Unique customer rows of a beta-geometric model with the distinct frequencies indexed. @internal */
export interface BetaGeoData {
  /** x per unique row. */
  readonly x: Float64Array;
  /** t_x per unique row. */
  readonly tx: Float64Array;
  /** T per unique row. */
  readonly T: Float64Array;
  /** Weight per unique row. */
  readonly w: Float64Array;
  /** Σ w. */
  readonly total: number;
  /** Index into `xs` per unique row. */
  readonly xi: Int32Array;
  /** The distinct frequencies. */
  readonly xs: Float64Array;
  /** Index into `ts` per unique row. */
  readonly ti: Int32Array;
  /** The distinct ages T. */
  readonly ts: Float64Array;
  /** 0 for BG/NBD, 1 for MBG/NBD. */
  readonly shift: 0 | 1;
}

/** Groups checked customer columns and indexes their distinct frequencies and ages. @internal */
export function betaGeoData(frequency: Float64Array, recency: Float64Array, T: Float64Array, weight: Float64Array, shift: 0 | 1): BetaGeoData {
  const g = groupRows([frequency, recency, T], weight);
  const [x, tx, tt] = g.columns as [Float64Array, Float64Array, Float64Array];
  const xd = indexDistinct(x);
  const td = indexDistinct(tt);
  return { x, tx, T: tt, w: g.weights, total: g.total, xi: xd.index, xs: xd.values, ti: td.index, ts: td.values, shift };
}

/**
 * Total weighted negative log-likelihood of a beta-geometric/NBD model at log-parameters `[log r, log α, log a,
 * log b]`, and its gradient with respect to them when `grad` is given. Per customer (FHL 2005, eq. 6, in logs):
 * `ℓ = A₁ + A₂ + log(e^{A₃} + δ·e^{A₄})` with `A₁ = lnΓ(r+x) − lnΓ(r) + r ln α`, `A₂ = lnB(a, b+x+s) − lnB(a, b)`,
 * `A₃ = −(r+x) ln(α+T)`, `A₄ = ln a − ln(b+x+s−1) − (r+x) ln(α+t_x)`, `δ = 1` when `x > 0` or `s = 1`. The sum
 * `log(e^{A₃} + e^{A₄})` is a log-sum-exp, so heavy buyers do not overflow; Γ and ψ terms are computed once per
 * distinct frequency. O(rows + distinct x). @internal
 */
export function betaGeoNll(logParams: Float64Array, d: BetaGeoData, grad: Float64Array | null): number {
  const r = Math.exp(logParams[0]!);
  const alpha = Math.exp(logParams[1]!);
  const a = Math.exp(logParams[2]!);
  const b = Math.exp(logParams[3]!);
  const s = d.shift;
  const { x: xv, tx: txv, w: wv, xi, ti, xs, ts } = d;
  const m = xs.length;
  const lx = new Float64Array(m); // lnΓ(r+x) + lnΓ(b+x+s) − lnΓ(a+b+x+s)
  const lbx = new Float64Array(m); // ln(b+x+s−1)
  const psiR = new Float64Array(m);
  const psiB = new Float64Array(m);
  const psiAb = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const x = xs[j]!;
    lx[j] = lgammaK(r + x) + lgammaK(b + x + s) - lgammaK(a + b + x + s);
    lbx[j] = x > 0 || s === 1 ? Math.log(b + x + s - 1) : 0;
    if (grad !== null) {
      psiR[j] = digammaK(r + x);
      psiB[j] = digammaK(b + x + s);
      psiAb[j] = digammaK(a + b + x + s);
    }
  }
  const lt = new Float64Array(ts.length); // ln(α+T)
  for (let j = 0; j < ts.length; j++) lt[j] = Math.log(alpha + ts[j]!);
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  const c0 = -lgammaK(r) + r * lnAlpha + lgammaK(a + b) - lgammaK(b);
  let nll = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  const n = xv.length;
  for (let i = 0; i < n; i++) {
    const x = xv[i]!;
    const j = xi[i]!;
    const w = wv[i]!;
    const rx = r + x;
    const lT = lt[ti[i]!]!;
    const a3 = -rx * lT;
    let ll = c0 + lx[j]!;
    if (x > 0 || s === 1) {
      const tx = txv[i]!;
      const lTx = tx === 0 ? lnAlpha : Math.log(alpha + tx);
      const a4 = lnA - lbx[j]! - rx * lTx;
      const e = Math.exp(-Math.abs(a3 - a4));
      ll += (a4 > a3 ? a4 : a3) + Math.log1p(e);
      if (grad !== null) {
        const p4 = a4 >= a3 ? 1 / (1 + e) : e / (1 + e); // share of the A₄ term
        const p3 = 1 - p4;
        gr += w * (psiR[j]! - p3 * lT - p4 * lTx);
        gAlpha -= w * alpha * rx * (p3 / (alpha + ts[ti[i]!]!) + p4 / (alpha + tx));
        ga += w * (p4 - psiAb[j]! * a);
        gb += w * (b * (psiB[j]! - psiAb[j]! - p4 / (b + x + s - 1)));
      }
    } else {
      ll += a3;
      if (grad !== null) {
        gr += w * (psiR[j]! - lT);
        gAlpha -= w * alpha * rx / (alpha + ts[ti[i]!]!);
        ga -= w * psiAb[j]! * a;
        gb += w * b * (psiB[j]! - psiAb[j]!);
      }
    }
    nll -= w * ll;
  }
  if (grad !== null) {
    const total = d.total;
    const psiAbAll = digammaK(a + b);
    grad[0] = -r * (gr + total * (lnAlpha - digammaK(r)));
    grad[1] = -(gAlpha + total * r);
    grad[2] = -(ga + total * a * psiAbAll);
    grad[3] = -(gb + total * b * (psiAbAll - digammaK(b)));
  }
  return nll;
}

/**
 * Upper bound of r, a and b in a fit: far above any estimate a population with some heterogeneity gives (CDNOW:
 * r = 0.24, a = 0.79, b = 2.43), and low enough that `a + b + x − r` and the other hypergeometric parameters of
 * the predictions stay within 1e6. @internal
 */
export const BETA_GEO_BOUND = 1e5;

/** Fits a beta-geometric model of the given shift. @internal */
export function fitBetaGeo<K extends 'bg-nbd' | 'mbg-nbd'>(kind: K, shift: 0 | 1, data: BtydData, options: BtydFitOptions<BgNbdParams>): BtydModel<K, BgNbdParams> {
  const c = readCustomers(data, options.timeUnit);
  const d = betaGeoData(c.frequency, c.recency, c.T, c.weight, shift);
  return fitModel(
    {
      kind,
      paramNames: ['r', 'alpha', 'a', 'b'] as const,
      initial: { r: 1, alpha: 1, a: 1, b: 1 },
      data: d,
      n: d.total,
      timeUnit: c.timeUnit,
      evaluate: betaGeoNll,
      analyticGradient: true,
      // Regular buyers (no spread in rates) send r, α → ∞; no drop-out sends b → ∞ (or a, b → ∞ together): stop at
      // BETA_GEO_BOUND, where the predictions' hypergeometric functions still evaluate (|parameters| ≤ 1e6).
      upper: { r: BETA_GEO_BOUND, a: BETA_GEO_BOUND, b: BETA_GEO_BOUND },
    },
    options,
  );
}

/** Checks a parameter record. @internal */
export function readBetaGeoParams(params: unknown): BgNbdParams {
  if (typeof params !== 'object' || params === null) {
    throw new CxError('INVALID_ARGUMENT', 'params must be an object { r, alpha, a, b }', { path: ['params'] });
  }
  const p = params as Record<string, unknown>;
  for (const k of ['r', 'alpha', 'a', 'b']) {
    const v = p[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || !(v > 0)) {
      throw new CxError('OUT_OF_RANGE', `params.${k} must be a finite number > 0, got ${String(v)}`, { path: ['params', k] });
    }
  }
  return params as BgNbdParams;
}

/** The log-likelihood of a beta-geometric model of the given shift. @internal */
export function betaGeoLogLikelihood(params: BgNbdParams, data: BtydData, shift: 0 | 1): number {
  const p = readBetaGeoParams(params);
  const c = readCustomers(data, undefined);
  const d = betaGeoData(c.frequency, c.recency, c.T, c.weight, shift);
  return -betaGeoNll(Float64Array.of(Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b)), d, null) + 0;
}

/**
 * Whether ₂F₁(A, B; C; z) of the closed form is out of its reliable range: any parameter beyond 1e4 in magnitude
 * together with either |B| beyond 1e4 (a large: no spread in drop-out) or a series whose terms first grow by more
 * than 20× (|A·B·z/C|; r large with a long horizon), where double precision loses the sum to cancellation. Big
 * parameters alone are fine (b large with a small: the series in B = a − 1 ≈ −1 nearly terminates).
 */
function closedFormIllConditioned(A: number, B: number, C: number, z: number): boolean {
  const big = Math.max(Math.abs(A), Math.abs(B), Math.abs(C));
  if (big <= 1e4) return false;
  return big > 1e6 || Math.abs(B) > 1e4 || (Math.abs(A) * Math.max(1, Math.abs(B)) * z) / Math.max(1, Math.abs(C)) > 20;
}

/**
 * `coef·[1 − (1−z)^{a−1}·₂F₁(a+b+s−1−r, a−1; c; z)]`, `c = a+b+x+s−1`, `coef = c/(a−1)`, `z = t/(α'+t)`: the
 * expected purchases in `t` of a customer active now with posterior Gamma(r', α') rate and Beta(a, b+x+s) drop-out
 * (FHL 2005 eqs. 7 and 10 after Euler's transformation ₂F₁(A,B;C;z) = (1−z)^{C−A−B}₂F₁(C−A,C−B;C;z), which keeps
 * the parameters O(1) for heavy buyers). For `a` within 0.05 of 1 (0/0 in the closed form) and `c` near a
 * non-positive integer (a pole of the ₂F₁), and when the ₂F₁ is out of its reliable range (large parameters from a fit that stopped at its
 * bound: no spread in rates sends r up, no spread in drop-out sends a and b up; see `closedFormIllConditioned`),
 * or its series fails, the same expectation is integrated instead ({@link betaGeoActiveByQuadrature}). @internal
 */
export function betaGeoActiveExpectation(r0: number, x: number, alphaT: number, a: number, b: number, s: number, t: number): number {
  if (t === 0) return 0;
  const c = a + b + x + s - 1;
  const z = t / (alphaT + t);
  if (closedFormIllConditioned(a + b + s - 1 - r0, a - 1, c, z)) return betaGeoActiveByQuadrature(r0 + x, alphaT, a, b + x + s, t);
  // Near a = 1 the closed form divides a cancelling difference by a − 1 (2e-6 relative error at |a − 1| ~ 1e-3,
  // 3e-7 at 0.05, 1e-9 beyond), and near c = 0, −1, … the ₂F₁ has a pole: integrate instead.
  const nearPole = c <= 0.5 && Math.abs(c - Math.round(c)) < 1e-6;
  if (Math.abs(a - 1) < 0.05 || nearPole) return betaGeoActiveByQuadrature(r0 + x, alphaT, a, b + x + s, t);
  const log1mz = -Math.log1p(t / alphaT);
  let f: number;
  try {
    f = hyp2f1(a + b + s - 1 - r0, a - 1, c, z);
  } catch {
    return betaGeoActiveByQuadrature(r0 + x, alphaT, a, b + x + s, t);
  }
  const inner = -Math.expm1((a - 1) * log1mz) + Math.exp((a - 1) * log1mz) * (1 - f); // 1 − (1−z)^{a−1}·F
  return Math.max(0, (c / (a - 1)) * inner);
}

/**
 * `E[(1 − (α/(α + p·t))^r)/p]` over the drop-out probability `p ~ Beta(a, B)`: the expected purchases in `t` of an
 * active customer with Gamma(r, α) purchase rate (FHL 2005 eq. 7, averaged over the rate in closed form), by
 * adaptive Gauss–Kronrod quadrature (relative tolerance 1e−12). The Beta density's end singularities are removed by
 * substitution — `w = pᵃ` when a < 1 (a tiny a puts nearly all mass in a spike at 0), `v = (1 − p)ᴮ` when B < 1 —
 * and breakpoints go where the density or the integrand changes fast (the mean ± 2, 8, 30 standard deviations;
 * p = α/(r·t)·{0.1, 1, 10}; under a substitution, every decade of p or 1 − p down to 1e−40). Valid for any
 * positive parameters, however large; a few hundred to a thousand evaluations. @internal
 */
export function betaGeoActiveByQuadrature(r: number, alpha: number, a: number, B: number, t: number): number {
  if (t === 0) return 0;
  const h0 = (r * t) / alpha; // the integrand at p = 0 (E[λ]·t)
  // h(p) = (1 − (1 + u)^−r)/p, u = p·t/α. For tiny u use h0·(1 − (r+1)·u/2) (error O((r·u)²)): the direct form
  // loses its digits once u is subnormal (p below ~1e-290, reached under the substitution w = pᵃ).
  const rMax = Math.max(r, 1);
  const h = (p: number): number => {
    const u = (p * t) / alpha;
    return rMax * u < 1e-8 ? h0 * (1 - 0.5 * (r + 1) * u) : -Math.expm1(-r * Math.log1p(u)) / p;
  };
  const lB = lbetaK(a, B);
  const lowMap = a < 1;
  const highMap = B < 1;
  // p in [0, split] is integrated over w = pᵃ (or p), p in [split, 1] over v = (1 − p)ᴮ (or p).
  const split = lowMap && highMap ? 0.5 : highMap ? 0 : 1;
  const log1m = (p: number, e: number): number => (e === 0 ? 0 : e * Math.log1p(-p)); // ln (1 − p)^e, 0^0 = 1
  const lowF = lowMap
    ? (w: number): number => {
        const p = w <= 0 ? 0 : Math.exp(Math.log(w) / a);
        return h(p) * Math.exp(log1m(p, B - 1) - Math.log(a) - lB);
      }
    : (p: number): number => (p <= 0 ? (a === 1 ? h0 * Math.exp(-lB) : 0) : h(p) * Math.exp((a - 1) * Math.log(p) + log1m(p, B - 1) - lB));
  const highF = (v: number): number => {
    const p = v <= 0 ? 1 : 1 - Math.exp(Math.log(v) / B);
    return h(p) * Math.exp((a - 1) * Math.log(p) - Math.log(B) - lB);
  };
  // Breakpoints in p, mapped to each part's variable.
  const mean = a / (a + B);
  const sd = Math.sqrt((a * B) / ((a + B) * (a + B) * (a + B + 1)));
  const cuts: number[] = [];
  for (const k of [-30, -8, -2, 0, 2, 8, 30]) cuts.push(mean + k * sd);
  for (const k of [0.1, 1, 10]) cuts.push(k / h0);
  // Under a substitution, every decade of p (or of 1 − p) down to 1e−40: after w = pᵃ with a tiny a, a feature at
  // p ~ 1/B sits in a sliver of w that a 15-point rule on a long interval can miss on both its Kronrod and its
  // Gauss nodes. (Without a substitution the density is bounded at the ends and the cuts above suffice.)
  for (let j = 1; j <= 40; j++) {
    if (lowMap) cuts.push(Math.pow(10, -j));
    if (highMap) cuts.push(1 - Math.pow(10, -j));
  }
  const lowPoints = [0];
  const highPoints = [0];
  const lowEnd = lowMap ? Math.pow(split, a) : split;
  const highEnd = highMap ? Math.pow(1 - split, B) : 1 - split;
  for (const q of cuts.filter((p) => p > 0 && p < 1).sort((u, v) => u - v)) {
    if (q < split) lowPoints.push(lowMap ? Math.pow(q, a) : q);
    else if (q > split) highPoints.push(highMap ? Math.pow(1 - q, B) : 1 - q);
  }
  lowPoints.push(lowEnd);
  highPoints.push(highEnd);
  const options = { relTol: 1e-12, maxPieces: 4000, minHalfWidth: 1e-300, scale: 'first-pass' } as const;
  let total = 0;
  if (split > 0) total += integrateGk15(lowF, intervalsBetween(lowPoints), options);
  if (split < 1) total += integrateGk15(highMap ? highF : (u: number): number => lowF(1 - u), intervalsBetween(highPoints), options);
  return Math.max(0, total);
}

/** P(alive) of a beta-geometric customer (FHL 2008 note, "Computing P(alive) using the BG/NBD model"). @internal */
export function betaGeoAlive(p: BgNbdParams, x: number, tx: number, T: number, s: number): number {
  if (x === 0 && s === 0) return 1;
  const logOdds = Math.log(p.a) - Math.log(p.b + x + s - 1) + (p.r + x) * Math.log1p((T - tx) / (p.alpha + tx));
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/** E[Y(t) | x, t_x, T] of a beta-geometric customer (FHL 2005 eq. 10). @internal */
export function betaGeoConditional(p: BgNbdParams, t: number, x: number, tx: number, T: number, s: number): number {
  return betaGeoAlive(p, x, tx, T, s) * betaGeoActiveExpectation(p.r, x, p.alpha + T, p.a, p.b, s, t);
}

/**
 * P(X(t) = n) of a beta-geometric model (FHL 2005 eq. 8; for s = 1 the drop-out at time 0 adds `a/(a+b)` to n = 0).
 * The NBD tail `1 − Σ_{j<n} NBD(j)` is the regularised incomplete beta `I_{t/(α+t)}(n, r)`, computed directly (no
 * cancellation). @internal
 */
export function betaGeoPmf(p: BgNbdParams, t: number, n: number, s: number): number {
  if (t === 0) return n === 0 ? 1 : 0;
  const { r, alpha, a, b } = p;
  const lbAb = lbetaK(a, b);
  const logQ = Math.log(t / (alpha + t));
  const logNbd = logNegBinomialCoefficient(r, n) - r * Math.log1p(t / alpha) + n * logQ;
  let v = Math.exp(lbetaK(a, b + n + s) - lbAb + logNbd);
  if (n > 0 || s === 1) {
    const tail = n === 0 ? 1 : betaInc(t / (alpha + t), n, r);
    v += Math.exp(lbetaK(a + 1, b + n + s - 1) - lbAb) * tail;
  }
  return Math.min(1, Math.max(0, v));
}

/** Reads `n` for P(X(t) = n). @internal */
export function readCount(n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new CxError('OUT_OF_RANGE', `n must be an integer ≥ 0, got ${String(n)}`, { path: ['n'] });
  }
  return n;
}

