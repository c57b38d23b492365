/**
 * Unit tests of toDate (core/time). References: ECMA-262 §21.4.1.32 "Date Time String Format" and RFC 3339 §5.6
 * for the accepted forms; `Date.UTC` (which this file calls only with years ≥ 100, where it is exact) for the
 * expected instants. Every comparison is exact (epoch ms, tolerance 0). Run under several process time zones
 * (`npm run test:tz`): nothing here may depend on TZ.
 */
import { describe, expect, it } from 'vitest';
import { toDate } from '../../src/core/time.js';
import { expectCxError } from '../helpers/errors.js';

describe('toDate: strings', () => {
  it.each([
    ['2026-11-24', Date.UTC(2026, 10, 24)],
    ['20261124', Date.UTC(2026, 10, 24)], // ISO 8601 basic format, as in the CDNOW data
    ['19970101', Date.UTC(1997, 0, 1)],
    ['  2026-11-24\n', Date.UTC(2026, 10, 24)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2026-11-24T08:30:00Z', Date.UTC(2026, 10, 24, 8, 30)],
    ['2026-11-24t08:30:00z', Date.UTC(2026, 10, 24, 8, 30)],
    ['2026-11-24 08:30', Date.UTC(2026, 10, 24, 8, 30)],
    ['2026-11-24T08:30:15.123Z', Date.UTC(2026, 10, 24, 8, 30, 15, 123)],
    ['2026-11-24T08:30:15.1Z', Date.UTC(2026, 10, 24, 8, 30, 15, 100)],
    ['2026-11-24T08:30:15,5Z', Date.UTC(2026, 10, 24, 8, 30, 15, 500)],
    ['2026-11-24T08:30:15.123999Z', Date.UTC(2026, 10, 24, 8, 30, 15, 123)], // truncated, not rounded
    ['2026-11-24T08:30:00+08:00', Date.UTC(2026, 10, 24, 0, 30)],
    ['2026-11-24T08:30:00+0800', Date.UTC(2026, 10, 24, 0, 30)],
    ['2026-11-24T08:30:00+08', Date.UTC(2026, 10, 24, 0, 30)],
    ['2026-11-24T08:30:00-05:30', Date.UTC(2026, 10, 24, 14, 0)],
    ['2026-11-24T00:00:00-00:00', Date.UTC(2026, 10, 24)],
    ['2026-12-31T23:59:59.999+23:59', Date.UTC(2026, 11, 31, 0, 0, 59, 999)],
  ])('reads %j', (input, expected) => {
    expect(toDate(input).getTime()).toBe(expected);
  });

  it('reads a date-time without an offset as UTC, whatever the process time zone', () => {
    expect(toDate('2026-11-24T08:30:00').getTime()).toBe(Date.UTC(2026, 10, 24, 8, 30));
    expect(toDate('2026-11-24T08:30:00').getTime()).toBe(toDate('2026-11-24T08:30:00Z').getTime());
  });

  it('reads years 0000–0099 literally (Date.UTC would map them to 1900–1999) and expanded years', () => {
    expect(toDate('0050-06-01').toISOString()).toBe('0050-06-01T00:00:00.000Z');
    expect(toDate('0000-01-01').toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(toDate('+010000-01-01T00:00:00.000Z').toISOString()).toBe('+010000-01-01T00:00:00.000Z');
    expect(toDate('-000001-12-31T12:00:00Z').toISOString()).toBe('-000001-12-31T12:00:00.000Z');
    expect(toDate('+275760-09-13T00:00:00.000Z').getTime()).toBe(8.64e15);
    expect(toDate('-271821-04-20T00:00:00.000Z').getTime()).toBe(-8.64e15);
  });

  it.each([
    '',
    '   ',
    '2026-02-30',
    '2025-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-11-00',
    '2026-11-31',
    '20261131',
    '20261324',
    '2026-11-24T24:00',
    '2026-11-24T23:60',
    '2026-11-24T23:59:60Z',
    '2026-11-24T08:30+24:00',
    '2026-11-24T08:30+08:60',
    '2026-11-24T08:30+8:00',
    '2026-11-24T08',
    '2026-11-24T08:30:00.Z',
    '2026-11-24T08:30:00ZZ',
    '2026/11/24',
    '24/11/2026',
    '11/24/2026',
    'Nov 24 2026',
    '2026-1-5',
    '202611241',
    '1732406400000',
    '-000000-01-01',
    '+275760-09-13T00:00:00.001Z',
    '-271821-04-19T23:59:59.999Z',
  ])('rejects %j with INVALID_DATE', (input) => {
    expectCxError(() => toDate(input, ['rows', 7, 'date']), 'INVALID_DATE', ['rows', 7, 'date']);
  });
});

describe('toDate: numbers and Dates', () => {
  it('reads epoch milliseconds, truncating a fraction toward zero like new Date(ms)', () => {
    expect(toDate(0).getTime()).toBe(0);
    expect(toDate(1_732_406_400_000).toISOString()).toBe('2024-11-24T00:00:00.000Z');
    expect(toDate(1.9).getTime()).toBe(1);
    expect(toDate(-1.9).getTime()).toBe(-1);
    expect(Object.is(toDate(-0).getTime(), 0)).toBe(true);
    expect(toDate(8.64e15).getTime()).toBe(8.64e15);
    expect(toDate(-8.64e15).getTime()).toBe(-8.64e15);
  });

  it('copies a valid Date instead of sharing it', () => {
    const input = new Date(Date.UTC(2026, 10, 24));
    const out = toDate(input);
    expect(out).not.toBe(input);
    expect(out.getTime()).toBe(input.getTime());
    out.setUTCFullYear(2000);
    expect(input.getUTCFullYear()).toBe(2026);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY], [8.64e15 + 1], [-8.64e15 - 1], [new Date(Number.NaN)], [null], [undefined], [true], [{}], [[2026, 11, 24]], [20261124n]])(
    'rejects %s with INVALID_DATE',
    (input) => {
      expectCxError(() => toDate(input as never, ['when']), 'INVALID_DATE', ['when']);
      expectCxError(() => toDate(input as never), 'INVALID_DATE', []);
    },
  );
});
