/**
 * The owner's phone address book as an iPhone exports it (docs/formats.md section 3): vCard 3.0,
 * CRLF, `PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN`, lowercase repeated `type=` parameters,
 * item groups with `X-ABLabel` (`_$!<Other>!$_` built in, anything else custom), `X-SOCIALPROFILE`
 * for LinkedIn, year-less birthdays (`X-APPLE-OMIT-YEAR=1604`), company cards
 * (`X-ABShowAs:COMPANY`) and folded long lines.
 */
import { formatPhoneBookNumber } from './phone-numbers.js';
import { phoneBookName, type Acquaintance, type AddressBookPeople } from './acquaintances.js';
import { escapeText, foldLine } from './content-lines.js';

const PRODID = '-//Apple Inc.//iPhone OS 17.5.1//EN';

function birthdayLine(birthday: NonNullable<Acquaintance['birthday']>): string {
  const mm = String(birthday.month).padStart(2, '0');
  const dd = String(birthday.day).padStart(2, '0');
  return birthday.year === undefined
    ? `BDAY;X-APPLE-OMIT-YEAR=1604:1604-${mm}-${dd}`
    : `BDAY;value=date:${birthday.year}-${mm}-${dd}`;
}

function cardLines(a: Acquaintance, ownerCountry: 'US' | 'GB'): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `PRODID:${PRODID}`];
  if (a.isCompanyCard) {
    lines.push('N:;;;;', 'FN:', `ORG:${escapeText(a.company)};`, 'X-ABShowAs:COMPANY');
  } else {
    const name = phoneBookName(a);
    lines.push(`N:${escapeText(name.family)};${escapeText(name.given)};;;`);
    lines.push(`FN:${escapeText(name.full)}`);
    if (a.company !== '' && a.kind !== 'friend') lines.push(`ORG:${escapeText(a.company)};`);
    if (a.title !== '' && a.kind !== 'friend') lines.push(`TITLE:${escapeText(a.title)}`);
  }
  let item = 0;
  if (a.email && a.phoneBook?.withEmail) {
    item += 1;
    const label = a.kind === 'connection' || a.kind === 'prospect' ? 'Work' : 'Home';
    lines.push(`item${item}.EMAIL;type=INTERNET;type=pref:${a.email}`);
    lines.push(`item${item}.X-ABLabel:_$!<${label}>!$_`);
  }
  if (a.phone) {
    const number = formatPhoneBookNumber(a.phone, ownerCountry);
    if (a.isCompanyCard) lines.push(`TEL;type=WORK;type=VOICE;type=pref:${number}`);
    else lines.push(`TEL;type=CELL;type=VOICE;type=pref:${number}`);
  }
  if (a.profileUrl && a.phoneBook?.withProfileUrl) {
    const slug = a.profileUrl.split('/').pop() ?? '';
    lines.push(`X-SOCIALPROFILE;type=linkedin;x-user=${slug}:${a.profileUrl}`);
  }
  if (a.birthday) lines.push(birthdayLine(a.birthday));
  if (a.kind === 'prospect' && a.email) {
    // A custom label: anything but Apple's `_$!<…>!$_` built-ins is the user's own text.
    item += 1;
    lines.push(`item${item}.URL;type=pref:https://www.${a.email.split('@')[1] ?? ''}`);
    lines.push(`item${item}.X-ABLabel:company site`);
  }
  lines.push('END:VCARD');
  return lines;
}

/** The address book, one card per person with a phone-book entry, as UTF-8 bytes. */
export function encodeVcardBook(book: AddressBookPeople): Buffer {
  const text = book.people
    .filter((a) => a.phoneBook !== undefined)
    .flatMap((a) => cardLines(a, book.ownerCountry))
    .map(foldLine)
    .join('');
  return Buffer.from(text, 'utf8');
}
