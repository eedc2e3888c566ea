/**
 * Which date field is the day (docs/formats.md section 4, "Date order varies by locale (D/M vs M/D
 * vs Y-M-D). Infer it per file: any first field > 12 means day-first. Otherwise let the user
 * choose. Years can be 2 digits."). Timestamps stay local time without a zone.
 */

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface DateFields {
  fields: readonly [string, string, string];
  separator: string;
}

export interface DateOrderDecision {
  order: DateOrder;
  /** How the order was decided, for the user. */
  reason: 'year-first' | 'day-over-12' | 'month-over-12' | 'separator' | 'option' | 'guess';
  /** Both a first field and a second field over 12 were seen: some lines cannot be read. */
  isInconsistent: boolean;
}

/**
 * Decides the order for one file. A 4-digit first field means Y-M-D; `.` and `-` with the year
 * last are day-first in every locale WhatsApp writes them (de, fi, nl, ru ...). Otherwise a first
 * field over 12 means day-first and a second field over 12 month-first; with neither, the
 * caller's `dayFirst` wins, and failing that the field that changes more often between messages
 * is taken for the day (a chat changes day far more often than month), day-first on a tie
 * (design choice: most of WhatsApp's users write dates day-first).
 */
export function decideDateOrder(
  dates: readonly DateFields[],
  dayFirst?: boolean,
): DateOrderDecision {
  let yearFirst = 0;
  let firstOver12 = 0;
  let secondOver12 = 0;
  let dotted = 0;
  for (const { fields, separator } of dates) {
    if (fields[0].length === 4) {
      yearFirst += 1;
      continue;
    }
    if (separator !== '/') dotted += 1;
    if (Number(fields[0]) > 12) firstOver12 += 1;
    if (Number(fields[1]) > 12) secondOver12 += 1;
  }
  const isInconsistent = firstOver12 > 0 && secondOver12 > 0;
  if (yearFirst > dates.length / 2)
    return { order: 'ymd', reason: 'year-first', isInconsistent: false };
  if (firstOver12 > 0 || secondOver12 > 0) {
    return firstOver12 >= secondOver12
      ? { order: 'dmy', reason: 'day-over-12', isInconsistent }
      : { order: 'mdy', reason: 'month-over-12', isInconsistent };
  }
  if (dotted > dates.length / 2)
    return { order: 'dmy', reason: 'separator', isInconsistent: false };
  if (dayFirst !== undefined) {
    return { order: dayFirst ? 'dmy' : 'mdy', reason: 'option', isInconsistent: false };
  }
  let firstChanges = 0;
  let secondChanges = 0;
  for (let i = 1; i < dates.length; i++) {
    const before = dates[i - 1]?.fields;
    const after = dates[i]?.fields;
    if (!before || !after) continue;
    if (before[0] !== after[0]) firstChanges += 1;
    if (before[1] !== after[1]) secondChanges += 1;
  }
  return {
    order: secondChanges > firstChanges ? 'mdy' : 'dmy',
    reason: 'guess',
    isInconsistent: false,
  };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
  meridiem?: 'am' | 'pm';
}

/**
 * The local ISO timestamp `YYYY-MM-DDTHH:MM:SS` (no `Z`: WhatsApp writes local time with no
 * zone), or undefined when the fields do not make a real date and time in this order.
 * Two-digit years are 2000+yy: WhatsApp was released in 2009.
 */
export function toLocalIso(
  date: DateFields,
  order: DateOrder,
  time: ClockTime,
): string | undefined {
  const [a, b, c] = date.fields;
  const [yearText, monthText, dayText] =
    order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  const year = yearText.length <= 2 ? 2000 + Number(yearText) : Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (yearText.length === 3 || year < 2000 || year > 2100) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  let hour = time.hour;
  if (time.meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (time.meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || time.minute > 59 || time.second > 59) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(time.minute)}:${pad(time.second)}`;
}
