/**
 * Facebook "Download your information" JSON (docs/formats.md section 6), pure: the export's files in,
 * one batch out. What a user would notice:
 * - every generation of paths is read (`messages/…` before 2024, `your_activity_across_facebook/
 *   messages/…` from 2024, `your_facebook_activity/messages/…` from 2025) in every section
 *   (inbox, archived_threads, filtered_threads, message_requests, e2ee_cutover), and the flat
 *   end-to-end encrypted download; files are recognised by their keys (facebook-file-kind.ts);
 * - a thread split over message_1.json, message_2.json … (newest first) is one conversation,
 *   merged on thread_path without its section, so a thread archived since the last export stays
 *   the same conversation;
 * - names, content and titles are repaired from Latin-1 mojibake before anyone is matched;
 * - group joins and leaves (`Subscribe`/`Unsubscribe`) are left out and counted; unsent and
 *   media-only messages still count, without content; a participant with `"name": ""` (2025-26)
 *   is left out;
 * - friends, removed friends (book `facebook-friends`, `facebook-removed-friends`, `createdAt`
 *   from the timestamp) are contacts; friend requests are invitations (sent: `out`).
 * The owner is the name the user gives, else the profile's name, else the one participant of
 * every thread, else the person who is not the title of one-to-one threads (Facebook titles
 * those with the other person's name); how is said in an info issue.
 */
import { normaliseNameText } from '../../core/person-name.js';
import { IssueList } from '../csv/issue-list.js';
import type {
  ContactRecord,
  FileReport,
  ImportBatch,
  ImportRecord,
  InvitationRecord,
  MessageRecord,
  PersonRef,
} from '../import-batch.js';
import { facebookFileKind, friendList, type FacebookFileKind } from './facebook-file-kind.js';
import {
  arrayField,
  hasContent,
  isJsonObject,
  numberField,
  stringField,
  type JsonObject,
} from './json-value.js';
import { repairMojibake } from './repair-mojibake.js';

export interface FacebookFile {
  /** Path inside the export, with `/` separators. */
  name: string;
  bytes: Uint8Array;
}

export interface FacebookOptions {
  /** The owner's name as Facebook shows it; otherwise inferred. */
  ownerName?: string;
}

/** Largest JSON file parsed (design choice: a thread file holds at most about 10k messages, a few MB). */
export const MAX_FACEBOOK_JSON_BYTES = 256 * 1024 ** 2;

const SECTIONS = [
  'inbox',
  'archived_threads',
  'filtered_threads',
  'message_requests',
  'e2ee_cutover',
];

/** Facebook was founded in February 2004; earlier or far-future times are damage. */
const EARLIEST_MS = Date.UTC(2004, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

const MESSAGE_PARTS = [
  'photos',
  'videos',
  'audio_files',
  'gifs',
  'files',
  'sticker',
  'share',
  'media',
];
const SYSTEM_TYPES = new Set(['Subscribe', 'Unsubscribe']);

interface ThreadPart {
  file: string;
  issues: IssueList;
  messages: unknown[];
  isE2ee: boolean;
}

interface Thread {
  key: string;
  section?: string;
  title?: string;
  /** Name key to display name, in order of first appearance. */
  participants: Map<string, string>;
  parts: ThreadPart[];
}

interface FileState {
  report: FileReport;
  issues: IssueList;
}

function nameKey(name: string): string {
  return normaliseNameText(name) || name.trim().toLowerCase();
}

function cleanName(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const name = repairMojibake(raw).trim();
  return name === '' ? undefined : name;
}

function isoFromMs(ms: number | undefined): string | undefined {
  if (ms === undefined || ms < EARLIEST_MS || ms > LATEST_MS) return undefined;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function skip(report: FileReport, reason: string): void {
  report.skipped[reason] = (report.skipped[reason] ?? 0) + 1;
}

function sectionOf(path: string): string | undefined {
  const parts = path.split('/');
  return parts.find((p) => SECTIONS.includes(p));
}

/**
 * The thread's stable key: thread_path without its section (`inbox/wordlescores_9qotabreig`
 * becomes `wordlescores_9qotabreig`), else the folder the file sits in.
 */
function threadKey(document: JsonObject, file: string): { key: string; section?: string } {
  const path = stringField(document, 'thread_path');
  const folders = file.split('/').slice(0, -1);
  const source = path && path.trim() !== '' ? path.trim() : folders.slice(-2).join('/');
  const parts = source.split('/').filter((p) => p !== '');
  const section = parts.find((p) => SECTIONS.includes(p)) ?? sectionOf(file);
  const rest = parts.filter((p) => !SECTIONS.includes(p)).join('/');
  const key = rest === '' ? file : rest;
  return section ? { key, section } : { key };
}

function decodeJson(file: FacebookFile, state: FileState): unknown {
  if (file.bytes.length > MAX_FACEBOOK_JSON_BYTES) {
    state.issues.add({
      code: 'file-too-large',
      severity: 'error',
      message: `${file.name} is ${(file.bytes.length / 1024 ** 2).toFixed(0)} MiB, more than the ${MAX_FACEBOOK_JSON_BYTES / 1024 ** 2} MiB weakties reads from one JSON file; it was skipped.`,
    });
    return undefined;
  }
  const text = new TextDecoder('utf-8').decode(file.bytes).replace(/^\ufeff/, '');
  if (text.trim() === '') {
    state.issues.add({
      code: 'empty-file',
      severity: 'warning',
      message: `${file.name} is empty.`,
    });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    state.issues.add({
      code: 'not-json',
      severity: 'error',
      message: `${file.name} is not valid JSON (${error instanceof Error ? error.message : String(error)}); is the download complete?`,
    });
    return undefined;
  }
}

function addThreadPart(
  threads: Map<string, Thread>,
  document: JsonObject,
  file: string,
  kind: FacebookFileKind,
  state: FileState,
): void {
  const isE2ee = kind === 'e2ee-thread';
  const located = isE2ee
    ? { key: `e2ee/${(file.split('/').pop() ?? file).replace(/\.json$/i, '')}`, section: 'e2ee' }
    : threadKey(document, file);
  let thread = threads.get(located.key);
  if (!thread) {
    thread = { key: located.key, participants: new Map(), parts: [] };
    if (located.section) thread.section = located.section;
    threads.set(located.key, thread);
  }
  const title = cleanName(stringField(document, isE2ee ? 'threadName' : 'title'));
  if (title && !thread.title) thread.title = title;
  for (const participant of arrayField(document, 'participants') ?? []) {
    const name = cleanName(
      isE2ee ? participant : isJsonObject(participant) ? participant['name'] : undefined,
    );
    if (!name) {
      skip(state.report, 'participant without a name');
      continue;
    }
    const key = nameKey(name);
    if (!thread.participants.has(key)) thread.participants.set(key, name);
  }
  thread.parts.push({
    file,
    issues: state.issues,
    messages: arrayField(document, 'messages') ?? [],
    isE2ee,
  });
}

interface OwnerDecision {
  key?: string;
  name?: string;
  how?: string;
}

function decideOwner(
  threads: Thread[],
  options: FacebookOptions,
  profileName: string | undefined,
): OwnerDecision {
  const given = options.ownerName?.trim();
  if (given) return { key: nameKey(repairMojibake(given)), name: given };
  if (profileName) {
    return {
      key: nameKey(profileName),
      name: profileName,
      how: 'the name on your Facebook profile (profile_information.json)',
    };
  }
  const withPeople = threads.filter((t) => t.participants.size > 0);
  if (withPeople.length >= 2) {
    const everywhere = [...(withPeople[0]?.participants.keys() ?? [])].filter((key) =>
      withPeople.every((t) => t.participants.has(key)),
    );
    if (everywhere.length === 1 && everywhere[0] !== undefined) {
      const name = withPeople[0]?.participants.get(everywhere[0]) ?? everywhere[0];
      return {
        key: everywhere[0],
        name,
        how: `${name} is in all ${withPeople.length} conversations`,
      };
    }
  }
  const votes = new Map<string, number>();
  for (const thread of withPeople) {
    if (thread.participants.size !== 2 || !thread.title) continue;
    const titleKey = nameKey(thread.title);
    if (!thread.participants.has(titleKey)) continue;
    for (const key of thread.participants.keys())
      if (key !== titleKey) votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top && (!second || top[1] > second[1])) {
    const name =
      withPeople.find((t) => t.participants.has(top[0]))?.participants.get(top[0]) ?? top[0];
    return {
      key: top[0],
      name,
      how: `${name} is the other person in ${top[1]} one-to-one conversation${top[1] === 1 ? '' : 's'} titled with the other's name`,
    };
  }
  return {};
}

function threadRecords(
  thread: Thread,
  owner: OwnerDecision,
  reports: Map<string, FileState>,
): MessageRecord[] {
  const people = new Map<string, PersonRef>();
  const person = (key: string, name: string): PersonRef => {
    let ref = people.get(key);
    if (!ref) {
      ref = { fullName: name };
      people.set(key, ref);
    }
    return ref;
  };
  const recipientsBySender = new Map<string, PersonRef[]>();
  const recipients = (sender: string | undefined): PersonRef[] => {
    const cacheKey = sender ?? '';
    let list = recipientsBySender.get(cacheKey);
    if (!list) {
      list = [...thread.participants]
        .filter(([key]) => key !== sender && key !== owner.key)
        .map(([key, name]) => person(key, name));
      recipientsBySender.set(cacheKey, list);
    }
    return list;
  };
  const records: MessageRecord[] = [];
  for (const part of thread.parts) {
    const state = reports.get(part.file);
    if (!state) continue;
    part.messages.forEach((raw, index) => {
      const line = index + 1;
      if (!isJsonObject(raw)) {
        skip(state.report, 'bad message');
        part.issues.add({
          code: 'bad-row',
          line,
          severity: 'error',
          message: `message ${line} is not an object; it was left out.`,
        });
        return;
      }
      const type = stringField(raw, 'type');
      if (type !== undefined && SYSTEM_TYPES.has(type)) {
        skip(state.report, 'joined or left the group');
        return;
      }
      const sender = cleanName(raw[part.isE2ee ? 'senderName' : 'sender_name']);
      if (!sender) {
        skip(state.report, 'message without a sender name');
        return;
      }
      const sentAt = isoFromMs(numberField(raw, part.isE2ee ? 'timestamp' : 'timestamp_ms'));
      if (!sentAt) {
        skip(state.report, 'bad date');
        part.issues.add({
          code: 'bad-date',
          line,
          severity: 'error',
          message: `message ${line} has no usable timestamp; it was left out.`,
        });
        return;
      }
      const senderKey = nameKey(sender);
      const isOwner = senderKey === owner.key;
      const record: MessageRecord = {
        kind: 'message',
        source: { file: part.file, line },
        channel: 'facebook',
        conversationKey: thread.key,
        sentAt,
        to: recipients(senderKey),
        direction: isOwner ? 'out' : 'in',
      };
      if (!isOwner) record.from = person(senderKey, sender);
      if (thread.title) record.conversationTitle = thread.title;
      if (thread.section) record.folder = thread.section;
      const text = stringField(raw, part.isE2ee ? 'text' : 'content');
      if (text !== undefined && text.trim() !== '') record.content = repairMojibake(text);
      if (MESSAGE_PARTS.some((key) => hasContent(raw, key))) record.hasAttachment = true;
      records.push(record);
    });
  }
  return records;
}

function friendRecords(
  list: unknown[],
  kind: FacebookFileKind,
  file: string,
  state: FileState,
): ImportRecord[] {
  const records: ImportRecord[] = [];
  list.forEach((raw, index) => {
    const line = index + 1;
    const name = isJsonObject(raw) ? cleanName(raw['name']) : undefined;
    if (!isJsonObject(raw) || !name) {
      skip(state.report, 'entry without a name');
      return;
    }
    const seconds = numberField(raw, 'timestamp');
    const when = seconds === undefined ? undefined : isoFromMs(seconds * 1000);
    if (seconds !== undefined && when === undefined) {
      state.issues.add({
        code: 'bad-date',
        line,
        severity: 'warning',
        message: `entry ${line} (${name}) has an impossible timestamp; it was kept without a date.`,
      });
    }
    const person: PersonRef = { fullName: name };
    const contact = stringField(raw, 'contact_info');
    if (contact && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.trim()))
      person.emails = [contact.trim()];
    const source = { file, line };
    if (kind === 'friends' || kind === 'removed-friends') {
      const record: ContactRecord = {
        kind: 'contact',
        source,
        person,
        book: kind === 'friends' ? 'facebook-friends' : 'facebook-removed-friends',
      };
      if (when) record.createdAt = when;
      records.push(record);
    } else {
      const record: InvitationRecord = {
        kind: 'invitation',
        source,
        person,
        direction: kind === 'sent-requests' ? 'out' : 'in',
      };
      if (when) record.sentAt = when;
      records.push(record);
    }
  });
  return records;
}

function profileName(document: unknown): string | undefined {
  if (!isJsonObject(document)) return undefined;
  const profile = document['profile_v2'] ?? document['profile'];
  if (!isJsonObject(profile) || !isJsonObject(profile['name'])) return undefined;
  return cleanName(profile['name']['full_name']);
}

const KIND_LABEL: Record<FacebookFileKind, string> = {
  thread: 'facebook-thread',
  'e2ee-thread': 'facebook-e2ee-thread',
  friends: 'facebook-friends',
  'removed-friends': 'facebook-removed-friends',
  'sent-requests': 'facebook-sent-requests',
  'received-requests': 'facebook-received-requests',
  profile: 'facebook-profile',
};

/** Parses the JSON files of one Facebook export into a batch. Never throws on bad input. */
export function parseFacebookFiles(
  files: readonly FacebookFile[],
  options: FacebookOptions = {},
): ImportBatch {
  const states = new Map<string, FileState>();
  const threads = new Map<string, Thread>();
  const others: ImportRecord[] = [];
  let owner: string | undefined;
  for (const file of files) {
    const state: FileState = {
      report: { file: file.name, kind: 'skipped', rows: 0, skipped: {} },
      issues: new IssueList(file.name),
    };
    states.set(file.name, state);
    const document = decodeJson(file, state);
    if (document === undefined) continue;
    const kind = facebookFileKind(document);
    if (kind === undefined || !isJsonObject(document)) continue;
    state.report.kind = KIND_LABEL[kind];
    if (kind === 'thread' || kind === 'e2ee-thread')
      addThreadPart(threads, document, file.name, kind, state);
    else if (kind === 'profile') owner ??= profileName(document);
    else {
      const records = friendRecords(friendList(document, kind) ?? [], kind, file.name, state);
      state.report.rows += records.length;
      for (const record of records) others.push(record);
    }
  }

  const threadList = [...threads.values()];
  const decision = decideOwner(threadList, options, owner);
  const batch: ImportBatch = { source: 'facebook', records: [], issues: [], files: [] };
  for (const thread of threadList) {
    for (const record of threadRecords(thread, decision, states)) {
      batch.records.push(record);
      const state = states.get(record.source.file);
      if (state) state.report.rows += 1;
    }
  }
  for (const record of others) batch.records.push(record);
  for (const state of states.values()) {
    batch.files.push(state.report);
    batch.issues.push(...state.issues.toArray());
  }
  const messageCount = batch.records.filter((r) => r.kind === 'message').length;
  if (messageCount > 0 && decision.how) {
    batch.issues.push({
      code: 'owner-inferred',
      file: 'messages',
      severity: 'info',
      message: `took ${decision.name ?? ''} to be you: ${decision.how}.`,
    });
  } else if (messageCount > 0 && decision.key === undefined) {
    batch.issues.push({
      code: 'ambiguous-owner',
      file: 'messages',
      severity: 'warning',
      message: `could not tell which participant is you, so all ${messageCount.toLocaleString('en-US')} messages count as received; import again giving your name as Facebook shows it.`,
    });
  }
  return batch;
}
