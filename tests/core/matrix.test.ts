import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cholesky, invertSpd, matrixMultiply, matrixVectorMultiply, solveSpd, symmetricEigen, transpose } from '../../src/core/matrix.js';
import { errorOf as codeOf } from '../helpers/errors.js';

// Reference values from base R 4.2 (tests/fixtures/matrix/generate.R → reference.json): eigen(symmetric = TRUE)
// (LAPACK dsyevr), t(chol(A)), solve(A, b), solve(A), %*%.
interface Spd { a: number[][]; b: number[]; values: number[]; vectors: number[][]; chol: number[][]; solve: number[]; inverse: number[][] }
interface Sym { a: number[][]; values: number[]; vectors: number[][] }
const ref = JSON.parse(readFileSync(new URL('../fixtures/matrix/reference.json', import.meta.url), 'utf8')) as {
  spd: Record<string, Spd>;
  symmetric: Record<string, Sym>;
  product: { a: number[][]; b: number[][]; ab: number[][]; x: number[]; ax: number[] };
};

/** Max |a − b| relative to max(1, |b|), over every entry. */
function maxRelErr(a: number[] | number[][], b: number[] | number[][]): number {
  const fa = (a as (number | number[])[]).flat();
  const fb = (b as (number | number[])[]).flat();
  expect(fa.length).toBe(fb.length);
  let worst = 0;
  for (let i = 0; i < fa.length; i++) worst = Math.max(worst, Math.abs(fa[i]! - fb[i]!) / Math.max(1, Math.abs(fb[i]!)));
  return worst;
}

/** Eigenvectors are defined up to sign: flip R's columns to our convention (largest |component| positive). */
function normaliseSigns(v: number[][]): number[][] {
  const n = v.length;
  const out = v.map((r) => [...r]);
  for (let k = 0; k < n; k++) {
    let big = 0;
    let sign = 1;
    for (let i = 0; i < n; i++) {
      if (Math.abs(v[i]![k]!) > big + 1e-12) {
        big = Math.abs(v[i]![k]!);
        sign = Math.sign(v[i]![k]!);
      }
    }
    for (let i = 0; i < n; i++) out[i]![k] = sign * v[i]![k]!;
  }
  return out;
}

describe('SPD matrices against R', () => {
  for (const [name, r] of Object.entries(ref.spd)) {
    // Tolerance 1e-12 relative for well-conditioned inputs; the 5×5 Hilbert matrix (condition number ≈ 4.8e5) loses
    // about log10(cond) digits in solve/inverse, so 1e-9 there.
    const tol = name === 'hilbert5' ? 1e-9 : 1e-12;
    it(`${name}: eigen, chol, solve, inverse`, () => {
      const e = symmetricEigen(r.a);
      expect(maxRelErr(e.values, r.values)).toBeLessThanOrEqual(1e-12);
      expect(maxRelErr(e.vectors, normaliseSigns(r.vectors))).toBeLessThanOrEqual(tol);
      expect(maxRelErr(cholesky(r.a), r.chol)).toBeLessThanOrEqual(1e-12);
      expect(maxRelErr(solveSpd(r.a, r.b), r.solve)).toBeLessThanOrEqual(tol);
      expect(maxRelErr(invertSpd(r.a), r.inverse)).toBeLessThanOrEqual(tol);
    });
  }
  it('symmetric, not positive definite: eigen matches R; Cholesky, solve and inverse refuse', () => {
    for (const r of Object.values(ref.symmetric)) {
      const e = symmetricEigen(r.a);
      expect(maxRelErr(e.values, r.values)).toBeLessThanOrEqual(1e-12);
      // rankOne has a double eigenvalue 0: its eigenvectors are not unique, so only check A v = λ v there.
      if (r.values.filter((v) => Math.abs(v) < 1e-12).length < 2) {
        expect(maxRelErr(e.vectors, normaliseSigns(r.vectors))).toBeLessThanOrEqual(1e-12);
      }
      expect(codeOf(() => cholesky(r.a))).toEqual({ code: 'DOMAIN_ERROR', path: ['a'] });
      expect(codeOf(() => solveSpd(r.a, r.a.map(() => 1))).code).toBe('DOMAIN_ERROR');
      expect(codeOf(() => invertSpd(r.a)).code).toBe('DOMAIN_ERROR');
    }
  });
});

describe('products against R', () => {
  it('matrixMultiply, matrixVectorMultiply, transpose', () => {
    const p = ref.product;
    expect(maxRelErr(matrixMultiply(p.a, p.b), p.ab)).toBe(0);
    expect(maxRelErr(matrixVectorMultiply(p.a, p.x), p.ax)).toBe(0);
    expect(transpose(p.a)).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(matrixMultiply([new Float64Array([0, 1])], [[2], [3]])).toEqual([[3]]);
  });
});

describe('hand-checked values', () => {
  it('2×2 examples from the docs', () => {
    // [[4,2],[2,5]] = L·Lᵀ with L = [[2,0],[1,2]]; by Cramer's rule (det 16) A x = [8, 13] has x = [14/16, 36/16].
    expect(cholesky([[4, 2], [2, 5]])).toEqual([
      [2, 0],
      [1, 2],
    ]);
    expect(maxRelErr(solveSpd([[4, 2], [2, 5]], [8, 13]), [0.875, 2.25])).toBeLessThanOrEqual(1e-15);
    expect(maxRelErr(invertSpd([[4, 2], [2, 5]]), [[5 / 16, -2 / 16], [-2 / 16, 4 / 16]])).toBeLessThanOrEqual(1e-15);
    // Diagonal matrix: already converged, zero sweeps; eigenvalues sorted, vectors permuted accordingly.
    const d = symmetricEigen([[1, 0], [0, 3]]);
    expect(d).toEqual({ values: [3, 1], vectors: [[0, 1], [1, 0]], sweeps: 0 });
    expect(symmetricEigen([[0, 0], [0, 0]]).values).toEqual([0, 0]);
  });
});

describe('invertSpd', () => {
  // Moved from the former `invertSymmetric` (core/linalg), merged into invertSpd: same kernel, throws instead of
  // returning null.
  it('inverts known SPD matrices to 1e-14', () => {
    // [[2, −1, 0], [−1, 2, −1], [0, −1, 2]]⁻¹ = ¼·[[3, 2, 1], [2, 4, 2], [1, 2, 3]] (the 1-D Laplacian; by hand)
    const inv = invertSpd([
      [2, -1, 0],
      [-1, 2, -1],
      [0, -1, 2],
    ]);
    const expected = [
      [0.75, 0.5, 0.25],
      [0.5, 1, 0.5],
      [0.25, 0.5, 0.75],
    ];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(Math.abs(inv[i]![j]! - expected[i]![j]!)).toBeLessThanOrEqual(1e-14);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(inv[i]![j]).toBe(inv[j]![i]); // exactly symmetric
    expect(invertSpd([[4]])).toEqual([[0.25]]);
  });
  it('symmetrises rounding-level asymmetry, accepts typed-array rows and does not modify them', () => {
    const rows = [new Float64Array([4, 2 + 4e-15]), new Float64Array([2 - 4e-15, 2])]; // symmetric part [[4, 2], [2, 2]]
    const inv = invertSpd(rows);
    expect(inv).toEqual(invertSpd([[4, 2], [2, 2]]));
    expect(maxRelErr(inv, [[0.5, -0.5], [-0.5, 1]])).toBeLessThanOrEqual(1e-15);
    expect(rows.map((r) => Array.from(r))).toEqual([
      [4, 2 + 4e-15],
      [2 - 4e-15, 2],
    ]);
  });
  it('refuses asymmetry beyond rounding instead of averaging it', () => {
    expect(codeOf(() => invertSpd([new Float64Array([4, 1]), new Float64Array([3, 2])]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a', 1, 0] });
    expect(codeOf(() => invertSpd([[4, 2], [2 + 1e-8, 2]]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a', 1, 0] });
  });
  it('throws DOMAIN_ERROR for singular, indefinite and negative-definite matrices, and when the inverse overflows', () => {
    expect(codeOf(() => invertSpd([[1, 1], [1, 1]]))).toEqual({ code: 'DOMAIN_ERROR', path: ['a'] });
    expect(codeOf(() => invertSpd([[1, 2], [2, 1]]))).toEqual({ code: 'DOMAIN_ERROR', path: ['a'] });
    expect(codeOf(() => invertSpd([[-1]]))).toEqual({ code: 'DOMAIN_ERROR', path: ['a'] });
    expect(codeOf(() => invertSpd([[-2, 0], [0, -3]]))).toEqual({ code: 'DOMAIN_ERROR', path: ['a'] });
    expect(codeOf(() => invertSpd([[1e-320]]))).toEqual({ code: 'DOMAIN_ERROR', path: ['a'] }); // 1/1e-320 overflows
  });
  it('rejects non-square, empty and non-finite input', () => {
    expect(codeOf(() => invertSpd([]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a'] });
    expect(codeOf(() => invertSpd(5 as unknown as number[][]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a'] });
    expect(codeOf(() => invertSpd([[1, 2], [3]]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a', 1] });
    expect(codeOf(() => invertSpd([[1, 2]]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a'] });
    expect(codeOf(() => invertSpd([[1, NaN], [0, 1]]))).toEqual({ code: 'NON_FINITE', path: ['a', 0, 1] });
  });
});

describe('bad input', () => {
  it('malformed matrices', () => {
    expect(codeOf(() => transpose([]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a'] });
    expect(codeOf(() => transpose(null as unknown as number[][]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a'] });
    expect(codeOf(() => transpose([[]]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a', 0] });
    expect(codeOf(() => transpose([[1, 2], [3]]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a', 1] });
    expect(codeOf(() => transpose([[1, 2], [3, Number.NaN]]))).toEqual({ code: 'NON_FINITE', path: ['a', 1, 1] });
    expect(codeOf(() => matrixMultiply([[1, 2]], [[1, 2]]))).toEqual({ code: 'LENGTH_MISMATCH', path: ['b'] });
    expect(codeOf(() => matrixMultiply([[1]], [[1], ['x' as unknown as number]])).path).toEqual(['b', 1, 0]);
    expect(codeOf(() => matrixMultiply([[1e200]], [[1e200]]))).toEqual({ code: 'NON_FINITE', path: ['a', 0] });
    expect(codeOf(() => matrixVectorMultiply([[1, 2]], [1]))).toEqual({ code: 'LENGTH_MISMATCH', path: ['x'] });
    expect(codeOf(() => matrixVectorMultiply([[1, 2]], 'ab' as unknown as number[]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['x'] });
    expect(codeOf(() => matrixVectorMultiply([[1, 2]], [1, Infinity]))).toEqual({ code: 'NON_FINITE', path: ['x', 1] });
    expect(codeOf(() => matrixVectorMultiply([[1e200, 1e200]], [1e200, 1]))).toEqual({ code: 'NON_FINITE', path: ['a', 0] });
  });
  it('square, symmetric and option checks', () => {
    expect(codeOf(() => cholesky([[1, 2]]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a'] });
    expect(codeOf(() => symmetricEigen([[1, 2], [2.1, 1]]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['a', 1, 0] });
    // Rounding-level asymmetry is accepted (and averaged away).
    expect(symmetricEigen([[2, 1], [1 + 1e-15, 2]]).values[0]).toBeCloseTo(3, 14);
    expect(codeOf(() => solveSpd([[2, 0], [0, 2]], [1]))).toEqual({ code: 'LENGTH_MISMATCH', path: ['b'] });
    expect(codeOf(() => symmetricEigen([[1]], { tolerance: -1 })).path).toEqual(['tolerance']);
    expect(codeOf(() => symmetricEigen([[1]], { tolerance: Number.NaN })).code).toBe('NON_FINITE');
    expect(codeOf(() => symmetricEigen([[1]], { maxSweeps: 0 })).path).toEqual(['maxSweeps']);
    expect(codeOf(() => symmetricEigen([[1e200, 0], [0, 1e200]]))).toEqual({ code: 'NON_FINITE', path: ['a'] });
    expect(codeOf(() => symmetricEigen(ref.symmetric.mixed!.a, { maxSweeps: 1 })).code).toBe('NOT_CONVERGED');
  });
  it('a singular but tiny-pivot matrix is refused, not solved into garbage', () => {
    // x·xᵀ + 1e-17·I is positive definite in exact arithmetic but not numerically.
    expect(codeOf(() => solveSpd([[1, 1], [1, 1 + 1e-17]], [1, 2])).code).toBe('DOMAIN_ERROR');
  });
});
