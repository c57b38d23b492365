/**
 * Simulation from BG/NBD (Fader, Hardie & Lee 2005, §2) and Pareto/NBD (Schmittlein, Morrison & Colombo 1987):
 * determinism, the model's structure, and simulate-then-fit recovery on 20,000 customers observed 78–104 weeks:
 * each estimate within 15 % of the truth, or within 4 of its standard errors where the data identify it less well
 * (the Pareto/NBD β has a standard error of 10–15 % at this size).
 */
import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../src/value/bg-nbd.js';
import { fitParetoNbd } from '../../src/value/pareto-nbd.js';
import { simulateBgNbd, simulateParetoNbd } from '../../src/value/simulate.js';
import { errorOf as thrown } from '../helpers/errors.js';

const N = 20_000;
const T = Array.from({ length: N }, (_, i) => 78 + (i % 27)); // a cohort joining over 26 weeks, observed for 78–104 weeks

function close(est: number, truth: number, se: number | undefined): void {
  expect(Math.abs(est - truth)).toBeLessThanOrEqual(Math.max(0.15 * truth, 4 * (se ?? 0)));
}

describe('simulateParetoNbd → fitParetoNbd', () => {
  it('recovers r, α, s, β (15 % or 4 SE)', () => {
    const truth = { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 };
    const sim = simulateParetoNbd(truth, { customers: N, T, seed: 20261124 });
    const m = fitParetoNbd(sim);
    expect(m.converged).toBe(true);
    expect(m.timeUnit).toBe('week');
    for (const k of ['r', 'alpha', 's', 'beta'] as const) close(m.params[k], truth[k], m.standardErrors?.[k]);
  });
});

describe('simulateBgNbd → fitBgNbd', () => {
  it('recovers r, α, a, b (15 % or 4 SE)', () => {
    const truth = { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 };
    const sim = simulateBgNbd(truth, { customers: N, T, seed: 'recover' });
    const m = fitBgNbd(sim);
    expect(m.converged).toBe(true);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) close(m.params[k], truth[k], m.standardErrors?.[k]);
  });
});

describe('simulation structure', () => {
  it('is deterministic in the seed and differs between seeds', () => {
    const p = { r: 0.5, alpha: 5, a: 1, b: 2 };
    expect(simulateBgNbd(p, { customers: 50, T: 30, seed: 1 })).toEqual(simulateBgNbd(p, { customers: 50, T: 30, seed: 1 }));
    expect(simulateBgNbd(p, { customers: 50, T: 30, seed: 1 })).not.toEqual(simulateBgNbd(p, { customers: 50, T: 30, seed: 2 }));
  });

  it('rows are consistent summaries of their purchase times', () => {
    const sims = [
      simulateBgNbd({ r: 2, alpha: 5, a: 1, b: 4 }, { customers: 300, T: 40, seed: 3, transactions: true, timeUnit: 'day' }),
      simulateParetoNbd({ r: 2, alpha: 5, s: 1, beta: 20 }, { customers: 300, T: 40, seed: 3, transactions: true }),
    ];
    for (const sim of sims) {
      for (const c of sim.customers) {
        const times = c.times!;
        expect(times[0]).toBe(0);
        expect(times.length).toBe(c.frequency + 1);
        expect(c.recency).toBe(times[times.length - 1]);
        expect(c.recency).toBeLessThanOrEqual(c.T);
        for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
      }
    }
    expect(sims[0]!.timeUnit).toBe('day');
  });

  it('the mean purchase rate matches E[λ] = r/α within 5 SE (Gamma deviates, Marsaglia & Tsang 2000)', () => {
    const r = 0.3;
    const alpha = 2;
    const sim = simulateParetoNbd({ r, alpha, s: 1, beta: 1 }, { customers: 20_000, T: 1, seed: 9 });
    let m = 0;
    for (const c of sim.customers) m += c.lambda;
    m /= sim.customers.length;
    const se = Math.sqrt(r / alpha ** 2 / sim.customers.length); // Var λ = r/α²
    expect(Math.abs(m - r / alpha)).toBeLessThan(5 * se);
  });

  it('BG/NBD customers with no repeat purchase are always alive (they had no chance to drop out)', () => {
    const sim = simulateBgNbd({ r: 0.5, alpha: 2, a: 2, b: 1 }, { customers: 2000, T: 20, seed: 4 });
    for (const c of sim.customers) if (c.frequency === 0) expect(c.alive).toBe(true);
    expect(sim.customers.some((c) => !c.alive)).toBe(true);
  });

  it('rejects bad parameters and options with paths', () => {
    const p = { r: 1, alpha: 1, a: 1, b: 1 };
    expect(thrown(() => simulateBgNbd({ ...p, a: 0 }, { customers: 1, T: 1, seed: 1 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['params', 'a'] });
    expect(thrown(() => simulateParetoNbd({ r: 1, alpha: 1, s: NaN, beta: 1 }, { customers: 1, T: 1, seed: 1 }))).toEqual({
      code: 'NON_FINITE',
      path: ['params', 's'],
    });
    expect(thrown(() => simulateBgNbd(p, { customers: -1, T: 1, seed: 1 })).path).toEqual(['options', 'customers']);
    expect(thrown(() => simulateBgNbd(p, { customers: 2, T: [1], seed: 1 })).code).toBe('LENGTH_MISMATCH');
    expect(thrown(() => simulateBgNbd(p, { customers: 2, T: [1, 0], seed: 1 })).path).toEqual(['options', 'T', 1]);
    expect(thrown(() => simulateBgNbd(p, { customers: 1, T: 1, seed: 1.5 })).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => simulateBgNbd(p, { customers: 1, T: 1, seed: 1, timeUnit: 'month' as never })).path).toEqual(['options', 'timeUnit']);
    expect(thrown(() => simulateParetoNbd({ r: 1, alpha: 1e-12, s: 1, beta: 1 }, { customers: 1, T: 1e4, seed: 1 })).path).toEqual(['params', 'alpha']);
    expect(thrown(() => simulateBgNbd(null as never, { customers: 1, T: 1, seed: 1 })).path).toEqual(['params']);
    expect(thrown(() => simulateParetoNbd(p as never, null as never)).path).toEqual(['params', 's']);
  });
});
