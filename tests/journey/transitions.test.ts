/** Unit tests of stageTransitions (src/journey/transitions.ts) on the hand-built fixture (tests/journey/fixture.ts). */
import { describe, expect, it } from 'vitest';
import { defineJourney } from '../../src/journey/journey.js';
import { stageTransitions, type StageTransitionsOptions } from '../../src/journey/transitions.js';
import { EVENTS, SHOP, expectCxError, shuffled } from './fixture.js';

describe('stageTransitions', () => {
  it('all time: A aware→consider→buy→loyal, B aware→buy; journeys begin A, B, D, F in aware, C in consider, 7 in buy', () => {
    const t = stageTransitions(SHOP, EVENTS);
    expect(t.stages).toEqual(['aware', 'consider', 'buy', 'loyal']);
    expect(t.counts).toEqual([
      [0, 1, 1, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
      [0, 0, 0, 0],
    ]);
    expect(t.probabilities).toEqual([
      [0, 0.5, 0.5, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
      [0, 0, 0, 0],
    ]);
    expect(t.entered).toEqual([4, 1, 1, 0]);
    expect([t.from, t.to]).toEqual([null, null]);
  });
  it('a period [from, to): from inclusive, to exclusive', () => {
    // In [01-04, 02-01): A consider→buy (01-10), B aware→buy (01-05); A buy→loyal at 02-01 is excluded; A's
    // aware→consider (01-03) is before; journeys begun: C (consider, 01-04), D (aware, 01-05).
    const t = stageTransitions(SHOP, EVENTS, { from: '2026-01-04', to: '2026-02-01' });
    expect(t.counts).toEqual([
      [0, 0, 1, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(t.entered).toEqual([1, 1, 0, 0]);
    expect([t.from, t.to]).toEqual(['2026-01-04T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
    // The stage at `from` comes from the events before it: A moved aware→consider on 01-03.
    const late = stageTransitions(SHOP, EVENTS, { from: '2026-01-03', to: '2026-01-05' });
    expect(late.counts[0]).toEqual([0, 1, 0, 0]);
  });
  it('with allowRegression, backward moves appear below the diagonal', () => {
    const back = defineJourney({ ...SHOP, allowRegression: true });
    const t = stageTransitions(back, EVENTS);
    expect(t.counts[2]).toEqual([1, 0, 0, 1]); // B buy→aware (01-20), A buy→loyal
    expect(t.probabilities[2]).toEqual([0.5, 0, 0, 0.5]);
  });
  it('does not depend on input order; duplicates count once', () => {
    const ref = stageTransitions(SHOP, EVENTS);
    expect(stageTransitions(SHOP, shuffled(EVENTS, 3))).toEqual(ref);
    expect(stageTransitions(SHOP, [...EVENTS, ...shuffled(EVENTS, 9)])).toEqual(ref);
  });
  it('no events: zero matrices', () => {
    const t = stageTransitions(SHOP, []);
    expect(t.counts.flat().every((x) => x === 0)).toBe(true);
    expect(t.probabilities.flat().every((x) => x === 0)).toBe(true);
  });
  it('rejects bad options', () => {
    expectCxError(() => stageTransitions(SHOP, EVENTS, { from: '2026-02-01', to: '2026-01-01' }), 'INVALID_ARGUMENT', ['options', 'from']);
    expectCxError(() => stageTransitions(SHOP, EVENTS, { to: 'later' }), 'INVALID_DATE', ['options', 'to']);
    expectCxError(() => stageTransitions(SHOP, EVENTS, 5 as unknown as StageTransitionsOptions), 'INVALID_ARGUMENT', ['options']);
    expectCxError(() => stageTransitions(SHOP, [{ customerId: 'a', occurredAt: 0, type: 'nope' }]), 'INVALID_ARGUMENT', ['events', 0, 'type']);
  });
});
