/**
 * Unit tests of cohortRetention (src/retention/cohorts.ts).
 *
 * References (all exact: counts are integers, retention = count / size is compared with toBe):
 * - hand-built fixtures below, each expected value counted by hand in the comments;
 * - tests/fixtures/cohorts/tables.csv, computed with base R 4.2 and the system tz database by
 *   tests/fixtures/cohorts/generate.R (month cohorts across DST in America/New_York and Europe/London, weeks
 *   starting Sunday in New York and Monday in UTC, quarters in Asia/Shanghai).
 * Run also under other process time zones (`TZ=Asia/Shanghai npx vitest run tests/retention`,
 * `TZ=America/New_York …`): the results must not change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { periodKey } from '../../src/core/period.js';
import { groupActivity, type PeriodIndexer } from '../../src/retention/activity.js';
import { cohortRetention, type ActivityRow, type CohortMode, type CohortRetentionOptions } from '../../src/retention/cohorts.js';
import { expectCxError } from '../helpers/errors.js';

describe('cohortRetention: hand-built monthly fixture (UTC)', () => {
  // January cohort: a, b, c (3). February cohort: d, e (2). March cohort: f (1). asOf 15 March (March partial).
  // a: Jan, Feb, Mar · b: Jan, Mar · c: Jan only · d: Feb, Feb (twice), Mar · e: Feb · f: Mar · g: only after asOf.
  const activity: ActivityRow[] = [
    { customerId: 'a', date: '2026-01-03' },
    { customerId: 'a', date: '2026-02-14T10:00:00Z' },
    { customerId: 'a', date: '2026-03-01' },
    { customerId: 'b', date: '2026-01-31T23:59:59.999Z' },
    { customerId: 'b', date: '2026-03-15T00:00:00Z' }, // exactly asOf: counts (inclusive)
    { customerId: 'c', date: Date.UTC(2026, 0, 10) },
    { customerId: 'd', date: new Date('2026-02-01T00:00:00Z') },
    { customerId: 'd', date: '2026-02-20' },
    { customerId: 'd', date: '2026-03-02' },
    { customerId: 'e', date: '2026-02-28' },
    { customerId: 'f', date: '2026-03-09' },
    { customerId: 'g', date: '2026-03-15T00:00:00.001Z' }, // after asOf: ignored
    { customerId: 'c', date: '2026-03-20' }, // after asOf: ignored
  ];
  const asOf = '2026-03-15T00:00:00Z';

  it('classic: active in period k exactly', () => {
    const t = cohortRetention(activity, { period: 'month', mode: 'classic', asOf });
    expect(t.period).toBe('month');
    expect(t.mode).toBe('classic');
    expect(t.asOf).toBe('2026-03-15T00:00:00.000Z');
    expect(t.cohorts).toEqual([
      // Jan: 3 active in Jan; Feb only a; Mar a and b (c's March row is after asOf).
      { cohort: '2026-01', start: '2026-01-01T00:00:00.000Z', size: 3, counts: [3, 1, 2], retention: [1, 1 / 3, 2 / 3], partial: [false, false, true] },
      // Feb: d, e in Feb; Mar only d. Column 2 (April) has not begun: null, never 0.
      { cohort: '2026-02', start: '2026-02-01T00:00:00.000Z', size: 2, counts: [2, 1, null], retention: [1, 0.5, null], partial: [false, true, false] },
      { cohort: '2026-03', start: '2026-03-01T00:00:00.000Z', size: 1, counts: [1, null, null], retention: [1, null, null], partial: [true, false, false] },
    ]);
    // Size-weighted: column 0 (3+2+1)/6; column 1 (1+1)/(3+2); column 2 2/3.
    expect(t.average).toEqual([1, 2 / 5, 2 / 3]);
  });

  it('unbounded: active in period k or later', () => {
    const t = cohortRetention(activity, { period: 'month', mode: 'unbounded', asOf });
    expect(t.cohorts.map((c) => c.counts)).toEqual([
      [3, 2, 2], // a and b are active in Feb or later (b in March); c never again
      [2, 1, null],
      [1, null, null],
    ]);
    expect(t.average).toEqual([1, 3 / 5, 2 / 3]);
  });

  it('mode defaults to classic; the input order does not matter', () => {
    const a = cohortRetention(activity, { period: 'month', asOf });
    const b = cohortRetention([...activity].reverse(), { period: 'month', mode: 'classic', asOf });
    expect(a).toEqual(b);
  });

  it('asOf at the last millisecond of a period: nothing is partial', () => {
    const t = cohortRetention(activity, { period: 'month', asOf: '2026-02-28T23:59:59.999Z' });
    expect(t.cohorts.map((c) => c.counts)).toEqual([
      [3, 1],
      [2, null],
    ]);
    expect(t.cohorts.map((c) => c.partial)).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it('maxPeriods caps the columns; unbounded still counts activity beyond the last column', () => {
    const classic = cohortRetention(activity, { period: 'month', asOf, maxPeriods: 2 });
    expect(classic.cohorts.map((c) => c.counts)).toEqual([
      [3, 1],
      [2, 1],
      [1, null],
    ]);
    expect(classic.cohorts.map((c) => c.partial)).toEqual([
      [false, false], // the partial March column of January is cut off
      [false, true],
      [true, false],
    ]);
    const unbounded = cohortRetention(activity, { period: 'month', mode: 'unbounded', asOf, maxPeriods: 2 });
    expect(unbounded.cohorts[0]!.counts).toEqual([3, 2]); // b (March only) counts in column 1
    expect(cohortRetention(activity, { period: 'month', asOf, maxPeriods: 1 }).average).toEqual([1]);
  });

  it('no activity gives an empty table', () => {
    expect(cohortRetention([], { period: 'week', asOf })).toEqual({ period: 'week', mode: 'classic', asOf: '2026-03-15T00:00:00.000Z', cohorts: [], average: [] });
  });

  it('numeric ids and string ids are different customers (Map semantics)', () => {
    const t = cohortRetention(
      [
        { customerId: 1, date: '2026-01-01' },
        { customerId: '1', date: '2026-01-02' },
      ],
      { period: 'month', asOf },
    );
    expect(t.cohorts[0]!.size).toBe(2);
  });
});

describe('cohortRetention: week starts and time zones', () => {
  // 2026-03-01 is a Sunday; 2026-03-08 the next Sunday.
  const activity: ActivityRow[] = [
    { customerId: 'a', date: '2026-03-01T12:00:00Z' }, // Sunday
    { customerId: 'a', date: '2026-03-02T12:00:00Z' }, // Monday
    { customerId: 'b', date: '2026-03-07T12:00:00Z' }, // Saturday
    { customerId: 'b', date: '2026-03-08T12:00:00Z' }, // Sunday
  ];
  const asOf = '2026-03-10T00:00:00Z';

  it('Monday weeks: Sunday 1 March closes the week of 23 February', () => {
    const t = cohortRetention(activity, { period: 'week', asOf });
    // a: week of 02-23 (Sun 1st) and week of 03-02 (Mon 2nd); b: week of 03-02 (Sat) and 03-02 (Sun 8th).
    expect(t.cohorts.map((c) => [c.cohort, c.size, c.counts])).toEqual([
      ['2026-02-23', 1, [1, 1, 0]], // the week of 03-09 has begun by asOf (Tue 10th): 0, not null
      ['2026-03-02', 1, [1, 0, null]],
    ]);
    // Columns run to the age of the oldest cohort: 02-23, 03-02, 03-09 (asOf's week) — 3 columns.
    expect(t.cohorts[0]!.counts).toHaveLength(3);
    expect(t.cohorts[0]!.partial).toEqual([false, false, true]);
  });

  it('Sunday weeks: Sunday 1 March opens a week, Sunday 8 March the next', () => {
    const t = cohortRetention(activity, { period: 'week', weekStartsOn: 0, asOf });
    // a: week of 03-01 (Sun and Mon); b: week of 03-01 (Sat) and week of 03-08 (Sun).
    expect(t.cohorts.map((c) => [c.cohort, c.start, c.size, c.counts])).toEqual([['2026-03-01', '2026-03-01T00:00:00.000Z', 2, [2, 1]]]);
  });

  it('isoWeek keys', () => {
    const t = cohortRetention(activity, { period: 'isoWeek', asOf });
    expect(t.cohorts.map((c) => c.cohort)).toEqual(['2026-W09', '2026-W10']);
  });

  it('month cohorts follow the local calendar across the New York DST change (8 March 2026)', () => {
    const rows: ActivityRow[] = [
      { customerId: 'x', date: '2026-03-01T04:59:59Z' }, // 28 Feb 23:59:59 EST: February in New York, March in UTC
      { customerId: 'x', date: '2026-04-01T03:59:59Z' }, // 31 Mar 23:59:59 EDT: March in New York, April in UTC
      { customerId: 'y', date: '2026-03-01T05:00:00Z' }, // 1 Mar 00:00 EST
    ];
    const ny = cohortRetention(rows, { period: 'month', timeZone: 'America/New_York', asOf: '2026-04-30T12:00:00Z' });
    expect(ny.cohorts.map((c) => [c.cohort, c.start, c.size, c.counts])).toEqual([
      ['2026-02', '2026-02-01T05:00:00.000Z', 1, [1, 1, 0]],
      ['2026-03', '2026-03-01T05:00:00.000Z', 1, [1, 0, null]],
    ]);
    const utc = cohortRetention(rows, { period: 'month', asOf: '2026-04-30T12:00:00Z' });
    expect(utc.cohorts.map((c) => [c.cohort, c.start, c.size, c.counts])).toEqual([['2026-03', '2026-03-01T00:00:00.000Z', 2, [2, 1]]]);
  });

  it('month cohorts in London: April starts at 23:00 UTC under BST (DST from 29 March 2026)', () => {
    const rows: ActivityRow[] = [
      { customerId: 'x', date: '2026-03-31T23:30:00Z' }, // 1 April 00:30 BST
      { customerId: 'y', date: '2026-03-31T22:59:59Z' }, // 31 March 23:59:59 BST
    ];
    const t = cohortRetention(rows, { period: 'month', timeZone: 'Europe/London', asOf: '2026-04-02' });
    expect(t.cohorts.map((c) => [c.cohort, c.start, c.size])).toEqual([
      ['2026-03', '2026-03-01T00:00:00.000Z', 1],
      ['2026-04', '2026-03-31T23:00:00.000Z', 1],
    ]);
  });

  it('day periods in a half-hour zone (Asia/Kolkata, +05:30) split UTC days at 18:30Z', () => {
    const rows: ActivityRow[] = [
      { customerId: 'x', date: '2026-01-01T18:29:59.999Z' }, // 1 Jan 23:59:59.999 IST
      { customerId: 'x', date: '2026-01-01T18:30:00Z' }, // 2 Jan 00:00 IST
      { customerId: 'y', date: '2026-01-01T00:00:00Z' }, // 1 Jan 05:30 IST
    ];
    const t = cohortRetention(rows, { period: 'day', timeZone: 'Asia/Kolkata', asOf: '2026-01-02T12:00:00Z' });
    expect(t.cohorts.map((c) => [c.cohort, c.start, c.size, c.counts])).toEqual([['2026-01-01', '2025-12-31T18:30:00.000Z', 2, [2, 1]]]);
  });

  it('gives the same table for the same instants given as Date, ISO string with offset and epoch ms', () => {
    const instants = [Date.UTC(2026, 0, 31, 20), Date.UTC(2026, 1, 1, 3), Date.UTC(2026, 2, 31, 22)];
    const opts: CohortRetentionOptions = { period: 'month', timeZone: 'Asia/Shanghai', asOf: Date.UTC(2026, 3, 1) };
    const asMs = cohortRetention(instants.map((t, i) => ({ customerId: i % 2, date: t })), opts);
    const asDate = cohortRetention(instants.map((t, i) => ({ customerId: i % 2, date: new Date(t) })), opts);
    const asIso = cohortRetention(
      instants.map((t, i) => ({ customerId: i % 2, date: new Date(t + 8 * 3600_000).toISOString().replace('Z', '+08:00') })),
      opts,
    );
    expect(asDate).toEqual(asMs);
    expect(asIso).toEqual(asMs);
    expect(asMs.cohorts.map((c) => c.cohort)).toEqual(['2026-02']); // 31 Jan 20:00Z is 1 Feb 04:00 in Shanghai
  });
});

interface RefLine {
  config: string;
  period: CohortRetentionOptions['period'];
  timeZone: string;
  weekStartsOn: 0 | 1;
  cohort: string;
  start: string;
  size: number;
  k: number;
  classic: number | null;
  unbounded: number | null;
  partial: boolean;
}

function readCsv(name: string): string[][] {
  const text = readFileSync(new URL(`../fixtures/cohorts/${name}`, import.meta.url), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

describe('cohortRetention against base R (tests/fixtures/cohorts)', () => {
  const activity: ActivityRow[] = readCsv('activity.csv').map(([customerId, date]) => ({ customerId: customerId!, date: Number(date) }));
  const lines: RefLine[] = readCsv('tables.csv').map((f) => ({
    config: f[0]!,
    period: f[1] as RefLine['period'],
    timeZone: f[2]!,
    weekStartsOn: Number(f[3]) as 0 | 1,
    cohort: f[4]!,
    start: f[5]!,
    size: Number(f[6]),
    k: Number(f[7]),
    classic: f[8] === '' ? null : Number(f[8]),
    unbounded: f[9] === '' ? null : Number(f[9]),
    partial: f[10] === 'TRUE',
  }));
  const configs = [...new Set(lines.map((l) => l.config))];

  it('has the five configurations', () => {
    expect(configs).toEqual(['month-new-york', 'month-london', 'week-sunday-new-york', 'week-monday-utc', 'quarter-shanghai']);
    expect(activity).toHaveLength(3416);
  });

  for (const config of configs) {
    for (const mode of ['classic', 'unbounded'] as CohortMode[]) {
      it(`${config}, ${mode}`, () => {
        const ref = lines.filter((l) => l.config === config);
        const first = ref[0]!;
        const t = cohortRetention(activity, {
          period: first.period,
          mode,
          timeZone: first.timeZone,
          weekStartsOn: first.weekStartsOn,
          asOf: '2026-04-15T12:00:00Z',
        });
        const cohorts = [...new Set(ref.map((l) => l.cohort))];
        expect(t.cohorts.map((c) => c.cohort)).toEqual(cohorts);
        let num = 0;
        for (const c of t.cohorts) {
          const rows = ref.filter((l) => l.cohort === c.cohort);
          expect(c.start).toBe(rows[0]!.start);
          expect(c.size).toBe(rows[0]!.size);
          expect(c.counts).toEqual(rows.map((l) => l[mode]));
          expect(c.partial).toEqual(rows.map((l) => l.partial));
          expect(c.retention).toEqual(rows.map((l) => (l[mode] === null ? null : l[mode] / l.size)));
          num += c.counts[1] ?? 0;
        }
        // average[1]: Σ counts / Σ sizes over the cohorts with a column 1.
        const withCol1 = ref.filter((l) => l.k === 1 && l[mode] !== null);
        expect(t.average[1]).toBeCloseTo(num / withCol1.reduce((s, l) => s + l.size, 0), 14);
      });
    }
  }

  it('R and core/period agree on the period of every row (a cross-check of the fixture itself)', () => {
    const ref = lines.filter((l) => l.config === 'month-new-york');
    const asOf = Date.parse('2026-04-15T12:00:00Z');
    const firsts = new Map<string, string>();
    for (const row of activity) {
      if ((row.date as number) > asOf) continue;
      const key = periodKey(row.date, 'month', { timeZone: 'America/New_York' });
      const id = row.customerId as string;
      const prev = firsts.get(id);
      if (prev === undefined || key < prev) firsts.set(id, key);
    }
    const sizes = new Map<string, number>();
    for (const key of firsts.values()) sizes.set(key, (sizes.get(key) ?? 0) + 1);
    for (const l of ref) expect(sizes.get(l.cohort)).toBe(l.size);
  });
});

describe('cohortRetention: bad input', () => {
  const ok: ActivityRow[] = [{ customerId: 'a', date: '2026-01-01' }];
  const asOf = '2026-02-01';

  it('unparseable dates report their path', () => {
    expectCxError(() => cohortRetention([...ok, { customerId: 'b', date: '2026-13-01' }], { period: 'month', asOf }), 'INVALID_DATE', ['activity', 1, 'date']);
    expectCxError(() => cohortRetention([...ok, { customerId: 'b', date: 'yesterday' }], { period: 'month', asOf }), 'INVALID_DATE', ['activity', 1, 'date']);
    expectCxError(() => cohortRetention([{ customerId: 'b', date: Number.NaN }], { period: 'month', asOf }), 'INVALID_DATE', ['activity', 0, 'date']);
    expectCxError(() => cohortRetention([{ customerId: 'b', date: new Date(Number.NaN) }], { period: 'month', asOf }), 'INVALID_DATE', ['activity', 0, 'date']);
    expectCxError(() => cohortRetention(ok, { period: 'month', asOf: 'soon' }), 'INVALID_DATE', ['options', 'asOf']);
  });

  it('asOf before every activity row', () => {
    expectCxError(() => cohortRetention(ok, { period: 'month', asOf: '2025-12-31T23:59:59.999Z' }), 'OUT_OF_RANGE', ['options', 'asOf']);
  });

  it('malformed rows, ids and options', () => {
    expectCxError(() => cohortRetention('rows' as unknown as ActivityRow[], { period: 'month', asOf }), 'INVALID_ARGUMENT', ['activity']);
    expectCxError(() => cohortRetention([...ok, null] as unknown as ActivityRow[], { period: 'month', asOf }), 'INVALID_ARGUMENT', ['activity', 1]);
    expectCxError(() => cohortRetention([{ customerId: Number.NaN, date: '2026-01-01' }], { period: 'month', asOf }), 'INVALID_ARGUMENT', ['activity', 0, 'customerId']);
    expectCxError(() => cohortRetention([{ date: '2026-01-01' }] as unknown as ActivityRow[], { period: 'month', asOf }), 'INVALID_ARGUMENT', ['activity', 0, 'customerId']);
    expectCxError(() => cohortRetention(ok, null as unknown as CohortRetentionOptions), 'INVALID_ARGUMENT', ['options']);
    expectCxError(() => cohortRetention(ok, { period: 'fortnight' as 'week', asOf }), 'INVALID_PERIOD', ['options', 'period']);
    expectCxError(() => cohortRetention(ok, { period: 'month', mode: 'rolling' as 'unbounded', asOf }), 'INVALID_ARGUMENT', ['options', 'mode']);
    expectCxError(() => cohortRetention(ok, { period: 'month', asOf, maxPeriods: 0 }), 'OUT_OF_RANGE', ['options', 'maxPeriods']);
    expectCxError(() => cohortRetention(ok, { period: 'month', asOf, maxPeriods: 2.5 }), 'OUT_OF_RANGE', ['options', 'maxPeriods']);
    expectCxError(() => cohortRetention(ok, { period: 'month', asOf, timeZone: 'Mars/Olympus' }), 'INVALID_TIME_ZONE', ['options', 'timeZone']);
    expectCxError(() => cohortRetention(ok, { period: 'week', asOf, weekStartsOn: 7 as 0 }), 'OUT_OF_RANGE', ['options', 'weekStartsOn']);
  });

  it('a table past 10 million cells, or rows spanning more than 10 million days', () => {
    // 4 000 daily cohorts × 7 000 columns.
    const many: ActivityRow[] = Array.from({ length: 4000 }, (_, i) => ({ customerId: i, date: Date.UTC(2000, 0, 1 + i) }));
    expectCxError(() => cohortRetention(many, { period: 'day', asOf: Date.UTC(2000, 0, 7000) }), 'OUT_OF_RANGE', ['options', 'maxPeriods']);
    expect(cohortRetention(many, { period: 'day', asOf: Date.UTC(2000, 0, 7000), maxPeriods: 30 }).cohorts).toHaveLength(4000);
    const far: ActivityRow[] = [
      { customerId: 'a', date: '1970-01-01' },
      { customerId: 'a', date: '+030000-01-01' },
    ];
    expectCxError(() => cohortRetention(far, { period: 'year', asOf: '+030000-01-02' }), 'OUT_OF_RANGE', ['activity']);
  });
});

describe('groupActivity (internal): the per-day period cache', () => {
  // Made-up periods of 6 hours (four boundaries per UTC day, on the quarter-hour grid) and of 7 hours starting at
  // an odd millisecond (off the grid): real calendars give such days only in rare zone changes.
  const H = 3_600_000;
  for (const [name, length, shift] of [
    ['6 h, on the grid', 6 * H, 0],
    ['7 h, off the grid', 7 * H, 12_345],
  ] as const) {
    const idx = (t: number): number => Math.floor((t - shift) / length);
    const indexer: PeriodIndexer = { period: 'day', options: {}, at: idx, key: String, start: (i) => new Date(i * length + shift).toISOString() };
    it(`${name}: maps every instant to its period and groups by customer, ascending`, () => {
      const day = Date.UTC(2026, 0, 1);
      const first = (idx(day) + 1) * length + shift; // the first boundary after the day's start
      const times: number[] = [day - 1];
      for (let i = 0; i < 12; i++) times.push(first + i * length - 1, first + i * length);
      const rows = times.map((t, i) => ({ customerId: i % 3, date: t }));
      const g = groupActivity(rows, indexer, day + 100 * H);
      expect(g.customers).toBe(3);
      const byCustomer = [0, 1, 2].map((c) => Array.from(g.periods.subarray(g.offsets[c], g.offsets[c + 1])));
      const want = [0, 1, 2].map((c) => times.filter((_, i) => i % 3 === c).map(idx).sort((a, b) => a - b));
      expect(byCustomer).toEqual(want);
      expect(g.minPeriod).toBe(idx(day - 1));
    });
  }

  it('real off-grid boundaries: Madras time (+05:21:10) in Asia/Kolkata in 1900', () => {
    // Local midnight was 18:38:50 UTC (tz database, Asia/Kolkata "MMT" +5:21:10; Python zoneinfo agrees:
    // datetime(1900, 6, 2, tzinfo=ZoneInfo('Asia/Kolkata')).astimezone(timezone.utc) → 1900-06-01 18:38:50+00:00).
    const rows: ActivityRow[] = [
      { customerId: 'x', date: '1900-06-01T18:38:49.999Z' }, // 1 June 23:59:59.999
      { customerId: 'y', date: '1900-06-01T18:38:50Z' }, // 2 June 00:00
      { customerId: 'x', date: '1900-06-03T18:38:50Z' }, // 4 June 00:00
    ];
    const t = cohortRetention(rows, { period: 'day', timeZone: 'Asia/Kolkata', asOf: '1900-06-05' });
    expect(t.cohorts.map((c) => [c.cohort, c.start, c.counts])).toEqual([
      ['1900-06-01', '1900-05-31T18:38:50.000Z', [1, 0, 0, 1, 0]],
      ['1900-06-02', '1900-06-01T18:38:50.000Z', [1, 0, 0, 0, null]],
    ]);
  });
});
