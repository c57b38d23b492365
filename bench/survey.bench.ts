/**
 * Survey metrics (nps, csat, ces) over answers held in a Uint8Array, a Float64Array and a plain array, against the
 * plain index-loop sum over the same array (the floor). Goal: ≤ 2× the floor.
 *
 * Each (metric, array kind) pair runs in its own process, so that both the floor loop and the metric see one array
 * kind only (as in an application), not the polymorphic mix a single process would give them.
 * Run: npx tsx bench/survey.bench.ts --n=10000000   (or BENCH_N=…; default 10M). One case: --case=nps:u8
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nps } from '../src/survey/nps.js';
import { csat } from '../src/survey/csat.js';
import { ces } from '../src/survey/ces.js';
import { createRandom } from '../src/core/random.js';
import { performance } from 'node:perf_hooks';
import { report, sizeArg } from './util.js';

const n = sizeArg('n', 10_000_000);
const metrics: Record<string, { label: string; min: number; max: number; run: (x: ArrayLike<number>) => unknown }> = {
  nps: { label: 'nps (0–10, adjusted Wald)', min: 0, max: 10, run: (x) => nps(x) },
  csat: { label: 'csat (1–5, top-two-box, Wilson)', min: 1, max: 5, run: (x) => csat(x) },
  ces: { label: 'ces (1–7, higher-is-easier, t + Wilson)', min: 1, max: 7, run: (x) => ces(x, { direction: 'higher-is-easier' }) },
};
const kinds: Record<string, string> = { u8: 'Uint8Array', f64: 'Float64Array', array: 'number[]' };

const one = process.argv.find((a) => a.startsWith('--case='))?.slice(7);
if (one === undefined) {
  for (const m of Object.keys(metrics)) {
    for (const k of Object.keys(kinds)) {
      execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), `--case=${m}:${k}`, `--n=${String(n)}`], { stdio: 'inherit' });
    }
  }
} else {
  const [m, k] = one.split(':') as [string, string];
  const metric = metrics[m];
  if (metric === undefined || kinds[k] === undefined) throw new Error(`unknown case ${one}`);
  const rng = createRandom('survey-bench');
  const u8 = new Uint8Array(n);
  for (let i = 0; i < n; i++) u8[i] = metric.min + rng.int(metric.max - metric.min + 1);
  const data: ArrayLike<number> = k === 'u8' ? u8 : k === 'f64' ? Float64Array.from(u8) : Array.from(u8);
  const floorLoop = (): number => {
    let acc = 0;
    for (let i = 0; i < data.length; i++) acc += data[i]!;
    return acc;
  };
  // Floor and metric timed alternately, best of 15 each after 3 warm-ups: on a shared machine the minimum is the
  // measurement least disturbed by other load, and alternating exposes both to the same conditions.
  const best = [Infinity, Infinity];
  const fns = [floorLoop, () => metric.run(data)];
  for (let round = 0; round < 18; round++) {
    for (let f = 0; f < 2; f++) {
      const t0 = performance.now();
      fns[f]!();
      const ms = performance.now() - t0;
      if (round >= 3 && ms < best[f]!) best[f] = ms;
    }
  }
  report(`${metric.label}, n = ${n.toLocaleString('en')}, ${kinds[k]}`, best[0]!, [[m, best[1]!]]);
}
