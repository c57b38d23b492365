/**
 * Cohort tables and inactivity churn from n activity rows ({ customerId, date } objects, dates as epoch ms,
 * 2 years, n / 50 customers), against the floor of one loop that reads every row and puts its id in a Map (the
 * customer numbering any implementation needs). Printed with rows per second.
 * Run: npx tsx bench/retention-cohorts.bench.ts --n=10000000   (default 10M; smaller n for a quick look)
 */
import { cohortRetention } from '../src/retention/cohorts.js';
import { inactivityChurn } from '../src/retention/inactivity.js';
import type { ActivityRow } from '../src/retention/activity.js';
import { report, sizeArg, time } from './util.js';

const n = sizeArg('n', 10_000_000);
const customers = Math.max(1, Math.floor(n / 50));
let s = 12345;
const next = (): number => {
  s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
  return s / 2 ** 32;
};
const T0 = Date.UTC(2024, 0, 1);
const SPAN = 730 * 86_400_000;
const rows: ActivityRow[] = new Array<ActivityRow>(n);
for (let i = 0; i < n; i++) rows[i] = { customerId: Math.floor(next() * customers), date: T0 + Math.floor(next() * SPAN) };
const stringRows: ActivityRow[] = rows.map((r) => ({ customerId: `c${String(r.customerId)}`, date: r.date }));
const asOf = T0 + SPAN;
const runs = n >= 5_000_000 ? 3 : 5;

const readAll = (data: ActivityRow[]): number => {
  const ids = new Map<string | number, number>();
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const r = data[i]!;
    let v = ids.get(r.customerId);
    if (v === undefined) ids.set(r.customerId, (v = ids.size));
    acc += v + (r.date as number);
  }
  return acc;
};
const floor = time(() => readAll(rows), runs);
const results: [string, number][] = [
  ['(floor with string ids: read rows + Map)', time(() => readAll(stringRows), runs)],
  ['cohorts month, classic, UTC', time(() => cohortRetention(rows, { period: 'month', asOf }), runs)],
  ['cohorts month, unbounded, UTC', time(() => cohortRetention(rows, { period: 'month', mode: 'unbounded', asOf }), runs)],
  ['cohorts week (Sunday), classic, UTC', time(() => cohortRetention(rows, { period: 'week', weekStartsOn: 0, asOf }), runs)],
  ['cohorts day, classic, UTC, maxPeriods 90', time(() => cohortRetention(rows, { period: 'day', asOf, maxPeriods: 90 }), runs)],
  ['cohorts month, classic, America/New_York', time(() => cohortRetention(rows, { period: 'month', asOf, timeZone: 'America/New_York' }), runs)],
  ['cohorts day, classic, Asia/Kolkata, max 90', time(() => cohortRetention(rows, { period: 'day', asOf, timeZone: 'Asia/Kolkata', maxPeriods: 90 }), runs)],
  ['cohorts month, classic, string ids', time(() => cohortRetention(stringRows, { period: 'month', asOf }), runs)],
  ['inactivityChurn month, inactiveAfter 3', time(() => inactivityChurn(rows, { period: 'month', inactiveAfter: 3, asOf }), runs)],
];
report(`retention cohorts, n = ${n.toLocaleString('en')} activity rows, ${customers.toLocaleString('en')} customers (floor: read rows + Map ids)`, floor, results);
for (const [name, ms] of results) console.log(`  ${name.padEnd(44)} ${((n / ms) * 1000 / 1e6).toFixed(1)}M rows/s`);
