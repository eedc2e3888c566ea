import { describe, expect, it } from 'vitest';
import { parseLinkedInDate, parseLinkedInDateRange } from './linkedin-date.js';

describe('parseLinkedInDate', () => {
  it.each([
    ['01 Aug 2024', '2024-08-01'],
    ['1/8/18, 6:14 PM', '2018-01-08T18:14:00'],
    ['12/15/24, 7:47 AM', '2024-12-15T07:47:00'],
    ['04/15/24, 09:25 PM', '2024-04-15T21:25:00'],
    ['6/20/15, 12:02 AM', '2015-06-20T00:02:00'],
    ['11/18/20, 12:32 PM', '2020-11-18T12:32:00'],
    ['04/15/24', '2024-04-15'],
    ['2024-12-16 18:24:37 UTC', '2024-12-16T18:24:37Z'],
    ['2024/12/07 14:51:07 UTC', '2024-12-07T14:51:07Z'],
    ['2017/06/08 08:15:44 UTC', '2017-06-08T08:15:44Z'],
    ['2026-07-20 10:25:25', '2026-07-20T10:25:25'],
    ['Sat Dec 14 08:57:55 UTC 2024', '2024-12-14T08:57:55Z'],
    ['Sep 23, 2022 12:00 PM', '2022-09-23T12:00:00'],
    ['Feb 17, 1998', '1998-02-17'],
    ['Mar 31', '--03-31'],
    ['Jun 2018', '2018-06'],
    ['2004', '2004'],
    ['4/3/24, 1:41\u202fPM', '2024-04-03T13:41:00'],
  ])('reads %j as %j', (raw, iso) => {
    expect(parseLinkedInDate(raw)).toBe(iso);
  });

  it.each([
    '31 Feb 2024',
    '29 Feb 2023',
    '13/1/24, 1:00 PM',
    '1/8/18, 13:14 PM',
    'yesterday',
    '2024-12-16 25:00:00 UTC',
    'Jux 2018',
    '',
  ])('refuses %j', (raw) => {
    expect(parseLinkedInDate(raw)).toBeUndefined();
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseLinkedInDate('29 Feb 2020')).toBe('2020-02-29');
    expect(parseLinkedInDate('Feb 29')).toBe('--02-29');
  });
});

describe('parseLinkedInDateRange', () => {
  it('splits an Events.csv span into start and end', () => {
    expect(parseLinkedInDateRange('Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 PM')).toEqual({
      start: '2022-09-23T12:00:00',
      end: '2022-09-23T12:20:00',
    });
    expect(parseLinkedInDateRange('Sep 23, 2022 12:00 PM')).toEqual({
      start: '2022-09-23T12:00:00',
    });
    expect(parseLinkedInDateRange('soon - later')).toBeUndefined();
  });
});
