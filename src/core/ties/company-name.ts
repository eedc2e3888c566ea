/**
 * Company names as people type them: "Acme Inc.", "ACME", "The Acme Company", "Acme GmbH & Co.
 * KG" are one company. Used to match contacts to the user's target companies (docs/science.md
 * section 1: transmission means joining the contact's company).
 */

// Legal forms and filler that never tell two companies apart, stripped from the end.
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'sl',
  'sau',
  'ltda',
  'bv',
  'nv',
  'ab',
  'as',
  'asa',
  'oy',
  'oyj',
  'kk',
  'pty',
  'pte',
  'lp',
  'llp',
  'and',
]);

const MAX_COMPANY_LENGTH = 200;
const MARKS = /\p{M}/gu;
const PARENTHESES = /\([^)]*\)|\[[^\]]*\]/g;
const WEB_SUFFIX = /\.(com|io|ai|co|net|org)\b/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** The comparison key of a company name; empty for a blank name. */
export function normaliseCompanyName(name: string): string {
  const tokens = name
    .slice(0, MAX_COMPANY_LENGTH)
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(PARENTHESES, ' ')
    .replace(WEB_SUFFIX, '')
    .replace(/&/g, ' and ')
    // "S.A.", "Inc." : dots join letters rather than split them.
    .replace(/\./g, '')
    .replace(NON_WORD, ' ')
    .trim()
    .split(' ')
    .filter((t) => t !== '');
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  let end = tokens.length;
  while (end > 1 && LEGAL_FORMS.has(tokens[end - 1] ?? '')) end -= 1;
  return tokens.slice(0, end).join(' ');
}

export type CompanyMatch = 'exact' | 'division' | undefined;

/**
 * The target key a contact's company matches, or undefined. A match is exact, or a division:
 * the contact's name starts with a target's whole words ("Google Cloud" for "Google"). Divisions
 * can misfire ("Apple Leisure Group"), so explanations name the target matched.
 * `prefixes` are the targets each followed by a space, precomputed once per goal set.
 */
export function matchCompany(
  contactKey: string,
  targets: ReadonlySet<string>,
  prefixes: readonly string[],
): string | undefined {
  if (contactKey === '') return undefined;
  if (targets.has(contactKey)) return contactKey;
  for (const prefix of prefixes) {
    if (contactKey.startsWith(prefix)) return prefix.slice(0, -1);
  }
  return undefined;
}
