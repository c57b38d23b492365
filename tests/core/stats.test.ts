import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sum, sumSimple, emptySum, addToSum, mergeSums, sumValue } from '../../src/core/sum.js';
import { mean, variance, sd, extent, min, max, weightedMean, weightedVariance, weightedMoments, covariance, correlation } from '../../src/core/stats.js';
import { quantile, quantiles, median, type QuantileType } from '../../src/core/quantile.js';
import { ranks, type TiesMethod } from '../../src/core/ranks.js';
import { errorOf as codeOf } from '../helpers/errors.js';

// Reference values from base R (tests/fixtures/stats/generate.R → reference.json).
interface Ds { x: number[]; mean: number[]; var?: number[]; sd?: number[]; quantile: Record<string, number[]>; rank: Record<string, number[]> }
const ref = JSON.parse(readFileSync(new URL('../fixtures/stats/reference.json', import.meta.url), 'utf8')) as {
  probs: number[];
  datasets: Record<string, Ds>;
  paired: Record<string, number[]>;
};
const close = (a: number | null, b: number, tol = 1e-12): void => {
  expect(a).not.toBeNull();
  expect(Math.abs(a! - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
};

describe('sum (Neumaier)', () => {
  it('is exact where naive summation is not', () => {
    expect(sum([1e100, 1, -1e100])).toBe(1);
    expect(sumSimple([1e100, 1, -1e100])).toBe(0);
    const tenth = new Float64Array(10).fill(0.1);
    expect(sum(tenth)).toBe(1);
    expect(sum([])).toBe(0);
  });
  it('rejects non-finite values with the index', () => {
    expect(codeOf(() => sum([1, Number.NaN]))).toEqual({ code: 'NON_FINITE', path: ['values', 1] });
    expect(codeOf(() => sum([1, 2, Infinity]))).toEqual({ code: 'NON_FINITE', path: ['values', 2] });
    expect(codeOf(() => sum([1, '2' as unknown as number]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['values', 1] });
    expect(codeOf(() => sum(null as unknown as number[])).code).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => sumSimple([1, Infinity])).path).toEqual(['values', 1]);
    expect(codeOf(() => sumSimple([1e308, 1e308])).code).toBe('NON_FINITE');
    expect(codeOf(() => sumSimple(3 as unknown as number[])).code).toBe('INVALID_ARGUMENT');
  });
  it('running sums merge', () => {
    const a = emptySum();
    addToSum(a, 1e100);
    addToSum(a, 1);
    const b = addToSum(emptySum(), -1e100);
    expect(sumValue(mergeSums(a, b))).toBe(1);
    expect(codeOf(() => addToSum(emptySum(), Number.NaN)).code).toBe('NON_FINITE');
  });
});

describe('moments against R', () => {
  for (const [name, ds] of Object.entries(ref.datasets)) {
    it(`dataset ${name}: mean, var, sd`, () => {
      close(mean(ds.x), ds.mean[0]!);
      close(mean(new Float64Array(ds.x)), ds.mean[0]!);
      if (ds.var) {
        close(variance(ds.x), ds.var[0]!);
        close(sd(ds.x), ds.sd![0]!);
      } else {
        expect(variance(ds.x)).toBeNull();
        expect(sd(ds.x)).toBeNull();
        expect(variance(ds.x, { population: true })).toBe(0);
      }
    });
  }
  it('mean does not overflow when the sum would', () => {
    expect(mean([1e308, 1e308, 1e308])).toBe(1e308);
  });
  it('Welford stays accurate with a huge offset', () => {
    const x = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
    expect(variance(x)).toBe(30); // var(c(4,7,13,16)) = 30
  });
  it('empty and bad input', () => {
    expect(mean([])).toBeNull();
    expect(variance([])).toBeNull();
    expect(variance([], { population: true })).toBeNull();
    expect(extent([])).toBeNull();
    expect(min([])).toBeNull();
    expect(max([])).toBeNull();
    expect(codeOf(() => mean([0, Number.NaN])).path).toEqual(['values', 1]);
    expect(codeOf(() => variance([0, -Infinity])).path).toEqual(['values', 1]);
    expect(codeOf(() => variance([1e308, -1e308])).code).toBe('NON_FINITE');
    expect(codeOf(() => extent([0, 1, Number.NaN])).path).toEqual(['values', 2]);
    expect(codeOf(() => mean('abc' as unknown as number[])).code).toBe('INVALID_ARGUMENT');
  });
  it('extent, min, max', () => {
    expect(extent([3, -1, 4, 1, 5])).toEqual([-1, 5]);
    expect(min(new Int32Array([3, -7, 2]))).toBe(-7);
    expect(max([2])).toBe(2);
  });
  it('extent handles arrays beyond the spread-argument limit', () => {
    const big = new Float64Array(500_000);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 100_003;
    expect(extent(big)).toEqual([0, 100_002]);
  });
});

describe('paired and weighted statistics against R', () => {
  const p = ref.paired;
  const x = p.x!;
  const y = p.y!;
  const w = p.w!;
  it('covariance, Pearson, Spearman', () => {
    close(covariance(x, y), p.cov![0]!);
    close(correlation(x, y), p.pearson![0]!);
    close(correlation(x, y, { method: 'spearman' }), p.spearman![0]!);
  });
  it('weighted mean and variances (R weighted.mean, cov.wt)', () => {
    close(weightedMean(x, w), p.weightedMean![0]!);
    close(weightedVariance(x, w, { population: true }), p.weightedVarPop![0]!);
    close(weightedVariance(x, w), p.weightedVarRel![0]!);
  });
  it('degenerate cases', () => {
    expect(covariance([1], [2])).toBeNull();
    expect(correlation([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(correlation([1], [1])).toBeNull();
    expect(weightedMean([1, 2], [0, 0])).toBeNull();
    expect(weightedVariance([1, 2], [0, 0])).toBeNull();
    expect(weightedVariance([1, 2], [0, 3])).toBeNull(); // one effective observation
    expect(weightedMoments([], [])).toEqual({ weightSum: 0, effectiveN: 0, mean: null, variance: null });
  });
  it('bad input', () => {
    expect(codeOf(() => covariance([1, 2], [1]))).toEqual({ code: 'LENGTH_MISMATCH', path: ['y'] });
    expect(codeOf(() => correlation([1, 2], [1, Number.NaN])).path).toEqual(['y', 1]);
    expect(codeOf(() => correlation([1, Infinity], [1, 2])).path).toEqual(['x', 1]);
    expect(codeOf(() => correlation([1, 2], [1, 2], { method: 'kendall' as 'pearson' })).code).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => weightedMean([1, 2], [1, -1]))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 1] });
    expect(codeOf(() => weightedMean([1, 2], [1, Infinity])).code).toBe('INVALID_WEIGHT');
    expect(codeOf(() => weightedMean([1, 2], [1]))).toEqual({ code: 'LENGTH_MISMATCH', path: ['weights'] });
    expect(codeOf(() => weightedMean([1, 2], null as unknown as number[])).code).toBe('INVALID_WEIGHT');
    expect(codeOf(() => weightedMean([1, Number.NaN], [1, 1])).path).toEqual(['values', 1]);
  });
});

describe('quantile (Hyndman & Fan types 1–9) against R', () => {
  for (const [name, ds] of Object.entries(ref.datasets)) {
    for (let type = 1; type <= 9; type++) {
      it(`dataset ${name}, type ${String(type)}`, () => {
        const got = quantiles(ds.x, ref.probs, { type: type as QuantileType })!;
        // Exact: same operations in the same order as R's quantile.default.
        expect(got).toEqual(ds.quantile[String(type)]);
        ref.probs.forEach((pr, i) => { expect(quantile(ds.x, pr, { type: type as QuantileType })).toBe(ds.quantile[String(type)]![i]); });
      });
    }
  }
  it('median, empty input, bad p and type; input not mutated', () => {
    const x = [5, 1, 3, 2];
    expect(median(x)).toBe(2.5);
    expect(x).toEqual([5, 1, 3, 2]);
    expect(median([])).toBeNull();
    expect(quantiles([], [0.5])).toBeNull();
    expect(codeOf(() => quantile([1], 1.5))).toEqual({ code: 'OUT_OF_RANGE', path: ['p'] });
    expect(codeOf(() => quantile([1], Number.NaN)).code).toBe('OUT_OF_RANGE');
    expect(codeOf(() => quantiles([1], [0.5, -0.1]))).toEqual({ code: 'OUT_OF_RANGE', path: ['probabilities', 1] });
    expect(codeOf(() => quantiles([1], 0.5 as unknown as number[])).code).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => quantile([1], 0.5, { type: 10 as QuantileType })).code).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => quantile([1, Number.NaN], 0.5)).path).toEqual(['values', 1]);
    expect(codeOf(() => quantile({} as number[], 0.5)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('ranks against R', () => {
  for (const [name, ds] of Object.entries(ref.datasets)) {
    for (const ties of ['average', 'min', 'max', 'first'] as TiesMethod[]) {
      it(`dataset ${name}, ties ${ties}`, () => {
        expect(Array.from(ranks(ds.x, { ties }))).toEqual(ds.rank[ties]);
      });
    }
  }
  it('dense and bad input', () => {
    expect(Array.from(ranks([3, 1, 3, 2], { ties: 'dense' }))).toEqual([3, 1, 3, 2]);
    expect(codeOf(() => ranks([1], { ties: 'random' as TiesMethod })).code).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => ranks([1, Number.NaN])).path).toEqual(['values', 1]);
    expect(codeOf(() => ranks(1 as unknown as number[])).code).toBe('INVALID_ARGUMENT');
  });
});
