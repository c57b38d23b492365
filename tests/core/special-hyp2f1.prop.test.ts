import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hyp2f1, logHyp2f1 } from '../../src/core/special.js';

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
// Parameters with 0 < b < c so that both sides of Pfaff's and Euler's transformations are sums of positive terms.
const params = fc
  .tuple(real(0.05, 30), real(0.1, 30), real(0.01, 0.99))
  .map(([a, c, f]) => ({ a, b: c * f, c }));
const zNeg = fc.oneof(real(-1e6, -1), real(-1, 0));
const zPos = fc.oneof(real(0, 0.5), real(0.5, 0.999));

describe('hyp2f1 properties', () => {
  it('Pfaff: 2F1(a, b; c; z) = (1 − z)^−a 2F1(a, c − b; c; w), w = z/(z − 1) (relative 1e−11)', () => {
    // w = k/2³⁰ in (0, 1) so that 1 − w is exact; z = w/(w − 1) and 1 − z = 1/(1 − w).
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 2 ** 30 - 2 ** 10 }), ({ a, b, c }, k) => {
        const w = k / 2 ** 30;
        const z = w / (w - 1);
        const lhs = logHyp2f1(a, b, c, z);
        const rhs = a * Math.log1p(-w) + logHyp2f1(a, c - b, c, w);
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(lhs)));
      }),
    );
  });
  it('Euler: 2F1(a, b; c; z) = (1 − z)^{c−a−b} 2F1(c − a, c − b; c; z) for 0 < a, b < c (relative 1e−11)', () => {
    fc.assert(
      fc.property(params, fc.oneof(zNeg, zPos), real(0.01, 0.99), ({ b, c }, z, f) => {
        const a = c * f;
        const lhs = logHyp2f1(a, b, c, z);
        const rhs = (c - a - b) * Math.log1p(-z) + logHyp2f1(c - a, c - b, c, z);
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(lhs)));
      }),
    );
  });
  it('symmetric in a and b; logHyp2f1 = ln hyp2f1', () => {
    fc.assert(
      fc.property(params, fc.oneof(zNeg, zPos), ({ a, b, c }, z) => {
        const v = hyp2f1(a, b, c, z);
        expect(rel(v, hyp2f1(b, a, c, z))).toBeLessThan(1e-11);
        expect(Math.abs(Math.log(v) - logHyp2f1(a, b, c, z))).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(Math.log(v))));
      }),
    );
  });
  it('Gauss contiguous relation (c − a)F(a − 1) + (2a − c + (b − a)z)F(a) + a(z − 1)F(a + 1) = 0 (A&S 15.2.10)', () => {
    // a > 1 and 0 < b < c keep every evaluation in a positive-term regime; the residual is measured against the
    // largest term (the terms cancel by design).
    fc.assert(
      fc.property(real(1.01, 20), params, fc.oneof(zNeg, zPos), (a, { b, c }, z) => {
        const t1 = (c - a) * hyp2f1(a - 1, b, c, z);
        const t2 = (2 * a - c + (b - a) * z) * hyp2f1(a, b, c, z);
        const t3 = a * (z - 1) * hyp2f1(a + 1, b, c, z);
        expect(Math.abs(t1 + t2 + t3)).toBeLessThanOrEqual(1e-11 * (Math.abs(t1) + Math.abs(t2) + Math.abs(t3)));
      }),
    );
  });
  it('Pareto/NBD shape 2F1(r+s+x, s+1; r+s+x+1; z): in (0, 1] and non-decreasing in z for z ≤ 0, ≥ 1 on [0, 1)', () => {
    // 2F1(a, b; a + 1; z) = a ∫₀¹ t^{a−1} (1 − zt)^{−b} dt (Euler's integral), so it is ≤ 1 for z ≤ 0.
    fc.assert(
      fc.property(
        real(0.01, 10),
        fc.oneof(real(0.01, 10), fc.integer({ min: 1, max: 5 })),
        fc.integer({ min: 0, max: 300 }),
        zNeg,
        real(0, 0.5),
        (r, s, x, z, f) => {
          const a = r + s + x;
          const v = hyp2f1(a, s + 1, a + 1, z);
          expect(v).toBeGreaterThan(0);
          expect(v).toBeLessThanOrEqual(1 + 1e-15);
          expect(hyp2f1(a, s + 1, a + 1, z * (1 - f))).toBeGreaterThanOrEqual(v * (1 - 1e-13));
          expect(hyp2f1(a, s + 1, a + 1, -z / (1 - z))).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
