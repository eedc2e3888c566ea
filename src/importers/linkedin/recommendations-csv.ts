/**
 * Recommendations_Received.csv and Recommendations_Given.csv (docs/formats.md section 1), one header:
 * `First Name,Last Name,Company,Job Title,Text,Creation Date,Status`, dates `04/15/24, 09:25 PM`.
 * A written recommendation is one of the strongest tie signals a LinkedIn export holds.
 */
import { splitCredentials } from '../../core/person-name.js';
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile, RecommendationRecord } from '../import-batch.js';
import { CsvFileParse, makePerson, type FileInput } from './csv-file-parse.js';

export const RECOMMENDATIONS_SCHEMA: CsvSchema = {
  columns: ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'],
  required: ['First Name', 'Last Name'],
};

export function parseRecommendationsCsv(
  input: FileInput,
  file: string,
  direction: RecommendationRecord['direction'],
): ParsedFile {
  const csv = new CsvFileParse(input, file, RECOMMENDATIONS_SCHEMA);
  const first = csv.column('First Name');
  const last = csv.column('Last Name');
  const company = csv.column('Company');
  const title = csv.column('Job Title');
  const text = csv.column('Text');
  const created = csv.column('Creation Date');
  const status = csv.column('Status');
  csv.forEachRow((row) => {
    if (csv.isBlank(row, [first, last])) {
      csv.skip('blank row');
      return;
    }
    csv.add({
      kind: 'recommendation',
      source: csv.source(row),
      direction,
      person: makePerson({
        firstName: csv.text(row, first),
        lastName: splitCredentials(csv.text(row, last)).surname,
        company: csv.text(row, company),
        title: csv.text(row, title),
      }),
      text: csv.optional(row, text),
      createdAt: csv.date(row, created),
      status: csv.optional(row, status),
    });
  });
  return csv.finish();
}
