/**
 * Properties of the calendar periods (src/core/period.ts): partition of time, idempotence, key round trips,
 * arithmetic consistency, independence from the process time zone, and agreement with an independent
 * implementation — date-fns 4 (`startOfMonth`, `getISOWeek`, `addMonths`, …) on `TZDate` from @date-fns/tz.
 * All comparisons are exact (epoch ms or strings).
 */
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  getISOWeek,
  getISOWeekYear,
  startOfDay,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PERIODS,
  addPeriods,
  parsePeriodKey,
  periodEnd,
  periodKey,
  periodRange,
  periodStart,
  periodsBetween,
  type Period,
  type PeriodOptions,
} from '../../src/core/period.js';

const MAX = 8.64e15;
const YEAR_1900 = -2_208_988_800_000;
const YEAR_2100 = 4_102_444_800_000;
/**
 * date-fns' TZDate works in whole minutes, so it disagrees with the tz database (and with Python zoneinfo and
 * cxkit) on local mean times such as Kolkata's +05:21:10 before 1942 or New York's −04:56:02 before 1883; it
 * also returned the impossible '1905-W00' there. The date-fns comparisons use 1970–2100 and land there.
 */
const DATE_FNS_FROM = 0;
/** Zones with DST in either hemisphere, a 30-minute DST (Lord Howe), half-hour offsets, and midnight gaps. */
const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago', 'America/Havana'];
/** Zones whose local midnight always exists (date-fns' startOfDay assumes it). */
const MIDNIGHT_ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Shanghai', 'Asia/Kolkata', 'Australia/Sydney'];

const period = fc.constantFrom<Period>(...PERIODS);
const weekStartsOn = fc.constantFrom<0 | 1 | 2 | 3 | 4 | 5 | 6>(0, 1, 2, 3, 4, 5, 6);
const modern = fc.integer({ min: YEAR_1900, max: YEAR_2100 });
/** Instants away from the ends of the Date range, so that neighbouring periods exist. */
const wide = fc.integer({ min: -MAX + 400 * 366 * 86_400_000, max: MAX - 400 * 366 * 86_400_000 });
const zoned = fc.record({ timeZone: fc.constantFrom(...ZONES), weekStartsOn });

describe('periods partition time', () => {
  it('periodStart(d) ≤ d < periodEnd(d), and consecutive periods meet exactly', () => {
    fc.assert(
      fc.property(modern, period, zoned, (t, p, o) => {
        const s = periodStart(t, p, o).getTime();
        const e = periodEnd(t, p, o).getTime();
        expect(s).toBeLessThanOrEqual(t);
        expect(t).toBeLessThan(e);
        expect(periodStart(e, p, o).getTime()).toBe(e); // the next period starts where this one ends
        expect(periodEnd(s - 1, p, o).getTime()).toBe(s); // the previous one ends where this one starts
        expect(periodStart(s, p, o).getTime()).toBe(s); // idempotent
        expect(periodStart(e - 1, p, o).getTime()).toBe(s);
      }),
    );
  });

  it('holds in UTC over almost the whole Date range', () => {
    fc.assert(
      fc.property(wide, period, weekStartsOn, (t, p, w) => {
        const o = { weekStartsOn: w };
        const s = periodStart(t, p, o).getTime();
        const e = periodEnd(t, p, o).getTime();
        expect(s <= t && t < e).toBe(true);
        expect(periodStart(e, p, o).getTime()).toBe(e);
        expect(periodStart(s, p, o).getTime()).toBe(s);
      }),
    );
  });

  it('every instant of a period has the same key, and the key changes at the end', () => {
    fc.assert(
      fc.property(modern, period, zoned, fc.double({ min: 0, max: 1, noNaN: true }), (t, p, o, u) => {
        const s = periodStart(t, p, o).getTime();
        const e = periodEnd(t, p, o).getTime();
        const inside = s + Math.floor(u * (e - s - 1));
        expect(periodKey(inside, p, o)).toBe(periodKey(t, p, o));
        expect(periodKey(e, p, o)).not.toBe(periodKey(t, p, o));
      }),
    );
  });
});

describe('keys', () => {
  it('parsePeriodKey inverts periodKey: parse(key(d)) = start(d), key(parse(key(d))) = key(d)', () => {
    fc.assert(
      fc.property(fc.oneof(modern, wide), period, zoned, (t, p, o) => {
        const opts: PeriodOptions = t >= YEAR_1900 && t <= YEAR_2100 ? o : { weekStartsOn: o.weekStartsOn };
        const key = periodKey(t, p, opts);
        const start = parsePeriodKey(key, p, opts);
        expect(start.getTime()).toBe(periodStart(t, p, opts).getTime());
        expect(periodKey(start, p, opts)).toBe(key);
      }),
    );
  });

  it('keys of years 1000–9999 sort like time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_610_224_000_000, max: 253_402_300_799_999 }), fc.integer({ min: 0, max: 1e12 }), period, (t, dt, p) => {
        const a = periodKey(t, p);
        const b = periodKey(Math.min(t + dt, 253_402_300_799_999), p);
        expect(a <= b).toBe(true);
      }),
    );
  });
});

describe('arithmetic', () => {
  it('periodsBetween(d, addPeriods(d, p, k)) = k for period starts and wall times', () => {
    fc.assert(
      fc.property(modern, period, zoned, fc.integer({ min: -600, max: 600 }), (t, p, o, k) => {
        const s = periodStart(t, p, o);
        const moved = addPeriods(s, p, k, o);
        expect(periodsBetween(s, moved, p, o)).toBe(k);
        expect(periodsBetween(t, addPeriods(t, p, k, { weekStartsOn: o.weekStartsOn }), p, { weekStartsOn: o.weekStartsOn })).toBe(k);
      }),
    );
  });

  it('addPeriods of a period start is the start k periods later (UTC, whole range)', () => {
    fc.assert(
      fc.property(modern, period, weekStartsOn, fc.integer({ min: -2000, max: 2000 }), (t, p, w, k) => {
        const o = { weekStartsOn: w };
        const s = periodStart(t, p, o);
        const moved = addPeriods(s, p, k, o);
        expect(periodStart(moved, p, o).getTime()).toBe(moved.getTime());
        expect(addPeriods(moved, p, -k, o).getTime()).toBe(s.getTime());
      }),
    );
  });

  it('periodsBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(modern, modern, modern, period, zoned, (a, b, c, p, o) => {
        expect(periodsBetween(a, b, p, o)).toBe(-periodsBetween(b, a, p, o) || 0);
        expect(periodsBetween(a, b, p, o) + periodsBetween(b, c, p, o)).toBe(periodsBetween(a, c, p, o));
        expect(periodsBetween(a, a, p, o)).toBe(0);
      }),
    );
  });

  it('periodRange lists between + 1 consecutive keys from key(from) to key(to)', () => {
    fc.assert(
      fc.property(modern, fc.integer({ min: -5e9, max: 4e10 }), period, zoned, (t, dt, p, o) => {
        const from = t;
        const to = Math.min(YEAR_2100, t + dt);
        const keys = periodRange(from, to, p, o);
        const n = periodsBetween(from, to, p, o);
        expect(keys.length).toBe(Math.max(0, n + 1));
        if (keys.length === 0) return;
        expect(keys[0]).toBe(periodKey(from, p, o));
        expect(keys[keys.length - 1]).toBe(periodKey(to, p, o));
        for (let i = 1; i < keys.length; i++) {
          const prevEnd = periodEnd(parsePeriodKey(keys[i - 1]!, p, o), p, o).getTime();
          expect(parsePeriodKey(keys[i]!, p, o).getTime()).toBe(prevEnd);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('independence from the process time zone', () => {
  it('the default equals timeZone UTC and plain UTC calendar arithmetic', () => {
    fc.assert(
      fc.property(modern, (t) => {
        const d = new Date(t);
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth();
        expect(periodStart(t, 'month').getTime()).toBe(Date.UTC(y, m, 1));
        expect(periodStart(t, 'quarter').getTime()).toBe(Date.UTC(y, m - (m % 3), 1));
        expect(periodStart(t, 'year').getTime()).toBe(Date.UTC(y, 0, 1));
        expect(periodStart(t, 'day').getTime()).toBe(Date.UTC(y, m, d.getUTCDate()));
        expect(periodKey(t, 'day')).toBe(d.toISOString().slice(0, 10));
        expect(periodKey(t, 'month')).toBe(d.toISOString().slice(0, 7));
        for (const p of PERIODS) expect(periodKey(t, p)).toBe(periodKey(t, p, { timeZone: 'UTC' }));
      }),
    );
  });
});

describe('agreement with date-fns 4 on TZDate', () => {
  const startFns: Record<Period, (d: TZDate, w: 0 | 1 | 2 | 3 | 4 | 5 | 6) => Date> = {
    day: (d) => startOfDay(d),
    week: (d, w) => startOfWeek(d, { weekStartsOn: w }),
    isoWeek: (d) => startOfISOWeek(d),
    month: (d) => startOfMonth(d),
    quarter: (d) => startOfQuarter(d),
    year: (d) => startOfYear(d),
  };
  const addFns: Record<Period, (d: TZDate, k: number) => Date> = {
    day: addDays,
    week: addWeeks,
    isoWeek: addWeeks,
    month: addMonths,
    quarter: addQuarters,
    year: addYears,
  };

  it('periodStart matches startOfDay/Week/ISOWeek/Month/Quarter/Year', () => {
    fc.assert(
      fc.property(fc.integer({ min: DATE_FNS_FROM, max: YEAR_2100 }), period, fc.constantFrom(...MIDNIGHT_ZONES), weekStartsOn, (t, p, zone, w) => {
        const expected = startFns[p](new TZDate(t, zone), w).getTime();
        expect(periodStart(t, p, { timeZone: zone, weekStartsOn: w }).getTime()).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('isoWeek keys match getISOWeekYear and getISOWeek', () => {
    fc.assert(
      fc.property(fc.integer({ min: DATE_FNS_FROM, max: YEAR_2100 }), fc.constantFrom(...MIDNIGHT_ZONES), (t, zone) => {
        const d = new TZDate(t, zone);
        const key = `${String(getISOWeekYear(d))}-W${String(getISOWeek(d)).padStart(2, '0')}`;
        expect(periodKey(t, 'isoWeek', { timeZone: zone })).toBe(key);
      }),
      { numRuns: 300 },
    );
  });

  it('addPeriods matches addDays/Weeks/Months/Quarters/Years in UTC', () => {
    fc.assert(
      fc.property(modern, period, fc.integer({ min: -1200, max: 1200 }), (t, p, k) => {
        expect(addPeriods(t, p, k).getTime()).toBe(addFns[p](new TZDate(t, 'UTC'), k).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('addPeriods matches date-fns in DST zones at wall times that exist on both days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000_000, max: 3_000_000_000_000 }), period, fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Shanghai'), fc.integer({ min: -120, max: 120 }), (t, p, zone, k) => {
        // Local 04:00–23:59 avoids the transition hours (01:00–03:00 in these zones).
        const local = new TZDate(t, zone);
        const expected = addFns[p](local, k).getTime();
        if (local.getHours() < 4 || expected < DATE_FNS_FROM) return;
        expect(addPeriods(t, p, k, { timeZone: zone }).getTime()).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
