/**
 * Pareto/NBD (Schmittlein, Morrison & Colombo 1987) against published values and R quadrature.
 *
 * References:
 * - Published CDNOW estimates (2,357 customers, weeks): r 0.553, α 10.578, s 0.606, β 11.669, LL −9595.0 — Fader,
 *   Hardie & Lee (2005), "'Counting your customers' the easy way", Marketing Science 24(2), Table 1 (Pareto/NBD column).
 * - E[Y(52) | x = 26, t_x = 30.86, T = 31] = 25.46: the BTYD package walkthrough (Dziurzynski, Wadsworth & McCarthy,
 *   "BTYD: Implementing Buy 'Til You Die Models", §2.1) with the CDNOW estimates.
 * - tests/fixtures/pareto-nbd/reference.json: generate.R (base R 4.2) — the likelihood by adaptive quadrature of its
 *   integral form (not the 2F1 series used here), its optimum on CDNOW by optim(), P(alive), and P(X(t) = n) by
 *   quadrature of its definition.
 */
import { describe, expect, it } from 'vitest';
import {
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
} from '../../src/value/pareto-nbd.js';
import { paretoNbdCustomer, paretoNbdNll, prepareParetoNbd } from '../../src/value/pareto-nbd-kernel.js';
import { summarizeTransactions } from '../../src/value/summary.js';
import { readFileSync } from 'node:fs';
import { cdnowMasterTransactions, cdnowSummary } from './cdnow-helpers.js';
import { errorOf as thrown } from '../helpers/errors.js';

interface Reference {
  paretoNbdCdnow: { r: number; alpha: number; s: number; beta: number; logLikelihood: number };
  customers: { params: number[]; x: number; tx: number; T: number; ll: number; alive: number }[];
  pmf: { params: number[]; t: number; n: number; p: number }[];
  gammaGammaCdnow: { p: number; q: number; gamma: number; logLikelihood: number };
}
const ref = JSON.parse(readFileSync(new URL('../fixtures/pareto-nbd/reference.json', import.meta.url), 'utf8')) as Reference;

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('fitParetoNbd on CDNOW (2,357 customers, weeks)', () => {
  const rows = cdnowSummary();
  const m = fitParetoNbd(rows, { timeUnit: 'week' });

  it('reproduces the published estimates to their printed digits', () => {
    expect(m.converged).toBe(true);
    expect(m.params.r).toBeCloseTo(0.553, 3);
    expect(m.params.alpha).toBeCloseTo(10.578, 3);
    expect(m.params.s).toBeCloseTo(0.606, 3);
    expect(m.params.beta).toBeCloseTo(11.669, 2); // printed 11.669; the exact optimum is 11.66791
    expect(m.logLikelihood).toBeCloseTo(-9595.0, 1);
  });

  it('agrees with the R quadrature optimum to ≥ 6 significant digits (relative 2e-6), LL to 1e-10', () => {
    const R = ref.paretoNbdCdnow;
    expect(rel(m.params.r, R.r)).toBeLessThan(2e-6);
    expect(rel(m.params.alpha, R.alpha)).toBeLessThan(2e-6);
    expect(rel(m.params.s, R.s)).toBeLessThan(2e-6);
    expect(rel(m.params.beta, R.beta)).toBeLessThan(2e-6);
    expect(rel(m.logLikelihood, R.logLikelihood)).toBeLessThan(1e-10);
  });

  it('reports standard errors, intervals around the estimates, n and the unit', () => {
    expect(m.n).toBe(2357);
    expect(m.timeUnit).toBe('week');
    expect(m.standardErrors).not.toBeNull();
    for (const k of ['r', 'alpha', 's', 'beta'] as const) {
      const [lo, hi] = m.intervals![k];
      expect(lo).toBeLessThan(m.params[k]);
      expect(hi).toBeGreaterThan(m.params[k]);
      expect(m.standardErrors![k]).toBeGreaterThan(0);
    }
  });

  it('E[Y(52) | 26, 30.86, 31] = 25.46 (BTYD walkthrough), to ±0.005', () => {
    expect(paretoNbdConditionalExpectedPurchases(m.params, 52, { frequency: 26, recency: 30.86, T: 31 })).toBeCloseTo(25.46, 2);
  });

  it('grouped likelihood equals the ungrouped one (relative 1e-13)', () => {
    const x = Float64Array.from(rows, (r) => r.frequency);
    const tx = Float64Array.from(rows, (r) => r.recency);
    const T = Float64Array.from(rows, (r) => r.T);
    const ungrouped = prepareParetoNbd(x, tx, T, new Float64Array(rows.length).fill(1));
    const lp = Float64Array.from([m.params.r, m.params.alpha, m.params.s, m.params.beta], Math.log);
    expect(rel(-paretoNbdNll(lp, ungrouped, null), m.logLikelihood)).toBeLessThan(1e-13);
  });
});

describe('Pareto/NBD single-customer values against R quadrature (reference.json)', () => {
  it('log-likelihood (relative 1e-12) and P(alive) (absolute 1e-12), heavy buyers included', () => {
    for (const c of ref.customers) {
      const [r, alpha, s, beta] = c.params as [number, number, number, number];
      const v = paretoNbdCustomer(r, alpha, s, beta, c.x, c.tx, c.T);
      expect(rel(v.ll, c.ll)).toBeLessThan(1e-12);
      expect(Math.abs(v.alive - c.alive)).toBeLessThan(1e-12);
      expect(Math.abs(paretoNbdProbabilityAlive({ r, alpha, s, beta }, { frequency: c.x, recency: c.tx, T: c.T }) - c.alive)).toBeLessThan(1e-12);
    }
  });

  it('P(X(t) = n) (relative 1e-10)', () => {
    for (const c of ref.pmf) {
      const [r, alpha, s, beta] = c.params as [number, number, number, number];
      expect(rel(paretoNbdProbabilityOfPurchases({ r, alpha, s, beta }, c.t, c.n), c.p)).toBeLessThan(1e-10);
    }
  });

  it('the analytic gradient matches central differences (relative 1e-6)', () => {
    const rows = [
      [0, 0, 30],
      [3, 20, 30],
      [1, 5, 25],
      [12, 29.5, 30],
      [40, 10, 200],
    ] as const;
    const d = prepareParetoNbd(
      Float64Array.from(rows, (r) => r[0]),
      Float64Array.from(rows, (r) => r[1]),
      Float64Array.from(rows, (r) => r[2]),
      Float64Array.from([1, 2, 3, 1, 1]),
    );
    for (const p of [
      [0.5, 10, 0.6, 12],
      [2, 3, 0.5, 1],
      [0.3, 1, 4, 20],
    ]) {
      const lp = Float64Array.from(p, Math.log);
      const g = new Float64Array(4);
      paretoNbdNll(lp, d, g);
      for (let i = 0; i < 4; i++) {
        const h = 1e-5;
        const up = Float64Array.from(lp);
        const dn = Float64Array.from(lp);
        up[i] = up[i]! + h;
        dn[i] = dn[i]! - h;
        const num = (paretoNbdNll(up, d, null) - paretoNbdNll(dn, d, null)) / (2 * h);
        expect(Math.abs(g[i]! - num)).toBeLessThan(1e-6 * Math.max(1, Math.abs(num)));
      }
    }
  });
});

describe('Pareto/NBD predictions', () => {
  const p = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 };

  it('E[X(t)] is 0 at t = 0 and matches the closed form rβ/(α(s − 1))·(1 − (β/(β + t))^(s−1)) (relative 1e-14)', () => {
    expect(paretoNbdExpectedPurchases(p, 0)).toBe(0);
    const t = 39;
    const closed = ((p.r * p.beta) / (p.alpha * (p.s - 1))) * (1 - (p.beta / (p.beta + t)) ** (p.s - 1));
    expect(rel(paretoNbdExpectedPurchases(p, t), closed)).toBeLessThan(1e-14);
  });

  it('s = 1 gives the limit (rβ/α)·ln(1 + t/β), and s = 1 ± 1e-9 stays continuous (relative 1e-8)', () => {
    const q = { r: 2, alpha: 3, s: 1, beta: 5 };
    const lim = ((2 * 5) / 3) * Math.log1p(10 / 5);
    expect(rel(paretoNbdExpectedPurchases(q, 10), lim)).toBeLessThan(1e-15);
    expect(rel(paretoNbdExpectedPurchases({ ...q, s: 1 + 1e-9 }, 10), lim)).toBeLessThan(1e-8);
    expect(rel(paretoNbdExpectedPurchases({ ...q, s: 1 - 1e-9 }, 10), lim)).toBeLessThan(1e-8);
  });

  it('P(X(t) = n) sums to 1 over n (absolute 1e-10) and is 1 for n = 0 at t = 0', () => {
    let total = 0;
    for (let n = 0; n < 400; n++) total += paretoNbdProbabilityOfPurchases(p, 39, n);
    expect(Math.abs(total - 1)).toBeLessThan(1e-10);
    expect(paretoNbdProbabilityOfPurchases(p, 0, 0)).toBe(1);
    expect(paretoNbdProbabilityOfPurchases(p, 0, 3)).toBe(0);
    // α < β and α > β branches both sum to 1
    for (const q of [
      { r: 2, alpha: 30, s: 0.5, beta: 1 },
      { r: 0.3, alpha: 2, s: 3, beta: 5 },
    ]) {
      let sum = 0;
      for (let n = 0; n < 600; n++) sum += paretoNbdProbabilityOfPurchases(q, 20, n);
      expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
    }
  });

  it('P(X(t) = n) sums to 1 (absolute 1e-9) where the series is slow and quadrature is used: β ≫ α, and r + n large', () => {
    for (const [q, N] of [
      [{ r: 2, alpha: 0.1, s: 0.5, beta: 100 }, 2500],
      [{ r: 50, alpha: 1, s: 2, beta: 5 }, 1500],
      [{ r: 1, alpha: 1e4, s: 1, beta: 0.01 }, 10],
    ] as const) {
      let sum = 0;
      for (let n = 0; n < N; n++) {
        const v = paretoNbdProbabilityOfPurchases(q, 10, n);
        expect(v >= 0 && v <= 1).toBe(true);
        sum += v;
      }
      expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
    }
  });

  it('heavy buyers (x up to 1e4, T up to 1e4) give finite values with P(alive) in [0, 1]', () => {
    for (const c of [
      { frequency: 10000, recency: 9999, T: 10000 },
      { frequency: 10000, recency: 9990, T: 10000 },
      { frequency: 10000, recency: 50, T: 10000 },
      { frequency: 5000, recency: 10000, T: 10000 },
      { frequency: 0, recency: 0, T: 10000 },
    ]) {
      for (const q of [p, { r: 2, alpha: 1, s: 0.5, beta: 30 }, { r: 5, alpha: 200, s: 0.2, beta: 0.5 }]) {
        const a = paretoNbdProbabilityAlive(q, c);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        expect(Number.isFinite(paretoNbdConditionalExpectedPurchases(q, 52, c))).toBe(true);
        expect(Number.isFinite(paretoNbdCustomer(q.r, q.alpha, q.s, q.beta, c.frequency, c.recency, c.T).ll)).toBe(true);
      }
    }
    // a buyer whose last purchase was at T is certainly alive
    expect(paretoNbdProbabilityAlive(p, { frequency: 10000, recency: 10000, T: 10000 })).toBe(1);
  });
});

describe('fitParetoNbd: stability and bad input', () => {
  it('fits zero-repeat customers only, one customer, and identical customers without NaN', () => {
    const cases = [
      [{ frequency: 0, recency: 0, T: 30 }],
      [{ frequency: 2, recency: 10, T: 30 }],
      Array.from({ length: 50 }, () => ({ frequency: 1, recency: 5, T: 20 })),
      Array.from({ length: 50 }, () => ({ frequency: 0, recency: 0, T: 20 })),
    ];
    for (const data of cases) {
      const m = fitParetoNbd(data);
      expect(Number.isFinite(m.logLikelihood)).toBe(true);
      for (const v of Object.values(m.params)) expect(Number.isFinite(v) && v > 0).toBe(true);
      expect(typeof m.converged).toBe('boolean');
      expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    }
  });

  it('heavy buyers in the data: finite fit', () => {
    const data = [
      { frequency: 10000, recency: 9990, T: 10000 },
      { frequency: 3, recency: 40, T: 10000 },
      { frequency: 0, recency: 0, T: 5000 },
      { frequency: 200, recency: 1000, T: 9000 },
    ];
    const m = fitParetoNbd(data);
    expect(Number.isFinite(m.logLikelihood)).toBe(true);
  });

  it('rejects bad rows with the row in the path', () => {
    expect(thrown(() => fitParetoNbd([{ frequency: 1, recency: 5, T: 10 }, { frequency: 1, recency: 11, T: 10 }]))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['data', 1, 'recency'],
    });
    expect(thrown(() => fitParetoNbd([{ frequency: -1, recency: 0, T: 10 }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['data', 0, 'frequency'] });
    expect(thrown(() => fitParetoNbd([{ frequency: 1.5, recency: 2, T: 10 }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['data', 0, 'frequency'] });
    expect(thrown(() => fitParetoNbd([{ frequency: 1, recency: 2, T: -3 }])).path).toEqual(['data', 0, 'T']);
    expect(thrown(() => fitParetoNbd([])).code).toBe('EMPTY_INPUT');
  });

  it('rejects bad parameters, horizons and counts in the predictions', () => {
    const p = { r: 0.5, alpha: 10, s: 0.6, beta: 12 };
    expect(thrown(() => paretoNbdExpectedPurchases({ ...p, s: 0 }, 1))).toEqual({ code: 'OUT_OF_RANGE', path: ['params', 's'] });
    expect(thrown(() => paretoNbdExpectedPurchases({ ...p, r: NaN }, 1))).toEqual({ code: 'NON_FINITE', path: ['params', 'r'] });
    expect(thrown(() => paretoNbdExpectedPurchases(null as never, 1)).path).toEqual(['params']);
    expect(thrown(() => paretoNbdExpectedPurchases(p, -1))).toEqual({ code: 'OUT_OF_RANGE', path: ['t'] });
    expect(thrown(() => paretoNbdProbabilityOfPurchases(p, 1, 1.5))).toEqual({ code: 'OUT_OF_RANGE', path: ['n'] });
    expect(thrown(() => paretoNbdProbabilityAlive(p, { frequency: 2, recency: 12, T: 10 }))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['customer', 'recency'],
    });
  });
});

describe('fitParetoNbd on the CDNOW master file (23,570 customers via summarizeTransactions)', () => {
  it('converges to a finite optimum with gradient ≈ 0', () => {
    const s = summarizeTransactions(cdnowMasterTransactions(), { timeUnit: 'week', observationEnd: '1997-09-30' });
    expect(s.customers.length).toBe(23570);
    const m = fitParetoNbd(s);
    expect(m.converged).toBe(true);
    expect(m.timeUnit).toBe('week');
    expect(m.n).toBe(23570);
    // self-consistency: refitting from the estimate moves no parameter by more than 1e-6 (relative)
    const again = fitParetoNbd(s, { initial: m.params });
    for (const k of ['r', 'alpha', 's', 'beta'] as const) expect(rel(again.params[k], m.params[k])).toBeLessThan(1e-6);
  });
});
