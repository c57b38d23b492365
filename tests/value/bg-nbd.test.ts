/**
 * BG/NBD (Fader, Hardie & Lee 2005) against published values, an independent R fit and 30-digit mpmath values.
 *
 * References:
 * - Published CDNOW estimates (2,357 customers, weeks): r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4 — Fader, Hardie
 *   & Lee (2005), "'Counting your customers' the easy way", Marketing Science 24(2), Table 1 (BG/NBD column), and
 *   Bruce Hardie's note "Implementing the BG/NBD model for customer base analysis in Excel" (2005).
 * - E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 — the same Excel note (customer 1 of the CDNOW sample).
 * - E[X(t)] for t = 1, 3, 32, 78 = 0.0532, 0.1506, 1.0437, 1.8576 — the note's cumulative repeat-transaction chart;
 *   the last is what a 2F1 series truncated after 150 terms gives (1.85761, fixtures/cdnow/bgnbd-expectations.out);
 *   the exact value is 1.857972 (mpmath, 30 digits).
 * - fixtures/cdnow/btyd-reference.out: base R 4.2 optim + Newton on optimHess (params to ~1e-8, SEs to 6 digits).
 * - fixtures/cdnow/bgnbd-expectations.out: mpmath 1.3.0 at 30 digits.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import { numericalGradient } from '../../src/core/optimize.js';
import { betaGeoData, betaGeoNll } from '../../src/value/beta-geo.js';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
  fitBgNbd,
} from '../../src/value/bg-nbd.js';
import { readCustomers } from '../../src/value/fit.js';
import { cdnowSummary } from './cdnow-helpers.js';
import { expectCxError } from '../helpers/errors.js';

const dir = fileURLToPath(new URL('../fixtures/cdnow/', import.meta.url));
const rOut = readFileSync(`${dir}btyd-reference.out`, 'utf8');
function rBlock(kind: string): { params: number[]; loglik: number; se: number[] } {
  const block = rOut.split(/\n(?=\S+ \n)/).find((b) => b.startsWith(`${kind} `))!;
  const nums = (key: string): number[] => block.split('\n').find((l) => l.startsWith(`${key} `))!.split(' ').slice(1).map(Number);
  return { params: nums('params'), loglik: nums('loglik')[0]!, se: nums('se') };
}
const mp = Object.fromEntries(
  readFileSync(`${dir}bgnbd-expectations.out`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const parts = l.split(' ');
      return [parts.slice(0, -1).join(' '), Number(parts.at(-1))];
    }),
) as Record<string, number>;

/** Every number anywhere in `v` is finite (JSON.stringify would hide NaN and Infinity as null). */
function allNumbersFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(allNumbersFinite);
  if (typeof v === 'object' && v !== null) return Object.values(v).every(allNumbersFinite);
  return true;
}

const rows = cdnowSummary().map(({ frequency, recency, T }) => ({ frequency, recency, T }));
const model = fitBgNbd(rows, { timeUnit: 'week' });
const p = model.params;

describe('fitBgNbd on CDNOW', () => {
  it('matches the published estimates to the printed digits (FHL 2005, Table 1)', () => {
    expect(p.r.toFixed(3)).toBe('0.243');
    expect(p.alpha.toFixed(3)).toBe('4.414');
    expect(p.a.toFixed(3)).toBe('0.793');
    expect(p.b.toFixed(3)).toBe('2.426');
    expect(model.logLikelihood.toFixed(1)).toBe('-9582.4');
    expect(model.converged).toBe(true);
    expect(model.n).toBe(2357);
    expect(model.timeUnit).toBe('week');
    expect(model.kind).toBe('bg-nbd');
  });

  it('agrees with an independent R optimum to 1e-6 relative and the R standard errors to 1e-4', () => {
    const ref = rBlock('bg-nbd');
    const got = [p.r, p.alpha, p.a, p.b];
    for (let i = 0; i < 4; i++) expect(Math.abs(got[i]! / ref.params[i]! - 1)).toBeLessThan(1e-6);
    expect(model.logLikelihood).toBeCloseTo(ref.loglik, 7);
    const se = model.standardErrors!;
    const gotSe = [se.r, se.alpha, se.a, se.b];
    for (let i = 0; i < 4; i++) expect(Math.abs(gotSe[i]! / ref.se[i]! - 1)).toBeLessThan(1e-4);
  });

  it('settles to ≥ 8 significant digits: other start values give the same optimum, gradient ≈ 0', () => {
    const other = fitBgNbd(rows, { timeUnit: 'week', initial: { r: 2, alpha: 20, a: 3, b: 0.5 } });
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(other.params[k] / p[k] - 1)).toBeLessThan(1e-8);
    expect(other.converged).toBe(true);
    const c = readCustomers(rows, 'week');
    const d = betaGeoData(c.frequency, c.recency, c.T, c.weight, 0);
    const g = new Float64Array(4);
    betaGeoNll(Float64Array.of(Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b)), d, g);
    for (let i = 0; i < 4; i++) expect(Math.abs(g[i]!)).toBeLessThan(1e-6); // on a total NLL of 9582
  });

  it('gives 95% intervals exp(log θ ± 1.96·SE(log θ)) that contain the estimate', () => {
    const ci = model.intervals!;
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      const seLog = model.standardErrors![k] / p[k];
      expect(ci[k][0]).toBeCloseTo(p[k] * Math.exp(-1.959963984540054 * seLog), 12);
      expect(ci[k][1]).toBeCloseTo(p[k] * Math.exp(1.959963984540054 * seLog), 12);
    }
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('has an analytic gradient equal to central differences (rel. 1e-7)', () => {
    const c = readCustomers(rows, 'week');
    const d = betaGeoData(c.frequency, c.recency, c.T, c.weight, 0);
    for (const lp of [[0, 0, 0, 0], [-1.4, 1.5, -0.2, 0.9], [0.5, -1, 1, -1]]) {
      const g = new Float64Array(4);
      betaGeoNll(Float64Array.from(lp), d, g);
      const num = numericalGradient((x) => betaGeoNll(x, d, null), lp);
      for (let i = 0; i < 4; i++) expect(Math.abs(g[i]! - num[i]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(num[i]!)) + 1e-4);
    }
  });

  it('groups identical rows: the grouped likelihood equals the row-by-row sum', () => {
    const sum = rows.slice(0, 300).reduce((acc, row) => acc + bgNbdLogLikelihood(p, [row]), 0);
    expect(bgNbdLogLikelihood(p, rows.slice(0, 300))).toBeCloseTo(sum, 9);
    expect(bgNbdLogLikelihood(p, rows)).toBeCloseTo(model.logLikelihood, 8);
  });

  it('accepts a summary and weights: doubling every weight keeps the estimates', () => {
    const weighted = fitBgNbd(
      rows.map((r) => ({ ...r, weight: 2 })),
      { timeUnit: 'week' },
    );
    expect(weighted.n).toBe(4714);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(weighted.params[k]).toBeCloseTo(p[k], 7);
    const fromSummary = fitBgNbd({ timeUnit: 'week', customers: rows });
    expect(fromSummary.timeUnit).toBe('week');
    expect(fromSummary.params.r).toBeCloseTo(p.r, 9);
  });
});

describe('BG/NBD predictions on CDNOW', () => {
  it('E[X(t)] for t = 1, 3, 32 weeks matches the published 0.0532, 0.1506, 1.0437', () => {
    expect(bgNbdExpectedPurchases(p, 1).toFixed(4)).toBe('0.0532');
    expect(bgNbdExpectedPurchases(p, 3).toFixed(4)).toBe('0.1506');
    expect(bgNbdExpectedPurchases(p, 32).toFixed(4)).toBe('1.0437');
  });

  it('E[X(78)] is the exact 1.857972, not the truncated-series 1.8576', () => {
    expect(bgNbdExpectedPurchases(p, 78)).toBeCloseTo(1.857972, 5);
    expect(mp['EX78 truncated150']!.toFixed(4)).toBe('1.8576');
  });

  it('agrees with 30-digit mpmath at the R parameters (rel. 1e-12)', () => {
    const ref = rBlock('bg-nbd').params;
    const q = { r: ref[0]!, alpha: ref[1]!, a: ref[2]!, b: ref[3]! };
    for (const t of [1, 3, 32, 78]) expect(Math.abs(bgNbdExpectedPurchases(q, t) / mp[`EX ${String(t)}`]! - 1)).toBeLessThan(1e-12);
    expect(Math.abs(bgNbdConditionalExpectedPurchases(q, 39, { frequency: 2, recency: 30.43, T: 38.86 }) / mp['EY 39 2 30.43 38.86']! - 1)).toBeLessThan(1e-12);
    for (const n of [0, 1, 2, 5, 10]) expect(Math.abs(bgNbdProbabilityOfPurchases(q, 39, n) / mp[`P 39 ${String(n)}`]! - 1)).toBeLessThan(1e-11);
  });

  it('E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 (Hardie, BG/NBD in Excel)', () => {
    expect(bgNbdConditionalExpectedPurchases(p, 39, { frequency: 2, recency: 30.43, T: 38.86 }).toFixed(3)).toBe('1.226');
  });

  it('P(X(t) = n) sums to 1 and its mean is E[X(t)] (two independent formulas)', () => {
    for (const t of [1, 10, 39, 200]) {
      let s = 0;
      let m = 0;
      for (let n = 0; n <= 3000; n++) {
        const q = bgNbdProbabilityOfPurchases(p, t, n);
        s += q;
        m += n * q;
      }
      expect(s).toBeCloseTo(1, 9);
      expect(m).toBeCloseTo(bgNbdExpectedPurchases(p, t), 6);
    }
  });

  it('P(alive) is 1 without repeat purchases and follows the closed form otherwise (FHL 2008 note)', () => {
    expect(bgNbdProbabilityAlive(p, { frequency: 0, recency: 0, T: 38.86 })).toBe(1);
    const { r, alpha, a, b } = p;
    const closed = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2));
    expect(bgNbdProbabilityAlive(p, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(closed, 14);
  });

  it('is finite for heavy buyers (x = 1e4, T = 1e4) and at a ≈ 1', () => {
    for (const c of [
      { frequency: 10_000, recency: 9_999, T: 10_000 },
      { frequency: 10_000, recency: 100, T: 10_000 },
      { frequency: 10_000, recency: 10_000, T: 10_000 },
    ]) {
      const e = bgNbdConditionalExpectedPurchases(p, 52, c);
      const alive = bgNbdProbabilityAlive(p, c);
      expect(Number.isFinite(e) && e >= 0).toBe(true);
      expect(alive >= 0 && alive <= 1).toBe(true);
    }
    // the still-active heavy buyer buys at ≈ (r + x)/(α + T) per week
    const e = bgNbdConditionalExpectedPurchases(p, 1, { frequency: 10_000, recency: 10_000, T: 10_000 });
    expect(e).toBeCloseTo((p.r + 10_000) / (p.alpha + 10_000), 2);
    const q = { r: 0.5, alpha: 5, a: 1, b: 2 };
    const near = { ...q, a: 1 + 1e-9 };
    expect(bgNbdExpectedPurchases(q, 10)).toBeCloseTo(bgNbdExpectedPurchases({ ...q, a: 1.001 }, 10), 3);
    expect(bgNbdExpectedPurchases(near, 10)).toBeCloseTo(bgNbdExpectedPurchases(q, 10), 6);
    expect(bgNbdExpectedPurchases({ r: 0.5, alpha: 5, a: 0.3, b: 0.7 }, 10)).toBeGreaterThan(0); // a + b − 1 = 0
  });
});

describe('fitBgNbd edge cases', () => {
  it('one customer, all-zero and all-identical data give finite models (converged or not, never NaN)', () => {
    for (const data of [
      [{ frequency: 3, recency: 20, T: 30 }],
      Array.from({ length: 50 }, () => ({ frequency: 0, recency: 0, T: 30 })),
      Array.from({ length: 50 }, () => ({ frequency: 2, recency: 10, T: 30 })),
    ]) {
      const m = fitBgNbd(data);
      expect(allNumbersFinite(m)).toBe(true);
      for (const v of Object.values(m.params)) expect(Number.isFinite(v) && v > 0).toBe(true);
      expect(Number.isFinite(m.logLikelihood)).toBe(true);
      expect(typeof m.message).toBe('string');
    }
  });

  it('reports non-convergence instead of throwing', () => {
    const m = fitBgNbd(rows, { maxIterations: 2 });
    expect(m.converged).toBe(false);
    expect(m.message).toMatch(/did not converge/);
  });

  it('a penalizer shrinks the parameters', () => {
    const m = fitBgNbd(rows, { penalizer: 0.1 });
    expect(m.penalizer).toBe(0.1);
    expect(m.params.alpha).toBeLessThan(p.alpha);
    expect(m.logLikelihood).toBeLessThan(model.logLikelihood);
  });

  it('rejects bad rows with the row in the path', () => {
    const bad: [unknown, string, (string | number)[]][] = [
      [[{ frequency: 1, recency: 40, T: 30 }], 'OUT_OF_RANGE', ['data', 0, 'recency']],
      [[rows[0], { frequency: -1, recency: 0, T: 30 }], 'OUT_OF_RANGE', ['data', 1, 'frequency']],
      [[{ frequency: 1.5, recency: 3, T: 30 }], 'OUT_OF_RANGE', ['data', 0, 'frequency']],
      [[{ frequency: 0, recency: 3, T: 30 }], 'OUT_OF_RANGE', ['data', 0, 'recency']],
      [[{ frequency: 1, recency: 3, T: NaN }], 'NON_FINITE', ['data', 0, 'T']],
      [[{ frequency: 1, recency: 3, T: -2 }], 'OUT_OF_RANGE', ['data', 0, 'T']],
      [[{ frequency: 1, recency: 3, T: 5, weight: -1 }], 'INVALID_WEIGHT', ['data', 0, 'weight']],
      [[{ frequency: 1, recency: 3, T: 5, timeUnit: 'day' }], 'INVALID_ARGUMENT', ['data', 0, 'timeUnit']],
      [{ timeUnit: 'week', customers: [{ frequency: 1, recency: 9, T: 5 }] }, 'OUT_OF_RANGE', ['data', 'customers', 0, 'recency']],
      [[], 'EMPTY_INPUT', ['data']],
      ['rows', 'INVALID_ARGUMENT', ['data']],
      [[null], 'INVALID_ARGUMENT', ['data', 0]],
    ];
    for (const [data, code, path] of bad) {
      let err: unknown;
      try {
        fitBgNbd(data as never, { timeUnit: 'week' });
      } catch (e) {
        err = e;
      }
      expect(isCxError(err, code as never), JSON.stringify(data)).toBe(true);
      expect((err as { path: unknown }).path).toEqual(path);
    }
  });

  it('rejects bad options and a summary in another unit than options.timeUnit', () => {
    expectCxError(() => fitBgNbd(rows, { penalizer: -1 }), 'OUT_OF_RANGE', ['options', 'penalizer']);
    expectCxError(() => fitBgNbd(rows, { tolerance: 0 }), 'OUT_OF_RANGE', ['options', 'tolerance']);
    expectCxError(() => fitBgNbd(rows, { maxIterations: 1.5 }), 'OUT_OF_RANGE', ['options', 'maxIterations']);
    expectCxError(() => fitBgNbd(rows, { initial: { r: -1 } }), 'OUT_OF_RANGE', ['options', 'initial', 'r']);
    expectCxError(() => fitBgNbd(rows, { timeUnit: 'month' as never }), 'INVALID_ARGUMENT', ['options', 'timeUnit']);
    expectCxError(() => fitBgNbd({ timeUnit: 'day', customers: rows }, { timeUnit: 'week' }), 'INVALID_ARGUMENT', ['options', 'timeUnit']);
    expectCxError(() => bgNbdProbabilityAlive({ ...p, a: 0 }, rows[0]!), 'OUT_OF_RANGE', ['params', 'a']);
    expectCxError(() => bgNbdExpectedPurchases(p, -1), 'OUT_OF_RANGE', ['t']);
    expectCxError(() => bgNbdProbabilityOfPurchases(p, 1, 0.5), 'OUT_OF_RANGE', ['n']);
    expectCxError(() => bgNbdConditionalExpectedPurchases(p, 1, { frequency: 1, recency: 5, T: 4 }), 'OUT_OF_RANGE', ['customer', 'recency']);
  });
});
