/**
 * A company from an email address, for contacts an address book or mailbox holds without one
 * (docs/product.md, "Open all your contacts": they take part in the lists when the store can place
 * them). The domain names the employer when it is the domain of a company already in the network
 * ("kelenwave-payments.com" for Kelenwave Payments), or when it reads as a company name of several
 * words ("okafor-thorne-capital.com"); webmail and one-word domains of unknown companies place
 * nobody. Pure.
 */
import { normaliseCompanyName } from '../ties/company-name.js';

// Design choice: the largest webmail providers and the reserved example names; a missing one
// only matters for hyphenated labels, which webmail rarely has.
const WEBMAIL = new Set([
  'gmail',
  'googlemail',
  'yahoo',
  'ymail',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'icloud',
  'me',
  'mac',
  'aol',
  'proton',
  'protonmail',
  'gmx',
  'web',
  'mail',
  'inbox',
  'example',
  'yandex',
  'zoho',
  'fastmail',
  'hey',
  't-online',
]);

/** The label that names the organisation: "kelenwave-payments" of "eu.kelenwave-payments.co.uk". */
function organisationLabel(domain: string): string | undefined {
  const parts = domain.toLowerCase().split('.').filter(Boolean);
  if (parts.length < 2) return undefined;
  // A second-level public suffix ("co.uk", "com.au") leaves the label one further left.
  const secondLevel = parts.length >= 3 && /^(co|com|org|net|ac|gov)$/.test(parts.at(-2) ?? '');
  return parts.at(secondLevel ? -3 : -2);
}

function titleCase(words: string): string {
  return words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * The company an address names, given the network's companies by normalised name; undefined
 * when it names none.
 */
export function companyFromEmail(
  email: string,
  known: ReadonlyMap<string, string>,
): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 1) return undefined;
  const label = organisationLabel(email.slice(at + 1, at + 254));
  if (!label || WEBMAIL.has(label)) return undefined;
  const words = label.replace(/[-_]+/g, ' ').trim();
  const match = known.get(normaliseCompanyName(words));
  if (match) return match;
  return words.includes(' ') ? titleCase(words) : undefined;
}
