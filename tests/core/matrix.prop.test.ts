import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { max } from '../../src/core/stats.js';
import { cholesky, invertSpd, matrixMultiply, matrixVectorMultiply, solveSpd, symmetricEigen, transpose } from '../../src/core/matrix.js';

const entry = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }).map((x) => (Math.abs(x) < 1e-100 ? 0 : x));
const size = fc.integer({ min: 1, max: 7 });
const rect = (r: number, c: number): fc.Arbitrary<number[][]> => fc.array(fc.array(entry, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });
const square = size.chain((n) => rect(n, n));
/** A symmetric matrix (B + Bᵀ)/2. */
const symmetric = square.map((b) => b.map((row, i) => row.map((v, j) => (v + b[j]![i]!) / 2)));
/** A symmetric positive-definite matrix B·Bᵀ + I (condition number bounded by ~ 1 + 7·100·7). */
const spd = square.map((b) => {
  const bbt = matrixMultiply(b, transpose(b));
  return bbt.map((row, i) => row.map((v, j) => v + (i === j ? 1 : 0)));
});

const maxAbs = (m: number[][]): number => max([0, ...m.flat().map(Math.abs)])!;
const identity = (n: number): number[][] => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (i === j ? 1 : 0)));
const maxDiff = (a: number[][], b: number[][]): number => max([0, ...a.flat().map((v, k) => Math.abs(v - b.flat()[k]!))])!;

describe('symmetricEigen properties', () => {
  it('A·v = λ·v, V orthonormal, Σλ = trace, values sorted descending', () => {
    fc.assert(
      fc.property(symmetric, (a) => {
        const n = a.length;
        const { values, vectors } = symmetricEigen(a);
        const scale = Math.max(1, maxAbs(a));
        for (let k = 1; k < n; k++) expect(values[k]!).toBeLessThanOrEqual(values[k - 1]!);
        const av = matrixMultiply(a, vectors);
        for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) expect(Math.abs(av[i]![k]! - values[k]! * vectors[i]![k]!)).toBeLessThan(1e-12 * scale * n);
        expect(maxDiff(matrixMultiply(transpose(vectors), vectors), identity(n))).toBeLessThan(1e-13 * n);
        let trace = 0;
        for (let i = 0; i < n; i++) trace += a[i]![i]!;
        expect(Math.abs(values.reduce((s, v) => s + v, 0) - trace)).toBeLessThan(1e-12 * scale * n);
      }),
    );
  });
  it('reconstructs A = V·diag(λ)·Vᵀ and is invariant to scaling (λ scale, V unchanged)', () => {
    fc.assert(
      fc.property(symmetric, fc.double({ min: 0.01, max: 100, noNaN: true }), (a, c) => {
        const n = a.length;
        const { values, vectors } = symmetricEigen(a);
        const vl = vectors.map((row) => row.map((v, k) => v * values[k]!));
        expect(maxDiff(matrixMultiply(vl, transpose(vectors)), a)).toBeLessThan(1e-12 * Math.max(1, maxAbs(a)) * n);
        const scaled = symmetricEigen(a.map((row) => row.map((v) => v * c)));
        for (let k = 0; k < n; k++) expect(Math.abs(scaled.values[k]! - c * values[k]!)).toBeLessThan(1e-11 * c * Math.max(1, maxAbs(a)) * n);
      }),
    );
  });
});

describe('Cholesky, solve and inverse properties', () => {
  it('L is lower triangular with a positive diagonal and L·Lᵀ = A', () => {
    fc.assert(
      fc.property(spd, (a) => {
        const l = cholesky(a);
        const n = a.length;
        for (let i = 0; i < n; i++) {
          expect(l[i]![i]!).toBeGreaterThan(0);
          for (let j = i + 1; j < n; j++) expect(l[i]![j]).toBe(0);
        }
        expect(maxDiff(matrixMultiply(l, transpose(l)), a)).toBeLessThan(1e-12 * maxAbs(a));
      }),
    );
  });
  it('solveSpd round-trips A·x and agrees with invertSpd; A·A⁻¹ = I', () => {
    fc.assert(
      fc.property(
        spd.chain((a) => fc.tuple(fc.constant(a), fc.array(entry, { minLength: a.length, maxLength: a.length }))),
        ([a, x]) => {
          const n = a.length;
          const b = matrixVectorMultiply(a, x);
          const solved = solveSpd(a, b);
          const inv = invertSpd(a);
          const viaInverse = matrixVectorMultiply(inv, b);
          // The condition number is at most ~ 1 + 100·n·n; allow that many digits to be lost.
          const tol = 1e-13 * (1 + 100 * n * n) * max([1, ...x.map(Math.abs)])!;
          for (let i = 0; i < n; i++) {
            expect(Math.abs(solved[i]! - x[i]!)).toBeLessThan(tol);
            expect(Math.abs(viaInverse[i]! - x[i]!)).toBeLessThan(tol);
          }
          expect(maxDiff(matrixMultiply(a, inv), identity(n))).toBeLessThan(1e-13 * (1 + 100 * n * n) * n);
        },
      ),
    );
  });
  it('invertSpd: −A is refused; rounding-level asymmetry is averaged away (same result as the symmetric part)', () => {
    fc.assert(
      fc.property(spd, fc.double({ min: -1e-12, max: 1e-12, noNaN: true }), (a, delta) => {
        const n = a.length;
        expect(() => invertSpd(a.map((row) => row.map((v) => -v)))).toThrow(/positive definite/);
        // Perturb the lower triangle by ±δ·max|a| and the upper by ∓: the symmetric part is unchanged.
        const scale = maxAbs(a);
        const skewed = a.map((row, i) => row.map((v, j) => (i > j ? v + delta * scale : i < j ? v - delta * scale : v)));
        const symPart = skewed.map((row, i) => row.map((v, j) => 0.5 * (v + skewed[j]![i]!)));
        const inv = invertSpd(skewed);
        expect(inv).toEqual(invertSpd(symPart));
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(inv[i]![j]).toBe(inv[j]![i]);
      }),
    );
  });
  it('a matrix with a repeated row is refused by every SPD routine', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 2, maxLength: 6 }), (v) => {
        // v·vᵀ has rank 1.
        const a = v.map((x) => v.map((y) => x * y));
        expect(() => cholesky(a)).toThrow(/positive definite/);
        expect(() => invertSpd(a)).toThrow(/positive definite/);
        expect(() => solveSpd(a, v)).toThrow(/positive definite/);
      }),
    );
  });
});

describe('product properties', () => {
  it('(A·B)ᵀ = Bᵀ·Aᵀ, transpose is an involution, A·x equals A times the column x', () => {
    fc.assert(
      fc.property(
        fc.tuple(size, size, size).chain(([r, k, c]) => fc.tuple(rect(r, k), rect(k, c), fc.array(entry, { minLength: k, maxLength: k }))),
        ([a, b, x]) => {
          const ab = matrixMultiply(a, b);
          expect(maxDiff(transpose(ab), matrixMultiply(transpose(b), transpose(a)))).toBeLessThan(1e-12 * Math.max(1, maxAbs(ab)));
          expect(transpose(transpose(a))).toEqual(a.map((row) => row.map((v) => v)));
          const ax = matrixVectorMultiply(a, x);
          const col = matrixMultiply(a, x.map((v) => [v]));
          expect(maxDiff([ax], [col.map((r) => r[0]!)])).toBeLessThan(1e-12 * max([1, ...ax.map(Math.abs)])!);
        },
      ),
    );
  });
});
