/**
 * Mail (docs/formats.md section 5): a Google Takeout `.mbox` (any localised file name), any other
 * mbox, or `.eml` files, read as a stream with memory bounded by one header block and one
 * chunk (mbox-splitter.ts). Only headers are decoded; bodies are skipped unread.
 *
 * What a user would notice:
 * - one message record per real message, in its thread: Gmail's X-GM-THRID, else the first
 *   Message-ID of References (the thread's root), else In-Reply-To, else its own Message-ID;
 * - display names decoded from RFC 2047 (Q and B, several words, folded with a TAB) and address
 *   lists read with an RFC 5322 parser, so `"Doe, Jane" <jane@example.com>` is one person
 *   (postal-mime's addressParser and decodeWords);
 * - mail that is not a tie is left out and counted per reason (mail-filters.ts);
 * - the owner's mail goes `out` with no `from`: the owner is `ownerEmails` when given, else the
 *   senders of mail labelled Sent, else the address on the most messages (From, To or Cc:
 *   the owner is on every message of their own mailbox), said in an info issue.
 */
import { addressParser, decodeWords } from 'postal-mime';
import { normaliseEmail } from '../../core/email-address.js';
import { IssueList } from '../csv/issue-list.js';
import type { FileReport, MessageRecord, ParsedFile, PersonRef } from '../import-batch.js';
import { NO_LABELS, readGmailLabels, type LabelFlags } from './gmail-labels.js';
import { parseMailDate, parseSeparatorDate } from './mail-date.js';
import { filterReason } from './mail-filters.js';
import { readMailHeaders, type MailHeaders } from './mail-headers.js';
import { DEFAULT_MAX_HEADER_BYTES, MboxSplitter, type SplitMessage } from './mbox-splitter.js';

export interface MailOptions {
  /** The owner's addresses; otherwise inferred. */
  ownerEmails?: readonly string[];
  /** Bound on one header block (default 256 KiB). */
  maxHeaderBytes?: number;
  /**
   * Receives each record as soon as it is read instead of keeping it, so memory stays constant
   * however many messages there are (records are about 1 KB each). Needs `ownerEmails`, since
   * direction must be known at once; `inferMailOwner` finds them in a first pass.
   */
  onRecord?: (record: MessageRecord) => void;
}

export interface OwnerGuess {
  ownerEmails: string[];
  /** How they were found, for the user. */
  how: string;
}

export interface MailSource {
  /** The file's name, used in every issue and record. */
  name: string;
  /** A stream (fs.createReadStream) or chunks already in memory. */
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/** Longest subject kept: RFC 5322 2.1.1 caps a line at 998 characters. */
const MAX_SUBJECT_CHARS = 998;

interface Mailbox {
  key: string;
  ref: PersonRef;
}

function firstMessageId(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const bracketed = /<([^<>\s]+)>/.exec(text);
  if (bracketed?.[1]) return bracketed[1];
  const bare = text.trim().split(/\s+/)[0];
  return bare === undefined || bare === '' ? undefined : bare;
}

function cleanDisplayName(name: string, address: string): string | undefined {
  const text = name.replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ');
  if (text === '' || text.toLowerCase() === address.toLowerCase()) return undefined;
  return text;
}

/** Collects messages from one or more files, then decides the owner and makes the records. */
export class MailCollector {
  private readonly records: MessageRecord[] = [];
  private readonly keyOf = new Map<PersonRef, string>();
  private readonly people = new Map<string, PersonRef>();
  private readonly sentFrom = new Map<string, number>();
  private readonly presence = new Map<string, number>();
  private readonly issues = new Map<string, IssueList>();
  private readonly skippedByFile = new Map<string, Record<string, number>>();
  /** Label lists by their raw header: most messages share a handful of label sets. */
  private readonly labelSets = new Map<string, LabelFlags>();
  private firstFile: string | undefined;

  private readonly rowsByFile = new Map<string, number>();
  private readonly givenOwner: ReadonlySet<string>;
  private messageCount = 0;

  /** `keepRecords: false` only counts (for `inferMailOwner`). */
  constructor(
    private readonly options: MailOptions = {},
    private readonly keepRecords = true,
  ) {
    this.givenOwner = new Set(
      (options.ownerEmails ?? [])
        .map((address) => normaliseEmail(address))
        .filter((key): key is string => key !== undefined),
    );
    if (options.onRecord && this.givenOwner.size === 0) {
      throw new Error('MailCollector: onRecord needs ownerEmails (inferMailOwner finds them)');
    }
  }

  private issueList(file: string): IssueList {
    let list = this.issues.get(file);
    if (!list) {
      list = new IssueList(file);
      this.issues.set(file, list);
    }
    return list;
  }

  private skip(file: string, reason: string): void {
    let skipped = this.skippedByFile.get(file);
    if (!skipped) {
      skipped = {};
      this.skippedByFile.set(file, skipped);
    }
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  }

  private mailbox(address: string, name: string): Mailbox | undefined {
    const key = normaliseEmail(address);
    if (key === undefined) return undefined;
    const displayName = cleanDisplayName(name, address);
    const internKey = `${address.trim()}\u0000${displayName ?? ''}`;
    let ref = this.people.get(internKey);
    if (!ref) {
      ref =
        displayName === undefined
          ? { emails: [address.trim()] }
          : { fullName: displayName, emails: [address.trim()] };
      this.people.set(internKey, ref);
      this.keyOf.set(ref, key);
    }
    return { key, ref };
  }

  private mailboxes(value: string | undefined): Mailbox[] {
    if (value === undefined || value.trim() === '') return [];
    const found: Mailbox[] = [];
    for (const entry of addressParser(value, { flatten: true })) {
      if (entry.address === undefined || !entry.address.includes('@')) continue;
      const box = this.mailbox(entry.address, entry.name);
      if (box) found.push(box);
    }
    return found;
  }

  /** Reads one file (an mbox or an .eml) as a stream of chunks. */
  async read(source: MailSource): Promise<void> {
    this.firstFile ??= source.name;
    const issues = this.issueList(source.name);
    if (!this.skippedByFile.has(source.name)) this.skippedByFile.set(source.name, {});
    let bytes = 0;
    let messages = 0;
    const splitter = new MboxSplitter((message) => {
      messages += 1;
      this.add(message, source.name, issues);
    }, this.options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES);
    for await (const chunk of source.chunks) {
      bytes += chunk.length;
      splitter.push(chunk);
    }
    splitter.end();
    if (bytes === 0)
      issues.add({ code: 'empty-file', severity: 'warning', message: `${source.name} is empty.` });
    else if (messages === 0) {
      issues.add({
        code: 'unknown-file',
        severity: 'error',
        message: `${source.name} holds no mail message.`,
      });
    }
  }

  private add(message: SplitMessage, file: string, issues: IssueList): void {
    const line = message.number;
    if (message.isHeaderCut) {
      this.skip(file, 'header block too large');
      issues.add({
        code: 'field-too-large',
        line,
        severity: 'error',
        message: `message ${line} has a header block over ${((this.options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES) / 1024).toFixed(0)} KiB; it was left out.`,
      });
      return;
    }
    const headers = readMailHeaders(message.header);
    if (headers.fieldCount === 0) {
      this.skip(file, 'not a mail message');
      issues.add({
        code: 'bad-row',
        line,
        severity: 'warning',
        message: `message ${line} has no mail headers; it was left out.`,
      });
      return;
    }
    const labels =
      headers.gmailLabels === undefined ? NO_LABELS : this.labelsOf(headers.gmailLabels);
    const from = this.mailboxes(headers.from ?? headers.sender);
    const senderAddresses = [...from, ...this.mailboxes(headers.sender)].map((box) => box.key);
    const reason = filterReason(headers, labels, senderAddresses);
    if (reason !== undefined) {
      this.skip(file, reason);
      return;
    }
    const sender = from[0];
    if (!sender) {
      if (headers.from === undefined && headers.sender === undefined)
        this.skip(file, 'no From header');
      else {
        this.skip(file, 'no sender address');
        issues.add({
          code: 'bad-row',
          line,
          severity: 'warning',
          message: `message ${line} has a From header without an address; it was left out.`,
        });
      }
      return;
    }
    const sentAt = this.sentAt(headers, message, file, issues);
    if (sentAt === undefined) return;

    const recipients: Mailbox[] = [];
    const seen = new Set<string>([sender.key]);
    for (const box of [
      ...this.mailboxes(headers.to),
      ...this.mailboxes(headers.cc),
      ...this.mailboxes(headers.bcc),
    ]) {
      if (seen.has(box.key)) continue;
      seen.add(box.key);
      recipients.push(box);
    }
    for (const key of seen) this.presence.set(key, (this.presence.get(key) ?? 0) + 1);
    const isSent = labels.isSent;
    if (isSent) this.sentFrom.set(sender.key, (this.sentFrom.get(sender.key) ?? 0) + 1);

    const record: MessageRecord = {
      kind: 'message',
      source: { file, line },
      channel: 'email',
      conversationKey: this.conversationKey(headers, file, line),
      sentAt,
      from: sender.ref,
      to: recipients.map((box) => box.ref),
      direction: 'in',
    };
    const subject = headers.subject === undefined ? '' : decodeWords(headers.subject).trim();
    if (subject !== '') record.subject = subject.slice(0, MAX_SUBJECT_CHARS);
    const messageId = firstMessageId(headers.messageId);
    if (messageId !== undefined) record.externalId = messageId;
    if (labels.labels.length > 0) {
      // Shared by every message with the same label header (read-only, like all records).
      record.labels = labels.labels;
      record.folder = isSent
        ? 'Sent'
        : (labels.labels.find((l) => /^(inbox|archived)$/i.test(l)) ?? labels.labels[0]);
    }
    this.messageCount += 1;
    this.rowsByFile.set(file, (this.rowsByFile.get(file) ?? 0) + 1);
    if (this.options.onRecord) {
      this.orient(record, this.givenOwner);
      this.options.onRecord(record);
    } else if (this.keepRecords) this.records.push(record);
  }

  private labelsOf(raw: string): LabelFlags {
    let labels = this.labelSets.get(raw);
    if (!labels) {
      labels = readGmailLabels(raw);
      // Design choice: 10,000 distinct label sets is far more than a mailbox has; past that, no cache.
      if (this.labelSets.size < 10_000) this.labelSets.set(raw, labels);
    }
    return labels;
  }

  private sentAt(
    headers: MailHeaders,
    message: SplitMessage,
    file: string,
    issues: IssueList,
  ): string | undefined {
    const line = message.number;
    const fromHeader = headers.date === undefined ? undefined : parseMailDate(headers.date);
    if (fromHeader !== undefined) return fromHeader;
    const fromSeparator =
      message.separator === undefined ? undefined : parseSeparatorDate(message.separator);
    const what =
      headers.date === undefined
        ? 'has no Date header'
        : `has a Date header weakties cannot read ("${headers.date.slice(0, 60)}")`;
    if (fromSeparator !== undefined) {
      issues.add({
        code: 'bad-date',
        line,
        severity: 'warning',
        message: `message ${line} ${what}; the date of its mbox "From " line was used.`,
      });
      return fromSeparator;
    }
    this.skip(file, 'no usable date');
    issues.add({
      code: 'bad-date',
      line,
      severity: 'error',
      message:
        message.separator === undefined
          ? `message ${line} ${what}, and nothing else in it says when it was sent (a single message has no mbox "From " line to go by); it was left out.`
          : `message ${line} ${what}; it was left out.`,
    });
    return undefined;
  }

  private conversationKey(headers: MailHeaders, file: string, line: number): string {
    const thread = headers.gmThreadId?.trim();
    if (thread !== undefined && /^\d+$/.test(thread)) return `gmail-thread:${thread}`;
    const root =
      firstMessageId(headers.references) ??
      firstMessageId(headers.inReplyTo) ??
      firstMessageId(headers.messageId);
    return root === undefined ? `${file}#${line}` : `message-id:${root}`;
  }

  private decideOwner(): { owner: Set<string>; label?: string; how?: string } {
    if (this.givenOwner.size > 0) return { owner: new Set(this.givenOwner) };
    if (this.sentFrom.size > 0) {
      const ranked = [...this.sentFrom].sort((a, b) => b[1] - a[1]);
      const total = ranked.reduce((sum, [, count]) => sum + count, 0);
      const addresses = ranked.map(([key]) => key);
      return {
        owner: new Set(addresses),
        label: addresses.join(' and '),
        how: `${addresses.join(', ')} sent the ${total.toLocaleString('en-US')} message${total === 1 ? '' : 's'} labelled Sent`,
      };
    }
    const ranked = [...this.presence].sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked;
    if (top && (!second || top[1] > second[1])) {
      return {
        owner: new Set([top[0]]),
        label: top[0],
        how: `${top[0]} is on ${top[1].toLocaleString('en-US')} of the ${this.messageCount.toLocaleString('en-US')} messages, more than any other address`,
      };
    }
    return { owner: new Set() };
  }

  /** Decides the owner and returns every record with its direction. */
  finish(): ParsedFile {
    const { owner, label, how } = this.decideOwner();
    if (!this.options.onRecord) for (const record of this.records) this.orient(record, owner);
    const issues = [...this.issues.values()].flatMap((list) => list.toArray());
    const file = this.firstFile ?? 'mail';
    if (this.messageCount > 0 && how !== undefined) {
      issues.push({
        code: 'owner-inferred',
        file,
        severity: 'info',
        message: `took ${label ?? ''} to be you: ${how}.`,
      });
    } else if (this.messageCount > 0 && owner.size === 0) {
      issues.push({
        code: 'ambiguous-owner',
        file,
        severity: 'warning',
        message: `could not tell which address is yours, so all ${this.messageCount.toLocaleString('en-US')} messages count as received; import again giving your email addresses.`,
      });
    }
    const skipped: Record<string, number> = {};
    for (const perFile of this.skippedByFile.values()) {
      for (const [reason, count] of Object.entries(perFile))
        skipped[reason] = (skipped[reason] ?? 0) + count;
    }
    return { records: this.records, issues, skipped };
  }

  /** Per-file summary: messages kept and left out by reason. */
  fileReports(): FileReport[] {
    return [...this.skippedByFile].map(([file, skipped]) => ({
      file,
      kind: 'mail',
      rows: this.rowsByFile.get(file) ?? 0,
      skipped,
    }));
  }

  /** The owner as `decideOwner` sees it, for `inferMailOwner`. */
  guessOwner(): OwnerGuess | undefined {
    const { owner, how } = this.decideOwner();
    return owner.size === 0 ? undefined : { ownerEmails: [...owner], how: how ?? 'given' };
  }

  /** Sets direction: the owner's mail goes out without `from`; the owner is never a recipient. */
  private orient(record: MessageRecord, owner: ReadonlySet<string>): void {
    const isOwner = (ref: PersonRef): boolean => owner.has(this.keyOf.get(ref) ?? '');
    if (record.from && isOwner(record.from)) {
      delete record.from;
      record.direction = 'out';
    }
    if (record.to.some(isOwner)) record.to = record.to.filter((ref) => !isOwner(ref));
  }
}

/** Parses one mbox or .eml, streamed. Never throws on bad data (I/O errors of the stream do). */
export async function parseMbox(
  source: MailSource,
  options: MailOptions = {},
): Promise<ParsedFile> {
  const collector = new MailCollector(options);
  await collector.read(source);
  return collector.finish();
}

/** Parses several mail files (a folder of .eml, a maildir) as one mailbox, so the owner is decided once. */
export async function parseMailSources(
  sources: readonly MailSource[],
  options: MailOptions = {},
): Promise<ParsedFile> {
  const collector = new MailCollector(options);
  for (const source of sources) await collector.read(source);
  return collector.finish();
}

/**
 * A first, counting pass over mail files to find the owner's addresses (Sent labels, else the
 * address on the most messages), for `onRecord` streaming. Keeps no records.
 */
export async function inferMailOwner(
  sources: readonly MailSource[],
): Promise<OwnerGuess | undefined> {
  const collector = new MailCollector({}, false);
  for (const source of sources) await collector.read(source);
  return collector.guessOwner();
}

/** Parses one .eml already in memory. */
export async function parseEml(
  name: string,
  bytes: Uint8Array,
  options: MailOptions = {},
): Promise<ParsedFile> {
  return parseMbox({ name, chunks: [bytes] }, options);
}
