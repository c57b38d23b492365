/**
 * Properties of summarizeTransactions: invariance to the order of the transactions, the bounds 0 ≤ recency ≤ T,
 * frequency = distinct purchase days − 1, and calibration + holdout = the unsplit summary's purchase days.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeTransactions } from '../../src/value/summary.js';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const transaction = fc.record({
  customerId: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom('a', 'b', 'c')),
  date: fc.integer({ min: 0, max: 120 * DAY }).map((ms) => START + ms),
  amount: fc.integer({ min: -500, max: 10_000 }).map((c) => c / 100),
});
const END = START + 100 * DAY;

describe('summarizeTransactions properties', () => {
  it('does not depend on the order of the transactions', () => {
    fc.assert(
      fc.property(fc.array(transaction, { maxLength: 60 }), fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (tx, keys) => {
        const k = tx.map(() => keys.next().value as number);
        const shuffled = tx.map((t, i) => [k[i]!, t] as const).sort((x, y) => x[0] - y[0]).map(([, t]) => t);
        const o = { timeUnit: 'week', observationEnd: END, calibrationEnd: START + 60 * DAY } as const;
        expect(summarizeTransactions(shuffled, o)).toEqual(summarizeTransactions(tx, o));
      }),
    );
  });

  it('0 ≤ recency ≤ T, frequency = distinct days − 1, monetary 0 without repeats', () => {
    fc.assert(
      fc.property(fc.array(transaction, { maxLength: 60 }), (tx) => {
        const s = summarizeTransactions(tx, { timeUnit: 'day', observationEnd: END });
        for (const c of s.customers) {
          const days = new Set(tx.filter((t) => t.customerId === c.customerId && t.date < END + DAY).map((t) => Math.floor(t.date / DAY)));
          expect(c.frequency).toBe(days.size - 1);
          expect(c.recency >= 0 && c.recency <= c.T).toBe(true);
          if (c.frequency === 0) expect([c.recency, c.monetary]).toEqual([0, 0]);
        }
      }),
    );
  });

  it('calibration and holdout purchase days add up to the unsplit summary', () => {
    fc.assert(
      fc.property(fc.array(transaction, { maxLength: 60 }), fc.integer({ min: 0, max: 100 }), (tx, cut) => {
        const whole = summarizeTransactions(tx, { timeUnit: 'day', observationEnd: END });
        const split = summarizeTransactions(tx, { timeUnit: 'day', observationEnd: END, calibrationEnd: START + cut * DAY });
        let a = 0;
        for (const c of whole.customers) a += 1 + c.frequency;
        let b = 0;
        for (const c of split.customers) b += 1 + c.frequency + c.holdoutFrequency!;
        // customers first seen in the holdout have (1 + holdout days) purchase days in the unsplit summary
        const firstInHoldout = whole.customers.filter((c) => !split.customers.some((d) => d.customerId === c.customerId));
        expect(firstInHoldout.length).toBe(split.customersFirstSeenInHoldout);
        for (const c of firstInHoldout) b += 1 + c.frequency;
        expect(b).toBe(a);
      }),
    );
  });
});
