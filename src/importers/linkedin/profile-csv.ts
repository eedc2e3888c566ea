/**
 * Profile.csv (docs/formats.md section 1): the owner's own profile, one row. `First Name,Last Name,
 * Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,
 * Websites,Instant Messengers`; 2018 also had Contact Instructions and Country. Birth Date is
 * `Feb 17, 1998`, or `Mar 31` when the member hides the year (kept as ISO `--03-31`).
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';

export const PROFILE_SCHEMA: CsvSchema = {
  columns: [
    'First Name',
    'Last Name',
    'Maiden Name',
    'Address',
    'Birth Date',
    'Headline',
    'Summary',
    'Industry',
    'Zip Code',
    'Geo Location',
    'Twitter Handles',
    'Websites',
    'Instant Messengers',
    'Contact Instructions',
    'Country',
  ],
  required: ['First Name', 'Last Name'],
};

export function parseProfileCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, PROFILE_SCHEMA);
  const first = csv.column('First Name');
  const last = csv.column('Last Name');
  const birthDate = csv.column('Birth Date');
  const headline = csv.column('Headline');
  const summary = csv.column('Summary');
  const industry = csv.column('Industry');
  const geoLocation = csv.column('Geo Location');
  const country = csv.column('Country');
  const websites = csv.column('Websites');

  csv.forEachRow((row) => {
    if (csv.isBlank(row, [first, last])) {
      csv.skip('blank row');
      return;
    }
    csv.add({
      kind: 'owner-profile',
      source: csv.source(row),
      firstName: csv.text(row, first),
      lastName: csv.text(row, last),
      headline: csv.optional(row, headline),
      summary: csv.optional(row, summary),
      industry: csv.optional(row, industry),
      location: csv.optional(row, geoLocation) ?? csv.optional(row, country),
      birthDate: csv.date(row, birthDate),
      websites: csv.optional(row, websites),
    });
  });
  return csv.finish();
}
