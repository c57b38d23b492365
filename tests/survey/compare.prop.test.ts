import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNps, compareProportions, compareMeans, compareCsat, compareCes } from '../../src/survey/compare.js';
import { npsTally } from '../../src/survey/nps.js';
import { csatTally } from '../../src/survey/csat.js';
import { cesTally } from '../../src/survey/ces.js';

const npsAnswers = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 60 });
const conf = fc.double({ min: 0.5, max: 0.995, noNaN: true });
const prop = fc.record({ proportion: fc.double({ min: 0, max: 1, noNaN: true }), n: fc.integer({ min: 1, max: 10_000 }) });
const meanSample = fc.record({
  mean: fc.double({ min: -100, max: 100, noNaN: true }),
  sd: fc.double({ min: 0.01, max: 50, noNaN: true }),
  n: fc.integer({ min: 2, max: 5000 }),
});

describe('comparison properties', () => {
  it('compareNps: antisymmetric; difference inside its interval; p in [0, 1]; significant ⇔ 0 outside the interval', () => {
    fc.assert(
      fc.property(npsAnswers, npsAnswers, conf, (a, b, c) => {
        const ab = compareNps(npsTally(a), npsTally(b), { confidence: c });
        const ba = compareNps(npsTally(b), npsTally(a), { confidence: c });
        if (ab.difference === null) {
          expect(a.length === 0 || b.length === 0).toBe(true);
          return;
        }
        expect(ba.difference! + ab.difference).toBe(0);
        expect(ba.pValue).toBe(ab.pValue);
        expect(ab.interval!.lower).toBeLessThanOrEqual(ab.difference);
        expect(ab.interval!.upper).toBeGreaterThanOrEqual(ab.difference);
        expect(ab.interval!.lower).toBeGreaterThanOrEqual(-200);
        expect(ab.interval!.upper).toBeLessThanOrEqual(200);
        if (ab.pValue !== null) {
          expect(ab.pValue).toBeGreaterThanOrEqual(0);
          expect(ab.pValue).toBeLessThanOrEqual(1);
          // Duality of the Wald test and its interval (away from the boundary, where rounding decides).
          const excludes = ab.interval!.lower > 0 || ab.interval!.upper < 0;
          if (Math.abs(ab.pValue - (1 - c)) > 1e-9) expect(ab.significant).toBe(excludes);
        } else expect(ab.significant).toBe(false);
      }),
    );
  });

  it('a sample compared with itself: difference 0, p = 1, not significant', () => {
    fc.assert(
      fc.property(npsAnswers.filter((x) => x.length > 0), (x) => {
        const r = compareNps(npsTally(x), npsTally(x));
        expect(r.difference).toBe(0);
        expect(r.pValue).toBe(1);
        expect(r.significant).toBe(false);
      }),
    );
  });

  it('compareProportions: pooled and unpooled agree on the sign of z; p-values in [0, 1]; antisymmetric', () => {
    fc.assert(
      fc.property(prop, prop, fc.boolean(), (a, b, pooled) => {
        const r = compareProportions(a, b, { pooled });
        const s = compareProportions(b, a, { pooled });
        if (r.difference !== null) expect(s.difference! + r.difference).toBe(0);
        expect(s.pValue).toBe(r.pValue);
        if (r.pValue !== null) {
          expect(r.pValue).toBeGreaterThanOrEqual(0);
          expect(r.pValue).toBeLessThanOrEqual(1);
        }
        const other = compareProportions(a, b, { pooled: !pooled });
        if (r.z !== null && other.z !== null) expect(Math.sign(r.z)).toBe(Math.sign(other.z));
      }),
    );
  });

  it('compareMeans: shifting both means leaves t and p unchanged; larger samples give smaller p for the same means', () => {
    fc.assert(
      fc.property(meanSample, meanSample, fc.double({ min: -50, max: 50, noNaN: true }), (a, b, k) => {
        const r = compareMeans(a, b);
        const shifted = compareMeans({ ...a, mean: a.mean + k }, { ...b, mean: b.mean + k });
        expect(Math.abs(shifted.t! - r.t!)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(r.t!)) + 1e-9 * Math.abs(k) * 1e3);
        const big = compareMeans({ ...a, n: a.n * 4 }, { ...b, n: b.n * 4 });
        expect(big.pValue!).toBeLessThanOrEqual(r.pValue! + 1e-12);
        expect(r.interval!.lower).toBeLessThanOrEqual(r.difference!);
        expect(r.interval!.upper).toBeGreaterThanOrEqual(r.difference!);
      }),
    );
  });

  it('compareCsat and compareCes accept tallies and results alike', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }), (a, b) => {
        const r = compareCsat(csatTally(a), csatTally(b));
        if (r.difference !== null) {
          expect(r.difference).toBeGreaterThanOrEqual(-100);
          expect(r.difference).toBeLessThanOrEqual(100);
        }
        const o = { direction: 'lower-is-easier', scale: { min: 1, max: 5 } } as const;
        const c = compareCes(cesTally(a, o), cesTally(b, o));
        expect(c.easyShare.difference === null).toBe(a.length === 0 || b.length === 0);
      }),
    );
  });
});
