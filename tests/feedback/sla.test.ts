/**
 * Unit tests of feedbackSla (src/feedback/sla.ts) on a hand-built set of cases. Times in hours (H); every expected
 * figure is worked out in the comments. Quantiles are R type 7 (quantile(x, p) in R).
 */
import { describe, expect, it } from 'vitest';
import { feedbackSla, type FeedbackSlaOptions } from '../../src/feedback/sla.js';
import type { FeedbackCaseRecord } from '../../src/feedback/case.js';
import type { FeedbackState } from '../../src/model/labels.js';
import { expectCxError, shuffled } from '../journey/fixture.js';

const H = 3_600_000;
const ev = (state: FeedbackState, h: number) => ({ state, at: h * H });
const OPTS: FeedbackSlaOptions = { asOf: 200 * H, firstResponseWithin: 24 * H, resolveWithin: 72 * H };

export const CASES: FeedbackCaseRecord[] = [
  // c1 billing: response 4 (met), resolved at 30 (met), closed. Satisfaction 4.
  { id: 'c1', category: 'billing', satisfaction: 4, events: [ev('received', 0), ev('acknowledged', 4), ev('investigating', 5), ev('resolved', 30), ev('closed', 40)] },
  // c2 billing: response 40 (late), resolved at 90 (late), reopened, investigating again → open, age 190. Satisfaction 2.
  {
    id: 'c2',
    category: 'billing',
    satisfaction: 2,
    events: [ev('received', 10), ev('acknowledged', 50), ev('investigating', 60), ev('resolved', 100), ev('reopened', 110), ev('investigating', 111)],
  },
  // c3 delivery: response 10 (met), not resolved, age 180 > 72 (resolution breached), open.
  { id: 'c3', category: 'delivery', events: [ev('received', 20), ev('acknowledged', 30), ev('investigating', 31)] },
  // c4 no category: received at 190, age 10: both targets still undecided; open.
  { id: 'c4', events: [ev('received', 190)] },
  // c5 delivery: response 5, resolved at 10, closed; its reopen at 210 is after asOf and ignored.
  { id: 'c5', category: 'delivery', events: [ev('received', 180), ev('acknowledged', 185), ev('investigating', 186), ev('resolved', 190), ev('closed', 195), ev('reopened', 210)] },
  // c6 billing: received after asOf → left out.
  { id: 'c6', category: 'billing', events: [ev('received', 250)] },
  // c7 delivery: no response, age 100 > 24 and > 72: both breached; open.
  { id: 'c7', category: 'delivery', events: [ev('received', 100)] },
];

describe('feedbackSla', () => {
  const s = feedbackSla(CASES, OPTS);
  it('overall figures', () => {
    expect(s.asOf).toBe(new Date(200 * H).toISOString());
    expect([s.firstResponseWithin, s.resolveWithin]).toEqual([24 * H, 72 * H]);
    expect(s.n).toBe(6); // c6 is after asOf
    expect(s.open).toBe(4); // c2, c3, c4, c7
    expect(s.medianFirstResponse).toBe(7.5 * H); // 4, 5, 10, 40
    expect(s.medianResolution).toBe(30 * H); // 10, 30, 90
    expect(s.firstResponseWithinSla).toBe(3 / 5); // met c1 c3 c5; late c2; waiting past target c7; c4 undecided
    expect(s.resolvedWithinSla).toBe(2 / 5); // met c1 c5; late c2; past target c3 c7; c4 undecided
    expect(s.reopenRate).toBe(1 / 3); // resolved c1 c2 c5; reopened c2
    expect(s.backlogAge).toEqual({ p50: 140 * H, p90: 187 * H }); // ages 10, 100, 180, 190: R quantile(c(10,100,180,190), c(.5,.9)) = 140, 187
    expect(s.meanSatisfaction).toBe(3);
  });
  it('by category, sorted, uncategorised last', () => {
    expect(s.byCategory.map((c) => c.category)).toEqual(['billing', 'delivery', null]);
    const [billing, delivery, none] = s.byCategory;
    expect(billing).toEqual({
      category: 'billing',
      n: 2,
      open: 1,
      medianFirstResponse: 22 * H,
      medianResolution: 60 * H,
      firstResponseWithinSla: 0.5,
      resolvedWithinSla: 0.5,
      reopenRate: 0.5,
      backlogAge: { p50: 190 * H, p90: 190 * H },
      meanSatisfaction: 3,
    });
    expect(delivery).toEqual({
      category: 'delivery',
      n: 3,
      open: 2,
      medianFirstResponse: 7.5 * H,
      medianResolution: 10 * H,
      firstResponseWithinSla: 2 / 3,
      resolvedWithinSla: 1 / 3,
      reopenRate: 0,
      backlogAge: { p50: 140 * H, p90: 172 * H }, // ages 100, 180
      meanSatisfaction: null,
    });
    expect(none).toEqual({
      category: null,
      n: 1,
      open: 1,
      medianFirstResponse: null,
      medianResolution: null,
      firstResponseWithinSla: null,
      resolvedWithinSla: null,
      reopenRate: null,
      backlogAge: { p50: 10 * H, p90: 10 * H },
      meanSatisfaction: null,
    });
  });
  it('the target is inclusive: exactly on time meets it', () => {
    const c = [{ id: 'x', events: [ev('received', 0), ev('acknowledged', 24)] }];
    expect(feedbackSla(c, OPTS).firstResponseWithinSla).toBe(1);
    const late = [{ id: 'x', events: [ev('received', 0), ev('acknowledged', 24.5)] }];
    expect(feedbackSla(late, OPTS).firstResponseWithinSla).toBe(0);
  });
  it('no cases: zeros and nulls', () => {
    expect(feedbackSla([], OPTS)).toEqual({
      asOf: new Date(200 * H).toISOString(),
      firstResponseWithin: 24 * H,
      resolveWithin: 72 * H,
      n: 0,
      open: 0,
      medianFirstResponse: null,
      medianResolution: null,
      firstResponseWithinSla: null,
      resolvedWithinSla: null,
      reopenRate: null,
      backlogAge: { p50: null, p90: null },
      meanSatisfaction: null,
      byCategory: [],
    });
  });
  it('does not depend on the order of the cases', () => {
    for (let seed = 1; seed <= 4; seed++) expect(feedbackSla(shuffled(CASES, seed), OPTS)).toEqual(s);
  });
  it('a case validateCase rejects is an error naming the case', () => {
    const bad = [...CASES, { id: 'broken-7', events: [ev('received', 0), ev('resolved', 1)] }];
    expectCxError(() => feedbackSla(bad, OPTS), 'VALIDATION_FAILED', ['cases', 7]);
    try {
      feedbackSla(bad, OPTS);
    } catch (err) {
      expect((err as Error).message).toContain('"broken-7"');
      expect((err as Error).message).toContain('events[1].state');
      expect((err as { details: { issues: unknown[] } }).details.issues).toHaveLength(1);
    }
    expectCxError(() => feedbackSla([{ id: 'o', events: [ev('received', 5), ev('acknowledged', 1)] }], OPTS), 'VALIDATION_FAILED', ['cases', 0]);
    expectCxError(() => feedbackSla([null as unknown as FeedbackCaseRecord], OPTS), 'VALIDATION_FAILED', ['cases', 0]);
  });
  it('rejects bad options and satisfaction', () => {
    expectCxError(() => feedbackSla(CASES, undefined as unknown as FeedbackSlaOptions), 'INVALID_ARGUMENT', ['options']);
    expectCxError(() => feedbackSla(CASES, { ...OPTS, asOf: undefined as never }), 'INVALID_ARGUMENT', ['options', 'asOf']);
    expectCxError(() => feedbackSla(CASES, { ...OPTS, asOf: 'then' }), 'INVALID_DATE', ['options', 'asOf']);
    expectCxError(() => feedbackSla(CASES, { ...OPTS, firstResponseWithin: 0 }), 'OUT_OF_RANGE', ['options', 'firstResponseWithin']);
    expectCxError(() => feedbackSla(CASES, { ...OPTS, resolveWithin: Infinity }), 'NON_FINITE', ['options', 'resolveWithin']);
    expectCxError(() => feedbackSla(CASES, { ...OPTS, resolveWithin: '3d' as never }), 'INVALID_ARGUMENT', ['options', 'resolveWithin']);
    expectCxError(() => feedbackSla('x' as never, OPTS), 'INVALID_ARGUMENT', ['cases']);
    expectCxError(() => feedbackSla([{ id: 's', satisfaction: NaN, events: [ev('received', 0)] }], OPTS), 'NON_FINITE', ['cases', 0, 'satisfaction']);
  });
});
