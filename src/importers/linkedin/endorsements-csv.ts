/**
 * Endorsement_Received_Info.csv (docs/formats.md section 1): `Endorsement Date,Skill Name,Endorser
 * First Name,Endorser Last Name,Endorser Public Url,Endorsement Status`, dates
 * `2024/12/07 14:51:07 UTC`. The URL has no scheme (`www.linkedin.com/in/…`); it is kept as
 * written and normalised by the services.
 */
import { matchFullName, matchName } from '../../core/person-name.js';
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, makePerson, type FileInput } from './csv-file-parse.js';

export const ENDORSEMENTS_SCHEMA: CsvSchema = {
  columns: [
    'Endorsement Date',
    'Skill Name',
    'Endorser First Name',
    'Endorser Last Name',
    'Endorser Public Url',
    'Endorsement Status',
  ],
  required: ['Skill Name', ['Endorser Public Url', 'Endorser First Name']],
};

/**
 * Reads the file. An endorser with the owner's own name (`ownerName`, from Profile.csv) is the
 * owner under another profile address (a second account, or a slug changed since): not a contact.
 */
export function parseEndorsementsCsv(
  input: FileInput,
  file: string,
  ownerName?: string,
): ParsedFile {
  const ownerKey = ownerName === undefined ? '' : matchFullName(ownerName);
  const csv = new CsvFileParse(input, file, ENDORSEMENTS_SCHEMA);
  const date = csv.column('Endorsement Date');
  const skill = csv.column('Skill Name');
  const first = csv.column('Endorser First Name');
  const last = csv.column('Endorser Last Name');
  const url = csv.column('Endorser Public Url');
  const status = csv.column('Endorsement Status');
  csv.forEachRow((row) => {
    if (csv.isBlank(row, [first, last, url])) {
      csv.skip('blank row');
      return;
    }
    if (ownerKey !== '' && matchName(csv.text(row, first), csv.text(row, last)) === ownerKey) {
      csv.skip("the owner's own endorsement");
      return;
    }
    csv.add({
      kind: 'endorsement',
      source: csv.source(row),
      person: makePerson({
        firstName: csv.text(row, first),
        lastName: csv.text(row, last),
        profileUrl: csv.text(row, url),
      }),
      skill: csv.text(row, skill),
      endorsedAt: csv.date(row, date),
      status: csv.optional(row, status),
    });
  });
  return csv.finish();
}
