import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, kmQuantile, kmRestrictedMean, kmSurvivalAt, type KaplanMeierFit, type KmConfType } from '../../src/retention/kaplan-meier.js';
import { errorOf as code } from '../helpers/errors.js';

// Reference values: R 4.2 + survival 3.5-3, tests/fixtures/survival/generate.R → reference.json:
// survfit(Surv(time, status) ~ 1, conf.type =, conf.int = 0.95 and 0.9) on survival::lung (status − 1),
// survival::veteran and synthetic edge cases; summary(fit)$table (median, LCL, UCL, rmean, se(rmean)),
// summary(fit, rmean = tau)$table, quantile(fit, c(.25, .5, .75)), summary(fit, times = at, extend = TRUE).
// NA/NaN/Inf are null in the JSON. Tolerances: 1e-10 (survival, SE, times, rmean), 1e-8 (interval limits).
type Num = number | null;
interface Fit {
  time: number[]; n_risk: number[]; n_event: number[]; n_censor: number[]; surv: number[]; std_err: Num[];
  lower: Num[]; upper: Num[]; lower90: Num[]; upper90: Num[]; median: Num[]; rmean_default: number[]; rmean_tau: number[];
  quantile: Num[]; quantile_lower: Num[]; quantile_upper: Num[];
  at_time: number[]; at_surv: number[]; at_std_err: Num[]; at_lower: Num[]; at_upper: Num[];
}
interface Case { time: number[]; status: number[]; tau: number; at: number[]; fits: Record<KmConfType, Fit> }
const ref = JSON.parse(readFileSync(new URL('../fixtures/survival/reference.json', import.meta.url), 'utf8')) as {
  kaplanMeier: Record<string, Case>;
};

function close(actual: readonly Num[], expected: readonly Num[], tol: number, what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as Num;
    const e = expected[i] as Num;
    if (a === null || e === null) expect(a, `${what}[${String(i)}]`).toBe(e);
    else expect(Math.abs(a - e), `${what}[${String(i)}]: ${String(a)} vs ${String(e)}`).toBeLessThanOrEqual(tol);
  }
}

const TYPES: KmConfType[] = ['log', 'log-log', 'plain'];

describe('kaplanMeier against R survfit', () => {
  for (const [name, c] of Object.entries(ref.kaplanMeier)) {
    for (const type of TYPES) {
      it(`${name}, conf.type = ${type}`, () => {
        const f = c.fits[type];
        const km = kaplanMeier(c.time, c.status, { confType: type });
        const t = km.table;
        expect(km.n).toBe(c.time.length);
        expect(km.events).toBe(c.status.reduce((a, b) => a + b, 0));
        close(t.map((r) => r.time), f.time, 0, 'time');
        close(t.map((r) => r.atRisk), f.n_risk, 0, 'n.risk');
        close(t.map((r) => r.events), f.n_event, 0, 'n.event');
        close(t.map((r) => r.censored), f.n_censor, 0, 'n.censor');
        close(t.map((r) => r.survival), f.surv, 1e-10, 'surv');
        // R's std.err is the SE of log S; ours is of S: std.err × surv (null where R has Inf at S = 0).
        close(t.map((r) => r.standardError), f.std_err.map((s, i) => (s === null ? null : s * f.surv[i]!)), 1e-10, 'SE');
        close(t.map((r) => r.lower), f.lower, 1e-8, 'lower');
        close(t.map((r) => r.upper), f.upper, 1e-8, 'upper');
        const km90 = kaplanMeier(c.time, c.status, { confType: type, confidence: 0.9 });
        close(km90.table.map((r) => r.lower), f.lower90, 1e-8, 'lower 90%');
        close(km90.table.map((r) => r.upper), f.upper90, 1e-8, 'upper 90%');
        close([km.median.time, km.median.lower, km.median.upper], f.median, 1e-10, 'median');
        const q = [0.25, 0.5, 0.75].map((p) => kmQuantile(km, p));
        close(q.map((x) => x.time), f.quantile, 1e-10, 'quantile');
        close(q.map((x) => x.lower), f.quantile_lower, 1e-10, 'quantile lower');
        close(q.map((x) => x.upper), f.quantile_upper, 1e-10, 'quantile upper');
        const rd = kmRestrictedMean(km);
        close([rd.mean, rd.standardError], f.rmean_default, 1e-10, 'rmean (tau = last time)');
        const rt = km.restrictedMean(c.tau);
        expect(rt.tau).toBe(c.tau);
        close([rt.mean, rt.standardError], f.rmean_tau, 1e-10, 'rmean (tau)');
        const at = c.at.map((x) => kmSurvivalAt(km, x));
        close(at.map((a) => a.survival), f.at_surv, 1e-10, 'summary(times) surv');
        close(at.map((a) => a.standardError), f.at_std_err, 1e-10, 'summary(times) std.err');
        close(at.map((a) => a.lower), f.at_lower, 1e-8, 'summary(times) lower');
        close(at.map((a) => a.upper), f.at_upper, 1e-8, 'summary(times) upper');
      });
    }
  }
});

describe('kaplanMeier edge rules', () => {
  // R: survfit(Surv(1:4, c(1, 1, 1, 1)) ~ 1) → summary()$table median 2.5, LCL 1, UCL NA; quantile(0.5) = 2.5
  it('median when S is exactly 0.5 on a step: midpoint to the next drop (R: 2.5)', () => {
    const km = kaplanMeier([1, 2, 3, 4], [1, 1, 1, 1]);
    expect(km.median).toEqual({ time: 2.5, lower: 1, upper: null });
    expect(km.quantile(0.5).time).toBe(2.5);
  });
  // R: survfit(Surv(1:4, c(1, 1, 0, 0)) ~ 1) → summary()$table median 2; quantile(f, 0.5)$quantile 3
  it('S stays at 0.5 to the end: print rule gives 2, quantile() the midpoint to the last time (R: 3)', () => {
    const km = kaplanMeier([1, 2, 3, 4], [1, 1, 0, 0]);
    expect(km.median.time).toBe(2);
    expect(km.quantile(0.5).time).toBe(3);
  });
  // R: survfit(Surv(c(3, 1, 2), c(1, 1, 1)) ~ 1): last row surv 0, std.err Inf, lower/upper NA; quantile(f, 1) = 3
  it('curve ending at S = 0: SE and limits are null on the last row; quantile(1) is the last time', () => {
    const km = kaplanMeier([3, 1, 2], [true, true, true]);
    const last = km.table[2]!;
    expect(last).toEqual({ time: 3, atRisk: 1, events: 1, censored: 0, survival: 0, standardError: null, lower: null, upper: null });
    expect(km.quantile(1)).toEqual({ time: 3, lower: null, upper: null });
    expect(km.quantile(0)).toEqual({ time: 0, lower: 0, upper: 0 });
    expect(kmSurvivalAt(km, 10)).toEqual({ time: 10, survival: 0, standardError: null, lower: null, upper: null });
  });
  it('quantiles never reached are null (the lower curve may reach them)', () => {
    // R: f <- survfit(Surv(1:4, c(1, 0, 0, 0)) ~ 1); summary(f)$table → median NA, 0.95LCL 1, 0.95UCL NA;
    // quantile(f, 0.5) → NA, lower 1, upper NA
    const km = kaplanMeier([1, 2, 3, 4], [1, 0, 0, 0]);
    expect(km.median).toEqual({ time: null, lower: 1, upper: null });
    expect(km.quantile(0.5)).toEqual({ time: null, lower: 1, upper: null });
    expect(km.quantile(0.9)).toEqual({ time: null, lower: null, upper: null });
  });
  it('empty input: n 0, empty table, null median, S = 1', () => {
    const km = kaplanMeier([], []);
    expect(km).toEqual({ n: 0, events: 0, confidence: 0.95, confType: 'log', table: [], median: { time: null, lower: null, upper: null } });
    expect(km.quantile(0.5).time).toBeNull();
    expect(km.survivalAt(5)).toEqual({ time: 5, survival: 1, standardError: 0, lower: 1, upper: 1 });
    expect(km.restrictedMean()).toEqual({ tau: 0, mean: 0, standardError: 0 });
    expect(km.restrictedMean(7)).toEqual({ tau: 7, mean: 7, standardError: 0 });
  });
  it('restricted mean with tau before the first time is tau (S = 1), SE 0', () => {
    expect(kmRestrictedMean(kaplanMeier([5, 6], [1, 1]), 2)).toEqual({ tau: 2, mean: 2, standardError: 0 });
  });
  it('durations 0 and -0 are one time 0; booleans and typed arrays are accepted', () => {
    const km = kaplanMeier(new Float64Array([0, -0, 2]), new Uint8Array([1, 0, 1]));
    expect(Object.is(km.table[0]!.time, 0)).toBe(true);
    expect(km.table.map((r) => [r.time, r.atRisk, r.events, r.censored])).toEqual([[0, 3, 1, 1], [2, 1, 1, 0]]);
    expect(kaplanMeier([0, 0, 2], [true, false, true]).table).toEqual(km.table);
  });
  it('the result is plain JSON; the methods are non-enumerable and also work on a JSON round trip', () => {
    const km = kaplanMeier([5, 1, 3, 3, 8, 2], [1, 0, 1, 1, 0, 1], { confType: 'log-log', confidence: 0.9 });
    expect(Object.keys(km)).toEqual(['n', 'events', 'confidence', 'confType', 'table', 'median']);
    const back = JSON.parse(JSON.stringify(km)) as KaplanMeierFit;
    expect(back).toEqual(km);
    for (const p of [0.1, 0.25, 0.5, 0.75]) expect(kmQuantile(back, p)).toEqual(km.quantile(p));
    for (const t of [-1, 0, 2.5, 3, 9]) expect(kmSurvivalAt(back, t)).toEqual(km.survivalAt(t));
    expect(kmRestrictedMean(back, 6)).toEqual(km.restrictedMean(6));
  });
  it('does not modify its inputs', () => {
    const d = [3, 1, 2];
    const e = [1, 0, 1];
    kaplanMeier(d, e);
    expect(d).toEqual([3, 1, 2]);
    expect(e).toEqual([1, 0, 1]);
  });
});

describe('kaplanMeier bad input', () => {
  it.each([
    [[1, -2], [1, 0], 'OUT_OF_RANGE', ['durations', 1]],
    [[1, NaN], [1, 0], 'NON_FINITE', ['durations', 1]],
    [[Infinity], [1], 'NON_FINITE', ['durations', 0]],
    [['1'], [1], 'INVALID_ARGUMENT', ['durations', 0]],
    [[1, 2], [1, 2], 'OUT_OF_RANGE', ['events', 1]],
    [[1, 2], [0.5, 1], 'OUT_OF_RANGE', ['events', 0]],
    [[1, 2], [1, NaN], 'NON_FINITE', ['events', 1]],
    [[1, 2], [1, 'yes'], 'INVALID_ARGUMENT', ['events', 1]],
    [[1, 2], [1], 'LENGTH_MISMATCH', ['events']],
    [null, [1], 'INVALID_ARGUMENT', ['durations']],
    [[1], 5, 'INVALID_ARGUMENT', ['events']],
  ])('%j / %j → %s at %j', (d, e, c, path) => {
    expect(code(() => kaplanMeier(d as number[], e as number[]))).toEqual({ code: c, path });
  });
  it('rejects bad options and query arguments', () => {
    expect(code(() => kaplanMeier([1], [1], { confidence: 1 })).code).toBe('OUT_OF_RANGE');
    expect(code(() => kaplanMeier([1], [1], { confType: 'logit' as KmConfType }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['confType'] });
    const km = kaplanMeier([1, 2], [1, 1]);
    expect(code(() => kmQuantile(km, 1.5))).toEqual({ code: 'OUT_OF_RANGE', path: ['p'] });
    expect(code(() => kmSurvivalAt(km, NaN))).toEqual({ code: 'NON_FINITE', path: ['t'] });
    expect(code(() => kmRestrictedMean(km, -1))).toEqual({ code: 'OUT_OF_RANGE', path: ['tau'] });
    expect(code(() => kmQuantile({} as KaplanMeierFit, 0.5))).toEqual({ code: 'INVALID_ARGUMENT', path: ['fit'] });
  });
});
