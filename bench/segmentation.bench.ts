/**
 * rfm() on N transactions of C customers — typed-array columns and row objects — printed as rows/s and as a
 * ratio to the floor: one plain pass that groups the rows by customer in a Map and sums the amounts, the least
 * any RFM implementation must do. CPU time is printed beside wall time: on a shared machine the wall time
 * mostly measures the neighbours.
 * Run: npx tsx bench/segmentation.bench.ts --n=10000000 --customers=1000000 [--runs=3]
 */
import { performance } from 'node:perf_hooks';
import { rfm, type RfmTransaction } from '../src/segmentation/rfm.js';
import { rfmSegments } from '../src/segmentation/rfm-segments.js';
import { sizeArg } from './util.js';

const n = sizeArg('n', 10_000_000);
const customers = sizeArg('customers', Math.max(1, Math.floor(n / 10)));
const runs = sizeArg('runs', 3);
const DAY = 86_400_000;
const asOf = Date.UTC(2026, 10, 24);

// Seeded synthetic data: customer ids 0 … C − 1 (a Uint32Array), dates within two years before asOf, amounts in
// cents.
const ids = new Uint32Array(n);
const dates = new Float64Array(n);
const amounts = new Float64Array(n);
let s = 12345;
const next = (): number => {
  s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
  return s / 2 ** 32;
};
for (let i = 0; i < n; i++) {
  ids[i] = Math.floor(next() * customers);
  dates[i] = asOf - Math.floor(next() * 730) * DAY - Math.floor(next() * DAY);
  amounts[i] = Math.round(next() * next() * 50_000) / 100;
}
const columns = { customerId: ids, date: dates, amount: amounts };

/** Median wall and CPU milliseconds of `runs` calls after one warm-up. */
function measure(fn: () => unknown): { wall: number; cpu: number } {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: mid(wall), cpu: mid(cpu) };
}

const floor = measure(() => {
  const index = new Map<number, number>();
  const total = new Float64Array(customers);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    let k = index.get(id);
    if (k === undefined) {
      k = index.size;
      index.set(id, k);
    }
    total[k] = total[k]! + amounts[i]!;
  }
  return total;
});

const rate = (ms: number): string => `${((n / ms) * 1000 / 1e6).toFixed(2)}M/s`;
console.log(`\nsegmentation: rfm on ${n.toLocaleString('en')} transactions of ${customers.toLocaleString('en')} customers (median of ${String(runs)})`);
console.log(`  ${'case'.padEnd(40)} ${'wall ms'.padStart(9)} ${'cpu ms'.padStart(9)}  rows/s (cpu)  × floor (cpu)`);
const line = (name: string, t: { wall: number; cpu: number }, rows = true): void => {
  console.log(
    `  ${name.padEnd(40)} ${t.wall.toFixed(0).padStart(9)} ${t.cpu.toFixed(0).padStart(9)}  ${(rows ? rate(t.cpu) : '').padStart(12)}  ${(t.cpu / floor.cpu).toFixed(2).padStart(12)}`,
  );
};
line('floor: Map grouping + sum', floor);
line('rfm columns, quantile', measure(() => rfm(columns, { asOf })));
line('rfm columns, ntile', measure(() => rfm(columns, { asOf, method: 'ntile' })));
line('rfm columns, custom cut points', measure(() => rfm(columns, { asOf, method: { recency: [30, 90, 180, 365], frequency: [2, 5, 10, 20], monetary: [100, 500, 1000, 5000] } })));
const scored = rfm(columns, { asOf });
line(`rfmSegments (${scored.customers.length.toLocaleString('en')} customers)`, measure(() => rfmSegments(scored)), false);
const objects: RfmTransaction[] = new Array<RfmTransaction>(n);
for (let i = 0; i < n; i++) objects[i] = { customerId: ids[i]!, date: dates[i]!, amount: amounts[i]! };
line('rfm row objects, number ids', measure(() => rfm(objects, { asOf })));
const names: string[] = [];
for (let k = 0; k < customers; k++) names.push(`C${String(k).padStart(8, '0')}`);
for (let i = 0; i < n; i++) objects[i] = { customerId: names[ids[i]!]!, date: dates[i]!, amount: amounts[i]! };
line('rfm row objects, string ids', measure(() => rfm(objects, { asOf })));
