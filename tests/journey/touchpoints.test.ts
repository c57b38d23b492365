/**
 * Unit tests of touchpointMetrics (src/journey/touchpoints.ts). The per-touchpoint scores must equal the survey
 * metrics run on each group's answers (nps, csat, ces — themselves tested against R in tests/survey); volumes are
 * counted by hand from tests/journey/fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { touchpointMetrics, type TouchpointAnswer } from '../../src/journey/touchpoints.js';
import { nps } from '../../src/survey/nps.js';
import { csat } from '../../src/survey/csat.js';
import { ces } from '../../src/survey/ces.js';
import { ANSWERS, CES_OPTIONS, EVENTS, TP, a, expectCxError, shuffled } from './fixture.js';

describe('touchpointMetrics', () => {
  const m = touchpointMetrics(TP, ANSWERS, EVENTS, CES_OPTIONS);
  it('one entry per touchpoint, in the given order, with its definition', () => {
    expect(m.map((x) => [x.touchpointId, x.channel, x.kind, x.stages])).toEqual([
      ['web', 'online', 'website', ['consider', 'buy']],
      ['store', 'offline', 'store', ['buy']],
      ['app', 'online', 'app', []],
    ]);
    expect(m[1]!.name).toEqual({ 'zh-CN': '门店', en: 'Store' });
  });
  it('scores are the full survey-metric results of each group', () => {
    expect(m[0]!.csat).toEqual(csat([5, 4, 2]));
    expect(m[0]!.nps).toEqual(nps([10, 9, 3]));
    expect(m[0]!.ces).toBeUndefined();
    expect(m[1]!.csat).toEqual(csat([5, 5]));
    expect(m[1]!.ces).toEqual(ces([1, 4], { direction: 'lower-is-easier', scale: { min: 1, max: 5 } }));
    expect(m[1]!.ces!.easyShare).toBe(50);
    expect([m[2]!.nps, m[2]!.csat, m[2]!.ces]).toEqual([undefined, undefined, undefined]);
    expect(m.map((x) => x.responses)).toEqual([6, 4, 0]);
  });
  it('volume: distinct events at the touchpoint (web: A and 7 ordered; store: B), else the answers', () => {
    expect(m.map((x) => [x.volume, x.volumeSource])).toEqual([
      [2, 'events'],
      [1, 'events'],
      [0, 'events'],
    ]);
    expect(touchpointMetrics(TP, ANSWERS, [...EVENTS, ...EVENTS], CES_OPTIONS).map((x) => x.volume)).toEqual([2, 1, 0]);
    const same = { customerId: 'q', occurredAt: 5, touchpointId: 'app' };
    const vol = touchpointMetrics(TP, [], [{ ...same, type: 'visit' }, { ...same, type: 'signup' }, { ...same, type: 'visit' }, { ...same, occurredAt: 6, type: 'visit' }]);
    expect(vol[2]!.volume).toBe(3);
    expect(touchpointMetrics(TP, ANSWERS, undefined, CES_OPTIONS).map((x) => [x.volume, x.volumeSource])).toEqual([
      [6, 'responses'],
      [4, 'responses'],
      [0, 'responses'],
    ]);
  });
  it('the CSAT scale comes from the answers when not given; options are passed through', () => {
    const seven = touchpointMetrics(TP, [a('csat', 6, 'app', { min: 1, max: 7 }), a('csat', 3, 'app')]);
    expect(seven[2]!.csat).toEqual(csat([6, 3], { scale: { min: 1, max: 7 } }));
    const conf = touchpointMetrics(TP, ANSWERS, undefined, { ...CES_OPTIONS, nps: { confidence: 0.9 }, csat: { satisfiedAtLeast: 5 } });
    expect(conf[0]!.nps).toEqual(nps([10, 9, 3], { confidence: 0.9 }));
    expect(conf[0]!.csat!.score).toBeCloseTo(100 / 3, 12);
  });
  it('does not depend on the order of answers or events', () => {
    expect(touchpointMetrics(TP, shuffled(ANSWERS, 5), shuffled(EVENTS, 6), CES_OPTIONS)).toEqual(m);
  });
  it('rejects bad input with a path', () => {
    expectCxError(() => touchpointMetrics(TP, [a('csat', 4, 'kiosk')]), 'INVALID_ARGUMENT', ['responses', 0, 'touchpointId']);
    expectCxError(() => touchpointMetrics(TP, [], [{ customerId: 1, occurredAt: 0, type: 'visit', touchpointId: 'kiosk' }]), 'INVALID_ARGUMENT', ['events', 0, 'touchpointId']);
    expectCxError(() => touchpointMetrics(TP, [], [{ customerId: 1, occurredAt: 'x', type: 'visit', touchpointId: 'web' }]), 'INVALID_DATE', ['events', 0, 'occurredAt']);
    expectCxError(() => touchpointMetrics([...TP, TP[0]!], []), 'INVALID_ARGUMENT', ['touchpoints', 3, 'id']);
    expectCxError(() => touchpointMetrics([{ ...TP[0]!, id: '' }], []), 'INVALID_ARGUMENT', ['touchpoints', 0, 'id']);
    expectCxError(() => touchpointMetrics(TP, [a('csat', 4, 'web', { min: 1, max: 5 }), a('csat', 6, 'web', { min: 1, max: 7 })]), 'INVALID_ARGUMENT', ['responses', 1, 'scale']);
    expectCxError(() => touchpointMetrics(TP, [a('csat', 6, 'web', { min: 1, max: 7 })], undefined, { csat: { scale: { min: 1, max: 5 } } }), 'INVALID_ARGUMENT', ['responses', 0, 'scale']);
    expectCxError(() => touchpointMetrics(TP, [a('nps', 4, 'web', { min: 1, max: 5 })]), 'INVALID_ARGUMENT', ['responses', 0, 'scale']);
    expectCxError(() => touchpointMetrics(TP, [a('ces', 2, 'web')]), 'INVALID_ARGUMENT', ['options', 'ces', 'direction']);
    expectCxError(() => touchpointMetrics(TP, [a('csat', 4, 'web'), a('csat', 9, 'web')]), 'INVALID_SCORE', ['responses', 1, 'score']);
    expectCxError(() => touchpointMetrics(TP, [a('nps', 4, 'store'), a('nps', 4.5, 'store')]), 'INVALID_SCORE', ['responses', 1, 'score']);
    expectCxError(() => touchpointMetrics(TP, [a('csat', 4, 'web')], undefined, { csat: { satisfiedAtLeast: 9 } }), 'OUT_OF_RANGE', ['options', 'csat', 'satisfiedAtLeast']);
    expectCxError(() => touchpointMetrics(TP, [{ metric: 'joy', score: 1, touchpointId: 'web' } as unknown as TouchpointAnswer]), 'INVALID_ARGUMENT', ['responses', 0, 'metric']);
    expectCxError(() => touchpointMetrics(TP, [null as unknown as TouchpointAnswer]), 'INVALID_ARGUMENT', ['responses', 0]);
    expectCxError(() => touchpointMetrics(TP, 'x' as unknown as TouchpointAnswer[]), 'INVALID_ARGUMENT', ['responses']);
  });
});
