import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactRecord, ParsedFile } from '../import-batch.js';
import { looksLikeVcard } from './looks-like-vcard.js';
import { parseVcard } from './vcard-file.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

function parse(name: string): ParsedFile {
  return parseVcard(fixture(name), name);
}

function contacts(parsed: ParsedFile): ContactRecord[] {
  return parsed.records.filter((record): record is ContactRecord => record.kind === 'contact');
}

describe('parseVcard', () => {
  it('joins Android 2.1 quoted-printable soft breaks before decoding UTF-8', () => {
    const parsed = parse('android-21-quoted-printable-soft-break.vcf');
    expect(parsed.issues).toEqual([]);
    expect(contacts(parsed)).toEqual([
      {
        kind: 'contact',
        source: { file: 'android-21-quoted-printable-soft-break.vcf', line: 1 },
        book: 'vcard',
        person: {
          firstName: 'José',
          lastName: 'Ñúñez',
          emails: ['jose.nunez@example.com'],
          phones: ['+12025550143'],
          company: 'Café Olé S.A.',
        },
      },
    ]);
  });

  it('reads ISO-8859-1 values, quoted-printable or raw bytes', () => {
    const [contact] = contacts(parse('android-21-charset-iso-8859-1.vcf'));
    expect(contact?.person).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Müller',
      title: 'Geschäftsführer',
    });
  });

  it('unfolds lines folded with a space or a tab, even inside a parameter', () => {
    const [contact] = contacts(parse('google-folded-lines-space-and-tab.vcf'));
    expect(contact?.person).toEqual({
      firstName: 'Margarethe',
      lastName: 'Vandersteen-Oyelaran',
      emails: ['margarethe.vandersteen-oyelaran@subsidiary-division.example.com'],
      title: 'Senior Director of Partnerships and Ecosystem Development, EMEA and APAC',
    });
  });

  it('reads bare LF and CR CR LF line ends with the right line numbers', () => {
    const parsed = parse('line-ends-bare-lf-and-cr-cr-lf.vcf');
    expect(parsed.issues).toEqual([]);
    expect(contacts(parsed).map((c) => [c.source.line, c.person.firstName])).toEqual([
      [1, 'Saga'],
      [6, 'Chidi'],
    ]);
    expect(contacts(parsed)[0]?.person.phones).toEqual(['+12025550161']);
  });

  it('reads iOS item groups: labelled values, a LinkedIn URL, no fax, no related names', () => {
    const [contact] = contacts(parse('ios-item-groups-ablabel.vcf'));
    expect(contact?.person).toEqual({
      firstName: 'Lucia',
      lastName: 'Ferreira',
      emails: ['lucia@example.com'],
      // "Studio Fax" is a custom label saying fax: not a way to reach Lucia herself.
      phones: ['+12025550170'],
      profileUrl: 'https://www.linkedin.com/in/lucia-ferreira-example',
    });
  });

  it('puts the preferred email and phone first and leaves fax numbers out (iOS type=)', () => {
    const [contact] = contacts(parse('ios-repeated-lowercase-type-params.vcf'));
    expect(contact?.person.emails).toEqual(['omar.haddad@example.com', 'omar.home@example.com']);
    expect(contact?.person.phones).toEqual(['+12025550181', '+12025550180']);
  });

  it('reads Android 2.1 bare types (TEL;CELL;PREF)', () => {
    const [contact] = contacts(parse('android-21-bare-types.vcf'));
    expect(contact?.person.phones).toEqual(['+12025550191', '+12025550190']);
    expect(contact?.person.emails).toEqual(['aiko@example.com']);
  });

  it('undoes escaped commas, semicolons, newlines and http\\://', () => {
    const [contact] = contacts(parse('google-escaped-characters.vcf'));
    expect(contact?.person).toEqual({
      firstName: 'Ana',
      lastName: 'Ruiz',
      company: 'Ruiz; Partners, LLC',
      title: 'Head of Data\nand Analytics',
      profileUrl: 'http://www.linkedin.com/in/ana-ruiz-example',
    });
  });

  it('skips an iOS company card (empty FN, X-ABShowAs:COMPANY) and keeps the person', () => {
    const parsed = parse('ios-company-card.vcf');
    expect(parsed.skipped).toEqual({ 'company card': 1 });
    expect(contacts(parsed).map((c) => c.person)).toEqual([
      {
        firstName: 'George',
        lastName: 'Costanza',
        emails: ['george@example.com'],
        company: 'Vandelay Industries',
        title: 'Latex Salesman',
      },
    ]);
  });

  it('keeps birthdays without a year as --MM-DD and flags one that is not a date', () => {
    const parsed = parse('ios-birthday-without-year.vcf');
    expect(contacts(parsed).map((c) => [c.person.firstName, c.birthday])).toEqual([
      ['Tola', '--03-15'],
      ['Jonas', '--02-29'],
      ['Rui', '1985-07-02'],
      ['Ewa', undefined],
    ]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'bad-date', severity: 'warning', line: 26 }),
    ]);
  });

  it('skips an iOS embedded photo and reads the lines after it', () => {
    const parsed = parse('ios-embedded-photo.vcf');
    expect(parsed.issues).toEqual([]);
    expect(contacts(parsed).map((c) => c.person)).toEqual([
      { firstName: 'Claire', lastName: 'Moreau', emails: ['claire@example.com'] },
    ]);
  });

  it('skips Android 2.1 base64 photos, indented or not, up to the blank line', () => {
    const parsed = parse('android-21-photo-base64.vcf');
    expect(parsed.issues).toEqual([]);
    expect(contacts(parsed).map((c) => [c.person.firstName, c.person.phones])).toEqual([
      ['Ivan', ['+12025550110']],
      ['Anna', ['+12025550111']],
    ]);
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    const parsed = parse('utf8-bom.vcf');
    expect(parsed.issues).toEqual([]);
    expect(contacts(parsed)[0]?.person).toEqual({
      firstName: 'Eglė',
      lastName: 'Žukauskaitė',
      emails: ['egle@example.com'],
    });
  });

  it('ignores Google empty groups and X- properties, and keeps CATEGORIES as labels', () => {
    const parsed = parse('google-empty-groups.vcf');
    expect(parsed.issues).toEqual([]);
    expect(contacts(parsed)).toEqual([
      expect.objectContaining({
        person: {
          firstName: 'Priya',
          lastName: 'Raman',
          emails: ['priya@example.com'],
          phones: ['+12025550120'],
        },
        labels: ['myContacts', 'Book club'],
      }),
    ]);
  });

  it('reads vCard 4.0 tel: URIs with PREF=1 first and skips KIND:org', () => {
    const parsed = parse('vcard-40-tel-uri.vcf');
    expect(parsed.skipped).toEqual({ 'company card': 1 });
    expect(contacts(parsed)[0]?.person.phones).toEqual(['+12025550131', '+12025550130']);
  });

  it('skips Apple contact-group cards', () => {
    const parsed = parse('ios-group-card.vcf');
    expect(parsed.skipped).toEqual({ 'contact group': 1 });
    expect(contacts(parsed).map((c) => c.person.firstName)).toEqual(['Lea']);
  });

  it('reports broken cards and stray lines with their line numbers and keeps the rest', () => {
    const parsed = parse('broken-missing-end-and-stray-lines.vcf');
    expect(contacts(parsed).map((c) => [c.source.line, c.person.firstName])).toEqual([
      [2, 'Tom'],
      [7, 'Nora'],
      [16, 'Ola'],
    ]);
    expect(parsed.skipped).toEqual({ 'no name, email or phone': 1 });
    expect(parsed.issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['bad-row', 1],
      ['bad-row', 6],
      ['bad-row', 2],
      ['bad-row', 16],
    ]);
    expect(
      parsed.issues.every((issue) => issue.file === 'broken-missing-end-and-stray-lines.vcf'),
    ).toBe(true);
  });

  it('moves a name that is only a phone number to the phones', () => {
    const [contact] = contacts(parse('android-name-is-a-number.vcf'));
    expect(contact?.person).toEqual({ phones: ['+12025550199'] });
  });

  it('normalises phones in the region the user gives', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nN:Weber;Jonas;;;\nTEL:0151 23456789\nEND:VCARD\n';
    expect(contacts(parseVcard(text, 'de.vcf'))[0]?.person.phones).toEqual(['0151 23456789']);
    expect(contacts(parseVcard(text, 'de.vcf', { defaultRegion: 'DE' }))[0]?.person.phones).toEqual(
      ['+4915123456789'],
    );
  });
});

describe('looksLikeVcard', () => {
  it('recognises a vCard by its first line, whatever the file is called', () => {
    expect(looksLikeVcard('\uFEFFBEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(looksLikeVcard('\r\nbegin:vcard\nVERSION:2.1\n')).toBe(true);
    expect(looksLikeVcard('BEGIN:VCALENDAR\r\n')).toBe(false);
    expect(looksLikeVcard('First Name,Last Name\nBEGIN:VCARD\n')).toBe(false);
  });
});
