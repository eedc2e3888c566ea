/**
 * messages.csv (docs/formats.md section 1), three schemas read by header name:
 * - 2024: `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,
 *   DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT`, DATE `2024-12-16 18:24:37 UTC`;
 * - 2026: every field quoted, `…,FOLDER,ATTACHMENTS` and no draft columns, CONTENT with newlines;
 * - 2018 (`Messages.csv`): `From,To,Date,Subject,Content,Direction,Folder`, names only, HTML
 *   entities, dates `10/16/18, 8:36 AM`.
 *
 * Participants are keyed on profile URLs: TO joins names with commas and a name can hold commas
 * (`Ana Ruiz, FICS (UK), MSc (SE)…,Tom Berg`), so TO is never split; RECIPIENT PROFILE URLS is.
 * Dropped and counted: drafts, the SPAM folder, and sponsored InMail (no sender URL with
 * spinmail HTML or `%FIRSTNAME%` placeholders, the title "Sponsored Conversation", or the sender
 * "LinkedIn Member"), which says nothing about a tie. The owner is the URL on the most messages
 * (they are on every one), or with names only the most frequent name; Profile.csv's name breaks
 * a tie.
 */
import { matchFullName } from '../../core/person-name.js';
import { normaliseProfileUrl } from '../../core/profile-url.js';
import type { CsvSchema } from '../csv/csv-reader.js';
import type { MessageRecord, ParsedFile, PersonRef } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';
import { decodeHtmlEntities } from './html-entities.js';
import { parseLinkedInDate } from './linkedin-date.js';

export const MESSAGES_SCHEMA: CsvSchema = {
  columns: [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'RECIPIENT PROFILE URLS',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
    'ATTACHMENTS',
    'IS MESSAGE DRAFT',
    'IS CONVERSATION DRAFT',
    'DIRECTION',
  ],
  required: ['FROM', 'TO', 'DATE'],
};

export interface MessagesOptions {
  /** The owner's name from Profile.csv, used only to break a tie between candidate owners. */
  ownerName?: string;
}

function trim(value: string): string {
  return value.trim();
}

function isYes(value: string): boolean {
  return (value.length === 3 || value.length === 4) && /^(yes|true)$/i.test(value);
}

/** Case-insensitive equality that allocates nothing when the lengths differ (the common case). */
function isSameText(value: string, lower: string): boolean {
  return value.length === lower.length && value.toLowerCase() === lower;
}

/**
 * Caches a string function: the same URLs and names repeat on thousands of messages. Rows of one
 * conversation sit together, so the last two answers are checked before the map.
 */
class StringMemo<T> {
  private readonly cache = new Map<string, { value: T }>();
  private lastRaw: string | undefined;
  private lastHit: { value: T } | undefined;
  private olderRaw: string | undefined;
  private olderHit: { value: T } | undefined;

  constructor(private readonly compute: (raw: string) => T) {}

  readonly get = (raw: string): T => {
    if (raw === this.lastRaw && this.lastHit) return this.lastHit.value;
    if (raw === this.olderRaw && this.olderHit) return this.olderHit.value;
    let hit = this.cache.get(raw);
    if (!hit) {
      hit = { value: this.compute(raw) };
      this.cache.set(raw, hit);
    }
    this.olderRaw = this.lastRaw;
    this.olderHit = this.lastHit;
    this.lastRaw = raw;
    this.lastHit = hit;
    return hit.value;
  };

  /** Every input seen so far that gave `value`. */
  inputsFor(value: T): string[] {
    const inputs: string[] = [];
    for (const [raw, hit] of this.cache) if (hit.value === value) inputs.push(raw);
    return inputs;
  }
}

/** A PersonRef with a name and/or URL, leaving out empty ones (built directly: one per message). */
function personOf(fullName: string, profileUrl: string): PersonRef {
  const person: PersonRef = {};
  if (fullName !== '') person.fullName = fullName;
  if (profileUrl !== '') person.profileUrl = profileUrl;
  return person;
}

/** The keys counted most often (several on a tie), in the order first seen. */
function findLeaders(counts: Map<string, number>): string[] {
  let best = 0;
  let leaders: string[] = [];
  for (const [key, count] of counts) {
    if (count > best) {
      best = count;
      leaders = [key];
    } else if (count === best) {
      leaders.push(key);
    }
  }
  return leaders;
}

/**
 * Messages are built as rows stream in (200,000 rows in the benchmark export), with everybody
 * on them; once the owner is known, a second pass takes the owner out of `from`/`to` and sets
 * the direction.
 */
export function parseMessagesCsv(
  input: FileInput,
  file: string,
  options: MessagesOptions = {},
): ParsedFile {
  const csv = new CsvFileParse(input, file, MESSAGES_SCHEMA);
  const col = {
    id: csv.column('CONVERSATION ID'),
    title: csv.column('CONVERSATION TITLE'),
    from: csv.column('FROM'),
    senderUrl: csv.column('SENDER PROFILE URL'),
    to: csv.column('TO'),
    recipientUrls: csv.column('RECIPIENT PROFILE URLS'),
    date: csv.column('DATE'),
    subject: csv.column('SUBJECT'),
    content: csv.column('CONTENT'),
    folder: csv.column('FOLDER'),
    messageDraft: csv.column('IS MESSAGE DRAFT'),
    conversationDraft: csv.column('IS CONVERSATION DRAFT'),
    direction: csv.column('DIRECTION'),
  };
  const hasUrls = col.senderUrl !== -1 || col.recipientUrls !== -1;
  const urlKeys = new StringMemo((raw) => (raw === '' ? undefined : normaliseProfileUrl(raw)));
  const keyOfUrl = urlKeys.get;
  const keyOfName = new StringMemo((raw) => (raw === '' ? '' : matchFullName(raw))).get;
  const hint = options.ownerName ? keyOfName(options.ownerName) : undefined;

  const messages: MessageRecord[] = [];
  /** FROM and SENDER PROFILE URL of message i at 2i and 2i+1 (no object per message). */
  const senders: string[] = [];
  /** 2018 Direction column, by message: what the file says, when it says it. */
  const declared: (MessageRecord['direction'] | undefined)[] = [];
  const counts = new Map<string, number>();
  const bump = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };

  // Keys of the current row's recipients, reused from row to row.
  const pieceKeys: (string | undefined)[] = [];
  csv.forEachRow((row) => {
    const fromName = csv.text(row, col.from);
    const senderRaw = csv.text(row, col.senderUrl);
    const toText = csv.text(row, col.to);
    const list = csv.text(row, col.recipientUrls);
    const pieces = list === '' ? [] : list.includes(',') ? list.split(',').map(trim) : [list];
    // Every row names the owner, even the ones dropped below (a draft's sender, a sponsored
    // InMail's recipient), so all of them count towards finding the owner.
    if (hasUrls) {
      const senderKey = keyOfUrl(senderRaw);
      if (senderKey !== undefined) bump(senderKey);
      pieceKeys.length = 0;
      for (const piece of pieces) {
        const key = keyOfUrl(piece);
        pieceKeys.push(key);
        if (key !== undefined) bump(key);
      }
    } else {
      if (fromName !== '') bump(keyOfName(fromName));
      if (toText !== '') bump(keyOfName(toText));
    }

    if (isYes(csv.text(row, col.messageDraft)) || isYes(csv.text(row, col.conversationDraft))) {
      csv.skip('draft');
      return;
    }
    const folder = csv.text(row, col.folder);
    if (isSameText(folder, 'spam')) {
      csv.skip('spam');
      return;
    }
    if (
      isSameText(csv.text(row, col.title), 'sponsored conversation') ||
      isSameText(fromName, 'linkedin member') ||
      (hasUrls &&
        senderRaw === '' &&
        /spinmail|%(first|last)name%/i.test(csv.text(row, col.content)))
    ) {
      csv.skip('sponsored');
      return;
    }
    const rawDate = csv.text(row, col.date);
    const sentAt = parseLinkedInDate(rawDate);
    if (sentAt === undefined || !/^\d{4}-\d{2}-\d{2}/.test(sentAt)) {
      // A message without its instant cannot be placed in time (sentAt is required): dropped.
      csv.reportBadDate(row, col.date, rawDate, true);
      csv.skip('bad date');
      return;
    }
    if (fromName === '' && senderRaw === '') {
      csv.skip('no sender');
      return;
    }
    let to: PersonRef[];
    if (hasUrls) {
      const only = pieces.length === 1 ? pieces[0] : undefined;
      if (only !== undefined && pieceKeys[0] !== undefined) {
        // One recipient (most messages): TO is then one name, and the array is built at its
        // exact size rather than grown by push (kept for as long as the record lives).
        to = [personOf(toText, only)];
      } else {
        to = [];
        for (const [index, piece] of pieces.entries()) {
          if (pieceKeys[index] !== undefined) to.push(personOf('', piece));
        }
        if (to.length === 0 && toText !== '') to.push(personOf(toText, ''));
      }
    } else {
      to = toText === '' ? [] : [personOf(toText, '')];
      const direction = csv.text(row, col.direction).toUpperCase();
      declared[messages.length] =
        direction === 'OUTGOING' ? 'out' : direction === 'INCOMING' ? 'in' : undefined;
    }
    const content = row.cells[col.content] ?? '';
    const subject = csv.text(row, col.subject);
    senders.push(fromName, senderRaw);
    messages.push({
      kind: 'message',
      source: csv.source(row),
      channel: 'linkedin',
      conversationKey: csv.text(row, col.id),
      conversationTitle: csv.optional(row, col.title),
      sentAt,
      // Set in the second pass, once it is known whether the owner sent it.
      from: undefined,
      to,
      direction: 'in',
      subject: subject === '' ? undefined : hasUrls ? subject : decodeHtmlEntities(subject),
      content: content.trim() === '' ? undefined : hasUrls ? content : decodeHtmlEntities(content),
      folder: folder === '' ? undefined : folder,
    });
  });

  const keyOf = (name: string, url: string): string | undefined =>
    hasUrls ? keyOfUrl(url) : keyOfName(name) || undefined;
  const senderName = (index: number): string => senders[2 * index] ?? '';
  const senderUrl = (index: number): string => senders[2 * index + 1] ?? '';
  // Names written next to a URL: FROM beside SENDER PROFILE URL, TO beside a single recipient.
  const namesOf = (key: string): Set<string> => {
    const names = new Set<string>();
    for (const [index, message] of messages.entries()) {
      if (keyOf(senderName(index), senderUrl(index)) === key)
        names.add(keyOfName(senderName(index)));
      const only = message.to.length === 1 ? message.to[0] : undefined;
      if (only && keyOf(only.fullName ?? '', only.profileUrl ?? '') === key) {
        names.add(keyOfName(only.fullName ?? ''));
      }
    }
    names.delete('');
    return names;
  };
  const leaders = findLeaders(counts);
  let owner = leaders[0];
  if (leaders.length > 1) {
    const named =
      hint === undefined
        ? undefined
        : leaders.find((key) => (hasUrls ? namesOf(key).has(hint) : key === hint));
    owner = named ?? owner;
    if (named === undefined && messages.length > 0) {
      const labelOf = (key: string): string => {
        const index = messages.findIndex((_, i) => keyOf(senderName(i), senderUrl(i)) === key);
        return index === -1 ? key : senderName(index) || key;
      };
      csv.issues.add({
        code: 'ambiguous-owner',
        severity: 'warning',
        message: `${file}: ${leaders.slice(0, 3).map(labelOf).join(' and ')} are on equally many messages, so the owner was taken to be ${labelOf(owner ?? '')}; import Profile.csv with ${file} to be sure who sent what.`,
      });
    }
  }

  // The owner's URL is nearly always spelled one way: compare strings rather than look keys up.
  const ownerUrls = hasUrls && owner !== undefined ? urlKeys.inputsFor(owner) : [];
  const ownerUrl = ownerUrls.length === 1 ? ownerUrls[0] : undefined;
  const ownerUrlSet = new Set(ownerUrls);
  let ownerNames: Set<string> | undefined;
  const isOwner = (name: string, url: string): boolean => {
    if (hasUrls && url !== '')
      return ownerUrl !== undefined ? url === ownerUrl : ownerUrlSet.has(url);
    if (!hasUrls) return name !== '' && keyOfName(name) === owner;
    if (!ownerNames) {
      ownerNames = owner === undefined ? new Set() : namesOf(owner);
      if (hint !== undefined) ownerNames.add(hint);
    }
    return name !== '' && ownerNames.has(keyOfName(name));
  };
  const isOwnerRef = (person: PersonRef): boolean =>
    isOwner(person.fullName ?? '', person.profileUrl ?? '');

  for (let index = 0; index < messages.length; index += 1) {
    const message = messages[index];
    if (!message) continue;
    const name = senderName(index);
    const url = senderUrl(index);
    const isOut = declared[index] !== undefined ? declared[index] === 'out' : isOwner(name, url);
    if (isOut) message.direction = 'out';
    else message.from = personOf(name, url);
    if (message.to.some(isOwnerRef))
      message.to = message.to.filter((person) => !isOwnerRef(person));
    if (message.conversationKey === '')
      message.conversationKey = namesConversationKey(message, keyOfName);
    csv.add(message);
  }
  return csv.finish();
}

/** The 2018 export has no conversation id: a conversation is the set of other people in it. */
function namesConversationKey(message: MessageRecord, keyOfName: (name: string) => string): string {
  const names = [message.from, ...message.to]
    .map((person) => keyOfName(person?.fullName ?? ''))
    .filter((name) => name !== '');
  return `names:${[...new Set(names)].sort().join('|')}`;
}
