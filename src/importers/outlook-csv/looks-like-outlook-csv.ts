/**
 * Content sniffer for the dispatcher (docs/formats.md section 2; detect by content, never by file
 * name): an Outlook contacts CSV's header has `E-mail Address` with a name column and one of
 * Outlook's own columns (`Business Phone`, `Mobile Phone`, `Home Phone`, `Job Title`,
 * `Categories`). Google's own CSV numbers its groups (`E-mail 1 - Value`) and LinkedIn writes
 * `Email Address`, so neither matches.
 */
import { sniffHeaderNames } from './csv-table.js';

const OUTLOOK_ONLY = ['business phone', 'mobile phone', 'home phone', 'job title', 'categories'];

export function looksLikeOutlookCsv(head: string): boolean {
  const names = new Set(sniffHeaderNames(head));
  return (
    names.has('e-mail address') &&
    (names.has('first name') || names.has('last name')) &&
    OUTLOOK_ONLY.some((name) => names.has(name))
  );
}
