import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FeedbackCaseSchema } from '../../src/model/feedback-case.js';
import { FEEDBACK_STATES } from '../../src/model/labels.js';
import { dateValue, feedbackCaseInput } from './arbitraries.js';
import { entityProperties } from './entity-props.js';

describe('FeedbackCaseSchema (properties)', () => {
  entityProperties(FeedbackCaseSchema, feedbackCaseInput, {
    id: [undefined, ''],
    customerId: [true],
    category: [{}],
    severity: ['urgent', 3],
    events: [undefined, [], 'received', [{ state: 'received' }], [{ state: 'lost', at: '2024-05-01' }]],
    satisfaction: ['good', Infinity],
  });

  it('issues sit exactly at the events earlier than their predecessor', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FEEDBACK_STATES), dateValue), { minLength: 1, maxLength: 8 }), (raw) => {
        const events = raw.map(([state, at]) => ({ state, at: at.toISOString() }));
        const expected: (string | number)[][] = [];
        for (let i = 1; i < raw.length; i++) if (raw[i]![1].getTime() < raw[i - 1]![1].getTime()) expected.push(['events', i, 'at']);
        const r = FeedbackCaseSchema.safeParse({ id: 'f', events });
        expect(r.error?.issues.map((i) => i.path) ?? []).toEqual(expected);
      }),
    );
  });

  it('an invalid event at a random position is reported at events[i]', () => {
    fc.assert(
      fc.property(feedbackCaseInput, fc.nat(), fc.constantFrom<[string, unknown]>(['at', 'x'], ['state', 'lost'], ['at', undefined]), (input, k, [field, bad]) => {
        const i = k % input.events.length;
        const events = input.events.map((e, j) => (j === i ? { ...e, [field]: bad } : e));
        const r = FeedbackCaseSchema.safeParse({ ...input, events });
        expect(r.error!.issues.map((x) => x.path)).toEqual([['events', i, field]]);
      }),
    );
  });
});
