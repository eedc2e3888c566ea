/**
 * The owner's own addresses (docs/formats.md section 1): Email Addresses.csv (`Email Address,Confirmed,
 * Primary,Updated On`) and PhoneNumbers.csv (2018: Phone Numbers.csv; `Extension,Number,Type`).
 * They let identity resolution recognise the owner in mail and chats.
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';

export const EMAIL_ADDRESSES_SCHEMA: CsvSchema = {
  columns: ['Email Address', 'Confirmed', 'Primary', 'Updated On'],
  required: ['Email Address'],
};

export const PHONE_NUMBERS_SCHEMA: CsvSchema = {
  columns: ['Extension', 'Number', 'Type', 'Phone Number'],
  required: [['Number', 'Phone Number']],
};

export function parseEmailAddressesCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, EMAIL_ADDRESSES_SCHEMA);
  const address = csv.column('Email Address');
  const primary = csv.column('Primary');
  csv.forEachRow((row) => {
    const value = csv.text(row, address);
    if (value === '') {
      csv.skip('blank row');
      return;
    }
    csv.add({
      kind: 'owner-contact',
      source: csv.source(row),
      channel: 'email',
      value,
      isPrimary: /^(yes|true)$/i.test(csv.text(row, primary)),
    });
  });
  return csv.finish();
}

export function parsePhoneNumbersCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, PHONE_NUMBERS_SCHEMA);
  const number = csv.column('Number', 'Phone Number');
  const extension = csv.column('Extension');
  csv.forEachRow((row) => {
    const value = csv.text(row, number);
    if (value === '') {
      csv.skip('blank row');
      return;
    }
    const ext = csv.text(row, extension);
    csv.add({
      kind: 'owner-contact',
      source: csv.source(row),
      channel: 'phone',
      value: ext === '' ? value : `${value} ext. ${ext}`,
      // The file has no primary flag.
      isPrimary: false,
    });
  });
  return csv.finish();
}
