/**
 * Unit tests of the internal dense LU (src/journey/dense-lu.ts). Reference: R 4.2.2,
 * A <- matrix(c(0,1,3, 2,1,0, 1,0,1), 3, byrow = TRUE); print(solve(A), digits = 15); solve(A, c(4, 3, 2)).
 * A zero first pivot forces a row swap. Tolerance 1e-14.
 */
import { describe, expect, it } from 'vitest';
import { inverse, luFactor, luSolve } from '../../src/journey/dense-lu.js';
import { expectCxError } from './fixture.js';

describe('dense LU with partial pivoting', () => {
  // A = [[0, 1, 3], [2, 1, 0], [1, 0, 1]], row-major.
  const A = Float64Array.from([0, 1, 3, 2, 1, 0, 1, 0, 1]);
  it('inverts a matrix that needs pivoting', () => {
    // R: solve(A) = [[-0.2, 0.2, 0.6], [0.4, 0.6, -1.2], [0.2, -0.2, 0.4]]
    const inv = inverse(A, 3);
    const want = [-0.2, 0.2, 0.6, 0.4, 0.6, -1.2, 0.2, -0.2, 0.4];
    for (let i = 0; i < 9; i++) expect(Math.abs(inv[i]! - want[i]!)).toBeLessThanOrEqual(1e-14);
    expect(Array.from(A)).toEqual([0, 1, 3, 2, 1, 0, 1, 0, 1]); // not modified
  });
  it('solves A x = b', () => {
    const lu = Float64Array.from(A);
    const perm = luFactor(lu, 3);
    const x = luSolve(lu, perm, 3, [4, 3, 2]); // x = (1, 1, 1)
    for (const v of x) expect(Math.abs(v - 1)).toBeLessThanOrEqual(1e-14);
  });
  it('refuses a singular matrix', () => {
    expectCxError(() => inverse(Float64Array.from([1, 2, 2, 4]), 2), 'DOMAIN_ERROR');
  });
});
