import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom } from '../../src/core/random.js';

const seed = fc.oneof(fc.maxSafeInteger().map((x) => x), fc.string());

describe('createRandom properties', () => {
  it('the same seed replays the same stream across every kind of draw', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const a = createRandom(s);
        const b = createRandom(s);
        for (let i = 0; i < 5; i++) {
          expect(a.uint32()).toBe(b.uint32());
          expect(a.next()).toBe(b.next());
          expect(a.int(1000)).toBe(b.int(1000));
          expect(a.normal()).toBe(b.normal());
          expect(a.binomial(500, 0.2)).toBe(b.binomial(500, 0.2));
        }
      }),
    );
  });

  it('draws stay in their ranges', () => {
    fc.assert(
      fc.property(
        seed,
        fc.integer({ min: 1, max: 2 ** 53 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, m, n, p) => {
          const r = createRandom(s);
          const u = r.next();
          expect(u >= 0 && u < 1).toBe(true);
          const w = r.uint32();
          expect(Number.isInteger(w) && w >= 0 && w < 2 ** 32).toBe(true);
          const k = r.int(m);
          expect(Number.isInteger(k) && k >= 0 && k < m).toBe(true);
          expect(Number.isFinite(r.normal())).toBe(true);
          const b = r.binomial(n, p);
          expect(Number.isInteger(b) && b >= 0 && b <= n).toBe(true);
        },
      ),
    );
  });

  it('binomial(n, p) and n − binomial(n, 1 − p) agree in distribution: equal means within 6 SE', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.nat(), (n, p, s) => {
        const r = createRandom(s);
        const draws = 400;
        let a = 0;
        let b = 0;
        for (let i = 0; i < draws; i++) {
          a += r.binomial(n, p);
          b += n - r.binomial(n, 1 - p);
        }
        const se = Math.sqrt((2 * n * p * (1 - p)) / draws);
        expect(Math.abs(a / draws - b / draws)).toBeLessThanOrEqual(6 * se + 1e-9);
      }),
      { numRuns: 50 },
    );
  });
});
