import { describe, expect, it } from 'vitest';
import { rfm, type RfmTransaction } from '../../src/segmentation/rfm.js';
import { customerSummaries, orders, readCsv, reference } from './fixtures.js';
import { errorOf } from '../helpers/errors.js';

// The R package rfm v0.3.0 on its own example data. Published checks (the package's tests/testthat/test-rfm-table.R
// and test-rfm-segment.R): transaction counts sum to 4,906 (orders, analysis date 2006-12-31) and 393,223 (customer
// data, 2007-01-01). Per-customer scores and thresholds: tests/fixtures/rfm/generate.R (the package's rule restated
// in base R 4.2.2, R's own quantile()), compared exactly (no tolerance: the same doubles).
describe('rfm — R rfm v0.3.0 compatibility (quantile method)', () => {
  const res = rfm(orders, { asOf: '2006-12-31' });
  const ref = readCsv('orders-scores.csv');

  it('reproduces the published transaction-count sum and customer count', () => {
    let total = 0;
    for (const c of res.customers) total += c.frequency;
    expect(total).toBe(4906);
    expect(res.customers).toHaveLength(995);
  });

  it('gives every customer the values and scores of R, in R’s C-locale id order', () => {
    expect(res.customers.map((c) => c.customerId)).toEqual(ref.map((r) => r.customer_id));
    for (let i = 0; i < ref.length; i++) {
      const c = res.customers[i]!;
      const r = ref[i]!;
      expect([c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m]).toEqual(
        [r.recency_days, r.transaction_count, r.amount, r.r, r.f, r.m].map(Number),
      );
      expect(c.code).toBe(100 * c.r + 10 * c.f + c.m);
    }
  });

  it('uses R’s thresholds q + 1 to the last bit', () => {
    expect(res.thresholds).toEqual(reference.orders.thresholds);
    expect(res.thresholds.recency[2]).toBe(297.40000000000009); // 1 + (1 − h)·x[lo] + h·x[hi], R's type-7 branch
    expect(res.method).toBe('quantile');
    expect(res.bins).toEqual({ recency: 5, frequency: 5, monetary: 5 });
    expect(res.scoreCounts.recency.reduce((a, b) => a + b)).toBe(995);
  });

  it('matches the scores printed in the package README (segmentr-era README.md, commit 0421b02)', () => {
    // recency_days, transaction_count, amount, rfm_score as printed there ("Abbey O'Reilly DVM" etc.; the v0.3.0
    // data dropped the name suffixes).
    const printed: [string, number, number, number, number][] = [
      ["Abbey O'Reilly", 205, 6, 472, 343],
      ['Add Senger', 140, 3, 340, 412],
      ['Aden Lesch', 194, 4, 405, 323],
      ['Admiral Senger', 132, 5, 448, 433],
      ["Agness O'Keefe", 90, 9, 843, 555],
      ['Aileen Barton', 84, 9, 763, 555],
      ['Ailene Hermann', 281, 8, 699, 355],
      ['Aiyanna Bruen', 246, 4, 157, 321],
      ['Ala Schmidt', 349, 3, 363, 212],
      ['Alannah Borer', 619, 4, 196, 121],
    ];
    const byId = new Map(res.customers.map((c) => [c.customerId, c]));
    for (const [id, rd, n, amount, code] of printed) {
      const c = byId.get(id)!;
      expect([c.recencyDays, c.frequency, c.monetary, c.code]).toEqual([rd, n, amount, code]);
    }
  });

  it('uses custom thresholds as given (the package’s example: recency 115, 181, 297, 482 …)', () => {
    const custom = { recency: [115, 181, 297, 482], frequency: [4, 5, 6, 8], monetary: [256, 382, 506, 666] };
    const c = rfm(orders, { asOf: '2006-12-31', method: custom });
    expect(c.method).toBe('custom');
    expect(c.thresholds).toEqual(custom);
    expect(c.customers.map((x) => [x.r, x.f, x.m])).toEqual(ref.map((r) => [r.rc, r.fc, r.mc].map(Number)));
  });

  it('scores customer-level data (rfm_data_customer.csv) like R', () => {
    const cres = rfm(customerSummaries);
    const cref = readCsv('customer-scores.csv');
    let total = 0;
    for (const c of cres.customers) total += c.frequency;
    expect(total).toBe(393223);
    expect(cres.thresholds).toEqual(reference.customer.thresholds);
    expect(cres.customers.map((c) => [c.customerId, c.r, c.f, c.m])).toEqual(cref.map((r) => [r.customer_id, r.r, r.f, r.m].map(Number)));
    const custom = rfm(customerSummaries, { method: { recency: [115, 181, 297, 482], frequency: [4, 5, 6, 8], monetary: [256, 382, 506, 666] } });
    expect(custom.customers.map((c) => [c.r, c.f, c.m])).toEqual(cref.map((r) => [r.rc, r.fc, r.mc].map(Number)));
  });

  it('gives the same result from typed-array columns, Date objects and epoch milliseconds', () => {
    const ids = orders.map((o) => o.customerId);
    const ms = Float64Array.from(orders, (o) => Date.parse(o.date));
    const amounts = Float64Array.from(orders, (o) => o.amount);
    expect(rfm({ customerId: ids, date: ms, amount: amounts }, { asOf: Date.UTC(2006, 11, 31) })).toEqual(res);
    const asDates = orders.map((o) => ({ ...o, date: new Date(o.date) }));
    expect(rfm(asDates, { asOf: new Date('2006-12-31') })).toEqual(res);
  });
});

describe('rfm — ties', () => {
  // 100 customers: 80 bought once, 20 bought 2, 3, …, 21 times (ids c000 … c099, the repeat buyers last).
  const tx: RfmTransaction[] = [];
  for (let i = 0; i < 100; i++) {
    const id = `c${String(i).padStart(3, '0')}`;
    const times = i < 80 ? 1 : i - 78;
    for (let j = 0; j < times; j++) tx.push({ customerId: id, date: '2026-11-01', amount: 10 });
  }

  it('quantile keeps ties together: the 80 single buyers all get f = 1 and scores 2 and 3 stay empty', () => {
    // quantile(f, 0.2 … 0.8) = 1, 1, 1, 1.2 (hand-computed: x_(80) = 1, x_(81) = 2, index 1 + 99·0.8 = 80.2) → cut
    // points 2, 2, 2, 2.2; R 4.2.2 prints the last as 2.2000000000000028 (index 80.2 is 80.200000000000003 in
    // floating point): `unname(quantile(c(rep(1, 80), 2:21), seq(0, 1, length.out = 6))) + 1`.
    const res = rfm(tx, { asOf: '2026-11-24' });
    expect(res.thresholds.frequency).toEqual([2, 2, 2, 2.2000000000000028]);
    expect(res.scoreCounts.frequency).toEqual([80, 0, 0, 1, 19]);
    // Every customer has recency 23: all cut points equal 24, every r is 5.
    expect(res.scoreCounts.recency).toEqual([0, 0, 0, 0, 100]);
  });

  it('ntile splits the single buyers over buckets 1–4 in id order, 20 per bucket', () => {
    const res = rfm(tx, { asOf: '2026-11-24', method: 'ntile' });
    expect(res.scoreCounts.frequency).toEqual([20, 20, 20, 20, 20]);
    const f = res.customers.map((c) => c.f);
    expect(f.slice(0, 20).every((x) => x === 1)).toBe(true);
    expect(f.slice(60, 80).every((x) => x === 4)).toBe(true);
    expect(f.slice(80).every((x) => x === 5)).toBe(true);
    expect(res.thresholds.frequency).toEqual([1, 1, 1, 2]);
    // Equal recency: buckets by id, lower ids first in ascending order, so they get the higher r.
    expect(res.customers[0]!.r).toBe(5);
    expect(res.customers[99]!.r).toBe(1);
  });

  it('custom thresholds bin by value only', () => {
    const res = rfm(tx, { asOf: '2026-11-24', method: { recency: [30], frequency: [2, 5, 10, 20], monetary: [50] } });
    expect(res.scoreCounts.frequency).toEqual([80, 3, 5, 10, 2]);
    expect(res.bins).toEqual({ recency: 2, frequency: 5, monetary: 2 });
    expect(res.customers[0]!.code).toBe(211);
  });

  it('ntile follows SQL NTILE: the first n mod bins buckets get one more', () => {
    const s = (n: number) => Array.from({ length: n }, (_, i) => ({ customerId: i, recencyDays: i, frequency: i, monetary: i }));
    expect(rfm(s(7), { method: 'ntile', bins: 3 }).scoreCounts.frequency).toEqual([3, 2, 2]);
    const few = rfm(s(3), { method: 'ntile' });
    expect(few.scoreCounts.monetary).toEqual([1, 1, 1, 0, 0]);
    expect(few.scoreCounts.recency).toEqual([0, 0, 1, 1, 1]);
    expect(few.thresholds.monetary).toEqual([1, 2]);
  });
});

describe('rfm — values', () => {
  it('sums money exactly before scoring', () => {
    const tx = [
      { customerId: 1, date: '2026-01-01', amount: 0.1 },
      { customerId: 1, date: '2026-01-02', amount: 0.2 },
      { customerId: 2, date: '2026-01-01', amount: '0.0001' },
      { customerId: 2, date: '2026-01-01', amount: '0.0002' },
      { customerId: 3, date: '2026-01-01', amount: 1e12 },
      { customerId: 3, date: '2026-01-01', amount: 0.001 },
    ];
    const res = rfm(tx, { asOf: '2026-01-31' });
    expect(res.customers.map((c) => c.monetary)).toEqual([0.3, 0.0003, 1000000000000.001]);
    const fast = rfm(tx.slice(0, 2), { asOf: '2026-01-31' });
    expect(fast.customers[0]!.monetary).toBe(0.3); // 0.1 + 0.2 in floats is 0.30000000000000004
    const mean = rfm(tx, { asOf: '2026-01-31', monetary: 'mean' });
    expect(mean.customers.map((c) => c.monetary)).toEqual([0.15, 0.00015, 500000000000.0005]);
    expect(mean.monetary).toBe('mean');
    expect(rfm(tx.slice(0, 2), { asOf: '2026-01-31', monetary: 'mean' }).customers[0]!.monetary).toBe(0.15);
    const big = [{ customerId: 'x', date: 0, amount: 2 ** 40 }, { customerId: 'x', date: 0, amount: 10n }];
    expect(rfm(big, { asOf: 0 }).customers[0]!.monetary).toBe(2 ** 40 + 10);
  });

  it('groups by id value: numbers (integers, fractions, −0 as 0) apart from strings, across table growth', () => {
    const tx: RfmTransaction[] = [];
    // 5,000 customers × 3 purchases: integer ids, fractional ids and their decimal strings, interleaved.
    for (let rep = 0; rep < 3; rep++) {
      for (let k = 0; k < 5000; k++) {
        const id = k % 3 === 0 ? k : k % 3 === 1 ? k + 0.5 : String(k);
        tx.push({ customerId: id, date: '2026-01-01', amount: k });
      }
    }
    tx.push({ customerId: -0, date: '2026-01-02', amount: 1 }, { customerId: '0', date: '2026-01-02', amount: 7 });
    const res = rfm(tx, { asOf: '2026-01-31' });
    expect(res.customers).toHaveLength(5001);
    const byId = new Map(res.customers.map((c) => [c.customerId, c]));
    expect(byId.get(0)).toMatchObject({ frequency: 4, monetary: 1, recencyDays: 29 });
    expect(byId.get('0')).toMatchObject({ frequency: 1, monetary: 7 });
    expect(byId.get(4.5)).toMatchObject({ frequency: 3, monetary: 12 });
    expect(byId.get('4997')).toMatchObject({ frequency: 3, monetary: 3 * 4997 });
    // order: the 3,334 numbers ascending, then strings by code units ('0' < '1001' < '1004' < … < '11')
    expect(res.customers.slice(0, 3).map((c) => c.customerId)).toEqual([0, 1.5, 3]);
    expect(res.customers.slice(3334, 3337).map((c) => c.customerId)).toEqual(['0', '1001', '1004']);
  });

  it('counts recency in whole calendar days, in UTC or in a time zone', () => {
    const tx = [{ customerId: 'a', date: '2026-11-23T20:00:00Z', amount: 1 }];
    expect(rfm(tx, { asOf: '2026-11-24T01:00:00Z' }).customers[0]!.recencyDays).toBe(1);
    // 04:00 on 24 November in Shanghai: the same calendar day as asOf there.
    expect(rfm(tx, { asOf: '2026-11-24T12:00:00+08:00', timeZone: 'Asia/Shanghai' }).customers[0]!.recencyDays).toBe(0);
  });

  it('returns an empty result for no customers', () => {
    expect(rfm([], {})).toEqual(rfm([], { asOf: 0 }));
    expect(rfm([])).toEqual({
      customers: [],
      thresholds: { recency: [], frequency: [], monetary: [] },
      scoreCounts: { recency: [0, 0, 0, 0, 0], frequency: [0, 0, 0, 0, 0], monetary: [0, 0, 0, 0, 0] },
      method: 'quantile',
      bins: { recency: 5, frequency: 5, monetary: 5 },
      monetary: 'sum',
    });
    expect(rfm({ customerId: [], date: [], amount: [] }, { asOf: 0, method: 'ntile', bins: 3 }).scoreCounts.recency).toEqual([0, 0, 0]);
  });
});

describe('rfm — bad input', () => {
  const tx = [{ customerId: 'a', date: '2026-01-01', amount: 5 }];
  const asOf = '2026-02-01';
  it('needs asOf with transactions', () => {
    expect(errorOf(() => rfm(tx))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'asOf'] });
  });
  it('rejects non-finite and negative money with the row', () => {
    const bad = (amount: unknown) => [...tx, { customerId: 'b', date: '2026-01-01', amount }] as RfmTransaction[];
    expect(errorOf(() => rfm(bad(Number.NaN), { asOf }))).toEqual({ code: 'NON_FINITE', path: ['input', 1, 'amount'] });
    expect(errorOf(() => rfm(bad(Infinity), { asOf }))).toEqual({ code: 'NON_FINITE', path: ['input', 1, 'amount'] });
    expect(errorOf(() => rfm(bad(-1), { asOf }))).toEqual({ code: 'OUT_OF_RANGE', path: ['input', 1, 'amount'] });
    expect(errorOf(() => rfm(bad('-1.5'), { asOf }))).toEqual({ code: 'OUT_OF_RANGE', path: ['input', 1, 'amount'] });
    expect(errorOf(() => rfm(bad('1,5'), { asOf }))).toEqual({ code: 'INVALID_MONEY', path: ['input', 1, 'amount'] });
    // in the decimal pass too (the first amount has four decimals)
    const dec = [{ customerId: 'a', date: '2026-01-01', amount: '0.0001' }, { customerId: 'a', date: '2026-01-01', amount: -2 }];
    expect(errorOf(() => rfm(dec, { asOf }))).toEqual({ code: 'OUT_OF_RANGE', path: ['input', 1, 'amount'] });
    const cols = { customerId: ['a', 'b'], date: [0, 0], amount: [1, Number.NaN] };
    expect(errorOf(() => rfm(cols, { asOf: 0 }))).toEqual({ code: 'NON_FINITE', path: ['input', 'amount', 1] });
    const sums = [{ customerId: 'a', recencyDays: 1, frequency: 1, monetary: -3 }];
    expect(errorOf(() => rfm(sums))).toEqual({ code: 'OUT_OF_RANGE', path: ['input', 0, 'monetary'] });
    expect(errorOf(() => rfm([{ ...sums[0]!, monetary: '-3' }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['input', 0, 'monetary'] });
    expect(errorOf(() => rfm([{ ...sums[0]!, monetary: Number.NaN }]))).toEqual({ code: 'NON_FINITE', path: ['input', 0, 'monetary'] });
  });
  it('rejects unsorted or non-finite custom thresholds', () => {
    const method = { recency: [10, 20], frequency: [1, 3, 5], monetary: [100] };
    expect(errorOf(() => rfm(tx, { asOf, method: { ...method, frequency: [1, 5, 3] } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'method', 'frequency', 2] });
    expect(errorOf(() => rfm(tx, { asOf, method: { ...method, frequency: [1, Number.NaN] } }))).toEqual({
      code: 'NON_FINITE',
      path: ['options', 'method', 'frequency', 1],
    });
    expect(errorOf(() => rfm(tx, { asOf, method: { ...method, monetary: [] } }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'method', 'monetary'] });
    expect(errorOf(() => rfm(tx, { asOf, method: { ...method, monetary: [1, 2, 3, 4, 5, 6, 7, 8, 9] } }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'method', 'monetary'],
    });
    expect(errorOf(() => rfm(tx, { asOf, method: { ...method, monetary: ['1'] as unknown as number[] } }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'method', 'monetary', 0],
    });
  });
  it('rejects bins outside 2–9, unknown options and bad inputs', () => {
    expect(errorOf(() => rfm(tx, { asOf, bins: 1 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'bins'] });
    expect(errorOf(() => rfm(tx, { asOf, bins: 10 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'bins'] });
    expect(errorOf(() => rfm(tx, { asOf, bins: 2.5 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['options', 'bins'] });
    expect(errorOf(() => rfm(tx, { asOf, method: 'kmeans' as 'ntile' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'method'] });
    expect(errorOf(() => rfm(tx, { asOf, monetary: 'median' as 'sum' }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options', 'monetary'] });
    expect(errorOf(() => rfm(tx, { asOf, timeZone: 'Mars/Olympus' }))).toEqual({ code: 'INVALID_TIME_ZONE', path: ['options', 'timeZone'] });
    expect(errorOf(() => rfm(tx, { asOf: 'yesterday' }))).toEqual({ code: 'INVALID_DATE', path: ['options', 'asOf'] });
    expect(errorOf(() => rfm(tx, null as unknown as object))).toEqual({ code: 'INVALID_ARGUMENT', path: ['options'] });
    expect(errorOf(() => rfm(42 as unknown as [], { asOf }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input'] });
    expect(errorOf(() => rfm({} as unknown as [], { asOf }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input'] });
    expect(errorOf(() => rfm([tx[0]!, null as unknown as RfmTransaction], { asOf }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 1] });
    expect(errorOf(() => rfm([{ ...tx[0]!, customerId: '' }], { asOf }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 0, 'customerId'] });
    expect(errorOf(() => rfm([{ ...tx[0]!, date: '2026-13-01' }], { asOf }))).toEqual({ code: 'INVALID_DATE', path: ['input', 0, 'date'] });
    expect(errorOf(() => rfm([{ ...tx[0]!, date: '2026-03-01' }], { asOf }))).toEqual({ code: 'OUT_OF_RANGE', path: ['input', 0, 'date'] });
  });
  it('checks columns and summaries', () => {
    expect(errorOf(() => rfm({ customerId: ['a'], date: [0, 1], amount: [1] }, { asOf }))).toEqual({ code: 'LENGTH_MISMATCH', path: ['input', 'date'] });
    expect(errorOf(() => rfm({ customerId: ['a'], date: [0], amount: 5 as unknown as number[] }, { asOf }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['input', 'amount'],
    });
    const s = { customerId: 'a', recencyDays: 1, frequency: 2, monetary: 3 };
    expect(errorOf(() => rfm([s, s]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 1, 'customerId'] });
    expect(errorOf(() => rfm([{ ...s, recencyDays: -1 }]))).toEqual({ code: 'OUT_OF_RANGE', path: ['input', 0, 'recencyDays'] });
    expect(errorOf(() => rfm([{ ...s, frequency: '2' as unknown as number }]))).toEqual({ code: 'INVALID_ARGUMENT', path: ['input', 0, 'frequency'] });
    const txRow: unknown = { customerId: 'b', date: 0, amount: 1 };
    expect(errorOf(() => rfm([s, txRow as typeof s]))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['input', 1, 'recencyDays'],
    });
  });
});
