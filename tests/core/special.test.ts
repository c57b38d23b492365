import { describe, expect, it } from 'vitest';
import { betaInc, digamma, gamma, gammaP, gammaQ, lbeta, lgamma, log1mExp, log1pExp, logSumExp } from '../../src/core/special.js';
import { ibetaK } from '../../src/core/special-kernels.js';
import { hpRef, relErr, relTol, rRef, type RefRow } from '../fixtures/special/reference.js';
import { errorKeyOf as codeOf } from '../helpers/errors.js';

/** Rows outside tolerance (expected: none). */
function bad(rows: RefRow[], f: (r: RefRow) => number, ok: (got: number, r: RefRow) => boolean): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const got = f(r);
    if (!ok(got, r)) out.push(`${r.line} → ${String(got)} (rel err ${relErr(got, r.value).toExponential(2)})`);
  }
  return out;
}

const LN_SQRT_PI = 0.5723649429247001; // ln √π = lgamma(0.5), R: format(lgamma(0.5), digits = 17)
const EULER = 0.5772156649015329; // Euler–Mascheroni γ (A&S 6.1.3), rounded to double

// Sources: tests/fixtures/special/reference.csv (R 4.2.2, generate.R) and high-precision.csv (decimal.js,
// high-precision.ts).
describe('lgamma, gamma, digamma, lbeta', () => {
  it('lgamma = R lgamma(x): relative 1e−15, absolute 1e−15 where |lgamma| < 1', () => {
    // R's lgamma is log(gamma(x)) for x < 10, accurate only in absolute terms next to the zeros at 1 and 2.
    expect(bad(rRef('lgamma'), (r) => lgamma(r.x), (g, r) => Math.abs(g - r.value) <= 1e-15 * Math.max(1, Math.abs(r.value)))).toEqual([]);
  });
  it('lgamma next to its zeros: relative 2e−15 against 120-digit values', () => {
    expect(bad(hpRef('lgamma'), (r) => lgamma(r.x), (g, r) => relErr(g, r.value) <= 2e-15)).toEqual([]);
  });
  it('lgamma classic values', () => {
    expect(lgamma(0.5)).toBeCloseTo(LN_SQRT_PI, 15);
    expect(lgamma(1)).toBe(0);
    expect(lgamma(2)).toBe(0);
    // ln(n!) by summing logs in the test (error < 1e−15 relative for these n).
    let lf = 0;
    for (let n = 1; n <= 170; n++) {
      lf += Math.log(n);
      expect(relErr(lgamma(n + 1), lf)).toBeLessThan(2e-14);
    }
  });
  it('gamma = R gamma(x): relative 1e−13; exact factorials', () => {
    expect(bad(rRef('gamma'), (r) => gamma(r.x), (g, r) => relErr(g, r.value) <= 1e-13)).toEqual([]);
    expect(gamma(1)).toBe(1);
    expect(gamma(6)).toBe(120);
    expect(gamma(171)).toBeGreaterThan(7e306);
  });
  it('digamma = R digamma(x): relative 1e−14 (absolute 1e−15 within 0.1 of the zero 1.4616)', () => {
    expect(
      bad(rRef('digamma'), (r) => digamma(r.x), (g, r) => (Math.abs(r.x - 1.4616) < 0.1 ? Math.abs(g - r.value) <= 1e-15 : relErr(g, r.value) <= 1e-14)),
    ).toEqual([]);
  });
  it('digamma near its zero: absolute 3e−16 against 120-digit values', () => {
    expect(bad(hpRef('digamma'), (r) => digamma(r.x), (g, r) => Math.abs(g - r.value) <= 3e-16)).toEqual([]);
    expect(digamma(1)).toBeCloseTo(-EULER, 15);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.LN2, 15); // A&S 6.3.3
  });
  it('lbeta = R lbeta(a, b): 1e−14 relative (absolute below 1)', () => {
    expect(bad(rRef('lbeta'), (r) => lbeta(r.a, r.b), (g, r) => Math.abs(g - r.value) <= 1e-14 * Math.max(1, Math.abs(r.value)))).toEqual([]);
    expect(lbeta(1, 1)).toBe(0);
    expect(lbeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 15);
  });
});

describe('log-exp helpers', () => {
  it('log1pExp', () => {
    expect(log1pExp(0)).toBe(Math.LN2);
    expect(log1pExp(-800)).toBe(0); // e^−800 underflows
    expect(log1pExp(-40)).toBe(Math.exp(-40));
    expect(log1pExp(20)).toBeCloseTo(20 + Math.exp(-20), 15);
    expect(log1pExp(800)).toBe(800);
    expect(relErr(log1pExp(1), Math.log(1 + Math.E))).toBeLessThan(1e-15);
  });
  it('log1mExp, both branches', () => {
    expect(log1mExp(-Math.LN2)).toBeCloseTo(-Math.LN2, 15);
    expect(relErr(log1mExp(-1e-20), Math.log(1e-20))).toBeLessThan(1e-15); // log(1 − e^−ε) ≈ log ε
    expect(relErr(log1mExp(-40), -Math.exp(-40))).toBeLessThan(1e-15);
    expect(relErr(log1mExp(-0.1), Math.log(-Math.expm1(-0.1)))).toBeLessThan(1e-15);
  });
  it('logSumExp', () => {
    expect(logSumExp([0, 0])).toBe(Math.LN2);
    expect(logSumExp([1000, 1000])).toBe(1000 + Math.LN2);
    expect(logSumExp([-1000, -1000, -1000])).toBeCloseTo(-1000 + Math.log(3), 12);
    expect(logSumExp(new Float64Array([5]))).toBe(5);
    expect(relErr(logSumExp([1, 2, 3]), Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)))).toBeLessThan(1e-15);
    const big = new Float64Array(200000).fill(-3);
    expect(relErr(logSumExp(big), -3 + Math.log(200000))).toBeLessThan(1e-12);
  });
});

describe('incomplete gamma and beta', () => {
  // R pgamma(x, a) (lower and upper). Base tolerance 1e−13, widened below 1e−10 by relTol (|ln v|/23).
  it('gammaP = pgamma(x, a)', () =>
    expect(bad(rRef('pgamma'), (r) => gammaP(r.a, r.x), (g, r) => relErr(g, r.value) <= relTol(r.value, 1e-13))).toEqual([]));
  it('gammaQ = pgamma(x, a, lower.tail = FALSE)', () =>
    expect(bad(rRef('pgamma_upper'), (r) => gammaQ(r.a, r.x), (g, r) => relErr(g, r.value) <= relTol(r.value, 1e-13))).toEqual([]));
  it('gammaQ for tiny a: relative 1e−14 against 120-digit values', () =>
    expect(bad(hpRef('gammaQ'), (r) => gammaQ(r.a, r.x), (g, r) => relErr(g, r.value) <= 1e-14)).toEqual([]));
  it('closed forms: P(1, x) = 1 − e^−x, Q(½, x) = erfc(√x)', () => {
    for (const x of [1e-10, 0.5, 3, 40]) {
      expect(relErr(gammaQ(1, x), Math.exp(-x))).toBeLessThan(1e-14);
      expect(relErr(gammaP(1, x), -Math.expm1(-x))).toBeLessThan(1e-14);
    }
    expect(gammaP(2, 0)).toBe(0);
    expect(gammaQ(2, 0)).toBe(1);
  });
  // R pbeta (TOMS 708). Base tolerance 1e−13 relative while max(a, b) ≤ 1000, widened below 1e−10 (relTol). With a
  // parameter above 1000 the continued fraction near the mean loses digits in proportion (observed up to 2e−12 at
  // 1e5; R's own two tails of one quantity differ by 7e−13 there), so those rows get 5e−12.
  const betaTol = (r: RefRow): number => relTol(r.value, Math.max(r.a, r.b) > 1000 ? 5e-12 : 1e-13);
  it('betaInc = pbeta(x, a, b)', () =>
    expect(bad(rRef('pbeta'), (r) => betaInc(r.x, r.a, r.b), (g, r) => relErr(g, r.value) <= betaTol(r))).toEqual([]));
  it('upper tail 1 − I_x(a, b) (kernel) = pbeta(x, a, b, lower.tail = FALSE)', () =>
    expect(bad(rRef('pbeta_upper'), (r) => ibetaK(r.x, 1 - r.x, r.a, r.b, true), (g, r) => relErr(g, r.value) <= betaTol(r))).toEqual([]));
  it('closed forms: I_x(1, 1) = x, I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b, I_½(a, a) = ½', () => {
    for (const x of [1e-12, 0.1, 0.5, 0.77]) {
      expect(relErr(betaInc(x, 1, 1), x)).toBeLessThan(1e-14); // e^{ln x}: |ln x|·eps = 6e−15 at 1e−12
      expect(relErr(betaInc(x, 3.5, 1), Math.pow(x, 3.5))).toBeLessThan(3e-14); // e^{3.5 ln x}: 97·eps at 1e−12
      expect(relErr(betaInc(x, 1, 2.5), -Math.expm1(2.5 * Math.log1p(-x)))).toBeLessThan(1e-14);
    }
    for (const a of [0.3, 2, 50, 1e4]) expect(betaInc(0.5, a, a)).toBeCloseTo(0.5, 13);
    expect(betaInc(0.5, 1e6, 1e6)).toBeCloseTo(0.5, 12); // large parameters: see the pbeta tolerance above
    expect(betaInc(0, 2, 3)).toBe(0);
    expect(betaInc(1, 2, 3)).toBe(1);
  });
});

describe('extreme arguments: finite values or CxError, never NaN/Infinity', () => {
  it('overflowing results throw OUT_OF_RANGE', () => {
    expect(codeOf(() => gamma(5e-324))).toBe('OUT_OF_RANGE:');
    expect(codeOf(() => digamma(5e-324))).toBe('OUT_OF_RANGE:');
    expect(codeOf(() => lgamma(1.7e308))).toBe('OUT_OF_RANGE:');
    expect(codeOf(() => lbeta(1.7e308, 1.7e308))).toBe('OUT_OF_RANGE:');
    expect(lgamma(5e-324)).toBeCloseTo(744.4400719213812, 12); // −ln(5e−324)
  });
  it('incomplete functions at the ends of their domains', () => {
    expect(gammaP(1.7e308, 0.75)).toBe(0);
    expect(gammaQ(1.7e308, 0.5)).toBe(1);
    expect(gammaP(1e-100, 1.7e308)).toBe(1); // Q underflows; no continued fraction needed
    expect(gammaP(5e-324, 0.5)).toBe(1); // P(a, x) = 1 − O(a)
    expect(relErr(gammaQ(1e-300, 0.5), 1e-300 * 0.5597735948)).toBeLessThan(1e-9); // a·E1(½) + O(a²); E1(½) = 0.5597735948 (A&S Table 5.1)
    expect(betaInc(1e-20, 10, 1e300)).toBe(1); // all mass below 1e−299
    expect(betaInc(0.9, 5e-324, 0.001)).toBe(1);
    expect(codeOf(() => gammaP(1e300, 1e300))).toBe('NOT_CONVERGED:'); // ~1e151 iterations
  });
});

describe('argument checks', () => {
  it('gamma family', () => {
    expect(codeOf(() => lgamma(0))).toBe('OUT_OF_RANGE:x');
    expect(codeOf(() => lgamma(-1.5))).toBe('OUT_OF_RANGE:x');
    expect(codeOf(() => lgamma(Number.NaN))).toBe('NON_FINITE:x');
    expect(codeOf(() => gamma(172))).toBe('OUT_OF_RANGE:x');
    expect(codeOf(() => gamma(Infinity))).toBe('NON_FINITE:x');
    expect(codeOf(() => digamma(0))).toBe('OUT_OF_RANGE:x');
    expect(codeOf(() => lbeta(1, -1))).toBe('OUT_OF_RANGE:b');
    expect(codeOf(() => lbeta('1' as unknown as number, 1))).toBe('INVALID_ARGUMENT:a');
  });
  it('log-exp helpers', () => {
    expect(codeOf(() => log1pExp(Infinity))).toBe('NON_FINITE:x');
    expect(codeOf(() => log1mExp(0))).toBe('OUT_OF_RANGE:x');
    expect(codeOf(() => log1mExp(Number.NaN))).toBe('NON_FINITE:x');
    expect(codeOf(() => logSumExp([]))).toBe('EMPTY_INPUT:values');
    expect(codeOf(() => logSumExp([1, Number.NaN]))).toBe('NON_FINITE:values.1');
    expect(codeOf(() => logSumExp(null as unknown as number[]))).toBe('INVALID_ARGUMENT:values');
  });
  it('incomplete functions', () => {
    expect(codeOf(() => gammaP(0, 1))).toBe('OUT_OF_RANGE:a');
    expect(codeOf(() => gammaQ(1, -1))).toBe('OUT_OF_RANGE:x');
    expect(codeOf(() => gammaQ(1, Number.NaN))).toBe('NON_FINITE:x');
    expect(codeOf(() => betaInc(1.5, 1, 1))).toBe('OUT_OF_RANGE:x');
    expect(codeOf(() => betaInc(0.5, 0, 1))).toBe('OUT_OF_RANGE:a');
    expect(codeOf(() => betaInc(0.5, 1, Infinity))).toBe('NON_FINITE:b');
  });
});
