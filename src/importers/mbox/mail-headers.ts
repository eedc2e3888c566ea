/**
 * The headers weakties reads from one message (docs/formats.md section 5, "Social-graph headers"),
 * plus the ones that mark bulk mail. Everything else, and the body, is never decoded.
 * Folded lines are unfolded (RFC 5322 2.2.3: a line starting with space or TAB continues the
 * previous one); To, Cc and Bcc may repeat and are joined; other headers keep their first value.
 */
import { isUtf8 } from 'node:buffer';

export interface MailHeaders {
  from?: string;
  sender?: string;
  replyTo?: string;
  to?: string;
  cc?: string;
  bcc?: string;
  date?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string;
  subject?: string;
  gmThreadId?: string;
  gmailLabels?: string;
  listId?: string;
  listUnsubscribe?: string;
  listPost?: string;
  precedence?: string;
  autoSubmitted?: string;
  /** How many header fields the block held, known or not: zero means it was not a header block. */
  fieldCount: number;
}

type Field = Exclude<keyof MailHeaders, 'fieldCount'>;

const WANTED = new Map<string, Field>([
  ['from', 'from'],
  ['sender', 'sender'],
  ['reply-to', 'replyTo'],
  ['to', 'to'],
  ['cc', 'cc'],
  ['bcc', 'bcc'],
  ['date', 'date'],
  ['message-id', 'messageId'],
  ['in-reply-to', 'inReplyTo'],
  ['references', 'references'],
  ['subject', 'subject'],
  ['x-gm-thrid', 'gmThreadId'],
  ['x-gmail-labels', 'gmailLabels'],
  ['list-id', 'listId'],
  ['list-unsubscribe', 'listUnsubscribe'],
  ['list-post', 'listPost'],
  ['precedence', 'precedence'],
  ['auto-submitted', 'autoSubmitted'],
]);

const REPEATABLE = new Set<Field>(['to', 'cc', 'bcc']);

const NL = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;

/**
 * One header value as text: UTF-8 when valid (RFC 6532), else latin-1 (raw 8-bit headers of old
 * mailers). Decoding each wanted value on its own, straight from the bytes, also gives strings
 * that do not point into the block: V8 keeps a whole string alive while any slice of it lives,
 * and records outlive the block.
 */
function decodeValue(bytes: Buffer, ranges: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < ranges.length; i += 2) {
    const part = bytes.subarray(ranges[i], ranges[i + 1]);
    parts.push(part.toString(isUtf8(part) ? 'utf8' : 'latin1'));
  }
  return parts.join('').trim();
}

/** The wanted names as lowercase bytes, by length, so most lines are rejected without a string. */
const WANTED_BY_LENGTH = new Map<number, { bytes: Buffer; field: Field }[]>();
for (const [name, field] of WANTED) {
  const list = WANTED_BY_LENGTH.get(name.length) ?? [];
  list.push({ bytes: Buffer.from(name, 'latin1'), field });
  WANTED_BY_LENGTH.set(name.length, list);
}

function lowerByte(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte;
}

/**
 * Whether the line is a header field (a name of printable ASCII without the colon, RFC 5322
 * 2.2) and, if weakties reads it, which one.
 */
function matchField(
  bytes: Buffer,
  start: number,
  colon: number,
): { isField: boolean; field?: Field } {
  let end = colon;
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end -= 1;
  if (end === start) return { isField: false };
  for (let i = start; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x21 || byte > 0x7e) return { isField: false };
  }
  for (const candidate of WANTED_BY_LENGTH.get(end - start) ?? []) {
    let same = true;
    for (let i = 0; i < candidate.bytes.length && same; i++) {
      same = lowerByte(bytes[start + i] ?? 0) === candidate.bytes[i];
    }
    if (same) return { isField: true, field: candidate.field };
  }
  return { isField: true };
}

/** Reads the wanted fields by scanning bytes; unwanted lines (Received, DKIM, ARC) are never decoded. */
export function readMailHeaders(block: Uint8Array): MailHeaders {
  const bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  const headers: MailHeaders = { fieldCount: 0 };
  let field: Field | undefined;
  let ranges: number[] = [];
  const flush = (): void => {
    if (field === undefined) return;
    const text = decodeValue(bytes, ranges);
    const existing = headers[field];
    if (existing === undefined) headers[field] = text;
    else if (REPEATABLE.has(field) && text !== '') headers[field] = `${existing}, ${text}`;
    field = undefined;
  };
  let start = 0;
  const length = bytes.length;
  while (start < length) {
    const newline = bytes.indexOf(NL, start);
    let end = newline === -1 ? length : newline;
    const next = newline === -1 ? length : newline + 1;
    if (end > start && bytes[end - 1] === CR) end -= 1;
    const first = bytes[start];
    if (first === 0x20 || first === 0x09) {
      // A folded continuation (RFC 5322 2.2.3): unfolding drops only the line break.
      if (field !== undefined) ranges.push(start, end);
      start = next;
      continue;
    }
    flush();
    const colon = bytes.indexOf(COLON, start);
    const match = colon === -1 || colon >= end ? undefined : matchField(bytes, start, colon);
    if (match?.isField) {
      headers.fieldCount += 1;
      if (match.field !== undefined) {
        field = match.field;
        ranges = [colon + 1, end];
      }
    }
    start = next;
  }
  flush();
  return headers;
}
