/**
 * Tiny benchmark helpers: sizes come from the command line (`--n=1000000`) or the BENCH_N environment variable,
 * each case is warmed up and then timed as the median of several runs, and results are printed as ratios against
 * a floor (the plain loop that any implementation needs). Never used in tests: timings are not assertions.
 */
import { performance } from 'node:perf_hooks';

export function sizeArg(name: string, fallback: number): number {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = flag ? flag.slice(name.length + 3) : process.env[`BENCH_${name.toUpperCase()}`];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
  return n;
}

export function time(fn: () => unknown, runs = 7): number {
  for (let i = 0; i < 2; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(runs / 2)]!;
}

export function report(title: string, floorMs: number, rows: [string, number][]): void {
  console.log(`\n${title}  (floor ${floorMs.toFixed(2)} ms)`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms   ${(ms / floorMs).toFixed(2)}× floor`);
}
