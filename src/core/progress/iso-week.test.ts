import { describe, expect, it } from 'vitest';
import { isoWeekAt, lastWeeks, parseInstant, weekIndexOf } from './iso-week.js';

describe('isoWeekAt', () => {
  // Expected labels from Python's date.isocalendar(), an independent ISO 8601 implementation.
  it.each([
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2020-12-31', '2020-W53'],
    ['2026-11-23', '2026-W48'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2026-01-01', '2026-W01'],
    ['2024-12-30', '2025-W01'],
    ['2016-01-03', '2015-W53'],
  ])('puts %s in %s', (day, label) => {
    expect(isoWeekAt(Date.parse(`${day}T12:00:00Z`)).label).toBe(label);
  });

  it('runs from Monday 00:00 to the next Monday, UTC', () => {
    const week = isoWeekAt(Date.parse('2026-11-26T23:59:59Z'));
    expect(week.firstDay).toBe('2026-11-23');
    expect(week.lastDay).toBe('2026-11-29');
    expect(new Date(week.startMs).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(week.endMs).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});

describe('lastWeeks', () => {
  it('lists the weeks up to the current one, oldest first, across a year end', () => {
    const weeks = lastWeeks(new Date('2027-01-05T08:00:00Z'), 3);
    expect(weeks.map((w) => w.label)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
  });
});

describe('weekIndexOf', () => {
  const weeks = lastWeeks(new Date('2026-11-25T12:00:00Z'), 2); // W47, W48

  it('finds the week of a date, a date-time with a zone, and one without', () => {
    expect(weekIndexOf(weeks, '2026-11-16')).toBe(0);
    expect(weekIndexOf(weeks, '2026-11-22T23:59:59Z')).toBe(0);
    // 00:30 on Monday in Paris is still Sunday in UTC.
    expect(weekIndexOf(weeks, '2026-11-23T00:30:00+01:00')).toBe(0);
    // LinkedIn's invitation times carry no zone: read as UTC whatever the machine's zone.
    expect(weekIndexOf(weeks, '2026-11-23T00:30:00')).toBe(1);
  });

  it('says -1 outside the weeks and for text that is not a date', () => {
    expect(weekIndexOf(weeks, '2026-11-15T23:59:59Z')).toBe(-1);
    expect(weekIndexOf(weeks, '2026-11-30T00:00:00Z')).toBe(-1);
    expect(weekIndexOf(weeks, '')).toBe(-1);
    expect(weekIndexOf(weeks, 'next Tuesday')).toBe(-1);
    expect(parseInstant('not a date')).toBeUndefined();
  });
});
