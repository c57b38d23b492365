/**
 * The fast path of the flat entity schemas agrees with zod: on random rows of good and bad cells, whenever the
 * fast path gives a record it is the record zod gives (same keys, values and order), and whenever zod rejects a
 * row the fast path hands it to zod. Also its field lists cover the schemas' shapes exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod';
import { fastPlan, runPlan, type FastPlan } from '../../src/node/fast-fields.js';
import { TransactionSchema } from '../../src/model/transaction.js';
import { CustomerSchema } from '../../src/model/customer.js';
import { JourneyEventSchema } from '../../src/model/journey-event.js';
import { SurveyResponseSchema } from '../../src/model/survey-response.js';

const schemas = { transaction: TransactionSchema, customer: CustomerSchema, 'journey-event': JourneyEventSchema, 'survey-response': SurveyResponseSchema };
const shapeKeys = (s: unknown): string[] => Object.keys((s as { shape: object }).shape);

const cells = fc.constantFrom(
  '', ' ', 'c1', ' c1 ', '42', '2024-05-01', '20240501', '2024-02-30', '2024-05-01T08:00:00+08:00', 'someday',
  '19.90', '-0', '1e3', '1,234.50', 'NaN', 'cny', ' usd ', 'cnyy', '9', '10', '11', '4.5', '-3', 'NPS', 'csat', 'ces ', 'attribute', 'bogus',
);
const values = fc.oneof(cells, fc.constantFrom(null, true, 0, 7, -1.5, 1714550400000, 2 ** 60, Number.NaN), fc.constant({}));
// Mostly values that suit the field (so that whole rows are often valid), sometimes anything.
const good: Record<string, string[]> = {
  id: ['c1', ' c1 ', '42'],
  customerId: ['c1', ' c2 ', '7'],
  touchpointId: ['web', '3'],
  stage: ['purchase'],
  journeyStage: ['use'],
  occurredAt: ['2024-05-01', '20240501', '2024-05-01T08:00:00+08:00'],
  respondedAt: ['2024-05-01', '20240501'],
  createdAt: ['2024-05-01', ''],
  amount: ['19.90', '-0', '1e3', '7'],
  currency: ['cny', ' usd ', ''],
  quantity: ['2', '4.5', ''],
  score: ['9', '10', '4', '4.5', '0'],
  metric: ['NPS', 'csat', 'ces ', 'attribute'],
};
const cellFor = (key: string): fc.Arbitrary<string> => fc.oneof({ arbitrary: fc.constantFrom(...(good[key] ?? ['x', ' y '])), weight: 4 }, { arbitrary: cells, weight: 1 });
const valueFor = (key: string): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: cellFor(key), weight: 4 }, { arbitrary: values, weight: 1 });

function compare(schema: z.ZodType, plan: FastPlan, input: Record<string, unknown>, row: unknown[] | Record<string, unknown>, isObject: boolean): boolean {
  const fast = runPlan(plan, row, isObject);
  const slow = z.safeParse(schema, input);
  if (!slow.success) expect(fast).toBeNull();
  else if (fast !== null) {
    expect(Object.keys(fast)).toEqual(Object.keys(slow.data as object));
    expect(fast).toStrictEqual(slow.data);
  }
  return fast !== null;
}

describe('fast path of the entity schemas', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    const keys = shapeKeys(schema);

    it(`${name}: agrees with zod on CSV rows`, () => {
      const header = fc.subarray(keys, { minLength: 1 }).chain((cols) => fc.tuple(fc.constant(cols), fc.tuple(...cols.map(cellFor))));
      let hits = 0;
      fc.assert(
        fc.property(header, ([cols, row]) => {
          const plan = fastPlan(schema, new Map(cols.map((c, j) => [c, j])));
          if (plan === null) return;
          const input = Object.fromEntries(cols.map((c, j) => [c, row[j]]));
          if (compare(schema, plan, input, row, false)) hits++;
        }),
        { numRuns: 500 },
      );
      expect(hits).toBeGreaterThan(0);
    });

    it(`${name}: agrees with zod on JSON objects`, () => {
      const plan = fastPlan(schema, new Map(keys.map((k) => [k, k])), true)!;
      expect(plan).not.toBeNull();
      let hits = 0;
      fc.assert(
        fc.property(fc.record(Object.fromEntries([...keys, 'extra'].map((k) => [k, valueFor(k)])), { requiredKeys: [] }), (obj: Record<string, unknown>) => {
          if (compare(schema, plan, obj, obj, true)) hits++;
        }),
        { numRuns: 500 },
      );
      expect(hits).toBeGreaterThan(0);
    });
  }

  it('converts a typical row by the fast path, and leaves schemas it does not know to zod', () => {
    const plan = fastPlan(TransactionSchema, new Map([['customerId', 0], ['occurredAt', 1], ['amount', 2]]))!;
    expect(runPlan(plan, [' c1 ', '2024-05-01', '19.90'], false)).toStrictEqual(TransactionSchema.parse({ customerId: 'c1', occurredAt: '2024-05-01', amount: '19.90' }));
    expect(fastPlan(z.object({ a: z.string() }), new Map([['a', 0]]))).toBeNull();
    // A required field without a column, or a nested field in the columns: zod's turn.
    expect(fastPlan(TransactionSchema, new Map([['customerId', 0]]))).toBeNull();
    expect(fastPlan(SurveyResponseSchema, new Map([['respondedAt', 0], ['metric', 1], ['score', 2], ['scale', 3]]))).toBeNull();
  });

  it('caches per read: a date string gives a fresh Date each time, and reads share nothing', () => {
    const cols = new Map([['customerId', 0], ['occurredAt', 1], ['amount', 2]]);
    const plan = fastPlan(TransactionSchema, cols)!;
    const a = runPlan(plan, ['c', '2024-05-01', '1'], false)!;
    const b = runPlan(plan, ['c', '2024-05-01', '1'], false)!;
    expect(a.occurredAt).not.toBe(b.occurredAt);
    expect(a.occurredAt).toEqual(b.occurredAt);
    (a.occurredAt as Date).setTime(0);
    expect((runPlan(plan, ['c', '2024-05-01', '1'], false)!.occurredAt as Date).toISOString()).toBe('2024-05-01T00:00:00.000Z');
  });
});
