/**
 * summarizeTransactions against the published CDNOW calibration summaries and hand-computed cases.
 *
 * References:
 * - fixtures/cdnow/cdnow_customers_summary_with_transactions.csv (ID, x, t_x, T, zbar): the CBS summary of the 2,357
 *   sample customers to 1997-09-30 in weeks (Fader, Hardie & Lee 2005; lifetimes' copy of Hardie's data), rounded to
 *   2 decimals — so t_x, T and zbar must agree within 0.005 (plus 1e-9 for the binary representation of the CSV).
 * - fixtures/cdnow/CDNOW_sample.txt: the 6,919 transactions it was computed from (column 2 = sample id).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import { summarizeTransactions } from '../../src/value/summary.js';
import { cdnowMasterTransactions, cdnowSummary } from './cdnow-helpers.js';

const sample = readFileSync(fileURLToPath(new URL('../fixtures/cdnow/CDNOW_sample.txt', import.meta.url)), 'utf8')
  .trim()
  .split(/\r?\n/)
  .map((l) => {
    const f = l.trim().split(/\s+/);
    return { customerId: Number(f[1]), date: f[2]!, amount: Number(f[4]) };
  });

describe('summarizeTransactions on CDNOW', () => {
  const s = summarizeTransactions(sample, { timeUnit: 'week', observationEnd: '1997-09-30' });
  const ref = cdnowSummary();

  it('reproduces all 2,357 rows of the published summary within its 2-decimal rounding', () => {
    expect(s.customers).toHaveLength(2357);
    let worst = 0;
    for (let i = 0; i < ref.length; i++) {
      const c = s.customers[i]!;
      const r = ref[i]!;
      expect(c.customerId).toBe(r.customerId);
      expect(c.frequency).toBe(r.frequency);
      worst = Math.max(worst, Math.abs(c.recency - r.recency), Math.abs(c.T - r.T), Math.abs(c.monetary - r.monetary));
    }
    expect(worst).toBeLessThanOrEqual(0.005 + 1e-9);
  });

  it('counts the transactions after observationEnd and reports the window', () => {
    const inWindow = sample.filter((t) => t.date <= '19970930').length;
    expect(s.transactionsAfterObservationEnd).toBe(sample.length - inWindow);
    expect(s.calibrationEnd).toBe('1997-09-30');
    expect(s.observationEnd).toBe('1997-09-30');
    expect(s.timeUnit).toBe('week');
    expect(s.timeZone).toBe('UTC');
    expect(s.customers[0]).not.toHaveProperty('holdoutFrequency');
  });

  it('splits calibration and holdout on the master file (23,570 customers)', () => {
    const master = cdnowMasterTransactions();
    const h = summarizeTransactions(master, { timeUnit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' });
    expect(h.customers).toHaveLength(23_570);
    expect(h.customersFirstSeenInHoldout).toBe(0);
    expect(h.transactionsAfterObservationEnd).toBe(0);
    // every purchase day is the first, a calibration repeat or a holdout day
    const days = new Set(master.map((t) => `${t.customerId}|${t.date}`)).size;
    let counted = 0;
    for (const c of h.customers) counted += 1 + c.frequency + c.holdoutFrequency!;
    expect(counted).toBe(days);
    for (const c of h.customers) expect(c.T).toBeGreaterThanOrEqual(27);
  });
});

describe('summarizeTransactions definitions', () => {
  it('merges same-day purchases and sums their amounts; monetary is the mean of the repeat days', () => {
    const s = summarizeTransactions(
      [
        { customerId: 1, date: '2024-01-01T09:00:00Z', amount: 10 },
        { customerId: 1, date: '2024-01-01T18:00:00Z', amount: 99 },
        { customerId: 1, date: '2024-01-03', amount: '4.50' },
        { customerId: 1, date: '2024-01-03', amount: 5.5 },
        { customerId: 1, date: '2024-01-06', amount: 20 },
        { customerId: 2, date: '2024-01-05' },
      ],
      { timeUnit: 'day', observationEnd: '2024-01-10' },
    );
    expect(s.customers).toEqual([
      { customerId: 1, frequency: 2, recency: 5, T: 9, monetary: 15 },
      { customerId: 2, frequency: 0, recency: 0, T: 5, monetary: 0 },
    ]);
  });

  it('uses the calendar days of the time zone', () => {
    const tx = [
      { customerId: 'a', date: '2024-01-01T10:00:00Z' },
      { customerId: 'a', date: '2024-01-01T20:00:00Z' }, // 2024-01-02 04:00 in Shanghai
    ];
    expect(summarizeTransactions(tx, { timeUnit: 'day', observationEnd: '2024-01-05' }).customers[0]!.frequency).toBe(0);
    const sh = summarizeTransactions(tx, { timeUnit: 'day', observationEnd: '2024-01-05', timeZone: 'Asia/Shanghai' });
    expect(sh.customers[0]).toMatchObject({ frequency: 1, recency: 1 });
    expect(sh.timeZone).toBe('Asia/Shanghai');
  });

  it('holdout columns, customers first seen in the holdout, and purchases after the end', () => {
    const s = summarizeTransactions(
      [
        { customerId: 'a', date: '2024-01-01', amount: 1 },
        { customerId: 'a', date: '2024-01-15', amount: 2 },
        { customerId: 'a', date: '2024-01-20', amount: 3 },
        { customerId: 'a', date: '2024-01-20', amount: 4 },
        { customerId: 'a', date: '2024-02-20', amount: 100 },
        { customerId: 'b', date: '2024-01-20', amount: 5 },
        { customerId: 'c', date: '2024-01-14', amount: 5 },
      ],
      { timeUnit: 'week', calibrationEnd: '2024-01-15', observationEnd: '2024-01-31' },
    );
    expect(s.customers).toEqual([
      { customerId: 'a', frequency: 1, recency: 2, T: 2, monetary: 2, holdoutFrequency: 1, holdoutMonetary: 7 },
      { customerId: 'c', frequency: 0, recency: 0, T: 1 / 7, monetary: 0, holdoutFrequency: 0, holdoutMonetary: 0 },
    ]);
    expect(s.customersFirstSeenInHoldout).toBe(1);
    expect(s.transactionsAfterObservationEnd).toBe(1);
  });

  it('sorts numeric ids before string ids, and handles a customer with many rows', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ customerId: 'z', date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, amount: i }));
    const s = summarizeTransactions([{ customerId: 'b', date: '2024-01-02' }, ...many, { customerId: 3, date: '2024-01-02' }], {
      timeUnit: 'day',
      observationEnd: '2024-01-31',
    });
    expect(s.customers.map((c) => c.customerId)).toEqual([3, 'b', 'z']);
    expect(s.customers[2]).toMatchObject({ frequency: 27, recency: 27, T: 30 });
  });

  it('returns no customers for no transactions', () => {
    expect(summarizeTransactions([], { timeUnit: 'week', observationEnd: '2024-01-01' }).customers).toEqual([]);
  });

  it('rejects bad input with the row in the path', () => {
    const cases: [() => unknown, string, (string | number)[]][] = [
      [() => summarizeTransactions([{ customerId: '', date: '2024-01-01' }], { timeUnit: 'day', observationEnd: '2024-02-01' }), 'INVALID_ARGUMENT', ['transactions', 0, 'customerId']],
      [() => summarizeTransactions([{ customerId: 1, date: '2024-13-01' }], { timeUnit: 'day', observationEnd: '2024-02-01' }), 'INVALID_DATE', ['transactions', 0, 'date']],
      [() => summarizeTransactions([{ customerId: 1, date: '2024-01-01', amount: 'ten' }], { timeUnit: 'day', observationEnd: '2024-02-01' }), 'INVALID_MONEY', ['transactions', 0, 'amount']],
      [() => summarizeTransactions([{ customerId: 1, date: '2024-01-01', amount: Number.POSITIVE_INFINITY }], { timeUnit: 'day', observationEnd: '2024-02-01' }), 'INVALID_MONEY', ['transactions', 0, 'amount']],
      [() => summarizeTransactions([null as never], { timeUnit: 'day', observationEnd: '2024-02-01' }), 'INVALID_ARGUMENT', ['transactions', 0]],
      [() => summarizeTransactions([], { timeUnit: 'month' as never, observationEnd: '2024-02-01' }), 'INVALID_ARGUMENT', ['options', 'timeUnit']],
      [() => summarizeTransactions([], { timeUnit: 'day', observationEnd: '2024-02-01', calibrationEnd: '2024-03-01' }), 'OUT_OF_RANGE', ['options', 'calibrationEnd']],
      [() => summarizeTransactions([], { timeUnit: 'day', observationEnd: '2024-02-01', timeZone: 'Mars/Base' }), 'INVALID_TIME_ZONE', ['options', 'timeZone']],
      [() => summarizeTransactions([], undefined as never), 'INVALID_ARGUMENT', ['options']],
      [() => summarizeTransactions('x' as never, { timeUnit: 'day', observationEnd: '2024-02-01' }), 'INVALID_ARGUMENT', ['transactions']],
    ];
    for (const [fn, code, path] of cases) {
      let err: unknown;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect(isCxError(err, code as never), `${code} ${JSON.stringify(path)}`).toBe(true);
      expect((err as { path: unknown }).path).toEqual(path);
    }
  });
});
