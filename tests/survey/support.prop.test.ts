import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countFloat64, countIntegers } from '../../src/survey/support.js';
import { nps } from '../../src/survey/nps.js';
import { csat } from '../../src/survey/csat.js';
import { ces } from '../../src/survey/ces.js';
import { isCxError } from '../../src/core/errors.js';

// A Float64Array of answers is counted by the bits of its doubles (countFloat64) when it is long enough and the scale
// lies within 0..31; everything else goes through the general loop. These properties check that the two agree on
// random answers, valid and invalid, so the fast path neither accepts a bad answer nor changes a count or an error.

/** Mostly values that are no integer on the scale: any double, fractions near it, k + 2⁻⁴⁰, big integers, −0, NaN, ±Infinity. */
const odd = fc.oneof(
  fc.double({ noDefaultInfinity: false }),
  fc.double({ min: -40, max: 40 }),
  fc.integer({ min: -40, max: 40 }).map((k) => k + 2 ** -40),
  fc.integer({ min: -5, max: 2 ** 33 }),
  fc.constantFrom(-0, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE, 1e-300, 2 ** 32 + 3, 2 ** 31),
);
/** A scale within 0..31, or a little beyond (the general loop only). */
const scaleArb = fc
  .tuple(fc.integer({ min: -2, max: 20 }), fc.integer({ min: 1, max: 14 }))
  .map(([min, span]) => ({ min, max: min + span }));
/** Answers on the scale with a few odd values mixed in (or none). */
const sample = scaleArb.chain((scale) =>
  fc.record({
    scale: fc.constant(scale),
    x: fc.array(
      fc.oneof(
        { weight: 20, arbitrary: fc.integer({ min: scale.min, max: scale.max }) },
        { weight: 1, arbitrary: odd },
        // An answer on the scale off by one bit, anywhere in the mantissa (only the low word for e > 20 or so).
        { weight: 1, arbitrary: fc.tuple(fc.integer({ min: scale.min, max: scale.max }), fc.integer({ min: 1, max: 50 })).map(([k, e]) => k + 2 ** -e) },
      ),
      { maxLength: 70 },
    ),
  }),
);

function outcome(run: () => unknown): unknown {
  try {
    return { ok: run() };
  } catch (e) {
    if (isCxError(e)) return { code: e.code, path: e.path };
    throw e;
  }
}

/** n answers in min..max from a seed (a small LCG), with `odd` values written at the given indices. */
function long(n: number, min: number, max: number, seed: number, inserts: readonly [number, number][]): number[] {
  const x = new Array<number>(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    x[i] = min + (s % (max - min + 1));
  }
  for (const [at, v] of inserts) x[Math.floor(at * n)] = v;
  return x;
}

describe('the Float64Array fast path agrees with the general loop', () => {
  it('countFloat64 returns the counts of the general loop on a plain array, or null; null only for a bad answer or −0', () => {
    fc.assert(
      fc.property(sample, ({ scale, x }) => {
        if (scale.min < 0 || scale.max > 31) return;
        const span = scale.max - scale.min;
        const fast = countFloat64(Float64Array.from(x), scale.min, span);
        const general = countIntegers(x, scale.min, span);
        if (fast !== null) expect(fast).toEqual(general);
        else expect(general === null || x.some((v) => Object.is(v, -0))).toBe(true);
        // The dispatching kernel on the Float64Array itself falls back to the general loop, so always agrees.
        expect(countIntegers(Float64Array.from(x), scale.min, span)).toEqual(general);
      }),
      { numRuns: 500 },
    );
  });
  it('nps, csat and ces give the same result or the same error (code and index) for a Float64Array and an array', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8192, max: 40000 }),
        fc.nat(),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), odd), { maxLength: 3 }),
        fc.boolean(),
        (n, seed, inserts, allowFractional) => {
          const a = long(n, 0, 10, seed, inserts);
          expect(outcome(() => nps(Float64Array.from(a)))).toEqual(outcome(() => nps(a)));
          const b = long(n, 1, 5, seed, inserts);
          expect(outcome(() => csat(Float64Array.from(b), { allowFractional }))).toEqual(outcome(() => csat(b, { allowFractional })));
          const c = long(n, 1, 7, seed, inserts);
          const opts = { direction: 'higher-is-easier', allowFractional } as const;
          expect(outcome(() => ces(Float64Array.from(c), opts))).toEqual(outcome(() => ces(c, opts)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
