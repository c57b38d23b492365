/**
 * Unit tests of inactivityChurn (src/retention/inactivity.ts). Expected values are counted by hand from the
 * timelines in the comments (exact integers; churnRate compared with toBe).
 */
import { describe, expect, it } from 'vitest';
import { inactivityChurn, type InactivityChurnOptions } from '../../src/retention/inactivity.js';
import type { ActivityRow } from '../../src/retention/cohorts.js';
import { expectCxError } from '../helpers/errors.js';

describe('inactivityChurn: hand-built monthly timeline, inactiveAfter 2', () => {
  // a: Jan, Feb, May — churned in Apr (2nd silent month), reactivated in May.
  // b: Jan, Mar, Jun — Mar returning (one silent month), churned in May, reactivated in Jun.
  // c: Feb only — churned in Apr.  d: Apr (twice), May.  e: only after asOf (ignored).
  const activity: ActivityRow[] = [
    { customerId: 'a', date: '2026-01-05' },
    { customerId: 'a', date: '2026-02-05' },
    { customerId: 'a', date: '2026-05-05' },
    { customerId: 'b', date: '2026-01-20' },
    { customerId: 'b', date: '2026-03-20' },
    { customerId: 'b', date: '2026-06-10' },
    { customerId: 'c', date: '2026-02-28T23:59:59Z' },
    { customerId: 'd', date: '2026-04-01' },
    { customerId: 'd', date: '2026-04-30' },
    { customerId: 'd', date: '2026-05-02' },
    { customerId: 'e', date: '2026-06-20' },
  ];
  const options: InactivityChurnOptions = { period: 'month', inactiveAfter: 2, asOf: '2026-06-15' };

  it('classifies every period', () => {
    const rows = inactivityChurn(activity, options);
    expect(rows.map((r) => r.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(rows.map((r) => r.start)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
      '2026-05-01T00:00:00.000Z',
      '2026-06-01T00:00:00.000Z',
    ]);
    // atStart: Feb {a, b}; Mar {a, b, c}; Apr {a, b, c}; May {b, d}; Jun {a, d}.
    expect(rows.map((r) => r.atStart)).toEqual([0, 2, 3, 3, 2, 2]);
    expect(rows.map((r) => r.active)).toEqual([2, 2, 1, 1, 2, 1]);
    expect(rows.map((r) => r.new)).toEqual([2, 1, 0, 1, 0, 0]);
    expect(rows.map((r) => r.returning)).toEqual([0, 1, 1, 0, 1, 0]);
    expect(rows.map((r) => r.reactivated)).toEqual([0, 0, 0, 0, 1, 1]);
    expect(rows.map((r) => r.churned)).toEqual([0, 0, 0, 2, 1, 0]);
    expect(rows.map((r) => r.churnRate)).toEqual([null, 0, 0, 2 / 3, 0.5, 0]);
    expect(rows.map((r) => r.partial)).toEqual([false, false, false, false, false, true]);
  });

  it('inactiveAfter 1: one silent period churns', () => {
    const rows = inactivityChurn(activity, { ...options, inactiveAfter: 1 });
    // a: churned Mar, reactivated May, churned Jun.  b: churned Feb, reactivated Mar, churned Apr, reactivated Jun.
    // c: churned Mar.  d: Apr new, May returning, churned Jun.
    expect(rows.map((r) => r.churned)).toEqual([0, 1, 2, 1, 0, 2]);
    expect(rows.map((r) => r.reactivated)).toEqual([0, 0, 1, 0, 1, 1]);
    expect(rows.map((r) => r.returning)).toEqual([0, 1, 0, 0, 1, 0]);
    expect(rows.map((r) => r.atStart)).toEqual([0, 2, 2, 1, 1, 2]);
  });

  it('the list ends with the period of asOf, even when it has no activity', () => {
    const rows = inactivityChurn(activity, { ...options, asOf: '2026-08-31T23:59:59.999Z' });
    expect(rows.map((r) => r.period).slice(-3)).toEqual(['2026-06', '2026-07', '2026-08']);
    // e's June row now counts (new in June). a (last May) churns in Jul; d (last May) in Jul; b, e (Jun) in Aug.
    expect(rows.map((r) => r.churned).slice(-3)).toEqual([0, 2, 2]);
    expect(rows.at(-1)!.partial).toBe(false); // asOf is the last millisecond of August
  });

  it('weekly periods with Sunday starts', () => {
    // 2026-03-01 is a Sunday. x: Sun 1 Mar, Sat 7 Mar (same Sunday week), Sun 15 Mar (two weeks later).
    const rows = inactivityChurn(
      [
        { customerId: 'x', date: '2026-03-01T10:00:00Z' },
        { customerId: 'x', date: '2026-03-07T10:00:00Z' },
        { customerId: 'x', date: '2026-03-22T10:00:00Z' },
      ],
      { period: 'week', weekStartsOn: 0, inactiveAfter: 1, asOf: '2026-03-22T12:00:00Z' },
    );
    expect(rows.map((r) => [r.period, r.active, r.churned, r.reactivated])).toEqual([
      ['2026-03-01', 1, 0, 0],
      ['2026-03-08', 0, 1, 0],
      ['2026-03-15', 0, 0, 0],
      ['2026-03-22', 1, 0, 1],
    ]);
  });

  it('months in a named time zone', () => {
    // 31 Jan 20:00Z is 1 Feb 04:00 in Shanghai: the customer starts in February there, in January in UTC.
    const act: ActivityRow[] = [{ customerId: 1, date: '2026-01-31T20:00:00Z' }];
    expect(inactivityChurn(act, { period: 'month', inactiveAfter: 1, asOf: '2026-02-10', timeZone: 'Asia/Shanghai' }).map((r) => r.period)).toEqual(['2026-02']);
    expect(inactivityChurn(act, { period: 'month', inactiveAfter: 1, asOf: '2026-02-10' }).map((r) => r.period)).toEqual(['2026-01', '2026-02']);
  });

  it('no activity gives an empty list', () => {
    expect(inactivityChurn([], options)).toEqual([]);
  });
});

describe('inactivityChurn: bad input', () => {
  const ok: ActivityRow[] = [{ customerId: 'a', date: '2026-01-01' }];
  const options: InactivityChurnOptions = { period: 'month', inactiveAfter: 2, asOf: '2026-03-01' };
  it('throws with a path', () => {
    expectCxError(() => inactivityChurn(ok, { ...options, inactiveAfter: 0 }), 'OUT_OF_RANGE', ['options', 'inactiveAfter']);
    expectCxError(() => inactivityChurn(ok, { ...options, inactiveAfter: 1.5 }), 'OUT_OF_RANGE', ['options', 'inactiveAfter']);
    expectCxError(() => inactivityChurn(ok, { ...options, inactiveAfter: undefined as unknown as number }), 'INVALID_ARGUMENT', ['options', 'inactiveAfter']);
    expectCxError(() => inactivityChurn([...ok, { customerId: 'b', date: '01/02/2026' }], options), 'INVALID_DATE', ['activity', 1, 'date']);
    expectCxError(() => inactivityChurn(ok, { ...options, asOf: '2025-12-31' }), 'OUT_OF_RANGE', ['options', 'asOf']);
    expectCxError(() => inactivityChurn(ok, { ...options, period: 'hour' as 'day' }), 'INVALID_PERIOD', ['options', 'period']);
    expectCxError(() => inactivityChurn(ok, undefined as unknown as InactivityChurnOptions), 'INVALID_ARGUMENT', ['options']);
    expectCxError(() => inactivityChurn(ok, { ...options, period: 'day', asOf: '2400-01-01' }), 'OUT_OF_RANGE', ['options', 'period']);
  });
});
