/**
 * BG/BB (Fader, Hardie & Shang 2010) on the paper's donation data, and its predictions against identities between
 * independently derived formulas.
 *
 * References:
 * - Data: the 1995 cohort of 11,104 first-time supporters of a non-profit, 6 annual donation opportunities, as 22
 *   (x, t_x, n) patterns — Fader, Hardie & Shang (2010), "Customer-base analysis in a discrete-time noncontractual
 *   setting", Marketing Science 29(6), Table 1; copied from `lifetimes/datasets/donations.csv` of
 *   CamDavidsonPilon/lifetimes (MIT), commit 5dbe04e040f08af73b94eefef59b9406b26cd920 (inlined below, 22 rows).
 * - Estimates: α 1.204, β 0.750, γ 0.657, δ 2.783, LL −33,225.6 (the paper, §3 / Table 2).
 */
import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import {
  bgBbConditionalExpectedPurchases,
  bgBbExpectedPurchases,
  bgBbProbabilityAlive,
  bgBbProbabilityOfPurchases,
  fitBgBb,
  type BgBbParams,
} from '../../src/value/bg-bb.js';

const DONATIONS = `0,0,6,3464 1,1,6,1091 1,2,6,277 1,3,6,129 1,4,6,78 1,5,6,119 1,6,6,129 2,2,6,613 2,3,6,255 2,4,6,155 2,5,6,173
2,6,6,234 3,3,6,322 3,4,6,181 3,5,6,225 3,6,6,357 4,4,6,240 4,5,6,284 4,6,6,512 5,5,6,335 5,6,6,728 6,6,6,1203`;
const rows = DONATIONS.split(/\s+/).map((s) => {
  const [x, tx, n, w] = s.split(',').map(Number) as [number, number, number, number];
  return { frequency: x, recency: tx, periods: n, weight: w };
});
const model = fitBgBb(rows);
const p = model.params;

/** The BG/BB likelihood of one pattern, directly from FHS 2010 eq. 5 (plain sums, no logs). */
function likelihood(q: BgBbParams, x: number, tx: number, n: number): number {
  const B = (a: number, b: number): number => Math.exp(lgammaSmall(a) + lgammaSmall(b) - lgammaSmall(a + b));
  let v = (B(q.alpha + x, q.beta + n - x) / B(q.alpha, q.beta)) * (B(q.gamma, q.delta + n) / B(q.gamma, q.delta));
  for (let i = 0; i <= n - tx - 1; i++) {
    v += (B(q.alpha + x, q.beta + tx - x + i) / B(q.alpha, q.beta)) * (B(q.gamma + 1, q.delta + tx + i) / B(q.gamma, q.delta));
  }
  return v;
}
/** ln Γ by the Lanczos approximation (g = 7, n = 9; Press et al., Numerical Recipes, 3rd ed., §6.1), rel. error ~1e-15. */
function lgammaSmall(z: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  const zz = z - 1;
  let x = c[0]!;
  for (let i = 1; i < 9; i++) x += c[i]! / (zz + i);
  const t = zz + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (zz + 0.5) * Math.log(t) - t + Math.log(x);
}

describe('fitBgBb on the donation data', () => {
  it('matches the published estimates to the printed digits', () => {
    expect(model.n).toBe(11_104);
    expect(p.alpha.toFixed(3)).toBe('1.204');
    expect(p.beta.toFixed(3)).toBe('0.750');
    expect(p.gamma.toFixed(3)).toBe('0.657');
    expect(p.delta.toFixed(3)).toBe('2.783');
    expect(model.logLikelihood.toFixed(1)).toBe('-33225.6');
    expect(model.converged).toBe(true);
    expect(model.standardErrors).not.toBeNull();
  });

  it('the log-likelihood equals the direct sum of eq. 5 (rel. 1e-12)', () => {
    let ll = 0;
    for (const r of rows) ll += r.weight * Math.log(likelihood(p, r.frequency, r.recency, r.periods));
    expect(Math.abs(ll / model.logLikelihood - 1)).toBeLessThan(1e-12);
  });

  it('settles to ≥ 6 significant digits from another start', () => {
    const other = fitBgBb(rows, { initial: { alpha: 3, beta: 3, gamma: 0.2, delta: 10 } });
    for (const k of ['alpha', 'beta', 'gamma', 'delta'] as const) expect(Math.abs(other.params[k] / p[k] - 1)).toBeLessThan(1e-6);
  });
});

describe('BG/BB predictions', () => {
  it('the likelihood sums to 1 over every possible pattern of n opportunities', () => {
    for (const n of [0, 1, 4, 9]) {
      let s = likelihood(p, 0, 0, n);
      for (let tx = 1; tx <= n; tx++) for (let x = 1; x <= tx; x++) s += likelihood(p, x, tx, n) * binomial(tx - 1, x - 1);
      expect(s).toBeCloseTo(1, 12);
    }
  });

  it('P(X(t) = k) sums to 1 and has mean E[X(t)] (eq. 8 vs eq. 7)', () => {
    for (const t of [1, 6, 30]) {
      let s = 0;
      let m = 0;
      for (let k = 0; k <= t; k++) {
        const q = bgBbProbabilityOfPurchases(p, t, k);
        s += q;
        m += k * q;
      }
      expect(s).toBeCloseTo(1, 12);
      expect(m).toBeCloseTo(bgBbExpectedPurchases(p, t), 12);
      expect(bgBbProbabilityOfPurchases(p, t, t + 1)).toBe(0);
    }
  });

  it('one step ahead: E[X(n, n+1) | x, t_x, n] = P(alive at n+1)·(α + x)/(α + β + n)', () => {
    for (const c of [{ frequency: 3, recency: 4, periods: 6 }, { frequency: 0, recency: 0, periods: 6 }, { frequency: 6, recency: 6, periods: 6 }]) {
      const viaAlive = (bgBbProbabilityAlive(p, c) * (p.alpha + c.frequency)) / (p.alpha + p.beta + c.periods);
      expect(bgBbConditionalExpectedPurchases(p, 1, c)).toBeCloseTo(viaAlive, 12);
    }
  });

  it('a new customer is the pattern (0, 0, 0): E[X(t)] = E[X(0, t) | 0, 0, 0]', () => {
    for (const t of [1, 5, 20]) {
      expect(bgBbConditionalExpectedPurchases(p, t, { frequency: 0, recency: 0, periods: 0 })).toBeCloseTo(bgBbExpectedPurchases(p, t), 12);
    }
  });

  it('is finite at γ = 1 and for long histories', () => {
    const q = { alpha: 1, beta: 1, gamma: 1, delta: 3 };
    // At γ = 1, B(1, δ+i)/B(1, δ) = δ/(δ+i): E[X(10)] = α/(α+β)·Σ_{i=1..10} δ/(δ+i), a harmonic sum (exact here, where the
    // closed form is 0/0); it sits between the values at γ = 1 ± 1e-4 to O(1e-4).
    let harmonic = 0;
    for (let i = 1; i <= 10; i++) harmonic += 3 / (3 + i);
    expect(bgBbExpectedPurchases(q, 10)).toBeCloseTo(0.5 * harmonic, 14);
    expect(bgBbExpectedPurchases(q, 10)).toBeCloseTo((bgBbExpectedPurchases({ ...q, gamma: 1.0001 }, 10) + bgBbExpectedPurchases({ ...q, gamma: 0.9999 }, 10)) / 2, 7);
    const alive = bgBbProbabilityAlive(p, { frequency: 500, recency: 900, periods: 1000 });
    expect(alive >= 0 && alive <= 1).toBe(true);
    expect(Number.isFinite(bgBbConditionalExpectedPurchases(p, 100, { frequency: 500, recency: 900, periods: 1000 }))).toBe(true);
  });

  it('rejects bad patterns with the row in the path', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [[{ frequency: 2, recency: 1, periods: 6 }], 'OUT_OF_RANGE', ['data', 0, 'recency']],
      [[{ frequency: 1, recency: 7, periods: 6 }], 'OUT_OF_RANGE', ['data', 0, 'recency']],
      [[{ frequency: 1, recency: 2.5, periods: 6 }], 'OUT_OF_RANGE', ['data', 0, 'recency']],
      [[rows[0], { frequency: 1, recency: 2, periods: 6, weight: Number.NaN }], 'INVALID_WEIGHT', ['data', 1, 'weight']],
      [[{ frequency: 0, recency: 0, periods: 6, weight: 0 }], 'EMPTY_INPUT', ['data']],
      [{}, 'INVALID_ARGUMENT', ['data']],
    ];
    for (const [data, code, path] of cases) {
      let err: unknown;
      try {
        fitBgBb(data as never);
      } catch (e) {
        err = e;
      }
      expect(isCxError(err, code as never)).toBe(true);
      expect((err as { path: unknown }).path).toEqual(path);
    }
    expect(() => bgBbExpectedPurchases(p, 1.5)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['t'] }) as Error);
    expect(() => bgBbProbabilityAlive({ ...p, delta: -1 }, { frequency: 0, recency: 0, periods: 1 })).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['params', 'delta'] }) as Error,
    );
  });
});

function binomial(n: number, k: number): number {
  let v = 1;
  for (let i = 1; i <= k; i++) v = (v * (n - k + i)) / i;
  return v;
}
