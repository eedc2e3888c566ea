/**
 * Company Follows.csv (docs/formats.md section 1): `Organization,Followed On`, dates like
 * `Sat Dec 14 08:57:55 UTC 2024`. Followed companies are target hints for the goals.
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';

export const COMPANY_FOLLOWS_SCHEMA: CsvSchema = {
  columns: ['Organization', 'Followed On'],
  required: ['Organization'],
};

export function parseCompanyFollowsCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, COMPANY_FOLLOWS_SCHEMA);
  const organization = csv.column('Organization');
  const followedOn = csv.column('Followed On');
  csv.forEachRow((row) => {
    const name = csv.text(row, organization);
    if (name === '') {
      csv.skip('blank row');
      return;
    }
    csv.add({
      kind: 'company-follow',
      source: csv.source(row),
      organization: name,
      followedOn: csv.date(row, followedOn),
    });
  });
  return csv.finish();
}
