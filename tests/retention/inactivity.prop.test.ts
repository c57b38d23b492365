/**
 * Properties of inactivityChurn: agreement with a period-by-period simulation of every customer's state
 * (not yet seen / alive / churned) built on the public period functions, and the bookkeeping identities.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import { periodsBetween, type Period } from '../../src/core/period.js';
import { inactivityChurn, type InactivityChurnOptions, type InactivityChurnPeriod } from '../../src/retention/inactivity.js';
import type { ActivityRow } from '../../src/retention/cohorts.js';

const LO = Date.UTC(2025, 0, 1);
const HI = Date.UTC(2026, 6, 1);
const row = fc.record({ customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), date: fc.integer({ min: LO, max: HI }) });
const options = fc.record({
  period: fc.constantFrom<Period>('day', 'week', 'month', 'quarter'),
  inactiveAfter: fc.integer({ min: 1, max: 4 }),
  timeZone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/London'),
  weekStartsOn: fc.constantFrom<0 | 1 | 2 | 3 | 4 | 5 | 6>(0, 1, 2, 3, 4, 5, 6),
  asOf: fc.integer({ min: LO, max: HI }),
});

type Counts = { -readonly [K in 'atStart' | 'active' | 'new' | 'returning' | 'reactivated' | 'churned']: InactivityChurnPeriod[K] };

function simulate(activity: readonly ActivityRow[], o: InactivityChurnOptions): Counts[] | 'asOf-before-data' {
  const opts = { timeZone: o.timeZone, weekStartsOn: o.weekStartsOn };
  const asOf = o.asOf as number;
  const active = new Map<string, Set<number>>();
  for (const r of activity) {
    if ((r.date as number) > asOf) continue;
    const p = periodsBetween(0, r.date, o.period, opts);
    const s = active.get(r.customerId as string) ?? new Set<number>();
    s.add(p);
    active.set(r.customerId as string, s);
  }
  if (active.size === 0) return activity.length > 0 ? 'asOf-before-data' : [];
  let first = Infinity;
  for (const s of active.values()) for (const p of s) first = Math.min(first, p);
  const last = periodsBetween(0, asOf, o.period, opts);
  const out: Counts[] = [];
  const state = new Map<string, { kind: 'none' | 'alive' | 'churned'; lastActive: number }>();
  for (const id of active.keys()) state.set(id, { kind: 'none', lastActive: 0 });
  for (let p = first; p <= last; p++) {
    const c: Counts = { atStart: 0, active: 0, new: 0, returning: 0, reactivated: 0, churned: 0 };
    for (const [id, s] of state) {
      if (s.kind === 'alive') c.atStart++;
      if (active.get(id)!.has(p)) {
        c.active++;
        if (s.kind === 'none') c.new++;
        else if (s.kind === 'churned') c.reactivated++;
        else c.returning++;
        s.kind = 'alive';
        s.lastActive = p;
      } else if (s.kind === 'alive' && p - s.lastActive === o.inactiveAfter) {
        c.churned++;
        s.kind = 'churned';
      }
    }
    out.push(c);
  }
  return out;
}

function run(activity: readonly ActivityRow[], o: InactivityChurnOptions): InactivityChurnPeriod[] | 'asOf-before-data' {
  try {
    return inactivityChurn(activity, o);
  } catch (e) {
    if (isCxError(e, 'OUT_OF_RANGE') && e.path.join('.') === 'options.asOf') return 'asOf-before-data';
    throw e;
  }
}

describe('inactivityChurn properties', () => {
  it('equals a period-by-period simulation of each customer', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), options, (activity, o) => {
        const got = run(activity, o);
        const want = simulate(activity, o);
        if (got === 'asOf-before-data' || want === 'asOf-before-data') {
          expect(got).toBe(want);
          return;
        }
        expect(got.map(({ atStart, active, new: n, returning, reactivated, churned }) => ({ atStart, active, new: n, returning, reactivated, churned }))).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  it('identities: active = new + returning + reactivated; atStart(P+1) = atStart(P) − churned + new + reactivated; Σ new = customers', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), options, (activity, o) => {
        const rows = run(activity, o);
        if (rows === 'asOf-before-data') return;
        expect(rows[0]!.atStart).toBe(0);
        for (let i = 0; i < rows.length; i++) {
          const r = rows[i]!;
          expect(r.active).toBe(r.new + r.returning + r.reactivated);
          expect(r.churned).toBeLessThanOrEqual(r.atStart);
          if (r.churnRate !== null) expect(r.churnRate >= 0 && r.churnRate <= 1).toBe(true);
          else expect(r.atStart).toBe(0);
          if (i + 1 < rows.length) expect(rows[i + 1]!.atStart).toBe(r.atStart - r.churned + r.new + r.reactivated);
        }
        const customers = new Set(activity.filter((r) => (r.date) <= (o.asOf)).map((r) => r.customerId));
        expect(rows.reduce((s, r) => s + r.new, 0)).toBe(customers.size);
        expect(rows.filter((r) => r.partial).length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), options, (activity, o) => {
        expect(run([...activity].reverse(), o)).toEqual(run(activity, o));
      }),
    );
  });
});
