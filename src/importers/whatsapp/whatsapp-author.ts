/**
 * How a WhatsApp export names a person (docs/formats.md section 4): a saved contact's name, an
 * unsaved number (`\u202A+49\u00A0151\u00A012345678\u202C`, marks already stripped), or a
 * non-contact's own profile name after a tilde (`~\u202FName`).
 */
import { normaliseNameText } from '../../core/person-name.js';
import type { PersonRef } from '../import-batch.js';

// A number has at least 6 digits (design choice: shorter strings of digits are names like "007").
const PHONE = /^\+?[\d ()\-.]+$/;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

function isPhone(text: string): boolean {
  return PHONE.test(text) && digitCount(text) >= 6;
}

/** The name without the non-contact tilde. */
export function displayAuthor(author: string): string {
  return author.replace(/^~\s*/, '').trim();
}

/** The key two spellings of the same author compare equal on. */
export function authorKey(author: string): string {
  const name = displayAuthor(author);
  if (isPhone(name)) return `tel:${name.replace(/\D/g, '')}`;
  return normaliseNameText(name) || name.toLowerCase();
}

export function authorPerson(author: string): PersonRef {
  const name = displayAuthor(author);
  if (isPhone(name)) return { phones: [name] };
  return { fullName: name };
}
