/**
 * Properties of markovAttribution on random paths: removal effects in [0, 1], attributed conversions and value add
 * up to the observed totals, the conversion probability equals the observed conversion rate, transition rows sum
 * to 1, agreement with an independent value-iteration solver, invariance under path order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markovAttribution, type MarkovPath } from '../../src/journey/markov.js';
import { bruteForce } from './markov-reference.js';

const path: fc.Arbitrary<MarkovPath> = fc.record({
  touchpoints: fc.array(fc.constantFrom('search', 'social', 'email', 'display', 'store'), { minLength: 1, maxLength: 6 }),
  converted: fc.boolean(),
  value: fc.integer({ min: 0, max: 500 }),
});
const paths = fc.array(path, { minLength: 1, maxLength: 30 });

describe('markovAttribution properties', () => {
  it('bounds and bookkeeping', () => {
    fc.assert(
      fc.property(paths, (ps) => {
        const m = markovAttribution(ps);
        const conversions = ps.filter((p) => p.converted).length;
        const value = ps.reduce((s, p) => s + (p.converted ? p.value! : 0), 0);
        expect([m.paths, m.conversions, m.value]).toEqual([ps.length, conversions, value]);
        expect(Math.abs(m.conversionProbability! - conversions / ps.length)).toBeLessThanOrEqual(1e-12);
        let shares = 0;
        let attributed = 0;
        let attributedValue = 0;
        for (const r of m.removalEffects) {
          expect(r.removalEffect >= 0 && r.removalEffect <= 1).toBe(true);
          expect(r.share >= 0 && r.share <= 1).toBe(true);
          expect(r.conversionProbabilityWithout).toBeLessThanOrEqual(m.conversionProbability!);
          shares += r.share;
          attributed += r.attributedConversions;
          attributedValue += r.attributedValue;
        }
        if (conversions === 0) expect([shares, attributed]).toEqual([0, 0]);
        else {
          expect(Math.abs(shares - 1)).toBeLessThanOrEqual(1e-12);
          expect(Math.abs(attributed - conversions)).toBeLessThanOrEqual(1e-9 * conversions);
          expect(Math.abs(attributedValue - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, value));
        }
        const out = new Map<string, number>();
        for (const t of m.transitions) out.set(t.from, (out.get(t.from) ?? 0) + t.probability);
        for (const s of out.values()) expect(Math.abs(s - 1)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });
  it('agrees with an independent solver (value iteration, chain rebuilt without each touchpoint)', () => {
    fc.assert(
      fc.property(paths, (ps) => {
        const m = markovAttribution(ps);
        const ref = bruteForce(ps);
        expect(Math.abs(m.conversionProbability! - ref.p)).toBeLessThanOrEqual(1e-9);
        for (const r of m.removalEffects) expect(Math.abs(r.conversionProbabilityWithout - ref.without.get(r.touchpoint)!)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 50 },
    );
  });
  it('does not depend on the order of the paths', () => {
    fc.assert(
      fc.property(
        paths.chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }))),
        ([a, b]) => {
          expect(markovAttribution(b)).toEqual(markovAttribution(a));
        },
      ),
    );
  });
});
