import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logRankTest } from '../../src/retention/log-rank.js';

const group = fc
  .array(fc.record({ t: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 20, noNaN: true })), e: fc.boolean() }), { maxLength: 30 })
  .map((s) => ({ durations: s.map((x) => x.t), events: s.map((x) => (x.e ? 1 : 0)) }));
const groups = fc.array(group, { minLength: 2, maxLength: 5 });

describe('logRankTest properties', () => {
  it('χ² ≥ 0 and finite, p in [0, 1], Σ observed = Σ expected, variance rows sum to 0', () => {
    fc.assert(
      fc.property(groups, (gs) => {
        const r = logRankTest(gs);
        expect(r.chiSquare).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(r.chiSquare)).toBe(true);
        expect(r.degreesOfFreedom).toBeLessThanOrEqual(gs.length - 1);
        if (r.pValue !== null) {
          expect(r.pValue).toBeGreaterThanOrEqual(0);
          expect(r.pValue).toBeLessThanOrEqual(1);
        } else expect(r.degreesOfFreedom).toBe(0);
        const so = r.observed.reduce((a, b) => a + b, 0);
        const se = r.expected.reduce((a, b) => a + b, 0);
        expect(se).toBeCloseTo(so, 9);
        for (const row of r.variance) expect(Math.abs(row.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9 * (1 + so));
      }),
    );
  });

  it('is invariant to the order of the groups', () => {
    fc.assert(
      fc.property(groups.chain((gs) => fc.tuple(fc.constant(gs), fc.shuffledSubarray(gs, { minLength: gs.length, maxLength: gs.length }))), ([a, b]) => {
        const ra = logRankTest(a);
        const rb = logRankTest(b);
        expect(rb.degreesOfFreedom).toBe(ra.degreesOfFreedom);
        expect(Math.abs(rb.chiSquare - ra.chiSquare)).toBeLessThanOrEqual(1e-7 * (1 + ra.chiSquare));
      }),
    );
  });

  it('is 0 when the groups are identical copies', () => {
    fc.assert(
      fc.property(group, fc.integer({ min: 2, max: 4 }), (g, k) => {
        const r = logRankTest(Array.from({ length: k }, () => g));
        expect(r.chiSquare).toBeLessThan(1e-12);
        r.observed.forEach((o, i) => { expect(r.expected[i]).toBeCloseTo(o, 10); });
      }),
    );
  });
});
