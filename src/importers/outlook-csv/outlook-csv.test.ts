import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactRecord, ParsedFile } from '../import-batch.js';
import { looksLikeOutlookCsv } from './looks-like-outlook-csv.js';
import { parseOutlookCsv } from './outlook-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

function parse(name: string): ParsedFile {
  return parseOutlookCsv(fixture(name), name);
}

function contacts(parsed: ParsedFile): ContactRecord[] {
  return parsed.records.filter((record): record is ContactRecord => record.kind === 'contact');
}

describe('parseOutlookCsv', () => {
  it('reads the outlook.live.com 61-column export by header name', () => {
    const parsed = parse('outlook-live-61-columns.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.skipped).toEqual({ 'blank row': 1, 'no name, email or phone': 1 });
    expect(contacts(parsed)).toEqual([
      {
        kind: 'contact',
        source: { file: 'outlook-live-61-columns.csv', line: 2 },
        book: 'outlook',
        person: {
          firstName: 'Grace',
          lastName: 'Hopper-Example',
          emails: ['grace@example.com', 'g.hopper@example.com'],
          // Mobile before Business; the fax and the assistant's phone are not Grace's.
          phones: ['+12025550140', '+12025550141'],
          profileUrl: 'https://www.linkedin.com/in/grace-hopper-example',
          company: 'Contoso',
          title: 'Engineering Manager',
        },
        birthday: '1985-03-15',
      },
      {
        kind: 'contact',
        source: { file: 'outlook-live-61-columns.csv', line: 3 },
        book: 'outlook',
        person: { firstName: 'Max', lastName: 'Mustermann', emails: ['max@example.com'] },
      },
    ]);
  });

  it('reads the desktop family: quoted header, Exchange paths dropped, Categories as labels', () => {
    const parsed = parse('outlook-desktop-exchange-address.csv');
    expect(contacts(parsed).map((c) => [c.person, c.labels])).toEqual([
      [
        {
          firstName: 'Nora',
          lastName: 'Lind',
          emails: ['nora.lind@example.com'],
          phones: ['+12025550150'],
          company: 'Fabrikam',
          title: 'Buyer',
        },
        ['Clients', 'VIP'],
      ],
      [{ fullName: 'Help Desk', emails: ['help@example.com'] }, ['myContacts', 'starred']],
    ]);
  });

  it('reads a Windows-1252 file, including the bytes Latin-1 lacks (’ and €)', () => {
    const parsed = parse('outlook-cp1252.csv');
    expect(contacts(parsed).map((c) => c.person)).toEqual([
      {
        firstName: 'Jürgen',
        lastName: 'Müller',
        emails: ['juergen@example.com'],
        company: 'Café €uro GmbH',
      },
      {
        firstName: 'Siobhán',
        lastName: 'O’Brien',
        emails: ['siobhan@example.com'],
        title: 'Geschäftsführerin',
      },
    ]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        code: 'bad-encoding',
        severity: 'info',
        file: 'outlook-cp1252.csv',
      }),
    ]);
  });

  it('reads a UTF-8 file with a byte order mark', () => {
    const parsed = parse('outlook-utf8-bom.csv');
    expect(parsed.issues).toEqual([]);
    expect(contacts(parsed)[0]?.person).toEqual({
      firstName: 'Ayşe',
      lastName: 'Yılmaz',
      emails: ['ayse@example.com'],
    });
  });

  it('repairs mojibake in names', () => {
    const parsed = parse('outlook-mojibake-repair.csv');
    expect(contacts(parsed)[0]?.person).toMatchObject({
      firstName: 'Ângelo',
      lastName: 'Conceição',
    });
  });

  it('reads a semicolon-separated export', () => {
    const parsed = parseOutlookCsv(
      'First Name;Last Name;E-mail Address;Mobile Phone\r\nEva;Novak;eva@example.com;\r\n',
      'semicolons.csv',
    );
    expect(contacts(parsed)[0]?.person).toEqual({
      firstName: 'Eva',
      lastName: 'Novak',
      emails: ['eva@example.com'],
    });
  });
});

describe('looksLikeOutlookCsv', () => {
  it('recognises both header families and not Google or LinkedIn files', () => {
    for (const name of ['outlook-live-61-columns.csv', 'outlook-desktop-exchange-address.csv']) {
      expect(looksLikeOutlookCsv(fixture(name).toString('utf8').slice(0, 4000))).toBe(true);
    }
    expect(
      looksLikeOutlookCsv('Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value\n'),
    ).toBe(false);
    expect(
      looksLikeOutlookCsv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'),
    ).toBe(false);
  });
});
