/** Unit tests of FEEDBACK_TRANSITIONS and validateCase (src/feedback/case.ts): every issue code, with its path. */
import { describe, expect, it } from 'vitest';
import { FEEDBACK_TRANSITIONS, validateCase, type FeedbackCaseRecord } from '../../src/feedback/case.js';
import { FEEDBACK_STATES, type FeedbackState } from '../../src/model/labels.js';
import { FeedbackCaseSchema } from '../../src/model/feedback-case.js';

const ev = (state: FeedbackState, at: number) => ({ state, at });
const full = (id = 'f'): FeedbackCaseRecord => ({
  id,
  events: [ev('received', 0), ev('acknowledged', 1), ev('investigating', 2), ev('resolved', 3), ev('reopened', 4), ev('investigating', 5), ev('resolved', 6), ev('closed', 7), ev('reopened', 8)],
});
const codes = (c: unknown) => validateCase(c as FeedbackCaseRecord).issues.map((i) => [i.code, i.path]);

describe('FEEDBACK_TRANSITIONS', () => {
  it('covers every state and only names states', () => {
    expect(Object.keys(FEEDBACK_TRANSITIONS).sort()).toEqual([...FEEDBACK_STATES].sort());
    for (const next of Object.values(FEEDBACK_TRANSITIONS)) for (const s of next) expect(FEEDBACK_STATES).toContain(s);
    expect(Object.isFrozen(FEEDBACK_TRANSITIONS)).toBe(true);
  });
});

describe('validateCase', () => {
  it('accepts the full lifecycle, with reopen, and equal timestamps', () => {
    expect(validateCase(full())).toEqual({ valid: true, issues: [] });
    expect(validateCase({ id: 1, events: [ev('received', 5), ev('acknowledged', 5)] }).valid).toBe(true);
    expect(validateCase({ id: 'x', events: [ev('received', 0)] }).valid).toBe(true);
  });
  it('accepts a parsed FeedbackCase of the model, with Date times', () => {
    const f = FeedbackCaseSchema.parse({ id: 'm', events: [{ state: 'received', at: '2026-01-01' }, { state: 'acknowledged', at: '2026-01-01T10:00:00Z' }] });
    expect(validateCase(f).valid).toBe(true);
  });
  it('reports skipped states and wrong starts', () => {
    expect(codes({ id: 'a', events: [ev('received', 0), ev('resolved', 1)] })).toEqual([['ILLEGAL_TRANSITION', ['events', 1, 'state']]]);
    expect(codes({ id: 'a', events: [ev('acknowledged', 0)] })).toEqual([['INVALID_START', ['events', 0, 'state']]]);
    expect(codes({ id: 'a', events: [ev('received', 0), ev('acknowledged', 1), ev('investigating', 2), ev('investigating', 3)] })).toEqual([['ILLEGAL_TRANSITION', ['events', 3, 'state']]]);
    // reopened must go back to investigating, not straight to resolved
    expect(codes({ id: 'a', events: [ev('received', 0), ev('acknowledged', 1), ev('investigating', 2), ev('resolved', 3), ev('reopened', 4), ev('resolved', 5)] })).toEqual([
      ['ILLEGAL_TRANSITION', ['events', 5, 'state']],
    ]);
    // After an illegal step the check continues from the recorded state: resolved → closed is then fine.
    expect(codes({ id: 'a', events: [ev('received', 0), ev('resolved', 1), ev('closed', 2)] })).toEqual([['ILLEGAL_TRANSITION', ['events', 1, 'state']]]);
    const msg = validateCase({ id: 'a', events: [ev('received', 0), ev('closed', 1)] }).issues[0]!.message;
    expect(msg).toBe("'closed' cannot follow 'received' (only 'acknowledged' can)");
  });
  it('reports out-of-order times against the latest time before', () => {
    expect(codes({ id: 'a', events: [ev('received', 5), ev('acknowledged', 3)] })).toEqual([['OUT_OF_ORDER', ['events', 1, 'at']]]);
    expect(codes({ id: 'a', events: [ev('received', 5), ev('acknowledged', 1), ev('investigating', 3), ev('resolved', 6)] })).toEqual([
      ['OUT_OF_ORDER', ['events', 1, 'at']],
      ['OUT_OF_ORDER', ['events', 2, 'at']],
    ]);
  });
  it('reports unknown states, bad dates and malformed cases — never throws', () => {
    expect(codes({ id: 'a', events: [ev('received', 0), { state: 'lost', at: 1 }] })).toEqual([['INVALID_STATE', ['events', 1, 'state']]]);
    expect(codes({ id: 'a', events: [ev('received', 0), { state: 'acknowledged', at: 'soon' }] })).toEqual([['INVALID_DATE', ['events', 1, 'at']]]);
    expect(codes({ id: 'a', events: [ev('received', 0), null, ev('investigating', 2)] })).toEqual([['INVALID_CASE', ['events', 1]]]);
    expect(codes({ id: '', events: [ev('received', 0)] })).toEqual([['INVALID_CASE', ['id']]]);
    expect(codes({ id: 'a', events: [] })).toEqual([['INVALID_CASE', ['events']]]);
    expect(codes({ id: 'a' })).toEqual([['INVALID_CASE', ['events']]]);
    expect(codes(null)).toEqual([['INVALID_CASE', []]]);
    expect(codes('case')).toEqual([['INVALID_CASE', []]]);
  });
  it('lists several issues in event order', () => {
    expect(codes({ id: 'a', events: [ev('acknowledged', 9), ev('resolved', 1)] })).toEqual([
      ['INVALID_START', ['events', 0, 'state']],
      ['ILLEGAL_TRANSITION', ['events', 1, 'state']],
      ['OUT_OF_ORDER', ['events', 1, 'at']],
    ]);
  });
});
