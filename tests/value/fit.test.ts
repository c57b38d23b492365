/**
 * The fitting harness: fitModel against the gamma-distribution MLE of tests/fixtures/optimize/gamma-mle.out (base R
 * 4.2.2: uniroot on the profile score, standard errors from the trigamma observed information), with analytic and
 * finite-difference gradients; grouping; the convergence judgement; row readers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import { digamma, lgamma } from '../../src/core/special.js';
import { fitModel, groupRows, indexDistinct, readCustomers, readHorizon, readPredictCustomer } from '../../src/value/fit.js';

const out = readFileSync(fileURLToPath(new URL('../fixtures/optimize/gamma-mle.out', import.meta.url)), 'utf8');
const xs = /x <- c\(([^)]*)\)/.exec(out)![1]!.split(',').map(Number);
const ref = (key: string): number => Number(new RegExp(`^${key} = (\\S+)$`, 'm').exec(out)![1]);
const n = xs.length;
const sumX = xs.reduce((a, b) => a + b, 0);
const sumLog = xs.reduce((a, b) => a + Math.log(b), 0);

/** Gamma(k, θ) negative log-likelihood at log-parameters, with its gradient in log space. */
function gammaNll(lp: Float64Array, _d: null, g: Float64Array | null): number {
  const k = Math.exp(lp[0]!);
  const th = Math.exp(lp[1]!);
  if (g !== null) {
    g[0] = k * (n * digamma(k) + n * Math.log(th) - sumLog);
    g[1] = th * ((n * k) / th - sumX / (th * th));
  }
  return n * lgamma(k) + n * k * Math.log(th) - (k - 1) * sumLog + sumX / th;
}
const problem = { kind: 'gamma' as const, paramNames: ['k', 'theta'] as const, initial: { k: 1, theta: 1 }, data: null, n, timeUnit: null, evaluate: gammaNll };

describe('fitModel', () => {
  for (const analyticGradient of [true, false]) {
    it(`fits the gamma MLE and its standard errors (${analyticGradient ? 'analytic' : 'central-difference'} gradient)`, () => {
      const m = fitModel({ ...problem, analyticGradient });
      expect(m.converged).toBe(true);
      expect(m.params.k).toBeCloseTo(ref('k'), 8);
      expect(m.params.theta).toBeCloseTo(ref('theta'), 8);
      expect(m.logLikelihood).toBeCloseTo(-ref('nll'), 9);
      expect(m.standardErrors!.k / ref('se_k')).toBeCloseTo(1, 6);
      expect(m.standardErrors!.theta / ref('se_theta')).toBeCloseTo(1, 6);
      expect(m.n).toBe(n);
      expect(m.penalizer).toBe(0);
    });
  }

  it('adds penalizer·Σθ² to the mean NLL', () => {
    const pen = 0.05;
    const m = fitModel({ ...problem, analyticGradient: true }, { penalizer: pen });
    // stationarity of NLL/n + pen·(k² + θ²) in log space
    const g = new Float64Array(2);
    gammaNll(Float64Array.of(Math.log(m.params.k), Math.log(m.params.theta)), null, g);
    expect(g[0]! / n + 2 * pen * m.params.k ** 2).toBeCloseTo(0, 8);
    expect(g[1]! / n + 2 * pen * m.params.theta ** 2).toBeCloseTo(0, 8);
  });

  it('never reports a false non-convergence at the optimum, and reports a real one', () => {
    // Start at the optimum: BFGS cannot improve, the gradient is at rounding level → converged.
    const at = fitModel({ ...problem, analyticGradient: true }, { initial: { k: ref('k'), theta: ref('theta') } });
    expect(at.converged).toBe(true);
    const stopped = fitModel({ ...problem, analyticGradient: false }, { maxIterations: 1 });
    expect(stopped.converged).toBe(false);
    expect(stopped.message).toMatch(/^did not converge: maximum iterations/);
  });

  it('says so when the Hessian is singular (a parameter the data do not identify)', () => {
    const flat = fitModel({
      ...problem,
      paramNames: ['k', 'theta'] as const,
      evaluate: (lp: Float64Array) => (Math.exp(lp[0]!) - 2) ** 2, // θ does not enter
    });
    expect(flat.standardErrors).toBeNull();
    expect(flat.intervals).toBeNull();
    expect(flat.message).toMatch(/standard errors unavailable/);
    expect(flat.params.k).toBeCloseTo(2, 6);
  });

  it('rejects a non-finite start and bad options', () => {
    expect(() => fitModel({ ...problem, evaluate: () => Number.NaN })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['options', 'initial'] }) as Error);
    expect(() => fitModel(problem, { initial: 'x' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['options', 'initial'] }) as Error);
    expect(() => fitModel(problem, { initial: { k: 0 } })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['options', 'initial', 'k'] }) as Error);
  });
});

describe('rows', () => {
  it('groupRows sums the weights of identical rows and drops zero weights', () => {
    const g = groupRows([Float64Array.of(1, 2, 1, 1, 3), Float64Array.of(5, 5, 5, 6, 7)], Float64Array.of(1, 2, 3, 4, 0));
    expect(g.size).toBe(3);
    expect(Array.from(g.columns[0]!)).toEqual([1, 2, 1]);
    expect(Array.from(g.columns[1]!)).toEqual([5, 5, 6]);
    expect(Array.from(g.weights)).toEqual([4, 2, 4]);
    expect(g.total).toBe(10);
    const d = indexDistinct(Float64Array.of(3, 1, 3, -0, 0));
    expect(Array.from(d.values)).toEqual([3, 1, 0]);
    expect(Array.from(d.index)).toEqual([0, 1, 0, 2, 2]);
  });

  it('readCustomers takes the unit of a summary, of the rows, or of the options', () => {
    expect(readCustomers([{ frequency: 1, recency: 1, T: 2 }], undefined).timeUnit).toBeNull();
    expect(readCustomers([{ frequency: 1, recency: 1, T: 2, timeUnit: 'day' }], undefined).timeUnit).toBe('day');
    expect(readCustomers({ timeUnit: 'week', customers: [{ frequency: 0, recency: 0, T: 2 }] }, 'week').timeUnit).toBe('week');
    let err: unknown;
    try {
      readCustomers([{ frequency: 1, recency: 1, T: 2, timeUnit: 'day' }, { frequency: 1, recency: 1, T: 2, timeUnit: 'week' }], undefined);
    } catch (e) {
      err = e;
    }
    expect(isCxError(err, 'INVALID_ARGUMENT')).toBe(true);
    expect((err as { path: unknown }).path).toEqual(['data', 1, 'timeUnit']);
  });

  it('prediction readers check the horizon and the customer', () => {
    expect(readHorizon(0)).toBe(0);
    expect(() => readHorizon(Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: 'NON_FINITE', path: ['t'] }) as Error);
    expect(() => readHorizon('1')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['t'] }) as Error);
    expect(readPredictCustomer({ frequency: 2, recency: 1, T: 3, timeUnit: 'week' }, 'week')).toEqual({ x: 2, tx: 1, T: 3 });
    expect(() => readPredictCustomer({ frequency: 2, recency: 1, T: 3, timeUnit: 'day' }, 'week')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['customer', 'timeUnit'] }) as Error,
    );
    expect(() => readPredictCustomer(7, null)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['customer'] }) as Error);
    expect(() => readPredictCustomer({ frequency: '2', recency: 1, T: 3 }, null)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['customer', 'frequency'] }) as Error,
    );
  });
});
