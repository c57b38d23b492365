/** Unit tests of defineJourney and DEFAULT_JOURNEY (src/journey/journey.ts): validation, paths of errors, defaults. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_JOURNEY, defineJourney, type JourneyDefinition } from '../../src/journey/journey.js';
import { journeyStates } from '../../src/journey/states.js';
import { DAY, expectCxError } from './fixture.js';

const L = { 'zh-CN': '甲', en: 'A' };
const two: JourneyDefinition = { id: 'j', stages: [{ id: 'a', label: L }, { id: 'b', label: L }], eventStage: { x: 'a', y: 'b', z: null } };

describe('defineJourney', () => {
  it('returns a plain, complete journey with documented defaults', () => {
    const j = defineJourney(two);
    expect(j).toEqual({
      id: 'j',
      stages: [{ id: 'a', label: L }, { id: 'b', label: L }],
      eventStage: { x: 'a', y: 'b', z: null },
      defaultStage: null,
      ignoreUnmapped: false,
      allowRegression: false,
      lapseAfter: null,
    });
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
  it('copies the definition (later changes to the input do not leak in)', () => {
    const stages = [{ id: 'a', label: { ...L } }];
    const j = defineJourney({ id: 'j', stages });
    stages[0]!.id = 'changed';
    expect(j.stages[0]!.id).toBe('a');
  });
  it('a journey is itself a valid definition (round trip, spread)', () => {
    const j = defineJourney({ ...two, defaultStage: 'b', allowRegression: true, lapseAfter: 30 * DAY });
    expect(defineJourney(j)).toEqual(j);
    expect(defineJourney({ ...j, lapseAfter: null }).lapseAfter).toBeNull();
    const ignoring = defineJourney({ ...two, ignoreUnmapped: true });
    expect(defineJourney(ignoring)).toEqual(ignoring);
  });
  it('keeps an event type named like an Object.prototype key as data', () => {
    const j = defineJourney({ ...two, eventStage: JSON.parse('{"__proto__": "a", "constructor": "b"}') as Record<string, string> });
    expect(Object.keys(j.eventStage).sort()).toEqual(['__proto__', 'constructor']);
    const s = journeyStates(j, [{ customerId: 1, occurredAt: 0, type: 'constructor' }], { asOf: 0 });
    expect(s[0]!.stage).toBe('b');
    expectCxError(() => journeyStates(j, [{ customerId: 1, occurredAt: 0, type: 'toString' }], { asOf: 0 }), 'INVALID_ARGUMENT', ['events', 0, 'type']);
  });
  it('rejects bad definitions with a path', () => {
    const bad = (d: unknown) => () => defineJourney(d as JourneyDefinition);
    expectCxError(bad(null), 'INVALID_ARGUMENT', []);
    expectCxError(bad({ ...two, id: ' ' }), 'INVALID_ARGUMENT', ['id']);
    expectCxError(bad({ ...two, stages: [] }), 'EMPTY_INPUT', ['stages']);
    expectCxError(bad({ ...two, stages: 'a' }), 'INVALID_ARGUMENT', ['stages']);
    expectCxError(bad({ ...two, stages: [null] }), 'INVALID_ARGUMENT', ['stages', 0]);
    expectCxError(bad({ ...two, stages: [{ id: 'a', label: L }, { id: 'a', label: L }] }), 'INVALID_ARGUMENT', ['stages', 1, 'id']);
    expectCxError(bad({ ...two, stages: [{ id: '', label: L }] }), 'INVALID_ARGUMENT', ['stages', 0, 'id']);
    expectCxError(bad({ ...two, stages: [{ id: 'a' }] }), 'INVALID_ARGUMENT', ['stages', 0, 'label']);
    expectCxError(bad({ ...two, stages: [{ id: 'a', label: { en: 'A' } }] }), 'INVALID_ARGUMENT', ['stages', 0, 'label', 'zh-CN']);
    expectCxError(bad({ ...two, stages: [{ id: 'a', label: { 'zh-CN': '甲', en: '' } }] }), 'INVALID_ARGUMENT', ['stages', 0, 'label', 'en']);
    expectCxError(bad({ ...two, eventStage: { x: 'nope' } }), 'INVALID_ARGUMENT', ['eventStage', 'x']);
    expectCxError(bad({ ...two, eventStage: ['a'] }), 'INVALID_ARGUMENT', ['eventStage']);
    expectCxError(bad({ ...two, defaultStage: 'nope' }), 'INVALID_ARGUMENT', ['defaultStage']);
    expectCxError(bad({ ...two, defaultStage: 'a', ignoreUnmapped: true }), 'INVALID_ARGUMENT', ['ignoreUnmapped']);
    expectCxError(bad({ ...two, ignoreUnmapped: 'yes' }), 'INVALID_ARGUMENT', ['ignoreUnmapped']);
    expectCxError(bad({ ...two, allowRegression: 1 }), 'INVALID_ARGUMENT', ['allowRegression']);
    expectCxError(bad({ ...two, lapseAfter: 0 }), 'OUT_OF_RANGE', ['lapseAfter']);
    expectCxError(bad({ ...two, lapseAfter: Infinity }), 'NON_FINITE', ['lapseAfter']);
    expectCxError(bad({ ...two, lapseAfter: '30d' }), 'INVALID_ARGUMENT', ['lapseAfter']);
  });
  it('functions taking a journey re-validate it, with paths under journey', () => {
    const broken = { ...defineJourney(two), stages: [] };
    expectCxError(() => journeyStates(broken, [], { asOf: 0 }), 'EMPTY_INPUT', ['journey', 'stages']);
  });
});

describe('DEFAULT_JOURNEY', () => {
  it('has the six stages of the issue, in order, with their labels', () => {
    expect(DEFAULT_JOURNEY.stages.map((s) => s.id)).toEqual(['awareness', 'consideration', 'purchase', 'onboarding', 'retention', 'advocacy']);
    expect(DEFAULT_JOURNEY.stages.map((s) => s.label['zh-CN'])).toEqual(['认知', '考虑', '购买', '使用', '留存', '推荐']);
    expect(DEFAULT_JOURNEY.stages.map((s) => s.label.en)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Retention', 'Advocacy']);
  });
  it('is frozen and valid', () => {
    expect(Object.isFrozen(DEFAULT_JOURNEY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_JOURNEY.stages[0]!.label)).toBe(true);
    expect(defineJourney(DEFAULT_JOURNEY)).toEqual(DEFAULT_JOURNEY);
    expect([DEFAULT_JOURNEY.allowRegression, DEFAULT_JOURNEY.lapseAfter, DEFAULT_JOURNEY.ignoreUnmapped]).toEqual([false, null, false]);
  });
  it('maps every stage from at least one event type', () => {
    const mapped = new Set(Object.values(DEFAULT_JOURNEY.eventStage));
    for (const s of DEFAULT_JOURNEY.stages) expect(mapped.has(s.id)).toBe(true);
  });
});
