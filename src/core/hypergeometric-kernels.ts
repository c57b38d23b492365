/**
 * Kernels of the Gauss hypergeometric function: the power series, and the 1 − x connection formula rearranged so it
 * stays exact when c − a − b is (close to) an integer. Values are carried as m·e^l so that huge and tiny factors
 * (Γ(498), (1 − z)^−500, …) never overflow before they cancel. Internal: not exported from the package entry.
 *
 * @module
 * @internal
 */
import { CxError } from './errors.js';
import { expm1Ratio, lgammaDiffQuot, lgammaK } from './special-kernels.js';

/** A value m·e^l. @internal */
export interface Scaled {
  /** Log-scale. */
  l: number;
  /** Signed mantissa. */
  m: number;
  /** Condition estimate: (largest intermediate term)/|value|; the relative error is about cond·1e−16. */
  c: number;
}

const EPS = 2.220446049250313e-16;
const LN_1E280 = 280 * Math.LN10;

/** True when x is 0, −1, −2, … @internal */
export function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

/** sin(πx) = (−1)ⁿ sin(πf) with n the nearest integer and f = x − n exact: accurate next to every integer. */
function sinPi(x: number): number {
  const n = Math.round(x);
  const s = Math.sin(Math.PI * (x - n));
  return n % 2 === 0 ? s : -s;
}

/** Distance from x to the nearest pole of Γ (0, −1, −2, …). */
function poleDistance(x: number): number {
  return x > 0 ? x : Math.abs(x - Math.round(x));
}

/** ln|Γ(x)| for real x that is not a non-positive integer (reflection for x < 0.5). @internal */
export function lgammaAbs(x: number): number {
  if (x > 0) return lgammaK(x);
  return Math.log(Math.PI / Math.abs(sinPi(x))) - lgammaK(1 - x);
}

/** Sign of Γ(x) for real x that is not a non-positive integer. @internal */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

function notConverged(what: string): CxError {
  return new CxError('NOT_CONVERGED', `hypergeometric ${what} did not converge`);
}

/**
 * Σ (a)_n (b)_n / ((c)_n n!) xⁿ (terminating when a or b is a non-positive integer), rescaled as it grows.
 * @throws CxError `NOT_CONVERGED` after `budget` terms. @internal
 */
export function series(a: number, b: number, c: number, x: number, budget = 200000): Scaled {
  let l = 0;
  let term = 1;
  let sum = 1;
  let big = 1;
  for (let n = 0; n < budget; n++) {
    const ratio = ((a + n) * (b + n) * x) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    const at = Math.abs(term);
    if (at > big) big = at;
    if (Math.abs(sum) > 1e280) {
      term *= 1e-280;
      sum *= 1e-280;
      big *= 1e-280;
      l += LN_1E280;
    }
    // Later ratios tend to x, so with r = max(|ratio|, |x|) < 1 the tail is below at·r/(1 − r).
    const r = Math.max(Math.abs(ratio), Math.abs(x));
    if (term === 0 || (r < 1 && (at * r) / (1 - r) <= EPS * 0.05 * Math.abs(sum))) return { l, m: sum, c: big / Math.abs(sum) };
  }
  throw notConverged('series');
}

/**
 * A terminating ₂F₁ (p or q a non-positive integer) at x ∈ [0, 1] with y = 1 − x: the series in x up to ½, above it
 * the same polynomial re-expanded around 1, F(−n, q; c; x) = (c − q)ₙ/(c)ₙ · F(−n, q; q − c − n + 1; y) (A&S 15.3.6
 * with 1/Γ(−n) = 0), whose terms shrink like yᵏ instead of cancelling. When q − c is near an integer i₀ in [0, n), the
 * factor c − q + i₀ of (c − q)ₙ and the factor q − c − i₀ of the new Pochhammer symbol cancel analytically (ratio −1),
 * so near- and exactly degenerate parameters are handled alike. @internal
 */
export function polynomial(p: number, q: number, c: number, x: number, y: number): Scaled {
  if (!isNonPositiveInteger(p)) return polynomial(q, p, c, x, y);
  if (x <= 0.5) return series(p, q, c, x);
  const n = -p;
  const c2 = q - c + (1 + p);
  const i0 = Math.round(q - c);
  const split = i0 >= 0 && i0 < n;
  const i1 = n - 1 - i0; // c2 + i1 = −(c − q + i0)
  let pref = 1;
  for (let i = 0; i < n; i++) pref *= (split && i === i0 ? 1 : c - q + i) / (c + i);
  const small = split ? c - q + i0 : 1;
  // Terms k ≤ i1 carry the factor `small` (summed apart in `head`); in later ones it has cancelled.
  let t = 1;
  let head = split ? 1 : 0;
  let tail = split ? 0 : 1;
  let big = Math.abs(split ? small : 1);
  for (let k = 0; k < n; k++) {
    const num = (k - n) * (q + k) * y;
    if (split && k === i1) t = (t * num) / -(k + 1);
    else t = (t * num) / ((c2 + k) * (k + 1));
    const inHead = split && k + 1 <= i1;
    if (inHead) head += t;
    else tail += t;
    const at = Math.abs(inHead ? t * small : t);
    if (at > big) big = at;
  }
  const sum = small * head + tail;
  return { l: 0, m: pref * sum, c: sum === 0 ? 1 : big / Math.abs(sum) };
}

/** s + m·e^l (a part with its own condition estimate pc), rescaled to the larger log-scale. */
function addScaled(s: Scaled, l: number, m: number, pc: number): Scaled {
  if (m === 0) return s;
  if (s.m === 0) return { l, m, c: pc };
  const L = Math.max(s.l, l);
  const x1 = s.m * Math.exp(s.l - L);
  const x2 = m * Math.exp(l - L);
  const sum = x1 + x2;
  return { l: L, m: sum, c: (Math.abs(x1) * s.c + Math.abs(x2) * pc) / Math.abs(sum) };
}

/**
 * ₂F₁(a, b; c; x) for ½ < x < 1 (y = 1 − x exact): the power series when x ≤ 0.99 and it does not cancel, else the
 * connection formula, else the longer series, whichever is better conditioned. @internal
 */
export function nearOne(a: number, b: number, c: number, x: number, y: number): Scaled {
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return polynomial(a, b, c, x, y);
  let best: Scaled | undefined;
  if (x <= 0.99) {
    best = series(a, b, c, x);
    if (best.c < 10) return best;
  }
  const r = connection(a, b, c, x, y);
  if (r.c < 10) return r;
  if (best === undefined && x < 0.99999) {
    best = series(a, b, c, x, 2000000);
  }
  return best === undefined || r.c < best.c ? r : best;
}

/**
 * ₂F₁(a, b; c; x) for 0 < x < 1 from the 1 − x connection formula (A&S 15.3.6), with y = 1 − x given exactly.
 *
 * With s = c − a − b = m + ε (m the nearest integer, after Euler's transformation so m ≥ 0), the two series of
 * 15.3.6 are regrouped term by term (the (m+k)-th of the first with the k-th of the second), which removes the 1/ε
 * poles analytically: the paired terms W_k = (U_k − V_k)/ε obey a cancellation-free recurrence (the approach of
 * Michel & Stoitsov 2008, Comput. Phys. Commun. 178), and at ε = 0 reduce to A&S 15.3.10–15.3.11.
 * @internal
 */
export function connection(a: number, b: number, c: number, x: number, y: number): Scaled {
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return polynomial(a, b, c, x, y);
  const s = c - a - b;
  const m = Math.round(s);
  if (m < 0 || isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b)) {
    // Euler: F(a, b; c; x) = y^s F(c − a, c − b; c; x).
    const r = isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b) ? polynomial(c - a, c - b, c, x, y) : connection(c - a, c - b, c, x, y);
    return { l: r.l + s * Math.log(y), m: r.m, c: r.c };
  }
  const am = a + m;
  const bm = b + m;
  const cb = c - b; // = am + ε
  const ca = c - a; // = bm + ε
  // ε from the parameter nearer a pole of Γ, so that am + ε = c − b (or bm + ε = c − a) holds in floating point too:
  // when c − b is within rounding of a pole, the formula depends on that relation, not on s − m.
  const eps = poleDistance(am) <= poleDistance(bm) ? cb - am : ca - bm;
  // G0 = Γ(c)/(Γ(c − a)Γ(c − b)), c − a = b + m + ε, c − b = a + m + ε.
  const lG0 = lgammaAbs(c) - lgammaAbs(c - a) - lgammaAbs(c - b);
  const sG0 = gammaSign(c) * gammaSign(c - a) * gammaSign(c - b);
  const ly = Math.log(y);
  let out: Scaled = { l: 0, m: 0, c: 1 };
  if (m > 0) {
    // Finite part: G0 Γ(m + ε) Σ_{n<m} (a)_n (b)_n / ((1 − m − ε)_n n!) yⁿ.
    let term = 1;
    let sum = 1;
    let abs = 1;
    for (let n = 0; n < m - 1; n++) {
      term *= ((a + n) * (b + n) * y) / ((1 - m - eps + n) * (n + 1));
      sum += term;
      abs += Math.abs(term);
    }
    out = addScaled(out, lG0 + lgammaK(m + eps), sG0 * sum, abs / Math.abs(sum));
  }
  // Paired part: (−1)^m G0 (a)_m (b)_m / m! · (πε / sin πε) · y^m · Σ_k y^k W_k.
  const lPoch = m === 0 ? 0 : lgammaAbs(am) - lgammaAbs(a) + lgammaAbs(bm) - lgammaAbs(b) - lgammaK(m + 1);
  const sPoch = m === 0 ? 1 : gammaSign(am) * gammaSign(a) * gammaSign(bm) * gammaSign(b);
  const sinc = eps === 0 ? 1 : (Math.PI * eps) / Math.sin(Math.PI * eps);
  // Normalised U_0 = 1/Γ(1 − ε), V_0 = σ e^L with L = ln|Γ(am+ε)Γ(bm+ε) y^ε m! / (Γ(am)Γ(bm)Γ(1+m+ε))|.
  const sigma = gammaSign(cb) * gammaSign(am) * gammaSign(ca) * gammaSign(bm);
  let W: number;
  let V: number;
  if (sigma > 0 && Math.abs(eps) < 0.5 * poleDistance(am) && Math.abs(eps) < 0.5 * poleDistance(bm)) {
    const dA = lgammaDiffQuot(am, eps);
    const dB = lgammaDiffQuot(bm, eps);
    const dM = lgammaDiffQuot(m + 1, eps);
    const d1 = lgammaDiffQuot(1, -eps); // −ln Γ(1 − ε)/ε
    const Lq = dA + dB + ly - dM; // L/ε
    V = Math.exp(eps * Lq);
    W = V * (d1 - Lq) * expm1Ratio(eps * (d1 - Lq));
  } else {
    // Far from the degenerate case (or next to a pole of Γ): the difference U₀ − V₀ directly.
    const L = lgammaAbs(cb) - lgammaAbs(am) + lgammaAbs(ca) - lgammaAbs(bm) + eps * ly + lgammaK(m + 1) - lgammaK(m + 1 + eps);
    V = sigma * Math.exp(L);
    W = (Math.exp(-lgammaK(1 - eps)) - V) / eps;
  }
  let sum = W;
  let big = Math.abs(W);
  const budget = Math.min(200000 + 10 * (Math.abs(am) + Math.abs(bm)), 2e6);
  for (let k = 0; k < budget; k++) {
    const A0 = am + k;
    const B0 = bm + k;
    const D0 = 1 + m + k;
    const k1 = 1 + k;
    const C0 = k1 - eps;
    const u = (A0 * B0) / (C0 * D0);
    const v = ((A0 + eps) * (B0 + eps)) / ((D0 + eps) * k1);
    const uvq = (A0 * B0 * k1 + A0 * B0 * D0 - (A0 + B0) * k1 * D0 + eps * (A0 + B0 - k1) * D0 + eps * eps * D0) / (C0 * D0 * (D0 + eps) * k1);
    W = y * (u * W + V * uvq);
    V = y * v * V;
    sum += W;
    if (!Number.isFinite(sum)) throw notConverged('connection series (overflow)');
    const aw = Math.abs(W);
    if (aw > big) big = aw;
    if (aw + Math.abs(V) <= EPS * 0.05 * Math.abs(sum) && Math.abs(y * v) < 0.9) {
      const sign = (m % 2 === 0 ? 1 : -1) * sG0 * sPoch;
      return addScaled(out, lG0 + lPoch + m * ly, sign * sinc * sum, big / Math.abs(sum));
    }
  }
  throw notConverged('connection series');
}
