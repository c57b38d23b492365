import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JourneyEventSchema } from '../../src/model/journey-event.js';
import { journeyEventInput } from './arbitraries.js';
import { entityProperties, idOf, timeOf } from './entity-props.js';

describe('JourneyEventSchema (properties)', () => {
  entityProperties(JourneyEventSchema, journeyEventInput, {
    customerId: [undefined, '', true, 1e300],
    occurredAt: [undefined, 'soon', '2024-05-01T25:00', -Infinity],
    type: [undefined, '', ' ', {}],
    touchpointId: [true, 0.1],
    stage: [{}, -0.5],
  });

  it('ids and dates are what the input denotes', () => {
    fc.assert(
      fc.property(journeyEventInput, (input) => {
        const e = JourneyEventSchema.parse(input);
        expect(e.customerId).toBe(idOf(input.customerId));
        expect(e.occurredAt.getTime()).toBe(timeOf(input.occurredAt));
        expect(e.type).toBe(input.type.trim());
        if (input.touchpointId !== undefined) expect(e.touchpointId).toBe(idOf(input.touchpointId));
      }),
    );
  });
});
