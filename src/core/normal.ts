/**
 * The normal distribution: cumulative probability, survival function (upper tail computed
 * directly, accurate far into the tail), densities and quantiles.
 *
 * @module
 */
import { assertFinite, assertPositive } from './assert.js';
import { CxError } from './errors.js';

const INV_SQRT_2PI = 0.3989422804014327;
const SQRT_32 = 5.656854249492381;
const HALF_EPS = 1.1102230246251565e-16;

// W. J. Cody (1993), ACM TOMS 715, as used in R's pnorm_both: rational approximations on three ranges.
const CA = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356, 0.06568233791820745];
const CB = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const CC = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726,
  6848.190450536283, 11602.65143764735, 9842.714838383978, 1.0765576773720192e-8,
];
const CD = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097,
  34900.95272114598, 38912.00328609327, 19685.429676859992,
];
const CP = [0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 2.9112874951168793e-5, 0.023073441764940174];
const CQ = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 7.297515550839662e-5];

/** exp(−y²/2) without the rounding of y² for large y: y is split at a multiple of 1/16 (Cody, R's do_del). */
function expHalfSq(y: number): number {
  const ys = Math.trunc(y * 16) / 16;
  const del = (y - ys) * (y + ys);
  return Math.exp(-ys * ys * 0.5) * Math.exp(-del * 0.5);
}

/** Φ(z), the standard normal lower tail, relatively accurate for z ≤ 0 down to underflow (Cody 1993). */
function phi(z: number): number {
  const y = Math.abs(z);
  if (y <= 0.67448975) {
    let xnum = 0;
    let xden = 0;
    if (y > HALF_EPS) {
      const xsq = z * z;
      xnum = CA[4]! * xsq;
      xden = xsq;
      for (let i = 0; i < 3; i++) {
        xnum = (xnum + CA[i]!) * xsq;
        xden = (xden + CB[i]!) * xsq;
      }
    }
    return 0.5 + (z * (xnum + CA[3]!)) / (xden + CB[3]!);
  }
  let small: number;
  if (y <= SQRT_32) {
    let xnum = CC[8]! * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + CC[i]!) * y;
      xden = (xden + CD[i]!) * y;
    }
    small = (expHalfSq(y) * (xnum + CC[7]!)) / (xden + CD[7]!);
  } else if (y < 38.5) {
    const xsq = 1 / (z * z);
    let xnum = CP[5]! * xsq;
    let xden = xsq;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + CP[i]!) * xsq;
      xden = (xden + CQ[i]!) * xsq;
    }
    const r = (xsq * (xnum + CP[4]!)) / (xden + CQ[4]!);
    small = (expHalfSq(y) * (INV_SQRT_2PI - r)) / y;
  } else {
    small = 0;
  }
  return z > 0 ? 1 - small : small;
}

/** Standard normal quantile, Wichura (1988) AS 241 PPND16, for 0 < p < 1. */
function phiInv(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852546 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let val: number;
  if (r <= 5) {
    r -= 1.6;
    val =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) * r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    val =
      (((((((r * 2.0103343992922881e-7 + 0.000027115555687434876) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 0.000018463183175100548) * r + 0.0007868691311456133) * r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -val : val;
}

function checkLocationScale(x: number, mean: number, sd: number, xName: string): number {
  assertFinite(x, xName);
  assertFinite(mean, 'mean');
  assertPositive(sd, 'sd');
  return (x - mean) / sd;
}

function checkProbability(p: number): void {
  assertFinite(p, 'p');
  if (!(p > 0 && p < 1)) throw new CxError('OUT_OF_RANGE', `p must be strictly between 0 and 1, got ${String(p)}`, { path: ['p'] });
}

function finiteOrThrow(v: number, what: string): number {
  if (!Number.isFinite(v)) throw new CxError('OUT_OF_RANGE', `${what} overflows the double range`, { details: { value: String(v) } });
  return v;
}

/**
 * Normal cumulative distribution function P(X ≤ x) for X ~ N(mean, sd²).
 *
 * Cody's rational Chebyshev approximations (W. J. Cody 1993, ACM TOMS 715; the algorithm of R's `pnorm`), with the
 * exp(−z²/2) factor split to avoid rounding: relative error ≲ 1e−15 in the lower tail down to underflow (z ≈ −38.5,
 * below which the result is 0). For the upper tail use {@link normalSurvival}, not `1 − normalCdf`.
 *
 * @param x - Point (finite).
 * @param mean - Mean (finite, default 0).
 * @param sd - Standard deviation (> 0, default 1).
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number argument; `OUT_OF_RANGE` when sd ≤ 0.
 * @example
 * normalCdf(1.959963984540054); //=> 0.975
 * normalCdf(-10); //=> 7.619853024160527e-24
 * normalCdf(110, 100, 10); //=> 0.841345
 */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  return phi(checkLocationScale(x, mean, sd, 'x'));
}

/**
 * Normal survival function P(X > x) for X ~ N(mean, sd²), computed as Φ(−z) so the upper tail keeps full relative
 * accuracy (Cody 1993, as in R's `pnorm(lower.tail = FALSE)`).
 *
 * @param x - Point (finite).
 * @param mean - Mean (finite, default 0).
 * @param sd - Standard deviation (> 0, default 1).
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number argument; `OUT_OF_RANGE` when sd ≤ 0.
 * @example
 * normalSurvival(10); //=> 7.619853024160527e-24
 * normalSurvival(0); //=> 0.5
 */
export function normalSurvival(x: number, mean = 0, sd = 1): number {
  return phi(-checkLocationScale(x, mean, sd, 'x'));
}

/**
 * Normal probability density at x for N(mean, sd²): exp(−z²/2)/(sd√(2π)), with z² split for |z| > 5 so the tail
 * density keeps its relative accuracy (as R's `dnorm`). Returns 0 past underflow.
 *
 * @param x - Point (finite).
 * @param mean - Mean (finite, default 0).
 * @param sd - Standard deviation (> 0, default 1).
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` for a non-finite or non-number argument; `OUT_OF_RANGE` when sd ≤ 0
 * or the density overflows (sd < 2.2e−309).
 * @example
 * normalPdf(0); //=> 0.398942280401433
 * normalPdf(1, 0, 2); //=> 0.176032663382150
 */
export function normalPdf(x: number, mean = 0, sd = 1): number {
  const z = Math.abs(checkLocationScale(x, mean, sd, 'x'));
  if (z > 40) return 0;
  const d = z > 5 ? expHalfSq(z) : Math.exp(-0.5 * z * z);
  return finiteOrThrow((INV_SQRT_2PI * d) / sd, 'normalPdf');
}

/**
 * Normal quantile: the x with P(X ≤ x) = p for X ~ N(mean, sd²).
 *
 * Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988), relative accuracy about 1e−16; p near 1 uses
 * 1 − p, which is exact in double precision.
 *
 * @param p - Probability, strictly between 0 and 1.
 * @param mean - Mean (finite, default 0).
 * @param sd - Standard deviation (> 0, default 1).
 * @throws CxError `OUT_OF_RANGE` when p ∉ (0, 1), sd ≤ 0 or the result overflows; `NON_FINITE` / `INVALID_ARGUMENT`
 * for a non-finite or non-number argument.
 * @example
 * normalQuantile(0.975); //=> 1.959963984540054
 * normalQuantile(0.5, 100, 15); //=> 100
 * normalQuantile(1); //=> throws OUT_OF_RANGE
 */
export function normalQuantile(p: number, mean = 0, sd = 1): number {
  checkProbability(p);
  assertFinite(mean, 'mean');
  assertPositive(sd, 'sd');
  return finiteOrThrow(mean + sd * phiInv(p), 'normalQuantile');
}

