/** Unit tests of funnel (src/journey/funnel.ts) on the hand-built fixture (tests/journey/fixture.ts). */
import { describe, expect, it } from 'vitest';
import { funnel } from '../../src/journey/funnel.js';
import { DAY, EVENTS, SHOP, expectCxError, shuffled } from './fixture.js';

describe('funnel', () => {
  it('all time: furthest stages A loyal, B buy, C consider, D aware, 7 buy, F aware → reached 6, 4, 3, 1', () => {
    const f = funnel(SHOP, EVENTS);
    expect(f.map((s) => s.stage)).toEqual(['aware', 'consider', 'buy', 'loyal']);
    expect(f.map((s) => s.reached)).toEqual([6, 4, 3, 1]);
    expect(f.map((s) => s.conversionFromPrevious)).toEqual([1, 4 / 6, 3 / 4, 1 / 3]);
    expect(f.map((s) => s.conversionFromStart)).toEqual([1, 4 / 6, 3 / 6, 1 / 6]);
    expect(f.map((s) => s.dropOff)).toEqual([2, 1, 2, 0]);
    expect(f.map((s) => s.dropOffRate)).toEqual([2 / 6, 1 / 4, 2 / 3, 0]);
    expect(f[2]!.label).toEqual({ 'zh-CN': 'Buy-zh', en: 'Buy' });
  });
  it('cohort by journey start in [from, to); later progress still counts', () => {
    // Begun in [01-01, 01-05): A (01-01), B (01-02), C (01-04); A's repeat on 02-01 still counts.
    expect(funnel(SHOP, EVENTS, { from: '2026-01-01', to: '2026-01-05' }).map((s) => s.reached)).toEqual([3, 3, 2, 1]);
  });
  it('a conversion window: within 10 days A only reaches buy (day 9)', () => {
    expect(funnel(SHOP, EVENTS, { within: 10 * DAY }).map((s) => s.reached)).toEqual([6, 4, 3, 0]);
    expect(funnel(SHOP, EVENTS, { within: 9 * DAY }).map((s) => s.reached)).toEqual([6, 4, 3, 0]);
    expect(funnel(SHOP, EVENTS, { within: 9 * DAY - 1 }).map((s) => s.reached)).toEqual([6, 4, 2, 0]);
  });
  it('an empty cohort gives zeros and nulls, never NaN', () => {
    const f = funnel(SHOP, EVENTS, { from: '2030-01-01' });
    expect(f.map((s) => [s.reached, s.conversionFromPrevious, s.conversionFromStart, s.dropOff, s.dropOffRate])).toEqual([
      [0, null, null, 0, null],
      [0, null, null, 0, null],
      [0, null, null, 0, null],
      [0, null, null, 0, null],
    ]);
  });
  it('does not depend on input order; duplicates count once', () => {
    const ref = funnel(SHOP, EVENTS);
    expect(funnel(SHOP, shuffled(EVENTS, 4))).toEqual(ref);
    expect(funnel(SHOP, [...EVENTS, ...EVENTS])).toEqual(ref);
  });
  it('rejects bad options', () => {
    expectCxError(() => funnel(SHOP, EVENTS, { within: 0 }), 'OUT_OF_RANGE', ['options', 'within']);
    expectCxError(() => funnel(SHOP, EVENTS, { within: NaN }), 'NON_FINITE', ['options', 'within']);
    expectCxError(() => funnel(SHOP, EVENTS, { from: 10, to: 5 }), 'INVALID_ARGUMENT', ['options', 'from']);
    expectCxError(() => funnel(SHOP, EVENTS, { from: {} as never }), 'INVALID_DATE', ['options', 'from']);
  });
});
