import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ces, cesTally, mergeCesTally, type CesOptions, type CesTally } from '../../src/survey/ces.js';
import { errorOf as codeOf } from '../helpers/errors.js';

// Reference values: tests/fixtures/survey-metrics/generate.R → reference.json (R 4.2, base stats).
const ref = JSON.parse(readFileSync(new URL('../fixtures/survey-metrics/reference.json', import.meta.url), 'utf8')) as {
  wilson: { x: number; n: number; confidence: number; lower: number; upper: number }[];
  t: { name: string; x: number[]; confidence: number; mean: number; sd: number; lower: number; upper: number }[];
};
const TOL = 1e-10;
const HIGH = { direction: 'higher-is-easier' } as const;
const LOW5 = { direction: 'lower-is-easier', scale: { min: 1, max: 5 } } as const;

describe('ces', () => {
  it('CES 2.0 (1–7, higher is easier): mean with R t.test interval, % agree (5–7) with the Wilson interval', () => {
    const rr = ref.t.find((t) => t.name === 'ces7')!;
    const r = ces(rr.x, HIGH);
    expect(Math.abs(r.mean! - rr.mean)).toBeLessThan(TOL);
    expect(Math.abs(r.sd! - rr.sd)).toBeLessThan(TOL);
    // R: t.test(c(7, 6, 5, 5, 3, 2, 6, 7, 4, 5))$conf.int.
    expect(Math.abs(r.meanInterval!.lower - rr.lower)).toBeLessThan(TOL);
    expect(Math.abs(r.meanInterval!.upper - rr.upper)).toBeLessThan(TOL);
    // 7 of 10 answers are 5–7: R prop.test(7, 10, correct = FALSE) at 0.95 — by the Wilson formula with z = qnorm(0.975).
    expect(r.easy).toBe(7);
    expect(r.easyShare).toBe(70);
    const z = 1.959963984540054;
    const c = (0.7 + (z * z) / 20) / (1 + (z * z) / 10);
    const h = (z * Math.sqrt(0.021 + (z * z) / 400)) / (1 + (z * z) / 10);
    expect(Math.abs(r.shareInterval!.lower - 100 * (c - h))).toBeLessThan(TOL);
    expect(Math.abs(r.shareInterval!.upper - 100 * (c + h))).toBeLessThan(TOL);
    expect(r.easyRange).toEqual([5, 7]);
    expect(r.direction).toBe('higher-is-easier');
  });

  it('CES 1.0 (1–5, lower is easier): easy = 1–2; 90% t interval as R t.test(conf.level = 0.9)', () => {
    const rr = ref.t.find((t) => t.name === 'ces5')!;
    const r = ces(rr.x, { ...LOW5, confidence: rr.confidence });
    expect(r.easyRange).toEqual([1, 2]);
    expect(r.easy).toBe(5);
    expect(Math.abs(r.meanInterval!.lower - rr.lower)).toBeLessThan(TOL);
    expect(Math.abs(r.meanInterval!.upper - rr.upper)).toBeLessThan(TOL);
    expect(r.meanInterval!.confidence).toBe(0.9);
  });

  it('default easy = strictly past the midpoint on the easy side', () => {
    expect(cesTally([], { direction: 'higher-is-easier', scale: { min: 1, max: 6 } }).easyRange).toEqual([4, 6]);
    expect(cesTally([], { direction: 'lower-is-easier', scale: { min: 1, max: 6 } }).easyRange).toEqual([1, 3]);
    expect(cesTally([], { direction: 'lower-is-easier' }).easyRange).toEqual([1, 3]);
    expect(cesTally([], { direction: 'higher-is-easier', scale: { min: 1, max: 2 } }).easyRange).toEqual([2, 2]);
    expect(cesTally([], { direction: 'higher-is-easier', easyAtLeast: 6 }).easyRange).toEqual([6, 7]);
    expect(cesTally([], { ...LOW5, easyAtMost: 1 }).easyRange).toEqual([1, 1]);
  });

  it('clamps the mean interval to the scale; n = 1 gives no mean interval but a share interval', () => {
    const r = ces([7, 7, 6], HIGH);
    expect(r.meanInterval!.upper).toBe(7);
    const one = ces([4], HIGH);
    expect(one.meanInterval).toBeNull();
    expect(one.sd).toBeNull();
    expect(one.shareInterval).not.toBeNull();
    // Effective n just above 1: the t quantile overflows, the interval spans the scale (no NaN).
    const tiny = ces([1, 7], { ...HIGH, weights: [0.001, 0.473] });
    expect([tiny.meanInterval!.lower, tiny.meanInterval!.upper]).toEqual([1, 7]);
  });

  it('no answers: nulls, never NaN', () => {
    for (const r of [ces([], HIGH), ces([3], { ...HIGH, weights: [0] }), ces(cesTally([], HIGH), HIGH)]) {
      expect(r.mean).toBeNull();
      expect(r.easyShare).toBeNull();
      expect(r.meanInterval).toBeNull();
      expect(r.shareInterval).toBeNull();
      expect(r.effectiveN).toBe(0);
    }
  });

  it('tallies merge exactly for integer answers and accept the tally’s own options', () => {
    expect(mergeCesTally(cesTally([1, 2], LOW5), cesTally([5, 3], LOW5))).toEqual(cesTally([1, 2, 5, 3], LOW5));
    const t = cesTally([1, 2, 4], LOW5);
    expect(ces(t, { ...LOW5, easyAtMost: 2 }).easyShare).toBeCloseTo(200 / 3, 12);
    expect(ces(t, {} as CesOptions).easy).toBe(2);
  });
});

describe('ces: validation', () => {
  it('direction is required (CES 1.0 and 2.0 run opposite ways)', () => {
    expect(codeOf(() => ces([5], {} as CesOptions))).toEqual({ code: 'INVALID_ARGUMENT', path: ['direction'] });
    expect(codeOf(() => ces([5], undefined as unknown as CesOptions))).toEqual({ code: 'INVALID_ARGUMENT', path: ['direction'] });
    expect(codeOf(() => cesTally([5], { direction: 'up' } as unknown as CesOptions))).toEqual({ code: 'INVALID_ARGUMENT', path: ['direction'] });
  });
  it('thresholds must match the direction and lie inside the scale', () => {
    expect(codeOf(() => ces([5], { ...HIGH, easyAtMost: 2 }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['easyAtMost'] });
    expect(codeOf(() => ces([5], { ...LOW5, easyAtLeast: 4 }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['easyAtLeast'] });
    expect(codeOf(() => ces([5], { ...HIGH, easyAtLeast: 8 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['easyAtLeast'] });
    expect(codeOf(() => ces([5], { ...LOW5, easyAtMost: 5 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['easyAtMost'] });
    expect(codeOf(() => ces([5], { ...LOW5, easyAtMost: Number.NaN }))).toEqual({ code: 'NON_FINITE', path: ['easyAtMost'] });
  });
  it('answers inside the scale, integers unless allowFractional; weights valid', () => {
    expect(codeOf(() => ces([7, 8], HIGH))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 1] });
    expect(codeOf(() => ces([6], LOW5))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => ces([2.5], LOW5))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(ces([2.5, 1.5], { ...LOW5, allowFractional: true }).easyShare).toBe(50);
    expect(codeOf(() => ces([2], { ...LOW5, weights: [-1] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 0] });
  });
  it('rejects tallies with conflicting options, malformed tallies and mismatched merges', () => {
    const t = cesTally([1, 2, 4], LOW5);
    expect(codeOf(() => ces(t, { ...LOW5, weights: [1, 1, 1] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['weights'] });
    expect(codeOf(() => ces(t, { direction: 'higher-is-easier' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['direction'] });
    expect(codeOf(() => ces(t, { ...LOW5, scale: { min: 1, max: 7 } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scale'] });
    expect(codeOf(() => ces(t, { ...LOW5, easyAtMost: 1 }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['easyAtLeast'] });
    expect(codeOf(() => ces({ ...t, easyRange: [1] } as unknown as CesTally, LOW5))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'easyRange'] });
    expect(codeOf(() => ces({ ...t, direction: 'x' } as unknown as CesTally, {} as CesOptions))).toEqual({ code: 'INVALID_ARGUMENT', path: ['direction'] });
    expect(codeOf(() => mergeCesTally(t, cesTally([1], { ...LOW5, easyAtMost: 1 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['b'] });
    expect(codeOf(() => mergeCesTally(t, { kind: 'csat' } as unknown as CesTally))).toEqual({ code: 'INVALID_ARGUMENT', path: ['b'] });
  });
});
