/**
 * Content sniffer for the dispatcher (docs/formats.md section 2; detect by content, never by file
 * name): Google's legacy header has `Given Name` and `Family Name`; the current one has
 * `First Name` with `Labels` or `File As`; both number their value groups (`E-mail 1 - Value`,
 * `Phone 1 - Value`). Outlook's `E-mail Address` family does not match.
 */
import { sniffHeaderNames } from '../outlook-csv/csv-table.js';

const NUMBERED_GROUP =
  /^(?:e-mail|phone|website|address|organization) \d+ - (?:value|type|label|name)$/;

export function looksLikeGoogleCsv(head: string): boolean {
  const names = sniffHeaderNames(head);
  const has = (name: string): boolean => names.includes(name);
  const hasGroups = names.some((name) => NUMBERED_GROUP.test(name));
  if (has('e-mail address')) return false;
  if (has('given name') && (has('family name') || hasGroups)) return true;
  return has('first name') && (has('labels') || has('file as') || hasGroups);
}
