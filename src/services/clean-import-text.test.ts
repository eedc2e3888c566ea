/**
 * A NUL byte (and the other control characters) in any importer's text: the import lands on
 * SQLite and on PostgreSQL alike, the text is stored without it, and the row is reported as an
 * issue with its file and line. Each fixture is a small synthetic file with "Nu\0la" in a name.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanImportText, MAX_CONTROL_ISSUES_PER_FILE } from './clean-import-text.js';
import { importFiles } from './import-files.js';
import { openTempStore, type TempStore } from './test-support/temp-store.js';
import type { ImportBatch } from '../importers/import-batch.js';

let store: TempStore;
let dir: string;
beforeEach(async () => {
  store = await openTempStore();
  dir = mkdtempSync(join(tmpdir(), 'weakties-nul-'));
});
afterEach(async () => {
  await store.cleanup();
});

const NOW = new Date('2026-11-23T12:00:00Z');
const NUL = '\u0000';

const GOOGLE_HEADER =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value';
const OUTLOOK_HEADER =
  "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes";

/** file name, text, the line the row with the NUL is on, the name it must be stored as. */
const CASES: { format: string; file: string; text: string; line: number; name: string }[] = [
  {
    format: 'linkedin',
    file: 'Connections.csv',
    text: [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Ana,Ruiz,https://www.linkedin.com/in/anaruiz,ana@example.com,Acme,Engineer,01 Aug 2024',
      `Nu${NUL}la,Berg,https://www.linkedin.com/in/nulaberg,,Globex,CTO,02 Aug 2024`,
      '',
    ].join('\n'),
    line: 3,
    name: 'Nula Berg',
  },
  {
    format: 'vcard',
    file: 'nul-in-name.vcf',
    text: [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Ruiz;Ana;;;',
      'FN:Ana Ruiz',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:Berg;Nu${NUL}la;;;`,
      `FN:Nu${NUL}la Berg`,
      'EMAIL:nula@example.com',
      'END:VCARD',
      '',
    ].join('\r\n'),
    line: 6,
    name: 'Nula Berg',
  },
  {
    format: 'google-csv',
    file: 'google-nul-in-name.csv',
    text: [
      GOOGLE_HEADER,
      `Nu${NUL}la Berg,Nu${NUL}la,,Berg,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts,Work,nula@example.com`,
      '',
    ].join('\n'),
    line: 2,
    name: 'Nula Berg',
  },
  {
    format: 'outlook-csv',
    file: 'outlook-nul-in-name.csv',
    text: [OUTLOOK_HEADER, `Nu${NUL}la,,Berg,,,,,,nula@example.com${','.repeat(52)}`, ''].join(
      '\r\n',
    ),
    line: 2,
    name: 'Nula Berg',
  },
  {
    format: 'whatsapp',
    file: 'WhatsApp Chat with Nula Berg.txt',
    text: [
      '12/07/2024, 22:35 - Nula Berg: Are we still on for Friday?',
      `12/07/2024, 22:36 - Michael Collins: Yes, see you th${NUL}ere`,
      '13/07/2024, 09:01 - Nula Berg: Great',
      '',
    ].join('\n'),
    line: 2,
    name: 'Nula Berg',
  },
  {
    format: 'mbox',
    file: 'nul-in-sender.mbox',
    text: [
      'From nula@example.com Mon Jul 01 09:00:00 2024',
      `From: "Nu${NUL}la Berg" <nula@example.com>`,
      'To: Michael Collins <michael@example.com>',
      'Date: Mon, 01 Jul 2024 09:00:00 +0000',
      `Subject: Coff${NUL}ee`,
      'Message-ID: <one@example.com>',
      '',
      'Shall we meet?',
      '',
    ].join('\n'),
    line: 1,
    name: 'Nula Berg',
  },
  {
    format: 'ics',
    file: 'nul-in-attendee.ics',
    text: [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//weakties tests//EN',
      'BEGIN:VEVENT',
      'UID:one@example.com',
      'DTSTAMP:20240701T090000Z',
      'DTSTART:20240701T090000Z',
      'DTEND:20240701T093000Z',
      'SUMMARY:Coffee',
      'ORGANIZER;CN=Michael Collins:mailto:michael@example.com',
      `ATTENDEE;CN=Nu${NUL}la Berg:mailto:nula@example.com`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
    line: 4,
    name: 'Nula Berg',
  },
  {
    format: 'facebook',
    file: 'your_friends.json',
    text: JSON.stringify({
      friends_v2: [
        { name: 'Sam Porter', timestamp: 1746554400 },
        { name: `Nu${NUL}la Berg`, timestamp: 1704067200 },
      ],
    }),
    line: 2,
    name: 'Nula Berg',
  },
];

describe('a NUL byte in an import', () => {
  it.each(CASES)('$format: lands without it, reported with file and line', async (c) => {
    const path = join(dir, c.file);
    writeFileSync(path, c.text);
    const summary = await importFiles(store, [path], { now: NOW, keepBodies: true });
    expect(summary.source).toBe(c.format);
    expect(summary.runId).not.toBeNull();
    const reported = summary.issues.filter((i) => /control characters/.test(i.message));
    expect(reported.length).toBeGreaterThan(0);
    expect(reported[0]).toMatchObject({ file: c.file, line: c.line, severity: 'warning' });
    const people = await store.db.selectFrom('people').select('display_name').execute();
    const names = people.map((p) => p.display_name);
    if (c.format !== 'whatsapp') expect(names).toContain(c.name);
    expect(names.some((n) => n.includes(NUL))).toBe(false);
    if (c.format === 'whatsapp') {
      const bodies = await store.db.selectFrom('messages').select('body').execute();
      expect(bodies.map((b) => b.body)).toContain('Yes, see you there');
    }
  });
});

describe('cleanImportText', () => {
  it('lists a hundred rows per file and sums up the rest in one line', () => {
    const batch: ImportBatch = {
      source: 'vcard',
      files: [],
      issues: [],
      records: Array.from({ length: MAX_CONTROL_ISSUES_PER_FILE + 5 }, (_, i) => ({
        kind: 'contact' as const,
        source: { file: 'big.vcf', line: i + 1 },
        book: 'vcard',
        person: { fullName: `Person${NUL}${i}` },
      })),
    } as ImportBatch;
    cleanImportText(batch);
    expect(batch.issues).toHaveLength(MAX_CONTROL_ISSUES_PER_FILE + 1);
    expect(batch.issues.at(-1)?.message).toBe('control characters were removed from 5 more rows');
    expect(batch.records.every((r) => r.kind === 'contact' && !r.person.fullName?.includes(NUL)));
  });
});
