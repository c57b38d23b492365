/** Unit tests of journeyStates (src/journey/states.ts) on the hand-built fixture (tests/journey/fixture.ts). */
import { describe, expect, it } from 'vitest';
import { defineJourney, type JourneyEventRecord } from '../../src/journey/journey.js';
import { journeyStates, type JourneyStatesOptions } from '../../src/journey/states.js';
import { ASOF, DAY, EVENTS, SHOP, expectCxError, shuffled } from './fixture.js';

const T = (d: string) => `${d}T00:00:00.000Z`;

describe('journeyStates', () => {
  it('gives the hand-worked states of the fixture, sorted by customer id (numbers first)', () => {
    const s = journeyStates(SHOP, EVENTS, { asOf: ASOF });
    expect(s).toEqual([
      { customerId: 7, stage: 'buy', enteredAt: T('2026-02-10'), lastEventAt: T('2026-02-10'), lapsed: false, history: [{ stage: 'buy', at: T('2026-02-10') }] },
      {
        customerId: 'A',
        stage: 'loyal',
        enteredAt: T('2026-02-01'),
        lastEventAt: T('2026-02-01'),
        lapsed: false,
        history: [
          { stage: 'aware', at: T('2026-01-01') },
          { stage: 'consider', at: T('2026-01-03') },
          { stage: 'buy', at: T('2026-01-10') },
          { stage: 'loyal', at: T('2026-02-01') },
        ],
      },
      {
        customerId: 'B',
        stage: 'buy',
        enteredAt: T('2026-01-05'),
        lastEventAt: T('2026-01-20'),
        lapsed: true,
        history: [
          { stage: 'aware', at: T('2026-01-02') },
          { stage: 'buy', at: T('2026-01-05') },
        ],
      },
      { customerId: 'C', stage: 'consider', enteredAt: T('2026-01-04'), lastEventAt: T('2026-03-01'), lapsed: false, history: [{ stage: 'consider', at: T('2026-01-04') }] },
      { customerId: 'D', stage: 'aware', enteredAt: T('2026-01-05'), lastEventAt: T('2026-01-05'), lapsed: true, history: [{ stage: 'aware', at: T('2026-01-05') }] },
    ]);
  });
  it('does not depend on input order; duplicates count once', () => {
    const ref = journeyStates(SHOP, EVENTS, { asOf: ASOF });
    for (let seed = 1; seed <= 5; seed++) expect(journeyStates(SHOP, shuffled(EVENTS, seed), { asOf: ASOF })).toEqual(ref);
    expect(journeyStates(SHOP, [...EVENTS, ...EVENTS], { asOf: ASOF })).toEqual(ref);
  });
  it('asOf is inclusive, and earlier views see less', () => {
    const s = journeyStates(SHOP, EVENTS, { asOf: '2026-01-10' });
    expect(s.find((x) => x.customerId === 'A')?.stage).toBe('buy');
    expect(s.find((x) => x.customerId === 7)).toBeUndefined();
    expect(journeyStates(SHOP, EVENTS, { asOf: '2025-12-31' })).toEqual([]);
  });
  it('lapse is strict: exactly lapseAfter is not lapsed', () => {
    const ev: JourneyEventRecord[] = [{ customerId: 'x', occurredAt: 0, type: 'visit' }];
    expect(journeyStates(SHOP, ev, { asOf: 45 * DAY })[0]!.lapsed).toBe(false);
    expect(journeyStates(SHOP, ev, { asOf: 45 * DAY + 1 })[0]!.lapsed).toBe(true);
    const noLapse = defineJourney({ ...SHOP, lapseAfter: null });
    expect(journeyStates(noLapse, ev, { asOf: 1e12 })[0]!.lapsed).toBe(false);
  });
  it('allowRegression moves customers back; ties in time are taken in stage order', () => {
    const back = defineJourney({ ...SHOP, allowRegression: true });
    const b = journeyStates(back, EVENTS, { asOf: ASOF }).find((x) => x.customerId === 'B')!;
    expect(b.stage).toBe('aware');
    expect(b.history.map((h) => h.stage)).toEqual(['aware', 'buy', 'aware']);
    // Same instant: visit and order → aware then buy, whatever the input order.
    const tie: JourneyEventRecord[] = [
      { customerId: 'y', occurredAt: 5, type: 'order' },
      { customerId: 'y', occurredAt: 5, type: 'visit' },
    ];
    expect(journeyStates(back, tie, { asOf: 5 })[0]!.history.map((h) => h.stage)).toEqual(['aware', 'buy']);
    expect(journeyStates(back, [...tie].reverse(), { asOf: 5 })[0]!.history.map((h) => h.stage)).toEqual(['aware', 'buy']);
  });
  it('an event’s own stage wins over its type; defaultStage and ignoreUnmapped handle unmapped types', () => {
    const ev: JourneyEventRecord[] = [
      { customerId: 'z', occurredAt: '2026-01-01', type: 'mystery', stage: 'consider' },
      { customerId: 'z', occurredAt: '2026-01-02', type: 'other' },
    ];
    expectCxError(() => journeyStates(SHOP, ev, { asOf: ASOF }), 'INVALID_ARGUMENT', ['events', 1, 'type']);
    const dflt = defineJourney({ ...SHOP, defaultStage: 'buy' });
    expect(journeyStates(dflt, ev, { asOf: ASOF })[0]!.history.map((h) => h.stage)).toEqual(['consider', 'buy']);
    const ignore = defineJourney({ ...SHOP, ignoreUnmapped: true });
    const z = journeyStates(ignore, ev, { asOf: ASOF })[0]!;
    expect([z.stage, z.lastEventAt]).toEqual(['consider', T('2026-01-02')]);
  });
  it('accepts Date, ISO string and epoch-ms dates alike', () => {
    const t = Date.UTC(2026, 0, 2);
    const forms = [new Date(t), '2026-01-02', t];
    const outs = forms.map((occurredAt) => journeyStates(SHOP, [{ customerId: 1, occurredAt, type: 'visit' }], { asOf: new Date(t) }));
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[2]).toEqual(outs[0]);
  });
  it('does not modify its inputs', () => {
    const copy = JSON.parse(JSON.stringify(EVENTS)) as unknown;
    journeyStates(SHOP, EVENTS, { asOf: ASOF });
    expect(JSON.parse(JSON.stringify(EVENTS))).toEqual(copy);
  });
  it('rejects bad input with a path', () => {
    const ok = (events: unknown, options: unknown = { asOf: ASOF }) => () => journeyStates(SHOP, events as JourneyEventRecord[], options as JourneyStatesOptions);
    expectCxError(() => journeyStates(SHOP, EVENTS, undefined as unknown as JourneyStatesOptions), 'INVALID_ARGUMENT', ['options']);
    expectCxError(ok(EVENTS, {}), 'INVALID_ARGUMENT', ['options', 'asOf']);
    expectCxError(ok(EVENTS, { asOf: 'soon' }), 'INVALID_DATE', ['options', 'asOf']);
    expectCxError(ok('events'), 'INVALID_ARGUMENT', ['events']);
    expectCxError(ok([null]), 'INVALID_ARGUMENT', ['events', 0]);
    expectCxError(ok([{ customerId: 'a', occurredAt: '2026-13-01', type: 'visit' }]), 'INVALID_DATE', ['events', 0, 'occurredAt']);
    expectCxError(ok([{ customerId: '', occurredAt: 0, type: 'visit' }]), 'INVALID_ARGUMENT', ['events', 0, 'customerId']);
    expectCxError(ok([{ customerId: NaN, occurredAt: 0, type: 'visit' }]), 'INVALID_ARGUMENT', ['events', 0, 'customerId']);
    expectCxError(ok([{ customerId: 'a', occurredAt: 0, type: 'visit' }, { customerId: 'a', occurredAt: 0, type: 'teleport' }]), 'INVALID_ARGUMENT', ['events', 1, 'type']);
    expectCxError(ok([{ customerId: 'a', occurredAt: 0, type: 3 }]), 'INVALID_ARGUMENT', ['events', 0, 'type']);
    expectCxError(ok([{ customerId: 'a', occurredAt: 0, type: 'visit', stage: 'orbit' }]), 'INVALID_ARGUMENT', ['events', 0, 'stage']);
    // Errors do not depend on asOf: an unknown type after asOf is still reported.
    expectCxError(ok([{ customerId: 'a', occurredAt: '2030-01-01', type: 'teleport' }]), 'INVALID_ARGUMENT', ['events', 0, 'type']);
  });
});

describe('journeyStates with long customer histories', () => {
  it('a customer with many events (the comparison-sort path) gives the same as sorted input', () => {
    const types = ['visit', 'signup', 'order', 'repeat', 'login'];
    const many: JourneyEventRecord[] = Array.from({ length: 200 }, (_, i) => ({ customerId: 'big', occurredAt: (i % 37) * DAY, type: types[(i * 7) % 5]! }));
    const sorted = [...many].sort((x, y) => (x.occurredAt as number) - (y.occurredAt as number));
    const back = defineJourney({ ...SHOP, allowRegression: true });
    for (const j of [SHOP, back]) {
      const a = journeyStates(j, shuffled(many, 7), { asOf: 100 * DAY });
      expect(a).toEqual(journeyStates(j, sorted, { asOf: 100 * DAY }));
      expect(a).toEqual(journeyStates(j, shuffled(many, 8), { asOf: 100 * DAY }));
    }
    // Day 0 has visit, signup, order and repeat (i = 0, 148, 111, 74): taken in stage order, all four stages at once.
    expect(journeyStates(SHOP, many, { asOf: 100 * DAY })[0]!.history.map((h) => h.stage)).toEqual(['aware', 'consider', 'buy', 'loyal']);
  });
});
