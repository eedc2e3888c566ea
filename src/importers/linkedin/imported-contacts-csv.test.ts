import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportedContactsCsv } from './imported-contacts-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseImportedContactsCsv', () => {
  it('reads full contacts and bare phone numbers with a nickname, skipping empty rows', () => {
    const parsed = parseImportedContactsCsv(
      fixture('imported-contacts-2018-bare-phone.csv'),
      'Imported Contacts.csv',
    );
    expect(parsed.skipped).toEqual({ 'no name, email or phone': 1 });
    expect(parsed.records).toEqual([
      {
        kind: 'contact',
        source: { file: 'Imported Contacts.csv', line: 2 },
        book: 'linkedin-imported',
        person: {
          firstName: 'Jonas',
          lastName: 'Weber',
          emails: ['jonas.weber@example.com'],
          phones: ['+49 30 1234567', '+49 151 2345678'],
          company: 'Vandelay Industries',
          title: 'Head of Talent',
        },
        createdAt: '2015-06-20T00:02:00',
      },
      {
        kind: 'contact',
        source: { file: 'Imported Contacts.csv', line: 3 },
        book: 'linkedin-imported',
        person: { fullName: 'Rosa (tennis)', phones: ['+351 911 111 111'] },
        createdAt: '2015-06-20T00:02:00',
      },
    ]);
  });
});
