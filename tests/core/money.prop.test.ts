/**
 * Properties of core/money. Amounts are generated as integer cents (bigint), so BigInt arithmetic is an exact,
 * independent oracle for sums and products; every comparison is exact (tolerance 0) unless stated.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareMoney,
  divideMoney,
  meanMoney,
  money,
  multiplyMoney,
  roundMoney,
  sumMoney,
  type MoneyRounding,
} from '../../src/core/money.js';
import { plainDecimal } from '../../src/core/decimal.js';

/** Cents → canonical decimal string ('-12.05', '0.5', '3'), written independently of decimal.js. */
function centsToString(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  const whole = (a / 100n).toString();
  let frac = (a % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  if (frac !== '') frac = `.${frac}`;
  return a === 0n ? '0' : `${neg ? '-' : ''}${whole}${frac}`;
}

const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const amounts = fc.array(cents, { maxLength: 60 });
const RULES: MoneyRounding[] = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'];
/** Decimal strings with up to 8 decimals, as users write them. */
const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 8 }))
  .map(([units, scale]) => new Decimal(units.toString()).div(new Decimal(10).pow(scale)).toFixed());

describe('money properties', () => {
  it('sumMoney equals the exact BigInt sum of the cents', () => {
    fc.assert(
      fc.property(amounts, (cs) => {
        let total = 0n;
        for (const c of cs) total += c;
        expect(sumMoney(cs.map(centsToString)).toString()).toBe(centsToString(total));
      }),
    );
  });

  it('sumMoney is commutative and associative exactly', () => {
    fc.assert(
      fc.property(amounts, amounts, (a, b) => {
        const sa = a.map(centsToString);
        const sb = b.map(centsToString);
        const whole = sumMoney([...sa, ...sb]).toString();
        expect(sumMoney([...sb, ...sa].reverse()).toString()).toBe(whole);
        expect(sumMoney([sumMoney(sa), sumMoney(sb)]).toString()).toBe(whole);
      }),
    );
  });

  it('sumMoney of n copies of 0.1 is exactly n/10', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (n) => {
        expect(sumMoney(Array.from({ length: n }, () => 0.1)).toString()).toBe(centsToString(BigInt(n) * 10n));
      }),
    );
  });

  it('money(String(x)) and money(x) read a finite double back to the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(money(String(x)).toNumber()).toBe(x + 0);
        expect(money(x).toNumber()).toBe(x + 0);
        expect(money(x).isNegative() && x === 0).toBe(false);
      }),
    );
  });

  it('money(d.toString()) round-trips decimal strings exactly', () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        expect(money(money(s).toString()).eq(s)).toBe(true);
        expect(money(` ${s} `).eq(s)).toBe(true);
      }),
    );
  });

  it('multiplyMoney(cents, qty) equals the BigInt product; divideMoney inverts it', () => {
    fc.assert(
      fc.property(cents, fc.bigInt({ min: -10000n, max: 10000n }), (c, q) => {
        const p = multiplyMoney(centsToString(c), q);
        expect(p.toString()).toBe(centsToString(c * q));
        if (q !== 0n) expect(divideMoney(p, q).toString()).toBe(centsToString(c));
      }),
    );
  });

  it('meanMoney of n equal amounts is that amount; mean × n equals the sum to 1e-30 relative', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 30 }), amounts, (c, n, cs) => {
        expect(meanMoney(Array.from({ length: n }, () => centsToString(c)))?.toString()).toBe(centsToString(c));
        const mean = meanMoney(cs.map(centsToString));
        if (cs.length === 0) expect(mean).toBeNull();
        else {
          const sum = sumMoney(cs.map(centsToString));
          const err = mean!.times(cs.length).minus(sum).abs();
          expect(err.lte(sum.abs().times('1e-30').plus('1e-30'))).toBe(true);
        }
      }),
    );
  });

  it('roundMoney is idempotent, lands on the grid and stays within one unit (half a unit for half-* rules)', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 6 }), fc.constantFrom(...RULES), (s, digits, rule) => {
        const r = roundMoney(s, digits, { rounding: rule });
        expect(roundMoney(r, digits, { rounding: rule }).eq(r)).toBe(true);
        expect(r.decimalPlaces()).toBeLessThanOrEqual(digits);
        const unit = new Decimal(10).pow(-digits);
        const err = r.minus(s).abs();
        expect(err.lte(rule.startsWith('half') ? unit.div(2) : unit)).toBe(true);
        if (rule === 'floor') expect(r.lte(s)).toBe(true);
        if (rule === 'ceil') expect(r.gte(s)).toBe(true);
        if (rule === 'down') expect(r.abs().lte(money(s).abs())).toBe(true);
        if (rule === 'up') expect(r.abs().gte(money(s).abs())).toBe(true);
        expect(JSON.stringify(r)).not.toBe('"-0"');
      }),
    );
  });

  it('half-up and half-even differ only on exact ties', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 4 }), (s, digits) => {
        const up = roundMoney(s, digits, { rounding: 'half-up' });
        const even = roundMoney(s, digits, { rounding: 'half-even' });
        const tie = money(s).times(new Decimal(10).pow(digits)).mod(1).abs().eq('0.5');
        if (!tie) expect(up.eq(even)).toBe(true);
      }),
    );
  });

  it('compareMoney is antisymmetric and agrees with BigInt order', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const c = compareMoney(centsToString(a), centsToString(b));
        expect(c).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(compareMoney(centsToString(b), centsToString(a))).toBe(-c || 0);
      }),
    );
  });

  it('no input changes the global decimal.js configuration', () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        roundMoney(divideMoney(s, 7), 2);
        expect(Decimal.precision).toBe(20);
        expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
      }),
    );
  });
});

/** Plain decimal strings with the edge cases of the fast reader: signs, leading and trailing zeros, a bare point. */
const plainString = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.array(fc.constantFrom('0', '0', '1', '5', '9'), { maxLength: 24 }),
    fc.boolean(),
    fc.array(fc.constantFrom('0', '0', '3', '7', '9'), { maxLength: 24 }),
  )
  .map(([sign, int, point, frac]) => `${sign}${int.join('')}${point ? '.' : ''}${frac.join('')}`);

describe('plainDecimal (the character-level reader behind money(string))', () => {
  // The oracle is decimal.js's own string reader, reached through a leading space (which the fast reader
  // refuses, so money() trims and calls the decimal.js constructor).
  it('builds exactly the Decimal of the general reader (sign, exponent, digit words), or refuses', () => {
    fc.assert(
      fc.property(plainString, (s) => {
        const fast = plainDecimal(s);
        const valid = /\d/.test(s);
        expect(fast !== null).toBe(valid);
        if (fast === null) {
          expect(() => money(` ${s}`)).toThrow();
          return;
        }
        const slow = money(` ${s}`);
        expect({ s: fast.s, e: fast.e, d: fast.d }).toEqual({ s: slow.s, e: slow.e, d: slow.d });
        expect(fast.toString()).toBe(slow.toString());
        expect(fast.plus(slow).eq(slow.times(2))).toBe(true);
        expect(money(s).toString()).toBe(slow.toString());
      }),
    );
  });

  it('refuses strings with spaces, exponents, commas or other characters (the general reader decides)', () => {
    for (const s of ['', '-', '.', '+.', '1e3', ' 1', '1 ', '1,5', '1.2.3', '0x10', 'NaN', '--1', '١٢']) expect(plainDecimal(s)).toBeNull();
    expect(plainDecimal('1'.repeat(401))).toBeNull();
    expect(money('1'.repeat(401)).toFixed()).toBe('1'.repeat(401));
  });

  it('gives zero, never negative zero, for any spelling of zero', () => {
    fc.assert(
      fc.property(fc.constantFrom('-', '+', ''), fc.nat(5), fc.nat(5), (sign, a, b) => {
        const s = `${sign}${'0'.repeat(a + 1)}.${'0'.repeat(b)}`;
        const z = plainDecimal(s)!;
        expect(z.isZero() && !z.isNegative()).toBe(true);
        expect(z.s).toBe(1);
      }),
    );
  });
});
