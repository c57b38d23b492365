/**
 * Small helpers shared by the survey metrics: option checks, critical values, input validation. Internal: not
 * exported from the package entry.
 *
 * @module
 * @internal
 */
import { CxError } from '../core/errors.js';
import { assertConfidence, describe as describeValue, isArrayLike } from '../core/assert.js';
import { normalQuantile, studentTQuantile } from '../core/distributions.js';

/** The two-sided normal critical value z_{1−α/2} for a confidence level. @internal */
export function zCritical(confidence: number): number {
  return normalQuantile(0.5 + confidence / 2);
}

/**
 * Half-width t_{1−α/2, df}·se of a t interval: 0 when se = 0, +Infinity when the quantile overflows the double range
 * (df ≲ 0.005; callers clamp to the metric's range). @internal
 */
export function tHalfWidth(confidence: number, df: number, se: number): number {
  if (se === 0) return 0;
  let q: number;
  try {
    q = studentTQuantile(0.5 + confidence / 2, df);
  } catch {
    return Infinity;
  }
  const h = q * se;
  return Number.isFinite(h) ? h : Infinity;
}

/** Checks and returns the confidence option (default 0.95). @internal */
export function confidenceOption(confidence: number | undefined): number {
  const c = confidence ?? 0.95;
  assertConfidence(c);
  return c;
}

/** x clamped to [lo, hi]. @internal */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Checks the scores and weights arguments (array-likes of the same length). @internal */
export function checkInputs(scores: unknown, weights: unknown): void {
  if (!isArrayLike(scores)) {
    throw new CxError('INVALID_ARGUMENT', `scores must be an array or typed array of numbers, got ${describeValue(scores)}`, { path: ['scores'] });
  }
  if (weights === undefined) return;
  if (!isArrayLike(weights)) {
    throw new CxError('INVALID_ARGUMENT', `weights must be an array or typed array of numbers, got ${describeValue(weights)}`, { path: ['weights'] });
  }
  if (weights.length !== scores.length) {
    throw new CxError('LENGTH_MISMATCH', `scores and weights must have the same length, got ${String(scores.length)} and ${String(weights.length)}`, {
      path: ['weights'],
    });
  }
}

export { badWeight, isWeight } from '../core/assert.js';

const BLOCK = 1 << 28;

/** Typed arrays whose elements are always integers (no integrality check needed). */
function isIntegerTypedArray(x: ArrayLike<number>): boolean {
  return (
    x instanceof Uint8Array ||
    x instanceof Uint8ClampedArray ||
    x instanceof Int8Array ||
    x instanceof Uint16Array ||
    x instanceof Int16Array ||
    x instanceof Int32Array ||
    x instanceof Uint32Array
  );
}

/** Counts x[start..end) − min into four lanes; false at a non-integer or a value outside [0, mask]. */
function countBlock(x: ArrayLike<number>, min: number, mask: number, lanes: Int32Array, start: number, end: number): boolean {
  const w1 = mask + 1;
  const w2 = 2 * w1;
  const w3 = 3 * w1;
  const out = ~mask;
  let i = start;
  for (; i + 3 < end; i += 4) {
    // No arithmetic on x[i] before the strict comparison, so non-numbers (never coerced) fail it.
    const v0 = x[i]!;
    const v1 = x[i + 1]!;
    const v2 = x[i + 2]!;
    const v3 = x[i + 3]!;
    const j0 = (v0 | 0) - min;
    const j1 = (v1 | 0) - min;
    const j2 = (v2 | 0) - min;
    const j3 = (v3 | 0) - min;
    if (j0 + min !== v0 || j1 + min !== v1 || j2 + min !== v2 || j3 + min !== v3 || ((j0 | j1 | j2 | j3) & out) !== 0) return false;
    lanes[j0]!++;
    lanes[w1 + j1]!++;
    lanes[w2 + j2]!++;
    lanes[w3 + j3]!++;
  }
  for (; i < end; i++) {
    const v = x[i]!;
    const j = (v | 0) - min;
    if (j + min !== v || (j & out) !== 0) return false;
    lanes[j]!++;
  }
  return true;
}

/**
 * Counts x[start..end) − min by pairs of neighbours into two lanes of width² bins (index (j₀ << shift) | j₁), which
 * halves the histogram stores; a trailing odd answer goes to the single-answer bins after the two lanes. False at a
 * non-integer or a value outside [0, mask].
 */
function pairBlock(x: ArrayLike<number>, min: number, shift: number, lanes: Int32Array, start: number, end: number): boolean {
  const size = 1 << (2 * shift);
  const out = ~((1 << shift) - 1);
  let i = start;
  for (; i + 3 < end; i += 4) {
    const v0 = x[i]!;
    const v1 = x[i + 1]!;
    const v2 = x[i + 2]!;
    const v3 = x[i + 3]!;
    const j0 = (v0 | 0) - min;
    const j1 = (v1 | 0) - min;
    const j2 = (v2 | 0) - min;
    const j3 = (v3 | 0) - min;
    if (j0 + min !== v0 || j1 + min !== v1 || j2 + min !== v2 || j3 + min !== v3 || ((j0 | j1 | j2 | j3) & out) !== 0) return false;
    lanes[(j0 << shift) | j1]!++;
    lanes[size + ((j2 << shift) | j3)]!++;
  }
  for (; i < end; i++) {
    const v = x[i]!;
    const j = (v | 0) - min;
    if (j + min !== v || (j & out) !== 0) return false;
    lanes[2 * size + j]!++;
  }
  return true;
}

/** {@link pairBlock} for integer typed arrays: the range check only. */
function pairIntBlock(x: ArrayLike<number>, min: number, shift: number, lanes: Int32Array, start: number, end: number): boolean {
  const size = 1 << (2 * shift);
  const out = ~((1 << shift) - 1);
  let i = start;
  for (; i + 3 < end; i += 4) {
    const j0 = x[i]! - min;
    const j1 = x[i + 1]! - min;
    const j2 = x[i + 2]! - min;
    const j3 = x[i + 3]! - min;
    // ToInt32 of a value ≥ 2³¹ is negative, so `& out` also catches the top of Uint32Array.
    if (((j0 | j1 | j2 | j3) & out) !== 0) return false;
    lanes[(j0 << shift) | j1]!++;
    lanes[size + ((j2 << shift) | j3)]!++;
  }
  for (; i < end; i++) {
    const j = x[i]! - min;
    if ((j & out) !== 0) return false;
    lanes[2 * size + j]!++;
  }
  return true;
}

/** Bins per lane of {@link keyChunk}: one per key of a double with the sign bit clear. */
const KEY_BINS = 1 << 15;
/**
 * Answers per call of a counting loop. Many short calls let V8 optimise each loop as a whole function, with feedback
 * from its tail, instead of entering it mid-loop (on-stack replacement) on every call, which ran 10–20% slower. The
 * Uint16 lanes of {@link keyChunk} receive at most half of a chunk per bin, so never overflow.
 */
const CHUNK = 1 << 14;
/**
 * Fewest answers for which a Float64Array is first tried by {@link countFloat64}: clearing its 128 KiB of lanes costs
 * about as much as the general loop spends on 5,000 answers.
 */
const KEYED_MIN_LENGTH = 1 << 13;

/**
 * Counts the doubles at words[2·start..2·end) (two Int32 words each, the low one first) by their key, the top 16 bits
 * (sign, exponent, 4 mantissa bits), into two interleaved lanes of {@link KEY_BINS} bins indexed by the key without
 * its sign. Returns the OR of the sign bits and of the bits below the keys: 0 when every double is non-negative
 * (not −0) and zero below its key. Branch-free per answer. Called on chunks of {@link CHUNK} answers.
 */
function keyChunk(words: Int32Array, lanes: Uint16Array, start: number, end: number): number {
  let low = 0;
  let i = 2 * start;
  const e = 2 * end;
  for (; i + 7 < e; i += 8) {
    const h0 = words[i + 1]!;
    const h1 = words[i + 3]!;
    const h2 = words[i + 5]!;
    const h3 = words[i + 7]!;
    low |= words[i]! | words[i + 2]! | words[i + 4]! | words[i + 6]! | ((h0 | h1 | h2 | h3) & 0x8000ffff);
    lanes[(h0 >>> 16) & 0x7fff]!++;
    lanes[KEY_BINS + ((h1 >>> 16) & 0x7fff)]!++;
    lanes[(h2 >>> 16) & 0x7fff]!++;
    lanes[KEY_BINS + ((h3 >>> 16) & 0x7fff)]!++;
  }
  for (; i < e; i += 2) {
    const h = words[i + 1]!;
    low |= words[i]! | (h & 0x8000ffff);
    lanes[(h >>> 16) & 0x7fff]!++;
  }
  return low;
}

/** True when a double's low 32-bit word comes first in memory (on every platform Node and the browsers run on). */
function littleEndian(): boolean {
  return new Int32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000;
}

/**
 * A fast path of {@link countIntegers} for a Float64Array on a scale within 0..31 (little-endian platforms only):
 * returns the counts when every answer is an integer on the scale, else `null`, and the caller then runs the general
 * loop, which decides (it accepts −0, for one). No answer is converted to an integer: a double equals an integer k in
 * 0..31 exactly when its bits are those of k, which are zero below the top 16 bits (the key), and the keys of 0..31
 * differ. So the answers are tallied by key first, and each chunk is validated by two cheap tests: no answer has its
 * sign bit or a bit below its key set (the flag {@link keyChunk} returns), and the counts at the keys of the scale
 * add up to the chunk's length (so no answer has another key: a fraction, NaN, +Infinity or a value off the
 * scale). @internal
 */
export function countFloat64(x: Float64Array, min: number, span: number): Float64Array | null {
  const n = x.length;
  const words = new Int32Array(x.buffer, x.byteOffset, 2 * n);
  const probe = new Float64Array(1);
  const probeWords = new Int32Array(probe.buffer);
  const keys = new Int32Array(span + 1);
  for (let k = 0; k <= span; k++) {
    probe[0] = min + k;
    keys[k] = probeWords[1]! >>> 16;
  }
  const lanes = new Uint16Array(2 * KEY_BINS);
  const counts = new Float64Array(span + 1);
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    if (keyChunk(words, lanes, start, end) !== 0) return null;
    let total = 0;
    for (let k = 0; k <= span; k++) {
      const key = keys[k]!;
      const c = lanes[key]! + lanes[KEY_BINS + key]!;
      lanes[key] = 0;
      lanes[KEY_BINS + key] = 0;
      counts[k]! += c;
      total += c;
    }
    // Bins at other keys are non-zero exactly when the total falls short; the lanes are not reused then.
    if (total !== end - start) return null;
  }
  return counts;
}

/**
 * Counts integer answers in [min, min + span] into a Float64Array of span + 1 bins, or returns `null` when an answer
 * is not such an integer (the caller rescans for its index). No allocation per answer. Bins have a power-of-two width
 * (values between span and the width land in spare bins, checked per block), so one OR-and-mask test covers four
 * answers. Scales of up to 16 points count neighbouring pairs into width² bins (half the stores); wider scales use
 * four interleaved lanes. Int32 lanes are flushed to the float totals every `block` answers (2²⁸), so they never
 * overflow. A long Float64Array on a scale within 0..31 is first tried by {@link countFloat64}, which needs no
 * double-to-integer conversion and no per-answer integer test (those made it the slowest kind). @internal
 */
export function countIntegers(x: ArrayLike<number>, min: number, span: number, block = BLOCK): Float64Array | null {
  if (x instanceof Float64Array && x.length >= KEYED_MIN_LENGTH && min >= 0 && min + span <= 31 && littleEndian()) {
    const c = countFloat64(x, min, span);
    if (c !== null) return c;
  }
  let shift = 0;
  while (1 << shift <= span) shift++;
  const width = 1 << shift;
  const paired = shift <= 4;
  const size = paired ? width * width : width;
  const lanes = new Int32Array(paired ? 2 * size + width : 4 * width);
  const counts = new Float64Array(span + 1);
  const intTyped = paired && isIntegerTypedArray(x);
  const n = x.length;
  for (let start = 0; start < n; start += block) {
    const end = Math.min(n, start + block);
    for (let i = start; i < end; i += CHUNK) {
      const stop = Math.min(end, i + CHUNK);
      const ok = !paired
        ? countBlock(x, min, width - 1, lanes, i, stop)
        : intTyped
          ? pairIntBlock(x, min, shift, lanes, i, stop)
          : pairBlock(x, min, shift, lanes, i, stop);
      if (!ok) return null;
    }
    if (paired) {
      for (let k = 0; k < size; k++) {
        const c = lanes[k]! + lanes[size + k]!;
        if (c === 0) continue;
        const a = k >>> shift;
        const b = k & (width - 1);
        if (a > span || b > span) return null;
        counts[a]! += c;
        counts[b]! += c;
      }
      for (let k = 0; k < width; k++) {
        const c = lanes[2 * size + k]!;
        if (c === 0) continue;
        if (k > span) return null;
        counts[k]! += c;
      }
    } else {
      for (let k = 0; k < width; k++) {
        const c = lanes[k]! + lanes[width + k]! + lanes[2 * width + k]! + lanes[3 * width + k]!;
        if (k > span) {
          if (c !== 0) return null;
        } else counts[k]! += c;
      }
    }
    lanes.fill(0);
  }
  return counts;
}
