/**
 * Civil-calendar arithmetic, ISO 8601 date parsing and IANA time-zone offsets shared by `core/time` and
 * `core/period`. Internal: not exported from the package entry.
 *
 * Dates are reckoned as day numbers (days since 1970-01-01) in the proleptic Gregorian calendar, with Howard
 * Hinnant's `days_from_civil` / `civil_from_days` algorithms ("chrono-Compatible Low-Level Date Algorithms",
 * 2013), which are exact for every year. Zone offsets are read from the runtime's `Intl` time-zone data (the local
 * wall-clock time of an instant, to the second), so nothing here depends on the process time zone.
 *
 * @module
 * @internal
 */
import { CxError, type CxPath } from './errors.js';
import { describe } from './assert.js';

/** Milliseconds in a civil day. @internal */
export const DAY_MS = 86_400_000;
/** Largest |epoch ms| a JS `Date` can hold (ECMA-262 §21.4.1.1: ±10^8 days). @internal */
export const MAX_MS = 8.64e15;

/** `a mod n` in [0, n). @internal */
export function mod(a: number, n: number): number {
  const r = a % n;
  return r < 0 ? r + n : r + 0;
}

/** Day number (days since 1970-01-01) of the proleptic Gregorian date y-m-d, m in 1–12 (Hinnant). @internal */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A proleptic Gregorian calendar date; `m` is 1–12. @internal */
export interface Civil {
  /** Year (astronomical: year 0 is 1 BCE). */
  y: number;
  /** Month 1–12. */
  m: number;
  /** Day of the month 1–31. */
  d: number;
}

/** The calendar date of a day number (Hinnant's `civil_from_days`). @internal */
export function civilFromDays(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Days in month `m` (1–12) of year `y`. @internal */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO 8601 year: four digits for 0000–9999, else the expanded form `±YYYYYY` (as `Date#toISOString`). @internal */
export function formatYear(y: number): string {
  if (y >= 0 && y <= 9999) return pad(y, 4);
  return (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
}

/** `YYYY-MM-DD` of a day number. @internal */
export function formatDay(days: number): string {
  const c = civilFromDays(days);
  return `${formatYear(c.y)}-${pad(c.m, 2)}-${pad(c.d, 2)}`;
}

/** `YYYY-MM` of a month index `12·y + (m − 1)`. @internal */
export function formatMonth(index: number): string {
  return `${formatYear(Math.floor(index / 12))}-${pad(mod(index, 12) + 1, 2)}`;
}

/** Reads a year written by {@link formatYear} (`YYYY` or `±YYYYYY`); NaN for `-000000`, which ECMA-262 forbids. @internal */
export function parseYear(s: string): number {
  const y = Number(s);
  return s === '-000000' ? NaN : y + 0;
}

const DATE_RE = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME_RE = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

function invalidDate(x: unknown, path: CxPath, why: string): CxError {
  return new CxError('INVALID_DATE', `${why}, got ${describe(x)}`, { path });
}

/** Epoch ms of y-m-d h:mi:s.ms (UTC wall time), or NaN when a field is out of range. */
function fieldsToMs(y: number, m: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) && h <= 23 && mi <= 59 && s <= 59)) return NaN;
  return daysFromCivil(y, m, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

/** The number written by the `count` ASCII digits of `s` at `at`, or −1 when one of them is not a digit. */
function digitsAt(s: string, at: number, count: number): number {
  let v = 0;
  for (let k = at; k < at + count; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Epoch ms of the most common shapes, read character by character: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ssZ` and
 * `YYYY-MM-DDTHH:mm:ss.fffZ` (`T`/`t`/space, `Z`/`z`), exactly, with no surrounding spaces. NaN for anything else
 * (out-of-range fields included), which the general reader then handles, errors and all.
 */
function quickIso(s: string): number {
  const n = s.length;
  if ((n !== 10 && n !== 20 && n !== 24) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  // The eight date digits, read in line (this runs once per row of a big file).
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  // A character below '0' makes its difference negative, so the unsigned view of the OR exceeds 9.
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >>> 0 > 15 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return NaN;
  const y = ((y0 * 10 + y1) * 10 + y2) * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (n === 10) return fieldsToMs(y, m, d, 0, 0, 0, 0);
  const t = s.charCodeAt(10);
  const z = s.charCodeAt(n - 1);
  if ((t !== 84 && t !== 116 && t !== 32) || (z !== 90 && z !== 122) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  if (n === 24 && s.charCodeAt(19) !== 46 && s.charCodeAt(19) !== 44) return NaN;
  const h = digitsAt(s, 11, 2);
  const mi = digitsAt(s, 14, 2);
  const sec = digitsAt(s, 17, 2);
  const ms = n === 24 ? digitsAt(s, 20, 3) : 0;
  if (h < 0 || mi < 0 || sec < 0 || ms < 0) return NaN;
  return fieldsToMs(y, m, d, h, mi, sec, ms);
}

function parseDateString(x: string, path: CxPath): number {
  const quick = quickIso(x);
  if (quick === quick) return quick;
  const s = x.trim();
  let t: number;
  let match = DATE_RE.exec(s) ?? COMPACT_RE.exec(s);
  if (match) {
    t = fieldsToMs(parseYear(match[1]!), Number(match[2]), Number(match[3]), 0, 0, 0, 0);
  } else if ((match = DATE_TIME_RE.exec(s))) {
    const frac = match[7] ?? '';
    t = fieldsToMs(
      parseYear(match[1]!),
      Number(match[2]),
      Number(match[3]),
      Number(match[4]),
      Number(match[5]),
      Number(match[6] ?? 0),
      frac === '' ? 0 : Number(frac.slice(0, 3).padEnd(3, '0')),
    );
    const zone = match[8];
    if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
      const oh = Number(zone.slice(1, 3));
      const om = Number(zone.slice(zone.length - 2));
      const minutes = zone.length === 3 ? oh * 60 : oh * 60 + om;
      if (oh > 23 || (zone.length > 3 && om > 59)) t = NaN;
      else t -= (zone.startsWith('-') ? -minutes : minutes) * 60_000;
    }
  } else {
    throw invalidDate(x, path, "a date string must be ISO 8601 ('2026-11-24', '2026-11-24T08:30:00Z', '…+08:00') or 'YYYYMMDD'");
  }
  if (Number.isNaN(t)) throw invalidDate(x, path, 'the date has a field out of range (month 1–12, day within the month, hour 0–23, minute and second 0–59, offset ≤ 23:59)');
  if (!(Math.abs(t) <= MAX_MS)) throw invalidDate(x, path, 'the date is outside the range of a JS Date (±8.64e15 ms from 1970)');
  return t + 0;
}

/**
 * Epoch milliseconds of a `Date | string | number` input (rules documented on `toDate`).
 *
 * @throws CxError `INVALID_DATE` with `path`.
 * @internal
 */
export function epochMs(x: unknown, path: CxPath): number {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw invalidDate(x, path, 'a date number must be finite epoch milliseconds');
    if (!(Math.abs(x) <= MAX_MS)) throw invalidDate(x, path, 'epoch milliseconds must be within ±8.64e15 (the range of a JS Date)');
    return Math.trunc(x) + 0;
  }
  if (typeof x === 'string') return parseDateString(x, path);
  if (x instanceof Date) {
    const t = x.getTime();
    if (Number.isNaN(t)) throw invalidDate(x, path, 'the Date is invalid');
    return t;
  }
  throw invalidDate(x, path, 'a date must be a Date, an ISO 8601 string or epoch milliseconds');
}

/** Input → canonical zone name (`null` for UTC). A memo of `Intl` validation (≈50 µs per lookup otherwise). */
const zoneMemo = /* @__PURE__ */ new Map<string, string | null>();

/**
 * Validates an IANA time-zone name with `Intl.DateTimeFormat` and returns its canonical name, or `null` for UTC
 * (the fast path: plain UTC arithmetic). `undefined` means UTC.
 *
 * @throws CxError `INVALID_TIME_ZONE` with `path`.
 * @internal
 */
export function resolveTimeZone(timeZone: unknown, path: CxPath): string | null {
  if (timeZone === undefined || timeZone === 'UTC') return null;
  if (typeof timeZone !== 'string') {
    throw new CxError('INVALID_TIME_ZONE', `timeZone must be an IANA time-zone name such as 'Asia/Shanghai', got ${describe(timeZone)}`, { path });
  }
  const known = zoneMemo.get(timeZone);
  if (known !== undefined) return known;
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch (cause) {
    throw new CxError('INVALID_TIME_ZONE', `unknown time zone ${describe(timeZone)}: use an IANA name such as 'Asia/Shanghai' or 'UTC'`, {
      path,
      cause,
    });
  }
  const resolved = canonical === 'UTC' || canonical === 'Etc/UTC' ? null : canonical;
  if (zoneMemo.size >= 512) zoneMemo.clear();
  zoneMemo.set(timeZone, resolved);
  return resolved;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(zone: string): Intl.DateTimeFormat {
  let f = wallFormats.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (wallFormats.size >= 512) wallFormats.clear();
    wallFormats.set(zone, f);
  }
  return f;
}

/**
 * UTC offset in ms of `zone` at instant `t` (clamped into the Date range): the zone's wall-clock time at `t`, read
 * to the second from `Intl`, minus `t`. Exact for historical offsets with seconds (local mean time) and for
 * negative offsets under an hour. @internal
 */
export function offsetMs(zone: string, t: number): number {
  const clamped = t < -MAX_MS ? -MAX_MS : t > MAX_MS ? MAX_MS : t;
  const secs = Math.floor(clamped / 1000) * 1000;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of wallFormat(zone).formatToParts(secs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  // Proleptic-Gregorian arithmetic, not Date: the wall time may lie just outside the Date range at its ends.
  const wall = daysFromCivil(bc ? 1 - year : year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000;
  return wall - secs + 0;
}

/** Local day number of instant `t` in `zone` (`null` = UTC). @internal */
export function localDay(zone: string | null, t: number): number {
  return Math.floor((zone === null ? t : t + offsetMs(zone, t)) / DAY_MS);
}

/**
 * The instant at which the local wall-clock time `wall` (ms of the local date-time read as if UTC) occurs in
 * `zone`. Candidates are the wall time read with the offsets one day before and after (as the Temporal polyfill
 * does). When the wall time occurs twice (a fall-back fold) the earlier instant is taken. When it does not occur
 * (a spring-forward gap) the result is, with `startOfDay`, the transition instant itself (the first instant of
 * the local day), found by bisection; otherwise the wall time read with the offset before the gap, which moves
 * it forward by the gap's length (Temporal's `disambiguation: 'compatible'`).
 *
 * @internal
 */
export function wallToInstant(zone: string | null, wall: number, startOfDay: boolean): number {
  if (zone === null) return wall;
  const before = offsetMs(zone, wall - DAY_MS);
  const after = offsetMs(zone, wall + DAY_MS);
  const c1 = wall - before;
  const c2 = wall - after;
  const ok1 = offsetMs(zone, c1) === before;
  const ok2 = offsetMs(zone, c2) === after;
  if (ok1 && ok2) return Math.min(c1, c2);
  if (ok1) return c1;
  if (ok2) return c2;
  if (!startOfDay) return c1;
  // Gap: the transition lies in (c2, c1]; find the first instant whose offset is no longer `before`.
  let lo = Math.min(c1, c2);
  let hi = Math.max(c1, c2);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMs(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}
