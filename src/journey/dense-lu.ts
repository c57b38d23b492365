/**
 * Dense LU factorisation with partial pivoting (Doolittle, row-major, in place) and the inverse it gives, for the
 * small non-symmetric systems of the absorbing Markov chain (I − Q, an M-matrix). Golub & Van Loan, Matrix
 * Computations, 4th ed., Algorithm 3.4.1 (Gaussian elimination with partial pivoting). Internal: not exported
 * from the package entry.
 *
 * @module
 * @internal
 */
import { CxError } from '../core/errors.js';

/**
 * Factors the n×n row-major matrix `a` in place into P·A = L·U (L unit lower triangular below the diagonal, U on and
 * above it) and returns the row permutation: `perm[i]` is the original row now at row i. O(n³).
 *
 * @throws CxError `DOMAIN_ERROR` when a pivot is 0 (the matrix is singular). @internal
 */
export function luFactor(a: Float64Array, n: number): Int32Array {
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let k = 0; k < n; k++) {
    let p = k;
    let big = Math.abs(a[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]!);
      if (v > big) {
        big = v;
        p = i;
      }
    }
    if (!(big > 0)) throw new CxError('DOMAIN_ERROR', `the matrix is singular (no pivot in column ${k})`, { path: [] });
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j]!;
        a[k * n + j] = a[p * n + j]!;
        a[p * n + j] = t;
      }
      const t = perm[k]!;
      perm[k] = perm[p]!;
      perm[p] = t;
    }
    const pivot = a[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const f = a[i * n + k]! / pivot;
      if (f === 0) continue;
      a[i * n + k] = f;
      for (let j = k + 1; j < n; j++) a[i * n + j]! -= f * a[k * n + j]!;
    }
  }
  return perm;
}

/** Solves A·x = b with the factors of {@link luFactor}; returns x (b is not modified). O(n²). @internal */
export function luSolve(lu: Float64Array, perm: Int32Array, n: number, b: ArrayLike<number>): Float64Array {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[perm[i]!]!;
    for (let j = 0; j < i; j++) s -= lu[i * n + j]! * x[j]!;
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let j = i + 1; j < n; j++) s -= lu[i * n + j]! * x[j]!;
    x[i] = s / lu[i * n + i]!;
  }
  return x;
}

/** The inverse of the n×n row-major matrix `a` (not modified), row-major. O(n³). @throws as {@link luFactor}. @internal */
export function inverse(a: Float64Array, n: number): Float64Array {
  const lu = Float64Array.from(a);
  const perm = luFactor(lu, n);
  const inv = new Float64Array(n * n);
  const e = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    e.fill(0);
    e[j] = 1;
    const col = luSolve(lu, perm, n, e);
    for (let i = 0; i < n; i++) inv[i * n + j] = col[i]!;
  }
  return inv;
}
