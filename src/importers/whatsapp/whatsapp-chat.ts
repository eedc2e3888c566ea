/**
 * WhatsApp "Export chat" text (docs/formats.md section 4), pure: text or bytes in, one MessageRecord
 * per message out. What a user would notice:
 * - every message a person wrote counts, including photos and files (`<Media omitted>`,
 *   `image omitted`, `<attached: …>`, `(file attached)`: a message without content) and
 *   deleted ones (without content); the `<This message was edited>` suffix is removed;
 * - system lines are left out and counted: Android writes them without an author, iOS gives
 *   them the group's (or contact's) name as author and starts them with U+200E;
 * - a group chat is one conversation whose participants are all its authors, so every message
 *   links its sender to everybody else in the group (co-membership matters for the network);
 * - the owner's messages have no `from` and go `out`. The owner is who the user names
 *   (`ownerNames`), else inferred and said so in an info issue: the author of "You deleted this
 *   message"; in a 1:1 chat ("WhatsApp Chat with X", or iOS's notice written by X) the author
 *   who is not X; across several chats the one author they all share.
 * Timestamps are local time without a zone (`YYYY-MM-DDTHH:MM:SS`).
 */
import { IssueList } from '../csv/issue-list.js';
import { createChunkDecoder, guessEncoding } from '../csv/text-encoding.js';
import type { MessageRecord, ParsedFile, PersonRef } from '../import-batch.js';
import { authorKey, authorPerson, displayAuthor } from './whatsapp-author.js';
import { decideDateOrder, toLocalIso, type DateOrderDecision } from './whatsapp-date-order.js';
import { cleanWhatsAppText, parseWhatsAppLine, type WhatsAppLineHead } from './whatsapp-line.js';
import {
  deletedKind,
  isEncryptionNotice,
  isGroupEvent,
  isMediaMarker,
  isSystemEvent,
  stripEditedSuffix,
} from './whatsapp-system-text.js';

export interface WhatsAppOptions {
  /** The owner's names as they appear in the chats; matched ignoring case and accents. */
  ownerNames?: readonly string[];
  /** For files whose dates never show which field is the day (every field 12 or less). */
  dayFirst?: boolean;
}

export interface WhatsAppChatFile {
  /** The file's name (or path inside the export), used in issues and to find the chat's name. */
  name: string;
  content: string | Uint8Array;
  /** The chat's name when the caller knows it (the iOS zip `WhatsApp Chat - X.zip`). */
  chatName?: string;
}

/**
 * WhatsApp caps one message at 65,536 characters (widely reported); a longer one is a broken
 * file, so the rest is dropped with a warning.
 */
const MAX_MESSAGE_CHARS = 65_536;

const CHAT_FILE_NAME =
  /^(?:whatsapp[ -]chat (?:with|mit|met|-) |chat de whatsapp con |discussion whatsapp avec |conversa do whatsapp com |chat whatsapp con |whatsapp chat - )(.+)$/i;

/** The chat's name from `WhatsApp Chat with X.txt` (Android) or `WhatsApp Chat - X.zip` (iOS). */
export function chatNameFromFileName(fileName: string): string | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.(txt|zip)$/i, '');
  const match = CHAT_FILE_NAME.exec(base.normalize('NFC'));
  const name = match?.[1] ? cleanWhatsAppText(match[1]).trim() : '';
  return name === '' ? undefined : name;
}

interface Entry {
  line: number;
  head: WhatsAppLineHead;
  lines: string[];
  chars: number;
  sentAt?: string;
  kind: 'system' | 'message';
  content?: string;
  hasAttachment: boolean;
  authorKey?: string;
}

interface Chat {
  file: string;
  issues: IssueList;
  skipped: Record<string, number>;
  entries: Entry[];
  chatName?: string;
  chatKey?: string;
  isGroup: boolean;
  /** Author key to the PersonRef of its first spelling, in order of first message. */
  authors: Map<string, { name: string; person: PersonRef }>;
  ownerKey?: string;
  ownerHow?: string;
  /** Authors of "You deleted this message": only the owner sees that text. */
  deletedByOwner: Set<string>;
}

function skip(chat: Chat, reason: string): void {
  chat.skipped[reason] = (chat.skipped[reason] ?? 0) + 1;
}

function decodeChat(content: string | Uint8Array, issues: IssueList): string | undefined {
  if (typeof content === 'string') return content.replace(/^\ufeff/, '');
  const guess = guessEncoding(content);
  if (guess.kind === 'binary') {
    issues.add({
      code: 'bad-encoding',
      severity: 'error',
      message: `this is not a WhatsApp chat text: ${guess.reason}.`,
    });
    return undefined;
  }
  if (guess.encoding === 'windows-1252') {
    // WhatsApp always writes UTF-8; invalid bytes mean damage, not another encoding.
    issues.add({
      code: 'bad-encoding',
      severity: 'warning',
      message: 'the file is not valid UTF-8; unreadable characters were replaced with �.',
    });
    return new TextDecoder('utf-8').decode(content);
  }
  return createChunkDecoder(guess.encoding)(content.subarray(guess.bomLength), true);
}

function readEntries(chat: Chat, text: string): void {
  const lines = text.split(/\r\n|\n|\r/);
  let current: Entry | undefined;
  let preamble = 0;
  lines.forEach((raw, index) => {
    const head = parseWhatsAppLine(raw);
    if (head) {
      current = {
        line: index + 1,
        head,
        lines: [head.text],
        chars: head.text.length,
        kind: 'message',
        hasAttachment: false,
      };
      chat.entries.push(current);
      return;
    }
    if (!current) {
      if (raw.trim() !== '') {
        preamble += 1;
        if (preamble === 1) {
          chat.issues.add({
            code: 'bad-row',
            line: index + 1,
            severity: 'warning',
            message: `line ${index + 1} comes before the first dated message and was left out.`,
          });
        }
        skip(chat, 'text before the first message');
      }
      return;
    }
    if (current.chars > MAX_MESSAGE_CHARS) return;
    const continuation = cleanWhatsAppText(raw);
    current.chars += continuation.length + 1;
    if (current.chars > MAX_MESSAGE_CHARS) {
      chat.issues.add({
        code: 'field-too-large',
        line: current.line,
        severity: 'warning',
        message: `the message on line ${current.line} is longer than ${MAX_MESSAGE_CHARS.toLocaleString('en-US')} characters; the rest of it was cut.`,
      });
      return;
    }
    current.lines.push(continuation);
  });
}

function describeOrder(decision: DateOrderDecision): string {
  return decision.order === 'dmy'
    ? 'day/month/year'
    : decision.order === 'mdy'
      ? 'month/day/year'
      : 'year-month-day';
}

function dateEntries(chat: Chat, dayFirst: boolean | undefined): void {
  const decision = decideDateOrder(
    chat.entries.map((e) => e.head),
    dayFirst,
  );
  if (decision.reason === 'guess') {
    chat.issues.add({
      code: 'ambiguous-date-order',
      severity: 'warning',
      message: `no date in this chat has a day over 12, so it could be day/month or month/day; it was read as ${describeOrder(decision)}. If the dates look wrong, import it again saying which comes first.`,
    });
  }
  if (decision.isInconsistent) {
    chat.issues.add({
      code: 'bad-date',
      severity: 'warning',
      message: `dates in this chat are written both day-first and month-first; they were read as ${describeOrder(decision)} and the others were left out.`,
    });
  }
  for (const entry of chat.entries) {
    const { head } = entry;
    const time = { hour: head.hour, minute: head.minute, second: head.second };
    const sentAt = toLocalIso(
      head,
      decision.order,
      head.meridiem ? { ...time, meridiem: head.meridiem } : time,
    );
    if (sentAt === undefined) {
      entry.kind = 'system';
      skip(chat, 'bad date');
      chat.issues.add({
        code: 'bad-date',
        line: entry.line,
        severity: 'error',
        message: `line ${entry.line} has a date or time that does not exist when read as ${describeOrder(decision)}; the message was left out.`,
      });
      continue;
    }
    entry.sentAt = sentAt;
  }
}

/** First pass over the text of each message: system line, media, deleted, or words. */
function classifyEntries(chat: Chat): void {
  let groupEvents = 0;
  let systemAuthor: string | undefined;
  for (const entry of chat.entries) {
    if (entry.sentAt === undefined) continue;
    const { head } = entry;
    const first = (entry.lines[0] ?? '').trim();
    if (head.author === undefined) {
      entry.kind = 'system';
      if (isGroupEvent(first)) groupEvents += 1;
      continue;
    }
    // iOS marks its events with U+200E; one that names its own author ("‎Sam Porter is a
    // contact.") is an event even where a copy lost the mark: people do not narrate themselves.
    const namesItsAuthor = head.platform === 'ios' && first.startsWith(`${head.author} `);
    if (
      isEncryptionNotice(first) ||
      ((head.isMarked || namesItsAuthor) && !isMediaMarker(first) && isSystemEvent(first))
    ) {
      entry.kind = 'system';
      if (isGroupEvent(first)) groupEvents += 1;
      if (head.platform === 'ios') systemAuthor ??= head.author;
      continue;
    }
    entry.authorKey = authorKey(head.author);
    const deleted = deletedKind(entry.lines.join('\n'));
    if (deleted) {
      if (deleted === 'by-owner') chat.deletedByOwner.add(entry.authorKey);
      continue;
    }
    if (isMediaMarker(first)) {
      entry.hasAttachment = true;
      entry.lines.shift();
    }
    const content = stripEditedSuffix(entry.lines.join('\n').trimEnd());
    if (content.trim() !== '') entry.content = content;
  }

  chat.chatName ??= systemAuthor;
  chat.chatKey = chat.chatName === undefined ? undefined : authorKey(chat.chatName);
  const keys = new Set<string>();
  for (const entry of chat.entries) {
    if (entry.kind === 'message' && entry.authorKey !== undefined) keys.add(entry.authorKey);
  }
  const others =
    chat.chatKey === undefined ? keys.size - 1 : [...keys].filter((k) => k !== chat.chatKey).length;
  chat.isGroup = groupEvents > 0 || others >= 2;

  for (const entry of chat.entries) {
    if (entry.sentAt === undefined) continue;
    // In a group the group's own name never writes a message: those lines are system events
    // in a language the patterns do not know.
    if (entry.kind === 'message' && chat.isGroup && entry.authorKey === chat.chatKey)
      entry.kind = 'system';
    if (entry.kind === 'system') {
      skip(chat, 'system line');
      continue;
    }
    const author = entry.head.author;
    if (
      author !== undefined &&
      entry.authorKey !== undefined &&
      !chat.authors.has(entry.authorKey)
    ) {
      chat.authors.set(entry.authorKey, {
        name: displayAuthor(author),
        person: authorPerson(author),
      });
    }
  }
}

function decideOwnerInChat(chat: Chat, ownerKeys: ReadonlySet<string>): void {
  if (ownerKeys.size > 0) {
    const found = [...chat.authors.keys()].filter((key) => ownerKeys.has(key));
    if (found.length > 0) {
      chat.ownerKey = found[0];
      return;
    }
  }
  const deleters = [...chat.deletedByOwner].filter((key) => chat.authors.has(key));
  if (deleters.length === 1 && deleters[0] !== undefined) {
    chat.ownerKey = deleters[0];
    chat.ownerHow = `only you can see "You deleted this message", and ${chat.authors.get(deleters[0])?.name ?? ''} wrote it`;
    return;
  }
  if (!chat.isGroup && chat.chatKey !== undefined) {
    const candidates = [...chat.authors.keys()].filter((key) => key !== chat.chatKey);
    if (candidates.length === 1 && candidates[0] !== undefined) {
      chat.ownerKey = candidates[0];
      chat.ownerHow = `this is a chat with ${chat.chatName ?? ''} and ${chat.authors.get(candidates[0])?.name ?? ''} is the only other author`;
    }
  }
}

/** Chats whose owner is still unknown take the owner found in another chat, or the one author all chats share. */
function decideOwnerAcrossChats(chats: Chat[]): void {
  const known = new Map<string, string>();
  for (const chat of chats) {
    if (chat.ownerKey)
      known.set(chat.ownerKey, chat.authors.get(chat.ownerKey)?.name ?? chat.ownerKey);
  }
  const withAuthors = chats.filter((chat) => chat.authors.size > 0);
  let shared: string[] = [];
  if (withAuthors.length >= 2) {
    shared = [...(withAuthors[0]?.authors.keys() ?? [])].filter((key) =>
      withAuthors.every((chat) => chat.authors.has(key)),
    );
  }
  for (const chat of chats) {
    if (chat.ownerKey) continue;
    const matches = [...chat.authors.keys()].filter((key) => known.has(key));
    if (matches.length === 1 && matches[0] !== undefined) {
      chat.ownerKey = matches[0];
      chat.ownerHow = `${chat.authors.get(matches[0])?.name ?? ''} was found to be you in another chat of this import`;
    } else if (shared.length === 1 && shared[0] !== undefined && chat.authors.has(shared[0])) {
      chat.ownerKey = shared[0];
      chat.ownerHow = `${chat.authors.get(shared[0])?.name ?? ''} is the only author in all ${withAuthors.length} chats of this import`;
    }
  }
}

function reportOwner(chat: Chat, hasOwnerNames: boolean): void {
  const messages = chat.entries.filter((e) => e.kind === 'message').length;
  if (messages === 0) return;
  if (chat.ownerKey !== undefined) {
    if (chat.ownerHow !== undefined) {
      chat.issues.add({
        code: 'owner-inferred',
        severity: 'info',
        message: `took ${chat.authors.get(chat.ownerKey)?.name ?? chat.ownerKey} to be you: ${chat.ownerHow}.`,
      });
    }
    return;
  }
  chat.issues.add({
    code: 'ambiguous-owner',
    severity: 'warning',
    message: hasOwnerNames
      ? `none of the owner names you gave wrote in this chat, so all ${messages.toLocaleString('en-US')} messages count as received.`
      : `could not tell which author is you, so all ${messages.toLocaleString('en-US')} messages count as received; import it again giving your name as it appears in the chat.`,
  });
}

function chatRecords(chat: Chat): MessageRecord[] {
  const participants = new Map(chat.authors);
  if (chat.isGroup && chat.chatKey !== undefined) participants.delete(chat.chatKey);
  if (
    !chat.isGroup &&
    chat.chatName !== undefined &&
    chat.chatKey !== undefined &&
    !participants.has(chat.chatKey)
  ) {
    // A 1:1 chat where the other person never wrote still links the owner to them.
    participants.set(chat.chatKey, { name: chat.chatName, person: authorPerson(chat.chatName) });
  }
  const recipientsBySender = new Map<string, PersonRef[]>();
  const recipients = (sender: string): PersonRef[] => {
    let list = recipientsBySender.get(sender);
    if (!list) {
      list = [...participants]
        .filter(([key]) => key !== sender && key !== chat.ownerKey)
        .map(([, p]) => p.person);
      recipientsBySender.set(sender, list);
    }
    return list;
  };
  const firstSentAt = chat.entries.find((e) => e.sentAt !== undefined)?.sentAt ?? '';
  const base = chat.file.split(/[\\/]/).pop() ?? chat.file;
  // The chat's name is stable across exports; a bare `_chat.txt` is told apart by its first message.
  const conversationKey = chat.chatName ?? `${base}@${firstSentAt}`;
  const records: MessageRecord[] = [];
  for (const entry of chat.entries) {
    if (entry.kind !== 'message' || entry.sentAt === undefined || entry.authorKey === undefined)
      continue;
    const author = participants.get(entry.authorKey);
    if (!author) continue;
    const isOwner = entry.authorKey === chat.ownerKey;
    const record: MessageRecord = {
      kind: 'message',
      source: { file: chat.file, line: entry.line },
      channel: 'whatsapp',
      conversationKey,
      sentAt: entry.sentAt,
      to: recipients(entry.authorKey),
      direction: isOwner ? 'out' : 'in',
    };
    if (chat.chatName !== undefined) record.conversationTitle = chat.chatName;
    if (!isOwner) record.from = author.person;
    if (entry.content !== undefined) record.content = entry.content;
    if (entry.hasAttachment) record.hasAttachment = true;
    records.push(record);
  }
  return records;
}

function readChat(file: WhatsAppChatFile, options: WhatsAppOptions): Chat {
  const chat: Chat = {
    file: file.name,
    issues: new IssueList(file.name),
    skipped: {},
    entries: [],
    isGroup: false,
    authors: new Map(),
    deletedByOwner: new Set(),
  };
  const named = file.chatName?.trim() || chatNameFromFileName(file.name);
  if (named) chat.chatName = cleanWhatsAppText(named).trim();
  const text = decodeChat(file.content, chat.issues);
  if (text === undefined) return chat;
  if (text.trim() === '') {
    chat.issues.add({
      code: 'empty-file',
      severity: 'warning',
      message: 'the chat file is empty.',
    });
    return chat;
  }
  readEntries(chat, text);
  if (chat.entries.length === 0) {
    chat.issues.add({
      code: 'unknown-file',
      severity: 'error',
      message: 'no line starts with a WhatsApp date and time; is this a WhatsApp chat export?',
    });
    return chat;
  }
  dateEntries(chat, options.dayFirst);
  classifyEntries(chat);
  return chat;
}

/**
 * Parses several chats of one person together, so that the owner found in one chat (or the one
 * author all chats share) identifies the owner in the others. One result per file, in order.
 * Never throws on bad input.
 */
export function parseWhatsAppChatFiles(
  files: readonly WhatsAppChatFile[],
  options: WhatsAppOptions = {},
): ParsedFile[] {
  const ownerKeys = new Set((options.ownerNames ?? []).map(authorKey).filter((key) => key !== ''));
  const chats = files.map((file) => readChat(file, options));
  for (const chat of chats) decideOwnerInChat(chat, ownerKeys);
  decideOwnerAcrossChats(chats);
  return chats.map((chat) => {
    reportOwner(chat, ownerKeys.size > 0);
    return { records: chatRecords(chat), issues: chat.issues.toArray(), skipped: chat.skipped };
  });
}

/** The chats of `parseWhatsAppChatFiles` as one result. */
export function parseWhatsAppChats(
  files: readonly WhatsAppChatFile[],
  options: WhatsAppOptions = {},
): ParsedFile {
  const merged: ParsedFile = { records: [], issues: [], skipped: {} };
  for (const parsed of parseWhatsAppChatFiles(files, options)) {
    for (const record of parsed.records) merged.records.push(record);
    merged.issues.push(...parsed.issues);
    for (const [reason, count] of Object.entries(parsed.skipped)) {
      merged.skipped[reason] = (merged.skipped[reason] ?? 0) + count;
    }
  }
  return merged;
}

/** Parses one chat export (`_chat.txt`, `WhatsApp Chat with X.txt`). Never throws on bad input. */
export function parseWhatsAppChat(
  file: WhatsAppChatFile,
  options: WhatsAppOptions = {},
): ParsedFile {
  return parseWhatsAppChats([file], options);
}
