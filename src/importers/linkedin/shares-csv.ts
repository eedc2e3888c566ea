/**
 * Shares.csv, the owner's posts (docs/formats.md section 1). 2018: UTF-16 LE with a BOM, tab-separated,
 * every field quoted, `"Date"\t"Share Title"\t…\t"Visibility"`, dates `2017/06/08 08:15:44 UTC`.
 * Later exports name it `Shares_<member id>.csv` with `Date,ShareLink,ShareCommentary,SharedUrl,
 * MediaUrl,Visibility` and local dates `2026-07-20 10:25:25`. Column names of both are accepted;
 * the encoding and delimiter come from the bytes (csv-reader.ts). Shares measure the "share
 * content regularly" habit.
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';

export const SHARES_SCHEMA: CsvSchema = {
  columns: [
    'Date',
    'ShareLink',
    'Share Link',
    'ShareCommentary',
    'Share Commentary',
    'Share Title',
    'SharedUrl',
    'Shared Url',
    'Share Url',
    'MediaUrl',
    'Media Url',
    'Visibility',
  ],
  required: ['Date'],
};

export function parseSharesCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, SHARES_SCHEMA);
  const date = csv.column('Date');
  const link = csv.column('ShareLink', 'Share Link', 'Share Url', 'SharedUrl', 'Shared Url');
  const commentary = csv.column('ShareCommentary', 'Share Commentary', 'Share Title');
  const visibility = csv.column('Visibility');
  csv.forEachRow((row) => {
    if (csv.isBlank(row)) {
      csv.skip('blank row');
      return;
    }
    csv.add({
      kind: 'share',
      source: csv.source(row),
      sharedAt: csv.date(row, date),
      url: csv.optional(row, link),
      commentary: csv.optional(row, commentary),
      visibility: csv.optional(row, visibility),
    });
  });
  return csv.finish();
}
