/**
 * Dates of mail (docs/formats.md section 5): the RFC 5322 Date header (`Mon, 14 May 2001 16:39:00
 * -0700 (PDT)`, obsolete zone names, 2-digit years) and, as a fallback, the mbox separator's
 * asctime date (`Mon Jan 06 04:49:45 +0000 2020`, 2014 exports without the zone). The result is
 * an ISO 8601 instant in UTC, `YYYY-MM-DDTHH:MM:SSZ`.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 5322 4.3: obsolete zone names; military letters mean "unknown" and are read as UTC.
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5 * 60,
  edt: -4 * 60,
  cst: -6 * 60,
  cdt: -5 * 60,
  mst: -7 * 60,
  mdt: -6 * 60,
  pst: -8 * 60,
  pdt: -7 * 60,
};

const RFC5322 =
  /^\s*(?:[a-z]{3,9},?\s*)?(\d{1,2})\s*[\s-]\s*([a-z]{3})[a-z]*\.?\s*[\s-]\s*(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?/i;
const ASCTIME =
  /\b([a-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})(?:\s+([+-]\d{4}))?\s+(\d{4})\s*$/i;

/** Mail before 1971 or after 2100 is a broken clock, not a message (design choice). */
const EARLIEST = Date.UTC(1971, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

function zoneMinutes(zone: string | undefined): number {
  if (zone === undefined) return 0;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  }
  return ZONES[zone.toLowerCase()] ?? 0;
}

function instant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offset: number,
): string | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return undefined;
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  if (new Date(local).getUTCDate() !== day) return undefined;
  const ms = local - offset * 60_000;
  if (ms < EARLIEST || ms > LATEST) return undefined;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function fullYear(text: string): number {
  const year = Number(text);
  // RFC 5322 4.3: two digits under 50 are 20xx, others 19xx; three digits add 1900.
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (text.length === 3) return 1900 + year;
  return year;
}

export function parseMailDate(raw: string): string | undefined {
  const text = raw.replace(/\([^()]*\)/g, ' ').trim();
  const match = RFC5322.exec(text);
  if (match) {
    const [, day = '', monthName = '', year = '', hour = '', minute = '', second, zone] = match;
    const month = MONTHS.indexOf(monthName.toLowerCase());
    return instant(
      fullYear(year),
      month,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second ?? 0),
      zoneMinutes(zone),
    );
  }
  const fallback = Date.parse(text);
  if (!Number.isFinite(fallback) || fallback < EARLIEST || fallback > LATEST) return undefined;
  return new Date(Math.floor(fallback / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The date at the end of an mbox `From ` line. */
export function parseSeparatorDate(separator: string): string | undefined {
  const match = ASCTIME.exec(separator);
  if (!match) return undefined;
  const [, monthName = '', day = '', hour = '', minute = '', second = '', zone, year = ''] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  return instant(
    Number(year),
    month,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    zoneMinutes(zone),
  );
}
