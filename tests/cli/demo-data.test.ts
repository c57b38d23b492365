/**
 * The demo company: deterministic for a seed, valid under the model's schemas, and shaped as described (two
 * years, BTYD purchases, answers at touchpoints, a funnel with prospects, cases with their history).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { demoData } from '../../src/cli/demo-data.js';
import { demoFiles } from '../../src/cli/commands/report.js';
import { readAll } from '../../src/node/read.js';
import { TransactionSchema } from '../../src/model/transaction.js';
import { SurveyResponseSchema } from '../../src/model/survey-response.js';
import { JourneyEventSchema } from '../../src/model/journey-event.js';
import { CustomerSchema } from '../../src/model/customer.js';
import { GBT42509_CHECKLIST } from '../../src/maturity/checklist-gbt42509.js';

describe('demoData', () => {
  it('is the same for a seed and differs between seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const a = JSON.stringify(demoData(seed, 30));
        expect(JSON.stringify(demoData(seed, 30))).toBe(a);
        expect(JSON.stringify(demoData(seed + 1, 30))).not.toBe(a);
      }),
      { numRuns: 10 },
    );
  });

  it('writes files every row of which is valid, within the two years', async () => {
    const data = demoData(11, 300);
    const files = demoFiles(data);
    for (const [name, schema] of [
      ['customers.csv', CustomerSchema],
      ['transactions.csv', TransactionSchema],
      ['survey-responses.csv', SurveyResponseSchema],
      ['journey-events.csv', JourneyEventSchema],
    ] as const) {
      const r = await readAll([files[name]!], { schema: schema as typeof TransactionSchema, format: 'csv' });
      expect(r.stats.invalid, name).toBe(0);
      expect(r.stats.valid, name).toBeGreaterThan(0);
    }
    expect(data.start).toBe('2024-01-01');
    expect(data.end).toBe('2025-12-31');
    const last = Date.UTC(2026, 0, 1);
    for (const t of data.transactions) expect(Date.parse(t.occurredAt as string)).toBeLessThan(last);
    for (const r of data.responses) expect(Date.parse(r.respondedAt as string)).toBeLessThan(last);
    // Every customer has a first purchase; prospects (P…) only visit or sign up.
    expect(new Set(data.transactions.map((t) => t.customerId)).size).toBe(300);
    expect(data.events.filter((e) => String(e.customerId).startsWith('P')).every((e) => e.type === 'visit' || e.type === 'signup')).toBe(true);
    // Three respondents answer every criterion of the checklist.
    const criteria = GBT42509_CHECKLIST.dimensions.flatMap((d) => d.items.flatMap((i) => i.criteria)).length;
    expect(data.maturity).toHaveLength(3 * criteria);
    expect(new Set(data.responses.map((r) => r.metric))).toEqual(new Set(['nps', 'csat', 'ces']));
  });
});
