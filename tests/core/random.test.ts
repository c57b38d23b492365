import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRandom } from '../../src/core/random.js';
import { lgamma } from '../../src/core/special.js';
import { errorOf as codeOf } from '../helpers/errors.js';

// Upper 0.999 point of chi-square(df) by Wilson & Hilferty (1931): accurate to ~0.5% for df ≥ 5, which is all a
// pass/fail threshold needs. Checked against R: qchisq(0.999, 99) = 148.2304 (here 148.21).
const chi2Crit999 = (df: number): number => df * (1 - 2 / (9 * df) + 3.090232306167813 * Math.sqrt(2 / (9 * df))) ** 3;

function chiSquare(observed: ArrayLike<number>, expected: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < observed.length; i++) s += (observed[i]! - expected[i]!) ** 2 / expected[i]!;
  return s;
}

describe('createRandom: the sfc32 stream', () => {
  // Reference: tests/fixtures/random/sfc32.c, an independent C implementation of PractRand's sfc32 and its
  // seed(Uint64) procedure (gcc -O2), output in sfc32.out. Exact equality.
  const lines = readFileSync(new URL('../fixtures/random/sfc32.out', import.meta.url), 'utf8').trim().split('\n');
  for (const line of lines) {
    const [seed, ...outs] = line.split(' ').map(Number);
    it(`matches the C reference for seed ${String(seed)}`, () => {
      const rng = createRandom(seed!);
      expect(outs.map(() => rng.uint32())).toEqual(outs);
    });
  }

  it('is deterministic per seed, and different seeds give different streams', () => {
    const draw = (s: number | string): number[] => {
      const r = createRandom(s);
      return Array.from({ length: 5 }, () => r.uint32());
    };
    expect(draw('abc')).toEqual(draw('abc'));
    expect(draw('abc')).not.toEqual(draw('abd'));
    expect(draw('')).not.toEqual(draw('\u0000'));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7)).not.toEqual(draw('7'));
  });

  it('rejects seeds that are not safe integers or strings', () => {
    expect(codeOf(() => createRandom(0.5))).toEqual({ code: 'INVALID_ARGUMENT', path: ['seed'] });
    expect(codeOf(() => createRandom(Number.NaN))).toEqual({ code: 'INVALID_ARGUMENT', path: ['seed'] });
    expect(codeOf(() => createRandom(2 ** 60))).toEqual({ code: 'INVALID_ARGUMENT', path: ['seed'] });
    expect(codeOf(() => createRandom({} as unknown as string))).toEqual({ code: 'INVALID_ARGUMENT', path: ['seed'] });
  });
});

describe('uniform draws', () => {
  it('next(): mean within 5 SE of ½ over 1e5 draws, and chi-square uniform over 100 bins', () => {
    const rng = createRandom(2026);
    const n = 100_000;
    const bins = new Float64Array(100);
    let s = 0;
    let inRange = true;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      inRange &&= u >= 0 && u < 1;
      s += u;
      bins[Math.floor(u * 100)]!++;
    }
    expect(inRange).toBe(true);
    // Uniform(0,1): mean ½, variance 1/12.
    expect(Math.abs(s / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    // qchisq(0.999, 99) = 148.23035917 (R 4.2).
    expect(chiSquare(bins, new Float64Array(100).fill(n / 100))).toBeLessThan(148.23035917);
  });

  it('int(): unbiased for small and large ranges; bounds checked', () => {
    const rng = createRandom('int');
    const n = 70_000;
    const bins = new Float64Array(7);
    for (let i = 0; i < n; i++) bins[rng.int(7)]!++;
    // qchisq(0.999, 6) = 22.45774448 (R 4.2).
    expect(chiSquare(bins, new Float64Array(7).fill(n / 7))).toBeLessThan(22.45774448);
    // A range above 2^32 (the 53-bit path): top decile buckets of 3·2^40.
    const big = 3 * 2 ** 40;
    const dec = new Float64Array(10);
    for (let i = 0; i < 20_000; i++) {
      const k = rng.int(big);
      expect(Number.isInteger(k) && k >= 0 && k < big).toBe(true);
      dec[Math.floor((k / big) * 10)]!++;
    }
    // qchisq(0.999, 9) = 27.87716487 (R 4.2).
    expect(chiSquare(dec, new Float64Array(10).fill(2000))).toBeLessThan(27.87716487);
    expect(rng.int(1)).toBe(0);
    expect(rng.int(2 ** 32)).toBeLessThan(2 ** 32);
    expect(rng.int(2 ** 53)).toBeLessThan(2 ** 53);
    expect(codeOf(() => rng.int(0))).toEqual({ code: 'OUT_OF_RANGE', path: ['maxExclusive'] });
    expect(codeOf(() => rng.int(2.5))).toEqual({ code: 'OUT_OF_RANGE', path: ['maxExclusive'] });
    expect(codeOf(() => rng.int(2 ** 54))).toEqual({ code: 'OUT_OF_RANGE', path: ['maxExclusive'] });
  });

  it('normal(): mean 0, variance 1, and P(Z ≤ 1.959964) ≈ 0.975, each within 5 SE over 1e5 draws', () => {
    const rng = createRandom(99);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    let below = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
      if (z <= 1.959963984540054) below++;
    }
    expect(Number.isFinite(s + s2)).toBe(true);
    expect(Math.abs(s / n)).toBeLessThan(5 / Math.sqrt(n));
    // Var(Z²) = 2 for a standard normal.
    expect(Math.abs(s2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(below / n - 0.975)).toBeLessThan(5 * Math.sqrt((0.975 * 0.025) / n));
  });
});

describe('binomial draws', () => {
  const logPmf = (k: number, n: number, p: number): number =>
    lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);

  // Chi-square goodness of fit against the exact pmf, tails pooled so that every bin expects ≥ 5 draws.
  function fit(n: number, p: number, draws: number, seed: number): { stat: number; df: number; mean: number; variance: number } {
    const rng = createRandom(seed);
    const counts = new Float64Array(n + 1);
    let s = 0;
    let s2 = 0;
    let valid = true;
    for (let i = 0; i < draws; i++) {
      const k = rng.binomial(n, p);
      valid &&= Number.isInteger(k) && k >= 0 && k <= n;
      counts[k]!++;
      s += k;
      s2 += k * k;
    }
    expect(valid).toBe(true);
    const mean = s / draws;
    const obs: number[] = [];
    const exp: number[] = [];
    let o = 0;
    let e = 0;
    for (let k = 0; k <= n; k++) {
      o += counts[k]!;
      e += draws * Math.exp(logPmf(k, n, p));
      if (e >= 5) {
        obs.push(o);
        exp.push(e);
        o = 0;
        e = 0;
      }
    }
    obs[obs.length - 1]! += o;
    exp[exp.length - 1]! += e;
    return { stat: chiSquare(obs, exp), df: obs.length - 1, mean, variance: (s2 - draws * mean * mean) / (draws - 1) };
  }

  // Inversion (n·p < 10), BTRD with the recursive test (|k − m| ≤ 15), BTRD with squeeze/Stirling (wide
  // spread), and p > ½ (reflection).
  for (const [n, p] of [
    [20, 0.3],
    [1, 0.5],
    [60, 0.25],
    [5000, 0.4],
    [200, 0.93],
    [100_000, 0.5],
  ] as const) {
    it(`fits Binomial(${String(n)}, ${String(p)}) by chi-square at the 0.999 level; mean and variance agree`, () => {
      const draws = 50_000;
      const { stat, df, mean, variance } = fit(n, p, draws, n * 7 + 1);
      expect(stat).toBeLessThan(chi2Crit999(Math.max(df, 1)));
      const npq = n * p * (1 - p);
      expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(npq / draws));
      // The sample variance's SE is about npq·√(2/draws) (plus a kurtosis term, small here): 6 SE.
      expect(Math.abs(variance - npq)).toBeLessThan(6 * npq * Math.sqrt(2 / draws) + 0.01);
    });
  }

  it('handles huge n (mean within 5 SE) and the edge probabilities', () => {
    const rng = createRandom(5);
    const n = 1e12;
    const p = 0.3;
    let s = 0;
    for (let i = 0; i < 2000; i++) s += rng.binomial(n, p);
    expect(Math.abs(s / 2000 - n * p)).toBeLessThan(5 * Math.sqrt((n * p * (1 - p)) / 2000));
    expect(rng.binomial(0, 0.5)).toBe(0);
    expect(rng.binomial(10, 0)).toBe(0);
    expect(rng.binomial(10, 1)).toBe(10);
    expect(rng.binomial(1e9, 1e-12)).toBeLessThan(10);
  });

  it('rejects bad n and p', () => {
    const rng = createRandom(1);
    expect(codeOf(() => rng.binomial(-1, 0.5))).toEqual({ code: 'OUT_OF_RANGE', path: ['n'] });
    expect(codeOf(() => rng.binomial(2.5, 0.5))).toEqual({ code: 'OUT_OF_RANGE', path: ['n'] });
    expect(codeOf(() => rng.binomial(10, 1.5))).toEqual({ code: 'OUT_OF_RANGE', path: ['p'] });
    expect(codeOf(() => rng.binomial(10, Number.NaN))).toEqual({ code: 'OUT_OF_RANGE', path: ['p'] });
  });
});
