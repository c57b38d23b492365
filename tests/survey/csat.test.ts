import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csat, csatTally, mergeCsatTally, type CsatTally } from '../../src/survey/csat.js';
import { errorOf as codeOf } from '../helpers/errors.js';

// Reference values: tests/fixtures/survey-metrics/generate.R → reference.json (R 4.2, base stats).
const ref = JSON.parse(readFileSync(new URL('../fixtures/survey-metrics/reference.json', import.meta.url), 'utf8')) as {
  wilson: { x: number; n: number; confidence: number; lower: number; upper: number }[];
};
const TOL = 1e-10;
const Z95 = 1.959963984540054; // R: qnorm(0.975)

/** Wilson (1927) bounds by hand, on 0..1. */
function wilson(p: number, n: number, z = Z95): [number, number] {
  const c = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [c - h, c + h];
}

describe('csat', () => {
  it('top-two-box on 1–5 by default: % satisfied, mean, sd, Wilson interval (R prop.test(3, 5, correct = FALSE))', () => {
    const r = csat([5, 4, 4, 3, 1]);
    expect(r.score).toBe(60);
    expect(r.satisfied).toBe(3);
    expect(r.n).toBe(5);
    expect(Math.abs(r.mean! - 3.4)).toBeLessThan(TOL);
    // sd by hand: deviations 1.6, 0.6, 0.6, −0.4, −2.4; Σd² = 9.2; s² = 9.2/4.
    expect(Math.abs(r.sd! - Math.sqrt(9.2 / 4))).toBeLessThan(TOL);
    const rr = ref.wilson.find((w) => w.x === 3 && w.n === 5)!;
    expect(Math.abs(r.interval!.lower - 100 * rr.lower)).toBeLessThan(TOL);
    expect(Math.abs(r.interval!.upper - 100 * rr.upper)).toBeLessThan(TOL);
    expect(r.interval!.method).toBe('wilson');
    expect(r.satisfiedAtLeast).toBe(4);
    expect(r.scale).toEqual({ min: 1, max: 5 });
  });

  it('the default threshold is the top two boxes of any scale; satisfiedAtLeast overrides', () => {
    expect(csat([7, 6, 5, 2], { scale: { min: 1, max: 7 } }).score).toBe(50);
    expect(csat([10, 9, 8, 0], { scale: { min: 0, max: 10 } }).score).toBe(50);
    expect(csat([5, 4, 3, 2], { satisfiedAtLeast: 3 }).score).toBe(75);
    expect(csat([5, 4, 3, 2], { satisfiedAtLeast: 5 }).score).toBe(25);
  });

  it('confidence changes the Wilson interval as R does (prop.test(7, 10, conf.level = 0.9))', () => {
    const rr = ref.wilson.find((w) => w.x === 7 && w.n === 10)!;
    const r = csat([5, 5, 5, 4, 4, 4, 4, 3, 2, 1], { confidence: rr.confidence });
    expect(Math.abs(r.interval!.lower - 100 * rr.lower)).toBeLessThan(TOL);
    expect(Math.abs(r.interval!.upper - 100 * rr.upper)).toBeLessThan(TOL);
  });

  it('weights: weighted share, reliability-weighted sd, Wilson with Kish’s effective n', () => {
    // answers 5, 2, 4 with weights 3, 1, 0: share 3/4, n_eff = 16/10, mean (15 + 2)/4.
    const r = csat([5, 2, 4], { weights: [3, 1, 0] });
    expect(r.score).toBe(75);
    expect(r.n).toBe(3);
    expect(Math.abs(r.effectiveN - 1.6)).toBeLessThan(TOL);
    expect(Math.abs(r.mean! - 4.25)).toBeLessThan(TOL);
    // Σw(x − m)² = 3·0.5625 + 1·5.0625 = 6.75; s² = 6.75/4 · n_eff/(n_eff − 1).
    expect(Math.abs(r.sd! - Math.sqrt((6.75 / 4) * (1.6 / 0.6)))).toBeLessThan(TOL);
    const [lo, hi] = wilson(0.75, 1.6);
    expect(Math.abs(r.interval!.lower - 100 * lo)).toBeLessThan(TOL);
    expect(Math.abs(r.interval!.upper - 100 * hi)).toBeLessThan(TOL);
  });

  it('fractional answers need allowFractional; they tally by moments, without counts', () => {
    expect(codeOf(() => csat([4.5, 3]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    const r = csat([4.5, 3.2, 5], { allowFractional: true });
    expect(r.satisfied).toBe(2);
    expect(Math.abs(r.mean! - 12.7 / 3)).toBeLessThan(TOL);
    expect(csatTally([4.5, 3.2, 5], { allowFractional: true }).counts).toBeNull();
    expect(csatTally([4, 3, 5], { allowFractional: true }).counts).toEqual([0, 0, 1, 1, 1]);
    // A fractional answer after integer ones restarts the pass; weights too.
    const w = csat([4, 3, 4.5], { allowFractional: true, weights: [1, 2, 1] });
    expect(w.score).toBe(50);
    expect(Math.abs(w.mean! - 14.5 / 4)).toBeLessThan(TOL);
  });

  it('no answers or zero total weight: nulls, never NaN', () => {
    for (const r of [csat([]), csat([5], { weights: [0] }), csat(csatTally([]))]) {
      expect(r.score).toBeNull();
      expect(r.mean).toBeNull();
      expect(r.sd).toBeNull();
      expect(r.interval).toBeNull();
      expect(r.effectiveN).toBe(0);
    }
    expect(csat([5]).sd).toBeNull();
    expect(csat([5], { allowFractional: true, weights: [0] }).mean).toBeNull();
  });

  it('tallies merge: exactly by counts; by Chan et al. moments when fractional', () => {
    const t = mergeCsatTally(csatTally([5, 5, 1]), csatTally([4, 2]));
    expect(t).toEqual(csatTally([5, 5, 1, 4, 2]));
    const a = [4.5, 3.25, 1];
    const b = [5, 2.5];
    const m = csat(mergeCsatTally(csatTally(a, { allowFractional: true }), csatTally(b, { allowFractional: true })));
    const whole = csat([...a, ...b], { allowFractional: true });
    expect(m.score).toBe(whole.score);
    expect(Math.abs(m.mean! - whole.mean!)).toBeLessThan(TOL);
    expect(Math.abs(m.sd! - whole.sd!)).toBeLessThan(TOL);
    // Merging with an empty side keeps the other.
    const e = csat(mergeCsatTally(csatTally([], { allowFractional: true }), csatTally(a, { allowFractional: true })));
    expect(Math.abs(e.mean! - csat(a, { allowFractional: true }).mean!)).toBeLessThan(TOL);
    const e2 = csat(mergeCsatTally(csatTally(a, { allowFractional: true }), csatTally([], { allowFractional: true })));
    expect(Math.abs(e2.sd! - csat(a, { allowFractional: true }).sd!)).toBeLessThan(TOL);
  });
});

describe('csat: validation', () => {
  it('rejects answers outside the scale and bad weights, with the index', () => {
    expect(codeOf(() => csat([5, 6]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 1] });
    expect(codeOf(() => csat([0]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => csat([Number.NaN], { allowFractional: true }))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => csat([5.5], { allowFractional: true }))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => csat([4, 9], { weights: [1, 1] }))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 1] });
    expect(codeOf(() => csat([4, 4], { weights: [1, -2] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 1] });
    expect(codeOf(() => csat([4.5], { allowFractional: true, weights: [Number.NaN] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 0] });
    expect(codeOf(() => csat([4], { weights: [] }))).toEqual({ code: 'LENGTH_MISMATCH', path: ['weights'] });
    expect(codeOf(() => csat(null as unknown as number[]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scores'] });
    // Non-numbers are never coerced ('4' − 1 would be 3).
    expect(codeOf(() => csat([5, 4, 3, 2, '4'] as unknown as number[]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 4] });
    expect(codeOf(() => csat([4.5, '4.5'] as unknown as number[], { allowFractional: true }))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 1] });
    expect(codeOf(() => csat(['4.5'] as unknown as number[], { allowFractional: true }))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => csat([null] as unknown as number[], { weights: [1] }))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => csat([4], { weights: ['2'] as unknown as number[] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 0] });
  });
  it('rejects bad scales, thresholds and confidence', () => {
    expect(codeOf(() => csat([1], { scale: { min: 5, max: 1 } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scale'] });
    expect(codeOf(() => csat([1], { scale: { min: 0.5, max: 5 } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scale'] });
    expect(codeOf(() => csat([1], { scale: { min: 0, max: 5000 } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scale'] });
    expect(codeOf(() => csat([1], { scale: { min: 2 ** 32, max: 2 ** 32 + 4 } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scale'] });
    expect(codeOf(() => csat([1], { satisfiedAtLeast: 6 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['satisfiedAtLeast'] });
    expect(codeOf(() => csat([1], { satisfiedAtLeast: 1 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['satisfiedAtLeast'] });
    expect(codeOf(() => csat([1], { confidence: 0 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['confidence'] });
  });
  it('rejects tallies with conflicting options, malformed tallies and mismatched merges', () => {
    const t = csatTally([5, 3]);
    expect(codeOf(() => csat(t, { weights: [1, 1] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['weights'] });
    expect(codeOf(() => csat(t, { scale: { min: 1, max: 7 } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scale'] });
    expect(codeOf(() => csat(t, { satisfiedAtLeast: 5 }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['satisfiedAtLeast'] });
    expect(csat(t, { scale: { min: 1, max: 5 }, satisfiedAtLeast: 4 }).score).toBe(50);
    const bad = (patch: Record<string, unknown>): CsatTally => ({ ...t, ...patch });
    expect(codeOf(() => csat(bad({ version: 3 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'version'] });
    expect(codeOf(() => csat(bad({ n: 1.5 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'n'] });
    expect(codeOf(() => csat(bad({ hits: -1 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'hits'] });
    expect(codeOf(() => csat(bad({ mean: 9 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'mean'] });
    expect(codeOf(() => csat(bad({ mean: null })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'mean'] });
    expect(codeOf(() => csat(bad({ counts: [1] })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'counts'] });
    expect(codeOf(() => csat(bad({ counts: [0, 0, 1, 0, Number.NaN] })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'counts', 4] });
    expect(codeOf(() => csat(bad({ scale: { min: 1 } })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'scale'] });
    expect(codeOf(() => mergeCsatTally(t, csatTally([5], { satisfiedAtLeast: 5 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['b'] });
    expect(codeOf(() => mergeCsatTally(t, csatTally([5], { scale: { min: 1, max: 7 } })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['b'] });
    expect(codeOf(() => mergeCsatTally({ kind: 'nps' } as unknown as CsatTally, t))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a'] });
  });
});
