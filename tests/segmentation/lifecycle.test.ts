import { describe, expect, it } from 'vitest';
import { LIFECYCLE_RULE_LABELS, LIFECYCLE_STATUS_LABELS, LIFECYCLE_STATUSES, lifecycleStatus, type PurchaseHistory } from '../../src/segmentation/lifecycle.js';
import { errorOf } from '../helpers/errors.js';

const asOf = '2026-11-24';
// Day arithmetic below is by hand from the calendar: 2026-11-24 − N days.
const daysAgo = (n: number): string => new Date(Date.UTC(2026, 10, 24) - n * 86_400_000).toISOString().slice(0, 10);
const status = (h: Omit<PurchaseHistory, 'customerId'>, options: Partial<Parameters<typeof lifecycleStatus>[1]> = {}) =>
  lifecycleStatus([{ customerId: 'x', ...h }], { asOf, ...options }).customers[0]!;

describe('lifecycleStatus', () => {
  it('applies the rules in order, with inclusive windows (defaults 30 / 90 / 180 / 365 days)', () => {
    expect(daysAgo(14)).toBe('2026-11-10');
    expect(status({ purchases: 0 })).toMatchObject({ status: 'prospect', rule: 'no-purchase', recencyDays: null, ageDays: null });
    expect(status({ purchases: [] })).toMatchObject({ status: 'prospect' });
    expect(status({ purchases: 1, lastPurchase: daysAgo(30) })).toMatchObject({ status: 'new', rule: 'first-purchase-within-new', ageDays: 30 });
    expect(status({ purchases: 2, firstPurchase: daysAgo(31), lastPurchase: daysAgo(2) })).toMatchObject({ status: 'active', rule: 'recency-within-active', ageDays: 31 });
    expect(status({ purchases: 1, lastPurchase: daysAgo(90) })).toMatchObject({ status: 'active', recencyDays: 90 });
    expect(status({ purchases: 1, lastPurchase: daysAgo(91) })).toMatchObject({ status: 'at-risk', rule: 'recency-within-lapsed' });
    expect(status({ purchases: 1, lastPurchase: daysAgo(180) })).toMatchObject({ status: 'at-risk' });
    expect(status({ purchases: 1, lastPurchase: daysAgo(181) })).toMatchObject({ status: 'lapsed', rule: 'recency-within-lost' });
    expect(status({ purchases: 1, lastPurchase: daysAgo(365) })).toMatchObject({ status: 'lapsed' });
    expect(status({ purchases: 1, lastPurchase: daysAgo(366) })).toMatchObject({ status: 'lost', rule: 'recency-beyond-lost', recencyDays: 366 });
    expect(status({ purchases: 1, lastPurchase: daysAgo(10) }, { newWithin: 0, activeWithin: 5, lapsedAfter: 8, lostAfter: 9 })).toMatchObject({ status: 'lost' });
  });

  it('recognises a return after a lapse only while it is recent', () => {
    // gap 200 > lapsedAfter 180, return 40 days ago ≤ 90 → reactivated
    expect(status({ purchases: [daysAgo(240), daysAgo(40), daysAgo(10)] })).toMatchObject({ status: 'reactivated', rule: 'returned-after-lapse' });
    // the return (100 days ago) is older than activeWithin: an ordinary active customer again
    expect(status({ purchases: [daysAgo(400), daysAgo(100), daysAgo(60), daysAgo(20)] })).toMatchObject({ status: 'active' });
    // gaps of exactly 180 days are not a lapse
    expect(status({ purchases: [daysAgo(200), daysAgo(20)] })).toMatchObject({ status: 'active' });
    // a return that is now overdue again is judged by recency
    expect(status({ purchases: [daysAgo(500), daysAgo(150)] })).toMatchObject({ status: 'at-risk' });
    // a count cannot show a return
    expect(status({ purchases: 2, firstPurchase: daysAgo(400), lastPurchase: daysAgo(10) })).toMatchObject({ status: 'active' });
    // an earlier firstPurchase than the listed dates sets the age
    expect(status({ purchases: [daysAgo(5)], firstPurchase: daysAgo(300) })).toMatchObject({ status: 'active', ageDays: 300 });
  });

  it('counts whole calendar days in a time zone and returns counts and labels', () => {
    // 2026-11-23T17:00Z is 24 November 01:00 in Shanghai.
    const c = status({ purchases: ['2026-11-23T17:00:00Z'] }, { asOf: '2026-11-24T12:00:00+08:00', timeZone: 'Asia/Shanghai' });
    expect(c.recencyDays).toBe(0);
    const res = lifecycleStatus(
      [
        { customerId: 1, purchases: 0 },
        { customerId: 2, purchases: 1, lastPurchase: daysAgo(3) },
      ],
      { asOf },
    );
    expect(res.counts).toEqual({ prospect: 1, new: 1, active: 0, reactivated: 0, 'at-risk': 0, lapsed: 0, lost: 0 });
    expect(res.customers[0]!.label).toEqual(LIFECYCLE_STATUS_LABELS.prospect);
    expect(Object.keys(LIFECYCLE_STATUS_LABELS)).toEqual([...LIFECYCLE_STATUSES]);
    expect(Object.keys(LIFECYCLE_RULE_LABELS)).toHaveLength(7);
  });

  it('rejects bad options and histories with a path', () => {
    expect(errorOf(() => lifecycleStatus([], {} as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'asOf'] });
    expect(errorOf(() => lifecycleStatus([], undefined as never))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options'] });
    expect(errorOf(() => lifecycleStatus([], { asOf, activeWithin: -1 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'activeWithin'] });
    expect(errorOf(() => lifecycleStatus([], { asOf, lostAfter: Number.NaN }))).toEqual({ code: 'NON_FINITE', path: ['options', 'lostAfter'] });
    expect(errorOf(() => lifecycleStatus([], { asOf, lostAfter: '1' as never }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'lostAfter'] });
    expect(errorOf(() => lifecycleStatus([], { asOf, newWithin: 100 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'newWithin'] });
    expect(errorOf(() => lifecycleStatus([], { asOf, lapsedAfter: 60 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'lapsedAfter'] });
    expect(errorOf(() => lifecycleStatus([], { asOf, lostAfter: 100 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'lostAfter'] });
    const one = (h: object) => () => lifecycleStatus([{ customerId: 'a', purchases: 1, lastPurchase: daysAgo(1) }, { customerId: 'b', ...h } as PurchaseHistory], { asOf });
    expect(errorOf(one({ purchases: 1 }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 1, 'lastPurchase'] });
    expect(errorOf(one({ purchases: 3, lastPurchase: daysAgo(1) }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 1, 'firstPurchase'] });
    expect(errorOf(one({ purchases: 1, firstPurchase: daysAgo(9), lastPurchase: daysAgo(1) }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 1, 'firstPurchase'] });
    expect(errorOf(one({ purchases: 2, firstPurchase: daysAgo(1), lastPurchase: daysAgo(9) }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 1, 'firstPurchase'] });
    expect(errorOf(one({ purchases: 0, lastPurchase: daysAgo(1) }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 1, 'purchases'] });
    expect(errorOf(one({ purchases: [], lastPurchase: daysAgo(1) }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 1, 'purchases'] });
    expect(errorOf(one({ purchases: -1 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['customers', 1, 'purchases'] });
    expect(errorOf(one({ purchases: 'many' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 1, 'purchases'] });
    expect(errorOf(one({ purchases: [daysAgo(3), '2027-01-01'] }))).toEqual({ code: 'OUT_OF_RANGE', path: ['customers', 1, 'purchases', 1] });
    expect(errorOf(one({ purchases: ['someday'] }))).toEqual({ code: 'INVALID_DATE', path: ['customers', 1, 'purchases', 0] });
    expect(errorOf(one({ customerId: 'a', purchases: 0 }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 1, 'customerId'] });
    expect(errorOf(() => lifecycleStatus([null as never], { asOf }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers', 0] });
    expect(errorOf(() => lifecycleStatus(5 as never, { asOf }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['customers'] });
  });
});
