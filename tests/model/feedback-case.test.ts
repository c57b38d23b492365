import { describe, expect, it } from 'vitest';
import { FeedbackCaseSchema } from '../../src/model/feedback-case.js';

const events = [
  { state: 'received', at: '2024-05-01T09:00:00Z' },
  { state: 'Acknowledged', at: '2024-05-01T09:30:00Z' },
  { state: 'resolved', at: '2024-05-03' },
  { state: 'CLOSED', at: '2024-05-03' },
];
const issues = (input: unknown) => FeedbackCaseSchema.safeParse(input).error?.issues.map((i) => ({ path: i.path, message: i.message })) ?? [];

describe('FeedbackCaseSchema', () => {
  it('parses a case and normalises states and severity', () => {
    const f = FeedbackCaseSchema.parse({ id: 100, customerId: 'c1', category: ' delivery ', severity: 'High', events, satisfaction: '4' });
    expect(f).toEqual({
      id: '100',
      customerId: 'c1',
      category: 'delivery',
      severity: 'high',
      satisfaction: 4,
      events: [
        { state: 'received', at: new Date('2024-05-01T09:00:00Z') },
        { state: 'acknowledged', at: new Date('2024-05-01T09:30:00Z') },
        { state: 'resolved', at: new Date('2024-05-03T00:00:00Z') },
        { state: 'closed', at: new Date('2024-05-03T00:00:00Z') },
      ],
    });
  });

  it('allows equal times and reopening', () => {
    const e = [...events, { state: 'reopened', at: '2024-05-03' }];
    expect(FeedbackCaseSchema.parse({ id: 'f', events: e }).events.map((x) => x.state)).toEqual(['received', 'acknowledged', 'resolved', 'closed', 'reopened']);
  });

  it('reports each event out of chronological order at events[i].at', () => {
    const bad = [
      { state: 'received', at: '2024-05-02' },
      { state: 'acknowledged', at: '2024-05-01' }, // earlier than [0]
      { state: 'resolved', at: '2024-05-05' },
      { state: 'closed', at: '2024-05-04' }, // earlier than [2]
    ];
    expect(issues({ id: 'f', events: bad })).toEqual([
      {
        path: ['events', 1, 'at'],
        message: 'events must be in chronological order: 2024-05-01T00:00:00.000Z is before the previous event (2024-05-02T00:00:00.000Z)',
      },
      { path: ['events', 3, 'at'], message: expect.stringContaining('chronological') as unknown },
    ]);
  });

  it('reports bad fields at their paths', () => {
    expect(issues({ id: 'f', events: [] })).toEqual([{ path: ['events'], message: 'a case needs at least one event' }]);
    expect(issues({ id: 'f' }).map((i) => i.path)).toEqual([['events']]);
    expect(issues({ id: 'f', events: [{ state: 'received', at: 'x' }] }).map((i) => i.path)).toEqual([['events', 0, 'at']]);
    expect(issues({ id: 'f', events: [{ state: 'escalated', at: '2024-05-01' }] }).map((i) => i.path)).toEqual([['events', 0, 'state']]);
    expect(issues({ id: 'f', events, severity: 'urgent' }).map((i) => i.path)).toEqual([['severity']]);
    expect(issues({ id: 'f', events, satisfaction: 'good' }).map((i) => i.path)).toEqual([['satisfaction']]);
    expect(issues({ id: 'f', events, satisfaction: '0x10' }).map((i) => i.path)).toEqual([['satisfaction']]);
  });

  it('does not check chronology when an event is already invalid', () => {
    expect(issues({ id: 'f', events: [{ state: 'received', at: '2024-05-02' }, { state: 'x', at: '2024-05-01' }] }).map((i) => i.path)).toEqual([
      ['events', 1, 'state'],
    ]);
  });
});
