import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../src/retention/kaplan-meier.js';
import { survivalData, type SurvivalCustomer } from '../../src/retention/survival-data.js';

const DAY = 86_400_000;
const AS_OF = Date.UTC(2025, 0, 1);
// customers as day offsets around asOf: start in [-400, 30] days, optional end after start
const customers = fc
  .array(
    fc.record({
      start: fc.integer({ min: -400, max: 30 }),
      length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      churned: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows.map((r, i): SurvivalCustomer => ({
      customerId: i,
      start: AS_OF + r.start * DAY,
      ...(r.length === undefined ? {} : { end: AS_OF + (r.start + r.length) * DAY, ...(r.churned === undefined ? {} : { churned: r.churned }) }),
    })),
  );

describe('survivalData properties', () => {
  it('durations ≥ 0 and never past asOf; events only for ends ≤ asOf; included + excluded = input; KM accepts the output', () => {
    fc.assert(
      fc.property(customers, (cs) => {
        const started = cs.filter((c) => (c.start as number) <= AS_OF).length;
        if (cs.length > 0 && started === 0) {
          expect(() => survivalData(cs, { asOf: AS_OF })).toThrow();
          return;
        }
        const d = survivalData(cs, { asOf: AS_OF });
        expect(d.durations.length + d.excluded).toBe(cs.length);
        d.customerIds.forEach((id, k) => {
          const c = cs[id as number]!;
          const start = c.start as number;
          expect(d.durations[k]).toBeGreaterThanOrEqual(0);
          expect(start + d.durations[k]! * DAY).toBeLessThanOrEqual(AS_OF);
          const end = c.end as number | undefined;
          const churn = end !== undefined && end <= AS_OF && c.churned !== false;
          expect(d.events[k]).toBe(churn ? 1 : 0);
        });
        expect(kaplanMeier(d.durations, d.events).n).toBe(d.durations.length);
      }),
    );
  });

  it('moving asOf later never shortens a duration nor removes an event', () => {
    fc.assert(
      fc.property(customers, fc.integer({ min: 0, max: 200 }), (cs, later) => {
        if (cs.every((c) => (c.start as number) > AS_OF)) return;
        const a = survivalData(cs, { asOf: AS_OF });
        const b = survivalData(cs, { asOf: AS_OF + later * DAY });
        a.customerIds.forEach((id, k) => {
          const j = b.customerIds.indexOf(id);
          expect(b.durations[j]).toBeGreaterThanOrEqual(a.durations[k]!);
          expect(b.events[j]).toBeGreaterThanOrEqual(a.events[k]!);
        });
      }),
    );
  });
});
