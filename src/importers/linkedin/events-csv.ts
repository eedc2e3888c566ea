/**
 * Events.csv (docs/formats.md section 1): `Event Name,Event Time,Status,External Url`, the time a span
 * `Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 PM` in local time.
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';

export const EVENTS_SCHEMA: CsvSchema = {
  columns: ['Event Name', 'Event Time', 'Status', 'External Url'],
  required: ['Event Name'],
};

export function parseEventsCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, EVENTS_SCHEMA);
  const name = csv.column('Event Name');
  const time = csv.column('Event Time');
  const status = csv.column('Status');
  const url = csv.column('External Url');
  csv.forEachRow((row) => {
    const eventName = csv.text(row, name);
    if (eventName === '') {
      csv.skip('blank row');
      return;
    }
    const span = csv.dateRange(row, time);
    csv.add({
      kind: 'event',
      source: csv.source(row),
      name: eventName,
      startsAt: span.start,
      endsAt: span.end,
      status: csv.optional(row, status),
      url: csv.optional(row, url),
    });
  });
  return csv.finish();
}
