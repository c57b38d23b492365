/**
 * CLV benchmarks: the transaction summary on CDNOW_master (69,659 rows) and each model fit on the CDNOW sample
 * summary (2,357 customers) and on the master summary (23,570 customers), against the goals.
 * Run: npx tsx bench/clv.bench.ts [--master=path/to/CDNOW_master.txt] [--runs=15]
 *
 * Cases are a list: add one with `cases.push({ name, goalMs, run })` (`goalMs` null when there is no goal).
 * The floor is reading the columns of the master file once (what any summary must do).
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fitBgBb } from '../src/value/bg-bb.js';
import { fitBgNbd } from '../src/value/bg-nbd.js';
import { customerLifetimeValue } from '../src/value/clv.js';
import { fitGammaGamma } from '../src/value/gamma-gamma.js';
import { fitMbgNbd } from '../src/value/mbg-nbd.js';
import { fitParetoNbd } from '../src/value/pareto-nbd.js';
import { summarizeTransactions } from '../src/value/summary.js';
import { sizeArg } from './util.js';

interface Case {
  /** What is measured. */
  name: string;
  /** The goal in ms, or null. */
  goalMs: number | null;
  /** One run. */
  run: () => unknown;
}

const fixtures = fileURLToPath(new URL('../tests/fixtures/cdnow/', import.meta.url));
const masterFlag = process.argv.find((a) => a.startsWith('--master='));
const masterPath = masterFlag ? masterFlag.slice('--master='.length) : `${fixtures}CDNOW_master.txt`;
const runs = sizeArg('runs', 15);

const sampleRows = readFileSync(`${fixtures}cdnow_customers_summary.csv`, 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => {
    const [, x, tx, T] = l.split(',').map(Number) as [number, number, number, number];
    return { frequency: x, recency: tx, T };
  });

const cases: Case[] = [
  { name: 'fitBgNbd, CDNOW sample (2,357)', goalMs: 10, run: () => fitBgNbd(sampleRows, { timeUnit: 'week' }) },
  { name: 'fitMbgNbd, CDNOW sample (2,357)', goalMs: null, run: () => fitMbgNbd(sampleRows, { timeUnit: 'week' }) },
];

if (existsSync(masterPath)) {
  const master = readFileSync(masterPath, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const f = l.trim().split(/\s+/);
      return { customerId: f[0]!, date: f[1]!, amount: Number(f[3]) };
    });
  const options = { timeUnit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' } as const;
  const calibration = summarizeTransactions(master, options);
  cases.push(
    { name: `summarizeTransactions, CDNOW master (${master.length.toLocaleString('en')} rows)`, goalMs: 50, run: () => summarizeTransactions(master, options) },
    { name: `fitBgNbd, CDNOW master (${calibration.customers.length.toLocaleString('en')})`, goalMs: null, run: () => fitBgNbd(calibration) },
    { name: `fitMbgNbd, CDNOW master (${calibration.customers.length.toLocaleString('en')})`, goalMs: null, run: () => fitMbgNbd(calibration) },
  );
} else {
  console.log(`(skipping the CDNOW master cases: ${masterPath} not found; pass --master=path)`);
}

const donations = '0,0,3464 1,1,1091 1,2,277 1,3,129 1,4,78 1,5,119 1,6,129 2,2,613 2,3,255 2,4,155 2,5,173 2,6,234 3,3,322 3,4,181 3,5,225 3,6,357 4,4,240 4,5,284 4,6,512 5,5,335 5,6,728 6,6,1203'
  .split(' ')
  .map((s) => {
    const [x, tx, w] = s.split(',').map(Number) as [number, number, number];
    return { frequency: x, recency: tx, periods: 6, weight: w };
  });
cases.push({ name: 'fitBgBb, donations (22 patterns, 11,104)', goalMs: null, run: () => fitBgBb(donations) });


// Pareto/NBD, Gamma-Gamma and CLV (goal: Pareto/NBD ≤ 0.3 s on the 23,570 master customers).
const spendRows = readFileSync(`${fixtures}cdnow_customers_summary_with_transactions.csv`, 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => {
    const [id, x, tx, T, z] = l.split(',').map(Number) as [number, number, number, number, number];
    return { customerId: id, frequency: x, recency: tx, T, monetary: z, timeUnit: 'week' as const };
  });
const paretoSample = fitParetoNbd(spendRows, { timeUnit: 'week' });
const spendModel = fitGammaGamma(spendRows);
cases.push(
  { name: 'fitParetoNbd, CDNOW sample (2,357)', goalMs: null, run: () => fitParetoNbd(sampleRows, { timeUnit: 'week' }) },
  { name: 'fitGammaGamma, CDNOW sample (946 repeat buyers)', goalMs: null, run: () => fitGammaGamma(spendRows) },
  {
    name: 'customerLifetimeValue, 2,357 × 12 months (Pareto/NBD)',
    goalMs: null,
    run: () => customerLifetimeValue({ model: paretoSample, spendModel, customers: spendRows, horizon: { periods: 12, unit: 'month' }, discountRate: 0.01 }),
  },
);
if (existsSync(masterPath)) {
  const master = readFileSync(masterPath, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const f = l.trim().split(/\s+/);
      return { customerId: f[0]!, date: f[1]!, amount: Number(f[3]) };
    });
  const calibration = summarizeTransactions(master, { timeUnit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' });
  cases.push({ name: `fitParetoNbd, CDNOW master (${calibration.customers.length.toLocaleString('en')})`, goalMs: 300, run: () => fitParetoNbd(calibration) });
}

/** Min and median of `runs` timed runs (the min is the robust figure on a shared, loaded machine). */
function measure(fn: () => unknown): { min: number; median: number } {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { min: ms[0]!, median: ms[Math.floor(runs / 2)]! };
}

console.log(`\nCLV (${String(runs)} runs after ≥ 300 ms of warm-up, so the JIT has compiled the hot loops): min / median`);
for (const c of cases) {
  const t0 = performance.now();
  while (performance.now() - t0 < 300) c.run();
  const { min, median } = measure(c.run);
  const goal = c.goalMs === null ? '' : `   goal ≤ ${String(c.goalMs)} ms: ${min <= c.goalMs ? 'met' : 'MISSED'}`;
  console.log(`  ${c.name.padEnd(52)} ${min.toFixed(2).padStart(8)} / ${median.toFixed(2).padStart(8)} ms${goal}`);
}
