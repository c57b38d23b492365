import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nps, npsTally, mergeNpsTally, type NpsIntervalMethod, type NpsResult } from '../../src/survey/nps.js';

const answer = fc.integer({ min: 0, max: 10 });
const answers = fc.array(answer, { maxLength: 80 });
const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 100, noNaN: true }));
const weighted = fc.array(fc.tuple(answer, weight), { maxLength: 60 }).map((ps) => ({ x: ps.map((p) => p[0]), w: ps.map((p) => p[1]) }));
const method = fc.constantFrom<NpsIntervalMethod>('adjusted-wald', 'wald', 'trinomial', 'bootstrap');
const permute = <T>(xs: readonly T[], seed: number): T[] => {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};
/** True when no number anywhere in the value is NaN or ±Infinity. */
const allFinite = (v: unknown): boolean =>
  typeof v === 'number' ? Number.isFinite(v) : typeof v === 'object' && v !== null ? Object.values(v).every(allFinite) : true;
const near = (a: number | null, b: number | null, rel = 1e-12): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
function same(a: NpsResult, b: NpsResult, rel = 1e-12, counts = true): void {
  expect(a.n).toBe(b.n);
  for (const k of ['score', 'standardError', 'effectiveN'] as const) expect(near(a[k], b[k], rel)).toBe(true);
  if (counts) for (const k of ['promoters', 'passives', 'detractors'] as const) expect(near(a[k], b[k], rel)).toBe(true);
  expect(a.interval === null).toBe(b.interval === null);
  if (a.interval && b.interval) {
    expect(near(a.interval.lower, b.interval.lower, rel)).toBe(true);
    expect(near(a.interval.upper, b.interval.upper, rel)).toBe(true);
  }
}

describe('nps properties', () => {
  it('score in −100..100; every interval inside it with lower ≤ upper; Wald and trinomial contain the score', () => {
    fc.assert(
      fc.property(answers, method, fc.double({ min: 0.5, max: 0.995, noNaN: true }), (x, m, c) => {
        const r = nps(x, { interval: m, confidence: c, resamples: 200 });
        expect(allFinite(r)).toBe(true);
        if (x.length === 0) {
          expect(r.score).toBeNull();
          return;
        }
        expect(r.score).toBeGreaterThanOrEqual(-100);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.standardError).toBeGreaterThanOrEqual(0);
        const s = r.shares!;
        expect(Math.abs(s.promoters + s.passives + s.detractors - 1)).toBeLessThan(1e-12);
        if (r.interval === null) {
          expect(m === 'trinomial' && x.length < 2).toBe(true);
          return;
        }
        expect(r.interval.lower).toBeGreaterThanOrEqual(-100);
        expect(r.interval.upper).toBeLessThanOrEqual(100);
        expect(r.interval.lower).toBeLessThanOrEqual(r.interval.upper);
        if (m === 'wald' || m === 'trinomial') {
          expect(r.interval.lower).toBeLessThanOrEqual(r.score!);
          expect(r.interval.upper).toBeGreaterThanOrEqual(r.score!);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is invariant under permutation of the answers (exactly, unweighted; to 1e-12 weighted)', () => {
    fc.assert(
      fc.property(answers, weighted, fc.nat(), method, (x, wd, seed, m) => {
        expect(nps(permute(x, seed), { interval: m, resamples: 100 })).toEqual(nps(x, { interval: m, resamples: 100 }));
        const idx = permute(
          wd.x.map((_, i) => i),
          seed,
        );
        const m2 = m === 'bootstrap' ? 'wald' : m;
        expect(allFinite(nps(wd.x, { weights: wd.w, interval: m }))).toBe(true);
        same(nps(idx.map((i) => wd.x[i]!), { weights: idx.map((i) => wd.w[i]!), interval: m2 }), nps(wd.x, { weights: wd.w, interval: m2 }));
      }),
      { numRuns: 60 },
    );
  });

  it('merge law: nps(merge(tally(a), tally(b))) = nps(a ∪ b), exactly unweighted, to 1e-12 weighted; merge commutes', () => {
    fc.assert(
      fc.property(answers, answers, weighted, weighted, method, (a, b, wa, wb, m) => {
        const merged = mergeNpsTally(npsTally(a), npsTally(b));
        expect(merged).toEqual(npsTally([...a, ...b]));
        expect(nps(merged, { interval: m, resamples: 100 })).toEqual(nps([...a, ...b], { interval: m, resamples: 100 }));
        const mw = mergeNpsTally(npsTally(wa.x, { weights: wa.w }), npsTally(wb.x, { weights: wb.w }));
        const whole = nps([...wa.x, ...wb.x], { weights: [...wa.w, ...wb.w], interval: 'adjusted-wald' });
        same(nps(mw), whole);
        expect(mergeNpsTally(npsTally(wb.x, { weights: wb.w }), npsTally(wa.x, { weights: wa.w }))).toEqual(mw);
      }),
      { numRuns: 60 },
    );
  });

  it('merge is associative', () => {
    fc.assert(
      fc.property(weighted, weighted, weighted, (a, b, c) => {
        const [ta, tb, tc] = [a, b, c].map((d) => npsTally(d.x, { weights: d.w }));
        const left = nps(mergeNpsTally(mergeNpsTally(ta!, tb!), tc!));
        const right = nps(mergeNpsTally(ta!, mergeNpsTally(tb!, tc!)));
        same(left, right);
      }),
    );
  });

  it('adding a promoter never lowers the score; adding a detractor never raises it', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 9, max: 10 }), fc.integer({ min: 0, max: 6 }), (x, p, d) => {
        const base = nps(x).score ?? -100;
        expect(nps([...x, p]).score!).toBeGreaterThanOrEqual(base);
        expect(nps([...x, d]).score!).toBeLessThanOrEqual(x.length === 0 ? 100 : base);
      }),
    );
  });

  it('unit weights ≡ unweighted (every method, exactly); scaling all weights changes nothing', () => {
    fc.assert(
      fc.property(answers, method, weighted, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (x, m, wd, k) => {
        expect(nps(x, { weights: x.map(() => 1), interval: m, resamples: 100 })).toEqual(nps(x, { interval: m, resamples: 100 }));
        const m2 = m === 'bootstrap' ? 'trinomial' : m;
        same(nps(wd.x, { weights: wd.w.map((w) => w * k), interval: m2 }), nps(wd.x, { weights: wd.w, interval: m2 }), 1e-9, false);
      }),
    );
  });

  it('all promoters (any n ≥ 1) gives a non-degenerate adjusted-Wald interval containing 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        const r = nps(new Uint8Array(n).fill(9));
        expect(r.interval!.lower).toBeLessThan(r.interval!.upper);
        expect(r.interval!.upper).toBe(100);
        expect(r.score).toBe(100);
      }),
    );
  });

  it('the tally is plain JSON that round-trips', () => {
    fc.assert(
      fc.property(weighted, (wd) => {
        const t = npsTally(wd.x, { weights: wd.w });
        expect(nps(JSON.parse(JSON.stringify(t)))).toEqual(nps(t));
      }),
    );
  });
});
