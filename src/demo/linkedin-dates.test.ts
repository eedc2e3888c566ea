import { describe, expect, it } from 'vitest';
import {
  formatDayMonthYear,
  formatEventRange,
  formatJavaDate,
  formatMessageDate,
  formatMonthDay,
  formatMonthYear,
  formatPaddedUsDate,
  formatShareDate,
  formatShortUsDate,
  formatSlashedUtcDate,
  parseIsoDay,
} from './linkedin-dates.js';

// The examples of docs/formats.md section 1, rebuilt from their UTC fields.
describe('LinkedIn date formats', () => {
  it("writes each file's example exactly", () => {
    expect(formatDayMonthYear(Date.UTC(2024, 7, 1))).toBe('01 Aug 2024');
    expect(formatMonthYear(Date.UTC(2018, 5, 1))).toBe('Jun 2018');
    expect(formatMonthDay(Date.UTC(2000, 2, 31))).toBe('Mar 31');
    expect(formatMessageDate(Date.UTC(2024, 11, 16, 18, 24, 37))).toBe('2024-12-16 18:24:37 UTC');
    expect(formatShortUsDate(Date.UTC(2024, 11, 15, 7, 47))).toBe('12/15/24, 7:47 AM');
    expect(formatShortUsDate(Date.UTC(2021, 5, 11, 3, 58))).toBe('6/11/21, 3:58 AM');
    expect(formatShortUsDate(Date.UTC(2020, 10, 18, 12, 32))).toBe('11/18/20, 12:32 PM');
    expect(formatPaddedUsDate(Date.UTC(2024, 3, 15, 21, 25))).toBe('04/15/24, 09:25 PM');
    expect(formatSlashedUtcDate(Date.UTC(2024, 11, 7, 14, 51, 7))).toBe('2024/12/07 14:51:07 UTC');
    // 14 December 2024 was a Saturday.
    expect(formatJavaDate(Date.UTC(2024, 11, 14, 8, 57, 55))).toBe('Sat Dec 14 08:57:55 UTC 2024');
    expect(formatEventRange(Date.UTC(2022, 8, 23, 12, 0), Date.UTC(2022, 8, 23, 12, 20))).toBe(
      'Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 PM',
    );
    expect(formatShareDate(Date.UTC(2025, 10, 19, 9, 59, 30))).toBe('2025-11-19 09:59:30');
  });

  it('writes midnight as 12 AM on the 12-hour clocks', () => {
    expect(formatShortUsDate(Date.UTC(2024, 0, 2, 0, 5))).toBe('1/2/24, 12:05 AM');
    expect(formatPaddedUsDate(Date.UTC(2024, 0, 2, 0, 5))).toBe('01/02/24, 12:05 AM');
  });

  it('reads only real calendar days', () => {
    expect(parseIsoDay('2026-11-01')).toBe(Date.UTC(2026, 10, 1));
    expect(parseIsoDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoDay('2026-02-29')).toBeUndefined();
    expect(parseIsoDay('2026-13-01')).toBeUndefined();
    expect(parseIsoDay('1 Nov 2026')).toBeUndefined();
  });
});
