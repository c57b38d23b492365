/**
 * Small dense linear algebra on plain arrays of rows: products, the transpose, the Cholesky factor of a symmetric
 * positive-definite (SPD) matrix with the solve and inverse built on it, and the eigendecomposition of a symmetric
 * matrix by the cyclic Jacobi method. Sized for the few-dozen-row matrices of survey and CLV models (correlation
 * matrices of key-driver attributes, covariance matrices of fitted parameters), not for big linear algebra.
 *
 * Inputs are `ArrayLike<ArrayLike<number>>` (arrays of rows; rows may be typed arrays); outputs are plain
 * `number[][]` / `number[]`, so results serialise to JSON. No input is modified.
 *
 * @module
 */
import { assertFinite, describe, isArrayLike } from './assert.js';
import { CxError } from './errors.js';
import { choleskyInPlace, choleskyInverseInto, toRows } from './linalg.js';

/** A matrix as an array of rows (each row an array or typed array of the same length). */
export type MatrixInput = ArrayLike<ArrayLike<number>>;

/** A matrix read into a row-major Float64Array. */
interface Dense {
  readonly m: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

function readMatrix(a: unknown, name: string): Dense {
  if (!isArrayLike(a) || a.length === 0) {
    throw new CxError('INVALID_ARGUMENT', `${name} must be a non-empty array of rows, got ${describe(a)}`, { path: [name] });
  }
  const rows = a.length;
  const first: unknown = a[0];
  if (!isArrayLike(first) || first.length === 0) {
    throw new CxError('INVALID_ARGUMENT', `${name}[0] must be a non-empty array of numbers, got ${describe(first)}`, { path: [name, 0] });
  }
  const cols = first.length;
  const m = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row: unknown = a[i];
    if (!isArrayLike(row) || row.length !== cols) {
      throw new CxError('INVALID_ARGUMENT', `every row of ${name} must hold ${cols} numbers: row ${i} is ${describe(row)}`, { path: [name, i] });
    }
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      assertFinite(v, `${name}[${i}][${j}]`, [name, i, j]);
      m[i * cols + j] = v;
    }
  }
  return { m, rows, cols };
}

function readVector(x: unknown, name: string, length: number): Float64Array {
  if (!isArrayLike(x)) {
    throw new CxError('INVALID_ARGUMENT', `${name} must be an array or typed array of numbers, got ${describe(x)}`, { path: [name] });
  }
  if (x.length !== length) {
    throw new CxError('LENGTH_MISMATCH', `${name} must hold ${length} numbers (one per row), got ${x.length}`, { path: [name] });
  }
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const v = x[i];
    assertFinite(v, `${name}[${i}]`, [name, i]);
    out[i] = v;
  }
  return out;
}

/**
 * Reads a square matrix that must be symmetric to rounding (|a_ij − a_ji| ≤ 1e-10·max|a|) and returns its
 * symmetrised copy ((a_ij + a_ji) / 2).
 */
function readSymmetric(a: unknown, name: string): Dense {
  const d = readMatrix(a, name);
  const { m, rows: n } = d;
  if (d.cols !== n) {
    throw new CxError('INVALID_ARGUMENT', `${name} must be square, got ${n} × ${d.cols}`, { path: [name] });
  }
  let scale = 0;
  for (let k = 0; k < n * n; k++) scale = Math.max(scale, Math.abs(m[k]!));
  const tol = 1e-10 * scale;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const lo = m[i * n + j]!;
      const up = m[j * n + i]!;
      if (Math.abs(lo - up) > tol) {
        throw new CxError('INVALID_ARGUMENT', `${name} must be symmetric: ${name}[${i}][${j}] = ${lo} but ${name}[${j}][${i}] = ${up}`, {
          path: [name, i, j],
        });
      }
      const s = 0.5 * (lo + up);
      m[i * n + j] = s;
      m[j * n + i] = s;
    }
  }
  return d;
}

function notPositiveDefinite(name: string): CxError {
  return new CxError('DOMAIN_ERROR', `${name} is not (numerically) positive definite: it is singular, indefinite or too ill-conditioned`, {
    path: [name],
  });
}

/**
 * The transpose Aᵀ. O(rows·cols).
 *
 * @throws CxError `INVALID_ARGUMENT` when `a` is not a non-empty rectangular array of rows (`path` = `['a', i]`),
 *   `NON_FINITE` for a NaN/±Infinity entry (`path` = `['a', i, j]`).
 * @example
 * transpose([[1, 2, 3], [4, 5, 6]]); //=> [[1, 4], [2, 5], [3, 6]]
 */
export function transpose(a: MatrixInput): number[][] {
  const { m, rows, cols } = readMatrix(a, 'a');
  const out: number[][] = [];
  for (let j = 0; j < cols; j++) {
    const row = new Array<number>(rows);
    for (let i = 0; i < rows; i++) row[i] = m[i * cols + j]!;
    out.push(row);
  }
  return out;
}

/**
 * The matrix product A·B (`a` is r × k, `b` is k × c). O(r·k·c), the textbook triple loop in i-k-j order.
 *
 * @throws CxError `INVALID_ARGUMENT` for a malformed matrix (`path` = `['a' | 'b', i]`), `NON_FINITE` for a
 *   non-finite entry, `LENGTH_MISMATCH` when the columns of `a` do not match the rows of `b`, `NON_FINITE` when
 *   the product overflows.
 * @example
 * matrixMultiply([[1, 2], [3, 4]], [[5, 6], [7, 8]]); //=> [[19, 22], [43, 50]]
 */
export function matrixMultiply(a: MatrixInput, b: MatrixInput): number[][] {
  const A = readMatrix(a, 'a');
  const B = readMatrix(b, 'b');
  if (A.cols !== B.rows) {
    throw new CxError('LENGTH_MISMATCH', `a has ${A.cols} columns but b has ${B.rows} rows`, { path: ['b'] });
  }
  const k = A.cols;
  const c = B.cols;
  const out: number[][] = [];
  const acc = new Float64Array(c);
  for (let i = 0; i < A.rows; i++) {
    acc.fill(0);
    for (let l = 0; l < k; l++) {
      const ail = A.m[i * k + l]!;
      if (ail === 0) continue;
      for (let j = 0; j < c; j++) acc[j] = acc[j]! + ail * B.m[l * c + j]!;
    }
    for (let j = 0; j < c; j++) {
      if (!Number.isFinite(acc[j]!)) throw new CxError('NON_FINITE', `the product overflows at [${i}][${j}]`, { path: ['a', i] });
    }
    out.push(Array.from(acc));
  }
  return out;
}

/**
 * The matrix–vector product A·x. O(rows·cols).
 *
 * @throws CxError `INVALID_ARGUMENT` / `NON_FINITE` for malformed input, `LENGTH_MISMATCH` when `x` does not have
 *   one entry per column of `a`, `NON_FINITE` when the product overflows.
 * @example
 * matrixVectorMultiply([[1, 2], [3, 4]], [1, -1]); //=> [-1, -1]
 */
export function matrixVectorMultiply(a: MatrixInput, x: ArrayLike<number>): number[] {
  const A = readMatrix(a, 'a');
  const v = readVector(x, 'x', A.cols);
  const out = new Array<number>(A.rows);
  for (let i = 0; i < A.rows; i++) {
    let s = 0;
    for (let j = 0; j < A.cols; j++) s += A.m[i * A.cols + j]! * v[j]!;
    if (!Number.isFinite(s)) throw new CxError('NON_FINITE', `the product overflows at [${i}]`, { path: ['a', i] });
    out[i] = s;
  }
  return out;
}

/**
 * The lower Cholesky factor L of a symmetric positive-definite matrix: A = L·Lᵀ, L lower triangular with a
 * positive diagonal (unique).
 *
 * Method: Golub & Van Loan, Matrix Computations (4th ed.), Algorithm 4.2.1 (gaxpy Cholesky), O(n³/3). The input
 * must be symmetric to rounding (|a_ij − a_ji| ≤ 1e-10·max|a|; it is then symmetrised). A pivot
 * `≤ n·ε·a_jj` means "not numerically positive definite".
 *
 * @throws CxError `DOMAIN_ERROR` when `a` is not numerically positive definite (singular, indefinite);
 *   `INVALID_ARGUMENT` when `a` is not square or not symmetric (`path` = `['a', i, j]`); `NON_FINITE` for a
 *   non-finite entry.
 * @example
 * cholesky([[4, 2], [2, 5]]); //=> [[2, 0], [1, 2]]
 * cholesky([[1, 2], [2, 1]]); //=> throws DOMAIN_ERROR
 */
export function cholesky(a: MatrixInput): number[][] {
  const { m, rows: n } = readSymmetric(a, 'a');
  if (!choleskyInPlace(m, n)) throw notPositiveDefinite('a');
  return toRows(m, n);
}

/**
 * Solves A·x = b for a symmetric positive-definite A, by the Cholesky factor A = L·Lᵀ (see {@link cholesky})
 * followed by forward substitution L·y = b and back substitution Lᵀ·x = y. O(n³/3 + n²). Typical use: normal
 * equations, or the standardised regression coefficients R_xx·β = r_xy of a correlation matrix.
 *
 * @throws CxError `DOMAIN_ERROR` when `a` is not numerically positive definite; `INVALID_ARGUMENT` /
 *   `NON_FINITE` for malformed input; `LENGTH_MISMATCH` when `b` does not have one entry per row of `a`.
 * @example
 * solveSpd([[4, 2], [2, 5]], [8, 13]); //=> [0.875, 2.25]
 */
export function solveSpd(a: MatrixInput, b: ArrayLike<number>): number[] {
  const { m, rows: n } = readSymmetric(a, 'a');
  const x = readVector(b, 'b', n);
  if (!choleskyInPlace(m, n)) throw notPositiveDefinite('a');
  for (let i = 0; i < n; i++) {
    let s = x[i]!;
    for (let k = 0; k < i; k++) s -= m[i * n + k]! * x[k]!;
    x[i] = s / m[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let k = i + 1; k < n; k++) s -= m[k * n + i]! * x[k]!;
    x[i] = s / m[i * n + i]!;
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]!)) throw notPositiveDefinite('a');
  }
  return Array.from(x);
}

/**
 * Inverse of a symmetric positive-definite matrix: A⁻¹ = L⁻ᵀ·L⁻¹ from the Cholesky factor (see {@link cholesky}).
 * O(n³). Typical use: the covariance matrix of a maximum-likelihood fit from its observed information (the
 * {@link numericalHessian} of the negative log-likelihood at the minimum). Prefer {@link solveSpd} when only
 * A⁻¹·b is needed.
 *
 * The input must be symmetric to rounding (|a_ij − a_ji| ≤ 1e-10·max|a|) and is symmetrised first
 * ((a_ij + a_ji) / 2), so a Hessian or covariance matrix with rounding asymmetry is accepted; a larger asymmetry is
 * refused rather than silently averaged (average a matrix with its transpose yourself if that is what you mean).
 * The result is exactly symmetric.
 *
 * @param a - A square matrix as an array of rows (rows may be typed arrays); it is not modified.
 * @returns The inverse as an array of rows.
 * @throws CxError `DOMAIN_ERROR` (`path` = `['a']`) when `a` is not numerically positive definite (a Cholesky pivot
 *   `≤ n·ε·a_jj`: singular, indefinite or negative definite) or the inverse overflows; `INVALID_ARGUMENT` when `a`
 *   is not a non-empty square array of rows (`path` = `['a']` or `['a', i]`) or not symmetric (`path` =
 *   `['a', i, j]`); `NON_FINITE` for a non-finite entry (`path` = `['a', i, j]`).
 * @example
 * invertSpd([[4, 2], [2, 2]]); //=> [[0.5, -0.5], [-0.5, 1]]
 * invertSpd([[4, 2], [2 + 1e-15, 2]]); //=> [[0.5, -0.5], [-0.5, 1]]
 * invertSpd([[1, 1], [1, 1]]); //=> throws DOMAIN_ERROR
 * invertSpd([[1, 2], [2, 1]]); //=> throws DOMAIN_ERROR
 * invertSpd([[4, 1], [3, 2]]); //=> throws INVALID_ARGUMENT
 */
export function invertSpd(a: MatrixInput): number[][] {
  const { m, rows: n } = readSymmetric(a, 'a');
  const out = new Float64Array(n * n);
  if (!choleskyInverseInto(m, n, out)) throw notPositiveDefinite('a');
  return toRows(out, n);
}

/** Options of {@link symmetricEigen}. */
export interface SymmetricEigenOptions {
  /**
   * Convergence tolerance: sweeps stop once the off-diagonal Frobenius norm is `≤ tolerance·‖A‖_F` (default
   * `1e-15`; values below ε still converge, as cyclic Jacobi drives the off-diagonal part to exact zeros).
   */
  readonly tolerance?: number;
  /** Most sweeps before giving up with `NOT_CONVERGED` (default 100; 6–10 is typical for n ≤ 50). */
  readonly maxSweeps?: number;
}

/** Result of {@link symmetricEigen}: A = V·diag(values)·Vᵀ. */
export interface SymmetricEigen {
  /** Eigenvalues, largest first (as R's `eigen`). */
  readonly values: number[];
  /**
   * Eigenvectors as the columns of an orthonormal matrix V (`vectors[i][k]` is component i of the eigenvector of
   * `values[k]`). Each column's sign is fixed so that its largest-magnitude component (the first, on ties) is
   * positive.
   */
  readonly vectors: number[][];
  /** Jacobi sweeps used. */
  readonly sweeps: number;
}

/**
 * Eigenvalues and orthonormal eigenvectors of a real symmetric matrix by the cyclic Jacobi method.
 *
 * Method: Golub & Van Loan, Matrix Computations (4th ed.), §8.5.2–8.5.3 (Algorithms 8.5.1 `symSchur2` and 8.5.3,
 * cyclic-by-row Jacobi): each rotation zeroes one off-diagonal pair; a sweep visits every pair once; convergence
 * is quadratic. Jacobi is slower than QR (O(n³) per sweep) but simple and accurate to high relative precision,
 * the right trade for the small correlation and covariance matrices cxkit decomposes. The input must be symmetric
 * to rounding (see {@link cholesky}).
 *
 * @throws CxError `INVALID_ARGUMENT` when `a` is not square or not symmetric, or an option is invalid;
 *   `NON_FINITE` for a non-finite entry; `NOT_CONVERGED` after `maxSweeps` sweeps.
 * @example
 * const e = symmetricEigen([[2, 1], [1, 2]]);
 * e.values; //=> [3, 1]
 * e.vectors; //=> [[0.707107, 0.707107], [0.707107, -0.707107]]
 */
export function symmetricEigen(a: MatrixInput, options: SymmetricEigenOptions = {}): SymmetricEigen {
  const tolerance = options.tolerance ?? 1e-15;
  const maxSweeps = options.maxSweeps ?? 100;
  assertFinite(tolerance, 'tolerance');
  if (!(tolerance >= 0)) throw new CxError('INVALID_ARGUMENT', `tolerance must be ≥ 0, got ${tolerance}`, { path: ['tolerance'] });
  if (!Number.isInteger(maxSweeps) || maxSweeps < 1) {
    throw new CxError('INVALID_ARGUMENT', `maxSweeps must be an integer ≥ 1, got ${describe(maxSweeps)}`, { path: ['maxSweeps'] });
  }
  const { m: A, rows: n } = readSymmetric(a, 'a');
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  let frob2 = 0;
  for (let k = 0; k < n * n; k++) frob2 += A[k]! * A[k]!;
  if (!Number.isFinite(frob2)) {
    throw new CxError('NON_FINITE', 'the entries of a are too large (their squares overflow)', { path: ['a'] });
  }
  const target = tolerance * tolerance * frob2;
  let sweeps = 0;
  for (;;) {
    let off2 = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off2 += 2 * A[p * n + q]! * A[p * n + q]!;
    if (off2 <= target) break;
    if (sweeps === maxSweeps) {
      throw new CxError('NOT_CONVERGED', `Jacobi eigendecomposition did not converge in ${maxSweeps} sweeps`, {
        path: ['a'],
        details: { offDiagonalNorm: Math.sqrt(off2), frobeniusNorm: Math.sqrt(frob2) },
      });
    }
    sweeps++;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q]!;
        if (apq === 0) continue;
        // symSchur2: (c, s) with [c s; −s c]ᵀ [app apq; apq aqq] [c s; −s c] diagonal.
        const tau = (A[q * n + q]! - A[p * n + p]!) / (2 * apq);
        const t = tau >= 0 ? 1 / (tau + Math.hypot(1, tau)) : -1 / (-tau + Math.hypot(1, tau));
        const c = 1 / Math.hypot(1, t);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p]!;
          const akq = A[k * n + q]!;
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k]!;
          const aqk = A[q * n + k]!;
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        A[p * n + q] = 0;
        A[q * n + p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = V[k * n + p]!;
          const vkq = V[k * n + q]!;
          V[k * n + p] = c * vkp - s * vkq;
          V[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => A[j * n + j]! - A[i * n + i]! || i - j);
  const values = order.map((i) => A[i * n + i]!);
  const vectors: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let k = 0; k < n; k++) {
    const col = order[k]!;
    let big = 0;
    let sign = 1;
    for (let i = 0; i < n; i++) {
      const v = V[i * n + col]!;
      if (Math.abs(v) > big) {
        big = Math.abs(v);
        sign = v < 0 ? -1 : 1;
      }
    }
    for (let i = 0; i < n; i++) vectors[i]![k] = sign * V[i * n + col]! + 0;
  }
  return { values, vectors, sweeps };
}
