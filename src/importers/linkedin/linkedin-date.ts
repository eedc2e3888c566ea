/**
 * LinkedIn writes a different date grammar in almost every file (docs/formats.md section 1, "Every
 * file uses a different date format"). Each grammar is recognised by its shape, and all of them
 * are turned into ISO 8601 at the precision the source has:
 *
 * | source example                          | result                  | file                      |
 * |-----------------------------------------|-------------------------|---------------------------|
 * | `01 Aug 2024`                           | `2024-08-01`            | Connections, Email Addr.  |
 * | `1/8/18, 6:14 PM` (M/D/YY, 12 h)        | `2018-01-08T18:14:00`   | Connections 2018, Invit.  |
 * | `04/15/24` (M/D/YY)                     | `2024-04-15`            | Recommendations           |
 * | `2024-12-16 18:24:37 UTC`               | `2024-12-16T18:24:37Z`  | messages                  |
 * | `2024/12/07 14:51:07 UTC`               | `2024-12-07T14:51:07Z`  | Endorsements, Shares 2018 |
 * | `2026-07-20 10:25:25` (no zone)         | `2026-07-20T10:25:25`   | Shares 2026               |
 * | `Sat Dec 14 08:57:55 UTC 2024`          | `2024-12-14T08:57:55Z`  | Company Follows           |
 * | `Sep 23, 2022 12:00 PM`                 | `2022-09-23T12:00:00`   | Events                    |
 * | `Feb 17, 1998`                          | `1998-02-17`            | Profile                   |
 * | `Mar 31` (year hidden)                  | `--03-31`               | Profile (ISO 8601 no-year)|
 * | `Jun 2018`                              | `2018-06`               | Positions                 |
 * | `2004`                                  | `2004`                  | Education                 |
 *
 * Times without a zone stay local (`YYYY-MM-DDTHH:MM:SS`, no `Z`); two-digit years are 2000+yy
 * (LinkedIn launched in 2003, so no export date is in the 1900s).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  if (index === -1) return undefined;
  // "Sept" and full names are accepted; "Marc" or "Junk" are not.
  if (lower.length > 3 && !FULL_MONTHS[index]?.startsWith(lower) && lower !== 'sept')
    return undefined;
  return index + 1;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fullYear(text: string): number {
  const value = Number(text);
  return text.length === 2 ? 2000 + value : value;
}

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  utc?: boolean;
}

function hour24(hour: number, meridiem: string | undefined): number | undefined {
  if (meridiem === undefined) return hour <= 23 ? hour : undefined;
  if (hour < 1 || hour > 12) return undefined;
  const isPm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (isPm ? 12 : 0);
}

function format(parts: Parts): string | undefined {
  const { year, month, day, hour, minute, second, utc } = parts;
  if (year !== undefined && (year < 1900 || year > 2999)) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year, month)))
    return undefined;
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59))
    return undefined;
  if (year === undefined) {
    return month !== undefined && day !== undefined ? `--${pad(month)}-${pad(day)}` : undefined;
  }
  let iso = pad(year, 4);
  if (month === undefined) return iso;
  iso += `-${pad(month)}`;
  if (day === undefined) return iso;
  iso += `-${pad(day)}`;
  if (hour === undefined) return iso;
  iso += `T${pad(hour)}:${pad(minute ?? 0)}:${pad(second ?? 0)}`;
  return utc ? `${iso}Z` : iso;
}

const MONTH_WORD = '([A-Za-z]{3,9})\\.?';
const CLOCK = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[\\s\\u202f\\u00a0]*([AaPp]\\.?[Mm]\\.?))?';
const ZONE = '(?:\\s*(UTC|GMT|Z))?';

interface Grammar {
  pattern: RegExp;
  read: (m: RegExpExecArray) => Parts | undefined;
}

function clockParts(m: RegExpExecArray, at: number): Parts | undefined {
  const hour = hour24(Number(m[at]), m[at + 3]);
  if (hour === undefined) return undefined;
  return {
    hour,
    minute: Number(m[at + 1]),
    second: m[at + 2] === undefined ? 0 : Number(m[at + 2]),
  };
}

const GRAMMARS: readonly Grammar[] = [
  // 2024-12-16 18:24:37 UTC, 2024/12/07 14:51:07 UTC, 2026-07-20 10:25:25, 2024-12-16T18:24:37Z
  {
    pattern: new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T\\s]+${CLOCK}${ZONE})?$`),
    read: (m) => {
      const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      if (m[4] === undefined) return date;
      const clock = clockParts(m, 4);
      return clock && { ...date, ...clock, utc: m[8] !== undefined };
    },
  },
  // 1/8/18, 6:14 PM; 12/15/24, 7:47 AM; 04/15/24
  {
    pattern: new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:,?\\s+${CLOCK}${ZONE})?$`),
    read: (m) => {
      const date = { year: fullYear(m[3] ?? ''), month: Number(m[1]), day: Number(m[2]) };
      if (m[4] === undefined) return date;
      const clock = clockParts(m, 4);
      return clock && { ...date, ...clock, utc: m[8] !== undefined };
    },
  },
  // 01 Aug 2024
  {
    pattern: new RegExp(`^(\\d{1,2})\\s+${MONTH_WORD},?\\s+(\\d{4})$`),
    read: (m) => {
      const month = monthNumber(m[2] ?? '');
      return month === undefined ? undefined : { year: Number(m[3]), month, day: Number(m[1]) };
    },
  },
  // Sat Dec 14 08:57:55 UTC 2024
  {
    pattern: new RegExp(
      `^[A-Za-z]{3,9},?\\s+${MONTH_WORD}\\s+(\\d{1,2})\\s+${CLOCK}${ZONE}\\s+(\\d{4})$`,
    ),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      const clock = clockParts(m, 3);
      if (month === undefined || clock === undefined) return undefined;
      return { year: Number(m[8]), month, day: Number(m[2]), ...clock, utc: m[7] !== undefined };
    },
  },
  // Sep 23, 2022 12:00 PM; Feb 17, 1998; Mar 31
  {
    pattern: new RegExp(
      `^${MONTH_WORD}\\s+(\\d{1,2})(?:,?\\s+(\\d{4})(?:,?\\s+${CLOCK}${ZONE})?)?$`,
    ),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      if (month === undefined) return undefined;
      const date = {
        year: m[3] === undefined ? undefined : Number(m[3]),
        month,
        day: Number(m[2]),
      };
      if (m[4] === undefined) return date;
      const clock = clockParts(m, 4);
      return clock && { ...date, ...clock, utc: m[8] !== undefined };
    },
  },
  // Jun 2018
  {
    pattern: new RegExp(`^${MONTH_WORD},?\\s+(\\d{4})$`),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      return month === undefined ? undefined : { year: Number(m[2]), month };
    },
  },
  // 2004
  { pattern: /^(\d{4})$/, read: (m) => ({ year: Number(m[1]) }) },
];

/** Two ASCII digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * messages.csv holds one `2024-12-16 18:24:37 UTC` per message (200,000 in the benchmark export),
 * so that exact shape is checked character by character, without the general grammar's regular
 * expressions and intermediate strings.
 */
function parseUtcTimestamp(raw: string): string | undefined {
  if (
    raw.length !== 23 ||
    !raw.endsWith(' UTC') ||
    raw[10] !== ' ' ||
    raw[13] !== ':' ||
    raw[16] !== ':'
  ) {
    return undefined;
  }
  const separator = raw[4];
  if ((separator !== '-' && separator !== '/') || raw[7] !== separator) return undefined;
  const century = twoDigits(raw, 0);
  const year = century * 100 + twoDigits(raw, 2);
  const month = twoDigits(raw, 5);
  const day = twoDigits(raw, 8);
  const hour = twoDigits(raw, 11);
  const minute = twoDigits(raw, 14);
  const second = twoDigits(raw, 17);
  if (
    century < 19 ||
    year < 1900 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return undefined;
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return undefined;
  // join() makes one flat string; a template literal would keep four string objects alive per
  // message for as long as the record lives.
  const iso = [raw.slice(0, 10), 'T', raw.slice(11, 19), 'Z'].join('');
  return separator === '-' ? iso : iso.replace(/\//g, '-');
}

/**
 * Turns one LinkedIn date cell into ISO 8601 (see the table above), or undefined when it matches
 * no grammar or names an impossible date. The caller decides what an empty cell means.
 */
export function parseLinkedInDate(raw: string): string | undefined {
  const fast = parseUtcTimestamp(raw);
  if (fast !== undefined) return fast;
  const text = raw.trim().replace(/[\u202f\u00a0]/g, ' ');
  if (text === '') return undefined;
  for (const grammar of GRAMMARS) {
    const match = grammar.pattern.exec(text);
    if (!match) continue;
    const parts = grammar.read(match);
    return parts ? format(parts) : undefined;
  }
  return undefined;
}

/** Events.csv writes a span: `Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 PM`. */
export function parseLinkedInDateRange(raw: string): { start?: string; end?: string } | undefined {
  const parts = raw.split(/\s+[-\u2013]\s+/);
  if (parts.length > 2) return undefined;
  const start = parseLinkedInDate(parts[0] ?? '');
  if (start === undefined) return undefined;
  if (parts.length === 1) return { start };
  const end = parseLinkedInDate(parts[1] ?? '');
  return end === undefined ? undefined : { start, end };
}
