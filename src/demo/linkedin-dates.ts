/**
 * The date formats of the current (2024-26) LinkedIn export, one per file (docs/formats.md section 1,
 * "Every file uses a different date format"). Instants are epoch milliseconds read in UTC, so the
 * output never depends on the machine's time zone.
 */

export const DAY_MS = 86_400_000;

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function monthName(date: Date): string {
  return MONTHS[date.getUTCMonth()] ?? 'Jan';
}

function hour12(date: Date): { hour: number; meridiem: 'AM' | 'PM' } {
  const hours = date.getUTCHours();
  return { hour: hours % 12 === 0 ? 12 : hours % 12, meridiem: hours < 12 ? 'AM' : 'PM' };
}

function clock(date: Date): string {
  return `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}`;
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** Connections.csv Connected On: `01 Aug 2024`. */
export function formatDayMonthYear(ms: number): string {
  const date = new Date(ms);
  return `${pad2(date.getUTCDate())} ${monthName(date)} ${date.getUTCFullYear()}`;
}

/** Positions.csv Started On / Finished On: `Jun 2018`. */
export function formatMonthYear(ms: number): string {
  const date = new Date(ms);
  return `${monthName(date)} ${date.getUTCFullYear()}`;
}

/** Profile.csv Birth Date when the member hides the year: `Mar 31`. */
export function formatMonthDay(ms: number): string {
  const date = new Date(ms);
  return `${monthName(date)} ${date.getUTCDate()}`;
}

/** messages.csv DATE: `2024-12-16 18:24:37 UTC`. */
export function formatMessageDate(ms: number): string {
  const date = new Date(ms);
  return `${isoDay(date)} ${clock(date)} UTC`;
}

/** Shares.csv Date (current format): `2025-11-19 09:59:30`. */
export function formatShareDate(ms: number): string {
  const date = new Date(ms);
  return `${isoDay(date)} ${clock(date)}`;
}

/**
 * Invitations.csv Sent At, Saved Jobs.csv Saved Date, Email Addresses.csv Updated On:
 * `12/15/24, 7:47 AM` (M/D/YY, unpadded 12-hour clock).
 */
export function formatShortUsDate(ms: number): string {
  const date = new Date(ms);
  const { hour, meridiem } = hour12(date);
  const year = pad2(date.getUTCFullYear() % 100);
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${year}, ${hour}:${pad2(date.getUTCMinutes())} ${meridiem}`;
}

/** Recommendations_*.csv Creation Date: `04/15/24, 09:25 PM` (zero-padded throughout). */
export function formatPaddedUsDate(ms: number): string {
  const date = new Date(ms);
  const { hour, meridiem } = hour12(date);
  const year = pad2(date.getUTCFullYear() % 100);
  return `${pad2(date.getUTCMonth() + 1)}/${pad2(date.getUTCDate())}/${year}, ${pad2(hour)}:${pad2(date.getUTCMinutes())} ${meridiem}`;
}

/** Endorsement_Received_Info.csv Endorsement Date: `2024/12/07 14:51:07 UTC`. */
export function formatSlashedUtcDate(ms: number): string {
  const date = new Date(ms);
  return `${isoDay(date).replace(/-/g, '/')} ${clock(date)} UTC`;
}

/** Company Follows.csv Followed On, Java's Date.toString(): `Sat Dec 14 08:57:55 UTC 2024`. */
export function formatJavaDate(ms: number): string {
  const date = new Date(ms);
  const weekday = WEEKDAYS[date.getUTCDay()] ?? 'Sun';
  return `${weekday} ${monthName(date)} ${pad2(date.getUTCDate())} ${clock(date)} UTC ${date.getUTCFullYear()}`;
}

function formatEventInstant(ms: number): string {
  const date = new Date(ms);
  const { hour, meridiem } = hour12(date);
  return `${monthName(date)} ${pad2(date.getUTCDate())}, ${date.getUTCFullYear()} ${pad2(hour)}:${pad2(date.getUTCMinutes())} ${meridiem}`;
}

/** Events.csv Event Time: `Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 PM`. */
export function formatEventRange(startMs: number, endMs: number): string {
  return `${formatEventInstant(startMs)} - ${formatEventInstant(endMs)}`;
}

/** `YYYY-MM-DD` to the UTC midnight it names, or undefined when it is not a real calendar day. */
export function parseIsoDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return ms;
}

export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
