import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareNps, compareProportions, compareMeans, compareCsat, compareCes } from '../../src/survey/compare.js';
import { nps, npsTally, type NpsTally } from '../../src/survey/nps.js';
import { csat, csatTally } from '../../src/survey/csat.js';
import { ces, cesTally } from '../../src/survey/ces.js';
import { errorOf as codeOf } from '../helpers/errors.js';

// Reference values: tests/fixtures/survey-metrics/generate.R → reference.json (R 4.2, base stats).
const ref = JSON.parse(readFileSync(new URL('../fixtures/survey-metrics/reference.json', import.meta.url), 'utf8')) as {
  proportions: { xa: number; na: number; xb: number; nb: number; confidence: number; pValuePooled: number; lower: number; upper: number }[];
  welch: { x: number[]; y: number[]; confidence: number; t: number; df: number; pValue: number; lower: number; upper: number }[];
  twoSidedP: { z: number[]; p: number[] };
};
const TOL = 1e-10;
const Z95 = 1.959963984540054; // R: qnorm(0.975)

const answers = (p: number, q: number, d: number): number[] => [...Array<number>(p).fill(10), ...Array<number>(q).fill(7), ...Array<number>(d).fill(0)];
const tally = (c: [number, number, number]): NpsTally => npsTally(answers(...c));
const mean = (x: number[]): number => x.reduce((a, b) => a + b, 0) / x.length;
const sd = (x: number[]): number => {
  const m = mean(x);
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1));
};

describe('compareNps', () => {
  it('z = (NPSa − NPSb)/√(SEa² + SEb²) from the observed shares, by hand (notes: two independent NPS values)', () => {
    // a: 50/30/20 of 100 (NPS 30, var 0.61); b: 30/30/40 of 100 (NPS −10, var 0.7 − 0.01 = 0.69).
    const r = compareNps(tally([50, 30, 20]), nps(answers(30, 30, 40)));
    const se = 100 * Math.sqrt(0.61 / 100 + 0.69 / 100);
    expect(Math.abs(r.difference! - 40)).toBeLessThan(TOL);
    expect(Math.abs(r.standardError! - se)).toBeLessThan(TOL);
    expect(Math.abs(r.z! - 40 / se)).toBeLessThan(TOL);
    expect(Math.abs(r.interval!.lower - (40 - Z95 * se))).toBeLessThan(TOL);
    expect(Math.abs(r.interval!.upper - (40 + Z95 * se))).toBeLessThan(TOL);
    expect(r.significant).toBe(true);
    expect(r.pValue!).toBeLessThan(0.001);
  });

  it('two-sided p-values equal R 2·pnorm(−|z|) (the shared z test, driven to a chosen z)', () => {
    // pa = 0.55, pb = 0.45, na = nb = n: SE² = (pa(1 − pa) + pb(1 − pb))/n = 2·0.2475/n, so n = 2·0.2475·z²/0.1² gives z.
    for (let i = 0; i < ref.twoSidedP.z.length; i++) {
      const z = ref.twoSidedP.z[i]!;
      const n = (2 * 0.2475 * z * z) / 0.01;
      const r = compareProportions({ proportion: 0.55, n }, { proportion: 0.45, n });
      expect(Math.abs(r.z! - z)).toBeLessThan(1e-9);
      expect(Math.abs(r.pValue! - ref.twoSidedP.p[i]!)).toBeLessThan(1e-9 * Math.max(1e-3, ref.twoSidedP.p[i]!));
    }
  });

  it('both samples unanimous (SE 0): no z; p = 1 when equal, null otherwise; never significant', () => {
    const same = compareNps(tally([5, 0, 0]), tally([9, 0, 0]));
    expect(same).toMatchObject({ difference: 0, standardError: 0, z: null, pValue: 1, significant: false });
    const apart = compareNps(tally([5, 0, 0]), tally([0, 0, 5]));
    expect(apart).toMatchObject({ difference: 200, z: null, pValue: null, significant: false });
    expect([apart.interval!.lower, apart.interval!.upper]).toEqual([200, 200]);
  });

  it('an empty side gives nulls', () => {
    expect(compareNps(npsTally([]), tally([1, 1, 1]))).toEqual({ difference: null, standardError: null, z: null, pValue: null, significant: false, interval: null });
  });

  it('confidence sets both the interval and the significance level', () => {
    const a = tally([30, 30, 40]);
    const b = tally([22, 30, 48]);
    const r95 = compareNps(a, b);
    const r80 = compareNps(a, b, { confidence: 0.8 });
    expect(r95.pValue).toBe(r80.pValue);
    expect(r80.interval!.upper - r80.interval!.lower).toBeLessThan(r95.interval!.upper - r95.interval!.lower);
    expect(r80.significant).toBe(r80.pValue! < 0.2);
    expect(codeOf(() => compareNps(a, b, { confidence: 2 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['confidence'] });
  });
});

describe('compareProportions', () => {
  // R: prop.test(c(xa, xb), c(na, nb), correct = FALSE, conf.level): pooled p-value, unpooled Wald interval.
  for (const r of ref.proportions) {
    it(`matches R prop.test(c(${String(r.xa)}, ${String(r.xb)}), c(${String(r.na)}, ${String(r.nb)}), correct = FALSE)`, () => {
      const a = { proportion: r.xa / r.na, n: r.na };
      const b = { proportion: r.xb / r.nb, n: r.nb };
      const pooled = compareProportions(a, b, { pooled: true, confidence: r.confidence });
      expect(Math.abs(pooled.pValue! - r.pValuePooled)).toBeLessThan(TOL);
      expect(Math.abs(pooled.interval!.lower - r.lower)).toBeLessThan(TOL);
      expect(Math.abs(pooled.interval!.upper - r.upper)).toBeLessThan(TOL);
      const wald = compareProportions(a, b, { confidence: r.confidence });
      // Unpooled: the interval is the same; z = difference/SE with the SE of the interval.
      expect(Math.abs(wald.interval!.upper - r.upper)).toBeLessThan(TOL);
      expect(Math.abs(wald.z! * wald.standardError! - (a.proportion - b.proportion))).toBeLessThan(TOL);
    });
  }
  it('validates its samples', () => {
    expect(codeOf(() => compareProportions({ proportion: 1.5, n: 3 }, { proportion: 0.5, n: 3 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['a', 'proportion'] });
    expect(codeOf(() => compareProportions({ proportion: 0.5, n: 3 }, { proportion: 0.5, n: -3 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['b', 'n'] });
    expect(compareProportions({ proportion: 0.5, n: 0 }, { proportion: 0.5, n: 3 }).difference).toBeNull();
  });
});

describe('compareMeans (Welch)', () => {
  // R: t.test(x, y, conf.level) — Welch's test (var.equal = FALSE, the default).
  for (const r of ref.welch) {
    it(`matches R t.test(x, y, conf.level = ${String(r.confidence)}): t, df, p, interval to 1e-10`, () => {
      const w = compareMeans({ mean: mean(r.x), sd: sd(r.x), n: r.x.length }, { mean: mean(r.y), sd: sd(r.y), n: r.y.length }, { confidence: r.confidence });
      expect(Math.abs(w.t! - r.t)).toBeLessThan(TOL);
      expect(Math.abs(w.df! - r.df)).toBeLessThan(TOL);
      expect(Math.abs(w.pValue! - r.pValue)).toBeLessThan(TOL);
      expect(Math.abs(w.interval!.lower - r.lower)).toBeLessThan(TOL);
      expect(Math.abs(w.interval!.upper - r.upper)).toBeLessThan(TOL);
      expect(w.significant).toBe(r.pValue < 1 - r.confidence);
    });
  }
  it('degenerate cases: n ≤ 1, zero spread, overflowing quantile', () => {
    expect(compareMeans({ mean: 1, sd: 0, n: 1 }, { mean: 2, sd: 1, n: 5 }).t).toBeNull();
    expect(compareMeans({ mean: 2, sd: 0, n: 4 }, { mean: 2, sd: 0, n: 5 })).toMatchObject({ difference: 0, pValue: 1, t: null, significant: false });
    expect(compareMeans({ mean: 3, sd: 0, n: 4 }, { mean: 2, sd: 0, n: 5 })).toMatchObject({ difference: 1, pValue: null, significant: false });
    const tiny = compareMeans({ mean: 3, sd: 1, n: 1.001 }, { mean: 2, sd: 0, n: 5 });
    expect(tiny.interval).toBeNull();
    expect(Number.isFinite(tiny.pValue)).toBe(true);
    expect(codeOf(() => compareMeans({ mean: Number.NaN, sd: 1, n: 3 }, { mean: 2, sd: 1, n: 5 }))).toEqual({ code: 'NON_FINITE', path: ['a', 'mean'] });
    expect(codeOf(() => compareMeans({ mean: 1, sd: -1, n: 3 }, { mean: 2, sd: 1, n: 5 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['a', 'sd'] });
  });
});

describe('compareCsat and compareCes', () => {
  it('compareCsat is compareProportions on the shares, in points, with effective n', () => {
    const a = [5, 5, 4, 4, 4, 3, 2, 5, 5, 1];
    const b = [5, 3, 2, 2, 1, 4, 3, 2, 5, 1];
    const r = compareCsat(csat(a), csatTally(b), { pooled: true });
    const p = compareProportions({ proportion: 0.7, n: 10 }, { proportion: 0.3, n: 10 }, { pooled: true });
    expect(Math.abs(r.difference! - 40)).toBeLessThan(TOL);
    expect(r.pValue).toBe(p.pValue);
    expect(Math.abs(r.interval!.lower - 100 * p.interval!.lower)).toBeLessThan(TOL);
    expect(compareCsat(csat([]), csat(a)).difference).toBeNull();
    expect(codeOf(() => compareCsat(csat(a), csat([7], { scale: { min: 1, max: 7 } })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['b'] });
  });
  it('compareCes tests the means (Welch) and the easy shares (z, points)', () => {
    const o = { direction: 'higher-is-easier' } as const;
    const x = [7, 6, 6, 5, 7, 4, 6];
    const y = [3, 4, 5, 2, 4, 6];
    const rr = ref.welch[0]!;
    const r = compareCes(cesTally(x, o), ces(y, o));
    expect(Math.abs(r.mean.t! - rr.t)).toBeLessThan(TOL);
    expect(Math.abs(r.mean.pValue! - rr.pValue)).toBeLessThan(TOL);
    const share = compareProportions({ proportion: 6 / 7, n: 7 }, { proportion: 2 / 6, n: 6 });
    expect(Math.abs(r.easyShare.difference! - 100 * share.difference!)).toBeLessThan(TOL);
    expect(Math.abs(r.easyShare.pValue! - share.pValue!)).toBeLessThan(TOL);
    const empty = compareCes(ces([], o), ces(y, o));
    expect(empty.mean.difference).toBeNull();
    expect(empty.easyShare.difference).toBeNull();
    expect(codeOf(() => compareCes(ces(x, o), ces([1], { direction: 'lower-is-easier' })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['b'] });
  });
});
