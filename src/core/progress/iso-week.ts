/**
 * ISO 8601 weeks in UTC: weeks start on Monday and week 1 of a year is the week with the year's
 * first Thursday, so 2021-01-03 (a Sunday) belongs to 2020-W53. The coach view counts progress
 * per such week (issue 9, "invitations sent per week"); labels like `2026-W47` sort in time
 * order as text.
 */
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export interface IsoWeek {
  /** `2026-W47`. */
  label: string;
  /** Monday 00:00 UTC, milliseconds since the epoch. */
  startMs: number;
  /** The next Monday 00:00 UTC: the week is [startMs, endMs). */
  endMs: number;
  /** `YYYY-MM-DD` of the Monday. */
  firstDay: string;
  /** `YYYY-MM-DD` of the Sunday. */
  lastDay: string;
}

function mondayOf(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return (day - weekday) * DAY_MS;
}

function dayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO week holding the instant `ms` (UTC). */
export function isoWeekAt(ms: number): IsoWeek {
  const startMs = mondayOf(ms);
  const thursday = new Date(startMs + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstMonday = mondayOf(Date.UTC(year, 0, 4));
  const week = 1 + Math.round((startMs - firstMonday) / WEEK_MS);
  return {
    label: `${year}-W${String(week).padStart(2, '0')}`,
    startMs,
    endMs: startMs + WEEK_MS,
    firstDay: dayText(startMs),
    lastDay: dayText(startMs + 6 * DAY_MS),
  };
}

/** The `count` weeks ending with the one holding `now`, oldest first. */
export function lastWeeks(now: Date, count: number): IsoWeek[] {
  const current = mondayOf(now.getTime());
  const weeks: IsoWeek[] = [];
  for (let i = count - 1; i >= 0; i -= 1) weeks.push(isoWeekAt(current - i * WEEK_MS));
  return weeks;
}

// A date-time with no zone, as LinkedIn's invitations carry ("12/15/24, 7:47 AM" is stored as
// 2024-12-15T07:47:00): read as UTC, so the week never depends on the machine's time zone.
const NAIVE_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Milliseconds since the epoch of an ISO 8601 date or date-time; undefined when it is none. */
export function parseInstant(at: string): number | undefined {
  const ms = Date.parse(NAIVE_DATE_TIME.test(at) ? `${at}Z` : at);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The index of the week holding the instant `at` (ISO 8601 text) in `weeks` (consecutive,
 * oldest first), or -1 when it falls outside them or is not a date.
 */
export function weekIndexOf(weeks: readonly IsoWeek[], at: string): number {
  const first = weeks[0];
  if (first === undefined) return -1;
  const ms = parseInstant(at);
  if (ms === undefined) return -1;
  const index = Math.floor((ms - first.startMs) / WEEK_MS);
  return index >= 0 && index < weeks.length ? index : -1;
}
