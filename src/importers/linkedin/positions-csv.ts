/**
 * Positions.csv (docs/formats.md section 1): the owner's jobs, `Company Name,Title,Description,
 * Location,Started On,Finished On`, months like `Jun 2018`; an empty Finished On means current.
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';
import { toMonthPrecision } from './month-precision.js';

export const POSITIONS_SCHEMA: CsvSchema = {
  columns: ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
  required: ['Company Name', 'Title'],
};

export function parsePositionsCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, POSITIONS_SCHEMA);
  const company = csv.column('Company Name');
  const title = csv.column('Title');
  const description = csv.column('Description');
  const location = csv.column('Location');
  const startedOn = csv.column('Started On');
  const finishedOn = csv.column('Finished On');

  csv.forEachRow((row) => {
    if (csv.isBlank(row, [company, title])) {
      csv.skip('blank row');
      return;
    }
    csv.add({
      kind: 'position',
      source: csv.source(row),
      company: csv.text(row, company),
      title: csv.text(row, title),
      description: csv.optional(row, description),
      location: csv.optional(row, location),
      startedOn: toMonthPrecision(csv.date(row, startedOn)),
      finishedOn: toMonthPrecision(csv.date(row, finishedOn)),
    });
  });
  return csv.finish();
}
