/**
 * Cheap content sniffers for the dispatcher (docs/formats.md, recommendations 1: by content, never by
 * file name alone; Takeout's mbox name is localised anyway).
 */
import { isSeparatorLine } from './mbox-splitter.js';

const HEADER_FIELD = /^([!-9;-~]+):/;
const MAIL_FIELDS = new Set([
  'from',
  'to',
  'cc',
  'date',
  'subject',
  'message-id',
  'received',
  'return-path',
  'mime-version',
  'delivered-to',
  'x-gm-thrid',
  'x-gmail-labels',
  'in-reply-to',
  'references',
  'sender',
  'reply-to',
  // A message saved by hand can hold only From and its MIME headers (no Date, no To).
  'content-type',
  'content-transfer-encoding',
]);

function firstLines(head: string): string[] {
  return head
    .replace(/^\ufeff/, '')
    .replace(/^[\r\n]+/, '')
    .split(/\r?\n/);
}

/** Counts known mail header fields in the header block at the start of `lines`. */
function mailFieldCount(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) {
    if (line === '') break;
    if (line.startsWith(' ') || line.startsWith('\t')) continue;
    const match = HEADER_FIELD.exec(line);
    if (!match) return count;
    if (MAIL_FIELDS.has(match[1]?.toLowerCase() ?? '')) count += 1;
  }
  return count;
}

/** An mbox: a `From ` separator line with a date, then mail headers. */
export function looksLikeMbox(head: string): boolean {
  const lines = firstLines(head);
  return isSeparatorLine(lines[0] ?? '') && mailFieldCount(lines.slice(1)) >= 1;
}

/** One message (.eml, a maildir file): it opens with a header block holding known mail fields. */
export function looksLikeEml(head: string): boolean {
  const lines = firstLines(head);
  if (!HEADER_FIELD.test(lines[0] ?? '')) return false;
  // Two known fields (design choice): one alone could be a vCard or a YAML file's `date:`; and
  // a From among them, since every message has one and a web page's headers do not.
  return mailFieldCount(lines) >= 2 && hasFromField(lines);
}

function hasFromField(lines: readonly string[]): boolean {
  for (const line of lines) {
    if (line === '') return false;
    if (/^from:/i.test(line)) return true;
  }
  return false;
}
