/**
 * The private decimal.js configuration of cxkit's money (`D`) and a fast reader of plain decimal strings into it.
 *
 * Internal: `core/money` is the public face.
 *
 * @module
 */
import { Decimal } from 'decimal.js';

/** Private decimal.js configuration (decimal128): the global `Decimal` is never configured. @internal */
export const D = /* @__PURE__ */ Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -34, toExpPos: 34 });

/** The fields of a decimal.js value (documented instance properties: sign, base-10 exponent, base-1e7 digits). */
interface DecimalFields {
  s: number;
  e: number;
  d: number[];
}

const WORD_POW = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];
/** Scratch words of {@link plainDecimal} (400 characters make at most 59 words); packed small integers. */
const WORDS: number[] = /* @__PURE__ */ Array.from({ length: 64 }, () => 0);

/**
 * A constructor of ready-made `D` instances: the same own properties in the same order as decimal.js gives them
 * (`constructor`, `s`, `e`, `d`) and `D.prototype`, so every method works on them. Five times cheaper than
 * `new D(0)` and overwriting the fields (no argument sniffing, one allocation).
 */
function plainConstructor(): new (s: number, e: number, d: number[]) => Decimal {
  function Plain(this: DecimalFields & { constructor: unknown }, s: number, e: number, d: number[]): void {
    this.constructor = D;
    this.s = s;
    this.e = e;
    this.d = d;
  }
  Plain.prototype = D.prototype;
  return Plain as unknown as new (s: number, e: number, d: number[]) => Decimal;
}

const Plain = /* @__PURE__ */ plainConstructor();

/**
 * The decimal of a plain decimal string (`[+-]digits[.digits]`, no spaces or exponent, at most 400 characters) built
 * straight from its characters, or `null` for any other string (read the usual way then). Gives the same
 * `Decimal` as `new D(s)` followed by the negative-zero rule: decimal.js keeps a value as sign `s`, base-10
 * exponent `e` of the leading digit, and digit words `d` in base 1e7 aligned so that the first word holds the
 * digits down to the units of a power of 1e7 (its documented instance properties); this skips the regular
 * expression and the string slicing of the general reader, about five times faster on a CSV amount.
 * @internal
 */
export function plainDecimal(str: string): Decimal | null {
  const n = str.length;
  if (n === 0 || n > 400) return null;
  let i = 0;
  let sign = 1;
  const c0 = str.charCodeAt(0);
  if (c0 === 45) {
    sign = -1;
    i = 1;
  } else if (c0 === 43) i = 1;
  // One pass: validate, find the point, the first and the last non-zero digit.
  let point = -1;
  let first = -1;
  let last = -1;
  let digits = 0;
  for (let k = i; k < n; k++) {
    const c = str.charCodeAt(k);
    if (c === 46) {
      if (point >= 0) return null;
      point = k;
    } else if (c >= 48 && c <= 57) {
      digits++;
      if (c !== 48) {
        if (first < 0) first = k;
        last = k;
      }
    } else return null;
  }
  if (digits === 0) return null;
  if (first < 0) return new Plain(1, 0, [0]); // zero (never negative zero)
  if (point < 0) point = n;
  const e = first < point ? point - first - 1 : point - first;
  // Positions of the first word: (e + 1) mod 7 in 1…7, as decimal.js aligns its words.
  let pos = (((e + 1) % 7) + 7) % 7;
  if (pos === 0) pos = 7;
  // The words go to a scratch array first and are copied out at their exact count (a growing array would
  // reserve 17 slots for a two-word amount).
  const scratch = WORDS;
  let count = 0;
  let word = 0;
  for (let k = first; k <= last; k++) {
    const c = str.charCodeAt(k);
    if (c === 46) continue;
    word = word * 10 + (c - 48);
    if (--pos === 0) {
      scratch[count++] = word;
      word = 0;
      pos = 7;
    }
  }
  if (pos !== 7) scratch[count++] = word * WORD_POW[pos]!;
  const d = count === 1 ? [scratch[0]!] : count === 2 ? [scratch[0]!, scratch[1]!] : scratch.slice(0, count);
  return new Plain(sign, e, d);
}
