/**
 * The distribution of the number of purchases of a new Pareto/NBD customer, P(X(t) = n).
 *
 * @module
 */
import { betaInc } from '../core/incomplete.js';
import { integrateGk15, intervalsBetween } from '../core/quadrature.js';
import { CxError } from '../core/errors.js';
import { lbetaK, logNegBinomialCoefficient } from '../core/special-kernels.js';
import { readHorizon } from './fit.js';
import { readParetoNbdParams } from './pareto-nbd-kernel.js';
import type { ParetoNbdParams } from './pareto-nbd.js';


/** Expected number of series terms beyond which the quadrature is used instead. */
const SERIES_TERMS = 5000;

/**
 * ln(αʳ·J) by the series of incomplete beta functions (see {@link paretoNbdProbabilityOfPurchases}); NaN when it
 * would need over SERIES_TERMS terms, the leading incomplete beta underflows, or a term overflows.
 */
function seriesLogJ(r: number, alpha: number, s: number, beta: number, h: number, n: number): number {
  const first = alpha >= beta;
  const k0 = first ? alpha : beta;
  const b = first ? s + 1 : r + n;
  const z = first ? (alpha - beta) / alpha : (beta - alpha) / beta;
  const peak = z === 0 ? 0 : (b * z) / (1 - z);
  if (z > 0 && peak - 37 / Math.log(z) > SERIES_TERMS) return NaN;
  const u = h / (k0 + h);
  const lu = Math.log(u);
  const l1u = Math.log(k0) - Math.log(k0 + h); // ln(1 − u)
  const p = n + 1;
  const q0 = r + s;
  const i0 = betaInc(u, p, q0);
  if (!(i0 > 1e-280)) return NaN;
  const lB0 = Math.log(i0) + lbetaK(p, q0);
  // ln(αʳ·k₀^−(r+s)), the factor αʳ of the caller folded in without forming r·ln α (~1e12 for a fit of regular buyers).
  const scale = first ? -s * Math.log(alpha) : -s * Math.log(beta) - r * Math.log1p((beta - alpha) / alpha);
  let coef = 1;
  let rho = 1; // B_u(p, q0 + k)/B_u(p, q0)
  let sum = 1;
  for (let k = 0; k < 4 * SERIES_TERMS && z > 0; k++) {
    const qk = q0 + k;
    rho = (qk * rho + Math.exp(p * lu + qk * l1u - lB0)) / (p + qk);
    coef *= ((b + k) / (k + 1)) * z;
    const term = coef * rho;
    sum += term;
    if (!Number.isFinite(sum)) return NaN;
    if (k > peak && term <= 1e-17 * sum) return lB0 + scale + Math.log(sum);
  }
  return z > 0 ? NaN : lB0 + scale + Math.log(sum);
}

/**
 * ln(αʳ·J) by adaptive Gauss–Kronrod (7–15) quadrature of exp(φ(τ) − φ*) on [0, t], φ(τ) = n ln(τ/(α + τ))
 * − r·ln(1 + τ/α) − (s + 1) ln(β + τ) and φ* its maximum on a grid refined by golden section, so nothing overflows; intervals are
 * bisected until the Kronrod–Gauss difference is below 1e−13 of the running total. For the parameters where the
 * series is slow (α and β orders of magnitude apart, or r + n large with β ≫ α).
 */
function quadratureLogJ(r: number, alpha: number, s: number, beta: number, h: number, n: number): number {
  // ln of αʳ·τⁿ(α + τ)^−(r+n)(β + τ)^−(s+1), with αʳ(α + τ)^−r = (1 + τ/α)^−r taken through log1p.
  const phi = (x: number): number => (n === 0 ? 0 : n * Math.log(x / (alpha + x))) - r * Math.log1p(x / alpha) - (s + 1) * Math.log(beta + x);
  // The mode: the best of a grid, refined by golden section on its neighbourhood.
  const G = 256;
  let best = h;
  let fBest = phi(h);
  for (let i = 1; i < G; i++) {
    const x = (h * i) / G;
    const f = phi(x);
    if (f > fBest) {
      fBest = f;
      best = x;
    }
  }
  let lo = Math.max(0, best - h / G);
  let hi = Math.min(h, best + h / G);
  const gr = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 80; it++) {
    const a = hi - gr * (hi - lo);
    const b = lo + gr * (hi - lo);
    if (phi(a) > phi(b)) hi = b;
    else lo = a;
  }
  const mid = 0.5 * (lo + hi);
  // For n = 0 the integrand may peak at τ = 0 itself (a fast drop-out: s/β large), which the grid does not sample.
  const ref = Math.max(fBest, mid > 0 ? phi(mid) : fBest, n === 0 ? phi(0) : -Infinity);
  const f = (x: number): number => (x <= 0 ? (n === 0 ? Math.exp(phi(0) - ref) : 0) : Math.exp(phi(x) - ref));
  // Breakpoints at the mode and at every decade of distance from it: a peak far narrower than [0, t] (width β/s
  // near τ = 0, say) must not sit inside one long piece, whose 15 nodes would all miss it.
  const cuts = [0, h];
  if (mid > 0 && mid < h) cuts.push(mid);
  for (let k = 1; k <= 16; k++) {
    const d = h * Math.pow(10, -k);
    if (mid - d > 0) cuts.push(mid - d);
    if (mid + d < h) cuts.push(mid + d);
  }
  const total = integrateGk15(f, intervalsBetween(cuts), { relTol: 1e-13, maxPieces: 4000, minHalfWidth: 1e-14 * h, scale: 'first-pass' });
  return total > 0 ? ref + Math.log(total) : -Infinity;
}

/**
 * Probability that a new customer makes exactly `n` purchases in (0, t] under the Pareto/NBD model (Fader & Hardie
 * 2006, "Deriving an expression for P(X(t) = x) under the Pareto/NBD model"):
 *
 * P(X(t) = n) = NB(n; r, α, t)·(β/(β + t))ˢ + Γ(r + n)αʳ s βˢ/(Γ(r) n!) ∫₀ᵗ τⁿ(α + τ)^{−(r+n)}(β + τ)^{−(s+1)} dτ,
 *
 * the first term for a customer still alive at t, the second for one who dropped out at τ ≤ t. The integral is
 * summed as a series of positive terms, k₀^{−(r+s)} Σ_k (b)_k/k!·zᵏ·B_u(n + 1, r + s + k), with
 * (k₀, b, z) = (α, s + 1, (α − β)/α) when α ≥ β and (β, r + n, (β − α)/β) otherwise, u = t/(k₀ + t), and the
 * incomplete beta functions B_u by the forward recurrence B_u(p, q + 1) = (q·B_u(p, q) + uᵖ(1 − u)^q)/(p + q) from
 * the core `betaInc`, so there is no cancellation (the published form subtracts two near-equal 2F1 sums). Where
 * that series is slow (α and β orders of magnitude apart, or r + n large with β ≫ α) the integral is computed
 * instead by adaptive Gauss–Kronrod quadrature of the log-scaled integrand. Summed over n the probabilities give 1.
 * O(terms) or O(quadrature intervals); the result is clamped to [0, 1].
 *
 * @param params - `{ r, alpha, s, beta }` (e.g. `model.params`).
 * @param t - the horizon, ≥ 0, in the model's time unit.
 * @param n - the number of purchases, an integer ≥ 0.
 * @throws CxError `OUT_OF_RANGE` / `NON_FINITE` for a bad parameter (path `['params', name]`), horizon (`['t']`) or
 *   count (`['n']`).
 * @example
 * const p = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
 * paretoNbdProbabilityOfPurchases(p, 39, 0); //=> 0.59602
 * paretoNbdProbabilityOfPurchases(p, 0, 0); //=> 1
 */
export function paretoNbdProbabilityOfPurchases(params: ParetoNbdParams, t: number, n: number): number {
  const { r, alpha, s, beta } = readParetoNbdParams(params);
  const h = readHorizon(t);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new CxError(typeof n === 'number' && Number.isNaN(n) ? 'NON_FINITE' : 'OUT_OF_RANGE', `n must be an integer ≥ 0, got ${String(n)}`, { path: ['n'] });
  }
  if (h === 0) return n === 0 ? 1 : 0;
  const lcoef = logNegBinomialCoefficient(r, n); // exact for the r ~ 1e10 of a fit of regular buyers
  // Alive at t: negative binomial count times the survival (β/(β + t))ˢ.
  const p1 = Math.exp(lcoef - r * Math.log1p(h / alpha) + n * Math.log(h / (alpha + h)) - s * Math.log1p(h / beta));
  // Dropped out at τ ≤ t: C·J with J = ∫₀ᵗ τⁿ(α + τ)^−(r+n)(β + τ)^−(s+1) dτ.
  const lC = lcoef + Math.log(s) + s * Math.log(beta); // the αʳ of the published coefficient is inside lJ
  let lJ = seriesLogJ(r, alpha, s, beta, h, n);
  if (Number.isNaN(lJ)) lJ = quadratureLogJ(r, alpha, s, beta, h, n);
  const p2 = lJ === -Infinity ? 0 : Math.exp(lC + lJ);
  const v = p1 + p2;
  return v > 1 ? 1 : v >= 0 ? v + 0 : 0;
}
