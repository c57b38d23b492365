import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logRankTest, type LogRankGroup } from '../../src/retention/log-rank.js';
import { errorOf } from '../helpers/errors.js';

// Reference values: R 4.2 + survival 3.5-3, tests/fixtures/survival/generate.R → reference.json:
// survdiff(Surv(time, status) ~ g) for lung ~ sex, veteran ~ celltype (4 groups), veteran ~ trt;
// chisq, obs, exp, var and pchisq(chisq, df, lower.tail = FALSE). Tolerance 1e-10 (absolute; p-values 1e-12).
interface Test { groups: { time: number[]; status: number[] }[]; chisq: number; df: number; pvalue: number; obs: number[]; exp: number[]; var: number[] }
const ref = JSON.parse(readFileSync(new URL('../fixtures/survival/reference.json', import.meta.url), 'utf8')) as { logRank: Record<string, Test> };

const toGroups = (t: Test): LogRankGroup[] => t.groups.map((g) => ({ durations: g.time, events: g.status }));

describe('logRankTest against R survdiff', () => {
  for (const [name, t] of Object.entries(ref.logRank)) {
    it(name, () => {
      const r = logRankTest(toGroups(t));
      expect(Math.abs(r.chiSquare - t.chisq)).toBeLessThan(1e-10);
      expect(r.degreesOfFreedom).toBe(t.df);
      expect(Math.abs(r.pValue! - t.pvalue)).toBeLessThan(1e-12);
      expect(r.observed).toEqual(t.obs);
      r.expected.forEach((e, i) => { expect(Math.abs(e - t.exp[i]!)).toBeLessThan(1e-10); });
      // R's var is a k × k matrix in column-major order (symmetric anyway)
      const k = t.groups.length;
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) expect(Math.abs(r.variance[i]![j]! - t.var[j * k + i]!)).toBeLessThan(1e-10);
    });
  }
});

describe('logRankTest edge cases', () => {
  it('small example (R: survdiff(Surv(1:6, rep(1, 6)) ~ rep(1:2, each = 3)): chisq 5.051660516605164, exp 1.15, 4.85)', () => {
    const r = logRankTest([{ durations: [1, 2, 3], events: [1, 1, 1] }, { durations: [4, 5, 6], events: [true, true, true] }]);
    expect(r.chiSquare).toBeCloseTo(5.051660516605164, 12);
    expect(r.expected[0]).toBeCloseTo(1.15, 12);
    expect(r.pValue).toBeCloseTo(0.024602349953641873, 12);
  });
  it('a group with no subjects has expected 0 and is left out of the degrees of freedom (as R)', () => {
    const a = { durations: [1, 2, 3, 5], events: [1, 1, 0, 1] };
    const b = { durations: [2, 4, 4, 6], events: [1, 0, 1, 1] };
    const two = logRankTest([a, b]);
    const three = logRankTest([a, { durations: [], events: [] }, b]);
    expect(three.degreesOfFreedom).toBe(1);
    expect(three.chiSquare).toBeCloseTo(two.chiSquare, 12);
    expect(three.observed).toEqual([two.observed[0], 0, two.observed[1]]);
    expect(three.variance[1]).toEqual([0, 0, 0]);
  });
  it('no events at all: χ² 0, df 0, p-value null', () => {
    const r = logRankTest([{ durations: [1, 2], events: [0, 0] }, { durations: [3], events: [0] }]);
    expect(r).toEqual({ chiSquare: 0, degreesOfFreedom: 0, pValue: null, observed: [0, 0], expected: [0, 0], variance: [[0, 0], [0, 0]] });
  });
  it('a singular variance (everyone at risk has the event at once) uses a generalised inverse: χ² 0, df 0', () => {
    // R: survdiff(Surv(c(1, 1, 1), c(1, 1, 1)) ~ c(1, 2, 3)) stops: "system is exactly singular" (var is all 0).
    const r = logRankTest([
      { durations: [1], events: [1] },
      { durations: [1], events: [1] },
      { durations: [1], events: [1] },
    ]);
    expect(r.expected).toEqual([1, 1, 1]);
    expect(r.variance).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    expect(r.chiSquare).toBe(0);
    expect(r.degreesOfFreedom).toBe(0);
    expect(r.pValue).toBeNull();
  });
  it('bad input → CxError with the path inside the group', () => {
    expect(errorOf(() => logRankTest([{ durations: [1], events: [1] }]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['groups'] });
    expect(errorOf(() => logRankTest(null as unknown as LogRankGroup[]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['groups'] });
    expect(errorOf(() => logRankTest([{ durations: [1], events: [1] }, 3 as unknown as LogRankGroup]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['groups', 1] });
    expect(errorOf(() => logRankTest([{ durations: [1], events: [1] }, { durations: [1, -1], events: [1, 1] }]))).toEqual({
      code: 'OUT_OF_RANGE',
      path: ['groups', 1, 'durations', 1],
    });
    expect(errorOf(() => logRankTest([{ durations: [1], events: [2] }, { durations: [1], events: [1] }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['groups', 0, 'events', 0] });
    expect(errorOf(() => logRankTest([{ durations: [1], events: [] }, { durations: [1], events: [1] }]))).toEqual({ code: 'LENGTH_MISMATCH', path: ['groups', 0, 'events'] });
    expect(errorOf(() => logRankTest([{ events: [1] } as unknown as LogRankGroup, { durations: [1], events: [1] }]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['groups', 0, 'durations'] });
  });
});
