import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isExpandableRule, isOnRule } from './ics-recurrence-rule.js';

const check = (rule: string) => isExpandableRule(ICAL.Recur.fromString(rule));

describe('isExpandableRule', () => {
  it('expands the rules calendar apps write', () => {
    for (const rule of [
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20241231T000000Z',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15',
      'FREQ=DAILY;COUNT=10',
    ]) {
      expect(check(rule).ok, rule).toBe(true);
    }
  });

  it('rewrites DAILY on some weekdays as the same WEEKLY rule', () => {
    const result = check('FREQ=DAILY;BYDAY=MO,WE');
    expect(result.ok && result.rule.freq).toBe('WEEKLY');
  });

  it('refuses rules ical.js 2.2.1 could loop on, and sub-daily ones', () => {
    for (const rule of [
      'FREQ=DAILY;BYMONTHDAY=-1',
      'FREQ=DAILY;INTERVAL=7;BYDAY=MO',
      'FREQ=WEEKLY;BYWEEKNO=-1',
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      'FREQ=HOURLY',
      'FREQ=MONTHLY;BYMONTHDAY=0',
      'FREQ=WEEKLY;BYDAY=2MO',
    ]) {
      expect(check(rule).ok, rule).toBe(false);
    }
  });
});

describe('isOnRule', () => {
  it('rejects days outside BYMONTH, BYMONTHDAY (also from the end) and BYDAY', () => {
    const lastFriday = ICAL.Recur.fromString('FREQ=MONTHLY;BYDAY=-1FR');
    expect(isOnRule(lastFriday, 2024, 3, 29)).toBe(true);
    expect(isOnRule(lastFriday, 2024, 3, 28)).toBe(false);
    const monthEnd = ICAL.Recur.fromString('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(isOnRule(monthEnd, 2024, 2, 29)).toBe(true);
    expect(isOnRule(monthEnd, 2023, 2, 28)).toBe(true);
    expect(isOnRule(monthEnd, 2024, 2, 28)).toBe(false);
    const feb30 = ICAL.Recur.fromString('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30');
    expect(isOnRule(feb30, 2024, 3, 2)).toBe(false);
  });
});
