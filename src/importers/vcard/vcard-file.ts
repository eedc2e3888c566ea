/**
 * vCard address books (`.vcf`) as iPhone/iCloud (3.0), Android (2.1) and Google (3.0) write
 * them, and vCard 4.0 (docs/formats.md section 3): one ContactRecord per card, book `vcard`.
 *
 * Own line parser rather than a library: npm `vcf` is not installed and does not join 2.1
 * quoted-printable soft breaks before decoding, and ical.js's vCard mode throws on the first bad
 * line and keeps no line numbers. The grammar is small (content-line.ts); what needs care is:
 * - lines are read lazily from the bytes and folded at the byte level; a PHOTO (or LOGO, SOUND,
 *   KEY) and its folded base64 are skipped line by line, never joined into one string;
 * - 2.1 quoted-printable (`ENCODING=QUOTED-PRINTABLE` or bare `;QUOTED-PRINTABLE`): a trailing
 *   `=` joins the next physical line BEFORE decoding, then bytes are read in the CHARSET given;
 * - folding: CRLF (or bare LF, CR CR LF) plus a space or tab; 2.1 folds only at existing white
 *   space, so there the white space is kept, while 3.0 and 4.0 drop the one folding character;
 * - item groups (`item1.EMAIL` + `item1.X-ABLabel:_$!<HomePage>!$_`): built-in labels are
 *   unwrapped, custom ones kept; a number labelled or typed fax is not a way to reach a person;
 * - company cards (`X-ABShowAs:COMPANY`, 4.0 `KIND:org`) and Apple group cards
 *   (`X-ADDRESSBOOKSERVER-KIND:group`) are not people: counted as skipped;
 * - year-less birthdays (`X-APPLE-OMIT-YEAR=1604`, `--0315`) become `--03-15`.
 * A broken card or line is an issue with its line number and never stops the file.
 */
import type { ContactRecord, ParsedFile } from '../import-batch.js';
import { countSkip, emptyParsedFile } from '../import-batch.js';
import { parseBirthday } from './birthday.js';
import {
  parseContentLine,
  paramValue,
  paramValues,
  splitUnescaped,
  unescapeText,
  type ContentLine,
} from './content-line.js';
import {
  buildContactPerson,
  DEFAULT_PHONE_REGION,
  isEmptyPerson,
  type ContactFields,
  type ContactParseOptions,
} from './contact-person.js';
import { IssueCollector } from './issue-collector.js';
import {
  decodeValueBytes,
  PhysicalLineReader,
  toUtf8Bytes,
  type PhysicalLine,
} from './physical-lines.js';
import { decodeQuotedPrintable, endsWithSoftBreak } from './quoted-printable.js';

export const VCARD_BOOK = 'vcard';

/** Longest unfolded line kept (design choice: far above any name or note, bounds memory). */
export const MAX_VCARD_LINE_BYTES = 256 * 1024;

/** Cards read from one file (design choice: above the largest phone books, bounds memory). */
export const MAX_VCARDS = 100_000;

/** Properties kept per card (design choice: a real card has a few dozen; bounds memory). */
export const MAX_CARD_PROPERTIES = 2_000;

/** Properties holding binary data; skipped without keeping their base64. */
const BINARY_PROPERTIES = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

/** 2.1 writers may put base64 on unindented lines, ended by a blank line; they never hold `:`. */
const BASE64_ONLY = /^[A-Za-z0-9+/=]+$/;

const PROPERTY_HEAD = /^\s*(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)/;

interface CardProperty extends ContentLine {
  line: number;
}

interface OpenCard {
  line: number;
  version: string;
  properties: CardProperty[];
  isFull: boolean;
}

class VcardParse {
  readonly parsed: ParsedFile = emptyParsedFile();
  readonly issues: IssueCollector;
  private readonly reader: PhysicalLineReader;
  private readonly region: NonNullable<ContactParseOptions['defaultRegion']>;
  private card: OpenCard | undefined;
  private cards = 0;
  private isStopped = false;
  private uncleanValues = 0;

  constructor(input: Uint8Array | string, file: string, options: ContactParseOptions) {
    this.issues = new IssueCollector(file);
    this.reader = new PhysicalLineReader(toUtf8Bytes(input));
    this.region = options.defaultRegion ?? DEFAULT_PHONE_REGION;
  }

  run(): ParsedFile {
    for (let first = this.reader.take(); first; first = this.reader.take()) {
      if (first.text.trim() === '') continue;
      this.readProperty(first);
      if (this.isStopped) break;
    }
    if (this.card) {
      this.issues.add(
        'bad-row',
        'warning',
        `the card that starts on line ${this.card.line} has no END:VCARD; it was read to the end of the file.`,
        this.card.line,
      );
      this.finishCard();
    }
    if (this.uncleanValues > 0) {
      this.issues.add(
        'bad-encoding',
        'warning',
        `${this.uncleanValues} value${this.uncleanValues === 1 ? ' was' : 's were'} not valid UTF-8 and ${this.uncleanValues === 1 ? 'was' : 'were'} read as Windows-1252; check accented names.`,
      );
    }
    this.parsed.issues.push(...this.issues.toArray());
    return this.parsed;
  }

  private readProperty(first: PhysicalLine): void {
    const name = PROPERTY_HEAD.exec(first.text)?.[1]?.toUpperCase();
    if (name && BINARY_PROPERTIES.has(name)) {
      this.skipBinary();
      return;
    }
    if (/^[ \t]/.test(first.text)) {
      // A continuation with nothing to continue (after a skipped or unreadable line).
      return;
    }
    const text = this.unfold(first);
    const property = parseContentLine(text);
    if (!property) {
      this.issues.add(
        'bad-row',
        'warning',
        `line ${first.line} is not a vCard property ("${printable(text)}"); it was ignored.`,
        first.line,
      );
      return;
    }
    if (paramValues(property, 'ENCODING').includes('quoted-printable')) {
      property.value = this.joinSoftBreaks(property.value, first.line);
    }
    this.route(property, first.line);
  }

  private skipBinary(): void {
    for (let next = this.reader.peek(); next; next = this.reader.peek()) {
      if (!/^[ \t]/.test(next.text) && !BASE64_ONLY.test(next.text)) return;
      this.reader.take();
    }
  }

  private unfold(first: PhysicalLine): string {
    const keepSpace = this.card?.version === '2.1';
    let text = first.text;
    let isTruncated = false;
    for (
      let next = this.reader.peek();
      next && /^[ \t]/.test(next.text);
      next = this.reader.peek()
    ) {
      this.reader.take();
      const piece = keepSpace ? next.text : next.text.slice(1);
      if (text.length + piece.length > MAX_VCARD_LINE_BYTES) isTruncated = true;
      else text += piece;
    }
    if (isTruncated) this.reportTooLong(first.line);
    return text;
  }

  private joinSoftBreaks(value: string, line: number): string {
    let joined = value;
    // Only the last physical line can end in a soft break: an `=XX` never spans two lines.
    let tail = value;
    let isTruncated = false;
    while (endsWithSoftBreak(tail)) {
      const next = this.reader.peek();
      if (!next || /^END:VCARD\s*$/i.test(next.text)) break;
      this.reader.take();
      tail = next.text;
      if (isTruncated) continue;
      const head = joined.replace(/=[ \t]*$/, '');
      if (head.length + next.text.length > MAX_VCARD_LINE_BYTES) {
        isTruncated = true;
        joined = head;
      } else {
        joined = head + next.text;
      }
    }
    if (isTruncated) this.reportTooLong(line);
    return joined;
  }

  private reportTooLong(line: number): void {
    this.issues.add(
      'field-too-large',
      'warning',
      `line ${line} is longer than ${MAX_VCARD_LINE_BYTES / 1024} KiB; the rest of it was dropped.`,
      line,
    );
  }

  private route(property: ContentLine, line: number): void {
    const isBegin = property.name === 'BEGIN' && /^\s*VCARD\s*$/i.test(property.value);
    const isEnd = property.name === 'END' && /^\s*VCARD\s*$/i.test(property.value);
    if (isBegin) {
      if (this.card) {
        this.issues.add(
          'bad-row',
          'warning',
          `the card that starts on line ${this.card.line} has no END:VCARD before line ${line}; it was read up to there.`,
          this.card.line,
        );
        this.finishCard();
      }
      if (this.cards >= MAX_VCARDS) {
        this.issues.add(
          'file-too-large',
          'error',
          `${this.issues.file} has more than ${MAX_VCARDS.toLocaleString('en-US')} cards; the rest, from line ${line}, was not read.`,
          line,
        );
        this.isStopped = true;
        return;
      }
      this.card = { line, version: '3.0', properties: [], isFull: false };
      this.cards += 1;
      return;
    }
    if (!this.card) {
      if (!isEnd) {
        this.issues.add(
          'bad-row',
          'warning',
          `line ${line} is outside any BEGIN:VCARD … END:VCARD; it was ignored.`,
          line,
        );
      }
      return;
    }
    if (isEnd) {
      this.finishCard();
      return;
    }
    if (property.name === 'VERSION') this.card.version = property.value.trim();
    if (this.card.isFull) return;
    if (this.card.properties.length >= MAX_CARD_PROPERTIES) {
      this.issues.add(
        'field-too-large',
        'warning',
        `the card that starts on line ${this.card.line} has more than ${MAX_CARD_PROPERTIES.toLocaleString('en-US')} properties; the rest of it was ignored.`,
        this.card.line,
      );
      this.card.isFull = true;
      return;
    }
    this.card.properties.push({ ...property, line });
  }

  private text(property: ContentLine): string {
    let binary = property.value;
    if (paramValues(property, 'ENCODING').includes('quoted-printable')) {
      binary = decodeQuotedPrintable(binary);
    }
    const decoded = decodeValueBytes(binary, paramValue(property, 'CHARSET'));
    if (!decoded.isClean) this.uncleanValues += 1;
    return decoded.text;
  }

  private finishCard(): void {
    const card = this.card;
    this.card = undefined;
    if (!card) return;
    const labels = groupLabels(card.properties, (property) => this.text(property));
    const fields: ContactFields = { emails: [], phones: [], urls: [] };
    const preferredEmails: string[] = [];
    const preferredPhones: string[] = [];
    const categories: string[] = [];
    let kind: 'person' | 'company card' | 'contact group' = 'person';
    let birthday: string | undefined;
    for (const property of card.properties) {
      const types = paramValues(property, 'TYPE');
      const label = property.group ? labels.get(property.group) : undefined;
      const isPreferred = types.includes('pref') || paramValue(property, 'PREF') !== undefined;
      switch (property.name) {
        case 'N': {
          const [family, given] = splitUnescaped(this.text(property), ';').map(unescapeText);
          fields.lastName = family;
          fields.firstName = given;
          break;
        }
        case 'FN':
          fields.fullName = unescapeText(this.text(property));
          break;
        case 'ORG':
          fields.company = unescapeText(splitUnescaped(this.text(property), ';')[0] ?? '');
          break;
        case 'TITLE':
          fields.title = unescapeText(this.text(property));
          break;
        case 'EMAIL': {
          const email = unescapeText(this.text(property)).trim();
          (isPreferred ? preferredEmails : fields.emails).push(email);
          break;
        }
        case 'TEL': {
          if (types.includes('fax') || /fax/i.test(label ?? '')) break;
          const phone = unescapeText(this.text(property)).trim();
          (isPreferred ? preferredPhones : fields.phones).push(phone);
          break;
        }
        case 'URL':
        case 'X-SOCIALPROFILE':
          fields.urls.push(unescapeText(this.text(property)).trim());
          break;
        case 'BDAY': {
          const result = parseBirthday(
            unescapeText(this.text(property)),
            paramValue(property, 'X-APPLE-OMIT-YEAR'),
          );
          if (result.kind === 'date') birthday = result.value;
          if (result.kind === 'bad') {
            this.issues.add(
              'bad-date',
              'warning',
              `line ${property.line}: the birthday "${printable(property.value)}" is not a date; the card was kept without it.`,
              property.line,
            );
          }
          break;
        }
        case 'CATEGORIES':
          for (const part of splitUnescaped(this.text(property), ',')) {
            categories.push(unescapeText(part).trim());
          }
          break;
        case 'X-ABSHOWAS':
          if (/^\s*company\s*$/i.test(property.value)) kind = 'company card';
          break;
        case 'KIND':
        case 'X-ADDRESSBOOKSERVER-KIND': {
          const value = property.value.trim().toLowerCase();
          if (value === 'org' || value === 'organization') kind = 'company card';
          if (value === 'group') kind = 'contact group';
          break;
        }
        default:
          break;
      }
    }
    if (kind !== 'person') {
      countSkip(this.parsed, kind);
      return;
    }
    fields.emails.unshift(...preferredEmails);
    fields.phones.unshift(...preferredPhones);
    const person = buildContactPerson(fields, this.region);
    if (isEmptyPerson(person)) {
      countSkip(this.parsed, 'no name, email or phone');
      return;
    }
    const record: ContactRecord = {
      kind: 'contact',
      source: { file: this.issues.file, line: card.line },
      book: VCARD_BOOK,
      person,
    };
    if (birthday) record.birthday = birthday;
    const uniqueLabels = [...new Set(categories.filter((category) => category !== ''))];
    if (uniqueLabels.length > 0) record.labels = uniqueLabels;
    this.parsed.records.push(record);
  }
}

/** `_$!<HomePage>!$_` is one of Apple's built-in labels; anything else is the user's own text. */
export function decodeAbLabel(label: string): string {
  const builtIn = /^_\$!<(.*)>!\$_$/.exec(label.trim());
  return (builtIn?.[1] ?? label).trim();
}

/** The X-ABLabel of each item group of a card (`item1` → `HomePage`). */
function groupLabels(
  properties: readonly ContentLine[],
  text: (property: ContentLine) => string,
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const property of properties) {
    if (property.name !== 'X-ABLABEL' || !property.group) continue;
    const label = decodeAbLabel(unescapeText(text(property)));
    if (label !== '') labels.set(property.group, label);
  }
  return labels;
}

/** A short, printable excerpt of a raw (binary) line for a message. */
function printable(binary: string): string {
  const text = decodeValueBytes(binary.slice(0, 240)).text;
  const cleaned = [...text.slice(0, 60)]
    .map((char) => (char < ' ' || char === '\u007f' ? '?' : char))
    .join('');
  return binary.length > 60 ? `${cleaned}…` : cleaned;
}

/** Reads a `.vcf` file (bytes or text) into contacts. Never throws on bad input. */
export function parseVcard(
  input: Uint8Array | string,
  fileName: string,
  options: ContactParseOptions = {},
): ParsedFile {
  return new VcardParse(input, fileName, options).run();
}
