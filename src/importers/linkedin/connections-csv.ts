/**
 * Connections.csv (docs/formats.md section 1). Three variants are read the same way, by header name:
 * - 2024: a 3-line "Notes:" preamble, then `First Name,Last Name,URL,Email Address,Company,
 *   Position,Connected On`, dates `01 Aug 2024`;
 * - the same with the preamble deleted by hand;
 * - 2018: `First Name,Last Name,Email Address,Company,Position,Connected On`, no URL, no preamble,
 *   dates `1/8/18, 6:14 PM`.
 * About 1.2 % of 2024 rows are blank except Connected On (deleted or restricted members): they
 * are counted as skipped, never turned into blank people. Credentials written in Last Name
 * (`"Novak, Ph.D."`) stay in the person's Last Name, where the people table splits them off
 * into its `credentials` column, and are listed on the record too.
 */
import { splitCredentials } from '../../core/person-name.js';
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, makePerson, type FileInput } from './csv-file-parse.js';

export const CONNECTIONS_SCHEMA: CsvSchema = {
  columns: [
    'First Name',
    'Last Name',
    'URL',
    'Email Address',
    'Company',
    'Position',
    'Connected On',
  ],
  required: ['First Name', 'Last Name'],
};

export function parseConnectionsCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, CONNECTIONS_SCHEMA);
  const first = csv.column('First Name');
  const last = csv.column('Last Name');
  const url = csv.column('URL', 'Profile URL');
  const email = csv.column('Email Address');
  const company = csv.column('Company');
  const position = csv.column('Position');
  const connectedOn = csv.column('Connected On');
  const personColumns = [first, last, url, email, company, position];

  csv.forEachRow((row) => {
    if (csv.isBlank(row, personColumns)) {
      csv.skip('blank row');
      return;
    }
    const { credentials } = splitCredentials(csv.text(row, last));
    // The 2018 variant has a time of day; a connection keeps the day only.
    const connected = csv.date(row, connectedOn);
    const isDay = connected !== undefined && /^\d{4}-\d{2}-\d{2}/.test(connected);
    if (connected !== undefined && !isDay)
      csv.reportBadDate(row, connectedOn, csv.text(row, connectedOn));
    csv.add({
      kind: 'connection',
      source: csv.source(row),
      person: makePerson({
        firstName: csv.text(row, first),
        // As written, credentials included: the people table keeps them beside the name.
        lastName: csv.text(row, last),
        profileUrl: csv.text(row, url),
        emails: [csv.text(row, email)],
        company: csv.text(row, company),
        title: csv.text(row, position),
      }),
      connectedOn: isDay ? connected.slice(0, 10) : undefined,
      credentials: credentials.length > 0 ? credentials : undefined,
    });
  });
  return csv.finish();
}
