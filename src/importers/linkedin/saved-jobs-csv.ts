/**
 * Saved Jobs.csv (at the root or in `Jobs/`; docs/formats.md section 1): `Saved Date,Job Url,Job Title,
 * Company Name`, dates `6/11/21, 3:58 AM`. Companies the user saved postings from are targets.
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';

export const SAVED_JOBS_SCHEMA: CsvSchema = {
  columns: ['Saved Date', 'Job Url', 'Job Title', 'Company Name'],
  required: [['Job Url', 'Job Title', 'Company Name']],
};

export function parseSavedJobsCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, SAVED_JOBS_SCHEMA);
  const saved = csv.column('Saved Date');
  const url = csv.column('Job Url');
  const title = csv.column('Job Title');
  const company = csv.column('Company Name');
  csv.forEachRow((row) => {
    if (csv.isBlank(row, [url, title, company])) {
      csv.skip('blank row');
      return;
    }
    csv.add({
      kind: 'saved-job',
      source: csv.source(row),
      url: csv.optional(row, url),
      title: csv.optional(row, title),
      company: csv.optional(row, company),
      savedAt: csv.date(row, saved),
    });
  });
  return csv.finish();
}
