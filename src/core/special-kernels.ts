/**
 * Unchecked numeric kernels behind the special functions and distributions: log-gamma, digamma, the Stirling
 * correction, log-beta, `log1p(x) − x`, and the regularised incomplete gamma and beta functions with both tails
 * computed directly. Internal: not exported from the package entry; callers validate their arguments first.
 *
 * @module
 * @internal
 */
import { CxError } from './errors.js';

/**
 * ln[Γ(r + n)/(Γ(r)·n!)], the log of the negative-binomial coefficient, for an integer n ≥ 0: as Σ_{j<n} ln((r+j)/(j+1))
 * up to n = 100,000, exact however large r is (a difference of lnΓ values at r ~ 1e10 keeps only ~1e−4 of its
 * absolute value); past that, the lnΓ difference. @internal
 */
export function logNegBinomialCoefficient(r: number, n: number): number {
  if (n > 100_000) return lgammaK(r + n) - lgammaK(r) - lgammaK(n + 1);
  let s = 0;
  for (let j = 0; j < n; j++) s += Math.log((r + j) / (j + 1));
  return s;
}

/** ln √(2π). @internal */
export const LN_SQRT_2PI = 0.9189385332046728;
/** Euler–Mascheroni constant γ. @internal */
export const EULER_GAMMA = 0.5772156649015329;
const EPS = 2.220446049250313e-16;
const TINY = 1e-300;
/** Smallest large parameter for which ibetaK uses the BGRAT expansion (TOMS 708 requires ≥ 15). */
const BGRAT_MIN = 15;

/**
 * ζ(k) − 1 for k = 2…31 (60-digit sums with an Euler–Maclaurin tail, tests/fixtures/special/zeta-minus-one.ts).
 */
const ZETA_M1 = [
  0.6449340668482264, 0.2020569031595943, 0.08232323371113819, 0.03692775514336993, 0.01734306198444914,
  0.008349277381922827, 0.00407735619794434, 0.0020083928260822143, 0.0009945751278180853,
  0.0004941886041194645, 0.0002460865533080483, 0.00012271334757848915, 0.00006124813505870483,
  0.00003058823630702049, 0.00001528225940865187, 0.000007637197637899763, 0.00000381729326499984,
  0.000001908212716553939, 9.539620338727962e-7, 4.769329867878064e-7, 2.38450502727733e-7,
  1.1921992596531106e-7, 5.960818905125948e-8, 2.980350351465228e-8, 1.4901554828365043e-8,
  7.45071178983543e-9, 3.725334024788457e-9, 1.862659723513049e-9, 9.313274324196682e-10,
  4.656629065033784e-10,
] as const;

/** ln Γ(1 + z) for |z| ≤ 0.5: −log1p(z) + z(1 − γ) + Σ_{k≥2} (−1)^k (ζ(k) − 1) z^k / k (A&S 6.1.33 rearranged). */
function lgamma1p(z: number): number {
  let s = 0;
  for (let k = 31; k >= 2; k--) s = (s + (k % 2 === 0 ? 1 : -1) * ZETA_M1[k - 2]! / k) * z;
  return -Math.log1p(z) + z * (1 - EULER_GAMMA) + s * z;
}

/**
 * Stirling correction ln Γ(x) − [(x − ½) ln x − x + ln √(2π)] for x > 0: the asymptotic series (Bernoulli numbers
 * through B₁₄) for x ≥ 10, where it is exact to < 1e−17, else by difference. @internal
 */
export function stirlerr(x: number): number {
  if (x >= 10) {
    const r = 1 / x;
    const r2 = r * r;
    return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360 - r2 / 156))))));
  }
  return lgammaK(x) - ((x - 0.5) * Math.log(x) - x + LN_SQRT_2PI);
}

/**
 * ln Γ(x) for x > 0. Stirling series for x ≥ 10; below, the ζ series of ln Γ(1 + z) around 1 and 2 (relatively
 * accurate at the zeros x = 1, 2) with the recurrence Γ(x + 1) = xΓ(x). @internal
 */
export function lgammaK(x: number): number {
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlerr(x);
  if (x < 0.5) return lgamma1p(x) - Math.log(x);
  if (x <= 1.5) return lgamma1p(x - 1);
  let prod = 1;
  while (x > 2.5) {
    x -= 1;
    prod *= x;
  }
  return lgamma1p(x - 2) + Math.log1p(x - 2) + Math.log(prod);
}

/**
 * ψ(x) for x > 0: asymptotic series for x ≥ 10; ψ(1 + z) = −γ + z/(1 + z) + Σ (−1)^k (ζ(k) − 1) z^{k−1} on
 * [0.5, 1.5]; the recurrence ψ(x + 1) = ψ(x) + 1/x in between. @internal
 */
export function digammaK(x: number): number {
  if (x >= 10) {
    const r2 = 1 / (x * x);
    const tail = r2 * (1 / 12 - r2 * (1 / 120 - r2 * (1 / 252 - r2 * (1 / 240 - r2 * (1 / 132 - r2 * (691 / 32760 - r2 / 12))))));
    return Math.log(x) - 0.5 / x - tail;
  }
  let acc = 0;
  if (x < 0.5) {
    acc = -1 / x;
    x += 1;
  }
  while (x > 1.5) {
    x -= 1;
    acc += 1 / x;
  }
  const z = x - 1;
  let s = 0;
  for (let k = 31; k >= 2; k--) s = s * z + (k % 2 === 0 ? 1 : -1) * ZETA_M1[k - 2]!;
  return -EULER_GAMMA + z / (1 + z) + s * z + acc;
}

/** log1p(t)/t, → 1 at t = 0. */
function log1pRatio(t: number): number {
  return t === 0 ? 1 : Math.log1p(t) / t;
}

/** expm1(u)/u, → 1 at u = 0. @internal */
export function expm1Ratio(u: number): number {
  return u === 0 ? 1 : Math.expm1(u) / u;
}

const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156] as const;

/**
 * (ln|Γ(x + e)| − ln|Γ(x)|)/e without cancellation for small e (→ ψ(x) at e = 0): the recurrence up to X ≥ 10.5 and
 * the Stirling series differenced term by term. Assumes x and x + e are on the same side of every pole. @internal
 */
export function lgammaDiffQuot(x: number, e: number): number {
  if (x > 0 && Math.abs(e) > 0.25 * x) return (lgammaK(x + e) - lgammaK(x)) / e; // no cancellation to avoid
  let acc = 0;
  while (x < 10.5 || x + e < 10.5) {
    acc += log1pRatio(e / x) / x;
    x += 1;
  }
  const t = e / x;
  const q = Math.log1p(t);
  const lr = log1pRatio(t) / x; // log1p(e/x)/e
  let se = 0;
  let xp = 1 / x;
  const x2 = xp * xp;
  for (let j = 0; j < STIRLING.length; j++) {
    const p = 2 * j + 1;
    se += STIRLING[j]! * xp * expm1Ratio(-p * q) * -p * lr;
    xp *= x2;
  }
  return (x - 0.5) * lr + Math.log(x + e) - 1 + se - acc;
}

/** ln B(a, b) for a, b > 0, with the Stirling corrections of R's lbeta for large arguments. @internal */
export function lbetaK(a: number, b: number): number {
  const p = a < b ? a : b;
  const q = a < b ? b : a;
  if (p >= 10) {
    const corr = stirlerr(p) + stirlerr(q) - stirlerr(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlerr(q) - stirlerr(p + q);
    return lgammaK(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return lgammaK(p) + lgammaK(q) - lgammaK(p + q);
}

/** log1p(u) − u for u > −1, without cancellation near 0 (series in (u/(2+u))², as in R's log1pmx). @internal */
export function log1pmx(u: number): number {
  if (u > 1 || u < -0.79149064) return Math.log1p(u) - u;
  const r = u / (2 + u);
  const y = r * r;
  let s = 0;
  let term = 1;
  for (let k = 0; k < 200; k++) {
    const t = term / (2 * k + 3);
    s += t;
    if (t < 1e-17 * s) break;
    term *= y;
  }
  return r * (2 * y * s - u);
}

/** ln r − (r − 1) given both r and u = r − 1 (each computed directly): log1pmx(u) near r = 1, else from r. */
function logRatioDev(r: number, u: number): number {
  return u < -0.5 ? Math.log(r) - u : log1pmx(u);
}

/** ln(x^a e^{−x} / Γ(a)) for a > 0, x > 0; the large-a form a·log1pmx((x − a)/a) keeps it accurate. @internal */
export function logGammaPrefix(a: number, x: number): number {
  if (a < 10) return a * Math.log(x) - x - lgammaK(a);
  return a * logRatioDev(x / a, (x - a) / a) + 0.5 * Math.log(a) - LN_SQRT_2PI - stirlerr(a);
}

/** ln(x^a y^b / B(a, b)) for y = 1 − x given separately; Temme's form for large a and b. @internal */
function logBetaPrefix(x: number, y: number, a: number, b: number): number {
  if (a >= 10 && b >= 10) {
    const s = a + b;
    const p0 = a / s;
    const q0 = b / s;
    const d = x <= y ? x - p0 : q0 - y; // from the smaller of x, y, which carries the precision
    const corr = stirlerr(a) + stirlerr(b) - stirlerr(s);
    return a * logRatioDev(x / p0, d / p0) + b * logRatioDev(y / q0, -d / q0) + 0.5 * Math.log((a / s) * b) - LN_SQRT_2PI - corr;
  }
  const lx = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
  const ly = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
  return a * lx + b * ly - lbetaK(a, b);
}

/** Iteration budget ~ 30√scale (the continued fractions and series need O(√a) terms near x ≈ a), capped at 2e6. */
function maxIterations(scale: number): number {
  return Math.min(1000 + Math.ceil(30 * Math.sqrt(scale)), 2e6);
}

function notConverged(what: string, details: Record<string, number>): CxError {
  return new CxError('NOT_CONVERGED', `${what} did not converge`, { details });
}

/** Legendre continued fraction h with Γ(a, x) = x^a e^{−x} h, for x ≥ a + 1 (Numerical Recipes gcf, modified Lentz). */
function gammaCf(a: number, x: number, budget: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < budget; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw notConverged('incomplete gamma continued fraction', { a, x });
}

/**
 * Regularised incomplete gamma P(a, x) (or Q(a, x) with `upper`) for a > 0, x ≥ 0: the power series for x < a + 1,
 * the Legendre continued fraction (modified Lentz) otherwise (Numerical Recipes §6.2), and Gautschi's series for Q
 * when a < 1 and x < a + 1. Each tail is computed directly, never as 1 − (a small number).
 * @throws CxError `NOT_CONVERGED` if a series or fraction exceeds its iteration budget (1000 + 30√(a + x), at most 2e6). @internal
 */
export function igammaK(a: number, x: number, upper: boolean): number {
  if (x === 0) return upper ? 1 : 0;
  if (!upper && a < 1e-300 && x < a + 1) return 1 - igammaK(a, x, true); // 1/a would overflow in the series
  const budget = maxIterations(a + x);
  if (x < a + 1) {
    if (upper && a < 1) {
      // Gautschi: Q = −expm1(a ln x − lnΓ(1+a)) − a·x^a/Γ(1+a) · Σ_{n≥1} (−x)^n / (n!(a+n)).
      const l = a * Math.log(x) - (a <= 0.5 ? lgamma1p(a) : lgammaK(1 + a));
      let term = 1;
      let sum = 0;
      for (let n = 1; n < 200; n++) {
        term *= -x / n;
        const t = term / (a + n);
        sum += t;
        if (Math.abs(t) < EPS * 1e-2 * Math.abs(sum)) break;
      }
      return -Math.expm1(l) - a * Math.exp(l) * sum;
    }
    let ap = a;
    let del = 1 / a;
    let sum = del;
    let n = 0;
    for (; n < budget; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (del <= sum * EPS * 0.5) break;
    }
    if (n === budget) throw notConverged('incomplete gamma series', { a, x });
    const p = Math.exp(logGammaPrefix(a, x)) * sum;
    return upper ? 1 - p : p;
  }
  const lp = logGammaPrefix(a, x);
  if (lp < -800) return upper ? 0 : 1; // Q ≤ e^lp/(x + 1 − a) underflows; skip the fraction
  const q = Math.exp(lp) * gammaCf(a, x, budget);
  return upper ? q : 1 - q;
}

/** Continued fraction of I_x(a, b) (Numerical Recipes betacf, modified Lentz). */
function betaCf(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  const budget = maxIterations(a > b ? a : b);
  for (let m = 1; m < budget; m++) {
    const m2 = 2 * m;
    let aa = (m * x * (b - m)) / ((qam + m2) * (a + m2)); // x first: (b − m)·m alone may overflow
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * x * (qab + m)) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw notConverged('incomplete beta continued fraction', { x, a, b });
}

/**
 * I_x(a, b) for large a and b ≤ 1 by the asymptotic expansion of DiDonato & Morris (1992, ACM TOMS 708, BGRAT), in
 * incomplete-gamma terms with T = a + (b − 1)/2 and z = −T ln x. Used where the continued fraction would subtract
 * nearly equal numbers (x close to 1, a large). Returns NaN when the expansion does not converge (caller falls back).
 */
function bgrat(x: number, y: number, a: number, b: number): number {
  const bm1 = b - 1;
  const T = a + 0.5 * bm1;
  const lnx = y > 0.375 ? Math.log(x) : Math.log1p(-y);
  const z = -T * lnx;
  const logU = b * Math.log(-lnx) - z - lbetaK(a, b);
  // Q(b, z)/r with r = z^b e^{−z}/Γ(b): the continued fraction directly, or Q over r where r cannot underflow.
  const qr = z >= b + 1 ? gammaCf(b, z, maxIterations(z)) : igammaK(b, z, true) / Math.exp(b * Math.log(z) - z - lgammaK(b));
  const v = 0.25 / (T * T);
  const t2 = 0.25 * lnx * lnx;
  const c = new Float64Array(30);
  const d = new Float64Array(30);
  let j = qr;
  let sum = j;
  let t = 1;
  let cn = 1;
  let n2 = 0;
  for (let n = 1; n <= 30; n++) {
    const bp2n = b + n2;
    j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v;
    n2 += 2;
    t *= t2;
    cn /= n2 * (n2 + 1);
    c[n - 1] = cn;
    let s = 0;
    let coef = b - n;
    for (let i = 1; i < n; i++) {
      s += coef * c[i - 1]! * d[n - 1 - i]!;
      coef += b;
    }
    d[n - 1] = bm1 * cn + s / n;
    const dj = d[n - 1]! * j;
    sum += dj;
    if (Math.abs(dj) <= EPS * sum) return Math.exp(logU) * sum;
  }
  return NaN;
}

/**
 * 1 − I_x(a, b) for a ≤ 1 where I_x(a, b) is close to 1, from the power series I_x(a, b) = e^u (1 + a Σ_{j≥1}
 * (1 − b)_j x^j / (j! (a + j))) with u = ln(x^a / (a B(a, b))) formed from O(a) pieces (DiDonato & Morris 1992, BPSER):
 * 1 − I = −expm1(u) − a e^u Σ. Used for x < (a + 1)/(a + b + 2), where the series converges quickly.
 */
function ibetaUpperSmallA(x: number, a: number, b: number): number {
  const u = a * Math.log(x) - (a <= 0.5 ? lgamma1p(a) : lgammaK(1 + a)) + a * lgammaDiffQuot(b, a);
  let term = 1;
  let sum = 0;
  for (let j = 1; j < 1000; j++) {
    term *= ((j - b) * x) / j;
    const t = term / (a + j);
    sum += t;
    if (Math.abs(t) <= EPS * 1e-2 * Math.abs(sum)) break;
  }
  return -Math.expm1(u) - a * Math.exp(u) * sum;
}

/**
 * Regularised incomplete beta I_x(a, b) (or 1 − I_x(a, b) = I_y(b, a) with `upper`) for a, b > 0, where y = 1 − x
 * is passed separately so both tails keep their precision: the continued fraction at x or at y, whichever converges
 * (x < (a + 1)/(a + b + 2)), times the prefix x^a y^b / (a B(a, b)). @internal
 */
export function ibetaK(x: number, y: number, a: number, b: number, upper: boolean): number {
  if (x <= 0) return upper ? 1 : 0;
  if (y <= 0) return upper ? 0 : 1;
  // The side whose continued fraction converges, x < (a + 1)/(a + b + 2), decided on the smaller of x and y
  // (x = 1 − 1e−98 rounds to 1).
  const atX = x <= 0.5 ? x < (a + 1) / (a + b + 2) : y > (b + 1) / (a + b + 2);
  const lp = logBetaPrefix(x, y, a, b);
  if (lp < -800) return upper === atX ? 1 : 0; // x^a y^b / B(a, b) underflows, and with it the tail on that side
  if (atX) {
    if (a >= BGRAT_MIN && b <= 1) {
      const v = bgrat(x, y, a, b);
      if (v === v) return upper ? 1 - v : v;
    }
    if (a <= 1) {
      // The power series gives 1 − I directly; use it for the lower tail too while that tail is the larger one
      // (for tiny a the prefix 1/(a B(a, b)) would cost ~ln(1/a) ulps).
      const w = ibetaUpperSmallA(x, a, b);
      if (upper) return w;
      if (w < 0.5) return 1 - w;
    }
    const v = (Math.exp(lp) * betaCf(x, a, b)) / a;
    return upper ? 1 - v : v;
  }
  if (b <= 1) {
    const v = ibetaUpperSmallA(y, b, a); // = I_x(a, b)
    if (!upper) return v;
    if (v < 0.5) return 1 - v;
  }
  if (b >= BGRAT_MIN && a <= 1) {
    const w = bgrat(y, x, b, a);
    if (w === w) return upper ? w : 1 - w;
  }
  const w = (Math.exp(lp) * betaCf(y, b, a)) / b;
  return upper ? w : 1 - w;
}
