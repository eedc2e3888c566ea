/**
 * Calendar files (.ics) as Google Calendar exports them, one per calendar, and as invites carry
 * them (docs/formats.md section 7). A meeting is a MessageRecord with channel `calendar`: who met
 * whom, and when. One record per occurrence of a repeating meeting.
 *
 * What a user would notice:
 * - `sentAt` is DTSTART in UTC when its zone is known (TZID through Intl or the file's
 *   VTIMEZONE, or `Z`), else the wall-clock time without `Z` (floating, all-day);
 * - `to` is everybody on the meeting, organiser included, except the owner, rooms and people
 *   who declined; the organiser is counted once even when also an ATTENDEE; `from` is the
 *   organiser unless the owner organised it (then the direction is `out`); an event without
 *   an ORGANIZER is the owner's own (`out`);
 * - the owner is `ownerEmails`, or the calendar's name (X-WR-CALNAME) when it is an address
 *   (Google names the main calendar after its owner); else the address on most events, said so
 *   in an `owner-inferred` issue;
 * - repeating meetings are expanded (ics-occurrences.ts): EXDATE and changed or cancelled
 *   instances (RECURRENCE-ID) are honoured; nothing after `now` (the export date) counts;
 * - VALARM blocks are skipped whole, so their ATTENDEE (the alarm's recipient) is no guest;
 * - cancelled events, events the owner declined and events with nobody else are skipped and
 *   counted.
 *
 * ical.js is used for what it does well (RRULE stepping, VTIMEZONE offsets); lines are read
 * here (vcard/physical-lines.ts and content-line.ts) so that every record keeps the line of its
 * BEGIN:VEVENT and one bad line or event never loses the file (ical.js's parser throws on the
 * first error).
 */
import { createHash } from 'node:crypto';
import { normaliseEmail } from '../../core/email-address.js';
import { countSkip, emptyParsedFile } from '../import-batch.js';
import type { MessageRecord, ParsedFile, PersonRef } from '../import-batch.js';
import {
  paramValue,
  parseContentLine,
  unescapeText,
  type ContentLine,
} from '../vcard/content-line.js';
import { isEmailLike } from '../vcard/contact-person.js';
import { IssueCollector } from '../vcard/issue-collector.js';
import {
  decodeValueBytes,
  PhysicalLineReader,
  toUtf8Bytes,
  type PhysicalLine,
} from '../vcard/physical-lines.js';
import { expandOccurrences, MAX_STEP_UNITS_PER_FILE, type StepBudget } from './ics-occurrences.js';
import { participantPerson, readParticipant, type Participant } from './ics-participants.js';
import {
  buildVtimezone,
  formatMoment,
  momentSortMs,
  parseIcsTime,
  resolveIanaZone,
  resolveWindowsZone,
  type Moment,
  type TimeZone,
} from './ics-time.js';

export interface IcsParseOptions {
  /** The owner's addresses; matched after normalisation (core/email-address.ts). */
  ownerEmails?: readonly string[];
  /**
   * The export (or import) date: no meeting after it counts. Without it an endless series
   * counts its first MAX_OCCURRENCES_PER_SERIES meetings, so callers should pass it.
   */
  now?: Date;
}

/** Longest unfolded line kept (design choice: a long DESCRIPTION; bounds memory). */
export const MAX_ICS_LINE_BYTES = 256 * 1024;
/** Events read from one file (design choice: decades of a busy calendar). */
export const MAX_ICS_EVENTS = 100_000;
/** Components inside one another (design choice: real files nest 3 deep, VCALENDAR > VEVENT > VALARM). */
const MAX_NESTING = 16;
/** Lines of one VTIMEZONE (design choice: Google writes about 20; a longer one is not read). */
const MAX_ZONE_LINES = 1_000;

/** Meeting records from one file (design choice: bounds memory for expanded series). */
export const MAX_ICS_MEETINGS = 200_000;
/**
 * Guests summed over all meeting records of a file (design choice: about 40 MB of references).
 * Every guest of an event is kept (the graph bounds group size later); this only stops a file
 * whose huge guest list repeats hundreds of times from exhausting memory.
 */
export const MAX_ICS_GUEST_SLOTS = 5_000_000;

interface EventProperty extends ContentLine {
  line: number;
}

interface RawEvent {
  line: number;
  properties: EventProperty[];
}

interface CalendarEvent {
  line: number;
  uid?: string;
  recurrenceId?: Moment;
  start?: Moment;
  rrule?: string;
  rdates: Moment[];
  exdates: Moment[];
  summary?: string;
  description?: string;
  isCancelled: boolean;
  organizer?: Participant;
  participants: Participant[];
}

const text = (binary: string): string => unescapeText(decodeValueBytes(binary).text);

/** Reads the file's structure: events with their lines, zones, the calendar's name. */
class IcsReader {
  readonly events: RawEvent[] = [];
  readonly zoneLines = new Map<string, string[]>();
  calendarName: string | undefined;
  private readonly stack: string[] = [];
  private event: RawEvent | undefined;
  private eventDepth = 0;
  private zone: { tzid?: string; lines: string[]; depth: number; isBroken: boolean } | undefined;
  private readonly reader: PhysicalLineReader;

  constructor(
    input: Uint8Array | string,
    private readonly issues: IssueCollector,
  ) {
    this.reader = new PhysicalLineReader(toUtf8Bytes(input));
  }

  read(): void {
    for (let first = this.reader.take(); first; first = this.reader.take()) {
      if (first.text.trim() === '' || /^[ \t]/.test(first.text)) continue;
      const line = this.unfold(first);
      const property = parseContentLine(line);
      if (!property) {
        this.issues.add(
          'bad-row',
          'warning',
          `line ${first.line} is not an iCalendar property; it was ignored.`,
          first.line,
        );
        continue;
      }
      if (!this.take(property, first.line)) break;
    }
    if (this.event) {
      this.issues.add(
        'bad-row',
        'warning',
        `the event that starts on line ${this.event.line} has no END:VEVENT; it was read to the end of the file.`,
        this.event.line,
      );
      this.events.push(this.event);
    }
  }

  private unfold(first: PhysicalLine): string {
    let line = first.text;
    let isTruncated = false;
    // Google folds at 75 octets, even inside a parameter (`RSVP=` / ` TRUE`): drop the line end
    // and the one space or tab after it (RFC 5545 section 3.1).
    for (
      let next = this.reader.peek();
      next && /^[ \t]/.test(next.text);
      next = this.reader.peek()
    ) {
      this.reader.take();
      if (line.length + next.text.length > MAX_ICS_LINE_BYTES) isTruncated = true;
      else line += next.text.slice(1);
    }
    if (isTruncated) {
      this.issues.add(
        'field-too-large',
        'warning',
        `line ${first.line} is longer than ${MAX_ICS_LINE_BYTES / 1024} KiB; the rest of it was dropped.`,
        first.line,
      );
    }
    return line;
  }

  /** Files one property; false once the file has too many events to read on. */
  private take(property: ContentLine, line: number): boolean {
    const value = property.value.trim().toUpperCase();
    if (this.zone) {
      if (this.zone.lines.length >= MAX_ZONE_LINES) this.zone.isBroken = true;
      else this.zone.lines.push(decodeValueBytes(contentLineText(property)).text);
    }
    if (property.name === 'BEGIN') {
      if (this.stack.length >= MAX_NESTING) {
        this.issues.add(
          'bad-row',
          'warning',
          `line ${line}: components are nested more than ${MAX_NESTING} deep; BEGIN:${value.slice(0, 40)} was ignored.`,
          line,
        );
        return true;
      }
      this.stack.push(value);
      if (value === 'VEVENT' && !this.event) {
        if (this.events.length >= MAX_ICS_EVENTS) {
          this.issues.add(
            'file-too-large',
            'error',
            `the file has more than ${MAX_ICS_EVENTS.toLocaleString('en-US')} events; the rest, from line ${line}, was not read.`,
            line,
          );
          return false;
        }
        this.event = { line, properties: [] };
        this.eventDepth = this.stack.length;
      }
      if (value === 'VTIMEZONE' && !this.zone) {
        this.zone = { lines: ['BEGIN:VTIMEZONE'], depth: this.stack.length, isBroken: false };
      }
      return true;
    }
    if (property.name === 'END') {
      const at = this.stack.lastIndexOf(value);
      if (at < 0) {
        this.issues.add(
          'bad-row',
          'warning',
          `line ${line}: END:${value.slice(0, 40)} closes nothing; it was ignored.`,
          line,
        );
        return true;
      }
      if (at !== this.stack.length - 1) {
        this.issues.add(
          'bad-row',
          'warning',
          `line ${line}: END:${value} also closes ${this.stack.slice(at + 1).join(', ')}, which had no END.`,
          line,
        );
      }
      this.stack.length = at;
      if (this.event && this.stack.length < this.eventDepth) {
        this.events.push(this.event);
        this.event = undefined;
      }
      if (this.zone && this.stack.length < this.zone.depth) {
        if (this.zone.tzid && !this.zone.isBroken) {
          this.zoneLines.set(this.zone.tzid, this.zone.lines);
        }
        this.zone = undefined;
      }
      return true;
    }
    if (this.event) {
      // Only the event's own properties: a VALARM's ATTENDEE is whom the alarm mails.
      if (this.stack.length === this.eventDepth) this.event.properties.push({ ...property, line });
      return true;
    }
    if (this.zone) {
      if (property.name === 'TZID' && this.stack.length === this.zone.depth) {
        this.zone.tzid = text(property.value).trim();
      }
      return true;
    }
    if (property.name === 'X-WR-CALNAME' && this.calendarName === undefined) {
      this.calendarName = text(property.value).trim();
    }
    return true;
  }
}

/** A content line written back (for ical.js, which reads VTIMEZONE text). */
function contentLineText(property: ContentLine): string {
  const params = property.params
    .map(
      (param) =>
        `;${param.name}=${param.values.map((v) => (/[;:,]/.test(v) ? `"${v}"` : v)).join(',')}`,
    )
    .join('');
  return `${property.name}${params}:${property.value}`;
}

/** Turns raw events into calendar events, resolving zones once per TZID. */
class EventReader {
  private readonly zones = new Map<string, TimeZone | undefined>();

  constructor(
    private readonly zoneLines: ReadonlyMap<string, string[]>,
    private readonly issues: IssueCollector,
  ) {}

  private zone(tzid: string, line: number): TimeZone | undefined {
    if (!this.zones.has(tzid)) {
      const lines = this.zoneLines.get(tzid);
      const zone =
        resolveIanaZone(tzid) ??
        (lines ? buildVtimezone(tzid, lines) : undefined) ??
        resolveWindowsZone(tzid);
      if (!zone) {
        this.issues.add(
          'bad-date',
          'warning',
          `line ${line}: the time zone "${tzid.slice(0, 60)}" is unknown; its times are kept as local time without a zone.`,
          line,
        );
      }
      this.zones.set(tzid, zone);
    }
    return this.zones.get(tzid);
  }

  /** Every date of a DTSTART, EXDATE, RDATE or RECURRENCE-ID line; bad ones are reported. */
  moments(property: EventProperty): Moment[] {
    const tzid = paramValue(property, 'TZID');
    const zone = tzid ? this.zone(decodeValueBytes(tzid).text, property.line) : undefined;
    const found: Moment[] = [];
    for (const raw of property.value.split(',')) {
      // An RDATE PERIOD (`start/end` or `start/duration`) counts from its start.
      const value = raw.split('/')[0] ?? '';
      const parsed = parseIcsTime(value);
      if (!parsed) {
        this.issues.add(
          'bad-date',
          property.name === 'DTSTART' ? 'error' : 'warning',
          `line ${property.line}: ${property.name} "${decodeValueBytes(value).text.slice(0, 40)}" is not a date${property.name === 'DTSTART' ? '; the event was skipped' : ''}.`,
          property.line,
        );
        continue;
      }
      const moment: Moment = { local: parsed.local, isUtc: parsed.isUtc };
      if (zone && !parsed.isUtc && !parsed.local.isDate) moment.zone = zone;
      found.push(moment);
    }
    return found;
  }

  read(raw: RawEvent): CalendarEvent {
    const event: CalendarEvent = {
      line: raw.line,
      rdates: [],
      exdates: [],
      isCancelled: false,
      participants: [],
    };
    for (const property of raw.properties) {
      switch (property.name) {
        case 'UID':
          event.uid = text(property.value).trim() || undefined;
          break;
        case 'DTSTART':
          event.start = this.moments(property)[0];
          break;
        case 'RECURRENCE-ID':
          event.recurrenceId = this.moments(property)[0];
          break;
        case 'RRULE':
          event.rrule ??= decodeValueBytes(property.value).text;
          break;
        case 'RDATE':
          event.rdates.push(...this.moments(property));
          break;
        case 'EXDATE':
          event.exdates.push(...this.moments(property));
          break;
        case 'SUMMARY':
          event.summary = text(property.value).trim() || undefined;
          break;
        case 'DESCRIPTION':
          event.description = text(property.value) || undefined;
          break;
        case 'STATUS':
          event.isCancelled = /^\s*CANCELLED\s*$/i.test(property.value);
          break;
        case 'ORGANIZER':
          event.organizer = readParticipant(property);
          break;
        case 'ATTENDEE': {
          const attendee = readParticipant(property);
          if (attendee) event.participants.push(attendee);
          break;
        }
        default:
          break;
      }
    }
    return event;
  }
}

/** Who the owner is: the given addresses, the calendar's name, or the most frequent address. */
function findOwners(
  events: readonly CalendarEvent[],
  options: IcsParseOptions,
  calendarName: string | undefined,
  issues: IssueCollector,
): Set<string> {
  const owners = new Set<string>();
  for (const email of options.ownerEmails ?? []) {
    owners.add(normaliseEmail(email) ?? email.trim().toLowerCase());
  }
  if (calendarName && isEmailLike(calendarName)) {
    owners.add(normaliseEmail(calendarName) ?? calendarName.toLowerCase());
  }
  if (owners.size > 0) return owners;
  const counts = new Map<string, number>();
  let withPeople = 0;
  for (const event of events) {
    const keys = new Set(
      [event.organizer, ...event.participants]
        .filter((p): p is Participant => p !== undefined && !p.isResource && p.email !== undefined)
        .map((p) => p.key),
    );
    if (keys.size > 0) withPeople += 1;
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (withPeople === 0) return owners;
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top && (!second || top[1] > second[1]) && top[1] > 1) {
    owners.add(top[0]);
    issues.add(
      'owner-inferred',
      'info',
      `the calendar's owner was taken to be ${top[0]}, who is on ${top[1]} of ${withPeople} events; pass the owner's addresses if that is wrong.`,
    );
    return owners;
  }
  issues.add(
    'ambiguous-owner',
    'warning',
    `nothing says whose calendar this is (no owner address given, and no address is on more events than the others); every guest is kept, and the direction of each meeting is a guess.`,
  );
  return owners;
}

function fallbackKey(event: CalendarEvent, raw: RawEvent): string {
  const start = raw.properties.find((property) => property.name === 'DTSTART')?.value ?? '';
  const digest = createHash('sha256')
    .update(`${start}\n${event.summary ?? ''}\n${event.organizer?.key ?? ''}`)
    .digest('hex')
    .slice(0, 24);
  return `no-uid:${digest}`;
}

interface Meeting {
  from?: PersonRef;
  to: PersonRef[];
  direction: 'in' | 'out';
}

/** Who met whom at an event, or why it is no meeting (a skip reason). */
function describeMeeting(event: CalendarEvent, owners: ReadonlySet<string>): Meeting | string {
  if (event.isCancelled) return 'cancelled';
  const ownerDeclined = event.participants.some(
    (p) => owners.has(p.key) && p.partstat === 'DECLINED',
  );
  if (ownerDeclined) return 'declined by the owner';
  const seen = new Set<string>();
  const to: PersonRef[] = [];
  const everyone = event.organizer ? [event.organizer, ...event.participants] : event.participants;
  for (const participant of everyone) {
    if (seen.has(participant.key)) continue;
    seen.add(participant.key);
    if (owners.has(participant.key) || participant.isResource) continue;
    if (participant !== event.organizer && participant.partstat === 'DECLINED') continue;
    to.push(participantPerson(participant));
  }
  if (to.length === 0) return 'no other participants';
  const organizer = event.organizer;
  if (!organizer || owners.has(organizer.key)) return { to, direction: 'out' };
  return { from: participantPerson(organizer), to, direction: 'in' };
}

class MeetingWriter {
  private meetings = 0;
  private guestSlots = 0;
  private isFull = false;

  constructor(
    private readonly parsed: ParsedFile,
    private readonly issues: IssueCollector,
    private readonly calendarName: string | undefined,
  ) {}

  write(event: CalendarEvent, meeting: Meeting, occurrence: Moment, conversationKey: string): void {
    if (this.isFull) return;
    if (
      this.meetings >= MAX_ICS_MEETINGS ||
      this.guestSlots + meeting.to.length > MAX_ICS_GUEST_SLOTS
    ) {
      this.issues.add(
        'file-too-large',
        'error',
        `the file yields more than ${MAX_ICS_MEETINGS.toLocaleString('en-US')} meetings or ${MAX_ICS_GUEST_SLOTS.toLocaleString('en-US')} guest places; the rest, from the event on line ${event.line}, were not read.`,
        event.line,
      );
      this.isFull = true;
      return;
    }
    this.meetings += 1;
    this.guestSlots += meeting.to.length;
    const record: MessageRecord = {
      kind: 'message',
      channel: 'calendar',
      source: { file: this.issues.file, line: event.line },
      conversationKey,
      sentAt: formatMoment(occurrence),
      to: [...meeting.to],
      direction: meeting.direction,
    };
    if (meeting.from) record.from = meeting.from;
    if (event.summary) record.subject = event.summary;
    if (event.description) record.content = event.description;
    if (this.calendarName) record.folder = this.calendarName;
    if (event.uid) record.externalId = event.uid;
    this.parsed.records.push(record);
  }
}

/** Reads one .ics file into meetings. Never throws on bad input. */
export function parseIcs(
  input: Uint8Array | string,
  fileName: string,
  options: IcsParseOptions = {},
): ParsedFile {
  const parsed = emptyParsedFile();
  const issues = new IssueCollector(fileName);
  const reader = new IcsReader(input, issues);
  reader.read();
  const eventReader = new EventReader(reader.zoneLines, issues);
  const raws = reader.events;
  const events = raws.map((raw) => eventReader.read(raw));
  const owners = findOwners(events, options, reader.calendarName, issues);
  const cutoffMs = options.now?.getTime();
  const writer = new MeetingWriter(parsed, issues, reader.calendarName);
  const budget: StepBudget = { left: MAX_STEP_UNITS_PER_FILE };

  // Instances an override VEVENT replaces, per UID (RFC 5545 section 3.8.4.4).
  const overridden = new Map<string, Moment[]>();
  for (const event of events) {
    if (!event.uid || !event.recurrenceId) continue;
    const moments = overridden.get(event.uid) ?? [];
    moments.push(withZone(event.recurrenceId, event.start));
    overridden.set(event.uid, moments);
  }
  const seenSeries = new Set<string>();
  events.forEach((event, index) => {
    const raw = raws[index];
    if (!raw) return;
    if (!event.start) {
      if (!raw.properties.some((property) => property.name === 'DTSTART')) {
        issues.add(
          'bad-date',
          'error',
          `line ${event.line}: the event has no DTSTART; it was skipped.`,
          event.line,
        );
      }
      countSkip(parsed, 'no start time');
      return;
    }
    const uid = event.uid ?? fallbackKey(event, raw);
    const seriesKey = `${uid}\n${event.recurrenceId ? momentSortMs(event.recurrenceId) : ''}`;
    if (seenSeries.has(seriesKey)) {
      countSkip(parsed, 'duplicate event');
      return;
    }
    seenSeries.add(seriesKey);
    const meeting = describeMeeting(event, owners);
    if (typeof meeting === 'string') {
      countSkip(parsed, meeting);
      return;
    }
    if (event.recurrenceId) {
      // A changed instance of a series: its own time, the series' slot as its key.
      if (cutoffMs !== undefined && momentSortMs(event.start) > cutoffMs) {
        countSkip(parsed, 'after the cut-off');
        return;
      }
      const slot = formatMoment(withZone(event.recurrenceId, event.start));
      writer.write(event, meeting, event.start, `${uid}/${slot}`);
      return;
    }
    const isSeries = event.rrule !== undefined || event.rdates.length > 0;
    const start = event.start;
    const expansion = expandOccurrences(
      {
        start,
        rrule: event.rrule,
        rdates: event.rdates.map((rdate) => withZone(rdate, start)),
        exdates: event.exdates.map((exdate) => withZone(exdate, start)),
        overridden: overridden.get(uid) ?? [],
        cutoffMs,
      },
      budget,
    );
    if (expansion.ruleProblem !== undefined) {
      issues.add(
        'bad-row',
        'warning',
        `line ${event.line}: the repeat rule "${(event.rrule ?? '').slice(0, 80)}" was not fully expanded (${expansion.ruleProblem}); ${expansion.occurrences.length} meeting${expansion.occurrences.length === 1 ? '' : 's'} of it counted.`,
        event.line,
      );
    }
    if (expansion.isTruncated) {
      issues.add(
        'bad-row',
        'warning',
        `line ${event.line}: the repeat rule was too costly to expand to the end (limits per series and per file); its later meetings were not counted.`,
        event.line,
      );
    }
    if (expansion.droppedOverCap > 0) {
      countSkip(parsed, 'older meetings of a series over the cap', expansion.droppedOverCap);
    }
    if (expansion.occurrences.length === 0) {
      const isLater = cutoffMs !== undefined && momentSortMs(event.start) > cutoffMs;
      countSkip(parsed, isLater ? 'after the cut-off' : 'every occurrence excluded');
      return;
    }
    for (const occurrence of expansion.occurrences) {
      const key = isSeries ? `${uid}/${formatMoment(occurrence)}` : uid;
      writer.write(event, meeting, occurrence, key);
    }
  });
  parsed.issues.push(...issues.toArray());
  return parsed;
}

/** A floating EXDATE of a zoned series is read in the series' zone (lenient; RFC wants the same). */
function withZone(moment: Moment, start: Moment | undefined): Moment {
  if (!start?.zone || moment.isUtc || moment.zone || moment.local.isDate) return moment;
  return { ...moment, zone: start.zone };
}
