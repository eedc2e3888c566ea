/**
 * The owner's Google Contacts export in the current format (docs/formats.md section 2): `First Name,
 * Middle Name,Last Name,…,File As,Organization Name,Organization Title,…,Labels,E-mail 1 - Label,
 * E-mail 1 - Value,…`, labels like `* myContacts ::: * starred`, a `* ` on the primary value's
 * label, ` ::: ` between several values in one cell, Notes with real newlines.
 */
import { encodeCsvFile } from '../csv-text.js';
import type { Rng } from '../rng.js';
import type { Acquaintance, AddressBookPeople } from './acquaintances.js';
import { formatGoogleNumber } from './phone-numbers.js';

export const GOOGLE_CONTACTS_HEADER = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'E-mail 2 - Label',
  'E-mail 2 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Website 1 - Label',
  'Website 1 - Value',
] as const;

function labelsOf(rng: Rng, a: Acquaintance): string {
  const labels: string[] = [];
  if (a.kind === 'family') labels.push('Family');
  if (a.isCurrentColleague) labels.push('Work');
  if (a.kind === 'prospect') labels.push('Networking');
  labels.push('* myContacts');
  if (a.kind === 'family' || rng.chance(0.05)) labels.push('* starred');
  return labels.join(' ::: ');
}

function birthdayCell(a: Acquaintance): string {
  const b = a.birthday;
  if (!b) return '';
  const mmdd = `${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
  return b.year === undefined ? `--${mmdd}` : `${b.year}-${mmdd}`;
}

function rowOf(rng: Rng, a: Acquaintance): string[] {
  const google = a.google;
  const emails = a.email ? [a.email] : [];
  // A second, older address for some friends and family, in the same cell.
  const second =
    a.kind !== 'connection' && a.kind !== 'prospect' && a.email && rng.chance(0.2)
      ? a.email.replace('@', '.old@')
      : undefined;
  const isWork = a.kind === 'connection' || a.kind === 'prospect';
  const notes =
    a.kind === 'prospect'
      ? `Met at a ${a.company} meetup.\nAsk about their team.`
      : a.kind === 'connection' && rng.chance(0.1)
        ? 'Worked together.'
        : '';
  return [
    a.label && a.kind === 'family' ? a.label : a.firstName,
    '',
    a.label && a.kind === 'family' ? '' : a.surname,
    '',
    '',
    '',
    '',
    '',
    '',
    google?.fileAs ? `${a.surname}, ${a.firstName}` : '',
    a.kind === 'friend' ? '' : a.company,
    a.kind === 'friend' ? '' : a.title,
    '',
    birthdayCell(a),
    notes,
    '',
    labelsOf(rng, a),
    emails.length > 0 ? (isWork ? '* Work' : '* Home') : '',
    [...emails, ...(second ? [second] : [])].join(' ::: '),
    '',
    '',
    google?.withPhone && a.phone ? 'Mobile' : '',
    google?.withPhone && a.phone ? formatGoogleNumber(a.phone) : '',
    google?.withProfileUrl && a.profileUrl ? 'Profile' : '',
    google?.withProfileUrl && a.profileUrl ? a.profileUrl : '',
  ];
}

/** Everyone with a Google Contacts entry, as the export's UTF-8 bytes. */
export function encodeGoogleContactsCsv(rng: Rng, book: AddressBookPeople): Buffer {
  return encodeCsvFile(
    GOOGLE_CONTACTS_HEADER,
    book.people.filter((a) => a.google !== undefined).map((a) => rowOf(rng, a)),
  );
}
