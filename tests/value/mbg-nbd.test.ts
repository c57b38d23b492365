/**
 * MBG/NBD (Batislam, Denizel & Filiztekin 2007) on CDNOW against an independent R fit, and its predictions against
 * identities between independently derived formulas.
 *
 * References:
 * - fixtures/cdnow/btyd-reference.out: base R 4.2 optim + Newton on optimHess of the MBG/NBD log-likelihood (params to
 *   ~1e-8, standard errors to 6 digits): r 0.5248380, α 6.182992, a 0.8913562, b 1.613999, LL −9582.13268.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import { bgNbdProbabilityAlive } from '../../src/value/bg-nbd.js';
import {
  fitMbgNbd,
  mbgNbdConditionalExpectedPurchases,
  mbgNbdExpectedPurchases,
  mbgNbdLogLikelihood,
  mbgNbdProbabilityAlive,
  mbgNbdProbabilityOfPurchases,
} from '../../src/value/mbg-nbd.js';
import { cdnowSummary } from './cdnow-helpers.js';

const out = readFileSync(fileURLToPath(new URL('../fixtures/cdnow/btyd-reference.out', import.meta.url)), 'utf8');
const block = out.slice(out.indexOf('mbg-nbd'));
const line = (key: string): number[] => block.split('\n').find((l) => l.startsWith(`${key} `))!.split(' ').slice(1).map(Number);
const rows = cdnowSummary().map(({ frequency, recency, T }) => ({ frequency, recency, T }));
const model = fitMbgNbd(rows, { timeUnit: 'week' });
const p = model.params;

describe('fitMbgNbd on CDNOW', () => {
  it('agrees with the R optimum to 1e-6 relative, its log-likelihood to 1e-6 and its SEs to 1e-4', () => {
    const ref = line('params');
    const got = [p.r, p.alpha, p.a, p.b];
    for (let i = 0; i < 4; i++) expect(Math.abs(got[i]! / ref[i]! - 1)).toBeLessThan(1e-6);
    expect(model.logLikelihood).toBeCloseTo(line('loglik')[0]!, 6);
    const se = model.standardErrors!;
    const refSe = line('se');
    [se.r, se.alpha, se.a, se.b].forEach((v, i) => expect(Math.abs(v / refSe[i]! - 1)).toBeLessThan(1e-4));
    expect(model.converged).toBe(true);
    expect(model.kind).toBe('mbg-nbd');
    expect(mbgNbdLogLikelihood(p, rows)).toBeCloseTo(model.logLikelihood, 8);
  });
});

describe('MBG/NBD predictions', () => {
  it('gives one-time buyers P(alive) < 1, falling with T (BG/NBD gives them 1)', () => {
    const a0 = mbgNbdProbabilityAlive(p, { frequency: 0, recency: 0, T: 10 });
    const a1 = mbgNbdProbabilityAlive(p, { frequency: 0, recency: 0, T: 38 });
    expect(a0).toBeLessThan(1);
    expect(a1).toBeLessThan(a0);
    expect(bgNbdProbabilityAlive(p, { frequency: 0, recency: 0, T: 38 })).toBe(1);
    // closed form 1 / (1 + a/(b + x)·((α + T)/(α + t_x))^{r+x})
    expect(a1).toBeCloseTo(1 / (1 + (p.a / p.b) * ((p.alpha + 38) / p.alpha) ** p.r), 14);
  });

  it('P(X(t) = n) sums to 1 and has mean E[X(t)] (the 2F1 closed form)', () => {
    for (const t of [1, 39, 150]) {
      let s = 0;
      let m = 0;
      for (let n = 0; n <= 4000; n++) {
        const q = mbgNbdProbabilityOfPurchases(p, t, n);
        s += q;
        m += n * q;
      }
      expect(s).toBeCloseTo(1, 9);
      expect(m).toBeCloseTo(mbgNbdExpectedPurchases(p, t), 6);
    }
  });

  it('a new customer is a customer with x = 0, t_x = T = 0: E[X(t)] = E[Y(t) | 0, 0, 0]', () => {
    for (const t of [0.5, 10, 80]) {
      expect(mbgNbdConditionalExpectedPurchases(p, t, { frequency: 0, recency: 0, T: 0 })).toBeCloseTo(mbgNbdExpectedPurchases(p, t), 12);
    }
  });

  it('for a tiny horizon E[Y(t)] ≈ P(alive)·E[λ | x, T]·t = P(alive)·(r + x)/(α + T)·t', () => {
    const c = { frequency: 3, recency: 20, T: 30 };
    const t = 1e-6;
    const approx = mbgNbdProbabilityAlive(p, c) * ((p.r + 3) / (p.alpha + 30)) * t;
    expect(mbgNbdConditionalExpectedPurchases(p, t, c) / approx).toBeCloseTo(1, 5);
  });

  it('rejects a bad parameter and a bad customer', () => {
    expect(() => mbgNbdExpectedPurchases({ ...p, r: Number.NaN }, 1)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['params', 'r'] }) as Error);
    let err: unknown;
    try {
      mbgNbdProbabilityAlive(p, { frequency: 2, recency: -1, T: 3 });
    } catch (e) {
      err = e;
    }
    expect(isCxError(err, 'OUT_OF_RANGE')).toBe(true);
    expect((err as { path: unknown }).path).toEqual(['customer', 'recency']);
  });
});
