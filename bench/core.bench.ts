/**
 * Core numerics against the plain index-loop sum (the floor).
 * Run: npx tsx bench/core.bench.ts --n=1000000
 */
import { sum, sumSimple } from '../src/core/sum.js';
import { mean, variance, extent } from '../src/core/stats.js';
import { quantile } from '../src/core/quantile.js';
import { report, sizeArg, time } from './util.js';

const n = sizeArg('n', 1_000_000);
const f64 = new Float64Array(n);
let s = 12345;
for (let i = 0; i < n; i++) {
  s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
  f64[i] = (s / 2 ** 32) * 1000 - 500;
}
const plain = Array.from(f64);
for (const [label, data] of [['Float64Array', f64], ['number[]', plain]] as const) {
  const floor = time(() => {
    let acc = 0;
    for (let i = 0; i < data.length; i++) acc += data[i]!;
    return acc;
  });
  report(`core numerics, n = ${n.toLocaleString('en')}, ${label}`, floor, [
    ['sum (Neumaier, checked)', time(() => sum(data))],
    ['sumSimple', time(() => sumSimple(data))],
    ['mean', time(() => mean(data))],
    ['variance (Welford)', time(() => variance(data))],
    ['extent', time(() => extent(data))],
    ['quantile 0.9 (copy + select)', time(() => quantile(data, 0.9), 3)],
  ]);
}
