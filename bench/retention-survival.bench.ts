/**
 * Kaplan–Meier and the log-rank test on n subjects, against the floor of sorting n durations (a Float64Array sort,
 * which any implementation needs). Printed with subjects (rows) per second.
 * Run: npx tsx bench/retention-survival.bench.ts --n=1000000
 */
import { kaplanMeier } from '../src/retention/kaplan-meier.js';
import { logRankTest } from '../src/retention/log-rank.js';
import { report, sizeArg, time } from './util.js';

const n = sizeArg('n', 1_000_000);
let s = 12345;
const next = (): number => {
  s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
  return s / 2 ** 32;
};
// Exponential lifetimes (mean 400 days) with uniform censoring in [0, 1000]: about 30% censored.
const exact = new Float64Array(n);
const days = new Float64Array(n);
const events = new Uint8Array(n);
for (let i = 0; i < n; i++) {
  const life = -400 * Math.log(1 - next());
  const cens = 1000 * next();
  exact[i] = Math.min(life, cens);
  days[i] = Math.floor(exact[i]!);
  events[i] = life <= cens ? 1 : 0;
}
const floor = time(() => Float64Array.from(exact).sort(), 5);
const rate = (ms: number): string => `${((n / ms) * 1000 / 1e6).toFixed(1)}M rows/s`;
const rows: [string, number][] = [
  ['kaplanMeier, whole days (≤ 1000 times)', time(() => kaplanMeier(days, events), 5)],
  ['kaplanMeier, exact times (n times)', time(() => kaplanMeier(exact, events), 5)],
  ['kaplanMeier, log-log, exact times', time(() => kaplanMeier(exact, events, { confType: 'log-log' }), 5)],
  ['logRankTest, 2 groups, whole days', time(() => logRankTest([{ durations: days.subarray(0, n >> 1), events: events.subarray(0, n >> 1) }, { durations: days.subarray(n >> 1), events: events.subarray(n >> 1) }]), 5)],
  ['logRankTest, 4 groups, exact times', time(() => logRankTest([0, 1, 2, 3].map((g) => ({ durations: exact.subarray((g * n) >> 2, ((g + 1) * n) >> 2), events: events.subarray((g * n) >> 2, ((g + 1) * n) >> 2) }))), 5)],
];
report(`survival, n = ${n.toLocaleString('en')} subjects (floor: sort a Float64Array of n durations)`, floor, rows);
for (const [name, ms] of rows) console.log(`  ${name.padEnd(44)} ${rate(ms)}`);
