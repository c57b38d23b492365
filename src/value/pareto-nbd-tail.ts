/**
 * The tail integral of the Pareto/NBD likelihood, H(t) = ∫ₜ^∞ (α + τ)^{−(r+x)}(β + τ)^{−(s+1)} dτ
 * = (k + t)^{−a}/a · ₂F₁(a, b; a + 1; z), in logs and with its gradient (see `pareto-nbd-kernel.ts` for how the
 * likelihood uses it). Internal: not re-exported by the package entry.
 *
 * @module
 * @internal
 */
import { logHyp2f1 } from '../core/hypergeometric.js';

/** ln 1e280: the rescaling step of the series. */
const LN_SCALE = 280 * Math.LN10;
const SCALE_DOWN = 1e-280;
/** The series stops after this many terms (only reached for absurd parameters; the value is then NaN). */
const MAX_TERMS = 2_000_000;
/** Past this many expected terms, the core ₂F₁ with its 1 − z transformation is used instead. */
const SLOW_TERMS = 200_000;
/**
 * In the fit, a tail that would need more terms than this makes the likelihood NaN (+∞ to the optimiser): such
 * parameters (α/β or β/α ≳ 10⁴ near t = 0, or r + x ≳ 10⁴ with (β − α)/(β + t) near 1) are where degenerate data
 * (one customer, no repeat purchases at all) send the optimiser, and each evaluation there would cost seconds.
 */
export const FIT_TERM_BUDGET = 20_000;

/** ln H(t) by the core logHyp2f1 (1 − z connection formula), in the positive-term form; NaN if it fails. */
function logTailHyp(r: number, alpha: number, s: number, beta: number, x: number, t: number): number {
  const a = r + s + x;
  try {
    return alpha >= beta
      ? -a * Math.log(alpha + t) - Math.log(a) + logHyp2f1(a, s + 1, a + 1, (alpha - beta) / (alpha + t))
      : -a * Math.log(beta + t) - Math.log(a) + logHyp2f1(a, r + x, a + 1, (beta - alpha) / (beta + t));
  } catch {
    return NaN;
  }
}

/**
 * {@link logTail} where the power series would need over SLOW_TERMS terms (α/β or β/α beyond ~10³ near t = 0): the
 * value from the core ₂F₁, the derivatives by central differences of it (relative step 1e-6). @internal
 */
function logTailSlow(r: number, alpha: number, s: number, beta: number, x: number, t: number, out: Float64Array, o: number): number {
  const v = logTailHyp(r, alpha, s, beta, x, t);
  if (Number.isNaN(v)) return NaN;
  const p = [r, alpha, s, beta];
  for (let j = 0; j < 4; j++) {
    const h = 1e-6 * p[j]!;
    const up = p.slice();
    const dn = p.slice();
    up[j] = p[j]! + h;
    dn[j] = p[j]! - h;
    const fu = logTailHyp(up[0]!, up[1]!, up[2]!, up[3]!, x, t);
    const fd = logTailHyp(dn[0]!, dn[1]!, dn[2]!, dn[3]!, x, t);
    out[o + j] = (fu - fd) / (up[j]! - dn[j]!);
  }
  return v;
}

/**
 * ln H(t) for a customer with x repeat purchases, and ∂lnH/∂(r, α, s, β) written into out[o..o + 3]. Returns NaN
 * when the series would need more than `budget` terms (default: no limit), or fails. @internal
 */
export function logTail(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  t: number,
  out: Float64Array,
  o: number,
  budget = Infinity,
): number {
  const a = r + s + x;
  // Form 1: expand (β + τ)^−(s+1) around α + τ; form 2: (α + τ)^−(r+x) around β + τ. Cost = terms needed, roughly.
  let useFirst: boolean;
  let cost: number;
  if (alpha >= beta) {
    const w = (alpha - beta) / (alpha + t);
    useFirst = true;
    cost = w === 0 ? 1 : ((s + 1) * w) / (1 - w) - 37 / Math.log(w);
  } else {
    const w = (beta - alpha) / (alpha + t);
    const v = (beta - alpha) / (beta + t);
    const cost2 = ((r + x) * v) / (1 - v) - 37 / Math.log(v);
    const cost1 = w < 0.5 && (s + 1) * Math.log((1 + w) / (1 - w)) < 9 ? ((s + 1) * w) / (1 - w) - 37 / Math.log(w) : Infinity;
    useFirst = cost1 < cost2;
    cost = useFirst ? cost1 : cost2;
  }
  if (!(cost <= budget)) return NaN;
  if (cost > SLOW_TERMS) return logTailSlow(r, alpha, s, beta, x, t, out, o);
  const k = useFirst ? alpha : beta;
  const kt = k + t;
  const q = useFirst ? s + 1 : r + x;
  const z = useFirst ? (alpha - beta) / kt : (beta - alpha) / kt;
  const az = Math.abs(z);
  // Past this index the terms decrease: (q + n)|z|/(n + 1) < 1.
  const peak = az === 0 ? 1 : (q * az) / (1 - az) + 1;

  let c = 1; // c_n = (q)_n zⁿ/n!
  let cq = 0; // ∂c_n/∂q
  let cz = 0; // ∂c_n/∂z
  let S = 1 / a;
  let Sa = -1 / (a * a);
  let Sq = 0;
  let Sz = 0;
  let logScale = 0;
  let n = 0;
  for (; n < MAX_TERMS; n++) {
    const qn = q + n;
    const inv1 = 1 / (n + 1);
    cz = (cz * qn * z + c * qn) * inv1;
    cq = (cq * qn + c) * z * inv1;
    c = c * qn * z * inv1;
    const inv = 1 / (a + n + 1);
    const tc = c * inv;
    const tq = cq * inv;
    const tz = cz * inv;
    S += tc;
    Sa -= tc * inv;
    Sq += tq;
    Sz += tz;
    if (n + 1 > peak) {
      const absS = Math.abs(S);
      if (Math.abs(tc) <= 1e-17 * absS && Math.abs(tq) <= 1e-17 * (Math.abs(Sq) + absS) && Math.abs(tz) <= 1e-17 * (Math.abs(Sz) + absS)) break;
    }
    if (Math.abs(c) > 1e280 || Math.abs(cz) > 1e280) {
      c *= SCALE_DOWN;
      cq *= SCALE_DOWN;
      cz *= SCALE_DOWN;
      S *= SCALE_DOWN;
      Sa *= SCALE_DOWN;
      Sq *= SCALE_DOWN;
      Sz *= SCALE_DOWN;
      logScale += LN_SCALE;
    }
  }
  if (n >= MAX_TERMS || !(S > 0)) return NaN;
  const L = Math.log(kt);
  const dA = Sa / S;
  const dQ = Sq / S;
  const dZ = Sz / S;
  if (useFirst) {
    // a = r + s + x, q = s + 1, z = (α − β)/(α + t), k = α.
    out[o] = -L + dA;
    out[o + 1] = -a / kt + (dZ * (beta + t)) / (kt * kt);
    out[o + 2] = -L + dA + dQ;
    out[o + 3] = -dZ / kt;
  } else {
    // a = r + s + x, q = r + x, z = (β − α)/(β + t), k = β.
    out[o] = -L + dA + dQ;
    out[o + 1] = -dZ / kt;
    out[o + 2] = -L + dA;
    out[o + 3] = -a / kt + (dZ * (alpha + t)) / (kt * kt);
  }
  return -a * L + Math.log(S) + logScale;
}

