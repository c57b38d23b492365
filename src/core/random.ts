/**
 * A small seeded pseudo-random number generator (sfc32) with uniform, integer, normal and binomial draws.
 *
 * cxkit never uses `Math.random`: every random computation (bootstrap intervals, simulations) takes a seed, so the
 * same input gives the same output.
 *
 * @module
 */
import { CxError } from './errors.js';
import { describe as describeValue } from './assert.js';
import { normalQuantile } from './distributions.js';

/**
 * A seeded stream of random numbers, made by {@link createRandom}. Each call advances the stream; two generators
 * made from the same seed return the same sequence.
 */
export interface Random {
  /** The next 32 random bits as an unsigned integer in [0, 2³²). */
  uint32(): number;
  /** A uniform double in [0, 1) with 53 random bits (two 32-bit outputs, as Matsumoto & Nishimura's `genrand_res53`). */
  next(): number;
  /**
   * A uniform integer in [0, maxExclusive), without modulo bias (rejection sampling).
   *
   * @throws CxError `OUT_OF_RANGE` unless maxExclusive is an integer in [1, 2⁵³].
   */
  int(maxExclusive: number): number;
  /** A standard normal deviate, by inversion of a uniform in (0, 1) with {@link normalQuantile}. */
  normal(): number;
  /**
   * A binomial deviate: the number of successes in `n` trials of probability `p`. Exact in distribution: inversion
   * when min(p, 1 − p)·n < 10, otherwise Hörmann's BTRD (1993). O(1) expected time for any n.
   *
   * @throws CxError `OUT_OF_RANGE` unless n is an integer in [0, 2⁵³) and p ∈ [0, 1].
   */
  binomial(n: number, p: number): number;
}

const TWO32 = 4294967296;
const TWO53 = 9007199254740992;

/** MurmurHash3's 32-bit finaliser fmix32 (Appleby 2011): a bijective avalanche mix. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two 32-bit words from a seed: a safe integer as its 64-bit two's complement, a string hashed in two lanes. */
function seedWords(seed: number | string): [number, number] {
  if (typeof seed === 'number') {
    if (!Number.isSafeInteger(seed)) {
      throw new CxError('INVALID_ARGUMENT', `seed must be a safe integer or a string, got ${describeValue(seed)}`, { path: ['seed'] });
    }
    const lo = seed % TWO32;
    const hi = Math.floor(seed / TWO32);
    return [lo >>> 0, hi >>> 0];
  }
  if (typeof seed !== 'string') {
    throw new CxError('INVALID_ARGUMENT', `seed must be a safe integer or a string, got ${describeValue(seed)}`, { path: ['seed'] });
  }
  // Absorb the UTF-16 code units, then the length, into two independently keyed lanes.
  let x = 0x9e3779b9;
  let y = 0x7f4a7c15;
  for (let i = 0; i <= seed.length; i++) {
    const k = i < seed.length ? seed.charCodeAt(i) : seed.length + 0x10000;
    x = fmix32((x ^ k) + 0x9e3779b9);
    y = fmix32((y ^ Math.imul(k, 0x27d4eb2f)) + 0x85ebca77);
  }
  return [x, y];
}

/** The k = 0..9 values of the Stirling-series remainder fc(k) = ln k! − [(k + ½)ln(k + 1) − (k + 1) + ½ln 2π]. */
const HALF_LN_2PI = 0.9189385332046728;
const FC_TABLE: readonly number[] = (() => {
  const out: number[] = [];
  let lnFact = 0;
  for (let k = 0; k < 10; k++) {
    if (k > 0) lnFact += Math.log(k);
    out.push(lnFact - ((k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LN_2PI));
  }
  return out;
})();

function stirlingFc(k: number): number {
  if (k < 10) return FC_TABLE[k]!;
  const r = 1 / (k + 1);
  const r2 = r * r;
  return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
}

/**
 * A seeded pseudo-random number generator: Chris Doty-Humphrey's sfc32 ("small fast chaotic", from the PractRand
 * suite, public domain; passes PractRand and TestU01 BigCrush), 128 bits of state with a counter that guarantees a
 * period of at least 2³².
 *
 * Seeding follows PractRand's `sfc32::seed(Uint64)`: a = 0, (b, c) = the 64-bit seed, counter = 1, then 12 outputs
 * discarded. A number seed must be a safe integer (taken as its 64-bit two's complement); a string seed is first
 * hashed to 64 bits (two lanes of MurmurHash3's fmix32). The sequence for a given seed is part of the API: it
 * does not change between minor versions.
 *
 * Not for cryptography.
 *
 * @param seed - A safe integer or a string.
 * @returns a {@link Random} stream.
 * @throws CxError `INVALID_ARGUMENT` when the seed is neither a safe integer nor a string.
 * @example
 * const rng = createRandom(42);
 * const u = rng.next();
 * u >= 0 && u < 1; //=> true
 * createRandom('survey').int(10) === createRandom('survey').int(10); //=> true
 * createRandom(1.5); //=> throws INVALID_ARGUMENT
 */
export function createRandom(seed: number | string): Random {
  const [lo, hi] = seedWords(seed);
  let a = 0;
  let b = lo | 0;
  let c = hi | 0;
  let counter = 1;

  const uint32 = (): number => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) uint32();

  const next = (): number => ((uint32() >>> 5) * 67108864 + (uint32() >>> 6)) / TWO53;

  const int = (maxExclusive: number): number => {
    if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > TWO53) {
      throw new CxError('OUT_OF_RANGE', `maxExclusive must be an integer in [1, 2^53], got ${describeValue(maxExclusive)}`, {
        path: ['maxExclusive'],
      });
    }
    if (maxExclusive <= TWO32) {
      const limit = TWO32 - (TWO32 % maxExclusive);
      for (;;) {
        const u = uint32();
        if (u < limit) return u % maxExclusive;
      }
    }
    const limit = TWO53 - (TWO53 % maxExclusive);
    for (;;) {
      const u = (uint32() >>> 5) * 67108864 + (uint32() >>> 6);
      if (u < limit) return u % maxExclusive;
    }
  };

  const normal = (): number => normalQuantile(((uint32() >>> 5) * 67108864 + (uint32() >>> 6) + 0.5) / TWO53);

  /** Inversion by sequential search from 0 (Kachitvichyanukul & Schmeiser 1988, BINV), for n·p < 10, p ≤ ½. */
  const binomialInversion = (n: number, p: number): number => {
    const q = 1 - p;
    const s = p / q;
    const aa = (n + 1) * s;
    const r0 = Math.exp(n * Math.log1p(-p));
    for (;;) {
      let u = next();
      let r = r0;
      let x = 0;
      while (u > r) {
        u -= r;
        x++;
        r *= aa / x - s;
        if (x > n || r <= 0) break;
      }
      if (x <= n && u <= r) return x;
    }
  };

  /** BTRD: transformed rejection with decomposition (Hörmann 1993, J. Statist. Comput. Simul. 46:101–110), p ≤ ½. */
  const binomialBtrd = (n: number, p: number): number => {
    const q = 1 - p;
    const m = Math.floor((n + 1) * p);
    const r = p / q;
    const nr = (n + 1) * r;
    const npq = n * p * q;
    const sq = Math.sqrt(npq);
    const bb = 1.15 + 2.53 * sq;
    const aa = -0.0873 + 0.0248 * bb + 0.01 * p;
    const cc = n * p + 0.5;
    const alpha = (2.83 + 5.1 / bb) * sq;
    const vr = 0.92 - 4.2 / bb;
    const urvr = 0.86 * vr;
    for (;;) {
      // Step 1: immediate acceptance in the central box.
      let v = next();
      if (v <= urvr) {
        const u = v / vr - 0.43;
        const k0 = Math.floor(((2 * aa) / (0.5 - Math.abs(u)) + bb) * u + cc);
        if (k0 >= 0 && k0 <= n) return k0;
        continue;
      }
      // Step 2: a point (u, v) in the rest of the region.
      let u: number;
      if (v >= vr) {
        u = next() - 0.5;
      } else {
        u = v / vr - 0.93;
        u = (u < 0 ? -0.5 : 0.5) - u;
        v = next() * vr;
      }
      // Step 3.0: the candidate k.
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * aa) / us + bb) * u + cc);
      if (k < 0 || k > n) continue;
      v = (v * alpha) / (aa / (us * us) + bb);
      const km = Math.abs(k - m);
      if (km <= 15) {
        // Step 3.1: f(k)/f(m) by the recursion f(i)/f(i − 1) = (n + 1 − i)p/(iq).
        let f = 1;
        if (m < k) for (let i = m + 1; i <= k; i++) f *= nr / i - r;
        else if (m > k) for (let i = k + 1; i <= m; i++) v *= nr / i - r;
        if (v <= f) return k;
        continue;
      }
      // Step 3.2: squeeze on ln f(k)/f(m).
      v = Math.log(v);
      const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
      const t = (-km * km) / (2 * npq);
      if (v < t - rho) return k;
      if (v > t + rho) continue;
      // Step 3.3: exact test with Stirling's series.
      const nm = n - m + 1;
      const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingFc(m) + stirlingFc(n - m);
      const nk = n - k + 1;
      if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingFc(k) - stirlingFc(n - k)) return k;
    }
  };

  const binomial = (n: number, p: number): number => {
    if (!Number.isInteger(n) || n < 0 || n >= TWO53) {
      throw new CxError('OUT_OF_RANGE', `n must be an integer in [0, 2^53), got ${describeValue(n)}`, { path: ['n'] });
    }
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      throw new CxError('OUT_OF_RANGE', `p must be a probability in [0, 1], got ${describeValue(p)}`, { path: ['p'] });
    }
    if (n === 0 || p === 0) return 0;
    if (p === 1) return n;
    const flip = p > 0.5;
    const pp = flip ? 1 - p : p;
    const k = n * pp < 10 ? binomialInversion(n, pp) : binomialBtrd(n, pp);
    return flip ? n - k : k;
  };

  return { uint32, next, int, normal, binomial };
}
