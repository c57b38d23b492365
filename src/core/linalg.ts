/**
 * Small dense linear algebra for the optimiser and for standard errors: a Cholesky factorisation and the inverse
 * of a symmetric positive-definite matrix built on it. Sized for the 2–10 parameter models cxkit fits, not for
 * big matrices.
 *
 * @module
 */
import { assertFinite, describe, isArrayLike } from './assert.js';
import { CxError } from './errors.js';

/**
 * Factorises the symmetric matrix `a` (row-major `n × n`, only the lower triangle is read) in place into its lower
 * Cholesky factor `L` (`a = L·Lᵀ`; the strict upper triangle is set to 0). Returns `false`, leaving `a` partly
 * overwritten, when `a` is not numerically positive definite: a pivot is not finite or is `≤ n·ε·a_jj`.
 *
 * Golub & Van Loan, Matrix Computations (4th ed.), Algorithm 4.2.1 (gaxpy Cholesky). O(n³/3).
 *
 * @internal
 */
export function choleskyInPlace(a: Float64Array, n: number): boolean {
  const tiny = n * Number.EPSILON;
  for (let j = 0; j < n; j++) {
    const rowJ = j * n;
    let d = a[rowJ + j]!;
    const ajj = d;
    for (let k = 0; k < j; k++) d -= a[rowJ + k]! * a[rowJ + k]!;
    if (!(d > tiny * Math.abs(ajj)) || !Number.isFinite(d)) return false;
    const ljj = Math.sqrt(d);
    a[rowJ + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      const rowI = i * n;
      let s = a[rowI + j]!;
      for (let k = 0; k < j; k++) s -= a[rowI + k]! * a[rowJ + k]!;
      a[rowI + j] = s / ljj;
    }
    for (let k = j + 1; k < n; k++) a[rowJ + k] = 0;
  }
  return true;
}

/**
 * Inverse of a symmetric positive-definite matrix (row-major `n × n` in `a`, lower triangle read) written to
 * `out`; returns `false` when `a` is not numerically positive definite or the inverse is not finite. `a` is used as
 * workspace (overwritten by its Cholesky factor). A⁻¹ = L⁻ᵀ·L⁻¹ with L⁻¹ by forward substitution. O(n³).
 *
 * @internal
 */
export function choleskyInverseInto(a: Float64Array, n: number, out: Float64Array): boolean {
  if (!choleskyInPlace(a, n)) return false;
  // L⁻¹ overwrites the lower triangle of `a`, column by column (forward substitution on the unit vectors).
  for (let j = 0; j < n; j++) {
    a[j * n + j] = 1 / a[j * n + j]!;
    for (let i = j + 1; i < n; i++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= a[i * n + k]! * a[k * n + j]!;
      a[i * n + j] = s / a[i * n + i]!;
    }
  }
  // (L⁻ᵀ L⁻¹)_ij = Σ_{k ≥ max(i,j)} L⁻¹_ki · L⁻¹_kj
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += a[k * n + i]! * a[k * n + j]!;
      if (!Number.isFinite(s)) return false;
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
  }
  return true;
}

/**
 * Inverse of a symmetric positive-definite matrix — for example a covariance matrix from an observed information
 * (Hessian) matrix. The input is symmetrised first (`(a_ij + a_ji) / 2`), so a Hessian with rounding asymmetry is
 * accepted.
 *
 * Method: Cholesky factorisation A = L·Lᵀ (Golub & Van Loan, Matrix Computations, 4th ed., Alg. 4.2.1), then
 * A⁻¹ = L⁻ᵀ·L⁻¹. O(n³) time, O(n²) memory; the input is not modified.
 *
 * @param a - A square matrix as an array of rows.
 * @returns The inverse as an array of rows, or `null` when `a` is not numerically positive definite (a Cholesky
 * pivot `≤ n·ε·a_jj`, e.g. a singular, indefinite or negative-definite matrix).
 * @throws CxError `INVALID_ARGUMENT` when `a` is not a non-empty square array of rows (`path` = `['a', i]` for a bad
 * row); `NON_FINITE` when an entry is not finite (`path` = `['a', i, j]`).
 * @example
 * invertSymmetric([[4, 2], [2, 2]]); //=> [[0.5, -0.5], [-0.5, 1]]
 * invertSymmetric([[1, 2], [2, 1]]); //=> null
 */
export function invertSymmetric(a: ArrayLike<ArrayLike<number>>): number[][] | null {
  if (!isArrayLike(a) || a.length === 0) {
    throw new CxError('INVALID_ARGUMENT', `a must be a non-empty array of rows, got ${describe(a)}`, { path: ['a'] });
  }
  const n = a.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row: unknown = a[i];
    if (!isArrayLike(row) || row.length !== n) {
      throw new CxError('INVALID_ARGUMENT', `a must be square (${n} × ${n}): row ${i} is ${describe(row)}`, { path: ['a', i] });
    }
    for (let j = 0; j < n; j++) {
      const v = row[j];
      assertFinite(v, `a[${i}][${j}]`, ['a', i, j]);
      m[i * n + j] = v;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) m[i * n + j] = 0.5 * (m[i * n + j]! + m[j * n + i]!);
  }
  const inv = new Float64Array(n * n);
  if (!choleskyInverseInto(m, n, inv)) return null;
  return toRows(inv, n);
}

/** A row-major `n × n` Float64Array as an array of plain rows. @internal */
export function toRows(m: Float64Array, n: number): number[][] {
  const rows: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) rows[i] = Array.from(m.subarray(i * n, i * n + n));
  return rows;
}
