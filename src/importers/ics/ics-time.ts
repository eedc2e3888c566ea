/**
 * Dates and times of an .ics file (RFC 5545 section 3.3.4-5; docs/formats.md section 7):
 * `20240411T110000Z` is UTC, `;TZID=Europe/Tallinn:20240411T110000` is wall-clock time in a zone,
 * `20240411T110000` alone is floating (the same wall-clock time wherever you are) and
 * `;VALUE=DATE:20240411` is a day.
 *
 * A TZID is turned into UTC with the IANA database through `Intl` when it names an IANA zone
 * (also behind a prefix, as in `/mozilla.org/20050126_1/Europe/Berlin`); otherwise with the
 * file's own VTIMEZONE definition (Outlook's `W. Europe Standard Time`, or a TZID as odd as `1`)
 * through ical.js; failing both, a Windows zone name through the CLDR table (windows-zones.ts).
 * A zone none of them knows leaves the time floating, and the file's report says so.
 */
import ICAL from 'ical.js';
import { isExpandableRule } from './ics-recurrence-rule.js';
import { windowsZoneToIana } from './windows-zones.js';

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  isDate: boolean;
}

/** A point in time as the file wrote it: wall-clock fields plus how to read them. */
export interface Moment {
  local: LocalTime;
  isUtc: boolean;
  /** The zone of a TZID time, when it could be resolved. */
  zone?: TimeZone;
}

export interface TimeZone {
  id: string;
  /** Milliseconds since the epoch of a wall-clock time in this zone, undefined if unknowable. */
  toUtcMs(local: LocalTime): number | undefined;
}

const ICS_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a DATE or DATE-TIME value; undefined when it is not one (or not a real day). */
export function parseIcsTime(value: string): { local: LocalTime; isUtc: boolean } | undefined {
  const match = ICS_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, z] = match;
  const local: LocalTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    isDate: h === undefined,
  };
  const isValid =
    local.year >= 1 &&
    local.month >= 1 &&
    local.month <= 12 &&
    local.day >= 1 &&
    local.day <= daysInMonth(local.year, local.month) &&
    local.hour <= 23 &&
    local.minute <= 59 &&
    local.second <= 60;
  return isValid ? { local, isUtc: z === 'Z' } : undefined;
}

/** The wall-clock fields read as if they were UTC (years below 100 included). */
export function fieldsAsUtcMs(local: LocalTime): number {
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, Math.min(local.second, 59), 0);
  return date.getTime();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DDTHH:MM:SS` without a zone (floating or all-day). */
export function formatLocal(local: LocalTime): string {
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the form every importer writes (import-batch.ts, sentAt). */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** UTC milliseconds of a moment, or undefined when it is floating (or its zone fails). */
export function momentUtcMs(moment: Moment): number | undefined {
  if (moment.local.isDate) return undefined;
  const ms = moment.isUtc ? fieldsAsUtcMs(moment.local) : moment.zone?.toUtcMs(moment.local);
  return ms !== undefined && Number.isFinite(ms) ? ms : undefined;
}

/** What `sentAt` says: UTC when the zone is known, else the wall-clock time. */
export function formatMoment(moment: Moment): string {
  const ms = momentUtcMs(moment);
  return ms === undefined ? formatLocal(moment.local) : formatUtc(ms);
}

/** A number that orders moments; floating ones are read as UTC (design choice: no zone known). */
export function momentSortMs(moment: Moment): number {
  return momentUtcMs(moment) ?? fieldsAsUtcMs(moment.local);
}

/** Formatters by zone name, shared by every file (design choice: far more zones than exist). */
const MAX_FORMATTERS = 1_000;
const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

function formatterFor(zone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(zone)) {
    // A hostile file can name any number of zones; the cache must not grow with them.
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    let formatter: Intl.DateTimeFormat | undefined;
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      // RangeError: not a zone Intl knows; the caller tries the file's VTIMEZONE.
      formatter = undefined;
    }
    formatters.set(zone, formatter);
  }
  return formatters.get(zone);
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(formatter: Intl.DateTimeFormat, ms: number): number {
  const fields: Record<string, number> = {};
  let isBce = false;
  for (const part of formatter.formatToParts(new Date(ms))) {
    if (part.type === 'era') isBce = part.value.startsWith('B');
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields['year'] ?? 1970;
  const wall = fieldsAsUtcMs({
    year: isBce ? 1 - year : year,
    month: fields['month'] ?? 1,
    day: fields['day'] ?? 1,
    hour: fields['hour'] ?? 0,
    minute: fields['minute'] ?? 0,
    second: fields['second'] ?? 0,
    isDate: false,
  });
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** Conversions remembered per zone; a series asks for the same times again and again. */
const MAX_CACHED_TIMES = 20_000;

function ianaZone(id: string, formatter: Intl.DateTimeFormat): TimeZone {
  // formatToParts costs tens of microseconds; an export converts each time several times.
  const cache = new Map<number, number | undefined>();
  return {
    id,
    toUtcMs(local) {
      const wall = fieldsAsUtcMs(local);
      if (cache.has(wall)) return cache.get(wall);
      // Two passes settle the offset; across a DST change the second one wins (RFC 5545
      // section 3.3.5 reads a skipped wall-clock time with the offset from before the gap).
      const first = wall - offsetAt(formatter, wall);
      const second = wall - offsetAt(formatter, first);
      const ms = Number.isFinite(second) ? second : undefined;
      if (cache.size >= MAX_CACHED_TIMES) cache.clear();
      cache.set(wall, ms);
      return ms;
    },
  };
}

/** The IANA zone a TZID names, also behind a path prefix; undefined when Intl does not know it. */
export function resolveIanaZone(tzid: string): TimeZone | undefined {
  const parts = tzid.trim().replace(/^"|"$/g, '').split('/');
  for (let start = 0; start < parts.length; start += 1) {
    const candidate = parts.slice(start).join('/');
    if (candidate === '' || /^\d/.test(candidate)) continue;
    const formatter = formatterFor(candidate);
    if (formatter) return ianaZone(tzid, formatter);
  }
  return undefined;
}

/** The zone a Windows id or display name stands for (CLDR windowsZones), if it is one. */
export function resolveWindowsZone(tzid: string): TimeZone | undefined {
  const iana = windowsZoneToIana(tzid);
  const formatter = iana ? formatterFor(iana) : undefined;
  return formatter ? ianaZone(tzid, formatter) : undefined;
}

/**
 * A zone from the file's own VTIMEZONE text (unfolded lines). Undefined when ical.js cannot read
 * it, or when one of its rules is one ical.js could loop on (ics-recurrence-rule.ts).
 */
export function buildVtimezone(tzid: string, lines: readonly string[]): TimeZone | undefined {
  let zone: ICAL.Timezone;
  try {
    const component = new ICAL.Component(ICAL.parse(lines.join('\r\n')));
    for (const part of component.getAllSubcomponents()) {
      for (const property of part.getAllProperties('rrule')) {
        const rule: unknown = property.getFirstValue();
        if (!(rule instanceof ICAL.Recur) || !isExpandableRule(rule).ok) return undefined;
      }
    }
    zone = new ICAL.Timezone({ component, tzid });
  } catch {
    // ical.js throws on text it cannot read; the zone is then unknown and times stay floating.
    return undefined;
  }
  return {
    id: tzid,
    toUtcMs(local) {
      try {
        const time = ICAL.Time.fromData({ ...local, isDate: false }, zone);
        const ms = time.toUnixTime() * 1000;
        return Number.isFinite(ms) ? ms : undefined;
      } catch {
        // ical.js throws on a time its zone rules cannot place; the time stays floating.
        return undefined;
      }
    },
  };
}
