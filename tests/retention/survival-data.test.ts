import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import { survivalData, type SurvivalCustomer, type SurvivalDataOptions } from '../../src/retention/survival-data.js';

// Expected durations are counted by hand from the calendar (2024 is a leap year).
describe('survivalData', () => {
  const customers: SurvivalCustomer[] = [
    { customerId: 'a', start: '2024-01-01', end: '2024-01-31' }, // churned after 30 days
    { customerId: 'b', start: '2024-01-11' }, // active: censored at asOf, 50 days
    { customerId: 'c', start: '2024-02-01', end: '2024-04-01' }, // ends after asOf: censored at asOf, 29 days
    { customerId: 'd', start: '2024-02-15', end: '2024-03-01' }, // ends on asOf (inclusive): event, 15 days
    { customerId: 7, start: Date.UTC(2024, 0, 1), end: '2024-02-01', churned: false }, // not churn: censored at end, 31
    { customerId: 'f', start: '2024-03-02' }, // starts after asOf: excluded
    { customerId: 'g', start: '2024-01-20', end: null }, // null end = active: 41 days
  ];
  it('censors at asOf and excludes customers who start after it', () => {
    const d = survivalData(customers, { asOf: '2024-03-01' });
    expect(d).toEqual({
      durations: [30, 50, 29, 15, 31, 41],
      events: [1, 0, 0, 1, 0, 0],
      customerIds: ['a', 'b', 'c', 'd', 7, 'g'],
      excluded: 1,
      unit: 'day',
    });
  });
  it('units are fixed lengths: week 7 d, month 30.4375 d, year 365.25 d', () => {
    const one = [{ customerId: 1, start: '2024-01-01T00:00:00Z', end: '2024-12-31T06:00:00Z' }]; // 365.25 days
    const opts = { asOf: '2026-01-01' };
    expect(survivalData(one, { ...opts, unit: 'year' }).durations).toEqual([1]);
    expect(survivalData(one, { ...opts, unit: 'month' }).durations).toEqual([12]);
    expect(survivalData(one, { ...opts, unit: 'week' }).durations[0]).toBeCloseTo(365.25 / 7, 14);
    expect(survivalData(one, { ...opts, unit: 'day', rounding: 'floor' }).durations).toEqual([365]);
    expect(survivalData(one, { ...opts, unit: 'day', rounding: 'ceil' }).durations).toEqual([366]);
    expect(survivalData(one, { ...opts, unit: 'day', rounding: 'round' }).durations).toEqual([365]);
  });
  it('uses instants: an offset in the input is honoured, whatever the process TZ', () => {
    const d = survivalData([{ customerId: 'x', start: '2024-03-01T00:00:00+08:00', end: '2024-03-01T12:00:00Z' }], { asOf: '2024-06-01' });
    expect(d.durations).toEqual([20 / 24]);
  });
  it('empty input gives empty arrays', () => {
    expect(survivalData([], { asOf: '2024-01-01' })).toEqual({ durations: [], events: [], customerIds: [], excluded: 0, unit: 'day' });
  });
  const bad: [string, unknown, unknown, string, (string | number)[]][] = [
    ['asOf before all the data', [{ customerId: 1, start: '2024-05-01' }], { asOf: '2024-03-01' }, 'OUT_OF_RANGE', ['asOf']],
    ['unreadable asOf', [], { asOf: 'yesterday' }, 'INVALID_DATE', ['asOf']],
    ['missing asOf', [], {}, 'INVALID_DATE', ['asOf']],
    ['missing options', [], undefined, 'INVALID_ARGUMENT', ['options']],
    ['unreadable start', [{ customerId: 1, start: '2024-13-01' }], { asOf: '2024-03-01' }, 'INVALID_DATE', ['customers', 0, 'start']],
    ['unreadable end', [{ customerId: 1, start: '2024-01-01', end: 'soon' }], { asOf: '2024-03-01' }, 'INVALID_DATE', ['customers', 0, 'end']],
    ['end before start', [{ customerId: 1, start: '2024-02-01', end: '2024-01-01' }], { asOf: '2024-03-01' }, 'OUT_OF_RANGE', ['customers', 0, 'end']],
    ['churned without end', [{ customerId: 1, start: '2024-02-01', churned: true }], { asOf: '2024-03-01' }, 'INVALID_ARGUMENT', ['customers', 0, 'end']],
    ['churned not boolean', [{ customerId: 1, start: '2024-02-01', churned: 'yes' }], { asOf: '2024-03-01' }, 'INVALID_ARGUMENT', ['customers', 0, 'churned']],
    ['duplicate id', [{ customerId: 1, start: '2024-02-01' }, { customerId: 1, start: '2024-02-02' }], { asOf: '2024-03-01' }, 'INVALID_ARGUMENT', ['customers', 1, 'customerId']],
    ['missing id', [{ start: '2024-02-01' }], { asOf: '2024-03-01' }, 'INVALID_ARGUMENT', ['customers', 0, 'customerId']],
    ['record not an object', [null], { asOf: '2024-03-01' }, 'INVALID_ARGUMENT', ['customers', 0]],
    ['customers not an array', 'abc'.length, { asOf: '2024-03-01' }, 'INVALID_ARGUMENT', ['customers']],
    ['bad unit', [], { asOf: '2024-03-01', unit: 'fortnight' }, 'INVALID_ARGUMENT', ['unit']],
    ['bad rounding', [], { asOf: '2024-03-01', rounding: 'toString' }, 'INVALID_ARGUMENT', ['rounding']],
  ];
  it.each(bad)('%s → %s', (_name, cs, opts, code, path) => {
    let caught: unknown;
    try {
      survivalData(cs as SurvivalCustomer[], opts as SurvivalDataOptions);
    } catch (e) {
      caught = e;
    }
    expect(isCxError(caught)).toBe(true);
    expect({ code: (caught as { code: string }).code, path: (caught as { path: unknown }).path }).toEqual({ code, path });
  });
});
