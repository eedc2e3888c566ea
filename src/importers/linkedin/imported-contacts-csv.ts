/**
 * Imported Contacts.csv (2018; docs/formats.md section 1): the phone or email address book the user
 * once uploaded to LinkedIn. `First Name,Last Name,Companies,Title,Email Address,Phone Numbers,
 * Created At,Instant Message Handles,Addresses,Sites,Full Name,Birthday,Location,Bookmarked At,
 * Profiles`, dates `6/20/15, 12:02 AM`. A row can be a bare phone number with a nickname, so a
 * row is kept when it has any name, email or phone. Contacts land in book `linkedin-imported`.
 */
import { splitCredentials } from '../../core/person-name.js';
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, makePerson, type FileInput } from './csv-file-parse.js';

export const IMPORTED_CONTACTS_BOOK = 'linkedin-imported';

export const IMPORTED_CONTACTS_SCHEMA: CsvSchema = {
  columns: [
    'First Name',
    'Last Name',
    'Companies',
    'Title',
    'Email Address',
    'Phone Numbers',
    'Created At',
    'Instant Message Handles',
    'Addresses',
    'Sites',
    'Full Name',
    'Birthday',
    'Location',
    'Bookmarked At',
    'Profiles',
  ],
  required: [['Email Address', 'Phone Numbers', 'Full Name', 'First Name']],
};

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseImportedContactsCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, IMPORTED_CONTACTS_SCHEMA);
  const first = csv.column('First Name');
  const last = csv.column('Last Name');
  const full = csv.column('Full Name');
  const companies = csv.column('Companies');
  const title = csv.column('Title');
  const email = csv.column('Email Address');
  const phones = csv.column('Phone Numbers');
  const created = csv.column('Created At');
  csv.forEachRow((row) => {
    if (csv.isBlank(row, [first, last, full, email, phones])) {
      csv.skip('no name, email or phone');
      return;
    }
    const firstName = csv.text(row, first);
    const lastName = splitCredentials(csv.text(row, last)).surname;
    csv.add({
      kind: 'contact',
      source: csv.source(row),
      book: IMPORTED_CONTACTS_BOOK,
      person: makePerson({
        firstName,
        lastName,
        fullName: firstName === '' && lastName === '' ? csv.text(row, full) : '',
        // Emails never hold spaces, commas or semicolons; phone numbers do hold spaces.
        emails: splitList(csv.text(row, email), /[\s,;]+/),
        phones: splitList(csv.text(row, phones), /[,;]/),
        company: csv.text(row, companies),
        title: csv.text(row, title),
      }),
      createdAt: csv.date(row, created),
    });
  });
  return csv.finish();
}
