/**
 * Unit tests of core/money against reference values.
 *
 * References: Python 3 `decimal` (General Decimal Arithmetic, IEEE 754 decimal128 context), e.g.
 *   python3 -c "from decimal import *; c=Context(prec=34, rounding=ROUND_HALF_EVEN); print(c.divide(Decimal(2), Decimal(3)))"
 * for quotients and products, and
 *   python3 -c "from decimal import *; print(Decimal('2.345').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))"
 * for every rounding rule (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
 * ROUND_FLOOR). Decimal results are compared exactly, as strings (tolerance 0). Minor units: ISO 4217 List One
 * as published on 2026-01-01 (SIX Group).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  compareMoney,
  currencyMinorUnits,
  divideMoney,
  meanMoney,
  money,
  multiplyMoney,
  roundMoney,
  sumMoney,
  type MoneyRounding,
} from '../../src/core/money.js';
import { expectCxError } from '../helpers/errors.js';

describe('money', () => {
  it.each([
    ['19.99', '19.99'],
    ['+1.5', '1.5'],
    ['-0.50', '-0.5'],
    ['1e3', '1000'],
    ['1E-2', '0.01'],
    ['  2.5\t', '2.5'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['0.0000001', '0.0000001'],
    ['123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
  ])('reads the string %j as %s', (input, expected) => {
    expect(money(input).toString()).toBe(expected);
  });

  it('reads numbers through their shortest decimal string, bigints and Decimals exactly', () => {
    expect(money(0.1).toString()).toBe('0.1');
    expect(money(1e-7).toString()).toBe('0.0000001'); // plain notation, not '1e-7'
    expect(money(-12.345).toString()).toBe('-12.345');
    expect(money(10n ** 30n).toString()).toBe('1000000000000000000000000000000');
    expect(money(new Decimal('3.14159')).toString()).toBe('3.14159');
  });

  it('turns negative zero into zero, so JSON never says "-0"', () => {
    expect(JSON.stringify([money(-0), money('-0.00'), money(new Decimal('-0'))])).toBe('["0","0","0"]');
    expect(money(-0).isNegative()).toBe(false);
  });

  it('serialises to a JSON string and stays a decimal.js Decimal', () => {
    const m = money('1234.50');
    expect(JSON.stringify({ total: m })).toBe('{"total":"1234.5"}');
    expect(m).toBeInstanceOf(Decimal);
    expect(Decimal.isDecimal(m)).toBe(true);
    expect(m.toNumber()).toBe(1234.5);
    expect(m.toFixed(2)).toBe('1234.50');
  });

  it.each([
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    [''],
    ['   '],
    ['abc'],
    ['1e'],
    ['1.2.3'],
    ['NaN'],
    ['Infinity'],
    ['0x1f'],
    ['1_000'],
    ['$5'],
    ['5 USD'],
    ['- 5'],
    ['1e9000000000000001'], // overflows decimal.js's exponent range → rejected, not Infinity
    [null],
    [undefined],
    [true],
    [{}],
    [[1]],
    [new Decimal(Number.NaN)],
    [new Decimal(Number.POSITIVE_INFINITY)],
  ])('rejects %j with INVALID_MONEY and the given path', (input) => {
    expectCxError(() => money(input as never, ['rows', 3, 'amount']), 'INVALID_MONEY', ['rows', 3, 'amount']);
  });

  it('refuses thousands separators and decimal commas with a message saying so', () => {
    for (const s of ['1,234.50', '12,5', '1,000']) {
      expect(() => money(s)).toThrow(/thousands separators/);
      expectCxError(() => money(s), 'INVALID_MONEY', []);
    }
  });
});

describe('sumMoney', () => {
  it('adds 0.1 ten times to exactly 1, where a float sum gives 0.9999999999999999', () => {
    const tenths = Array.from({ length: 10 }, () => 0.1);
    let float = 0;
    for (const v of tenths) float += v;
    expect(float).not.toBe(1);
    expect(sumMoney(tenths).toString()).toBe('1');
  });

  it('sums mixed inputs exactly, past float precision (Python decimal, prec 34)', () => {
    expect(sumMoney(['19.99', 5, '0.01', new Decimal('-25')]).toString()).toBe('0');
    expect(sumMoney(['12345678901234567890.12', '0.01']).toString()).toBe('12345678901234567890.13');
    expect(sumMoney([2n ** 64n, '0.5']).toString()).toBe('18446744073709551616.5');
  });

  it('accepts arrays, typed arrays, sets, generators and array-likes; none → 0', () => {
    function* gen(): Generator<string> {
      yield '1.5';
      yield '2.5';
    }
    expect(sumMoney(new Float64Array([0.25, 0.5])).toString()).toBe('0.75');
    expect(sumMoney(new Set(['1', '2'])).toString()).toBe('3');
    expect(sumMoney(gen()).toString()).toBe('4');
    expect(sumMoney({ length: 2, 0: '1', 1: '2' }).toString()).toBe('3');
    expect(sumMoney([]).toString()).toBe('0');
    expect(JSON.stringify(sumMoney(['-0.5', '0.5']))).toBe('"0"');
  });

  it('reports the index of the first bad value', () => {
    expectCxError(() => sumMoney(['1', '2', 'x', Number.NaN]), 'INVALID_MONEY', [2]);
    expectCxError(() => sumMoney(new Set(['1', '1,5'])), 'INVALID_MONEY', [1]);
    expectCxError(() => sumMoney(['1', '1e9000000000000001']), 'INVALID_MONEY', [1]);
  });

  it('refuses a string or a non-iterable as the collection', () => {
    expectCxError(() => sumMoney('123' as never), 'INVALID_ARGUMENT', []);
    expectCxError(() => sumMoney(5 as never), 'INVALID_ARGUMENT', []);
    expectCxError(() => sumMoney(null as never), 'INVALID_ARGUMENT', []);
    expectCxError(() => sumMoney({} as never), 'INVALID_ARGUMENT', []);
  });
});

describe('meanMoney', () => {
  it('divides the exact sum by the count to 34 digits (Python decimal: 70/3)', () => {
    expect(meanMoney(['10', '20', '40'])?.toString()).toBe('23.33333333333333333333333333333333');
    expect(meanMoney(new Set([1, 2]))?.toString()).toBe('1.5');
  });

  it('is null for no values and reports bad ones by index', () => {
    expect(meanMoney([])).toBeNull();
    expect(meanMoney(new Set())).toBeNull();
    expectCxError(() => meanMoney([1, Number.POSITIVE_INFINITY]), 'INVALID_MONEY', [1]);
  });
});

describe('multiplyMoney and divideMoney', () => {
  it('match Python decimal with prec 34, ROUND_HALF_EVEN', () => {
    expect(multiplyMoney('19.99', 3).toString()).toBe('59.97');
    expect(multiplyMoney('100', '0.0725').toString()).toBe('7.25');
    // c.multiply(Decimal('123456789012345678901234.5678'), Decimal('1.0725')): 34 significant digits
    expect(multiplyMoney('123456789012345678901234.5678', '1.0725').toString()).toBe('132407406215740740621574.0739655');
    expect(divideMoney(1, 3).toString()).toBe('0.3333333333333333333333333333333333');
    expect(divideMoney(2, 3).toString()).toBe('0.6666666666666666666666666666666667');
    expect(divideMoney('100', 7).toString()).toBe('14.28571428571428571428571428571429');
    expect(divideMoney('100', 8).toString()).toBe('12.5');
  });

  it('never returns negative zero', () => {
    expect(JSON.stringify(multiplyMoney(0, -5))).toBe('"0"');
    expect(JSON.stringify(divideMoney(0, -5))).toBe('"0"');
  });

  it('reports bad operands, division by zero and overflow', () => {
    expectCxError(() => multiplyMoney('x', 2), 'INVALID_MONEY', ['amount']);
    expectCxError(() => multiplyMoney(2, Number.NaN), 'INVALID_MONEY', ['factor']);
    expectCxError(() => multiplyMoney('1e8000000000000000', '1e8000000000000000'), 'OUT_OF_RANGE', ['factor']);
    expectCxError(() => divideMoney('x', 2), 'INVALID_MONEY', ['amount']);
    expectCxError(() => divideMoney(1, 'y'), 'INVALID_MONEY', ['divisor']);
    expectCxError(() => divideMoney(1, '0.00'), 'DOMAIN_ERROR', ['divisor']);
    expectCxError(() => divideMoney('1e8000000000000000', '1e-8000000000000000'), 'OUT_OF_RANGE', ['divisor']);
  });
});

describe('compareMoney', () => {
  it('compares by value, not by representation', () => {
    expect(compareMoney('1.50', 1.5)).toBe(0);
    expect(compareMoney('-0', 0)).toBe(0);
    expect(compareMoney('9.99', '10')).toBe(-1);
    expect(compareMoney(10n, '9.999999999999999999999999')).toBe(1);
    expect(['10', '9.5', '100', '-1'].sort(compareMoney)).toEqual(['-1', '9.5', '10', '100']);
  });

  it('names the bad side', () => {
    expectCxError(() => compareMoney('x', 1), 'INVALID_MONEY', ['a']);
    expectCxError(() => compareMoney(1, Number.NaN), 'INVALID_MONEY', ['b']);
  });
});

describe('roundMoney', () => {
  // Python: Decimal(v).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_…), one column per rule.
  const table: [string, number, Record<MoneyRounding, string>][] = [
    ['2.345', 2, { 'half-up': '2.35', 'half-even': '2.34', 'half-down': '2.34', up: '2.35', down: '2.34', ceil: '2.35', floor: '2.34' }],
    ['2.355', 2, { 'half-up': '2.36', 'half-even': '2.36', 'half-down': '2.35', up: '2.36', down: '2.35', ceil: '2.36', floor: '2.35' }],
    ['-2.345', 2, { 'half-up': '-2.35', 'half-even': '-2.34', 'half-down': '-2.34', up: '-2.35', down: '-2.34', ceil: '-2.34', floor: '-2.35' }],
    ['0.125', 2, { 'half-up': '0.13', 'half-even': '0.12', 'half-down': '0.12', up: '0.13', down: '0.12', ceil: '0.13', floor: '0.12' }],
    ['1.005', 2, { 'half-up': '1.01', 'half-even': '1', 'half-down': '1', up: '1.01', down: '1', ceil: '1.01', floor: '1' }],
    ['2.5', 0, { 'half-up': '3', 'half-even': '2', 'half-down': '2', up: '3', down: '2', ceil: '3', floor: '2' }],
    ['-2.5', 0, { 'half-up': '-3', 'half-even': '-2', 'half-down': '-2', up: '-3', down: '-2', ceil: '-2', floor: '-3' }],
    // Python gives '-0.00' here: cxkit returns plain 0 (no negative zero leaves the library).
    ['-0.001', 2, { 'half-up': '0', 'half-even': '0', 'half-down': '0', up: '-0.01', down: '0', ceil: '0', floor: '-0.01' }],
  ];
  it.each(table)('rounds %s to %i places under every rule', (value, digits, expected) => {
    for (const [rule, want] of Object.entries(expected)) {
      const got = roundMoney(value, digits, { rounding: rule as MoneyRounding });
      expect(got.toString(), rule).toBe(want);
      expect(JSON.stringify(got), rule).toBe(JSON.stringify(want));
    }
  });

  it("defaults to 2 places, half-up (1.005 → 1.01, which Number#toFixed gets wrong: '1.00')", () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(roundMoney(1.005).toString()).toBe('1.01');
    expect(roundMoney('2.345').toString()).toBe('2.35');
  });

  it('rounds to the minor unit of a currency', () => {
    expect(roundMoney('1234.5', 'JPY').toString()).toBe('1235');
    expect(roundMoney('1234.5', 'JPY', { rounding: 'half-even' }).toString()).toBe('1234');
    expect(roundMoney('1.23456', 'KWD').toString()).toBe('1.235');
    expect(roundMoney('1.23456', 'cny').toString()).toBe('1.23');
    expect(roundMoney('1.23456', 'CLF').toString()).toBe('1.2346');
    expect(roundMoney('12.5', 'USD').toFixed(2)).toBe('12.50');
  });

  it('rounds far beyond 34 significant digits without losing the integer part', () => {
    // toString() switches to exponent notation from 1e34 on; toFixed() always writes plain digits.
    expect(roundMoney('123456789012345678901234567890123456789.125', 2).toFixed()).toBe('123456789012345678901234567890123456789.13');
  });

  it('rejects bad digits, currencies and rules', () => {
    expectCxError(() => roundMoney('x'), 'INVALID_MONEY', ['x']);
    expectCxError(() => roundMoney(1, 2.5), 'OUT_OF_RANGE', ['digits']);
    expectCxError(() => roundMoney(1, -1), 'OUT_OF_RANGE', ['digits']);
    expectCxError(() => roundMoney(1, 35), 'OUT_OF_RANGE', ['digits']);
    expectCxError(() => roundMoney(1, Number.NaN), 'NON_FINITE', ['digits']);
    expectCxError(() => roundMoney(1, 'XAU'), 'INVALID_ARGUMENT', ['currency']);
    expectCxError(() => roundMoney(1, 'US'), 'INVALID_ARGUMENT', ['currency']);
    expectCxError(() => roundMoney(1, 2, { rounding: 'nearest' as never }), 'INVALID_ARGUMENT', ['options', 'rounding']);
    expectCxError(() => roundMoney(1, 2, { rounding: 'toString' as never }), 'INVALID_ARGUMENT', ['options', 'rounding']);
  });
});

describe('currencyMinorUnits', () => {
  it('follows ISO 4217 List One (2026-01-01)', () => {
    const expected: Record<string, number> = {
      CNY: 2, USD: 2, EUR: 2, GBP: 2, HKD: 2, TWD: 2, HUF: 2, IDR: 2, INR: 2, XCG: 2, ZWG: 2, SLE: 2, VED: 2,
      JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, PYG: 0, UGX: 0, XAF: 0, XOF: 0, XPF: 0, UYI: 0, VUV: 0,
      BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
      CLF: 4, UYW: 4,
    };
    for (const [code, units] of Object.entries(expected)) expect(currencyMinorUnits(code), code).toBe(units);
  });

  it('keeps ISO 4217 where CLDR display digits differ (ALL, IRR, LAK, MGA: ISO 2, CLDR 0)', () => {
    for (const code of ['ALL', 'IRR', 'LAK', 'MGA']) expect(currencyMinorUnits(code), code).toBe(2);
  });

  it('is case-insensitive and falls back to Intl for codes outside List One', () => {
    expect(currencyMinorUnits('jpy')).toBe(0);
    expect(currencyMinorUnits('Kwd')).toBe(3);
    // Withdrawn codes: CLDR (supplemental currencyData) still knows them: BGN 2 (replaced by EUR on
    // 2026-01-01), ESP and ITL 0 (the peseta and the lira had no minor unit in use).
    expect(currencyMinorUnits('BGN')).toBe(2);
    expect(currencyMinorUnits('ESP')).toBe(0);
    expect(currencyMinorUnits('itl')).toBe(0);
  });

  it('rejects malformed codes and codes without a minor unit', () => {
    for (const bad of ['', 'US', 'USDX', 'U$D', 'RMB!', ' usd']) expectCxError(() => currencyMinorUnits(bad), 'INVALID_ARGUMENT', ['currency']);
    expectCxError(() => currencyMinorUnits(840 as never), 'INVALID_ARGUMENT', ['currency']);
    for (const na of ['XAU', 'XAG', 'XDR', 'XXX', 'XTS', 'XUA', 'XSU']) expectCxError(() => currencyMinorUnits(na), 'INVALID_ARGUMENT', ['currency']);
  });
});

describe('private decimal configuration', () => {
  it('computes at 34 digits while the global decimal.js default stays at 20 digits, half-up', () => {
    expect(divideMoney(1, 3).toString()).toBe('0.3333333333333333333333333333333333');
    sumMoney([0.1, 0.2]);
    roundMoney('2.345', 2, { rounding: 'half-even' });
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Decimal.toExpNeg).toBe(-7);
    expect(Decimal.toExpPos).toBe(21);
    expect(new Decimal(1).div(3).toString()).toBe('0.33333333333333333333');
    expect(new Decimal('0.0000001').toString()).toBe('1e-7');
  });

  it('keeps its configuration for arithmetic users do on results', () => {
    expect(money(1).div(3).toString()).toBe('0.3333333333333333333333333333333333');
  });
});
