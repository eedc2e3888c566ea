/**
 * Which RRULEs are expanded (docs/formats.md section 7: "Expand RRULE to count meetings").
 *
 * ical.js 2.2.1's RecurIterator loops forever on some rules an untrusted file can hold: a
 * "contracting" BY-part that no candidate ever meets, e.g. `FREQ=DAILY;BYMONTHDAY=-1`
 * (negative values are compared as written), `FREQ=DAILY;INTERVAL=7;BYDAY=MO` from a Friday, or
 * `FREQ=WEEKLY;BYWEEKNO=-1` (checked against ical.js 2.2.1 by hand, each one never returned).
 * Its own guards cover only MONTHLY and YEARLY. So a rule is expanded only when:
 * - FREQ is DAILY, WEEKLY, MONTHLY or YEARLY (meetings do not repeat by the hour);
 * - every BY-part value is in its RFC 5545 range (section 3.3.10), ordinals only where allowed;
 * - no BYWEEKNO or BYYEARDAY (no calendar app offers them for meetings);
 * - no BY-part contracts a frequency that could skip every candidate: DAILY with BYDAY only
 *   when INTERVAL is 1 (then it is rewritten to the equivalent WEEKLY rule), and no other
 *   DAILY limits; WEEKLY without BYMONTH; MONTHLY with BYMONTH only every month.
 * Anything else counts once, at DTSTART, with a warning.
 */
import type ICAL from 'ical.js';

export type RuleCheck = { ok: true; rule: ICAL.Recur } | { ok: false; reason: string };

type Part = keyof ICAL.Recur['parts'];

const RANGES: readonly { part: Part; min: number; max: number; isSigned: boolean }[] = [
  { part: 'BYSECOND', min: 0, max: 60, isSigned: false },
  { part: 'BYMINUTE', min: 0, max: 59, isSigned: false },
  { part: 'BYHOUR', min: 0, max: 23, isSigned: false },
  { part: 'BYMONTHDAY', min: 1, max: 31, isSigned: true },
  { part: 'BYYEARDAY', min: 1, max: 366, isSigned: true },
  { part: 'BYWEEKNO', min: 1, max: 53, isSigned: true },
  { part: 'BYMONTH', min: 1, max: 12, isSigned: false },
  { part: 'BYSETPOS', min: 1, max: 366, isSigned: true },
];

const BYDAY_VALUE = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function isInRange(value: unknown, min: number, max: number, isSigned: boolean): boolean {
  if (typeof value !== 'number' || !Number.isInteger(value)) return false;
  const size = isSigned ? Math.abs(value) : value;
  return size >= min && size <= max && (isSigned || value >= 0);
}

function has(rule: ICAL.Recur, part: Part): boolean {
  const values = rule.parts[part];
  return values !== undefined && values.length > 0;
}

/** The rule parts RFC 5545 section 3.3.10 defines. */
const RULE_PARTS = new Set([
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
]);

/**
 * What is wrong with a rule as written, before ical.js reads it: ical.js quietly drops parts it
 * does not know, reads `RRULE:RRULE:FREQ=…` as a rule without FREQ and `INTERVAL=0` as 1, so a
 * broken rule would otherwise be expanded as if it were another one.
 */
export function ruleSyntaxProblem(text: string): string | undefined {
  const rule = text.trim();
  if (/^RRULE:/i.test(rule)) return 'the value repeats the property name "RRULE:"';
  const seen = new Set<string>();
  for (const part of rule.split(';')) {
    const match = /^([A-Za-z-]+)=(.+)$/.exec(part.trim());
    if (!match)
      return part.trim() === ''
        ? 'it has an empty part'
        : `"${part.slice(0, 30)}" is not NAME=VALUE`;
    const name = (match[1] ?? '').toUpperCase();
    if (name.startsWith('X-')) continue;
    if (!RULE_PARTS.has(name)) return `${name} is not a part of a repeat rule`;
    if (seen.has(name)) return `${name} is given twice`;
    seen.add(name);
    if ((name === 'INTERVAL' || name === 'COUNT') && !/^[1-9]\d*$/.test((match[2] ?? '').trim()))
      return `${name} is not a positive whole number`;
  }
  if (!seen.has('FREQ')) return 'it has no FREQ';
  if (seen.has('COUNT') && seen.has('UNTIL')) return 'it has both COUNT and UNTIL';
  return undefined;
}

export function isExpandableRule(rule: ICAL.Recur): RuleCheck {
  const { freq } = rule;
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    return { ok: false, reason: `FREQ=${freq} is not expanded (meetings repeat daily at most)` };
  }
  if (!Number.isInteger(rule.interval) || rule.interval < 1) {
    return { ok: false, reason: 'INTERVAL is not a positive whole number' };
  }
  for (const { part, min, max, isSigned } of RANGES) {
    const values: readonly unknown[] = rule.parts[part] ?? [];
    if (!values.every((value) => isInRange(value, min, max, isSigned))) {
      return { ok: false, reason: `${part} has a value outside RFC 5545's range` };
    }
  }
  const maxOrdinal = freq === 'MONTHLY' ? 5 : freq === 'YEARLY' ? 53 : 0;
  for (const value of rule.parts.BYDAY ?? []) {
    const match = BYDAY_VALUE.exec(String(value));
    const ordinal = match?.[1] === undefined ? undefined : Math.abs(Number(match[1]));
    if (!match || (ordinal !== undefined && (ordinal < 1 || ordinal > maxOrdinal))) {
      return { ok: false, reason: `BYDAY=${String(value)} is not valid with FREQ=${freq}` };
    }
  }
  if (has(rule, 'BYWEEKNO') || has(rule, 'BYYEARDAY')) {
    // No calendar app offers these for meetings, and ical.js 2.2.1 yields wrong days for them.
    return { ok: false, reason: 'BYWEEKNO and BYYEARDAY are not expanded' };
  }
  if (freq === 'DAILY') {
    const limits: Part[] = ['BYMONTHDAY', 'BYMONTH'];
    if (limits.some((part) => has(rule, part)) || (has(rule, 'BYDAY') && rule.interval !== 1)) {
      return { ok: false, reason: 'a DAILY rule limited by day, week or month is not expanded' };
    }
    if (has(rule, 'BYDAY')) {
      // Every day, kept only on some weekdays, is every week on those weekdays (RFC 5545).
      const weekly = rule.clone();
      weekly.freq = 'WEEKLY';
      return { ok: true, rule: weekly };
    }
  }
  if (freq === 'WEEKLY' && has(rule, 'BYMONTH')) {
    return { ok: false, reason: 'a WEEKLY rule limited by month is not expanded' };
  }
  if (freq === 'MONTHLY' && has(rule, 'BYMONTH') && rule.interval !== 1) {
    return { ok: false, reason: 'a MONTHLY rule with INTERVAL and BYMONTH is not expanded' };
  }
  return { ok: true, rule };
}

/**
 * What one iterator step of a rule costs, in units of a plain weekly step (about 10 µs),
 * measured against ical.js 2.2.1: long intervals are walked a day at a time (DAILY, WEEKLY),
 * and BYSETPOS (Outlook's "last weekday of the month") builds the whole set every step, about
 * 100 times a plain step. The budgets of ics-occurrences.ts count these units, so a hostile
 * file cannot make expansion slow.
 */
export function stepCost(rule: ICAL.Recur): number {
  let cost = 1;
  if (rule.freq === 'DAILY') cost += rule.interval / 50;
  if (rule.freq === 'WEEKLY') cost += (rule.interval * 7) / 50;
  if (rule.freq === 'MONTHLY' && has(rule, 'BYDAY')) cost += 10 + rule.interval / 10;
  if (has(rule, 'BYSETPOS')) cost += 150;
  return Math.ceil(cost);
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A sanity check on what ical.js yields: a day outside the rule's BYMONTH, BYMONTHDAY or BYDAY
 * weekdays is not an occurrence (ical.js 2.2.1 turns `FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30` into
 * 2 March every year, where RFC 5545 has no such day).
 */
export function isOnRule(rule: ICAL.Recur, year: number, month: number, day: number): boolean {
  const months = rule.parts.BYMONTH;
  if (months?.length && !months.includes(month)) return false;
  const monthDays = rule.parts.BYMONTHDAY;
  if (monthDays?.length) {
    const fromEnd = day - daysInMonth(year, month) - 1;
    if (!monthDays.includes(day) && !monthDays.includes(fromEnd)) return false;
  }
  const byDay = rule.parts.BYDAY;
  if (byDay?.length) {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    const weekday = WEEKDAYS[date.getUTCDay()] ?? '';
    if (!byDay.some((value) => String(value).endsWith(weekday))) return false;
  }
  return true;
}
