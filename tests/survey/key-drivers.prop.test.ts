import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keyDrivers, type KeyDriver, type KeyDriverMethod } from '../../src/survey/key-drivers.js';
import { matrixMultiply, solveSpd, transpose } from '../../src/core/matrix.js';
import { isCxError } from '../../src/core/errors.js';

const METHODS: KeyDriverMethod[] = ['correlation', 'regression', 'relative-weights'];
const KEYS = ['a', 'b', 'c', 'd'];

/** Survey-like data: p attributes rated 1–5 (some missing), an outcome loosely driven by them. */
const survey = fc
  .record({ p: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 8, max: 40 }), seed: fc.nat() })
  .chain(({ p, n }) =>
    fc.record({
      p: fc.constant(p),
      coef: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: p, maxLength: p }),
      ratings: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: p, maxLength: p }), { minLength: n, maxLength: n }),
      noise: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n }),
      holes: fc.array(fc.nat({ max: n * (p + 1) - 1 }), { maxLength: 3 }),
    }),
  )
  .map(({ p, coef, ratings, noise, holes }) => {
    const keys = KEYS.slice(0, p);
    const rows = ratings.map((r, i) => {
      const row: Record<string, number | null> = { y: noise[i]! + r.reduce((s, v, j) => s + coef[j]! * v, 0) };
      keys.forEach((k, j) => (row[k] = r[j]!));
      return row;
    });
    for (const h of holes) {
      const i = Math.floor(h / (p + 1));
      const j = h % (p + 1);
      rows[i]![j === p ? 'y' : keys[j]!] = null;
    }
    return { keys, rows };
  });

/** keyDrivers, or null when the random data happen to be degenerate for a model (constant/collinear attribute). */
function run(rows: Record<string, number | null>[], keys: string[], method: KeyDriverMethod, scales?: Record<string, { min: number; max: number }>): KeyDriver[] | null {
  try {
    return keyDrivers(rows, scales === undefined ? { outcome: 'y', attributes: keys, method } : { outcome: 'y', attributes: keys, method, scales });
  } catch (e) {
    if (isCxError(e, 'DOMAIN_ERROR')) return null;
    throw e;
  }
}
const byKey = (ds: KeyDriver[]): Record<string, KeyDriver> => Object.fromEntries(ds.map((d) => [d.key, d]));

describe('keyDrivers properties', () => {
  it('importances are ≥ 0 and sum to 1; sorted; performance in [0, 100]; n and missing consistent', () => {
    fc.assert(
      fc.property(survey, fc.constantFrom(...METHODS), ({ keys, rows }, method) => {
        const d = run(rows, keys, method);
        if (d === null) return;
        const imps = d.map((x) => x.importance).filter((v): v is number => v !== null);
        for (const v of imps) expect(v).toBeGreaterThanOrEqual(0);
        if (imps.length > 0) expect(Math.abs(imps.reduce((s, v) => s + v, 0) - 1)).toBeLessThan(1e-12);
        for (let k = 1; k < d.length; k++) expect(d[k]!.importance ?? -1).toBeLessThanOrEqual(d[k - 1]!.importance ?? -1);
        for (const x of d) {
          if (x.performance !== null) {
            expect(x.performance).toBeGreaterThanOrEqual(0);
            expect(x.performance).toBeLessThanOrEqual(100);
          }
          expect(x.n).toBeLessThanOrEqual(rows.length - x.missing);
          expect((x.importance === null) === (x.quadrant === null) || x.performance === null).toBe(true);
        }
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
      }),
    );
  });

  it('invariant to row order and to positive affine rescaling of an attribute (with its scale) or of the outcome', () => {
    fc.assert(
      fc.property(survey, fc.constantFrom(...METHODS), fc.nat(), fc.integer({ min: 1, max: 7 }), fc.integer({ min: -5, max: 5 }), ({ keys, rows }, method, seed, mult, shift) => {
        const base = run(rows, keys, method);
        if (base === null) return;
        const ref = byKey(base);
        const shuffled = [...rows];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const k0 = keys[0]!;
        const map = (v: number | null): number | null => (v === null ? null : mult * v + shift);
        const rescaled = rows.map((r) => ({ ...r, [k0]: map(r[k0]!), y: r.y === null ? null : 2.5 * r.y! - 1 }));
        const variants = [run(shuffled, keys, method), run(rescaled, keys, method, { [k0]: { min: mult + shift, max: 5 * mult + shift } })];
        for (const v of variants) {
          expect(v).not.toBeNull();
          const got = byKey(v!);
          for (const k of keys) {
            const a = got[k]!;
            const b = ref[k]!;
            expect(a.importance === null).toBe(b.importance === null);
            if (a.importance !== null) expect(Math.abs(a.importance - b.importance!)).toBeLessThan(1e-9);
            expect(Math.abs((a.performance ?? 0) - (b.performance ?? 0))).toBeLessThan(1e-9);
            expect(a.quadrant).toBe(b.quadrant);
            expect([a.n, a.missing]).toEqual([b.n, b.missing]);
          }
        }
      }),
    );
  });

  it('relative weights sum to the R² of an OLS fit on the complete rows; regression |β| matches that fit', () => {
    fc.assert(
      fc.property(survey, ({ keys, rows }) => {
        const rw = run(rows, keys, 'relative-weights');
        const reg = run(rows, keys, 'regression');
        if (rw === null || reg === null || rw[0]!.importance === null) return;
        // Independent route: centred normal equations (XᵀX) b = Xᵀy on the complete rows, R² = 1 − SSE/SST.
        const complete = rows.filter((r) => r.y !== null && keys.every((k) => r[k] !== null));
        const mean = (f: (r: Record<string, number | null>) => number): number => complete.reduce((s, r) => s + f(r), 0) / complete.length;
        const mx = keys.map((k) => mean((r) => r[k]!));
        const my = mean((r) => r.y!);
        const X = complete.map((r) => keys.map((k, j) => r[k]! - mx[j]!));
        const yc = complete.map((r) => r.y! - my);
        const b = solveSpd(matrixMultiply(transpose(X), X), matrixMultiply(transpose(X), yc.map((v) => [v])).map((r) => r[0]!));
        const fitted = X.map((row) => row.reduce((s, v, j) => s + v * b[j]!, 0));
        const sst = yc.reduce((s, v) => s + v * v, 0);
        const sse = yc.reduce((s, v, i) => s + (v - fitted[i]!) ** 2, 0);
        const r2 = 1 - sse / sst;
        expect(Math.abs(rw.reduce((s, x) => s + x.rawWeight!, 0) - r2)).toBeLessThan(1e-9);
        const sdy = Math.sqrt(sst);
        const got = byKey(reg);
        keys.forEach((k, j) => {
          const sdx = Math.sqrt(X.reduce((s, row) => s + row[j]! ** 2, 0));
          expect(Math.abs(got[k]!.rawWeight! - Math.abs((b[j]! * sdx) / sdy))).toBeLessThan(1e-9);
        });
      }),
    );
  });

  it('orthogonal attributes: relative weight = r² and |β| = |r| for every attribute', () => {
    // A full-factorial design over the levels makes the centred attribute columns exactly orthogonal.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 12, maxLength: 12 }), (ys) => {
        const rows: Record<string, number>[] = [];
        let i = 0;
        for (const a of [1, 3, 5]) for (const b of [2, 4]) for (const c of [1, 5]) rows.push({ a, b, c, y: ys[i++]! });
        const rw = run(rows, ['a', 'b', 'c'], 'relative-weights');
        const reg = run(rows, ['a', 'b', 'c'], 'regression');
        if (rw === null || reg === null || rw[0]!.importance === null) return;
        const r = byKey(reg);
        for (const x of rw) {
          expect(Math.abs(x.rawWeight! - x.correlation! ** 2)).toBeLessThan(1e-12);
          expect(Math.abs(r[x.key]!.rawWeight! - Math.abs(x.correlation!))).toBeLessThan(1e-12);
        }
      }),
    );
  });

  it('a noiseless linear outcome: regression recovers the standardised coefficients and R² = 1', () => {
    fc.assert(
      fc.property(survey, fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 4, maxLength: 4 }), ({ keys, rows }, coef) => {
        const complete = rows.filter((r) => keys.every((k) => r[k] !== null));
        const exact = complete.map((r) => ({ ...r, y: 7 + keys.reduce((s, k, j) => s + coef[j]! * r[k]!, 0) }));
        const reg = run(exact, keys, 'regression');
        const rw = run(exact, keys, 'relative-weights');
        if (reg === null || rw === null || reg[0]!.importance === null) return;
        const sd = (f: (r: Record<string, number | null>) => number): number => {
          const m = exact.reduce((s, r) => s + f(r), 0) / exact.length;
          return Math.sqrt(exact.reduce((s, r) => s + (f(r) - m) ** 2, 0));
        };
        const sdy = sd((r) => r.y!);
        const got = byKey(reg);
        keys.forEach((k, j) => expect(Math.abs(got[k]!.rawWeight! - Math.abs((coef[j]! * sd((r) => r[k]!)) / sdy))).toBeLessThan(1e-9));
        expect(Math.abs(rw.reduce((s, x) => s + x.rawWeight!, 0) - 1)).toBeLessThan(1e-9);
      }),
    );
  });
});
