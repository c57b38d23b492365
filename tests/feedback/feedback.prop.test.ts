/**
 * Properties of validateCase and feedbackSla: random walks on the lifecycle are valid and any single skipped step is
 * reported; validateCase never throws; SLA shares lie in [0, 1], counts add up across categories, results do not
 * depend on case order, and later targets never lower the shares.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_TRANSITIONS, validateCase, type FeedbackCaseRecord } from '../../src/feedback/case.js';
import { feedbackSla } from '../../src/feedback/sla.js';
import type { FeedbackState } from '../../src/model/labels.js';

const H = 3_600_000;

/** A valid case: a random walk on FEEDBACK_TRANSITIONS with non-decreasing hours. */
const validCase = (id: number): fc.Arbitrary<FeedbackCaseRecord> =>
  fc
    .record({
      start: fc.integer({ min: 0, max: 200 }),
      steps: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 60 })), { maxLength: 8 }),
      category: fc.constantFrom('billing', 'delivery', undefined),
      satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    })
    .map(({ start, steps, category, satisfaction }) => {
      let state: FeedbackState = 'received';
      let t = start;
      const events: { state: FeedbackState; at: number }[] = [{ state, at: t * H }];
      for (const [pick, gap] of steps) {
        const next: readonly FeedbackState[] = FEEDBACK_TRANSITIONS[state];
        state = next[pick % next.length]!;
        t += gap;
        events.push({ state, at: t * H });
      }
      return { id: `c${id}`, category, satisfaction, events };
    });
const cases = fc.array(fc.nat(), { maxLength: 25 }).chain((xs) => fc.tuple(...xs.map((_, i) => validCase(i))));
const opts = fc.record({ asOf: fc.integer({ min: 0, max: 400 }).map((h) => h * H), firstResponseWithin: fc.integer({ min: 1, max: 48 }).map((h) => h * H), resolveWithin: fc.integer({ min: 1, max: 200 }).map((h) => h * H) });

describe('validateCase properties', () => {
  it('random walks on the lifecycle are valid; removing an inner step of a straight run is reported', () => {
    fc.assert(
      fc.property(validCase(0), (c) => {
        expect(validateCase(c)).toEqual({ valid: true, issues: [] });
        const ev = c.events;
        for (let k = 1; k < ev.length - 1; k++) {
          const skipped = { ...c, events: [...ev.slice(0, k), ...ev.slice(k + 1)] };
          const allowed = FEEDBACK_TRANSITIONS[ev[k - 1]!.state].includes(ev[k + 1]!.state);
          expect(validateCase(skipped).valid).toBe(allowed);
        }
      }),
    );
  });
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const v = validateCase(x as FeedbackCaseRecord);
        expect(v.valid).toBe(v.issues.length === 0);
      }),
    );
    fc.assert(
      fc.property(fc.record({ id: fc.anything(), events: fc.array(fc.record({ state: fc.anything(), at: fc.anything() })) }), (x) => {
        expect(() => validateCase(x as unknown as FeedbackCaseRecord)).not.toThrow();
      }),
    );
  });
});

describe('feedbackSla properties', () => {
  it('shares in [0, 1]; open ≤ n; categories add up; order does not matter', () => {
    fc.assert(
      fc.property(cases, opts, (cs, o) => {
        const s = feedbackSla(cs, o);
        for (const g of [s, ...s.byCategory]) {
          for (const r of [g.firstResponseWithinSla, g.resolvedWithinSla, g.reopenRate]) if (r !== null) expect(r >= 0 && r <= 1).toBe(true);
          expect(g.open).toBeLessThanOrEqual(g.n);
          if (g.backlogAge.p50 !== null) expect(g.backlogAge.p50).toBeLessThanOrEqual(g.backlogAge.p90!);
          if (g.medianFirstResponse !== null) expect(g.medianFirstResponse).toBeGreaterThanOrEqual(0);
        }
        expect(s.byCategory.reduce((a, g) => a + g.n, 0)).toBe(s.n);
        expect(s.byCategory.reduce((a, g) => a + g.open, 0)).toBe(s.open);
        expect(s.n).toBe(cs.filter((c) => (c.events[0]!.at as number) <= (o.asOf)).length);
        expect(feedbackSla([...cs].reverse(), o)).toEqual(s);
      }),
    );
  });
  it('a looser target never lowers the share within it', () => {
    fc.assert(
      fc.property(cases, opts, fc.integer({ min: 0, max: 100 }), (cs, o, extra) => {
        const a = feedbackSla(cs, o);
        const b = feedbackSla(cs, { ...o, firstResponseWithin: o.firstResponseWithin + extra * H, resolveWithin: o.resolveWithin + extra * H });
        if (a.firstResponseWithinSla !== null && b.firstResponseWithinSla !== null) expect(b.firstResponseWithinSla).toBeGreaterThanOrEqual(a.firstResponseWithinSla);
        if (a.resolvedWithinSla !== null && b.resolvedWithinSla !== null) expect(b.resolvedWithinSla).toBeGreaterThanOrEqual(a.resolvedWithinSla);
      }),
    );
  });
});
