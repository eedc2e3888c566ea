/**
 * How an address-book entry becomes a PersonRef, shared by the vCard, Google CSV and Outlook CSV
 * importers (docs/formats.md sections 2 and 3):
 * - phones become E.164 (`+12025550143`) when libphonenumber-js reads them as valid in the
 *   user's region, else stay as written (the people resolver compares their digits);
 * - a "name" that is only a phone number or an email address (Google's Name column, Android's
 *   FN for an unnamed number) is not a name: it moves to phones or emails;
 * - a LinkedIn profile URL among the contact's web addresses becomes `profileUrl`, the strongest
 *   key there is (docs/formats.md, recommendation 4);
 * - emails and phones are de-duplicated, first (preferred) one first.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { PersonRef } from '../import-batch.js';

/** Options every address-book parser takes. */
export interface ContactParseOptions {
  /** Region for numbers written without a country code; `US` by default (design choice). */
  defaultRegion?: CountryCode;
}

export const DEFAULT_PHONE_REGION: CountryCode = 'US';

/** Longer than any real number with its extension (libphonenumber's own cap is 250). */
const MAX_PHONE_CHARS = 64;

export function normalisePhone(raw: string, region: CountryCode): string {
  const text = raw.trim().replace(/^tel:/i, '');
  if (text.length > MAX_PHONE_CHARS) return text;
  const parsed = parsePhoneNumberFromString(text, region);
  return parsed?.isValid() ? parsed.number : text;
}

const PHONE_ONLY = /^\+?[\d\s().\-/]{5,}$/;
const EMAIL_ONLY = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function isPhoneLike(text: string): boolean {
  return PHONE_ONLY.test(text.trim()) && (text.match(/\d/g)?.length ?? 0) >= 5;
}

export function isEmailLike(text: string): boolean {
  return EMAIL_ONLY.test(text.trim().replace(/^mailto:/i, ''));
}

const LINKEDIN_PROFILE =
  /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:www\.)?linkedin\.com\/(?:in|pub)\/[^\s]+$/i;

/** The URL when it is a LinkedIn member profile (`https://www.linkedin.com/in/ana-ruiz`). */
export function linkedInProfileUrl(url: string): string | undefined {
  const text = url.trim();
  return LINKEDIN_PROFILE.test(text) ? text : undefined;
}

export interface ContactFields {
  firstName?: string;
  lastName?: string;
  fullName?: string;
  emails: string[];
  phones: string[];
  urls: string[];
  company?: string;
  title?: string;
}

function addUnique(list: string[], seen: Set<string>, value: string, key: string): void {
  if (value === '' || seen.has(key)) return;
  seen.add(key);
  list.push(value);
}

/** A PersonRef holding only what the entry filled in; see the file comment for the rules. */
export function buildContactPerson(fields: ContactFields, region: CountryCode): PersonRef {
  const person: PersonRef = {};
  const emails: string[] = [];
  const phones: string[] = [];
  const seenEmails = new Set<string>();
  const seenPhones = new Set<string>();
  const addEmail = (raw: string): void => {
    const email = raw.trim().replace(/^mailto:/i, '');
    addUnique(emails, seenEmails, email, email.toLowerCase());
  };
  const addPhone = (raw: string): void => {
    const phone = normalisePhone(raw, region);
    addUnique(phones, seenPhones, phone, phone.replace(/[^\d+]/g, ''));
  };
  const firstName = fields.firstName?.trim() ?? '';
  const lastName = fields.lastName?.trim() ?? '';
  const fullName = fields.fullName?.trim() ?? '';
  if (firstName) person.firstName = firstName;
  if (lastName) person.lastName = lastName;
  for (const email of fields.emails) addEmail(email);
  for (const phone of fields.phones) addPhone(phone);
  // A name-as-number goes after the real phones, which carry the user's order.
  if (!firstName && !lastName && fullName) {
    if (isEmailLike(fullName)) addEmail(fullName);
    else if (isPhoneLike(fullName)) addPhone(fullName);
    else person.fullName = fullName;
  }
  if (emails.length > 0) person.emails = emails;
  if (phones.length > 0) person.phones = phones;
  const profileUrl = fields.urls.map(linkedInProfileUrl).find((url) => url !== undefined);
  if (profileUrl) person.profileUrl = profileUrl;
  const company = fields.company?.trim();
  if (company) person.company = company;
  const title = fields.title?.trim();
  if (title) person.title = title;
  return person;
}

/** True when the entry names nobody and gives no way to reach anybody. */
export function isEmptyPerson(person: PersonRef): boolean {
  return (
    !person.firstName &&
    !person.lastName &&
    !person.fullName &&
    !person.emails?.length &&
    !person.phones?.length &&
    !person.profileUrl
  );
}
