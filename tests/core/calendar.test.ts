import { describe, expect, it } from 'vitest';
import { offsetMs } from '../../src/core/calendar.js';
import { periodStart } from '../../src/core/period.js';

// Offsets from the IANA tz database (as Python's zoneinfo reports them), including offsets with seconds and
// negative offsets under one hour, which @date-fns/tz's tzOffset got wrong (it dropped the minus sign).
describe('zone offsets from Intl', () => {
  it('negative offsets under an hour keep their sign (Africa/Monrovia 1960: −00:44:30)', () => {
    expect(offsetMs('Africa/Monrovia', Date.UTC(1960, 0, 1))).toBe(-(44 * 60 + 30) * 1000);
    // Local midnight of 1960-01-01 in Monrovia is 00:44:30 UTC.
    expect(periodStart(Date.UTC(1960, 0, 1, 12), 'day', { timeZone: 'Africa/Monrovia' }).toISOString()).toBe('1960-01-01T00:44:30.000Z');
  });
  it('local mean time with seconds (Europe/London before 1847: −00:01:15; Asia/Kolkata 1900: +05:21:10)', () => {
    expect(offsetMs('Europe/London', Date.UTC(1800, 0, 1))).toBe(-75_000);
    expect(offsetMs('Asia/Kolkata', Date.UTC(1900, 0, 1))).toBe((5 * 3600 + 21 * 60 + 10) * 1000);
  });
  it('modern offsets and the ends of the Date range', () => {
    expect(offsetMs('Asia/Shanghai', Date.UTC(2026, 0, 1))).toBe(8 * 3_600_000);
    expect(offsetMs('America/New_York', Date.UTC(2026, 6, 1))).toBe(-4 * 3_600_000);
    expect(offsetMs('America/New_York', Date.UTC(2026, 0, 1))).toBe(-5 * 3_600_000);
    expect(Number.isFinite(offsetMs('Asia/Tokyo', 8.64e15))).toBe(true);
    expect(Number.isFinite(offsetMs('Europe/London', -8.64e15))).toBe(true);
  });
});
