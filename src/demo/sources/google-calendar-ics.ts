/**
 * The owner's main Google Calendar as its export writes it (docs/formats.md section 7): CRLF,
 * `PRODID:-//Google Inc//Google Calendar 70.9054//EN`, `X-WR-CALNAME` the owner's address, a
 * VTIMEZONE, recurring meetings with RRULE (each ending before the export day, so the count of
 * meetings never depends on the clock) and an EXDATE, attendees with CN a name or just the
 * address, the organiser also an ACCEPTED attendee, a declined guest, VALARM blocks with an
 * ATTENDEE that is no guest, DESCRIPTION with `\n` escapes, X-GOOGLE-CONFERENCE, and lines
 * folded at 75 octets mid-parameter.
 */
import type { DemoWorld } from '../demo-world.js';
import { DAY_MS } from '../linkedin-dates.js';
import type { Rng } from '../rng.js';
import type { Acquaintance, AddressBookPeople } from './acquaintances.js';
import { escapeText, foldLine } from './content-lines.js';

interface Zone {
  tzid: string;
  lines: readonly string[];
}

const NORTH_AMERICA_RULES = (standard: string, daylight: string, std: string, dst: string) => [
  'BEGIN:DAYLIGHT',
  `TZOFFSETFROM:${standard}`,
  `TZOFFSETTO:${daylight}`,
  `TZNAME:${dst}`,
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  `TZOFFSETFROM:${daylight}`,
  `TZOFFSETTO:${standard}`,
  `TZNAME:${std}`,
  'DTSTART:19701101T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
];

function zoneOf(world: DemoWorld): Zone {
  const city = world.owner.geoLocation;
  if (city.startsWith('Austin'))
    return { tzid: 'America/Chicago', lines: NORTH_AMERICA_RULES('-0600', '-0500', 'CST', 'CDT') };
  if (city.startsWith('Denver'))
    return { tzid: 'America/Denver', lines: NORTH_AMERICA_RULES('-0700', '-0600', 'MST', 'MDT') };
  if (city.startsWith('Toronto'))
    return { tzid: 'America/Toronto', lines: NORTH_AMERICA_RULES('-0500', '-0400', 'EST', 'EDT') };
  return {
    tzid: 'Europe/London',
    lines: [
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'TZNAME:BST',
      'DTSTART:19700329T010000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0000',
      'TZNAME:GMT',
      'DTSTART:19701025T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
    ],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `20240411T110000` from a wall-clock instant held in UTC fields. */
function localStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

function utcStamp(ms: number): string {
  return `${localStamp(ms).slice(0, 13)}${pad(new Date(ms).getUTCSeconds())}Z`;
}

/** A parameter value, quoted when it holds `,`, `;` or `:` (RFC 5545 3.2). */
function paramText(value: string): string {
  return /[,;:]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

interface Guest {
  name: string;
  email: string;
  partstat: 'ACCEPTED' | 'NEEDS-ACTION' | 'DECLINED' | 'TENTATIVE';
  /** Google often writes the address as the CN. */
  isCnAddress: boolean;
}

interface Meeting {
  uid: string;
  summary: string;
  startMs: number;
  minutes: number;
  rrule?: string;
  exdates: number[];
  organizer: Guest;
  guests: Guest[];
  description: string;
  hasAlarm: boolean;
  hasConference: boolean;
}

function guestOf(rng: Rng, a: Acquaintance, partstat: Guest['partstat'] = 'ACCEPTED'): Guest {
  return {
    name: `${a.firstName} ${a.surname}`,
    email: a.email ?? '',
    partstat,
    isCnAddress: rng.chance(0.2),
  };
}

function attendeeLine(g: Guest): string {
  const cn = paramText(g.isCnAddress ? g.email : g.name);
  return `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${g.partstat};RSVP=TRUE;CN=${cn};X-NUM-GUESTS=0:mailto:${g.email}`;
}

function eventLines(m: Meeting, zone: Zone, stampMs: number, owner: Guest): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `DTSTART;TZID=${zone.tzid}:${localStamp(m.startMs)}`,
    `DTEND;TZID=${zone.tzid}:${localStamp(m.startMs + m.minutes * 60_000)}`,
  ];
  if (m.rrule) lines.push(`RRULE:${m.rrule}`);
  for (const ex of m.exdates) lines.push(`EXDATE;TZID=${zone.tzid}:${localStamp(ex)}`);
  lines.push(`DTSTAMP:${utcStamp(stampMs)}`);
  lines.push(`ORGANIZER;CN=${paramText(m.organizer.name)}:mailto:${m.organizer.email}`);
  lines.push(`UID:${m.uid}`);
  const everyone = [{ ...m.organizer, partstat: 'ACCEPTED' as const }, ...m.guests];
  if (m.organizer.email !== owner.email) everyone.push(owner);
  for (const g of everyone) lines.push(attendeeLine(g));
  if (m.hasConference) {
    lines.push(
      `X-GOOGLE-CONFERENCE:https://meet.google.com/${m.uid.slice(0, 3)}-${m.uid.slice(3, 7)}-${m.uid.slice(7, 10)}`,
    );
  }
  lines.push(`CREATED:${utcStamp(m.startMs - 7 * DAY_MS)}`);
  lines.push(`DESCRIPTION:${escapeText(m.description)}`);
  lines.push(`LAST-MODIFIED:${utcStamp(m.startMs - 7 * DAY_MS)}`);
  lines.push(
    'LOCATION:',
    'SEQUENCE:0',
    'STATUS:CONFIRMED',
    `SUMMARY:${escapeText(m.summary)}`,
    'TRANSP:OPAQUE',
  );
  if (m.hasAlarm) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:EMAIL',
      'DESCRIPTION:This is an event reminder',
      'SUMMARY:Alarm notification',
      `ATTENDEE:mailto:${owner.email}`,
      'TRIGGER:-P0DT0H10M0S',
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

function uid(rng: Rng): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  for (let i = 0; i < 26; i++) id += chars[rng.int(0, chars.length - 1)];
  return id;
}

/** Monday to Friday at `hour`, on or after `ms` (wall clock). */
function weekdayAt(ms: number, weekday: number, hour: number): number {
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  const shift = (weekday - new Date(day).getUTCDay() + 7) % 7;
  return day + shift * DAY_MS + hour * 3_600_000;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The calendar's `.ics` bytes. */
export function encodeGoogleCalendar(rng: Rng, world: DemoWorld, book: AddressBookPeople): Buffer {
  const zone = zoneOf(world);
  const { owner } = world;
  const ownerEmail =
    owner.emails.find((e) => e.isPrimary)?.address ?? owner.emails[0]?.address ?? '';
  const me: Guest = {
    name: owner.fullName,
    email: ownerEmail,
    partstat: 'ACCEPTED',
    isCnAddress: true,
  };
  const endMs = world.exportMs - DAY_MS;
  const until = `${localStamp(endMs).slice(0, 8)}T235959Z`;
  const current = world.owner.employers[world.owner.employers.length - 1];
  const sinceMs = Math.max(current?.startMs ?? endMs - 365 * DAY_MS, endMs - 540 * DAY_MS);
  const team = book.people.filter((a) => a.isCurrentColleague && a.email);
  const prospects = book.people.filter((a) => a.kind === 'prospect' && a.email);
  const known = book.people.filter(
    (a) => a.kind === 'connection' && !a.isCurrentColleague && a.email && a.mails,
  );
  const meetings: Meeting[] = [];

  if (team.length > 0) {
    const lead = team[0] as Acquaintance;
    const weeklyStart = weekdayAt(sinceMs, 2, 10);
    meetings.push({
      uid: `${uid(rng)}@google.com`,
      summary: `${current?.company.name ?? 'Team'} weekly sync`,
      startMs: weeklyStart,
      minutes: 30,
      rrule: `FREQ=WEEKLY;BYDAY=TU;UNTIL=${until}`,
      // The holiday weeks nobody met.
      exdates: [
        weeklyStart + 7 * DAY_MS * rng.int(20, 30),
        weeklyStart + 7 * DAY_MS * rng.int(40, 50),
      ],
      organizer: guestOf(rng, lead),
      guests: team
        .slice(1, 8)
        .map((a, i) => guestOf(rng, a, i === 2 ? 'DECLINED' : i === 3 ? 'TENTATIVE' : 'ACCEPTED')),
      description: 'Agenda:\n- wins\n- blockers\n- next steps',
      hasAlarm: true,
      hasConference: true,
    });
    meetings.push({
      uid: `${uid(rng)}@google.com`,
      summary: `${owner.firstName} / ${lead.firstName} 1:1`,
      startMs: weekdayAt(sinceMs + 14 * DAY_MS, 4, 15),
      minutes: 30,
      rrule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=${until}`,
      exdates: [],
      organizer: me,
      guests: [guestOf(rng, lead)],
      description: 'Running notes in the doc.',
      hasAlarm: false,
      hasConference: true,
    });
  }
  const guild = [...team.slice(0, 3), ...known.slice(0, 6)];
  if (guild.length > 1) {
    const start = weekdayAt(endMs - 400 * DAY_MS, 4, 16);
    meetings.push({
      uid: `${uid(rng)}@google.com`,
      summary: `${world.track.topics[0] ?? 'Practice'} guild`,
      startMs: start,
      minutes: 60,
      rrule: `FREQ=MONTHLY;BYDAY=1${BYDAY[new Date(start).getUTCDay()] ?? 'TH'};COUNT=12`,
      exdates: [],
      organizer: guestOf(rng, guild[0] as Acquaintance),
      guests: guild
        .slice(1)
        .map((a) => guestOf(rng, a, rng.chance(0.2) ? 'NEEDS-ACTION' : 'ACCEPTED')),
      description: 'Talks and open discussion.\nAll welcome.',
      hasAlarm: false,
      hasConference: true,
    });
  }
  const mentor = prospects[0];
  if (mentor) {
    const start = weekdayAt(endMs - 200 * DAY_MS, 3, 8);
    meetings.push({
      uid: `${uid(rng)}@google.com`,
      summary: `Mentoring: ${mentor.firstName} and ${owner.firstName}`,
      startMs: start,
      minutes: 45,
      rrule: 'FREQ=MONTHLY;INTERVAL=1;COUNT=6',
      exdates: [],
      organizer: guestOf(rng, mentor),
      guests: [],
      description: `Career conversations with ${mentor.firstName} (${mentor.title}, ${mentor.company}).`,
      hasAlarm: true,
      hasConference: false,
    });
  }
  // One-off coffees and calls: prospects met through introductions, and old colleagues.
  for (const a of [...prospects.slice(1, 7), ...known.slice(6, 16)]) {
    const day = Math.floor((endMs - rng.int(10, 700) * DAY_MS) / DAY_MS) * DAY_MS;
    meetings.push({
      uid: `${uid(rng)}@google.com`,
      summary:
        a.kind === 'prospect'
          ? `Coffee: ${owner.firstName} <> ${a.firstName}`
          : `Catch-up with ${a.firstName}`,
      startMs: day + rng.int(9, 16) * 3_600_000 + rng.pick([0, 30]) * 60_000,
      minutes: 30,
      exdates: [],
      organizer: me,
      guests: [guestOf(rng, a)],
      description: '',
      hasAlarm: rng.chance(0.3),
      hasConference: rng.chance(0.5),
    });
  }
  meetings.sort((a, b) => a.startMs - b.startMs);

  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${ownerEmail}`,
    `X-WR-TIMEZONE:${zone.tzid}`,
    'BEGIN:VTIMEZONE',
    `TZID:${zone.tzid}`,
    `X-LIC-LOCATION:${zone.tzid}`,
    ...zone.lines,
    'END:VTIMEZONE',
    ...meetings.flatMap((m) => eventLines(m, zone, world.exportMs, me)),
    'END:VCALENDAR',
  ];
  return Buffer.from(lines.map(foldLine).join(''), 'utf8');
}
