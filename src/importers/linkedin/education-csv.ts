/**
 * Education.csv (docs/formats.md section 1): `School Name,Start Date,End Date,Notes,Degree Name,
 * Activities`, dates as a bare year (`2004`) or empty.
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';
import { toMonthPrecision } from './month-precision.js';

export const EDUCATION_SCHEMA: CsvSchema = {
  columns: ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'],
  required: ['School Name'],
};

export function parseEducationCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, EDUCATION_SCHEMA);
  const school = csv.column('School Name');
  const start = csv.column('Start Date');
  const end = csv.column('End Date');
  const notes = csv.column('Notes');
  const degree = csv.column('Degree Name');
  const activities = csv.column('Activities');

  csv.forEachRow((row) => {
    if (csv.isBlank(row, [school])) {
      csv.skip('blank row');
      return;
    }
    csv.add({
      kind: 'education',
      source: csv.source(row),
      school: csv.text(row, school),
      degree: csv.optional(row, degree),
      startedOn: toMonthPrecision(csv.date(row, start)),
      finishedOn: toMonthPrecision(csv.date(row, end)),
      notes: csv.optional(row, notes),
      activities: csv.optional(row, activities),
    });
  });
  return csv.finish();
}
