/**
 * Test setup: seeds fast-check so every run (and every CI failure) reproduces.
 * Set FC_SEED to replay a failure printed by fast-check; FC_RUNS raises the number of runs.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261124);
const numRuns = Number(process.env.FC_RUNS ?? 100);
if (!Number.isInteger(seed) || !Number.isInteger(numRuns)) throw new Error('FC_SEED and FC_RUNS must be integers');
fc.configureGlobal({ seed, numRuns });
