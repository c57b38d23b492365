import { describe, expect, it } from 'vitest';
import { strongWolfe } from '../../src/core/line-search.js';

// The internal strong-Wolfe line search (Nocedal & Wright 2006, Alg. 3.5–3.6) on one-dimensional φ(α) = f(0 + α·1).
// Each case checks the conditions the algorithm promises — sufficient decrease φ(α) ≤ φ(0) + c₁αφ'(0) and
// curvature |φ'(α)| ≤ c₂|φ'(0)| with c₁ = 1e-4, c₂ = 0.9 — not a particular α.
function search(phi: (a: number) => number, dphi: (a: number) => number, alpha0: number, gradientOk: (a: number) => boolean = () => true) {
  const work = {
    x: new Float64Array([0]),
    d: new Float64Array([1]),
    xTrial: new Float64Array(1),
    gTrial: new Float64Array(1),
    xNew: new Float64Array(1),
    gNew: new Float64Array(1),
  };
  const trials: number[] = [];
  const value = (x: Float64Array): number => {
    trials.push(x[0]!);
    const v = phi(x[0]!);
    return Number.isFinite(v) ? v : Infinity;
  };
  const gradient = (x: Float64Array, _fx: number, g: Float64Array): boolean => {
    g[0] = dphi(x[0]!);
    return gradientOk(x[0]!);
  };
  const f = strongWolfe(value, gradient, phi(0), dphi(0), alpha0, work);
  return { f, alpha: work.xNew[0]!, g: work.gNew[0]!, trials };
}
const wolfe = (phi: (a: number) => number, dphi: (a: number) => number, alpha: number, strong = true): void => {
  expect(phi(alpha)).toBeLessThanOrEqual(phi(0) + 1e-4 * alpha * dphi(0));
  if (strong) expect(Math.abs(dphi(alpha))).toBeLessThanOrEqual(0.9 * Math.abs(dphi(0)));
};

describe('strongWolfe line search', () => {
  it('expands the step (doubling) until the minimum of −α + 50·max(0, α − 10)² is bracketed, then zooms', () => {
    const phi = (a: number): number => -a + 50 * Math.max(0, a - 10) ** 2;
    const dphi = (a: number): number => -1 + 100 * Math.max(0, a - 10);
    const r = search(phi, dphi, 1);
    expect(r.trials.slice(0, 5)).toEqual([1, 2, 4, 8, 16]);
    expect(r.alpha).toBeGreaterThan(8);
    expect(r.alpha).toBeLessThan(16);
    wolfe(phi, dphi, r.alpha);
    expect(r.f).toBe(phi(r.alpha));
    expect(r.g).toBe(dphi(r.alpha));
  });
  it('swaps the bracket when a zoom point overshoots with a positive slope (φ = −α + 100·max(0, α − 0.4)²)', () => {
    const phi = (a: number): number => -a + 100 * Math.max(0, a - 0.4) ** 2;
    const dphi = (a: number): number => -1 + 200 * Math.max(0, a - 0.4);
    const r = search(phi, dphi, 1);
    // the trial sequence passes the minimum at 0.405 (0.4095 has φ' = 1.9 > 0) before settling
    expect(r.trials.some((a) => a > 0.405 && a < 0.41)).toBe(true);
    wolfe(phi, dphi, r.alpha);
  });
  it('treats non-finite values and gradients as +∞ and backs off towards the start', () => {
    const phi = (a: number): number => (a > 0.3 ? NaN : (a - 1) ** 2);
    const dphi = (a: number): number => 2 * (a - 1);
    const r = search(phi, dphi, 1);
    expect(r.alpha).toBeLessThanOrEqual(0.3);
    wolfe(phi, dphi, r.alpha);
    // a finite value with a non-finite gradient at the exact minimiser 1 (reached by interpolation)
    const q = (a: number): number => (a - 1) ** 2;
    const dq = (a: number): number => 2 * (a - 1);
    const r2 = search(q, dq, 4, (a) => a < 0.5);
    expect(r2.trials).toContain(1);
    expect(r2.alpha).toBeLessThan(0.5);
    wolfe(q, dq, r2.alpha);
    // the first trial's gradient is not finite
    const r3 = search(q, dq, 0.8, (a) => a < 0.5);
    expect(r3.alpha).toBeLessThan(0.5);
  });
  it('returns NaN when no step decreases φ (an ascent direction), and the last point after 40 doublings on a ray', () => {
    expect(search((a) => a * a, () => -1, 1).f).toBeNaN(); // claims descent, but φ only rises
    const ray = search((a) => -a, () => -1, 1); // unbounded below: Armijo always, curvature never
    expect(ray.alpha).toBe(2 ** 39);
    expect(ray.f).toBe(-(2 ** 39));
  });
});
