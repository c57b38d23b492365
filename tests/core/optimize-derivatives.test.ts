import { describe, expect, it } from 'vitest';
import { numericalGradient, numericalHessian, standardErrors, type Objective } from '../../src/core/optimize.js';
import { expectCxError } from '../helpers/errors.js';

// f(a, b) = e^a·b + ln(1 + b²). Analytic derivatives (by hand):
//   ∇f = (e^a·b, e^a + 2b/(1 + b²));  ∇²f = [[e^a·b, e^a], [e^a, 2(1 − b²)/(1 + b²)²]].
const f: Objective = ([a = 0, b = 0]) => Math.exp(a) * b + Math.log1p(b * b);
const point = [0.3, -0.7];
const [a0, b0] = point as [number, number];
const grad = [Math.exp(a0) * b0, Math.exp(a0) + (2 * b0) / (1 + b0 * b0)];
const hess = [
  [Math.exp(a0) * b0, Math.exp(a0)],
  [Math.exp(a0), (2 * (1 - b0 * b0)) / (1 + b0 * b0) ** 2],
];

describe('numericalGradient', () => {
  it('matches the analytic gradient of a smooth non-polynomial function to 1e-9', () => {
    const g = numericalGradient(f, point);
    expect(g).toBeInstanceOf(Float64Array);
    for (let i = 0; i < 2; i++) expect(Math.abs(g[i]! - grad[i]!)).toBeLessThanOrEqual(1e-9);
  });
  it('fills and returns `out`; rejects an `out` of the wrong length', () => {
    const out = new Float64Array(2);
    expect(numericalGradient(f, point, out)).toBe(out);
    expect(Math.abs(out[1]! - grad[1]!)).toBeLessThanOrEqual(1e-9);
    expectCxError(() => numericalGradient(f, point, new Float64Array(3)), 'INVALID_ARGUMENT', ['out']);
  });
  it('uses the one-sided difference where one side is not finite (a domain boundary)', () => {
    // g(x) = x² + x for x ≥ 1 (NaN below): g'(1) = 3; forward difference error = h ≈ 6e-6.
    const right: Objective = ([x = 0]) => (x >= 1 ? x * x + x : NaN);
    expect(Math.abs(numericalGradient(right, [1])[0]! - 3)).toBeLessThanOrEqual(1e-5);
    // mirror image: h(x) = x² − x for x ≤ 1 (+∞ above): h'(1) = 1 by the backward difference
    const left: Objective = ([x = 0]) => (x <= 1 ? x * x - x : Infinity);
    expect(Math.abs(numericalGradient(left, [1])[0]! - 1)).toBeLessThanOrEqual(1e-5);
  });
  it('throws NON_FINITE when f is not finite on both sides, or at x; validates x and f', () => {
    const spike: Objective = ([a = 0, b = 0]) => (b === 0 ? a : NaN);
    expectCxError(() => numericalGradient(spike, [1, 0]), 'NON_FINITE', ['x', 1]);
    expectCxError(() => numericalGradient(() => NaN, [1]), 'NON_FINITE', ['f']);
    expectCxError(() => numericalGradient(f, [0, NaN]), 'NON_FINITE', ['x', 1]);
    expectCxError(() => numericalGradient(f, []), 'EMPTY_INPUT', ['x']);
    expectCxError(() => numericalGradient(null as unknown as Objective, [1]), 'INVALID_ARGUMENT', ['f']);
  });
});

describe('numericalHessian', () => {
  it('matches the analytic Hessian of a smooth non-polynomial function to 1e-9, exactly symmetric', () => {
    const h = numericalHessian(f, point);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(Math.abs(h[i]![j]! - hess[i]![j]!)).toBeLessThanOrEqual(1e-9);
    expect(h[0]![1]).toBe(h[1]![0]);
  });
  it('of a quadratic ½xᵀAx (3×3) is A to 1e-9, at a point far from 0', () => {
    const A = [
      [4, 1, -2],
      [1, 3, 0.5],
      [-2, 0.5, 5],
    ];
    const q: Objective = (x) => {
      let s = 0;
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) s += 0.5 * x[i]! * A[i]![j]! * x[j]!;
      return s;
    };
    const h = numericalHessian(q, [120, -35, 7]);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(Math.abs(h[i]![j]! - A[i]![j]!)).toBeLessThanOrEqual(1e-9 * 1e5);
    const h0 = numericalHessian(q, [0.1, 0.2, -0.3]);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(Math.abs(h0[i]![j]! - A[i]![j]!)).toBeLessThanOrEqual(1e-9);
  });
  it('throws NON_FINITE at the coordinate whose difference points are not finite (diagonal or cross)', () => {
    const wall: Objective = ([a = 0, b = 0]) => (b > 0 ? NaN : a * a + b * b);
    expectCxError(() => numericalHessian(wall, [1, 0]), 'NON_FINITE', ['x', 1]);
    const axes: Objective = ([a = 0, b = 0]) => (a !== 0 && b !== 0 ? NaN : a * a + b * b);
    expectCxError(() => numericalHessian(axes, [0, 0]), 'NON_FINITE', ['x', 1]);
    expectCxError(() => numericalHessian(() => Infinity, [1]), 'NON_FINITE', ['f']);
  });
});

describe('standardErrors', () => {
  it('are sqrt(diag(H⁻¹)) of the analytic Hessian at a minimum, to 1e-8 relative', () => {
    // q(x) = ½xᵀAx with A = [[4, 2], [2, 2]]: A⁻¹ = [[0.5, −0.5], [−0.5, 1]] (by hand), SE = (√0.5, 1).
    const q: Objective = ([a = 0, b = 0]) => 2 * a * a + 2 * a * b + b * b;
    const se = standardErrors(q, [0, 0])!;
    expect(Math.abs(se[0]! / Math.SQRT1_2 - 1)).toBeLessThanOrEqual(1e-8);
    expect(Math.abs(se[1]! - 1)).toBeLessThanOrEqual(1e-8);
  });
  it('are null for a saddle, a flat direction, or non-finite difference points; throw at a bad x', () => {
    expect(standardErrors(([a = 0, b = 0]) => a * a - b * b, [0, 0])).toBeNull();
    expect(standardErrors(([a = 0]) => a * a, [0, 0])).toBeNull(); // second coordinate unidentified
    expect(standardErrors(([a = 0, b = 0]) => (b > 0 ? NaN : a * a + b * b), [0, 0])).toBeNull();
    expectCxError(() => standardErrors(() => NaN, [0]), 'NON_FINITE', ['f']);
    expectCxError(() => standardErrors(f, [Infinity]), 'NON_FINITE', ['x', 0]);
  });
});
