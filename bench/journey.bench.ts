/**
 * Journey analytics at scale: journeyStates, funnel, stageTransitions and timeInStage over E events of C
 * customers (DEFAULT_JOURNEY, events as row objects with epoch-ms times, unsorted), and markovAttribution over P
 * paths. Printed as rows/s and as a ratio to the floor: one pass that groups the events by customer in a Map and
 * keeps each customer's furthest stage, the least any journey implementation must do.
 * Run: npx tsx bench/journey.bench.ts --events=10000000 --customers=1000000 --paths=1000000 [--runs=3]
 * The defaults (2M events of 200k customers, 1M paths) keep a run under a minute; the size is the line
 * above (10M event objects take about 0.8 GB of heap and several minutes on a shared machine).
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_JOURNEY, type JourneyEventRecord } from '../src/journey/journey.js';
import { journeyStates } from '../src/journey/states.js';
import { funnel } from '../src/journey/funnel.js';
import { stageTransitions } from '../src/journey/transitions.js';
import { timeInStage } from '../src/journey/time-in-stage.js';
import { markovAttribution, type MarkovPath } from '../src/journey/markov.js';
import { sizeArg } from './util.js';

const nEvents = sizeArg('events', 2_000_000);
const nCustomers = sizeArg('customers', Math.max(1, Math.floor(nEvents / 10)));
const nPaths = sizeArg('paths', 1_000_000);
const runs = sizeArg('runs', 3);
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);
const asOf = T0 + 730 * DAY;

let seed = 12345;
const next = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

// Event types weighted towards the top of the funnel (a customer's later events tend to be deeper).
const TYPES = ['visit', 'page-view', 'signup', 'trial', 'order', 'activation', 'repeat-purchase', 'review', 'login'];
const ids = Array.from({ length: nCustomers }, (_, i) => `cust-${i}`);
const events: JourneyEventRecord[] = new Array<JourneyEventRecord>(nEvents);
for (let i = 0; i < nEvents; i++) {
  const depth = Math.floor(next() * next() * TYPES.length);
  events[i] = { customerId: ids[Math.floor(next() * nCustomers)]!, occurredAt: T0 + Math.floor(next() * 730 * DAY), type: TYPES[depth]! };
}

// Paths of 1–6 touchpoints over 12 channels; conversion more likely through 'email' and 'search'.
const CHANNELS = ['search', 'social', 'email', 'display', 'store', 'hotline', 'app', 'web', 'referral', 'affiliate', 'video', 'event'];
const paths: MarkovPath[] = new Array<MarkovPath>(nPaths);
for (let i = 0; i < nPaths; i++) {
  const len = 1 + Math.floor(next() * 6);
  const tps: string[] = [];
  let boost = 0;
  for (let k = 0; k < len; k++) {
    const c = CHANNELS[Math.floor(next() * next() * CHANNELS.length)]!;
    if (c === 'email' || c === 'search') boost += 0.05;
    tps.push(c);
  }
  const converted = next() < 0.05 + boost;
  paths[i] = { touchpoints: tps, converted, value: converted ? Math.round(20 + next() * 200) : 0 };
}

function measure(fn: () => unknown): { wall: number; cpu: number } {
  fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { wall: walls[runs >> 1]!, cpu: cpus[runs >> 1]! };
}

const stageOf = new Map(Object.entries(DEFAULT_JOURNEY.eventStage).map(([k, v]) => [k, v === null ? -1 : DEFAULT_JOURNEY.stages.findIndex((s) => s.id === v)]));
const floor = measure(() => {
  const best = new Map<string | number, number>();
  for (let i = 0; i < nEvents; i++) {
    const e = events[i]!;
    const s = stageOf.get(e.type)!;
    const b = best.get(e.customerId);
    if (b === undefined || s > b) best.set(e.customerId, s);
  }
  return best.size;
});

const rows: [string, number, { wall: number; cpu: number }][] = [
  ['journeyStates (every customer, ISO histories)', nEvents, measure(() => journeyStates(DEFAULT_JOURNEY, events, { asOf }))],
  ['funnel', nEvents, measure(() => funnel(DEFAULT_JOURNEY, events))],
  ['funnel, within 30 days', nEvents, measure(() => funnel(DEFAULT_JOURNEY, events, { within: 30 * DAY }))],
  ['stageTransitions, one year', nEvents, measure(() => stageTransitions(DEFAULT_JOURNEY, events, { from: T0 + 365 * DAY, to: asOf }))],
  ['timeInStage (Kaplan–Meier per stage)', nEvents, measure(() => timeInStage(DEFAULT_JOURNEY, events, { asOf }))],
  ['markovAttribution (12 touchpoints)', nPaths, measure(() => markovAttribution(paths))],
];

console.log(`\njourney: ${nEvents.toLocaleString('en')} events of ${nCustomers.toLocaleString('en')} customers; ${nPaths.toLocaleString('en')} paths; median of ${runs} runs`);
console.log(`  ${'floor: Map group + furthest stage'.padEnd(46)} ${floor.wall.toFixed(0).padStart(7)} ms wall ${floor.cpu.toFixed(0).padStart(7)} ms cpu  ${((nEvents / floor.wall) * 1e3 / 1e6).toFixed(2)}M rows/s`);
for (const [name, n, t] of rows) {
  const ratio = n === nEvents ? `  ${(t.wall / floor.wall).toFixed(2)}× floor` : '';
  console.log(`  ${name.padEnd(46)} ${t.wall.toFixed(0).padStart(7)} ms wall ${t.cpu.toFixed(0).padStart(7)} ms cpu  ${((n / t.wall) * 1e3 / 1e6).toFixed(2)}M rows/s${ratio}`);
}
