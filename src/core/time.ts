/**
 * Date inputs: one reading of `Date | string | number` for the whole library, independent of the process time
 * zone. Calendar periods (day, week, ISO week, month, quarter, year) are in `core/period`.
 *
 * @module
 */
import type { CxPath } from './errors.js';
import { epochMs } from './calendar.js';

/**
 * A point in time as cxkit accepts it: a valid `Date`, an ISO 8601 string (or compact `YYYYMMDD`), or epoch
 * milliseconds. See {@link toDate} for the exact rules.
 */
export type DateInput = Date | string | number;

/**
 * Reads a {@link DateInput} as a `Date`, the same way in every process time zone.
 *
 * - `Date`: must be valid; a copy is returned (the input is never shared or mutated).
 * - `number`: epoch milliseconds, finite and within ±8.64e15 (the range of a `Date`); a fraction is truncated
 *   toward zero, as `new Date(ms)` does.
 * - `string` (leading and trailing whitespace ignored), ISO 8601 / RFC 3339:
 *   - `YYYY-MM-DD` — a calendar date: **UTC midnight** of that date (as `Date.parse` does);
 *   - `YYYYMMDD` — the compact (ISO 8601 basic) calendar date, as in the CDNOW data: UTC midnight;
 *   - `YYYY-MM-DDTHH:mm[:ss[.fff…]][Z|±HH:mm|±HHmm|±HH]` — a date-time; `T` may be `t` or a space, the
 *     fraction may use `.` or `,` and is truncated to milliseconds. **Without an offset it is read as UTC**
 *     (unlike `Date.parse`, which reads it in the process's local zone: that made results depend on the
 *     machine);
 *   - years outside 0000–9999 use the expanded form `±YYYYYY` (as `Date#toISOString` writes them).
 *
 * Every field is range-checked: `2026-02-30`, `24:00`, leap second `:60` and offsets past `±23:59` are
 * rejected rather than rolled over. Runs in O(length of the string); reads no clock.
 *
 * @param x - the value to read.
 * @param path - path reported in errors (default `[]`).
 * @throws CxError `INVALID_DATE` (with `path`) for an invalid `Date`, a non-finite or out-of-range number, a
 *   string in another format or with a field out of range, and any other type (`null`, `undefined`, …).
 * @example
 * toDate('2026-11-24').toISOString(); //=> '2026-11-24T00:00:00.000Z'
 * toDate('20261124').getTime() === toDate('2026-11-24').getTime(); //=> true
 * toDate('2026-11-24T08:30:00+08:00').toISOString(); //=> '2026-11-24T00:30:00.000Z'
 * toDate('2026-02-30'); //=> throws INVALID_DATE
 */
export function toDate(x: DateInput, path: CxPath = []): Date {
  return new Date(epochMs(x, path));
}
