/**
 * Birthdays as address books write them, to `YYYY-MM-DD`, or `--MM-DD` (the vCard 4 notation)
 * when the year is unknown. Shared by the vCard, Google CSV and Outlook CSV importers.
 * - vCard 3/4: `1985-03-15`, `19850315`, `1985-03-15T00:00:00Z` (Android), `--0315`, `--03-15`;
 *   iOS writes a year-less one as `BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15` (docs/formats.md section 3).
 * - Google CSV: `1985-03-15`, and `--03-15` without a year (docs/formats.md section 2).
 * - Outlook CSV: `3/15/1985`, with `0/0/00` for "none" (US month-first order).
 */

const ISO_DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*Z?)?$/;
const NO_YEAR = /^--(\d{2})-?(\d{2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const pad = (n: number): string => String(n).padStart(2, '0');

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function format(year: number | undefined, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return undefined;
  return `${year === undefined ? '-' : String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

import type { ContactRecord } from '../import-batch.js';
import type { IssueCollector } from './issue-collector.js';

export type BirthdayResult = { kind: 'none' } | { kind: 'date'; value: string } | { kind: 'bad' };

/**
 * Reads one birthday. `omitYear` is iOS's X-APPLE-OMIT-YEAR: when the written year equals it,
 * the year is unknown. Outlook's `0/0/00` and an empty cell are `none`.
 */
export function parseBirthday(raw: string, omitYear?: string): BirthdayResult {
  const text = raw.trim();
  if (text === '' || /^0{1,2}\/0{1,2}\/0{2,4}$/.test(text)) return { kind: 'none' };
  let value: string | undefined;
  const iso = ISO_DATE.exec(text);
  const noYear = NO_YEAR.exec(text);
  const us = US_DATE.exec(text);
  if (iso) {
    const year = iso[1] === omitYear?.trim() ? undefined : Number(iso[1]);
    value = format(year, Number(iso[2]), Number(iso[3]));
  } else if (noYear) {
    value = format(undefined, Number(noYear[1]), Number(noYear[2]));
  } else if (us) {
    value = format(Number(us[3]), Number(us[1]), Number(us[2]));
  }
  return value === undefined ? { kind: 'bad' } : { kind: 'date', value };
}

/**
 * A contacts CSV's birthday cell onto the contact (Google and Outlook CSV): a date is kept, and
 * anything else leaves the contact without one and is reported with its line.
 */
export function applyBirthdayCell(
  record: ContactRecord,
  text: string,
  line: number,
  issues: IssueCollector,
): void {
  const born = parseBirthday(text);
  if (born.kind === 'date') record.birthday = born.value;
  if (born.kind === 'bad') {
    issues.add(
      'bad-date',
      'warning',
      `line ${line}: the birthday "${text.slice(0, 40)}" is not a date; the contact was kept without it.`,
      line,
    );
  }
}
