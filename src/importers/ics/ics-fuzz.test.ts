import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../import-batch.js';
import { parseIcs } from './ics-file.js';
import { itFuzzesParser, seeded } from '../test-support/fuzz-harness.js';

// Pieces that matter to the grammar.
const TOKENS = [
  'BEGIN:VEVENT\r\n',
  'END:VEVENT\r\n',
  'BEGIN:VALARM\r\n',
  'END:VCALENDAR\r\n',
  'BEGIN:VTIMEZONE\r\nTZID:X\r\n',
  'RRULE:FREQ=DAILY;BYMONTHDAY=-1\r\n',
  'RRULE:FREQ=WEEKLY;BYWEEKNO=-1\r\n',
  'RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=MO\r\n',
  'RRULE:FREQ=YEARLY;INTERVAL=99999999\r\n',
  'RRULE:FREQ=SECONDLY\r\n',
  'RRULE:FREQ=DAILY\r\n',
  'RRULE:FREQ=MONTHLY;BYDAY=-1FR;BYSETPOS=1\r\n',
  'EXDATE:20240101T100000Z\r\n',
  'RECURRENCE-ID:20240102T090000Z\r\n',
  'DTSTART;TZID=Europe/Tallinn:20240411T110000\r\n',
  'DTSTART;TZID=Nowhere/Else:20240411T110000\r\n',
  'DTSTART;VALUE=DATE:20240230\r\n',
  ';TZID=',
  ';',
  ':',
  '\r\n ',
  '\r\n',
  '\n',
  'mailto:',
  '"',
  '\\',
  ',COUNT=3',
  'UNTIL=20240105',
  'ATTENDEE;PARTSTAT=DECLINED:mailto:owner@example.com\r\n',
  'STATUS:CANCELLED\r\n',
];

function expectWellFormed(parsed: ParsedFile, name: string): void {
  for (const issue of parsed.issues) {
    expect(issue.file).toBe(name);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  for (const record of parsed.records) {
    expect(record.source.file).toBe(name);
    if (record.kind === 'message')
      expect(record.sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?$/);
  }
  for (const count of Object.values(parsed.skipped)) expect(count).toBeGreaterThan(0);
}

const OPTIONS = { ownerEmails: ['owner@example.com'], now: new Date('2025-01-01T00:00:00Z') };

describe('parseIcs fuzz', () => {
  itFuzzesParser({
    parse: (input, name) => parseIcs(input, name, OPTIONS),
    fixtures: new URL('./fixtures/', import.meta.url),
    extension: '.ics',
    tokens: TOKENS,
    check: expectWellFormed,
  });

  it('never hangs on random recurrence rules, including ones ical.js could loop on', () => {
    const random = seeded(3);
    const pick = <T>(list: readonly [T, ...T[]]): T =>
      list[Math.floor(random() * list.length)] ?? list[0];
    const days: [string, ...string[]] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const parts: Record<string, () => string> = {
      BYDAY: () => pick(['', '1', '-1', '5', '-5', '53', '0']) + pick(days),
      BYMONTHDAY: () => String(pick([1, 15, 29, 30, 31, -1, -31, 0, 32])),
      BYYEARDAY: () => String(pick([1, 100, 366, -1, 0])),
      BYWEEKNO: () => String(pick([1, 10, 53, -1, 0])),
      BYMONTH: () => String(pick([1, 2, 4, 12, 13])),
      BYSETPOS: () => String(pick([1, -1, 2, 366, 0])),
      BYHOUR: () => String(pick([0, 9, 23, 24])),
    };
    for (let round = 0; round < 400; round++) {
      const rule = [`FREQ=${pick(['SECONDLY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'])}`];
      if (random() < 0.5) rule.push(`INTERVAL=${pick([0, 1, 2, 7, 12, 400, 99999999])}`);
      for (const [part, value] of Object.entries(parts)) {
        if (random() < 0.3) rule.push(`${part}=${value()},${value()}`);
      }
      if (random() < 0.2) rule.push(pick(['COUNT=3', 'UNTIL=20240105', 'UNTIL=20250101T000000Z']));
      const text = [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        `DTSTART:${pick(['20240301T100000Z', '20240229T100000', '19000101T000000Z'])}`,
        `RRULE:${rule.join(';')}`,
        'UID:fuzz@example.com',
        'ATTENDEE:mailto:guest@example.com',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
      const name = `rule-${round}.ics`;
      expectWellFormed(parseIcs(text, name, round % 2 === 0 ? OPTIONS : {}), name);
    }
  });
});
