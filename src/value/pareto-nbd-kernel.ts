/**
 * Numerical kernels of the Pareto/NBD model: the log-likelihood of one customer and its gradient, P(alive), and the
 * grouped log-likelihood used by the fit. Internal: not re-exported by the package entry.
 *
 * The likelihood (Fader & Hardie 2005, "A note on deriving the Pareto/NBD model and related expressions", eq. 22):
 *
 *   L = Γ(r + x)αʳβˢ/Γ(r) · [ (α + T)^{−(r+x)}(β + T)^{−s} + s·(H(t_x) − H(T)) ],
 *   H(t) = ∫ₜ^∞ (α + τ)^{−(r+x)}(β + τ)^{−(s+1)} dτ = (k + t)^{−a}/a · ₂F₁(a, b; a + 1; z),  a = r + s + x,
 *
 * so that s·(H(t_x) − H(T)) is the note's (s/(r + s + x))·A₀. With (k, b, z) = (α, s + 1, (α − β)/(α + t)) for
 * α ≥ β and (β, r + x, (β − α)/(β + t)) for α < β, 0 ≤ z < 1 and every series term is positive (the note's choice
 * of transformation). For α < β the first form with z < 0 is also used when |z| is small and the alternating
 * series loses at most 4 digits — it needs O(1) terms however large x is, where the second form needs O(x·z)
 * terms. H is evaluated as a power series in scaled arithmetic (no overflow for x up to 1e6 and beyond), in logs,
 * together with its derivatives in (r, α, s, β) by differentiating the series term by term.
 *
 * @module
 * @internal
 */
import { describe } from '../core/assert.js';
import { CxError } from '../core/errors.js';
import { integrateGk15, intervalsBetween } from '../core/quadrature.js';
import { digammaK, lgammaK } from '../core/special-kernels.js';
import { FIT_TERM_BUDGET, logTail } from './pareto-nbd-tail.js';

const PARAM_NAMES = ['r', 'alpha', 's', 'beta'] as const;

/** Reads and checks a Pareto/NBD parameter record (each a finite number > 0; path `['params', name]`). @internal */
export function readParetoNbdParams(params: unknown): { r: number; alpha: number; s: number; beta: number } {
  if (typeof params !== 'object' || params === null) {
    throw new CxError('INVALID_ARGUMENT', `params must be { r, alpha, s, beta }, got ${describe(params)}`, { path: ['params'] });
  }
  const p = params as Record<string, unknown>;
  for (const name of PARAM_NAMES) {
    const v = p[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || !(v > 0)) {
      throw new CxError(typeof v === 'number' && Number.isNaN(v) ? 'NON_FINITE' : 'OUT_OF_RANGE', `params.${name} must be a finite number > 0, got ${describe(v)}`, {
        path: ['params', name],
      });
    }
  }
  return { r: p.r as number, alpha: p.alpha as number, s: p.s as number, beta: p.beta as number };
}

/**
 * One customer's log-likelihood ln L(r, α, s, β | x, t_x, T) (with the Γ(r + x)/Γ(r) factor) and P(alive), from
 * scratch (the fit uses the grouped, cached form in {@link paretoNbdNll}). `ll` is NaN when the series did not
 * converge. @internal
 */
export function paretoNbdCustomer(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): { ll: number; alive: number } {
  const d = new Float64Array(8);
  const h2 = logTail(r, alpha, s, beta, x, T, d, 4);
  const h1 = tx < T ? logTail(r, alpha, s, beta, x, tx, d, 0) : h2;
  const base = lgammaK(r + x) - lgammaK(r) + r * Math.log(alpha) + s * Math.log(beta);
  const lnA1 = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  if (Number.isNaN(h1) || Number.isNaN(h2)) return { ll: NaN, alive: NaN };
  if (!(h1 > h2)) return { ll: base + lnA1, alive: 1 };
  const B = Math.log(s) + h1 + Math.log1p(-Math.exp(h2 - h1));
  const delta = B - lnA1;
  if (delta < 0) {
    const E = Math.exp(delta);
    return { ll: base + lnA1 + Math.log1p(E), alive: 1 / (1 + E) };
  }
  const E = Math.exp(-delta);
  return { ll: base + B + Math.log1p(E), alive: E / (1 + E) };
}

/** Grouped data prepared once for the fit: unique rows, and the unique (x, t) pairs whose tails they need. @internal */
export interface ParetoNbdData {
  /** x per unique row. */
  readonly x: Float64Array;
  /** Weight per unique row. */
  readonly w: Float64Array;
  /** Σ weights. */
  readonly total: number;
  /** Index of each row's x in `xs`. */
  readonly xIndex: Int32Array;
  /** Distinct x values. */
  readonly xs: Float64Array;
  /** Index of each row's (x, t_x) pair (its (x, T) pair when t_x = T). */
  readonly pairTx: Int32Array;
  /** Index of each row's (x, T) pair. */
  readonly pairT: Int32Array;
  /** x of each unique pair. */
  readonly px: Float64Array;
  /** t of each unique pair. */
  readonly pt: Float64Array;
  /** Scratch per pair: lnH, ln(α + t), ln(β + t), 1/(α + t), 1/(β + t). */
  readonly h: Float64Array;
  /** Scratch: ∂lnH per pair (4 per pair). */
  readonly dh: Float64Array;
  /** Scratch: Γ(r + x)/Γ(r) terms and their r-derivatives per distinct x. */
  readonly lg: Float64Array;
}

/** Prepares grouped rows (x, t_x, T, weight) for {@link paretoNbdNll}. O(rows). @internal */
export function prepareParetoNbd(x: Float64Array, tx: Float64Array, T: Float64Array, w: Float64Array): ParetoNbdData {
  const n = x.length;
  const xMap = new Map<number, number>();
  const xs: number[] = [];
  const pairMap = new Map<number, Map<number, number>>();
  const px: number[] = [];
  const pt: number[] = [];
  const pair = (xi: number, t: number): number => {
    let inner = pairMap.get(xi);
    if (inner === undefined) {
      inner = new Map<number, number>();
      pairMap.set(xi, inner);
    }
    let k = inner.get(t);
    if (k === undefined) {
      k = px.length;
      inner.set(t, k);
      px.push(xi);
      pt.push(t);
    }
    return k;
  };
  const xIndex = new Int32Array(n);
  const pairTx = new Int32Array(n);
  const pairT = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    let k = xMap.get(xi);
    if (k === undefined) {
      k = xs.length;
      xMap.set(xi, k);
      xs.push(xi);
    }
    xIndex[i] = k;
    pairT[i] = pair(xi, T[i]! + 0);
    pairTx[i] = tx[i]! < T[i]! ? pair(xi, tx[i]! + 0) : pairT[i]!;
    total += w[i]!;
  }
  return {
    x,
    w,
    total,
    xIndex,
    xs: Float64Array.from(xs),
    pairTx,
    pairT,
    px: Float64Array.from(px),
    pt: Float64Array.from(pt),
    h: new Float64Array(5 * px.length),
    dh: new Float64Array(4 * px.length),
    lg: new Float64Array(2 * xs.length),
  };
}

/**
 * Total weighted negative log-likelihood of prepared data at log-parameters (ln r, ln α, ln s, ln β), and its
 * gradient with respect to them when `grad` is not null. Each unique (x, t) tail is computed once; the rows then
 * cost four transcendental calls each. Per row, with A₁ = (α + T)^{−(r+x)}(β + T)^{−s}, D = s·(H(t_x) − H(T)) and
 * π = A₁/(A₁ + D) = P(alive): ∂ ln(A₁ + D) = π·∂lnA₁ + (1 − π)·∂lnD. The total is a Neumaier-compensated sum, so
 * the objective is smooth to the last bits and the optimiser can settle the flat directions of the likelihood.
 * O(pairs·terms + rows). @internal
 */
export function paretoNbdNll(logParams: Float64Array, d: ParetoNbdData, grad: Float64Array | null): number {
  const r = Math.exp(logParams[0]!);
  const alpha = Math.exp(logParams[1]!);
  const s = Math.exp(logParams[2]!);
  const beta = Math.exp(logParams[3]!);
  const { xs, lg, px, pt, h, dh } = d;
  const withGrad = grad !== null;
  const lgr = lgammaK(r);
  const dgr = withGrad ? digammaK(r) : 0;
  for (let k = 0; k < xs.length; k++) {
    const xk = xs[k]!;
    lg[2 * k] = lgammaK(r + xk) - lgr;
    lg[2 * k + 1] = withGrad ? digammaK(r + xk) - dgr : 0;
  }
  for (let k = 0; k < px.length; k++) {
    const t = pt[k]!;
    const v = logTail(r, alpha, s, beta, px[k]!, t, dh, 4 * k, FIT_TERM_BUDGET);
    if (Number.isNaN(v)) return NaN;
    h[5 * k] = v;
    h[5 * k + 1] = Math.log(alpha + t);
    h[5 * k + 2] = Math.log(beta + t);
    h[5 * k + 3] = 1 / (alpha + t);
    h[5 * k + 4] = 1 / (beta + t);
  }
  const ls = Math.log(s);
  let sum = 0;
  let comp = 0;
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  let g3 = 0;
  const { x, w, xIndex, pairTx, pairT } = d;
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const k1 = pairTx[i]!;
    const k2 = pairT[i]!;
    const wi = w[i]!;
    const xi = x[i]!;
    const xk = xIndex[i]!;
    const o2 = 5 * k2;
    const rx = r + xi;
    const lnA1 = -rx * h[o2 + 1]! - s * h[o2 + 2]!;
    const h1 = h[5 * k1]!;
    const h2 = h[o2]!;
    let ll: number;
    let alive = 1;
    let dead = 0;
    let e = 0;
    if (k1 === k2 || !(h1 > h2)) ll = lnA1;
    else {
      e = Math.exp(h2 - h1);
      const B = ls + h1 + Math.log1p(-e);
      const delta = B - lnA1;
      if (delta < 0) {
        const E = Math.exp(delta);
        ll = lnA1 + Math.log1p(E);
        alive = 1 / (1 + E);
        dead = E * alive;
      } else {
        const E = Math.exp(-delta);
        ll = B + Math.log1p(E);
        dead = 1 / (1 + E);
        alive = E * dead;
      }
    }
    // Neumaier: sum += wi·(ll + ln Γ(r + x)/Γ(r)).
    const term = wi * (ll + lg[2 * xk]!);
    const tsum = sum + term;
    comp += Math.abs(sum) >= Math.abs(term) ? sum - tsum + term : term - tsum + sum;
    sum = tsum;
    if (withGrad) {
      g0 += wi * (lg[2 * xk + 1]! - alive * h[o2 + 1]!);
      g1 -= wi * alive * rx * h[o2 + 3]!;
      g2 -= wi * alive * h[o2 + 2]!;
      g3 -= wi * alive * s * h[o2 + 4]!;
      if (dead > 0) {
        const c = (wi * dead) / (1 - e);
        const a1 = 4 * k1;
        const a2 = 4 * k2;
        g0 += c * (dh[a1]! - e * dh[a2]!);
        g1 += c * (dh[a1 + 1]! - e * dh[a2 + 1]!);
        g2 += wi * dead / s + c * (dh[a1 + 2]! - e * dh[a2 + 2]!);
        g3 += c * (dh[a1 + 3]! - e * dh[a2 + 3]!);
      }
    }
  }
  // The r·ln α + s·ln β part of every row, once.
  const W = d.total;
  const la = logParams[1]!;
  const lb = logParams[3]!;
  const baseTerm = W * (r * la + s * lb);
  const total = sum + baseTerm + comp;
  if (grad !== null) {
    grad[0] = -(g0 + W * la) * r;
    grad[1] = -(g1 + (W * r) / alpha) * alpha;
    grad[2] = -(g2 + W * lb) * s;
    grad[3] = -(g3 + (W * s) / beta) * beta;
  }
  return -total;
}

/**
 * P(alive) = 1/(1 + R) with R = L(dropped out in (t_x, T]) / L(alive at T) =
 * ∫_{t_x}^{T} s/(β+τ)·((β+T)/(β+τ))ˢ·((α+T)/(α+τ))^{r+x} dτ (the Pareto/NBD likelihood split by the drop-out time,
 * Fader & Hardie 2005 note), by adaptive Gauss–Kronrod quadrature of exp(φ − φ_max) in u = T − τ with log1p forms, so
 * any parameter size works. The integrand grows toward τ = t_x at the rate ρ = (r+x)/(α+t_x) + (s+1)/(β+t_x):
 * breakpoints at u_max − 4ᵏ/ρ. NaN only if the parameters overflow. @internal
 */
export function paretoNbdAliveByQuadrature(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const span = T - tx;
  if (!(span > 0)) return 1;
  const phi = (u: number): number => {
    const tau = T - u;
    return Math.log(s / (beta + tau)) + s * Math.log1p(u / (beta + tau)) + (r + x) * Math.log1p(u / (alpha + tau));
  };
  const top = phi(span); // the maximum: φ increases with u
  const f = (u: number): number => Math.exp(phi(u) - top);
  const rate = (r + x) / (alpha + tx) + (s + 1) / (beta + tx);
  const points = [0, span];
  for (let w = 1 / rate; w < span; w *= 4) points.push(span - w);
  const integral = integrateGk15(f, intervalsBetween(points), { relTol: 1e-13, maxPieces: 4000, minHalfWidth: 1e-15 * span, scale: 'first-pass' });
  const logR = top + Math.log(integral);
  if (Number.isNaN(logR)) return NaN;
  return logR > 0 ? Math.exp(-logR) / (1 + Math.exp(-logR)) : 1 / (1 + Math.exp(logR));
}
