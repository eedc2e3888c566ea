/**
 * ORGANIZER and ATTENDEE lines of an event (docs/formats.md section 7), as Google and others write
 * them:
 * - `ATTENDEE;CN=Jane Doe;PARTSTAT=ACCEPTED:mailto:jane@example.com`: a name and an address;
 * - `CN=sam@example.org` is often just the address again, which is not a name;
 * - `ATTENDEE:Chris\, Phil` (seen from non-Google generators): no address, only a name;
 * - rooms and resources (`CUTYPE=ROOM`, `…@resource.calendar.google.com`) and shared calendars
 *   (`…@group.calendar.google.com`) are not people;
 * - no usable address and no real name is nobody: `ORGANIZER;CN=:mailto` (an empty name and a
 *   bare scheme), and Google's birthdays calendar, which signs every birthday
 *   `ORGANIZER;CN=Contacts:mailto:addressbook#contacts@virtual`: an address book, not a person.
 */
import { normaliseEmail } from '../../core/email-address.js';
import type { PersonRef } from '../import-batch.js';
import { paramValue, paramValues, unescapeText, type ContentLine } from '../vcard/content-line.js';
import { isEmailLike } from '../vcard/contact-person.js';
import { decodeValueBytes } from '../vcard/physical-lines.js';

export interface Participant {
  /** Normalised email, or `name:` and the lower-case name when there is no address. */
  key: string;
  email?: string;
  name?: string;
  /** Upper case (`ACCEPTED`, `DECLINED`, `NEEDS-ACTION`), when given. */
  partstat?: string;
  isResource: boolean;
}

const OTHER_URI = /^[a-z][a-z0-9+.-]*:/i;
const NOT_PEOPLE = /@(?:resource|group)\.calendar\.google\.com$/i;
/**
 * Addresses that stand for a calendar or an address book, never for a person: Google's
 * `…@virtual` (birthdays, holidays) and `…@group.v.calendar.google.com` (subscribed calendars).
 */
const CALENDAR_ADDRESS =
  /@(?:virtual|group\.v\.calendar\.google\.com|import\.calendar\.google\.com)$/i;

function decoded(binary: string): string {
  return decodeValueBytes(binary).text;
}

/** Reads one ORGANIZER or ATTENDEE line; undefined when it names nobody. */
export function readParticipant(property: ContentLine): Participant | undefined {
  const value = unescapeText(decoded(property.value))
    .trim()
    .replace(/^<(.*)>$/, '$1');
  const cn = decoded(paramValue(property, 'CN') ?? '').trim();
  let email: string | undefined;
  let plainName: string | undefined;
  const mailto = /^mailto(?::\s*(.*))?$/i.exec(value);
  if (mailto) {
    const address = (mailto[1] ?? '').trim();
    if (CALENDAR_ADDRESS.test(address)) return undefined;
    if (isEmailLike(address)) email = address;
  } else if (isEmailLike(value)) {
    email = value;
  } else if (value !== '' && !OTHER_URI.test(value)) {
    plainName = value;
  }
  if (!email && isEmailLike(cn)) email = cn.replace(/^mailto:/i, '');
  const isCnTheAddress = email !== undefined && cn.toLowerCase() === email.toLowerCase();
  const name = cn !== '' && !isCnTheAddress && !isEmailLike(cn) ? cn : plainName;
  if (!email && !name) return undefined;
  const cutypes = paramValues(property, 'CUTYPE');
  const participant: Participant = {
    key: email
      ? (normaliseEmail(email) ?? email.toLowerCase())
      : `name:${(name ?? '').toLowerCase()}`,
    isResource:
      cutypes.includes('room') ||
      cutypes.includes('resource') ||
      (email !== undefined && NOT_PEOPLE.test(email)),
  };
  if (email) participant.email = email;
  if (name) participant.name = name;
  const partstat = paramValue(property, 'PARTSTAT')?.trim().toUpperCase();
  if (partstat) participant.partstat = partstat;
  return participant;
}

export function participantPerson(participant: Participant): PersonRef {
  const person: PersonRef = {};
  if (participant.name) person.fullName = participant.name;
  if (participant.email) person.emails = [participant.email];
  return person;
}
