/**
 * Properties of journeyStates, stageTransitions, funnel and timeInStage on random events: agreement with a naive
 * re-implementation of the stage rules, invariance under input order and duplicated events, row sums, monotone
 * funnels and bookkeeping identities.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineJourney, type Journey, type JourneyEventRecord } from '../../src/journey/journey.js';
import { journeyStates } from '../../src/journey/states.js';
import { stageTransitions } from '../../src/journey/transitions.js';
import { funnel } from '../../src/journey/funnel.js';
import { timeInStage } from '../../src/journey/time-in-stage.js';
import { DAY, SHOP } from './fixture.js';

const STAGE_OF: Record<string, number> = { visit: 0, signup: 1, order: 2, repeat: 3, login: -1 };
const STAGE_IDS = ['aware', 'consider', 'buy', 'loyal'];

const event: fc.Arbitrary<JourneyEventRecord> = fc.record({
  customerId: fc.constantFrom<string | number>('a', 'b', 'c', 'd', 1, 2),
  occurredAt: fc.integer({ min: 0, max: 40 }).map((d) => d * DAY),
  type: fc.constantFrom('visit', 'signup', 'order', 'repeat', 'login'),
});
const events = fc.array(event, { maxLength: 40 });
const journey: fc.Arbitrary<Journey> = fc
  .record({ allowRegression: fc.boolean(), lapse: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }) })
  .map(({ allowRegression, lapse }) => defineJourney({ ...SHOP, allowRegression, lapseAfter: lapse === null ? null : lapse * DAY }));
const asOf = fc.integer({ min: 0, max: 45 }).map((d) => d * DAY);
/** The events and a permutation of them plus some duplicates. */
const withVariant = events.chain((evs) =>
  fc.tuple(fc.constant(evs), fc.shuffledSubarray(evs, { minLength: evs.length, maxLength: evs.length }), fc.subarray(evs)).map(([a, perm, dup]) => [a, [...perm, ...dup]] as const),
);

/** The stage rules written plainly: per customer, sort by (time, stage) and walk. */
function naiveStates(j: Journey, evs: readonly JourneyEventRecord[], at: number) {
  const by = new Map<string | number, { t: number; s: number }[]>();
  for (const e of evs) {
    const t = e.occurredAt as number;
    if (t > at) continue;
    const list = by.get(e.customerId) ?? [];
    list.push({ t, s: STAGE_OF[e.type]! });
    by.set(e.customerId, list);
  }
  const out: { customerId: string | number; stage: string; lapsed: boolean; history: string[] }[] = [];
  const ids = [...by.keys()].sort((x, y) => (typeof x === 'number' ? (typeof y === 'number' ? x - y : -1) : typeof y === 'number' ? 1 : x < y ? -1 : 1));
  for (const id of ids) {
    const list = by.get(id)!.sort((x, y) => x.t - y.t || x.s - y.s);
    const history: number[] = [];
    for (const { s } of list) {
      if (s < 0) continue;
      const cur = history.length === 0 ? -1 : history[history.length - 1]!;
      if (s === cur) continue;
      if (cur < 0 || s > cur || j.allowRegression) history.push(s);
    }
    if (history.length === 0) continue;
    const last = list.reduce((m, x) => (x.t > m ? x.t : m), -Infinity);
    out.push({ customerId: id, stage: STAGE_IDS[history[history.length - 1]!]!, lapsed: j.lapseAfter !== null && at - last > j.lapseAfter, history: history.map((s) => STAGE_IDS[s]!) });
  }
  return out;
}

describe('journeyStates properties', () => {
  it('agrees with the plainly written rules', () => {
    fc.assert(
      fc.property(journey, events, asOf, (j, evs, at) => {
        const got = journeyStates(j, evs, { asOf: at }).map((s) => ({ customerId: s.customerId, stage: s.stage, lapsed: s.lapsed, history: s.history.map((h) => h.stage) }));
        expect(got).toEqual(naiveStates(j, evs, at));
      }),
    );
  });
  it('is invariant under input order and duplicated events', () => {
    fc.assert(
      fc.property(journey, withVariant, asOf, (j, [a, b], at) => {
        expect(journeyStates(j, b, { asOf: at })).toEqual(journeyStates(j, a, { asOf: at }));
      }),
    );
  });
});

describe('stageTransitions properties', () => {
  it('rows sum to 1 or 0; moves = Σ (history length − 1); invariant under order and duplicates', () => {
    fc.assert(
      fc.property(journey, withVariant, (j, [a, b]) => {
        const t = stageTransitions(j, a);
        for (let i = 0; i < t.stages.length; i++) {
          const rowSum = t.probabilities[i]!.reduce((s, x) => s + x, 0);
          const out = t.counts[i]!.reduce((s, x) => s + x, 0);
          if (out === 0) expect(rowSum).toBe(0);
          else expect(Math.abs(rowSum - 1)).toBeLessThanOrEqual(1e-12);
          expect(t.counts[i]![i]).toBe(0);
          for (const p of t.probabilities[i]!) expect(p >= 0 && p <= 1).toBe(true);
        }
        const states = journeyStates(j, a, { asOf: 8.64e15 });
        const moves = t.counts.flat().reduce((s, x) => s + x, 0);
        expect(moves).toBe(states.reduce((s, c) => s + c.history.length - 1, 0));
        expect(t.entered.reduce((s, x) => s + x, 0)).toBe(states.length);
        expect(stageTransitions(j, b)).toEqual(t);
      }),
    );
  });
  it('splitting the period in two adds up', () => {
    fc.assert(
      fc.property(journey, events, fc.integer({ min: 0, max: 40 }), (j, evs, cut) => {
        const whole = stageTransitions(j, evs);
        const early = stageTransitions(j, evs, { to: cut * DAY });
        const late = stageTransitions(j, evs, { from: cut * DAY });
        expect(early.counts.map((r, i) => r.map((x, k) => x + late.counts[i]![k]!))).toEqual(whole.counts);
        expect(early.entered.map((x, k) => x + late.entered[k]!)).toEqual(whole.entered);
      }),
    );
  });
});

describe('funnel properties', () => {
  it('reached is non-increasing; rates in [0, 1]; drop-offs add up; invariant under order and duplicates', () => {
    fc.assert(
      fc.property(journey, withVariant, (j, [a, b]) => {
        const f = funnel(j, a);
        for (let k = 1; k < f.length; k++) expect(f[k]!.reached).toBeLessThanOrEqual(f[k - 1]!.reached);
        for (const s of f) {
          for (const r of [s.conversionFromPrevious, s.conversionFromStart, s.dropOffRate]) if (r !== null) expect(r >= 0 && r <= 1).toBe(true);
        }
        const dropped = f.reduce((s, x) => s + x.dropOff, 0);
        expect(dropped).toBe(f[0]!.reached - f[f.length - 1]!.reached);
        expect(funnel(j, b)).toEqual(f);
      }),
    );
  });
  it('a longer conversion window never reaches fewer; no window is the limit', () => {
    fc.assert(
      fc.property(journey, events, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), (j, evs, w, extra) => {
        const short = funnel(j, evs, { within: w * DAY });
        const long = funnel(j, evs, { within: (w + extra) * DAY });
        const all = funnel(j, evs);
        for (let k = 0; k < short.length; k++) {
          expect(short[k]!.reached).toBeLessThanOrEqual(long[k]!.reached);
          expect(long[k]!.reached).toBeLessThanOrEqual(all[k]!.reached);
        }
        expect(funnel(j, evs, { within: 100 * DAY })).toEqual(all);
      }),
    );
  });
});

describe('timeInStage properties', () => {
  it('stays add up to the history entries, one open stay per customer; medians ordered; invariant', () => {
    fc.assert(
      fc.property(journey, withVariant, asOf, (j, [a, b], at) => {
        const t = timeInStage(j, a, { asOf: at });
        const states = journeyStates(j, a, { asOf: at });
        expect(t.reduce((s, x) => s + x.n, 0)).toBe(states.reduce((s, c) => s + c.history.length, 0));
        expect(t.reduce((s, x) => s + x.censored, 0)).toBe(states.length);
        for (const s of t) {
          expect(s.completed + s.censored).toBe(s.n);
          if (s.median !== null && s.p90 !== null) expect(s.median).toBeLessThanOrEqual(s.p90);
          if (s.mean !== null) {
            expect(s.mean).toBeGreaterThanOrEqual(0);
            expect(s.mean).toBeLessThanOrEqual(s.meanRestrictedTo! * (1 + 1e-12));
          }
        }
        expect(timeInStage(j, b, { asOf: at })).toEqual(t);
      }),
    );
  });
});
