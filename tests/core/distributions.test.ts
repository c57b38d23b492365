import { describe, expect, it } from 'vitest';
import {
  chiSquareCdf,
  chiSquareQuantile,
  chiSquareSurvival,
  normalCdf,
  normalPdf,
  normalQuantile,
  normalSurvival,
  studentTCdf,
  studentTPdf,
  studentTQuantile,
  studentTSurvival,
} from '../../src/core/distributions.js';
import { relErr, relTol, rRef, type RefRow } from '../fixtures/special/reference.js';
import { errorKeyOf as codeOf } from '../helpers/errors.js';

/** Checks every row of an R table; returns the rows outside tolerance (expected: none). */
function check(fn: string, f: (r: RefRow) => number, tol: (r: RefRow) => number): string[] {
  const bad: string[] = [];
  for (const r of rRef(fn)) {
    const got = f(r);
    const err = relErr(got, r.value);
    if (!(err <= tol(r))) bad.push(`${r.line} → ${String(got)} (rel err ${err.toExponential(2)})`);
  }
  return bad;
}

// Reference values: tests/fixtures/special/reference.csv, produced by tests/fixtures/special/generate.R (R 4.2.2:
// pnorm/qnorm/dnorm, pt/qt/dt, pchisq/qchisq with format %.17g).
describe('normal distribution against R', () => {
  // R's pnorm is the same Cody algorithm; tolerance 1e−15 relative.
  it('normalCdf = pnorm(x)', () => expect(check('pnorm', (r) => normalCdf(r.x), () => 1e-15)).toEqual([]));
  it('normalSurvival = pnorm(x, lower.tail = FALSE)', () =>
    expect(check('pnorm_upper', (r) => normalSurvival(r.x), () => 1e-15)).toEqual([]));
  it('normalPdf = dnorm(x)', () => expect(check('dnorm', (r) => normalPdf(r.x), () => 1e-15)).toEqual([]));
  it('mean and sd: pnorm(x, m, s), dnorm(x, m, s), qnorm(p, m, s)', () => {
    expect(check('pnorm_ms', (r) => normalCdf(r.x, r.a, r.b), () => 1e-15)).toEqual([]);
    expect(check('dnorm_ms', (r) => normalPdf(r.x, r.a, r.b), () => 1e-15)).toEqual([]);
    expect(check('qnorm_ms', (r) => normalQuantile(r.x, r.a, r.b), () => 1e-15)).toEqual([]);
  });
  // AS 241 claims about 1e−16 relative; 1e−15 here (qnorm(0.5) = 0 exactly on both sides).
  it('normalQuantile = qnorm(p)', () => expect(check('qnorm', (r) => normalQuantile(r.x), () => 1e-15)).toEqual([]));
  it('classic values', () => {
    // 97.5 % point, 17 digits (A&S Table 26.5 gives 1.959963985).
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 15);
    expect(normalQuantile(0.5)).toBe(0);
    // Quartile, 0.1 % and 1e−20 points: R qnorm(0.25), qnorm(0.001), qnorm(1e-20) (%.17g); A&S Table 26.5 lists
    // the first two to 10 digits (0.6744897502, 3.0902323062).
    expect(normalQuantile(0.25)).toBeCloseTo(-0.67448975019608171, 15);
    expect(relErr(normalQuantile(0.001), -3.0902323061678132)).toBeLessThan(1e-15);
    expect(relErr(normalQuantile(1e-20), -9.2623400897984052)).toBeLessThan(1e-15);
    // Φ(0) = ½ exactly; φ(0) = 1/√(2π).
    expect(normalCdf(0)).toBe(0.5);
    expect(normalPdf(0)).toBe(1 / Math.sqrt(2 * Math.PI));
  });
  it('underflow gives 0 and 1, never NaN', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalSurvival(40)).toBe(0);
    expect(normalPdf(50)).toBe(0);
    expect(normalCdf(1e308, -1e308, 1)).toBe(1); // x − mean overflows to ∞
  });
});

describe('Student t against R', () => {
  // R's pt(t, df) via TOMS 708 pbeta (df ≤ 3e5 here). Base tolerance 1e−13 relative, widened below 1e−10 (relTol).
  it('studentTCdf = pt(t, df)', () => expect(check('pt', (r) => studentTCdf(r.x, r.a), (r) => relTol(r.value, 1e-13))).toEqual([]));
  it('studentTSurvival = pt(t, df, lower.tail = FALSE)', () =>
    expect(check('pt_upper', (r) => studentTSurvival(r.x, r.a), (r) => relTol(r.value, 1e-13))).toEqual([]));
  it('studentTPdf = dt(t, df)', () => expect(check('dt', (r) => studentTPdf(r.x, r.a), (r) => relTol(r.value, 1e-13))).toEqual([]));
  // qt: 1e−13 relative for df ≥ 1; for df < 1 the quantile's condition number grows like 1/df, so 1e−13/df.
  // At p = ½, R returns ~1e−16 noise and we return 0: absolute 1e−15 there.
  it('studentTQuantile = qt(p, df)', () => {
    const bad: string[] = [];
    for (const r of rRef('qt')) {
      const got = studentTQuantile(r.x, r.a);
      const ok = Math.abs(r.value) < 1e-15 ? Math.abs(got) < 1e-15 : relErr(got, r.value) <= 1e-13 / Math.min(r.a, 1);
      if (!ok) bad.push(`${r.line} → ${String(got)}`);
    }
    expect(bad).toEqual([]);
  });
  it('classic values', () => {
    // Cauchy (df = 1): F(t) = ½ + atan(t)/π exactly; df = 2: F(t) = ½ + t/(2√(2 + t²)).
    // For t < 0 in cancellation-free form: atan(1/|t|)/π and 1/(√(2+t²)(√(2+t²)+|t|)).
    for (const t of [-1e6, -3, -1, -0.2, 0, 0.5, 7]) {
      const r = Math.sqrt(2 + t * t);
      const cauchy = t < 0 ? Math.atan(-1 / t) / Math.PI : 0.5 + Math.atan(t) / Math.PI;
      const t2 = t < 0 ? 1 / (r * (r - t)) : 0.5 + t / (2 * r);
      expect(relErr(studentTCdf(t, 1), cauchy)).toBeLessThan(1e-14);
      expect(relErr(studentTCdf(t, 2), t2)).toBeLessThan(1e-14);
      expect(relErr(studentTQuantile(cauchy, 1), t)).toBeLessThan(1e-13);
      expect(relErr(studentTQuantile(t2, 2), t)).toBeLessThan(1e-13);
    }
    // Textbook t table (e.g. Student's t table, 97.5 %): t(10) = 2.228138851986274 (R qt(0.975, 10)).
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 13);
    expect(studentTQuantile(0.25, 1)).toBeCloseTo(-1, 15);
  });
  it('huge df approaches the normal distribution', () => {
    // |F_ν(t) − Φ(t)| ≈ φ(t)(t³ + t)/(4ν) (A&S 26.7.5 first term): ≤ 1e−12 for ν = 1e12.
    for (const t of [-5, -2, -0.5, 1, 3]) {
      expect(Math.abs(studentTCdf(t, 1e12) - normalCdf(t))).toBeLessThan(1e-11);
      expect(Math.abs(studentTQuantile(normalCdf(t), 1e12) - t)).toBeLessThan(1e-9);
    }
  });
  it('astronomical df: still the normal limit (relative 1e−12), including the far tail', () => {
    for (const df of [1e100, 1e300, 1.7e308]) {
      expect(relErr(studentTCdf(-2, df), normalCdf(-2))).toBeLessThan(1e-12);
      expect(relErr(studentTCdf(-30, df), normalCdf(-30))).toBeLessThan(1e-12);
      expect(relErr(studentTSurvival(30, df), normalSurvival(30))).toBeLessThan(1e-12);
      expect(relErr(studentTQuantile(0.001, df), normalQuantile(0.001))).toBeLessThan(1e-14);
      expect(relErr(studentTPdf(1, df), normalPdf(1))).toBeLessThan(1e-12);
    }
  });
  it('vanishing df (< 1e−300): two point masses at ±∞', () => {
    expect(studentTCdf(-0.75, 5e-324)).toBe(0.5);
    expect(studentTSurvival(3, 1e-310)).toBe(0.5);
    expect(studentTPdf(1, 1e-310)).toBe(0);
    expect(studentTQuantile(0.5, 1e-310)).toBe(0);
    expect(codeOf(() => studentTQuantile(0.3, 1e-310))).toBe('OUT_OF_RANGE:');
    expect(studentTCdf(-0.75, 1e-100)).toBe(0.5); // ½ − O(1e−100)
  });
  it('extreme tails stay finite or throw', () => {
    expect(studentTCdf(-1e300, 3)).toBe(0);
    expect(studentTCdf(-1e200, 0.5)).toBeGreaterThan(0); // 1e−100-ish, from the asymptotic tail
    expect(codeOf(() => studentTQuantile(1e-300, 0.1))).toBe('OUT_OF_RANGE:');
  });
});

describe('chi-square against R', () => {
  it('chiSquareCdf = pchisq(x, df)', () =>
    expect(check('pchisq', (r) => chiSquareCdf(r.x, r.a), (r) => relTol(r.value, 1e-13))).toEqual([]));
  it('chiSquareSurvival = pchisq(x, df, lower.tail = FALSE)', () =>
    expect(check('pchisq_upper', (r) => chiSquareSurvival(r.x, r.a), (r) => relTol(r.value, 1e-13))).toEqual([]));
  it('chiSquareQuantile = qchisq(p, df)', () =>
    expect(check('qchisq', (r) => chiSquareQuantile(r.x, r.a), () => 1e-13)).toEqual([]));
  it('closed forms', () => {
    // df = 2: P = 1 − e^{−x/2}; df = 1: P = erf(√(x/2)) = 1 − 2Φ(−√x).
    for (const x of [1e-8, 0.3, 2, 17, 150]) {
      expect(relErr(chiSquareSurvival(x, 2), Math.exp(-x / 2))).toBeLessThan(1e-14);
      expect(relErr(chiSquareSurvival(x, 1), 2 * normalCdf(-Math.sqrt(x)))).toBeLessThan(1e-13);
      if (x < 50) expect(relErr(chiSquareQuantile(-Math.expm1(-x / 2), 2), x)).toBeLessThan(1e-13);
    }
    expect(chiSquareCdf(0, 3)).toBe(0);
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareQuantile(1e-100, 0.1)).toBe(0); // 1e−2000 underflows: 0 is the nearest double
    expect(chiSquareQuantile(0.5, 0.001)).toBe(0); // the median is 2·0.5^2000·Γ(1.0005)^2000 ≈ 1e−602
    expect(chiSquareQuantile(0.999999, 1e-20)).toBe(0);
    expect(codeOf(() => chiSquareQuantile(0.5, 1e100))).toBe('NOT_CONVERGED:'); // needs ~1e50 iterations
  });
});

describe('argument checks', () => {
  it('normal', () => {
    expect(codeOf(() => normalCdf(Number.NaN))).toBe('NON_FINITE:x');
    expect(codeOf(() => normalSurvival(1, Infinity))).toBe('NON_FINITE:mean');
    expect(codeOf(() => normalPdf(1, 0, 0))).toBe('OUT_OF_RANGE:sd');
    expect(codeOf(() => normalCdf('1' as unknown as number))).toBe('INVALID_ARGUMENT:x');
    expect(codeOf(() => normalQuantile(0))).toBe('OUT_OF_RANGE:p');
    expect(codeOf(() => normalQuantile(1))).toBe('OUT_OF_RANGE:p');
    expect(codeOf(() => normalQuantile(Number.NaN))).toBe('NON_FINITE:p');
    expect(codeOf(() => normalQuantile(0.5, 0, -1))).toBe('OUT_OF_RANGE:sd');
    expect(codeOf(() => normalQuantile(0.5, Number.NaN))).toBe('NON_FINITE:mean');
    expect(codeOf(() => normalQuantile(1e-300, 0, 1e307))).toBe('OUT_OF_RANGE:');
    expect(codeOf(() => normalPdf(0, 0, 5e-324))).toBe('OUT_OF_RANGE:'); // density 1/(sd√2π) overflows
  });
  it('Student t', () => {
    expect(codeOf(() => studentTCdf(Infinity, 3))).toBe('NON_FINITE:t');
    expect(codeOf(() => studentTSurvival(1, 0))).toBe('OUT_OF_RANGE:df');
    expect(codeOf(() => studentTPdf(1, Number.NaN))).toBe('NON_FINITE:df');
    expect(codeOf(() => studentTQuantile(1.5, 3))).toBe('OUT_OF_RANGE:p');
    expect(codeOf(() => studentTQuantile(0.5, -2))).toBe('OUT_OF_RANGE:df');
    expect(codeOf(() => studentTQuantile(Number.NaN, 2))).toBe('NON_FINITE:p');
  });
  it('chi-square', () => {
    expect(codeOf(() => chiSquareCdf(-1, 3))).toBe('OUT_OF_RANGE:x');
    expect(codeOf(() => chiSquareSurvival(1, 0))).toBe('OUT_OF_RANGE:df');
    expect(codeOf(() => chiSquareQuantile(0, 3))).toBe('OUT_OF_RANGE:p');
    expect(codeOf(() => chiSquareQuantile(Number.NaN, 3))).toBe('NON_FINITE:p');
    expect(codeOf(() => chiSquareQuantile(0.5, -3))).toBe('OUT_OF_RANGE:df');
  });
});
