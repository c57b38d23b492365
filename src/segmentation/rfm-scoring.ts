/**
 * The three scoring methods of `rfm`, per dimension: R `rfm` v0.3.0 quantile cut points, SQL-style NTILE buckets,
 * and given cut points. Internal: not exported from the package entry.
 *
 * @module
 * @internal
 */
import { quantiles } from '../core/quantile.js';

/** Scores of one dimension: per customer (by dense index), the cut points used, customers per score. @internal */
export interface DimScores {
  /** Score of each customer. */
  scores: Uint8Array;
  /** Cut points used, ascending. */
  thresholds: number[];
  /** Customers per score (index s − 1). */
  counts: number[];
}

/** Bin of x: 1 + number of cut points ≤ x. */
function binOf(t: readonly number[], x: number): number {
  let b = 1;
  for (let j = 0; j < t.length; j++) if (t[j]! <= x) b++;
  return b;
}

/** Scores by cut points: bin = 1 + (number of cut points ≤ x); `reverse` gives bin 1 the top score. @internal */
export function byThresholds(values: Float64Array, t: readonly number[], reverse: boolean): DimScores {
  const bins = t.length + 1;
  const n = values.length;
  const scores = new Uint8Array(n);
  const counts = new Array<number>(bins).fill(0);
  for (let k = 0; k < n; k++) {
    const b = binOf(t, values[k]!);
    const s = reverse ? bins + 1 - b : b;
    scores[k] = s;
    counts[s - 1]!++;
  }
  return { scores, thresholds: [...t], counts };
}

/** R `rfm` v0.3.0: cut points `quantile(x, k / bins) + 1` (R type 7), k = 1 … bins − 1. @internal */
export function quantileScores(values: Float64Array, bins: number, reverse: boolean): DimScores {
  if (values.length === 0) return { scores: new Uint8Array(0), thresholds: [], counts: new Array<number>(bins).fill(0) };
  const by = 1 / bins; // R: seq(0, 1, length.out = bins + 1) is k · (1 / bins)
  const probs: number[] = [];
  for (let k = 1; k < bins; k++) probs.push(k * by);
  // core quantile type 7 follows R's quantile.default operation for operation, so cut points agree to the bit.
  const t = quantiles(values, probs, { type: 7 })!.map((q) => q + 1);
  return byThresholds(values, t, reverse);
}

/** SQL `NTILE(bins) OVER (ORDER BY value, id rank)`; thresholds = first value of each later bucket. @internal */
export function ntileScores(values: Float64Array, bins: number, reverse: boolean, rank: Uint32Array): DimScores {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => values[a]! - values[b]! || rank[a]! - rank[b]!);
  // SQL NTILE(bins): the first n mod bins buckets hold ⌈n/bins⌉ customers, the others ⌊n/bins⌋.
  const q = Math.floor(n / bins);
  const big = n % bins;
  const scores = new Uint8Array(n);
  const counts = new Array<number>(bins).fill(0);
  const thresholds: number[] = [];
  for (let p = 0; p < n; p++) {
    const b = p < big * (q + 1) ? Math.floor(p / (q + 1)) + 1 : big + Math.floor((p - big * (q + 1)) / q) + 1;
    const k = order[p]!;
    if (p > 0 && b !== scores[order[p - 1]!]) thresholds.push(values[k]!);
    scores[k] = b;
  }
  for (let k = 0; k < n; k++) {
    const s = reverse ? bins + 1 - scores[k]! : scores[k]!;
    scores[k] = s;
    counts[s - 1]!++;
  }
  return { scores, thresholds, counts };
}
