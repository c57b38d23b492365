/**
 * Money as exact decimals (decimal.js), with a private configuration that never touches the global `Decimal`.
 *
 * All arithmetic runs on a private clone of decimal.js configured as IEEE 754 decimal128: 34 significant
 * digits, round-half-even. Sums of amounts with up to 34 significant digits are therefore exact (0.1 + 0.2 is
 * 0.3), and an amount prints in plain notation (never `1e-7`) unless its magnitude is below 1e-34 or at least
 * 1e34. Results are decimal.js `Decimal` instances: `toString()`, `toFixed(2)`, `toNumber()` and further
 * arithmetic (`plus`, `times`, …, also at 34 digits) work on them, and `JSON.stringify` writes them as strings.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { CxError, type CxPath } from './errors.js';
import { assertInRange, assertInteger, describe, isArrayLike } from './assert.js';
import { D, plainDecimal } from './decimal.js';

/**
 * A money amount: a decimal.js `Decimal` (finite, never negative zero). `JSON.stringify` writes it as a string
 * (`"19.99"`); `toFixed(2)` gives a fixed number of decimals for display.
 */
export type Money = Decimal;

/**
 * What cxkit accepts as an amount: a finite number (read through its shortest round-trip decimal string, so
 * `0.1` is exactly 0.1), a decimal string (`'19.99'`, `'-0.50'`, `'+1.5'`, `'1e3'`), a bigint, or a finite
 * `Decimal` from any copy of decimal.js.
 */
export type MoneyInput = number | string | bigint | Decimal;


const DECIMAL_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function invalidMoney(x: unknown, path: CxPath, why: string): CxError {
  return new CxError('INVALID_MONEY', `${why}, got ${describe(x)}`, { path });
}

/** Validates an input and returns it in a form `new D(…)` / `plus(…)` read exactly (no allocation). */
function readValue(x: unknown, path: CxPath): Decimal.Value {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw invalidMoney(x, path, 'an amount must be a finite number');
    return x;
  }
  if (typeof x === 'string') {
    const s = x.trim();
    if (DECIMAL_RE.test(s)) return s;
    if (s.includes(',')) {
      throw invalidMoney(x, path, "an amount must use '.' as the decimal point and no thousands separators ('1234.50', not '1,234.50' or '1234,50')");
    }
    throw invalidMoney(x, path, "an amount must be a decimal number such as '19.99', '-0.5' or '1e3'");
  }
  if (typeof x === 'bigint') return x;
  if (Decimal.isDecimal(x)) {
    if (!x.isFinite()) throw invalidMoney(x.toString(), path, 'an amount must be a finite decimal');
    return x;
  }
  throw invalidMoney(x, path, 'an amount must be a number, a decimal string, a bigint or a Decimal');
}

/** Finite check (a huge exponent overflows to Infinity) and negative zero → zero. */
function finish(d: Decimal, x: unknown, path: CxPath): Money {
  if (!d.isFinite()) throw invalidMoney(x, path, 'the amount overflows the decimal range (|exponent| ≤ 9e15)');
  return d.isZero() ? d.abs() : d;
}

/**
 * Reads an amount as an exact {@link Money} decimal. Strings are trimmed; thousands separators and decimal
 * commas are rejected (ambiguous: `'1,234'` is 1234 in one locale and 1.234 in another), as are `NaN`,
 * `Infinity`, hexadecimal and empty strings. Negative zero becomes zero. O(digits).
 *
 * @param x - the amount.
 * @param path - path reported in errors (default `[]`).
 * @throws CxError `INVALID_MONEY` (with `path`) for anything that is not a finite decimal amount.
 * @example
 * money('19.99').toString(); //=> '19.99'
 * money(0.1).plus(0.2).toString(); //=> '0.3'
 * JSON.stringify({ total: money(' 1e3 ') }); //=> '{"total":"1000"}'
 * money('1,234.50'); //=> throws INVALID_MONEY
 */
export function money(x: MoneyInput, path: CxPath = []): Money {
  if (typeof x === 'string') {
    const quick = plainDecimal(x);
    if (quick !== null) return quick;
  }
  return finish(new D(readValue(x, path)), x, path);
}


/** Exact sum and count of an array-like or iterable of amounts (path of a bad value = its index). */
function sumAndCount(values: unknown): { sum: Decimal; n: number } {
  let acc = new D(0);
  let n = 0;
  const add = (v: unknown): void => {
    acc = acc.plus(readValue(v, [n]));
    if (!acc.isFinite()) throw invalidMoney(v, [n], 'the amount overflows the decimal range (|exponent| ≤ 9e15)');
    n++;
  };
  if (isArrayLike(values)) {
    const len = values.length;
    for (let i = 0; i < len; i++) add(values[i]);
  } else if (typeof values === 'object' && values !== null && Symbol.iterator in values) {
    for (const v of values as Iterable<unknown>) add(v);
  } else {
    throw new CxError('INVALID_ARGUMENT', `values must be an array or an iterable of amounts, got ${describe(values)}`, { path: [] });
  }
  return { sum: acc, n };
}

/**
 * Exact decimal sum of amounts (0 for none). Decimal addition is exact within 34 significant digits, so the
 * result does not depend on the order of the values — unlike a float sum. O(n); one decimal per value.
 *
 * @param values - an array, array-like or iterable of {@link MoneyInput}.
 * @throws CxError `INVALID_MONEY` with `path` `[index]` of the first bad value; `INVALID_ARGUMENT` when
 *   `values` is not an array or iterable (a string is refused).
 * @example
 * sumMoney(Array(10).fill(0.1)).toString(); //=> '1'
 * sumMoney(['19.99', 5, '0.01']).toString(); //=> '25'
 * sumMoney([]).toString(); //=> '0'
 */
export function sumMoney(values: Iterable<MoneyInput> | ArrayLike<MoneyInput>): Money {
  return finish(sumAndCount(values).sum, values, []);
}

/**
 * Mean of amounts: their exact sum divided by their count, to 34 significant digits (round-half-even); `null`
 * when there are none. Round it for display with {@link roundMoney}. O(n).
 *
 * @throws CxError as {@link sumMoney}.
 * @example
 * meanMoney(['10', '20', '40'])?.toString(); //=> '23.33333333333333333333333333333333'
 * meanMoney([]); //=> null
 */
export function meanMoney(values: Iterable<MoneyInput> | ArrayLike<MoneyInput>): Money | null {
  const { sum, n } = sumAndCount(values);
  return n === 0 ? null : finish(sum.div(n), values, []);
}

/**
 * Product `amount × factor` (e.g. price × quantity, amount × exchange rate), exact up to 34 significant
 * digits, then rounded half-even.
 *
 * @throws CxError `INVALID_MONEY` (path `['amount']` or `['factor']`); `OUT_OF_RANGE` if the product overflows.
 * @example
 * multiplyMoney('19.99', 3).toString(); //=> '59.97'
 * multiplyMoney('100', '0.0725').toString(); //=> '7.25'
 */
export function multiplyMoney(amount: MoneyInput, factor: MoneyInput): Money {
  const d = money(amount, ['amount']).times(readValue(factor, ['factor']));
  if (!d.isFinite()) throw new CxError('OUT_OF_RANGE', 'the product overflows the decimal range', { path: ['factor'] });
  return d.isZero() ? d.abs() : d;
}

/**
 * Quotient `amount ÷ divisor` to 34 significant digits, rounded half-even (e.g. revenue per customer). Round it
 * for display with {@link roundMoney}.
 *
 * @throws CxError `INVALID_MONEY` (path `['amount']` or `['divisor']`); `DOMAIN_ERROR` (path `['divisor']`)
 *   when the divisor is zero; `OUT_OF_RANGE` if the quotient overflows.
 * @example
 * divideMoney('100', 8).toString(); //=> '12.5'
 * divideMoney('1', 0); //=> throws DOMAIN_ERROR
 */
export function divideMoney(amount: MoneyInput, divisor: MoneyInput): Money {
  const a = money(amount, ['amount']);
  const b = money(divisor, ['divisor']);
  if (b.isZero()) throw new CxError('DOMAIN_ERROR', 'cannot divide an amount by zero', { path: ['divisor'] });
  const d = a.div(b);
  if (!d.isFinite()) throw new CxError('OUT_OF_RANGE', 'the quotient overflows the decimal range', { path: ['divisor'] });
  return d.isZero() ? d.abs() : d;
}

/**
 * Compares two amounts by value: −1 when `a < b`, 0 when equal (`'1.50'` equals `1.5`), 1 when `a > b`. Usable
 * as an `Array#sort` comparator.
 *
 * @throws CxError `INVALID_MONEY` (path `['a']` or `['b']`).
 * @example
 * compareMoney('1.50', 1.5); //=> 0
 * ['10', '9.5', '100'].sort(compareMoney); //=> ['9.5', '10', '100']
 */
export function compareMoney(a: MoneyInput, b: MoneyInput): -1 | 0 | 1 {
  const c = money(a, ['a']).comparedTo(money(b, ['b']));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/**
 * How {@link roundMoney} breaks a value: `'half-up'` rounds to the nearest and halves away from zero (2.345 →
 * 2.35, −2.345 → −2.35: Excel's `ROUND`, 四舍五入, Java's `HALF_UP`); `'half-even'` sends halves to the even
 * neighbour (banker's rounding, 2.345 → 2.34, 2.355 → 2.36); `'half-down'` halves toward zero; `'up'` away from
 * zero; `'down'` toward zero (truncation); `'ceil'` toward +∞; `'floor'` toward −∞.
 */
export type MoneyRounding = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/** Options of {@link roundMoney}. */
export interface RoundMoneyOptions {
  /**
   * Rounding rule (default `'half-up'`, what readers of a CX report check against in a spreadsheet; use
   * `'half-even'` for banker's rounding, which has no upward bias when rounded values are summed again).
   */
  readonly rounding?: MoneyRounding;
}

const ROUNDING: Readonly<Record<MoneyRounding, Decimal.Rounding>> = {
  up: 0,
  down: 1,
  ceil: 2,
  floor: 3,
  'half-up': 4,
  'half-down': 5,
  'half-even': 6,
};

/**
 * Rounds an amount to a number of decimal places, or to the minor unit of an ISO 4217 currency (`'JPY'` → 0,
 * `'CNY'` → 2, `'KWD'` → 3; see {@link currencyMinorUnits}). Exact decimal rounding, idempotent. The result is a
 * decimal value, which drops trailing zeros: use `toFixed(digits)` to print `'12.50'`.
 *
 * @param x - the amount.
 * @param digitsOrCurrency - decimal places, an integer 0–34, or a currency code (default 2).
 * @param options - see {@link RoundMoneyOptions}.
 * @throws CxError `INVALID_MONEY` (path `['x']`); `OUT_OF_RANGE` (path `['digits']`) for digits that are not an
 *   integer 0–34; `INVALID_ARGUMENT` for an unusable currency code (path `['currency']`) or rounding rule (path
 *   `['options', 'rounding']`).
 * @example
 * roundMoney('2.345').toString(); //=> '2.35'
 * roundMoney('2.345', 2, { rounding: 'half-even' }).toString(); //=> '2.34'
 * roundMoney('1234.5', 'JPY').toString(); //=> '1235'
 * roundMoney('12.5', 'USD').toFixed(2); //=> '12.50'
 */
export function roundMoney(x: MoneyInput, digitsOrCurrency: number | string = 2, options: RoundMoneyOptions = {}): Money {
  const d = money(x, ['x']);
  let digits: number;
  if (typeof digitsOrCurrency === 'string') digits = minorUnits(digitsOrCurrency, ['currency']);
  else {
    assertInteger(digitsOrCurrency, 'digits');
    assertInRange(digitsOrCurrency, 0, 34, 'digits');
    digits = digitsOrCurrency;
  }
  const rule: unknown = options.rounding ?? 'half-up';
  if (typeof rule !== 'string' || !Object.hasOwn(ROUNDING, rule)) {
    throw new CxError('INVALID_ARGUMENT', `rounding must be one of ${Object.keys(ROUNDING).join(', ')}, got ${describe(rule)}`, {
      path: ['options', 'rounding'],
    });
  }
  const r = d.toDecimalPlaces(digits, ROUNDING[rule as MoneyRounding]);
  return r.isZero() ? r.abs() : r;
}

// ISO 4217 List One (SIX Group, the ISO 4217 maintenance agency), as published on 2026-01-01: every current
// alphabetic code by minor unit ("N.A." = the standard defines none: precious metals, SDR, test codes).
const ISO_0 = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const ISO_2 =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW ' +
  'CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF ' +
  'IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK ' +
  'MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP ' +
  'SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XAD XCD XCG ' +
  'YER ZAR ZMW ZWG';
const ISO_3 = 'BHD IQD JOD KWD LYD OMR TND';
const ISO_4 = 'CLF UYW';
const ISO_NA = 'XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX';

function listed(list: string, code: string): boolean {
  return ` ${list} `.includes(` ${code} `);
}

function minorUnits(code: unknown, path: CxPath): number {
  if (typeof code !== 'string' || !/^[A-Za-z]{3}$/.test(code)) {
    throw new CxError('INVALID_ARGUMENT', `a currency code must be three letters (ISO 4217, e.g. 'CNY'), got ${describe(code)}`, { path });
  }
  const c = code.toUpperCase();
  if (listed(ISO_2, c)) return 2;
  if (listed(ISO_0, c)) return 0;
  if (listed(ISO_3, c)) return 3;
  if (listed(ISO_4, c)) return 4;
  if (listed(ISO_NA, c)) {
    throw new CxError('INVALID_ARGUMENT', `ISO 4217 defines no minor unit for ${c}: pass a number of decimal places instead`, { path });
  }
  // Not in List One (a withdrawn code such as BGN or HRK, or a private one): the runtime's CLDR data.
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: c }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Number of decimal places (the minor unit) of a currency, from ISO 4217 List One as published on 2026-01-01:
 * 2 for most (CNY, USD, EUR, GBP), 0 for JPY, KRW, VND, CLP, ISK, …, 3 for BHD, IQD, JOD, KWD, LYD, OMR, TND, 4
 * for CLF and UYW. A code List One does not hold (withdrawn, like BGN or HRK, or private) falls back to the
 * runtime's `Intl` (CLDR) data, which may differ between runtimes. Case-insensitive. O(1).
 *
 * @throws CxError `INVALID_ARGUMENT` (path `['currency']`) unless `code` is three letters, or for a List One
 *   code without a minor unit (XAU, XDR, XXX, …).
 * @example
 * currencyMinorUnits('CNY'); //=> 2
 * currencyMinorUnits('jpy'); //=> 0
 * currencyMinorUnits('KWD'); //=> 3
 * currencyMinorUnits('RMB!'); //=> throws INVALID_ARGUMENT
 */
export function currencyMinorUnits(code: string): number {
  return minorUnits(code, ['currency']);
}
