/**
 * Properties of cohortRetention: agreement with a brute-force reference built on the public period functions
 * (one `periodsBetween` call per row, sets of periods per customer), and the laws of a cohort table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import { periodKey, periodStart, periodsBetween, type Period, type PeriodOptions } from '../../src/core/period.js';
import { cohortRetention, type ActivityRow, type CohortMode, type CohortRetentionOptions, type CohortRetentionResult } from '../../src/retention/cohorts.js';

const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Asia/Shanghai', 'America/St_Johns'];
const LO = Date.UTC(2025, 0, 1);
const HI = Date.UTC(2027, 0, 1);

/** UTC hour (fractional) at which local midnight falls in one of ZONES, standard or summer time. */
const MIDNIGHT_UTC_HOURS = [0, 4, 5, 23, 18.5, 13, 13.5, 16, 3.5, 2.5];
/** Instants: half uniform, half within 1 ms of a local midnight of one of ZONES (where periods change). */
const instant = fc.oneof(
  fc.integer({ min: LO, max: HI }),
  fc
    .tuple(fc.integer({ min: 0, max: 730 }), fc.constantFrom(...MIDNIGHT_UTC_HOURS), fc.integer({ min: -1, max: 1 }))
    .map(([day, hour, d]) => LO + day * 86_400_000 + hour * 3_600_000 + d),
);
const row = fc.record({ customerId: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), fc.integer({ min: 0, max: 5 })), date: instant });
const options = fc.record({
  period: fc.constantFrom<Period>('day', 'week', 'isoWeek', 'month', 'quarter', 'year'),
  mode: fc.constantFrom<CohortMode>('classic', 'unbounded'),
  timeZone: fc.constantFrom(...ZONES),
  weekStartsOn: fc.constantFrom<0 | 1 | 2 | 3 | 4 | 5 | 6>(0, 1, 2, 3, 4, 5, 6),
  maxPeriods: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  asOf: instant,
});

/** The table computed the slow, obvious way. */
function bruteForce(activity: readonly ActivityRow[], o: CohortRetentionOptions): CohortRetentionResult | 'asOf-before-data' {
  const opts: PeriodOptions = { timeZone: o.timeZone, weekStartsOn: o.weekStartsOn };
  const asOf = o.asOf as number;
  const idx = (t: number): number => periodsBetween(0, t, o.period, opts);
  const seen = new Map<string | number, { periods: Set<number>; first: number; firstAt: number; last: number }>();
  for (const r of activity) {
    const t = r.date as number;
    if (t > asOf) continue;
    const p = idx(t);
    const s = seen.get(r.customerId) ?? { periods: new Set<number>(), first: p, firstAt: t, last: p };
    s.periods.add(p);
    if (p < s.first) [s.first, s.firstAt] = [p, t];
    if (p > s.last) s.last = p;
    seen.set(r.customerId, s);
  }
  const mode = o.mode ?? 'classic';
  const base = { period: o.period, mode, asOf: new Date(asOf).toISOString() };
  if (seen.size === 0) return activity.length > 0 ? 'asOf-before-data' : { ...base, cohorts: [], average: [] };
  const asOfIdx = idx(asOf);
  const partialPeriod = idx(asOf + 1) === asOfIdx;
  const firsts = [...new Set([...seen.values()].map((s) => s.first))].sort((a, b) => a - b);
  const cols = Math.min(asOfIdx - firsts[0]! + 1, o.maxPeriods ?? Infinity);
  const cohorts = firsts.map((c) => {
    const members = [...seen.values()].filter((s) => s.first === c);
    const counts: (number | null)[] = [];
    const partial: boolean[] = [];
    for (let k = 0; k < cols; k++) {
      partial.push(partialPeriod && c + k === asOfIdx);
      if (c + k > asOfIdx) counts.push(null);
      else counts.push(members.filter((s) => (mode === 'classic' ? s.periods.has(c + k) : s.last >= c + k)).length);
    }
    return {
      cohort: periodKey(members[0]!.firstAt, o.period, opts),
      start: periodStart(members[0]!.firstAt, o.period, opts).toISOString(),
      size: members.length,
      counts,
      retention: counts.map((v) => (v === null ? null : v / members.length)),
      partial,
    };
  });
  const average: (number | null)[] = [];
  for (let k = 0; k < cols; k++) {
    let num = 0;
    let den = 0;
    for (const c of cohorts) {
      if (c.counts[k] === null) continue;
      num += c.counts[k]!;
      den += c.size;
    }
    average.push(den > 0 ? num / den : null);
  }
  return { ...base, cohorts, average };
}

function run(activity: readonly ActivityRow[], o: CohortRetentionOptions): CohortRetentionResult | 'asOf-before-data' {
  try {
    return cohortRetention(activity, o);
  } catch (e) {
    if (isCxError(e, 'OUT_OF_RANGE') && e.path.join('.') === 'options.asOf') return 'asOf-before-data';
    throw e;
  }
}

describe('cohortRetention properties', () => {
  it('equals the brute-force table (every period, zone, week start, mode, maxPeriods)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), options, (activity, o) => {
        expect(run(activity, o)).toEqual(bruteForce(activity, o));
      }),
      { numRuns: 200 },
    );
  });

  it('laws: column 0 is 1, retention in [0, 1], equal row lengths, null only after asOf, sizes sum to the customers', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), options, (activity, o) => {
        const t = run(activity, o);
        if (t === 'asOf-before-data') return;
        const customers = new Set(activity.filter((r) => (r.date) <= (o.asOf)).map((r) => r.customerId));
        expect(t.cohorts.reduce((s, c) => s + c.size, 0)).toBe(customers.size);
        const cols = t.average.length;
        for (const c of t.cohorts) {
          expect(c.retention[0]).toBe(1);
          expect(c.counts).toHaveLength(cols);
          expect(c.partial).toHaveLength(cols);
          const firstNull = c.counts.indexOf(null);
          if (firstNull >= 0) expect(c.counts.slice(firstNull).every((v) => v === null)).toBe(true);
          expect(c.partial.filter(Boolean).length).toBeLessThanOrEqual(1);
          for (const r of c.retention) if (r !== null) expect(r >= 0 && r <= 1).toBe(true);
        }
        for (const a of t.average) expect(a !== null && a >= 0 && a <= 1).toBe(true);
        // Cohorts are in period order: their start instants ascend.
        const starts = t.cohorts.map((c) => Date.parse(c.start));
        expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      }),
    );
  });

  it('classic ≤ unbounded in every cell, and unbounded never rises with k', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), options, (activity, o) => {
        const classic = run(activity, { ...o, mode: 'classic' });
        const unbounded = run(activity, { ...o, mode: 'unbounded' });
        if (classic === 'asOf-before-data' || unbounded === 'asOf-before-data') return;
        classic.cohorts.forEach((c, i) => {
          const u = unbounded.cohorts[i]!;
          c.counts.forEach((v, k) => {
            if (v === null) expect(u.counts[k]).toBeNull();
            else expect(v).toBeLessThanOrEqual(u.counts[k]!);
            if (k > 0 && v !== null) expect(u.counts[k]!).toBeLessThanOrEqual(u.counts[k - 1]!);
          });
        });
      }),
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), options, fc.infiniteStream(fc.nat()), (activity, o, rnd) => {
        const shuffled = activity.map((r) => [rnd.next().value, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
        expect(run(shuffled, o)).toEqual(run(activity, o));
      }),
    );
  });
});
