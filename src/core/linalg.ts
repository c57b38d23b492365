/**
 * Typed-array kernels for small dense linear algebra: an in-place Cholesky factorisation and the inverse of a
 * symmetric positive-definite matrix built on it, used by the optimiser, standard errors and model fits (no
 * validation, no allocation beyond the caller's buffers). Sized for the 2–10 parameter models cxkit fits, not for
 * big matrices. The public, validating API on arrays of rows is in `matrix.ts` (`cholesky`, `solveSpd`,
 * `invertSpd`). Internal: not exported from the package entry.
 *
 * @module
 * @internal
 */

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

/** A row-major `n × n` Float64Array as an array of plain rows. @internal */
export function toRows(m: Float64Array, n: number): number[][] {
  const rows: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) rows[i] = Array.from(m.subarray(i * n, i * n + n));
  return rows;
}
