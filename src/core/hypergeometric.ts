/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real arguments and z ≤ 1, and its logarithm.
 *
 * @module
 */
import { assertFinite } from './assert.js';
import { CxError } from './errors.js';
import { gammaSign, isNonPositiveInteger, lgammaAbs, nearOne, polynomial, series, type Scaled } from './hypergeometric-kernels.js';

/** Largest parameter magnitude served: beyond it the series would need more terms than the iteration budget. */
const MAX_PARAM = 1e6;

function check(a: number, b: number, c: number, z: number): void {
  assertFinite(a, 'a');
  assertFinite(b, 'b');
  assertFinite(c, 'c');
  assertFinite(z, 'z');
  if (z > 1) throw new CxError('DOMAIN_ERROR', `hyp2f1 is defined here for z ≤ 1, got z = ${String(z)}`, { path: ['z'] });
  const names = ['a', 'b', 'c'] as const;
  const values = [a, b, c];
  for (let i = 0; i < 3; i++) {
    if (Math.abs(values[i]!) > MAX_PARAM) {
      throw new CxError('OUT_OF_RANGE', `hyp2f1 parameters must be at most ${String(MAX_PARAM)} in magnitude, got ${names[i]!} = ${String(values[i])}`, {
        path: [names[i]!],
      });
    }
  }
  if (isNonPositiveInteger(c)) {
    throw new CxError('DOMAIN_ERROR', `hyp2f1 is undefined when c is 0 or a negative integer, got c = ${String(c)}`, { path: ['c'] });
  }
}

/** ₂F₁ as m·e^l, arguments already checked; NOT_CONVERGED when cancellation leaves fewer than 8 digits. */
function evaluate(a: number, b: number, c: number, z: number): Scaled {
  const r = evaluateRaw(a, b, c, z);
  if (!(r.c <= 1e8)) {
    throw new CxError('NOT_CONVERGED', `hyp2f1(${String(a)}, ${String(b)}, ${String(c)}, ${String(z)}): cancellation leaves too few digits`, {
      details: { a, b, c, z, condition: r.c },
    });
  }
  return r;
}

function evaluateRaw(a: number, b: number, c: number, z: number): Scaled {
  if (z === 0 || a === 0 || b === 0) return { l: 0, m: 1, c: 1 };
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return z >= 0 ? polynomial(a, b, c, z, 1 - z) : series(a, b, c, z);
  if (z === 1) {
    const s = c - a - b;
    if (!(s > 0)) {
      throw new CxError('DOMAIN_ERROR', `hyp2f1 diverges at z = 1 unless c − a − b > 0, got ${String(s)}`, { path: ['z'], details: { a, b, c } });
    }
    if (isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b)) return { l: 0, m: 0, c: 1 };
    // Gauss: Γ(c)Γ(c − a − b) / (Γ(c − a)Γ(c − b)).
    return {
      l: lgammaAbs(c) + lgammaAbs(s) - lgammaAbs(c - a) - lgammaAbs(c - b),
      m: gammaSign(c) * gammaSign(c - a) * gammaSign(c - b),
      c: 1,
    };
  }
  if (z >= 0) return z <= 0.5 ? series(a, b, c, z) : nearOne(a, b, c, z, 1 - z);
  // Pfaff: F(a, b; c; z) = (1 − z)^−a F(a, c − b; c; w) = (1 − z)^−b F(c − a, b; c; w), w = z/(z − 1) ∈ (0, 1).
  // If either form is a polynomial (c − b or c − a a non-positive integer), the one of lower degree; otherwise the
  // form with fewer negative parameters (its series does not alternate), then the second form when a ≥ b, so that
  // its c − a − b (= a − b) is ≥ 0 and no Euler step is needed.
  const w = z / (z - 1);
  const y = 1 / (1 - z);
  const l1z = Math.log1p(-z);
  const d1 = isNonPositiveInteger(c - b) ? b - c : Infinity;
  const d2 = isNonPositiveInteger(c - a) ? a - c : Infinity;
  const n1 = (a < 0 ? 1 : 0) + (c - b < 0 ? 1 : 0);
  const n2 = (c - a < 0 ? 1 : 0) + (b < 0 ? 1 : 0);
  const useB = d1 !== d2 ? d2 < d1 : n1 !== n2 ? n2 < n1 : a >= b;
  const p = useB ? c - a : a;
  const q = useB ? b : c - b;
  const r = w <= 0.5 ? series(p, q, c, w) : nearOne(p, q, c, w, y);
  return { l: r.l - (useB ? b : a) * l1z, m: r.m, c: r.c };
}

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) = Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ for real a, b, c and z ≤ 1.
 *
 * Method: the power series for 0 ≤ z ≤ ½; Pfaff's transformation z → z/(z − 1) for z < 0 (so z = −1e6 maps into
 * (0, 1)); for arguments in (½, 1) the 1 − z connection formula (A&S 15.3.6), regrouped term by term so it stays
 * exact — not merely finite — when c − a − b is an integer or close to one (A&S 15.3.10–12 are its ε = 0 case);
 * Gauss's theorem at z = 1. Intermediate factors are carried in logarithms, so huge Γ values and powers cancel
 * without overflow. Relative error typically ≲ 1e−13; costs O(|a| + |b|) terms at worst.
 *
 * @param a - First numerator parameter (finite, |a| ≤ 1e6).
 * @param b - Second numerator parameter (finite, |b| ≤ 1e6).
 * @param c - Denominator parameter (finite, |c| ≤ 1e6, not 0 or a negative integer).
 * @param z - Argument, finite and ≤ 1 (z = 1 needs c − a − b > 0).
 * @throws CxError `DOMAIN_ERROR` when z > 1, c is a non-positive integer, or z = 1 with c − a − b ≤ 0;
 * `OUT_OF_RANGE` when a parameter exceeds 1e6 in magnitude or the value overflows (use {@link logHyp2f1});
 * `NOT_CONVERGED` when a series fails or cancels
 * to fewer than 8 correct digits; `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number argument.
 * @example
 * hyp2f1(1, 1, 2, 0.5); //=> 1.386294361119891
 * hyp2f1(1, 1, 2, -1e6); //=> 0.0000138155115580
 * hyp2f1(0.5, 0.5, 1.5, 1); //=> 1.570796326794897
 * hyp2f1(1, 1, 2, 2); //=> throws DOMAIN_ERROR
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  check(a, b, c, z);
  const r = evaluate(a, b, c, z);
  const v = r.m === 0 ? 0 : r.m * Math.exp(r.l);
  if (!Number.isFinite(v)) {
    throw new CxError('OUT_OF_RANGE', `hyp2f1(${String(a)}, ${String(b)}, ${String(c)}, ${String(z)}) overflows; use logHyp2f1`, {
      details: { a, b, c, z },
    });
  }
  return v;
}

/**
 * Natural logarithm of ₂F₁(a, b; c; z), for likelihoods whose hypergeometric factor over- or underflows (the
 * Pareto/NBD likelihood, for example). Same method and arguments as {@link hyp2f1}; the value must be positive.
 *
 * @param a - First numerator parameter (finite, |a| ≤ 1e6).
 * @param b - Second numerator parameter (finite, |b| ≤ 1e6).
 * @param c - Denominator parameter (finite, |c| ≤ 1e6, not 0 or a negative integer).
 * @param z - Argument, finite and ≤ 1.
 * @throws CxError `DOMAIN_ERROR` as for {@link hyp2f1}, and when ₂F₁ ≤ 0 (no real logarithm); `OUT_OF_RANGE` when a
 * parameter exceeds 1e6 in magnitude or even the logarithm overflows (c within 1e−308 of 0); `NOT_CONVERGED` when a
 * series fails; `NON_FINITE` / `INVALID_ARGUMENT` for a
 * non-finite or non-number argument.
 * @example
 * logHyp2f1(1, 1, 2, -1e6); //=> -11.18971857
 * logHyp2f1(600, 2, 601, -1e6); //=> -27.62768422
 */
export function logHyp2f1(a: number, b: number, c: number, z: number): number {
  check(a, b, c, z);
  const r = evaluate(a, b, c, z);
  if (Number.isNaN(r.m)) throw new CxError('NOT_CONVERGED', 'logHyp2f1: the evaluation failed', { details: { a, b, c, z } });
  if (!(r.m > 0)) {
    throw new CxError('DOMAIN_ERROR', `logHyp2f1 needs a positive value, got ${r.m === 0 ? '0' : 'a negative value'}`, { details: { a, b, c, z } });
  }
  const v = r.l + Math.log(r.m);
  if (!Number.isFinite(v)) {
    throw new CxError('OUT_OF_RANGE', `logHyp2f1(${String(a)}, ${String(b)}, ${String(c)}, ${String(z)}) overflows`, { details: { a, b, c, z } });
  }
  return v;
}
