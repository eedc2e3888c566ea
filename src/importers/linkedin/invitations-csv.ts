/**
 * Invitations.csv (docs/formats.md section 1): `From,To,Sent At,Message,Direction,inviterProfileUrl,
 * inviteeProfileUrl`, the 2018 variant ending at Direction (names only). Both directions are
 * kept; the other person is the invitee of an outgoing invitation and the inviter of an incoming
 * one. Only about 1.4 % carry a note (docs/demo-data.md), kept as `note`.
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, makePerson, type FileInput } from './csv-file-parse.js';

export const INVITATIONS_SCHEMA: CsvSchema = {
  columns: [
    'From',
    'To',
    'Sent At',
    'Message',
    'Direction',
    'inviterProfileUrl',
    'inviteeProfileUrl',
  ],
  required: ['From', 'To', 'Direction'],
};

export function parseInvitationsCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, INVITATIONS_SCHEMA);
  const from = csv.column('From');
  const to = csv.column('To');
  const sentAt = csv.column('Sent At');
  const message = csv.column('Message');
  const direction = csv.column('Direction');
  const inviterUrl = csv.column('inviterProfileUrl');
  const inviteeUrl = csv.column('inviteeProfileUrl');

  csv.forEachRow((row) => {
    if (csv.isBlank(row)) {
      csv.skip('blank row');
      return;
    }
    const way = csv.text(row, direction).toUpperCase();
    if (way !== 'INCOMING' && way !== 'OUTGOING') {
      csv.issues.add({
        code: 'bad-row',
        severity: 'error',
        line: row.line,
        message: `${file} line ${row.line}: Direction "${csv.text(row, direction).slice(0, 40)}" is neither INCOMING nor OUTGOING; row skipped.`,
      });
      csv.skip('unknown direction');
      return;
    }
    const isOut = way === 'OUTGOING';
    csv.add({
      kind: 'invitation',
      source: csv.source(row),
      direction: isOut ? 'out' : 'in',
      person: makePerson({
        fullName: csv.text(row, isOut ? to : from),
        profileUrl: csv.text(row, isOut ? inviteeUrl : inviterUrl),
      }),
      sentAt: csv.date(row, sentAt),
      note: csv.optional(row, message),
    });
  });
  return csv.finish();
}
