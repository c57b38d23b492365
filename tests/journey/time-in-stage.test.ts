/**
 * Unit tests of timeInStage (src/journey/time-in-stage.ts) on the hand-built fixture (tests/journey/fixture.ts).
 * Reference values: R 4.2.2, survival 3.5.3 — tests/fixtures/journey/time-in-stage.R and its output
 * time-in-stage.out (survfit median, quantile(fit, 0.9), summary(fit, rmean = longest stay)). Tolerance 1e-9 relative.
 */
import { describe, expect, it } from 'vitest';
import { defineJourney } from '../../src/journey/journey.js';
import { timeInStage, type TimeInStageOptions } from '../../src/journey/time-in-stage.js';
import { ASOF, DAY, EVENTS, SHOP, expectCxError, shuffled } from './fixture.js';

const close = (x: number | null, y: number) => {
  expect(x).not.toBeNull();
  expect(Math.abs(x! - y)).toBeLessThanOrEqual(1e-9 * Math.abs(y));
};

describe('timeInStage', () => {
  // Stays (days): aware A 2, B 3, D 69+ ; consider A 7, C 70+ ; buy A 22, B 69+, 7 33+ ; loyal A 42+ (+ = censored at asOf).
  const t = timeInStage(SHOP, EVENTS, { asOf: ASOF });
  it('counts stays, completed and censored', () => {
    expect(t.map((s) => [s.stage, s.n, s.completed, s.censored])).toEqual([
      ['aware', 3, 2, 1],
      ['consider', 2, 1, 1],
      ['buy', 3, 1, 2],
      ['loyal', 1, 0, 1],
    ]);
  });
  it('matches R survfit: median, p90, restricted mean (time-in-stage.out)', () => {
    // aware: median=3 p90=NA rmean=24.6666666667 tau=69
    expect(t[0]!.median).toBe(3 * DAY);
    expect(t[0]!.p90).toBeNull();
    close(t[0]!.mean, 24.6666666667 * DAY);
    expect(t[0]!.meanRestrictedTo).toBe(69 * DAY);
    // consider: median=7 p90=NA rmean=38.5 tau=70
    expect(t[1]!.median).toBe(7 * DAY);
    expect(t[1]!.p90).toBeNull();
    close(t[1]!.mean, 38.5 * DAY);
    // buy: median=NA rmean=53.3333333333 tau=69
    expect(t[2]!.median).toBeNull();
    close(t[2]!.mean, 53.3333333333 * DAY);
    // loyal: one censored stay: rmean = 42 = tau
    expect([t[3]!.median, t[3]!.p90, t[3]!.mean, t[3]!.meanRestrictedTo]).toEqual([null, null, 42 * DAY, 42 * DAY]);
  });
  it('without censoring the mean is the plain mean, and p90 the KM quantile', () => {
    // Everyone moved on before asOf: aware stays 1, 2, 3, 4 days, all completed.
    const ev = [1, 2, 3, 4].flatMap((d, i) => [
      { customerId: i, occurredAt: 0, type: 'visit' },
      { customerId: i, occurredAt: d * DAY, type: 'signup' },
    ]);
    const a = timeInStage(SHOP, ev, { asOf: 10 * DAY })[0]!;
    expect(a.mean).toBe(2.5 * DAY);
    expect(a.median).toBe(2.5 * DAY); // S = 0.5 on [2, 3): R takes the midpoint
    expect(a.p90).toBe(4 * DAY); // quantile.survfit: first time S ≤ 0.1
  });
  it('a stage nobody entered gives n = 0 and nulls', () => {
    const s = timeInStage(SHOP, [{ customerId: 1, occurredAt: 0, type: 'visit' }], { asOf: 0 });
    expect(s[1]).toEqual({ stage: 'consider', label: SHOP.stages[1]!.label, n: 0, completed: 0, censored: 0, median: null, p90: null, mean: null, meanRestrictedTo: null });
    expect(s[0]!.n).toBe(1);
    expect(s[0]!.mean).toBe(0);
  });
  it('allowRegression: a second stay in the same stage counts', () => {
    const back = defineJourney({ ...SHOP, allowRegression: true });
    const s = timeInStage(back, EVENTS, { asOf: ASOF });
    expect(s[0]!.n).toBe(4); // B returns to aware on 01-20
  });
  it('does not depend on input order; duplicates count once', () => {
    expect(timeInStage(SHOP, shuffled(EVENTS, 11), { asOf: ASOF })).toEqual(t);
    expect(timeInStage(SHOP, [...EVENTS, ...EVENTS], { asOf: ASOF })).toEqual(t);
  });
  it('requires asOf', () => {
    expectCxError(() => timeInStage(SHOP, EVENTS, {} as TimeInStageOptions), 'INVALID_ARGUMENT', ['options', 'asOf']);
  });
});
