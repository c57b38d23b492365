import { describe, expect, it } from 'vitest';
import { JourneyEventSchema } from '../../src/model/journey-event.js';

const paths = (input: unknown): unknown[] => JourneyEventSchema.safeParse(input).error?.issues.map((i) => i.path) ?? [];

describe('JourneyEventSchema', () => {
  it('parses and coerces', () => {
    // 1714550400000 ms = 2024-05-01T08:00:00Z (1714521600 s is 2024-05-01T00:00Z, + 8 h)
    expect(JourneyEventSchema.parse({ customerId: 7, occurredAt: 1714550400000, type: ' signup ', touchpointId: 3, stage: 'purchase' })).toEqual({
      customerId: '7',
      occurredAt: new Date('2024-05-01T08:00:00.000Z'),
      type: 'signup',
      touchpointId: '3',
      stage: 'purchase',
    });
  });

  it('reads a date-time without offset as UTC, independent of the process time zone', () => {
    expect(JourneyEventSchema.parse({ customerId: 'c', occurredAt: '2024-05-01 08:00', type: 'visit' }).occurredAt.toISOString()).toBe(
      '2024-05-01T08:00:00.000Z',
    );
  });

  it('optional ids may be blank or null', () => {
    const e = JourneyEventSchema.parse({ customerId: 'c', occurredAt: '2024-05-01', type: 'visit', touchpointId: '', stage: null });
    expect(e.touchpointId).toBeUndefined();
    expect(e.stage).toBeUndefined();
  });

  it('reports bad fields at their paths', () => {
    expect(paths({})).toEqual([['customerId'], ['occurredAt'], ['type']]);
    expect(paths({ customerId: 'c', occurredAt: NaN, type: 'visit' })).toEqual([['occurredAt']]);
    expect(paths({ customerId: 'c', occurredAt: new Date(NaN), type: 'visit' })).toEqual([['occurredAt']]);
    expect(paths({ customerId: 'c', occurredAt: '2024-05-01', type: ' ' })).toEqual([['type']]);
    expect(paths({ customerId: 'c', occurredAt: '2024-05-01', type: 'x', touchpointId: 0.5 })).toEqual([['touchpointId']]);
  });
});
