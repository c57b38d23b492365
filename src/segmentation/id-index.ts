/**
 * A dense index of customer ids (id → 0, 1, 2, … in first-seen order) for grouping millions of rows: numeric ids
 * in an open-addressing hash table on typed arrays (linear probing, load ≤ 1/2), string ids in a `Map`.
 * About twice as fast as a `Map` alone for a million numeric ids, where every lookup is a cache miss.
 * Internal: not exported from the package entry.
 *
 * @module
 * @internal
 */
import type { CustomerId } from '../core/customer-id.js';

/** The index state. @internal */
export interface IdIndex {
  /** Ids by dense index, in first-seen order. */
  readonly ids: CustomerId[];
  /** Hash table of numeric ids: the id at each slot. */
  keys: Float64Array;
  /** Hash table of numeric ids: dense index + 1 at each slot (0 = empty). */
  slots: Int32Array;
  /** Table size − 1 (the size is a power of two). */
  mask: number;
  /** Number of numeric ids. */
  numeric: number;
  /** String ids. */
  readonly strings: Map<string, number>;
  /** Scratch buffer to read the bits of a double. */
  readonly bits: Float64Array;
  /** The same buffer as two 32-bit words. */
  readonly words: Uint32Array;
}

/** A new, empty index. @internal */
export function newIdIndex(): IdIndex {
  const bits = new Float64Array(1);
  return { ids: [], keys: new Float64Array(1024), slots: new Int32Array(1024), mask: 1023, numeric: 0, strings: new Map(), bits, words: new Uint32Array(bits.buffer) };
}

function hash(ix: IdIndex, x: number): number {
  if ((x | 0) === x) return Math.imul(x, 0x9e3779b1) ^ (x >>> 16);
  ix.bits[0] = x;
  return Math.imul(ix.words[0]! ^ Math.imul(ix.words[1]!, 0x85ebca6b), 0x9e3779b1);
}

function grow(ix: IdIndex): void {
  const size = (ix.mask + 1) * 2;
  const mask = size - 1;
  const keys = new Float64Array(size);
  const slots = new Int32Array(size);
  for (let s = 0; s <= ix.mask; s++) {
    const v = ix.slots[s]!;
    if (v === 0) continue;
    const key = ix.keys[s]!;
    let h = hash(ix, key) & mask;
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = v;
    keys[h] = key;
  }
  ix.keys = keys;
  ix.slots = slots;
  ix.mask = mask;
}

/**
 * Dense index of `id`, adding it when new (then the result equals the previous `ix.ids.length`). Numbers compare
 * by value (`-0` is `0`), strings by content; `1` and `'1'` are different ids. @internal
 */
export function indexOfId(ix: IdIndex, id: CustomerId): number {
  if (typeof id === 'string') {
    let k = ix.strings.get(id);
    if (k === undefined) {
      k = ix.ids.length;
      ix.ids.push(id);
      ix.strings.set(id, k);
    }
    return k;
  }
  const x = id + 0;
  const mask = ix.mask;
  let h = hash(ix, x) & mask;
  for (;;) {
    const v = ix.slots[h]!;
    if (v === 0) break;
    if (ix.keys[h] === x) return v - 1;
    h = (h + 1) & mask;
  }
  const k = ix.ids.length;
  ix.ids.push(x);
  ix.slots[h] = k + 1;
  ix.keys[h] = x;
  if (++ix.numeric * 2 > mask) grow(ix);
  return k;
}
