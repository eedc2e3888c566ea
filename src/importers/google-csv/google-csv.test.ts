import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactRecord, ParsedFile } from '../import-batch.js';
import { parseGoogleCsv } from './google-csv.js';
import { looksLikeGoogleCsv } from './looks-like-google-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

function parse(name: string): ParsedFile {
  return parseGoogleCsv(fixture(name), name);
}

function contacts(parsed: ParsedFile): ContactRecord[] {
  return parsed.records.filter((record): record is ContactRecord => record.kind === 'contact');
}

describe('parseGoogleCsv', () => {
  it('splits ` ::: ` cells into several emails and phones (legacy format)', () => {
    const parsed = parse('google-legacy-multi-value.csv');
    expect(parsed.issues).toEqual([]);
    expect(contacts(parsed)).toEqual([
      {
        kind: 'contact',
        source: { file: 'google-legacy-multi-value.csv', line: 2 },
        book: 'google-contacts',
        person: {
          firstName: 'Hana',
          lastName: 'Kobayashi',
          emails: ['hana@example.com', 'h.kobayashi@example.com'],
          phones: ['+12025550101', '+12025550102'],
          company: 'Initech',
          title: 'Product Lead',
        },
        labels: ['myContacts'],
      },
    ]);
  });

  it('puts values typed `* ` (primary) first and leaves fax numbers out', () => {
    const [contact] = contacts(parse('google-legacy-primary-marker.csv'));
    expect(contact?.person.emails).toEqual(['pedro.alves@example.com', 'pedro.home@example.com']);
    expect(contact?.person.phones).toEqual(['+12025550104']);
  });

  it('turns Group Membership into labels without the system `* `', () => {
    const parsed = parse('google-legacy-group-membership.csv');
    expect(contacts(parsed).map((c) => c.labels)).toEqual([
      ['Family', 'myContacts', 'starred'],
      ['My Contacts'],
    ]);
  });

  it('treats a Name that is only a phone number as a phone, not a name', () => {
    const parsed = parse('google-name-is-a-phone-number.csv');
    expect(contacts(parsed).map((c) => c.person)).toEqual([
      { phones: ['+12025550177'] },
      { phones: ['+12025550178'] },
    ]);
  });

  it('keeps a row whose Notes hold newlines whole and numbers the next row right', () => {
    const parsed = parse('google-notes-with-newlines.csv');
    expect(parsed.issues).toEqual([]);
    expect(contacts(parsed).map((c) => [c.source.line, c.person.firstName])).toEqual([
      [2, 'Sven'],
      [6, 'Zara'],
    ]);
  });

  it('reads the current format: Labels, `* ` primary labels, a LinkedIn website, File As', () => {
    const parsed = parse('google-current-labels.csv');
    expect(contacts(parsed).map((c) => [c.person, c.labels])).toEqual([
      [
        {
          firstName: 'Amara',
          lastName: 'Obi',
          emails: ['amara.obi@example.com', 'amara@example.com'],
          phones: ['+12025550105'],
          profileUrl: 'https://www.linkedin.com/in/amara-obi-example',
          company: 'Globex',
          title: 'Recruiter',
        },
        ['Recruiters', 'myContacts', 'starred'],
      ],
      [{ fullName: 'Dentist (Dr. Lee)', phones: ['+12025550106'] }, ['myContacts']],
    ]);
  });

  it('keeps a birthday without a year as --MM-DD', () => {
    const parsed = parse('google-current-birthday-without-year.csv');
    expect(contacts(parsed).map((c) => c.birthday)).toEqual(['--03-15', '1990-11-30']);
  });

  it('repairs mojibake (Ã‚ngelo → Ângelo) and leaves correct accents alone', () => {
    const parsed = parse('google-mojibake-name.csv');
    expect(contacts(parsed).map((c) => [c.person.firstName, c.person.lastName])).toEqual([
      ['Ângelo', 'Conceição'],
      ['Renée', 'Façon'],
    ]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'bad-encoding', severity: 'info' }),
    ]);
  });

  it('reports a quote that never closes on its line and reads the rows after it', () => {
    const parsed = parse('google-unclosed-quote.csv');
    expect(contacts(parsed).map((c) => [c.source.line, c.person.firstName])).toEqual([
      [2, 'Ola'],
      [4, 'Per'],
    ]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        code: 'bad-row',
        severity: 'error',
        line: 3,
        file: 'google-unclosed-quote.csv',
      }),
    ]);
  });

  it('says so when the file has none of the columns it needs', () => {
    const parsed = parseGoogleCsv('Colour,Size\nred,10\n', 'sizes.csv');
    expect(parsed.records).toEqual([]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'missing-columns', severity: 'error', file: 'sizes.csv' }),
    ]);
  });
});

describe('looksLikeGoogleCsv', () => {
  it('recognises both Google formats by their headers, not Outlook or LinkedIn', () => {
    const legacy = readFileSync(
      new URL('./fixtures/google-legacy-multi-value.csv', import.meta.url),
      'utf8',
    );
    const current = readFileSync(
      new URL('./fixtures/google-current-labels.csv', import.meta.url),
      'utf8',
    );
    expect(looksLikeGoogleCsv(legacy.slice(0, 2000))).toBe(true);
    expect(looksLikeGoogleCsv(current.slice(0, 2000))).toBe(true);
    expect(
      looksLikeGoogleCsv('First Name,Middle Name,Last Name,E-mail Address,Mobile Phone\r\n'),
    ).toBe(false);
    expect(
      looksLikeGoogleCsv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'),
    ).toBe(false);
  });
});
