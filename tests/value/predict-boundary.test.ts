import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bgNbdExpectedPurchases,
  bgNbdProbabilityOfPurchases,
  mbgNbdExpectedPurchases,
  mbgNbdProbabilityOfPurchases,
  conditionalExpectedPurchases,
  expectedPurchases,
  fitBgNbd,
  fitMbgNbd,
  fitParetoNbd,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  probabilityOfPurchases,
  type BgNbdModel,
} from '../../src/index.js';
import { betaGeoActiveByQuadrature, betaGeoActiveExpectation, BETA_GEO_BOUND } from '../../src/value/beta-geo.js';
import { paretoNbdAliveByQuadrature, paretoNbdCustomer } from '../../src/value/pareto-nbd-kernel.js';

// Four near-identical weekly buyers (all T = 30) show no spread in purchase rates and no drop-out: the likelihood
// of BG/NBD and MBG/NBD keeps rising toward the limit r, α → ∞ (r/α = λ), a/(a+b) → 0 — a Poisson process with
// λ̂ = Σx / ΣT = 8/120 and no drop-out. The fit stops at its bound (r ≤ 1e5) and says so; its predictions are those
// of the limit to O(1/bound).
const rows = [
  { frequency: 2, recency: 20, T: 30 },
  { frequency: 2, recency: 20, T: 30 },
  { frequency: 3, recency: 28, T: 30 },
  { frequency: 1, recency: 10, T: 30 },
];
const lambda = 8 / 120;

describe('fits that run to the bound of the beta-geometric models', () => {
  for (const [name, fitter] of [
    ['bg-nbd', fitBgNbd],
    ['mbg-nbd', fitMbgNbd],
  ] as const) {
    it(`${name}: stops below the bound, says so, and predicts the limit model (Poisson λ̂ = 8/120) to 1e-4`, () => {
      const model = fitter(rows, { timeUnit: 'week' });
      expect(model.params.r).toBeLessThanOrEqual(BETA_GEO_BOUND);
      expect(model.params.r).toBeGreaterThan(0.99 * BETA_GEO_BOUND);
      expect(model.message).toMatch(/at the fit's bound \(r = 100000\)/);
      expect(Math.abs((model.params.r / model.params.alpha) / lambda - 1)).toBeLessThan(1e-4);
      expect(Math.abs(expectedPurchases(model, 52) / (52 * lambda) - 1)).toBeLessThan(1e-4);
      for (const c of rows) expect(Math.abs(conditionalExpectedPurchases(model, 52, c) / (52 * lambda) - 1)).toBeLessThan(1e-4);
      // P(X(52) = n) is the Poisson(52λ) law to 1e-4.
      let total = 0;
      for (let n = 0; n < 40; n++) {
        const p = probabilityOfPurchases(model, 52, n);
        const poisson = Math.exp(-52 * lambda + n * Math.log(52 * lambda) - logFactorial(n));
        expect(Math.abs(p - poisson)).toBeLessThan(1e-4);
        total += p;
      }
      expect(total).toBeCloseTo(1, 9);
    });
  }
});

describe('Pareto/NBD on the same regular buyers (its parameters run to ~1e10–1e12; no bound needed)', () => {
  it('predicts the limit Poisson model, and P(X(52) = n) sums to 1 (1e-12) and is Poisson(52·λ̂) to 1e-6', () => {
    const model = fitParetoNbd(rows, { timeUnit: 'week' });
    expect(model.params.r).toBeGreaterThan(1e8);
    expect(Math.abs(expectedPurchases(model, 52) / (52 * lambda) - 1)).toBeLessThan(1e-6);
    let total = 0;
    for (let n = 0; n < 40; n++) {
      const p = probabilityOfPurchases(model, 52, n);
      const poisson = Math.exp(-52 * lambda + n * Math.log(52 * lambda) - logFactorial(n));
      expect(Math.abs(p - poisson)).toBeLessThan(1e-6);
      total += p;
    }
    expect(Math.abs(total - 1)).toBeLessThan(1e-12);
  });
});

describe('Pareto/NBD P(X(t) = n) for any size of r', () => {
  it('sums to 1 and has mean E[X(t)] (1e-9), r from 0.1 to 1e10, α/β on both sides', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2.3, max: 23, noNaN: true }).map(Math.exp),
        fc.double({ min: -3, max: 1, noNaN: true }).map(Math.exp),
        fc.double({ min: -2, max: 2, noNaN: true }).map(Math.exp),
        fc.double({ min: -1, max: 5, noNaN: true }).map(Math.exp),
        fc.double({ min: 1, max: 60, noNaN: true }),
        (r, rate, s, beta, t) => {
          const p = { r, alpha: r / rate, s, beta };
          let total = 0;
          let mean = 0;
          // Until the terms are negligible for the mean too (r < 1 gives the count a long tail).
          for (let n = 0; n < 20_000; n++) {
            const v = paretoNbdProbabilityOfPurchases(p, t, n);
            total += v;
            mean += n * v;
            if (n > rate * t && n * v < 1e-14 * mean) break;
          }
          expect(Math.abs(total - 1)).toBeLessThan(1e-9);
          expect(Math.abs(mean - paretoNbdExpectedPurchases(p, t))).toBeLessThan(1e-9 * Math.max(1, mean));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('BG/NBD and MBG/NBD P(X(t) = n) for user parameters far past the fit bound', () => {
  it('sums to 1 and has mean E[X(t)] (1e-10) at r = α = 1e8 (lost 4e-8 before)', () => {
    for (const [pmf, ex] of [
      [bgNbdProbabilityOfPurchases, bgNbdExpectedPurchases],
      [mbgNbdProbabilityOfPurchases, mbgNbdExpectedPurchases],
    ] as const) {
      const p = { r: 1e8, alpha: 1e8, a: 0.8, b: 2.4 };
      let total = 0;
      let mean = 0;
      for (let n = 0; n < 200; n++) {
        const v = pmf(p, 10, n);
        total += v;
        mean += n * v;
      }
      expect(Math.abs(total - 1)).toBeLessThan(1e-10);
      expect(Math.abs(mean / ex(p, 10) - 1)).toBeLessThan(1e-10);
    }
  });
});

describe('Pareto/NBD P(X(t) = n) with a drop-out far faster than purchases (the integrand peaks in a sliver at τ = 0)', () => {
  it('sums to 1 (1e-9) for s/β from 1e3 to 1e14; P(X(10) = n) at r = α = 1, s = 1000, β = 0.01 as mpmath gives', () => {
    // Reference: tests/fixtures/btyd-boundary/extremes.py (mpmath 1.3.0, 40 digits, quadrature of Fader & Hardie
    // 2006's integral), lines "pnbd-pmf 1 1 1000 0.01 10 n".
    const want = readFileSync(new URL('../fixtures/btyd-boundary/extremes.out', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('pnbd-pmf '))
      .map((l) => Number(l.split(' ').pop()));
    const p = { r: 1, alpha: 1, s: 1000, beta: 0.01 };
    expect(paretoNbdProbabilityOfPurchases(p, 10, 0)).toBeCloseTo(want[0]!, 9);
    expect(Math.abs(paretoNbdProbabilityOfPurchases(p, 10, 1) / want[1]! - 1)).toBeLessThan(1e-8);
    expect(Math.abs(paretoNbdProbabilityOfPurchases(p, 10, 2) / want[2]! - 1)).toBeLessThan(1e-7);
    fc.assert(
      fc.property(fc.double({ min: 3, max: 8, noNaN: true }), fc.double({ min: -6, max: 0, noNaN: true }), fc.double({ min: 1, max: 50, noNaN: true }), (ls, lb, t) => {
        const q = { r: 1, alpha: 1, s: 10 ** ls, beta: 10 ** lb };
        let total = 0;
        for (let n = 0; n < 30; n++) total += paretoNbdProbabilityOfPurchases(q, t, n);
        expect(Math.abs(total - 1)).toBeLessThan(1e-9);
      }),
      { numRuns: 40 },
    );
  });
});

// Reference: tests/fixtures/btyd-boundary/pareto-alive.py (mpmath 1.3.0, 40-digit quadrature of the likelihood split
// by the drop-out time). The first two threw NOT_CONVERGED before; the next two were off by 122% and 8e-4.
describe('Pareto/NBD P(alive) where its series fails or cancels (mpmath reference)', () => {
  const lines = readFileSync(new URL('../fixtures/btyd-boundary/pareto-alive.out', import.meta.url), 'utf8').trim().split('\n');
  it.each(lines)('%s (relative error ≤ 1e-10)', (line) => {
    const [r, alpha, s, beta, x, tx, T, want] = line.split(' ').map(Number) as [number, number, number, number, number, number, number, number];
    const got = paretoNbdProbabilityAlive({ r, alpha, s, beta }, { frequency: x, recency: tx, T });
    expect(Math.abs(got / want - 1)).toBeLessThan(1e-10);
  });

  it('the quadrature agrees with the series wherever the series converges (relative 1e-10)', () => {
    const logU = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map(Math.exp);
    fc.assert(
      fc.property(logU(-3, 4), logU(-1, 5), logU(-3, 2), logU(-1, 5), fc.integer({ min: 0, max: 30 }), fc.double({ min: 1, max: 60, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (r, alpha, s, beta, x, T, share) => {
        const tx = x === 0 ? 0 : share * T;
        const series = paretoNbdCustomer(r, alpha, s, beta, x, tx, T).alive;
        fc.pre(!Number.isNaN(series) && series > 1e-280);
        expect(Math.abs(paretoNbdAliveByQuadrature(r, alpha, s, beta, x, tx, T) / series - 1)).toBeLessThan(1e-10);
      }),
      { numRuns: 300 },
    );
  });
});

function logFactorial(n: number): number {
  let s = 0;
  for (let k = 2; k <= n; k++) s += Math.log(k);
  return s;
}

// Reference: tests/fixtures/btyd-boundary/bgnbd-boundary.py (mpmath 1.3.0, 60 digits; the 2F1 closed forms of FHL
// 2005 eqs. 9–10 and an independent quadrature of their integral form agree to 1e-20 where both run).
describe('BG/NBD expectations at parameters on the bound (mpmath reference)', () => {
  const SETS: Record<string, BgNbdModel['params']> = {
    regular: { r: 99978.83, alpha: 1499698.7, a: 0.00014546, b: 24494.79 },
    'r-bound': { r: 100000, alpha: 1500000, a: 0.7928861941, b: 2.425753613 },
    'ab-bound': { r: 0.2425929069, alpha: 4.413531552, a: 30000, b: 100000 },
    'a-near-1': { r: 0.2425929069, alpha: 4.413531552, a: 1.001, b: 2.425753613 },
  };
  const lines = readFileSync(new URL('../fixtures/btyd-boundary/bgnbd-boundary.out', import.meta.url), 'utf8').trim().split('\n');
  it.each(lines)('%s (relative error ≤ 1e-10)', (line) => {
    const f = line.split(' ');
    const model = { kind: 'bg-nbd', params: SETS[f[1]!]!, timeUnit: 'week' } as BgNbdModel;
    const ref = Number(f[f.length - 1]);
    const got =
      f[0] === 'EX'
        ? expectedPurchases(model, Number(f[2]))
        : conditionalExpectedPurchases(model, Number(f[2]), { frequency: Number(f[3]), recency: Number(f[4]), T: Number(f[5]) });
    expect(Math.abs(got / ref - 1)).toBeLessThan(1e-10);
  });
});

describe('betaGeoActiveByQuadrature', () => {
  it('agrees with whichever method betaGeoActiveExpectation picks, over parameters up to the bound and beyond (relative 1e-7)', () => {
    // The ₂F₁ closed form (where it is well conditioned) and the quadrature are independent methods; where the
    // closed form is not used, the property checks the quadrature against itself only through the mpmath values above.
    const logUniform = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map(Math.exp);
    fc.assert(
      fc.property(
        logUniform(-3, 12),
        logUniform(-5, 2),
        logUniform(-12, 11.5).filter((a) => Math.abs(a - 1) > 0.05),
        logUniform(-2, 11.5),
        fc.integer({ min: 0, max: 30 }),
        logUniform(-1, 6),
        fc.constantFrom(0, 1),
        (r, rate, a, b, x, t, s) => {
          const alphaT = r / rate + 30;
          const picked = betaGeoActiveExpectation(r, x, alphaT, a, b, s, t);
          const quad = betaGeoActiveByQuadrature(r + x, alphaT, a, b + x + s, t);
          expect(Number.isFinite(quad) && quad >= 0).toBe(true);
          expect(Math.abs(quad - picked)).toBeLessThanOrEqual(1e-7 * quad);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is E[λ]·t for a population that never drops out, and increases with t', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0.5, max: 100, noNaN: true }), fc.double({ min: 0.1, max: 100, noNaN: true }), (r, alpha, t) => {
        // Beta(a, B) with a → 0: p ≈ 0 almost surely.
        const v = betaGeoActiveByQuadrature(r, alpha, 1e-12, 10, t);
        expect(Math.abs(v / ((r / alpha) * t) - 1)).toBeLessThan(1e-9);
        expect(betaGeoActiveByQuadrature(r, alpha, 0.7, 2.4, 2 * t)).toBeGreaterThan(betaGeoActiveByQuadrature(r, alpha, 0.7, 2.4, t));
      }),
      { numRuns: 50 },
    );
  });
});
