/**
 * Unit tests of the calendar periods (src/core/period.ts) against reference instants.
 *
 * References (exact epoch ms, tolerance 0):
 * - Python 3 `zoneinfo` (tz database 2025b) for local midnights, e.g.
 *     python3 -c "import datetime as dt, zoneinfo; print(dt.datetime(2026,3,9,tzinfo=zoneinfo.ZoneInfo('America/New_York')).astimezone(dt.timezone.utc))"
 *   → 2026-03-09 04:00:00+00:00. For a wall time inside a gap zoneinfo (fold=0) uses the offset before the
 *   transition, and for a repeated one the first occurrence: the same rules as cxkit.
 * - ISO 8601-1:2019 §5.7.7 / §5.2.2 for week dates (week 01 holds the year's first Thursday, weeks start on
 *   Monday), checked with Python `datetime.date(2020, 12, 31).isocalendar()` → (2020, 53, 4).
 * Run under several process time zones (`npm run test:tz`): the results must not change.
 */
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
import { expectCxError } from '../helpers/errors.js';

const iso = (d: Date): string => d.toISOString();
const NY: PeriodOptions = { timeZone: 'America/New_York' };
const LONDON: PeriodOptions = { timeZone: 'Europe/London' };
const SHANGHAI: PeriodOptions = { timeZone: 'Asia/Shanghai' };

describe('periods in UTC (the default)', () => {
  const d = '2026-11-24T15:45:00Z'; // a Tuesday
  it.each<[Period, string, string, string]>([
    ['day', '2026-11-24T00:00:00.000Z', '2026-11-25T00:00:00.000Z', '2026-11-24'],
    ['week', '2026-11-23T00:00:00.000Z', '2026-11-30T00:00:00.000Z', '2026-11-23'],
    ['isoWeek', '2026-11-23T00:00:00.000Z', '2026-11-30T00:00:00.000Z', '2026-W48'],
    ['month', '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', '2026-11'],
    ['quarter', '2026-10-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', '2026-Q4'],
    ['year', '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', '2026'],
  ])('%s: start, exclusive end and key', (period, start, end, key) => {
    expect(iso(periodStart(d, period))).toBe(start);
    expect(iso(periodEnd(d, period))).toBe(end);
    expect(periodKey(d, period)).toBe(key);
    expect(iso(parsePeriodKey(key, period))).toBe(start);
    expect(iso(periodStart(d, period, { timeZone: 'UTC' }))).toBe(start);
  });

  it('weekStartsOn moves the week start and key; isoWeek ignores it', () => {
    expect(periodKey(d, 'week', { weekStartsOn: 0 })).toBe('2026-11-22');
    expect(periodKey(d, 'week', { weekStartsOn: 2 })).toBe('2026-11-24');
    expect(periodKey(d, 'week', { weekStartsOn: 3 })).toBe('2026-11-18');
    expect(periodKey(d, 'week', { weekStartsOn: 6 })).toBe('2026-11-21');
    expect(periodKey(d, 'isoWeek', { weekStartsOn: 0 })).toBe('2026-W48');
    expect(iso(periodEnd(d, 'week', { weekStartsOn: 0 }))).toBe('2026-11-29T00:00:00.000Z');
  });

  it('accepts every DateInput form', () => {
    expect(periodKey(Date.UTC(2026, 10, 24), 'month')).toBe('2026-11');
    expect(periodKey(new Date(Date.UTC(2026, 10, 24)), 'month')).toBe('2026-11');
    expect(periodKey('20261124', 'month')).toBe('2026-11');
    expect(PERIODS).toEqual(['day', 'week', 'isoWeek', 'month', 'quarter', 'year']);
  });

  it('writes years outside 0000–9999 in the expanded ±YYYYYY form and reads them back', () => {
    expect(periodKey(-8.64e15, 'day')).toBe('-271821-04-20');
    expect(periodKey(8.64e15, 'isoWeek')).toBe('+275760-W37');
    expect(periodKey('0001-01-01', 'isoWeek')).toBe('0001-W01'); // 0001-01-01 was a Monday (proleptic Gregorian)
    expect(periodKey('0000-06-15', 'quarter')).toBe('0000-Q2');
    expect(periodKey('-000001-12-31T00:00:00Z', 'month')).toBe('-000001-12');
    expect(iso(parsePeriodKey('-000001-12', 'month'))).toBe('-000001-12-01T00:00:00.000Z');
    expect(iso(parsePeriodKey('+010000', 'year'))).toBe('+010000-01-01T00:00:00.000Z');
  });
});

describe('ISO 8601 week-numbering years', () => {
  // Python date(...).isocalendar(): (2020, 53, 4), (2020, 53, 7), (2021, 1, 1), (2026, 1, 4), (2026, 53, 5),
  // (2026, 53, 1), (2027, 1, 1), (2015, 53, 4), (2009, 1, 1).
  it.each([
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2026-12-28', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2015-12-31', '2015-W53'],
    ['2008-12-29', '2009-W01'],
  ])('%s is in %s', (date, key) => {
    expect(periodKey(date, 'isoWeek')).toBe(key);
  });

  it('parses week keys to their Monday (Python date.fromisocalendar)', () => {
    expect(iso(parsePeriodKey('2026-W48', 'isoWeek'))).toBe('2026-11-23T00:00:00.000Z');
    expect(iso(parsePeriodKey('2020-W53', 'isoWeek'))).toBe('2020-12-28T00:00:00.000Z');
    expect(iso(parsePeriodKey('2026-W53', 'isoWeek'))).toBe('2026-12-28T00:00:00.000Z');
    expect(iso(parsePeriodKey('2009-W01', 'isoWeek'))).toBe('2008-12-29T00:00:00.000Z');
  });

  it('rejects week 53 of a 52-week year, week 00 and week 54', () => {
    for (const key of ['2021-W53', '2026-W00', '2026-W54', '2026-W5', '2026W48']) {
      expectCxError(() => parsePeriodKey(key, 'isoWeek'), 'INVALID_PERIOD', ['key']);
    }
  });
});

describe('periods in time zones with DST (tz database via Intl; references from Python zoneinfo)', () => {
  it('America/New_York: 2026-03-08 lasts 23 hours, 2026-11-01 lasts 25 hours', () => {
    expect(iso(periodStart('2026-03-08T12:00:00Z', 'day', NY))).toBe('2026-03-08T05:00:00.000Z');
    expect(iso(periodEnd('2026-03-08T12:00:00Z', 'day', NY))).toBe('2026-03-09T04:00:00.000Z');
    expect(iso(periodStart('2026-11-01T12:00:00Z', 'day', NY))).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(periodEnd('2026-11-01T12:00:00Z', 'day', NY))).toBe('2026-11-02T05:00:00.000Z');
    // 03:30Z on 8 March is still 7 March, 22:30 EST.
    expect(periodKey('2026-03-08T03:30:00Z', 'day', NY)).toBe('2026-03-07');
    expect(periodKey('2026-03-08T03:30:00Z', 'day')).toBe('2026-03-08');
  });

  it('Europe/London: month starts are local midnights in GMT or BST', () => {
    expect(iso(periodStart('2026-03-15T12:00:00Z', 'month', LONDON))).toBe('2026-03-01T00:00:00.000Z');
    expect(iso(periodEnd('2026-03-15T12:00:00Z', 'month', LONDON))).toBe('2026-03-31T23:00:00.000Z');
    expect(iso(parsePeriodKey('2026-10', 'month', LONDON))).toBe('2026-09-30T23:00:00.000Z');
    expect(iso(parsePeriodKey('2026-11', 'month', LONDON))).toBe('2026-11-01T00:00:00.000Z');
    expect(periodKey('2026-03-31T23:30:00Z', 'month', LONDON)).toBe('2026-04');
    expect(periodEnd('2026-03-29T12:00:00Z', 'day', LONDON).getTime() - periodStart('2026-03-29T12:00:00Z', 'day', LONDON).getTime()).toBe(23 * 3_600_000);
  });

  it('Asia/Shanghai (UTC+8, no DST): boundaries at 16:00Z the day before', () => {
    expect(iso(periodStart('2026-11-24T10:00:00Z', 'day', SHANGHAI))).toBe('2026-11-23T16:00:00.000Z');
    expect(iso(parsePeriodKey('2026-12', 'month', SHANGHAI))).toBe('2026-11-30T16:00:00.000Z');
    expect(iso(periodEnd('2026-12-31T15:59:59.999Z', 'year', SHANGHAI))).toBe('2026-12-31T16:00:00.000Z');
    expect(periodKey('2026-12-31T16:00:00Z', 'year', SHANGHAI)).toBe('2027');
    expect(periodKey('2026-12-31T16:00:00Z', 'year')).toBe('2026');
    expect(iso(parsePeriodKey('2026-Q4', 'quarter', SHANGHAI))).toBe('2026-09-30T16:00:00.000Z');
  });

  it('America/Santiago: local midnight 2026-09-06 does not exist, the day starts at 01:00 (-03)', () => {
    const scl = { timeZone: 'America/Santiago' };
    expect(iso(periodStart('2026-09-06T12:00:00Z', 'day', scl))).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(periodEnd('2026-09-05T12:00:00Z', 'day', scl))).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(periodEnd('2026-09-06T12:00:00Z', 'day', scl))).toBe('2026-09-07T03:00:00.000Z');
  });

  it('Atlantic/Azores: midnight of 2026-10-25 occurs twice, the day starts at the first', () => {
    const azores = { timeZone: 'Atlantic/Azores' };
    expect(iso(periodStart('2026-10-25T12:00:00Z', 'day', azores))).toBe('2026-10-25T00:00:00.000Z');
    expect(iso(periodEnd('2026-10-25T12:00:00Z', 'day', azores))).toBe('2026-10-26T01:00:00.000Z');
  });

  it('Pacific/Apia skipped 2011-12-30 entirely: the 29th ends where the 31st starts', () => {
    const apia = { timeZone: 'Pacific/Apia' };
    expect(iso(periodEnd('2011-12-29T12:00:00Z', 'day', apia))).toBe('2011-12-30T10:00:00.000Z');
    expect(iso(periodStart('2011-12-30T12:00:00Z', 'day', apia))).toBe('2011-12-30T10:00:00.000Z');
    expect(periodKey('2011-12-30T12:00:00Z', 'day', apia)).toBe('2011-12-31');
  });

  it('America/Toronto 1919: a gap from 23:30 to 00:30 swallows midnight, the day starts at the transition', () => {
    // tz database, northamerica: "Rule Toronto 1919 only - Mar 30 23:30 1:00 D" (EST → EDT at 04:30Z). Python
    // zoneinfo reads the missing 00:00 as 05:00Z (01:00 EDT), which is not the first instant of the day.
    const toronto = { timeZone: 'America/Toronto' };
    expect(iso(periodStart('1919-03-31T12:00:00Z', 'day', toronto))).toBe('1919-03-31T04:30:00.000Z');
    expect(iso(periodEnd('1919-03-30T12:00:00Z', 'day', toronto))).toBe('1919-03-31T04:30:00.000Z');
    expect(periodKey('1919-03-31T04:29:59.999Z', 'day', toronto)).toBe('1919-03-30');
    expect(periodKey('1919-03-31T04:30:00Z', 'day', toronto)).toBe('1919-03-31');
  });

  it('accepts zone aliases and any letter case that Intl accepts', () => {
    const t = '2026-07-04T03:00:00Z';
    expect(periodKey(t, 'day', { timeZone: 'US/Eastern' })).toBe('2026-07-03');
    expect(periodKey(t, 'day', { timeZone: 'america/new_york' })).toBe('2026-07-03');
    expect(periodKey(t, 'day', { timeZone: 'utc' })).toBe('2026-07-04');
    expect(periodKey(t, 'day', { timeZone: 'Etc/UTC' })).toBe('2026-07-04');
    expect(periodKey(t, 'day', { timeZone: 'Asia/Kolkata' })).toBe('2026-07-04');
  });

  it('still validates and answers after more zone names than its memo holds', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const names = [...zones, ...zones.map((z) => z.toLowerCase())];
    expect(names.length).toBeGreaterThan(512);
    for (const z of names) expect(periodKey('2026-07-04T12:00:00Z', 'year', { timeZone: z })).toBe('2026');
    expect(periodKey('2026-07-04T03:00:00Z', 'day', NY)).toBe('2026-07-03');
  });
});

describe('addPeriods', () => {
  it('keeps the local wall time and clamps the day of the month (as date-fns addMonths)', () => {
    expect(iso(addPeriods('2026-01-31', 'month', 1))).toBe('2026-02-28T00:00:00.000Z');
    expect(iso(addPeriods('2024-01-31T10:20:30.456Z', 'month', 1))).toBe('2024-02-29T10:20:30.456Z');
    expect(iso(addPeriods('2024-02-29', 'year', 1))).toBe('2025-02-28T00:00:00.000Z');
    expect(iso(addPeriods('2026-11-30', 'quarter', -1))).toBe('2026-08-30T00:00:00.000Z');
    expect(iso(addPeriods('2026-11-24T08:00:00Z', 'week', 2))).toBe('2026-12-08T08:00:00.000Z');
    expect(iso(addPeriods('2026-11-24T08:00:00Z', 'isoWeek', -1))).toBe('2026-11-17T08:00:00.000Z');
    expect(iso(addPeriods('2026-11-24T08:00:00Z', 'day', -24))).toBe('2026-10-31T08:00:00.000Z');
  });

  it('moves across DST by local days, not by 24 hours (Python zoneinfo)', () => {
    // 07:00 EST on 7 March + 1 day = 07:00 EDT on 8 March = 11:00Z.
    expect(iso(addPeriods('2026-03-07T12:00:00Z', 'day', 1, NY))).toBe('2026-03-08T11:00:00.000Z');
    // 02:30 on 8 March does not exist: moved forward by the gap to 03:30 EDT (zoneinfo fold=0: 07:30Z).
    expect(iso(addPeriods('2026-03-07T07:30:00Z', 'day', 1, NY))).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 on 1 November occurs twice: the first (EDT, 05:30Z) is taken (zoneinfo fold=0).
    expect(iso(addPeriods('2026-10-31T05:30:00Z', 'day', 1, NY))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(addPeriods('2026-02-15T17:00:00Z', 'month', 1, NY))).toBe('2026-03-15T16:00:00.000Z');
  });

  it('returns the instant itself for k = 0, even in a repeated hour', () => {
    expect(iso(addPeriods('2026-11-01T06:30:00Z', 'day', 0, NY))).toBe('2026-11-01T06:30:00.000Z');
  });

  it('rejects a non-integer k and results outside the Date range', () => {
    expectCxError(() => addPeriods('2026-11-24', 'day', 1.5), 'OUT_OF_RANGE', ['k']);
    expectCxError(() => addPeriods('2026-11-24', 'day', Number.NaN), 'NON_FINITE', ['k']);
    expectCxError(() => addPeriods('2026-11-24', 'year', 300_000), 'OUT_OF_RANGE', ['k']);
    expectCxError(() => addPeriods('2026-11-24', 'day', -1e300, NY), 'OUT_OF_RANGE', ['k']);
  });
});

describe('periodsBetween and periodRange', () => {
  it('counts calendar boundaries, signed', () => {
    expect(periodsBetween('2026-01-31', '2026-03-01', 'month')).toBe(2);
    expect(periodsBetween('2026-03-31T23:59:00Z', '2026-04-01T00:01:00Z', 'month')).toBe(1);
    expect(periodsBetween('2026-11-24', '2026-11-20', 'day')).toBe(-4);
    expect(periodsBetween('2020-12-31', '2021-01-03', 'isoWeek')).toBe(0);
    expect(periodsBetween('2020-12-31', '2021-01-04', 'isoWeek')).toBe(1);
    expect(periodsBetween('2026-11-22', '2026-11-23', 'week')).toBe(1);
    expect(periodsBetween('2026-11-22', '2026-11-23', 'week', { weekStartsOn: 0 })).toBe(0);
    expect(periodsBetween('2025-12-31', '2026-01-01', 'year')).toBe(1);
    expect(periodsBetween('2026-01-01', '2026-12-31', 'quarter')).toBe(3);
    expect(periodsBetween('2026-11-24T10:00:00Z', '2026-11-24T17:00:00Z', 'day', SHANGHAI)).toBe(1);
  });

  it('lists every key in order, inclusive; empty when reversed', () => {
    expect(periodRange('2026-11-15', '2027-02-01', 'month')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodRange('2026-12-30', '2027-01-05', 'isoWeek')).toEqual(['2026-W53', '2027-W01']);
    expect(periodRange('2026-02-27', '2026-03-02', 'day')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(periodRange('2025-06-01', '2026-01-01', 'quarter')).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(periodRange('2026-11-24', '2026-12-08', 'week', { weekStartsOn: 0 })).toEqual(['2026-11-22', '2026-11-29', '2026-12-06']);
    expect(periodRange('2026-11-24', '2026-11-24', 'year')).toEqual(['2026']);
    expect(periodRange('2027-01-01', '2026-01-01', 'year')).toEqual([]);
  });

  it('guards ranges of more than 100 000 periods', () => {
    expect(periodRange('1800-01-01', '2073-10-15', 'day')).toHaveLength(100_000);
    expectCxError(() => periodRange('1800-01-01', '2073-10-16', 'day'), 'OUT_OF_RANGE', ['to']);
    expectCxError(() => periodRange(-8.64e15, 8.64e15, 'month'), 'OUT_OF_RANGE', ['to']);
  });
});

describe('bad input', () => {
  it('names the offending argument or option', () => {
    expectCxError(() => periodStart('nope', 'day'), 'INVALID_DATE', ['date']);
    expectCxError(() => periodKey(Number.NaN, 'day'), 'INVALID_DATE', ['date']);
    expectCxError(() => periodsBetween('x', '2026-01-01', 'day'), 'INVALID_DATE', ['a']);
    expectCxError(() => periodsBetween('2026-01-01', null as never, 'day'), 'INVALID_DATE', ['b']);
    expectCxError(() => periodRange('x', '2026-01-01', 'day'), 'INVALID_DATE', ['from']);
    expectCxError(() => periodRange('2026-01-01', 'y', 'day'), 'INVALID_DATE', ['to']);
    expectCxError(() => addPeriods('x', 'day', 1), 'INVALID_DATE', ['date']);
    expectCxError(() => periodStart('2026-01-01', 'weekly' as Period), 'INVALID_PERIOD', ['period']);
    expectCxError(() => periodKey('2026-01-01', undefined as never), 'INVALID_PERIOD', ['period']);
    expectCxError(() => periodEnd('2026-01-01', 'day', { timeZone: 'Mars/Olympus_Mons' }), 'INVALID_TIME_ZONE', ['options', 'timeZone']);
    expectCxError(() => periodEnd('2026-01-01', 'day', { timeZone: '+08:00' }), 'INVALID_TIME_ZONE', ['options', 'timeZone']);
    expectCxError(() => periodEnd('2026-01-01', 'day', { timeZone: '' }), 'INVALID_TIME_ZONE', ['options', 'timeZone']);
    expectCxError(() => periodEnd('2026-01-01', 'day', { timeZone: 8 as never }), 'INVALID_TIME_ZONE', ['options', 'timeZone']);
    expectCxError(() => periodKey('2026-01-01', 'week', { weekStartsOn: 7 as never }), 'OUT_OF_RANGE', ['options', 'weekStartsOn']);
    expectCxError(() => periodKey('2026-01-01', 'week', { weekStartsOn: 1.5 as never }), 'OUT_OF_RANGE', ['options', 'weekStartsOn']);
    expectCxError(() => periodKey('2026-01-01', 'day', null as never), 'INVALID_ARGUMENT', ['options']);
  });

  it('rejects keys that are not keys of the period', () => {
    const bad: [string, Period][] = [
      ['2026-11-24', 'week'], // a Tuesday: weeks start on Monday by default
      ['2026-02-30', 'day'],
      ['2026-13', 'month'],
      ['2026-00', 'month'],
      ['2026-Q5', 'quarter'],
      ['2026-q4', 'quarter'],
      ['26', 'year'],
      ['2026-11', 'day'],
      [' 2026', 'year'],
      ['-000000', 'year'],
      ['2026-11-24', 'isoWeek'],
    ];
    for (const [key, period] of bad) expectCxError(() => parsePeriodKey(key, period), 'INVALID_PERIOD', ['key']);
    expectCxError(() => parsePeriodKey(2026 as never, 'year'), 'INVALID_PERIOD', ['key']);
    expect(() => parsePeriodKey('2026-11-24', 'week')).toThrow(/weekday 1/);
    expect(iso(parsePeriodKey('2026-11-24', 'week', { weekStartsOn: 2 }))).toBe('2026-11-24T00:00:00.000Z');
  });

  it('refuses starts and ends outside the Date range', () => {
    expectCxError(() => periodEnd(8.64e15, 'year'), 'OUT_OF_RANGE');
    expectCxError(() => periodStart(-8.64e15, 'month'), 'OUT_OF_RANGE');
    expectCxError(() => parsePeriodKey('+275760-10', 'month'), 'OUT_OF_RANGE');
    expect(iso(periodStart(-8.64e15, 'day'))).toBe('-271821-04-20T00:00:00.000Z');
  });
});
