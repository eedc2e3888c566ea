/**
 * The first line of each message in a WhatsApp "Export chat" text (docs/formats.md section 4):
 *
 * | platform/locale | line shape                                       |
 * |-----------------|--------------------------------------------------|
 * | iOS de          | `[27.09.23, 09:18:41] Name: text`                |
 * | iOS en-US       | `[4/3/24, 1:41:34\u202FPM] Name: text`           |
 * | iOS es          | `[3/6/18 1:55:00 p. m.] a: m` (no comma)         |
 * | Android en-GB   | `12/07/2017, 22:35 - Name: text`                 |
 * | Android en-CA   | `2024-02-24, 6:52\u202Fp.m. - Name: text`        |
 * | Android fi      | `13.6.2018 klo 21.25.15 - a: m`                  |
 *
 * Lines are cleaned first: bidi marks (U+200E/U+200F/U+202A-U+202E/U+2066-U+2069) are dropped
 * and the no-break spaces U+00A0/U+202F (and thin spaces) become plain spaces, so one grammar
 * covers every variant. Which date field is the day is decided per file (whatsapp-date-order.ts).
 */

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const LRM = '\u200e';

// One date grammar for `27.09.23`, `4/3/24`, `2024-02-24`, `13.6.2018` and `2018. 06. 13.`:
// three numbers with one separator, repeated (the backreference), an optional space after it.
const DATE = String.raw`(\d{1,4})([./-]) ?(\d{1,2})\2 ?(\d{1,4})\.?`;
// `09:18:41`, `22:35`, `21.25.15`; 12-hour suffixes `PM`, `pm`, `p.m.`, `p. m.`.
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?: ?([ap])\.? ?m\.?)?`;
const IOS_LINE = new RegExp(String.raw`^\[${DATE},? +${TIME}\] *(.*)$`, 'i');
const ANDROID_LINE = new RegExp(String.raw`^${DATE},? +(?:klo +)?${TIME} +[-–] +(.*)$`, 'i');

/**
 * Longest author name accepted (design choice: WhatsApp profile names are capped at 25
 * characters and saved contact names are short; 100 leaves room for emoji and long numbers).
 */
const MAX_AUTHOR_LENGTH = 100;

export interface WhatsAppLineHead {
  platform: 'ios' | 'android';
  /** The three date fields as written, in order. */
  fields: [string, string, string];
  separator: string;
  hour: number;
  minute: number;
  second: number;
  meridiem?: 'am' | 'pm';
  /** Undefined for Android system lines, which have no author. */
  author?: string;
  text: string;
  /** iOS system events and attachments start their text with U+200E (docs/formats.md section 4). */
  isMarked: boolean;
}

/** Drops bidi marks and turns no-break spaces into plain spaces. */
export function cleanWhatsAppText(text: string): string {
  return text.replace(BIDI_MARKS, '').replace(ODD_SPACES, ' ');
}

function splitAuthor(rest: string): { author?: string; text: string } {
  const colon = rest.indexOf(': ');
  const end = colon === -1 && rest.endsWith(':') ? rest.length - 1 : colon;
  if (end <= 0 || end > MAX_AUTHOR_LENGTH) return { text: rest };
  const author = rest.slice(0, end).trim();
  // An Android system line that quotes a subject with a colon ("changed the subject to "Re: x"")
  // would otherwise yield an author with a quotation mark in it.
  if (author === '' || /["“”„«»]/.test(author)) return { text: rest };
  return { author, text: rest.slice(end + 2) };
}

// Arabic exports can write the timestamp in Arabic-Indic digits, with the Arabic comma and
// ص / م for AM / PM (`[١٥/١/٢٤، ٩:٠٥:١٢ م]`); the shape is not yet confirmed from a real
// export, so only a prefix that then parses as a timestamp is read this way.
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const ARABIC_PREFIX = /^(\[?[\d\u0660-\u0669\u06f0-\u06f9./\-،, :]+?)(?: (ص|م))?(\]| [-–] )/;

function latinTimestamp(line: string): string {
  const match = ARABIC_PREFIX.exec(line);
  if (!match || !/[\u0660-\u0669\u06f0-\u06f9]/.test(match[1] ?? '')) return line;
  const digits = (match[1] ?? '')
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    .replace(/،/g, ',');
  const meridiem = match[2] === undefined ? '' : match[2] === 'ص' ? ' AM' : ' PM';
  return `${digits}${meridiem}${match[3] ?? ''}${line.slice(match[0].length)}`;
}

/** Parses the timestamp prefix of a line, or undefined for a continuation line. */
export function parseWhatsAppLine(rawLine: string): WhatsAppLineHead | undefined {
  const line = latinTimestamp(cleanWhatsAppText(rawLine));
  const ios = IOS_LINE.exec(line);
  const match = ios ?? ANDROID_LINE.exec(line);
  if (!match) return undefined;
  const [
    ,
    a = '',
    separator = '',
    b = '',
    c = '',
    hour = '',
    minute = '',
    second,
    meridiem,
    rest = '',
  ] = match;
  const { author, text } = splitAuthor(rest);
  let isMarked = false;
  if (ios && author !== undefined) {
    // The mark sits right after the author's `: ` in the raw line (`Name: \u200e<attached: …>`).
    const close = rawLine.indexOf(']');
    const colon = rawLine.indexOf(': ', close);
    isMarked = colon !== -1 && rawLine[colon + 2] === LRM;
  }
  const head: WhatsAppLineHead = {
    platform: ios ? 'ios' : 'android',
    fields: [a, b, c],
    separator,
    hour: Number(hour),
    minute: Number(minute),
    second: second === undefined ? 0 : Number(second),
    text,
    isMarked,
  };
  if (meridiem !== undefined) head.meridiem = meridiem.toLowerCase() === 'a' ? 'am' : 'pm';
  if (author !== undefined) head.author = author;
  return head;
}

/**
 * Cheap content sniffer for the dispatcher: one of the first non-empty lines starts with a
 * WhatsApp timestamp. Never decides by file name (docs/formats.md, recommendations 1).
 */
export function looksLikeWhatsApp(head: string): boolean {
  const lines = head.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  let seen = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (parseWhatsAppLine(line) !== undefined) return true;
    seen += 1;
    // A chat's first line is a message; allow a few stray lines (design choice) before giving up.
    if (seen >= 5) return false;
  }
  return false;
}
