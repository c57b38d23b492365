import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { keyDrivers, KEY_DRIVER_QUADRANTS, KEY_DRIVER_QUADRANT_LABELS, type KeyDriver } from '../../src/survey/key-drivers.js';
import { cxErrorOf } from '../helpers/errors.js';

// Reference values: tests/fixtures/key-drivers/generate.R → reference.json (base R 4.2: cor, eigen, solve, lm on
// scale()d data). Relative weights there follow Johnson (2000) step by step; standardised betas come from lm().
interface Block { keys: string[]; rawWeights: number[]; rsquare: number[]; beta: number[]; rsquareLm: number[]; correlation: number[] }
const ref = JSON.parse(readFileSync(new URL('../fixtures/key-drivers/reference.json', import.meta.url), 'utf8')) as {
  mtcars: Record<string, number[]>;
  mtcars4: Block;
  mtcars5: Block;
  survey: Record<string, (number | null)[]> & { listwise: Block };
};

const byKey = (ds: KeyDriver[]): Record<string, KeyDriver> => Object.fromEntries(ds.map((d) => [d.key, d]));
const wide = { min: 0, max: 1000 };
const mtcarsRows = ref.mtcars.mpg!.map((_, i) => Object.fromEntries(Object.entries(ref.mtcars).map(([k, v]) => [k, v[i]!])));

function codeOf(fn: () => unknown): { code: string; path: readonly (string | number)[]; details?: unknown } {
  const e = cxErrorOf(fn);
  return e.details === undefined ? { code: e.code, path: e.path } : { code: e.code, path: e.path, details: e.details };
}

describe('relative weights: the published mtcars example', () => {
  // rwa R package (Martin Chan; CRAN "rwa"), README / vignette "Introduction to Relative Weights Analysis",
  // section "Simple Example with mtcars": rwa(mtcars, outcome = "mpg", predictors = c("cyl", "disp", "hp", "gear"))
  // prints Raw.RelWeight hp 0.2321744, cyl 0.2284797, disp 0.2221469, gear 0.0963886; Rescaled.RelWeight
  // 29.79691, 29.32274, 28.50999, 12.37037; rsquare 0.7791896. Printed to 7 significant digits: tolerance 5e-8
  // (raw) and 5e-8 on the 0–1 importance (5e-6 on the printed percentages).
  it('four predictors', () => {
    const d = keyDrivers(mtcarsRows, { outcome: 'mpg', attributes: ['cyl', 'disp', 'hp', 'gear'], method: 'relative-weights', scale: wide });
    expect(d.map((x) => x.key)).toEqual(['hp', 'cyl', 'disp', 'gear']);
    const raw = [0.2321744, 0.2284797, 0.2221469, 0.0963886];
    const rescaled = [29.79691, 29.32274, 28.50999, 12.37037];
    d.forEach((x, k) => {
      expect(Math.abs(x.rawWeight! - raw[k]!)).toBeLessThanOrEqual(5e-8);
      expect(Math.abs(x.importance! * 100 - rescaled[k]!)).toBeLessThanOrEqual(5e-6);
      expect(x.n).toBe(32);
    });
    expect(Math.abs(d.reduce((s, x) => s + x.rawWeight!, 0) - 0.7791896)).toBeLessThanOrEqual(5e-8);
  });
  it('five predictors (adding wt)', () => {
    // Same README, section "Visualization": wt 0.23642417, cyl 0.18833374, hp 0.18809142, disp 0.16479802,
    // gear 0.07345304 (8 significant digits: tolerance 5e-9).
    const d = keyDrivers(mtcarsRows, { outcome: 'mpg', attributes: ['cyl', 'disp', 'hp', 'gear', 'wt'], scale: wide });
    const raw = [0.23642417, 0.18833374, 0.18809142, 0.16479802, 0.07345304];
    expect(d.map((x) => x.key)).toEqual(['wt', 'cyl', 'hp', 'disp', 'gear']);
    d.forEach((x, k) => expect(Math.abs(x.rawWeight! - raw[k]!)).toBeLessThanOrEqual(5e-9));
  });
});

describe('against base R (1e-10)', () => {
  for (const name of ['mtcars4', 'mtcars5'] as const) {
    it(`${name}: relative weights, standardised betas, correlations`, () => {
      const b = ref[name];
      const rw = byKey(keyDrivers(mtcarsRows, { outcome: 'mpg', attributes: b.keys, method: 'relative-weights', scale: wide }));
      const reg = byKey(keyDrivers(mtcarsRows, { outcome: 'mpg', attributes: b.keys, method: 'regression', scale: wide }));
      const cor = byKey(keyDrivers(mtcarsRows, { outcome: 'mpg', attributes: b.keys, method: 'correlation', scale: wide }));
      const sumAbsBeta = b.beta.reduce((s, v) => s + Math.abs(v), 0);
      const sumAbsR = b.correlation.reduce((s, v) => s + Math.abs(v), 0);
      b.keys.forEach((k, j) => {
        expect(Math.abs(rw[k]!.rawWeight! - b.rawWeights[j]!)).toBeLessThanOrEqual(1e-10);
        expect(Math.abs(rw[k]!.importance! - b.rawWeights[j]! / b.rsquare[0]!)).toBeLessThanOrEqual(1e-10);
        expect(Math.abs(reg[k]!.rawWeight! - Math.abs(b.beta[j]!))).toBeLessThanOrEqual(1e-10);
        expect(Math.abs(reg[k]!.importance! - Math.abs(b.beta[j]!) / sumAbsBeta)).toBeLessThanOrEqual(1e-10);
        expect(Math.abs(cor[k]!.importance! - Math.abs(b.correlation[j]!) / sumAbsR)).toBeLessThanOrEqual(1e-10);
        for (const m of [rw, reg, cor]) expect(Math.abs(m[k]!.correlation! - b.correlation[j]!)).toBeLessThanOrEqual(1e-12);
      });
      // Raw relative weights sum to R² (lm's R², an independent route).
      expect(Math.abs(Object.values(rw).reduce((s, x) => s + x.rawWeight!, 0) - b.rsquareLm[0]!)).toBeLessThanOrEqual(1e-10);
    });
  }

  it('survey with missing values: pairwise for correlation, listwise for the models, performance per attribute', () => {
    const s = ref.survey;
    const keys = ['price', 'staff', 'speed', 'app'];
    const rows = s.outcome!.map((y, i) => {
      const row: Record<string, number | null> = { nps: y };
      for (const k of keys) row[k] = s[k]![i]!;
      return row;
    });
    // R writes NA as null; also drop a key entirely from one row (an absent key counts as missing too).
    const copy = rows.map((r) => ({ ...r }));
    const cor = byKey(keyDrivers(rows, { outcome: 'nps', attributes: keys, method: 'correlation' }));
    const pairR = s.pairwiseR as number[];
    const sumAbs = pairR.reduce((a, v) => a + Math.abs(v), 0);
    keys.forEach((k, j) => {
      expect(cor[k]!.n).toBe(s.pairwiseN![j]);
      expect(cor[k]!.missing).toBe(s.missing![j]);
      expect(Math.abs(cor[k]!.correlation! - pairR[j]!)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(cor[k]!.importance! - Math.abs(pairR[j]!) / sumAbs)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(cor[k]!.performance! - s.performance![j]!)).toBeLessThanOrEqual(1e-12);
    });
    const lw = s.listwise;
    for (const method of ['regression', 'relative-weights'] as const) {
      const d = byKey(keyDrivers(rows, { outcome: 'nps', attributes: keys, method }));
      keys.forEach((k, j) => {
        expect(d[k]!.n).toBe(s.listwiseN![0]);
        expect(d[k]!.missing).toBe(s.missing![j]);
        expect(Math.abs(d[k]!.performance! - s.performance![j]!)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(d[k]!.correlation! - lw.correlation[j]!)).toBeLessThanOrEqual(1e-12);
        const want = method === 'regression' ? Math.abs(lw.beta[j]!) : lw.rawWeights[j]!;
        expect(Math.abs(d[k]!.rawWeight! - want)).toBeLessThanOrEqual(1e-10);
      });
    }
    expect(rows).toEqual(copy); // input untouched
    const absent = rows.map((r, i) => {
      if (i !== 0) return r;
      const rest = { ...r };
      delete rest.price;
      return rest;
    });
    expect(byKey(keyDrivers(absent, { outcome: 'nps', attributes: keys, method: 'correlation' })).price!.missing).toBe(
      s.missing![0]! + (rows[0]!.price === null ? 0 : 1),
    );
  });
});

describe('quadrants and edge cases', () => {
  it('quadrants split at the mean importance and performance (hand-checked)', () => {
    // Orthogonal design: staff and price uncorrelated (Σ centred products = 0), so relative weights = r²:
    // r(staff) = 0.869251, r(price) = −0.105802 (checked in R: cor()). Performance: staff mean 2 → 25,
    // price mean 4.6 → 90.
    const rows = [
      { overall: 9, staff: 3, price: 4 },
      { overall: 7, staff: 3, price: 5 },
      { overall: 4, staff: 1, price: 4 },
      { overall: 8, staff: 2, price: 5 },
      { overall: 3, staff: 1, price: 5 },
    ];
    const d = keyDrivers(rows, { outcome: 'overall', attributes: ['staff', 'price'] });
    expect(d.map((x) => [x.key, x.quadrant])).toEqual([
      ['staff', 'fix-first'],
      ['price', 'overkill'],
    ]);
    expect(Math.abs(d[0]!.rawWeight! - d[0]!.correlation! ** 2)).toBeLessThanOrEqual(1e-14);
    expect(d[0]!.performance).toBeCloseTo(25, 12);
    expect(d[1]!.performance).toBeCloseTo(90, 12);
    expect(KEY_DRIVER_QUADRANTS).toEqual(['fix-first', 'maintain', 'low-priority', 'overkill']);
    expect(KEY_DRIVER_QUADRANT_LABELS.maintain).toEqual({ 'zh-CN': '继续保持', en: 'Maintain' });
  });
  it('all four quadrants on a 2×2 layout', () => {
    // y = 4a + 3b + 1c + 0.5d with independent (orthogonal, full-factorial) ±1 attributes mapped to scales;
    // regression recovers |β| ∝ coefficient, so importances 4, 3, 1, 0.5 (/8.5). Performances: a low, b high,
    // c low, d high (means set by the level coding).
    const rows: Record<string, number>[] = [];
    for (const a of [-1, 1]) for (const b of [-1, 1]) for (const c of [-1, 1]) for (const e of [-1, 1]) {
      rows.push({ y: 4 * a + 3 * b + c + 0.5 * e, a: a < 0 ? 1 : 2, b: b < 0 ? 4 : 5, c: c < 0 ? 1 : 2, d: e < 0 ? 4 : 5 });
    }
    const d = byKey(keyDrivers(rows, { outcome: 'y', attributes: ['a', 'b', 'c', 'd'], method: 'regression' }));
    expect(d.a!.importance).toBeCloseTo(4 / 8.5, 12);
    expect(d.d!.importance).toBeCloseTo(0.5 / 8.5, 12);
    expect([d.a!.quadrant, d.b!.quadrant, d.c!.quadrant, d.d!.quadrant]).toEqual(['fix-first', 'maintain', 'low-priority', 'overkill']);
  });
  it('empty input and unmeasurable importance give nulls, never NaN', () => {
    for (const method of ['correlation', 'regression', 'relative-weights'] as const) {
      const empty = keyDrivers([], { outcome: 'y', attributes: ['a', 'b'], method });
      expect(empty).toEqual([
        { key: 'a', importance: null, rawWeight: null, correlation: null, performance: null, quadrant: null, n: 0, missing: 0 },
        { key: 'b', importance: null, rawWeight: null, correlation: null, performance: null, quadrant: null, n: 0, missing: 0 },
      ]);
      // Constant outcome: nothing to explain.
      const flat = keyDrivers(
        [{ y: 5, a: 1, b: 2 }, { y: 5, a: 2, b: 1 }, { y: 5, a: 3, b: 3 }, { y: 5, a: 4, b: 2 }, { y: 5, a: 5, b: 5 }],
        { outcome: 'y', attributes: ['a', 'b'], method },
      );
      expect(flat.map((x) => [x.importance, x.quadrant])).toEqual([[null, null], [null, null]]);
      expect(flat[0]!.performance).toBe(50);
    }
    // Fewer than p + 2 complete rows for the models.
    const few = keyDrivers([{ y: 1, a: 1, b: 2 }, { y: 2, a: 2, b: 1 }, { y: 4, a: 3, b: 3 }, { y: 4, a: null, b: 3 }], {
      outcome: 'y',
      attributes: ['a', 'b'],
      method: 'relative-weights',
    });
    expect(few.map((x) => [x.importance, x.n])).toEqual([[null, 3], [null, 3]]);
    // Correlation: a constant attribute gets null, the others share 1.
    const c = byKey(keyDrivers([{ y: 1, a: 1, b: 3 }, { y: 2, a: 2, b: 3 }, { y: 4, a: 4, b: 3 }], { outcome: 'y', attributes: ['a', 'b'], method: 'correlation' }));
    expect(c.a!.importance).toBe(1);
    expect(c.b).toMatchObject({ importance: null, correlation: null, quadrant: null, performance: 50 });
    // Attribute never rated: performance null.
    const none = byKey(keyDrivers([{ y: 1, a: 1, b: null }, { y: 2, a: 2, b: null }], { outcome: 'y', attributes: ['a', 'b'], method: 'correlation' }));
    expect(none.b).toMatchObject({ performance: null, importance: null, n: 0, missing: 2 });
    // Correlation exactly 0 everywhere: raw weights all 0, importance null.
    const zero = keyDrivers([{ y: 1, a: 1 }, { y: 2, a: 2 }, { y: 1, a: 3 }, { y: 0, a: 2 }], { outcome: 'y', attributes: ['a'], method: 'correlation' });
    expect(zero[0]).toMatchObject({ correlation: 0, importance: null, rawWeight: null });
  });
  it('collinear or constant attributes: DOMAIN_ERROR naming them (models only)', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ y: (i * 7) % 11, a: 1 + (i % 5), b: 1 + ((i * 3) % 5), k: 3 }));
    const dup = rows.map((r) => ({ ...r, a2: r.a }));
    for (const method of ['regression', 'relative-weights'] as const) {
      const e = codeOf(() => keyDrivers(dup, { outcome: 'y', attributes: ['a', 'b', 'a2'], method }));
      expect(e.code).toBe('DOMAIN_ERROR');
      expect(e.path).toEqual(['attributes']);
      expect((e.details as { attributes: string[] }).attributes.sort()).toEqual(['a', 'a2']);
      // A linear combination of three attributes, d = (a + b) / 2: names a, b and d.
      const derived = rows.map((r) => ({ ...r, d: (r.a + r.b) / 2 }));
      const e3 = codeOf(() => keyDrivers(derived, { outcome: 'y', attributes: ['a', 'b', 'd'], method }));
      expect((e3.details as { attributes: string[] }).attributes.sort()).toEqual(['a', 'b', 'd']);
      expect(codeOf(() => keyDrivers(rows, { outcome: 'y', attributes: ['a', 'k', 'b'], method }))).toMatchObject({ code: 'DOMAIN_ERROR', path: ['attributes', 1] });
    }
    // The correlation method copes: duplicated attributes share importance equally.
    const c = byKey(keyDrivers(dup, { outcome: 'y', attributes: ['a', 'b', 'a2'], method: 'correlation' }));
    expect(c.a!.importance).toBe(c.a2!.importance);
  });
});

describe('bad input', () => {
  const rows = [{ y: 3, a: 2 }, { y: 4, a: 5 }];
  const ok = { outcome: 'y', attributes: ['a'] };
  it('rows and values', () => {
    expect(codeOf(() => keyDrivers(null as unknown as object[], ok))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rows'] });
    expect(codeOf(() => keyDrivers([rows[0]!, 7 as unknown as object], ok))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rows', 1] });
    expect(codeOf(() => keyDrivers([{ y: 3, a: '2' }], ok)).path).toEqual(['rows', 0, 'a']);
    expect(codeOf(() => keyDrivers([{ y: 3, a: 2 }, { y: 3, a: Number.NaN }], ok))).toMatchObject({ code: 'INVALID_SCORE', path: ['rows', 1, 'a'] });
    expect(codeOf(() => keyDrivers([{ y: Infinity, a: 2 }], ok))).toMatchObject({ code: 'INVALID_SCORE', path: ['rows', 0, 'y'] });
    expect(codeOf(() => keyDrivers([{ y: 3, a: 7 }], ok))).toMatchObject({ code: 'INVALID_SCORE', path: ['rows', 0, 'a'] });
    expect(keyDrivers([{ y: 3, a: 7 }], { ...ok, scale: { min: 0, max: 10 } })[0]!.performance).toBe(70);
    expect(keyDrivers([{ y: 3, a: 7 }], { ...ok, scales: { a: { min: 1, max: 7 } } })[0]!.performance).toBe(100);
  });
  it('options', () => {
    expect(codeOf(() => keyDrivers(rows, null as unknown as typeof ok))).toEqual({ code: 'INVALID_ARGUMENT', path: [] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, method: 'shapley' as 'regression' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['method'] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, outcome: '' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['outcome'] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, attributes: [] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes'] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, attributes: ['a', 'y'] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes', 1] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, attributes: ['a', 'a'] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes', 1] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, attributes: ['a', 'typo'] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes', 1] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, outcome: 'z' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['outcome'] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, scale: { min: 5, max: 1 } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scale', 'max'] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, scale: { min: Number.NaN, max: 1 } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scale', 'min'] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, scale: 5 as unknown as { min: number; max: number } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scale'] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, scales: { b: { min: 1, max: 5 } } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['scales', 'b'] });
    expect(codeOf(() => keyDrivers(rows, { ...ok, scales: 3 as unknown as Record<string, { min: number; max: number }> }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['scales'],
    });
  });
});
