import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { nps, npsTally, mergeNpsTally, type NpsTally } from '../../src/survey/nps.js';
import { countFloat64, countIntegers } from '../../src/survey/support.js';
import { errorOf as codeOf } from '../helpers/errors.js';

// Reference values: tests/fixtures/survey-metrics/generate.R → reference.json (R 4.2, base stats).
const ref = JSON.parse(readFileSync(new URL('../fixtures/survey-metrics/reference.json', import.meta.url), 'utf8')) as {
  t: { name: string; x: number[]; confidence: number; lower: number; upper: number }[];
};
const TOL = 1e-10;
const Z95 = 1.959963984540054; // R: qnorm(0.975)

/** p promoters (10), q passives (8), d detractors (3), in that order. */
const answers = (p: number, q: number, d: number): number[] => [...Array<number>(p).fill(10), ...Array<number>(q).fill(8), ...Array<number>(d).fill(3)];

describe('nps: the worked example of the notes (50 promoters, 30 passives, 20 detractors)', () => {
  // ../shared/notes/survey-metrics.md: NPS 30, var 0.61, SE 0.0781 on the −1..1 scale, Wald 14.7..45.3.
  const x = answers(50, 30, 20);
  it('score 30, shares and counts', () => {
    const r = nps(x, { interval: 'wald' });
    expect(r.score).toBe(30);
    expect([r.n, r.promoters, r.passives, r.detractors]).toEqual([100, 50, 30, 20]);
    expect(r.shares).toEqual({ promoters: 0.5, passives: 0.3, detractors: 0.2 });
    expect(r.effectiveN).toBe(100);
  });
  it('SE = 100·√(0.61/100) points (0.0781 on −1..1), Wald 14.7..45.3', () => {
    const r = nps(x, { interval: 'wald' });
    // var = (p + d) − (p − d)² = 0.7 − 0.09 = 0.61.
    expect(Math.abs(r.standardError! - 100 * Math.sqrt(0.61 / 100))).toBeLessThan(TOL);
    expect(r.standardError! / 100).toBeCloseTo(0.0781, 4);
    expect(Math.abs(r.interval!.lower - (30 - Z95 * 100 * Math.sqrt(0.0061)))).toBeLessThan(TOL);
    expect(Math.abs(r.interval!.upper - (30 + Z95 * 100 * Math.sqrt(0.0061)))).toBeLessThan(TOL);
    expect(r.interval!.lower).toBeCloseTo(14.7, 1);
    expect(r.interval!.upper).toBeCloseTo(45.3, 1);
    expect(r.interval!.method).toBe('wald');
  });
  it('adjusted Wald (Rocks 2016): +0.75 promoter, +1.5 passive, +0.75 detractor, n + 3, by hand', () => {
    const r = nps(x);
    const pA = 50.75 / 103;
    const dA = 20.75 / 103;
    const centre = 100 * (pA - dA);
    const half = 100 * Z95 * Math.sqrt((pA + dA - (pA - dA) ** 2) / 103);
    expect(r.interval!.method).toBe('adjusted-wald');
    expect(Math.abs(r.interval!.lower - (centre - half))).toBeLessThan(TOL);
    expect(Math.abs(r.interval!.upper - (centre + half))).toBeLessThan(TOL);
    // The SE stays that of the observed score, whatever the method.
    expect(Math.abs(r.standardError! - 100 * Math.sqrt(0.0061))).toBeLessThan(TOL);
  });
  it('trinomial: equals R t.test on the −1/0/+1 scores', () => {
    for (const name of ['nps_50_30_20', 'nps_3_1_2', 'nps_3_1_2_99']) {
      const rr = ref.t.find((t) => t.name === name)!;
      const scores = rr.x.map((v) => (v === 1 ? 10 : v === 0 ? 7 : 0));
      const r = nps(scores, { interval: 'trinomial', confidence: rr.confidence });
      // R: t.test(c(rep(1, 50), rep(0, 30), rep(-1, 20)))$conf.int, scaled to points and clamped to −100..100
      // (the 6-answer case at 99% reaches past both ends).
      expect(Math.abs(r.interval!.lower - Math.max(-100, 100 * rr.lower))).toBeLessThan(TOL);
      expect(Math.abs(r.interval!.upper - Math.min(100, 100 * rr.upper))).toBeLessThan(TOL);
    }
  });
});

describe('nps: boundaries', () => {
  it('0 is a detractor, 6 a detractor, 7–8 passives, 9–10 promoters', () => {
    expect(nps([0]).score).toBe(-100);
    expect(nps([6]).score).toBe(-100);
    expect(nps([7, 8]).score).toBe(0);
    expect(nps([9, 10]).score).toBe(100);
    const t = npsTally([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10]);
    expect(t.counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
  });
  it('no answers (or all weights 0): nulls, never NaN', () => {
    for (const r of [nps([]), nps([9, 3], { weights: [0, 0] }), nps(npsTally([]))]) {
      expect(r.score).toBeNull();
      expect(r.interval).toBeNull();
      expect(r.standardError).toBeNull();
      expect(r.shares).toBeNull();
      expect(r.effectiveN).toBe(0);
    }
    expect(nps([9, 3], { weights: [0, 0] }).n).toBe(2);
  });
  it('all promoters: Wald is degenerate, adjusted Wald is not (Rocks 2016)', () => {
    const x = new Uint8Array(10).fill(10);
    const w = nps(x, { interval: 'wald' });
    expect(w.standardError).toBe(0);
    expect([w.interval!.lower, w.interval!.upper]).toEqual([100, 100]);
    const a = nps(x);
    // p̃ = 10.75/13, d̃ = 0.75/13: centre 76.9, half-width 29.4, upper clamped to 100.
    const pA = 10.75 / 13;
    const dA = 0.75 / 13;
    const lower = 100 * (pA - dA) - 100 * Z95 * Math.sqrt((pA + dA - (pA - dA) ** 2) / 13);
    expect(Math.abs(a.interval!.lower - lower)).toBeLessThan(TOL);
    expect(a.interval!.upper).toBe(100);
  });
  it('trinomial with an effective n just above 1: the t quantile overflows, the interval spans −100..100 (no NaN)', () => {
    // n_eff = (0.474)²/(0.001² + 0.473²) ≈ 1.0042: df ≈ 0.0042, where t_{0.975} exceeds the double range.
    const r = nps([0, 10], { weights: [0.001, 0.473], interval: 'trinomial' });
    expect([r.interval!.lower, r.interval!.upper]).toEqual([-100, 100]);
    const zero = nps([0, 0], { weights: [0.001, 0.473], interval: 'trinomial' });
    expect([zero.interval!.lower, zero.interval!.upper]).toEqual([-100, -100]);
  });
  it('trinomial needs n ≥ 2', () => {
    expect(nps([10], { interval: 'trinomial' }).interval).toBeNull();
    expect(nps([10], { interval: 'trinomial' }).score).toBe(100);
  });
  it('Uint8Array, Float64Array and plain arrays agree exactly', () => {
    const x = [10, 9, 0, 6, 7, 8, 5, 10, 3, 9, 9];
    expect(nps(new Uint8Array(x))).toEqual(nps(x));
    expect(nps(new Float64Array(x))).toEqual(nps(x));
    expect(nps(new Int32Array(x), { interval: 'trinomial' })).toEqual(nps(x, { interval: 'trinomial' }));
  });
});

describe('the counting kernel', () => {
  it('flushes its Int32 lanes block by block (a block of 5 here, 2^28 in use) and counts the unrolled remainder', () => {
    const x = Array.from({ length: 103 }, (_, i) => (i * 7) % 11);
    const expected = new Float64Array(11);
    for (const v of x) expected[v]!++;
    expect(countIntegers(x, 0, 10, 5)).toEqual(expected);
    expect(countIntegers(x, 0, 10)).toEqual(expected);
    expect(countIntegers(x, 0, 10, 6)).toEqual(expected);
    expect(countIntegers([...x, 11], 0, 10)).toBeNull();
    expect(countIntegers([3, 4, 5, 6, 7], 3, 4)).toEqual(new Float64Array([1, 1, 1, 1, 1]));
    expect(countIntegers([3, 4, 5, 6, 2], 3, 4)).toBeNull();
    // Values between span and the lane width (here 11..15) land in spare bins and are caught per block.
    expect(countIntegers([1, 2, 3, 4, 13, 5], 0, 10)).toBeNull();
    expect(countIntegers([1, 2, 3, 4, 5, 13], 0, 10, 4)).toBeNull();
    // Integer typed arrays skip the integrality test; the range test still catches the top of Uint32 and Int32 < 0.
    expect(countIntegers(new Uint32Array([1, 2, 3, 2 ** 32 - 1, 5]), 0, 10)).toBeNull();
    expect(countIntegers(new Uint32Array([1, 2, 3, 2 ** 31 + 5]), 0, 10)).toBeNull();
    expect(countIntegers(new Int32Array([1, 2, 3, 4, -1]), 0, 10)).toBeNull();
    expect(countIntegers(new Int16Array([1, 2, 3, 0, 5]), 1, 4)).toBeNull();
    expect(countIntegers(new Uint8Array(x), 0, 10, 7)).toEqual(expected);
    expect(countIntegers(new Float64Array([1, 2, 3, 2.5]), 0, 10)).toBeNull();
    expect(countIntegers([1, 2, 3, 4, 5, 6, 7, Number.NaN], 0, 10)).toBeNull();
    // Spare bins of the single-answer remainder (here 13 as the 5th of 5 answers, width 16).
    expect(countIntegers([1, 2, 3, 4, 13], 0, 10)).toBeNull();
    expect(countIntegers(new Uint8Array([1, 2, 3, 4, 13]), 0, 10)).toBeNull();
    // Wide scales (more than 16 points) count in four lanes: 0..100, spare bins 101..127, remainders.
    const wide = Array.from({ length: 1003 }, (_, i) => (i * 37) % 101);
    const wideExpected = new Float64Array(101);
    for (const v of wide) wideExpected[v]!++;
    expect(countIntegers(wide, 0, 100, 10)).toEqual(wideExpected);
    expect(countIntegers(new Uint16Array(wide), 0, 100)).toEqual(wideExpected);
    expect(countIntegers([...wide, 120], 0, 100)).toBeNull();
    expect(countIntegers([1, 2, 3, 4, 120], 0, 100, 4)).toBeNull();
    expect(countIntegers([1, 2, 3, 4.5], 0, 100)).toBeNull();
    expect(countIntegers([1, 2, 3, 4, 5.5], 0, 100)).toBeNull();
  });
});

describe('the Float64Array fast path (counting by the bits of the doubles)', () => {
  /** n answers 0..10 (a fixed pattern), as a Float64Array. */
  const answers = (n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => (i * 7 + (i >> 5)) % 11);
  const tally = (x: ArrayLike<number>, min: number, span: number): Float64Array => {
    const c = new Float64Array(span + 1);
    for (let i = 0; i < x.length; i++) c[x[i]! - min]!++;
    return c;
  };
  it('counts integers on scales within 0..31, in chunks of 2^14 with an unrolled remainder', () => {
    for (const n of [0, 1, 3, 4, 7, 8, 9, 16383, 16384, 16385, 40001]) {
      const x = answers(n);
      expect(countFloat64(x, 0, 10)).toEqual(tally(x, 0, 10));
    }
    const y = Float64Array.from({ length: 20000 }, (_, i) => 1 + (i % 5));
    expect(countFloat64(y, 1, 4)).toEqual(tally(y, 1, 4));
    const z = Float64Array.from({ length: 20000 }, (_, i) => 1 + ((i * 13) % 31));
    expect(countFloat64(z, 1, 30)).toEqual(tally(z, 1, 30));
    expect(countFloat64(Float64Array.from(z, (v) => v - 1), 0, 31)).toEqual(tally(Float64Array.from(z, (v) => v - 1), 0, 31));
    // A view with a byte offset reads its own elements only.
    const big = answers(30000);
    big[0] = 0.5;
    big[29999] = Number.NaN;
    const view = big.subarray(1, 29999);
    expect(countFloat64(view, 0, 10)).toEqual(tally(view, 0, 10));
    // Doubles per lane per chunk stay below 2^16: one key only.
    expect(countFloat64(new Float64Array(70000).fill(7), 0, 10)![7]).toBe(70000);
  });
  it('returns null for any answer that is not an integer on the scale, wherever it is', () => {
    const bad = [
      0.5, 5 + 2 ** -10, 3 + 2 ** -17, 5 + 2 ** -40, 1e-300, Number.MIN_VALUE, 10.000000000000002, 11, 15, 16, 31, 32, 1e9, 2 ** 32 + 3, -1, -0.5, Number.NaN, Infinity,
      -Infinity,
    ];
    for (const v of bad) {
      for (const at of [0, 1, 2, 3, 4, 16383, 16384, 20002]) {
        const x = answers(20003);
        x[at] = v;
        expect(countFloat64(x, 0, 10), `${String(v)} at ${at}`).toBeNull();
      }
    }
    // Off a scale that does not start at 0: 0 and 6 on 1..5.
    const y = Float64Array.from({ length: 10000 }, (_, i) => 1 + (i % 5));
    y[9999] = 0;
    expect(countFloat64(y, 1, 4)).toBeNull();
    y[9999] = 6;
    expect(countFloat64(y, 1, 4)).toBeNull();
  });
  it('leaves −0 to the general loop, which counts it as 0', () => {
    const x = answers(20000);
    x[12345] = -0;
    expect(countFloat64(x, 0, 10)).toBeNull();
    const expected = tally(answers(20000), 0, 10);
    expected[answers(20000)[12345]!]!--;
    expected[0]!++;
    expect(countIntegers(x, 0, 10)).toEqual(expected);
    expect(nps(x)).toEqual(nps(Array.from(x, (v) => v + 0)));
  });
  it('gives nps the same results and errors as a plain array', () => {
    const x = answers(50000);
    expect(nps(x)).toEqual(nps(Array.from(x)));
    for (const [v, at] of [[2.5, 0], [Number.NaN, 17], [11, 16384], [-1, 49999], [1 + 2 ** -45, 30000]] as const) {
      const y = answers(50000);
      y[at] = v;
      expect(codeOf(() => nps(y))).toEqual({ code: 'INVALID_SCORE', path: ['scores', at] });
      expect(codeOf(() => nps(Array.from(y)))).toEqual({ code: 'INVALID_SCORE', path: ['scores', at] });
    }
  });
});

describe('nps: weights', () => {
  it('counts are weighted sums, SE uses Kish’s effective n, by hand', () => {
    // scores 10, 0, 8 with weights 2, 1, 1: P = 2, D = 1, Q = 1, Σw = 4, Σw² = 6, n_eff = 16/6.
    const r = nps([10, 0, 8], { weights: [2, 1, 1], interval: 'wald' });
    expect(r.score).toBe(25);
    expect([r.promoters, r.passives, r.detractors, r.n]).toEqual([2, 1, 1, 3]);
    expect(Math.abs(r.effectiveN - 16 / 6)).toBeLessThan(TOL);
    const se = 100 * Math.sqrt((0.75 - 0.0625) / (16 / 6));
    expect(Math.abs(r.standardError! - se)).toBeLessThan(TOL);
    // Adjusted Wald with n_eff: p̃ = (0.5·n_eff + 0.75)/(n_eff + 3).
    const a = nps([10, 0, 8], { weights: [2, 1, 1] });
    const ne = 16 / 6;
    const pA = (0.5 * ne + 0.75) / (ne + 3);
    const dA = (0.25 * ne + 0.75) / (ne + 3);
    expect(Math.abs(a.interval!.lower - (100 * (pA - dA) - 100 * Z95 * Math.sqrt((pA + dA - (pA - dA) ** 2) / (ne + 3))))).toBeLessThan(TOL);
  });
});

describe('nps: bootstrap', () => {
  const x = answers(50, 30, 20);
  it('is reproducible per seed and close to the Wald interval for n = 100 (Monte Carlo error ≲ 1 point)', () => {
    const a = nps(x, { interval: 'bootstrap', seed: 7 });
    expect(nps(x, { interval: 'bootstrap', seed: 7 })).toEqual(a);
    expect(nps(x, { interval: 'bootstrap', seed: 8 }).interval).not.toEqual(a.interval);
    const w = nps(x, { interval: 'wald' }).interval!;
    expect(Math.abs(a.interval!.lower - w.lower)).toBeLessThan(3);
    expect(Math.abs(a.interval!.upper - w.upper)).toBeLessThan(3);
    expect(a.interval!.method).toBe('bootstrap');
  });
  it('works from a tally of unweighted answers, identically to the answers', () => {
    expect(nps(npsTally(x), { interval: 'bootstrap', seed: 'q3' })).toEqual(nps(x, { interval: 'bootstrap', seed: 'q3' }));
  });
  it('resamples weighted answers; a tally of unequal weights is UNSUPPORTED', () => {
    const w = x.map((_, i) => 1 + (i % 3));
    const r = nps(x, { weights: w, interval: 'bootstrap', resamples: 500, seed: 1 });
    expect(r.interval!.lower).toBeLessThan(r.score!);
    expect(r.interval!.upper).toBeGreaterThan(r.score!);
    expect(codeOf(() => nps(npsTally(x, { weights: w }), { interval: 'bootstrap' }))).toEqual({ code: 'UNSUPPORTED', path: ['interval'] });
    // Equal weights are no weights: the multinomial path, the same draws.
    const eq = nps(x, { weights: new Float64Array(x.length).fill(1), interval: 'bootstrap', seed: 3 });
    expect(eq).toEqual(nps(x, { interval: 'bootstrap', seed: 3 }));
  });
  it('survives resamples with no weight at all (most weights 0)', () => {
    const w = new Float64Array(x.length);
    w[0] = 1;
    const r = nps(x, { weights: w, interval: 'bootstrap', resamples: 100 });
    expect([r.interval!.lower, r.interval!.upper]).toEqual([100, 100]);
  });
});

describe('nps tallies', () => {
  it('merge adds counts and keeps weight bounds', () => {
    const m = mergeNpsTally(npsTally([10, 9], { weights: [0.5, 2] }), npsTally([0], { weights: [3] }));
    expect(m).toEqual({ kind: 'nps', version: 1, n: 3, counts: [3, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0.5], weightSquares: 13.25, weightMin: 0.5, weightMax: 3 });
    expect(mergeNpsTally(npsTally([]), npsTally([9]))).toEqual(npsTally([9]));
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('nps: validation', () => {
  it('rejects answers that are not integers 0–10, with their index', () => {
    expect(codeOf(() => nps([9, 11]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 1] });
    expect(codeOf(() => nps([-1]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => nps([9, 9.5]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 1] });
    expect(codeOf(() => nps([Number.NaN]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => nps([2 ** 32 + 3]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => nps(['9'] as unknown as number[]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 0] });
    expect(codeOf(() => nps([9, 9, 9, 9, 9, null] as unknown as number[]))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 5] });
    expect(codeOf(() => nps([9, 9, 9, '9'] as unknown as number[], { weights: [1, 1, 1, 1] }))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 3] });
    expect(codeOf(() => nps([1, 99], { weights: [1, 1] }))).toEqual({ code: 'INVALID_SCORE', path: ['scores', 1] });
    expect(codeOf(() => nps(7 as unknown as number[]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scores'] });
  });
  it('rejects bad weights, with their index', () => {
    expect(codeOf(() => nps([9, 9], { weights: [1, -1] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 1] });
    expect(codeOf(() => nps([9], { weights: [Number.NaN] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 0] });
    expect(codeOf(() => nps([9], { weights: [Infinity] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 0] });
    expect(codeOf(() => nps([9], { weights: ['1'] as unknown as number[] }))).toEqual({ code: 'INVALID_WEIGHT', path: ['weights', 0] });
    expect(codeOf(() => nps([9, 9], { weights: [1] }))).toEqual({ code: 'LENGTH_MISMATCH', path: ['weights'] });
    expect(codeOf(() => nps([9], { weights: 1 as unknown as number[] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['weights'] });
  });
  it('rejects bad options and malformed tallies', () => {
    expect(codeOf(() => nps([9], { confidence: 1.5 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['confidence'] });
    expect(codeOf(() => nps([9], { interval: 'exact' as 'wald' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['interval'] });
    expect(codeOf(() => nps([9], { interval: 'bootstrap', resamples: 10 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['resamples'] });
    expect(codeOf(() => nps([9], { interval: 'bootstrap', resamples: 2e6 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['resamples'] });
    expect(codeOf(() => nps([9], { interval: 'bootstrap', seed: 0.5 }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['seed'] });
    const t = npsTally([9, 3]);
    expect(codeOf(() => nps(t, { weights: [1, 1] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['weights'] });
    const bad = (patch: Partial<Record<keyof NpsTally, unknown>>): NpsTally => ({ ...t, ...patch }) as NpsTally;
    expect(codeOf(() => nps(bad({ version: 2 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'version'] });
    expect(codeOf(() => nps(bad({ n: -1 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'n'] });
    expect(codeOf(() => nps(bad({ counts: [1, 2] })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'counts'] });
    expect(codeOf(() => nps(bad({ counts: [0, 0, 0, -1, 0, 0, 0, 0, 0, 1, 0] })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'counts', 3] });
    expect(codeOf(() => nps(bad({ weightSquares: Number.NaN })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'weightSquares'] });
    expect(codeOf(() => nps(bad({ weightMin: 2, weightMax: 1 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'weightMin'] });
    expect(codeOf(() => nps(bad({ n: 0 })))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 'weightMin'] });
    expect(codeOf(() => mergeNpsTally(t, { kind: 'csat' } as unknown as NpsTally))).toEqual({ code: 'INVALID_ARGUMENT', path: ['b'] });
  });
});
