import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageRecord, ParsedFile } from '../import-batch.js';
import { parseIcs, type IcsParseOptions } from './ics-file.js';
import { looksLikeIcs } from './looks-like-ics.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const OWNER: IcsParseOptions = { ownerEmails: ['owner@example.com'] };

function parse(name: string, options: IcsParseOptions = OWNER): ParsedFile {
  return parseIcs(fixture(name), name, options);
}

function meetings(parsed: ParsedFile): MessageRecord[] {
  return parsed.records
    .filter((record): record is MessageRecord => record.kind === 'message')
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

describe('parseIcs', () => {
  it('reads a Google invite folded at 75 octets mid-parameter and mid-character', () => {
    const name = 'google-invite-folded-mid-parameter.ics';
    const parsed = parse(name, { ownerEmails: ['sam@example.org'] });
    expect(parsed.issues).toEqual([]);
    const jane = { fullName: 'Jane Doe', emails: ['jane@example.com'] };
    expect(meetings(parsed)).toEqual([
      {
        kind: 'message',
        channel: 'calendar',
        source: { file: name, line: 24 },
        conversationKey: '4q8fj2k1invite@google.com',
        // 11:00 in Tallinn in April is summer time, UTC+3.
        sentAt: '2024-04-11T08:00:00Z',
        from: jane,
        to: [jane, { fullName: 'Zoë Ångström-Łukasiewicz', emails: ['zoe.angstrom@example.net'] }],
        direction: 'in',
        subject: 'Intro call',
        content: 'Intro with both Tallinn teams, then lunch at the Old Town café Kohvik.',
        externalId: '4q8fj2k1invite@google.com',
      },
    ]);
  });

  it('does not take a CN that is just the address for a name', () => {
    const [meeting] = meetings(parse('cn-is-just-the-email.ics'));
    expect(meeting?.direction).toBe('out');
    expect(meeting?.from).toBeUndefined();
    expect(meeting?.to).toEqual([
      { emails: ['lars.berg@example.com'] },
      { fullName: 'Mina Park', emails: ['mina@example.com'] },
    ]);
  });

  it('counts an organiser who is also an ATTENDEE once', () => {
    const [meeting] = meetings(parse('organizer-also-attendee.ics'));
    const jane = { fullName: 'Jane Doe', emails: ['jane@example.com'] };
    expect(meeting?.from).toEqual(jane);
    expect(meeting?.to).toEqual([jane, { fullName: 'Tom Berg', emails: ['tom@example.com'] }]);
  });

  it('converts TZID times to UTC on both sides of daylight saving', () => {
    const parsed = parse('tzid-with-vtimezone.ics');
    expect(meetings(parsed).map((m) => [m.subject, m.sentAt])).toEqual([
      ['Winter', '2024-01-15T09:00:00Z'],
      ['Summer', '2024-04-11T08:00:00Z'],
    ]);
  });

  it('uses the VTIMEZONE for an Outlook zone name Intl does not know', () => {
    const parsed = parse('outlook-windows-tzid-vtimezone.ics');
    expect(parsed.issues).toEqual([]);
    expect(meetings(parsed).map((m) => [m.sentAt, m.from, m.direction])).toEqual([
      ['2024-01-15T09:00:00Z', { fullName: 'Doe, Jane', emails: ['jane@example.com'] }, 'in'],
      ['2024-07-15T08:00:00Z', { fullName: 'Doe, Jane', emails: ['jane@example.com'] }, 'in'],
    ]);
  });

  it('expands a weekly series, honours EXDATE and keeps 11:00 local across the DST change', () => {
    const parsed = parse('recurring-weekly-with-exdate.ics');
    expect(parsed.issues).toEqual([]);
    // COUNT=5 Thursdays from 21 March; 4 April is excluded; Tallinn moves to UTC+3 on 31 March.
    expect(meetings(parsed).map((m) => [m.sentAt, m.conversationKey, m.source.line])).toEqual([
      ['2024-03-21T09:00:00Z', 'weekly-1@google.com/2024-03-21T09:00:00Z', 23],
      ['2024-03-28T09:00:00Z', 'weekly-1@google.com/2024-03-28T09:00:00Z', 23],
      ['2024-04-11T08:00:00Z', 'weekly-1@google.com/2024-04-11T08:00:00Z', 23],
      ['2024-04-18T08:00:00Z', 'weekly-1@google.com/2024-04-18T08:00:00Z', 23],
    ]);
    expect(meetings(parsed)[0]?.to).toEqual([
      { fullName: 'Kadri Tamm', emails: ['kadri@example.com'] },
    ]);
  });

  it('counts an endless series only up to the cut-off', () => {
    const name = 'recurring-open-ended-cut-off.ics';
    const until20 = parse(name, { ...OWNER, now: new Date('2024-01-20T00:00:00Z') });
    expect(meetings(until20).map((m) => m.sentAt)).toEqual([
      '2024-01-01T10:00:00Z',
      '2024-01-08T10:00:00Z',
      '2024-01-15T10:00:00Z',
    ]);
    const atNoon = parse(name, { ...OWNER, now: new Date('2024-02-05T12:00:00Z') });
    expect(meetings(atNoon)).toHaveLength(6);
    const noCutoff = parse(name);
    expect(meetings(noCutoff)).toHaveLength(500);
    expect(meetings(noCutoff)[0]?.sentAt).toBe('2024-01-01T10:00:00Z');
  });

  it('keeps the most recent 500 meetings of a long series and counts the older ones', () => {
    const text = fixture('recurring-open-ended-cut-off.ics').toString('utf8');
    const daily = text.replace('RRULE:FREQ=WEEKLY;BYDAY=MO', 'RRULE:FREQ=DAILY');
    // 1 January to 30 June 2025 inclusive is 366 + 181 = 547 days.
    const parsed = parseIcs(daily, 'daily.ics', {
      ...OWNER,
      now: new Date('2025-06-30T23:00:00Z'),
    });
    expect(meetings(parsed)).toHaveLength(500);
    expect(meetings(parsed)[0]?.sentAt).toBe('2024-02-17T10:00:00Z');
    expect(parsed.skipped).toEqual({ 'older meetings of a series over the cap': 47 });
  });

  it('moves a changed instance and drops a cancelled one (RECURRENCE-ID)', () => {
    const parsed = parse('recurring-instance-moved-and-cancelled.ics');
    expect(meetings(parsed).map((m) => [m.sentAt, m.subject, m.conversationKey])).toEqual([
      ['2024-01-02T09:00:00Z', 'Standup', 'daily-1@example.com/2024-01-02T09:00:00Z'],
      ['2024-01-03T14:00:00Z', 'Standup (moved)', 'daily-1@example.com/2024-01-03T09:00:00Z'],
      ['2024-01-05T09:00:00Z', 'Standup', 'daily-1@example.com/2024-01-05T09:00:00Z'],
    ]);
    expect(parsed.skipped).toEqual({ cancelled: 1 });
  });

  it('ignores the ATTENDEE of a VALARM', () => {
    const [meeting] = meetings(parse('valarm-attendee-ignored.ics'));
    expect(meeting?.to).toEqual([{ fullName: 'Nia Long-Example', emails: ['nia@example.com'] }]);
  });

  it('keeps attendees written without mailto as names', () => {
    const parsed = parse('non-mailto-attendee.ics');
    expect(meetings(parsed)[0]?.to).toEqual([
      { fullName: 'Chris, Phil' },
      { fullName: 'Dana Scully-Example' },
    ]);
  });

  it('undoes \\n, \\, and \\; escapes in the summary and description', () => {
    const [meeting] = meetings(parse('description-newline-escapes.ics'));
    expect(meeting?.subject).toBe('Lunch, then walk');
    expect(meeting?.content).toBe(
      'Agenda:\n1. Roadmap\n2. Hiring; budget\n\nJoin: https://meet.google.com/xyz-abcd-efg',
    );
  });

  it('takes the owner from a calendar named after an address (one .ics per calendar)', () => {
    const parsed = parse('calendar-named-after-owner.ics', {});
    const ada = { fullName: 'Ada Lovelace-Example', emails: ['ada@example.com'] };
    expect(meetings(parsed).map((m) => [m.subject, m.direction, m.from, m.to, m.folder])).toEqual([
      ['My meeting', 'out', undefined, [ada], 'owner@example.com'],
      [
        'Their meeting',
        'in',
        ada,
        [ada, { fullName: 'Alan Turing-Example', emails: ['alan@example.com'] }],
        'owner@example.com',
      ],
    ]);
    expect(parsed.skipped).toEqual({ 'no other participants': 1 });
    expect(parsed.issues).toEqual([]);
  });

  it('skips meetings the owner declined and cancelled ones, and leaves out guests who declined', () => {
    const parsed = parse('owner-declined-and-cancelled.ics', {});
    expect(parsed.skipped).toEqual({ 'declined by the owner': 1, cancelled: 1 });
    expect(meetings(parsed).map((m) => [m.subject, m.to])).toEqual([
      ['Alan declined', [{ fullName: 'Ada Lovelace-Example', emails: ['ada@example.com'] }]],
    ]);
  });

  it('keeps floating and all-day times as local time without Z', () => {
    const parsed = parse('floating-and-all-day.ics');
    expect(meetings(parsed).map((m) => m.sentAt)).toEqual([
      '2024-03-18T09:30:00',
      '2024-03-19T00:00:00',
    ]);
  });

  it('counts a rule ical.js could loop on once, with a warning, and finishes', () => {
    const parsed = parse('recurring-daily-impossible-rule.ics');
    expect(meetings(parsed).map((m) => [m.subject, m.sentAt])).toEqual([
      ['Never again', '2024-03-01T10:00:00Z'],
      ['Month end', '2024-03-01T10:00:00Z'],
    ]);
    expect(parsed.issues.map((issue) => [issue.code, issue.severity, issue.line])).toEqual([
      ['bad-row', 'warning', 5],
      ['bad-row', 'warning', 14],
    ]);
  });

  it('leaves rooms, resources and shared calendars out of the guests', () => {
    const [meeting] = meetings(parse('room-resource-attendee.ics'));
    expect(meeting?.to).toEqual([{ fullName: 'Eli Cohen-Example', emails: ['eli@example.com'] }]);
  });

  it('infers the owner from the address on most events and says so', () => {
    const parsed = parse('recurring-instance-moved-and-cancelled.ics', {});
    expect(meetings(parsed).every((m) => m.direction === 'out')).toBe(true);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'owner-inferred', severity: 'info' }),
    ]);
  });

  it('keeps every guest and warns when nothing says who the owner is', () => {
    const parsed = parse('organizer-also-attendee.ics', {});
    expect(meetings(parsed)[0]?.to.map((person) => person.emails?.[0])).toEqual([
      'jane@example.com',
      'owner@example.com',
      'tom@example.com',
    ]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'ambiguous-owner', severity: 'warning' }),
    ]);
  });

  it('reports an event without a start and one without an end, keeping what it can', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:a@example.com',
      'ATTENDEE:mailto:x@example.com',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b@example.com',
      'DTSTART:20240101T100000Z',
      'ATTENDEE:mailto:y@example.com',
    ].join('\r\n');
    const parsed = parseIcs(text, 'broken.ics', OWNER);
    expect(meetings(parsed).map((m) => m.conversationKey)).toEqual(['b@example.com']);
    expect(parsed.skipped).toEqual({ 'no start time': 1 });
    expect(parsed.issues.map((issue) => [issue.code, issue.line, issue.file])).toEqual([
      ['bad-row', 6, 'broken.ics'],
      ['bad-date', 2, 'broken.ics'],
    ]);
  });
});

describe('looksLikeIcs', () => {
  it('recognises a calendar by its first line, whatever the file is called', () => {
    expect(
      looksLikeIcs('BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN'),
    ).toBe(true);
    expect(looksLikeIcs('\uFEFF\nbegin:vcalendar\n')).toBe(true);
    expect(looksLikeIcs('BEGIN:VCARD\r\n')).toBe(false);
    expect(looksLikeIcs('From 1654953015393719153@xxx Mon Jan 06 04:49:45 +0000 2020\n')).toBe(
      false,
    );
  });
});

describe('parseIcs on real exports', () => {
  it('makes no person of an organiser with an empty name and a bare "mailto"', () => {
    const [meeting] = meetings(parse('organizer-empty-cn-bare-mailto.ics'));
    expect(meeting?.from).toBeUndefined();
    expect(meeting?.to).toEqual([{ fullName: 'Ben Ito', emails: ['ben@example.com'] }]);
  });

  it('makes no person "Contacts" of Google\'s birthdays calendar', () => {
    const parsed = parse('google-birthdays-contacts-virtual.ics', {
      ...OWNER,
      now: new Date('2024-12-01T00:00:00Z'),
    });
    expect(parsed.records).toEqual([]);
    expect(parsed.skipped['no other participants']).toBe(2);
  });

  it('counts an all-day instance moved by a zoned RECURRENCE-ID once, on its new day', () => {
    const parsed = parse('all-day-series-instance-moved-windows-tzid.ics');
    expect(meetings(parsed).map((m) => [m.sentAt, m.subject])).toEqual([
      ['2024-04-03T00:00:00', 'Offsite day'],
      ['2024-04-11T00:00:00', 'Offsite day (moved to Thursday)'],
      ['2024-04-17T00:00:00', 'Offsite day'],
    ]);
  });

  it('maps Windows zone ids and display names as CLDR does, and names the one it cannot', () => {
    const parsed = parse('windows-zone-names-without-vtimezone.ics');
    expect(meetings(parsed).map((m) => [m.subject, m.sentAt])).toEqual([
      // 10:00 in Sydney in January is summer time, UTC+11: the evening before in UTC.
      ['Old GMT display name', '2024-01-14T23:00:00Z'],
      ['Unknown zone', '2024-01-15T10:00:00'],
      // 10:00 in New York in January is UTC-5.
      ['Eastern display name', '2024-01-15T15:00:00Z'],
      // 10:00 in Berlin in July is UTC+2.
      ['Windows zone id', '2024-07-15T08:00:00Z'],
    ]);
    expect(parsed.issues.map((i) => i.message)).toEqual([
      'line 29: the time zone "Customized Time Zone 7" is unknown; its times are kept as local time without a zone.',
    ]);
  });

  it('uses the VTIMEZONE a TZID as odd as "1" names', () => {
    const parsed = parse('tzid-numeric-names-own-vtimezone.ics');
    expect(parsed.issues).toEqual([]);
    // The zone is UTC-5 in winter and UTC-4 from the second Sunday of March.
    expect(meetings(parsed).map((m) => [m.subject, m.sentAt])).toEqual([
      ['Winter call', '2024-01-15T15:00:00Z'],
      ['Summer call', '2024-07-15T14:00:00Z'],
    ]);
  });

  it('warns about a malformed repeat rule and counts its first meeting only', () => {
    const parsed = parse('rrule-repeated-name-and-unknown-part.ics');
    expect(meetings(parsed).map((m) => [m.subject, m.sentAt])).toEqual([
      ['Weekly sync', '2024-01-08T09:00:00Z'],
      ['Odd sync', '2024-01-09T09:00:00Z'],
    ]);
    expect(parsed.issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [
        5,
        'warning',
        'line 5: the repeat rule "RRULE:FREQ=WEEKLY;COUNT=4" was not fully expanded (the value repeats the property name "RRULE:"); 1 meeting of it counted.',
      ],
      [
        14,
        'warning',
        'line 14: the repeat rule "FREQ=WEEKLY;COUNT=4;INTERVAL=0;FOO=1" was not fully expanded (INTERVAL is not a positive whole number); 1 meeting of it counted.',
      ],
    ]);
  });
});
