/**
 * Properties of toDate (core/time): round trips through `Date#toISOString`, agreement with the engine's own
 * `Date.parse` on strings that carry an explicit offset (where ECMA-262 fixes the meaning), and independence
 * from the process time zone. Comparisons are exact epoch ms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDate } from '../../src/core/time.js';

const MAX = 8.64e15;
const DAY = 86_400_000;
const anyInstant = fc.integer({ min: -MAX, max: MAX });
/** Instants in years 0000–9999, where ISO strings have four-digit years. */
const fourDigitYears = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });

describe('toDate properties', () => {
  it('reads back Date#toISOString exactly over the whole Date range', () => {
    fc.assert(
      fc.property(anyInstant, (t) => {
        const d = new Date(t);
        expect(toDate(d.toISOString()).getTime()).toBe(t);
        expect(toDate(t).getTime()).toBe(t);
        expect(toDate(d).getTime()).toBe(t);
      }),
    );
  });

  it('reads a date-only string (dashed or compact) as the UTC midnight of that date', () => {
    fc.assert(
      fc.property(fourDigitYears, (t) => {
        const iso = new Date(t).toISOString();
        const midnight = Math.floor(t / DAY) * DAY;
        expect(toDate(iso.slice(0, 10)).getTime()).toBe(midnight);
        expect(toDate(iso.slice(0, 10).replace(/-/g, '')).getTime()).toBe(midnight);
      }),
    );
  });

  it('agrees with Date.parse on date-times with an explicit offset, and shifts by the offset', () => {
    fc.assert(
      fc.property(
        fourDigitYears,
        fc.integer({ min: -23, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (t, oh, om) => {
          const local = new Date(t).toISOString().slice(0, 23); // YYYY-MM-DDTHH:mm:ss.sss
          const sign = oh < 0 ? '-' : '+';
          const offset = `${sign}${String(Math.abs(oh)).padStart(2, '0')}:${String(om).padStart(2, '0')}`;
          const expected = t - (oh < 0 ? -1 : 1) * (Math.abs(oh) * 60 + om) * 60_000;
          if (Math.abs(expected) > MAX) return;
          expect(toDate(`${local}${offset}`).getTime()).toBe(expected);
          expect(toDate(`${local}${offset}`).getTime()).toBe(Date.parse(`${local}${offset}`));
          expect(toDate(`${local}${offset.replace(':', '')}`).getTime()).toBe(expected);
        },
      ),
    );
  });

  it('reads a date-time without offset as UTC, never in the process time zone', () => {
    fc.assert(
      fc.property(fourDigitYears, (t) => {
        const iso = new Date(t).toISOString();
        expect(toDate(iso.slice(0, 19)).getTime()).toBe(Math.floor(t / 1000) * 1000);
        expect(toDate(iso.slice(0, 19).replace('T', ' ')).getTime()).toBe(Math.floor(t / 1000) * 1000);
      }),
    );
  });

  it('never mutates or shares an input Date', () => {
    fc.assert(
      fc.property(anyInstant, (t) => {
        const d = new Date(t);
        const out = toDate(d);
        out.setTime(0);
        expect(d.getTime()).toBe(t);
      }),
    );
  });
});

describe('toDate: the character-level reader of the common shapes', () => {
  // `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ssZ` and `…ss.fffZ` are read character by character; the same text with a
  // leading space goes through the general (trim + regular expression) reader, the oracle here.
  const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
  const two = fc.tuple(digit, digit).map(([a, b]) => a + b);
  const shape = fc
    .tuple(
      fc.tuple(digit, digit, digit, digit).map((d) => d.join('')),
      two,
      two,
      fc.constantFrom('', 'T', 't', ' ', 'x'),
      two,
      two,
      two,
      fc.constantFrom('', '.123', ',999', '.1'),
      fc.constantFrom('Z', 'z', '+08:00', ''),
      fc.constantFrom('-', '/'),
    )
    .map(([y, m, d, t, h, mi, s, f, z, sep]) => `${y}${sep}${m}${sep}${d}${t === '' ? '' : `${t}${h}:${mi}:${s}${f}${z}`}`);

  it('agrees with the general reader on every string of those shapes, valid or not', () => {
    fc.assert(
      fc.property(shape, (s) => {
        let fast: number | string;
        let slow: number | string;
        try {
          fast = toDate(s).getTime();
        } catch (e) {
          fast = (e as { code: string }).code;
        }
        try {
          slow = toDate(` ${s}`).getTime();
        } catch (e) {
          slow = (e as { code: string }).code;
        }
        expect(fast).toBe(slow);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads valid dates of those shapes as Date.parse does (explicit UTC)', () => {
    fc.assert(
      fc.property(fourDigitYears, (t) => {
        const iso = new Date(t).toISOString();
        expect(toDate(iso).getTime()).toBe(t);
        expect(toDate(iso.slice(0, 10)).getTime()).toBe(Date.parse(iso.slice(0, 10)));
        expect(toDate(`${iso.slice(0, 19)}Z`).getTime()).toBe(Date.parse(`${iso.slice(0, 19)}Z`));
      }),
    );
  });
});
