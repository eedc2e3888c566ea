/**
 * Which Facebook "Download your information" file a JSON document is, by its keys (docs/formats.md
 * section 6, and recommendation 1: detect by content, never by file name alone):
 * - a thread: `participants` (objects with `name`) and `messages` (`sender_name`,
 *   `timestamp_ms`), in `messages/<section>/<thread>/message_N.json`, 2022 to 2026 schemas;
 * - an end-to-end encrypted chat from the separate download: `participants` as plain strings
 *   and `messages` with `senderName`/`timestamp` (kenn-io/msgvault `e2ee_parser.go`);
 * - friends (`friends`, old; `friends_v2`), removed friends (`deleted_friends_v2`), sent and
 *   received friend requests (`sent_requests_v2`, `received_requests_v2`; older without `_v2`);
 * - the owner's profile (`profile_v2.name.full_name`), which names the owner.
 */
import { arrayField, isJsonObject } from './json-value.js';

export type FacebookFileKind =
  | 'thread'
  | 'e2ee-thread'
  | 'friends'
  | 'removed-friends'
  | 'sent-requests'
  | 'received-requests'
  | 'profile';

const LIST_KINDS: readonly { keys: readonly string[]; kind: FacebookFileKind }[] = [
  { keys: ['friends_v2', 'friends'], kind: 'friends' },
  { keys: ['deleted_friends_v2', 'deleted_friends'], kind: 'removed-friends' },
  { keys: ['sent_requests_v2', 'sent_requests'], kind: 'sent-requests' },
  { keys: ['received_requests_v2', 'received_requests'], kind: 'received-requests' },
];

/** The list of people in a friends-like file, under whichever key its generation uses. */
export function friendList(document: unknown, kind: FacebookFileKind): unknown[] | undefined {
  if (!isJsonObject(document)) return undefined;
  const entry = LIST_KINDS.find((k) => k.kind === kind);
  for (const key of entry?.keys ?? []) {
    const list = arrayField(document, key);
    if (list) return list;
  }
  return undefined;
}

export function facebookFileKind(document: unknown): FacebookFileKind | undefined {
  if (!isJsonObject(document)) return undefined;
  const participants = arrayField(document, 'participants');
  const messages = arrayField(document, 'messages');
  if (participants && messages) {
    const first = participants.find((p) => p !== null && p !== undefined);
    return typeof first === 'string' ? 'e2ee-thread' : 'thread';
  }
  for (const { keys, kind } of LIST_KINDS) {
    if (keys.some((key) => arrayField(document, key) !== undefined)) return kind;
  }
  const profile = document['profile_v2'] ?? document['profile'];
  if (isJsonObject(profile) && isJsonObject(profile['name'])) return 'profile';
  return undefined;
}

const HEAD_KEYS =
  /"(?:participants|thread_path|friends_v2|deleted_friends_v2|sent_requests_v2|received_requests_v2|profile_v2)"\s*:/;
const OLD_FRIENDS =
  /"(?:friends|deleted_friends|sent_requests|received_requests)"\s*:\s*\[\s*(?:\]|\{\s*"name")/;

/**
 * Cheap sniffer for the dispatcher: a parsed document (its keys decide) or the first bytes of a
 * file as text (a JSON object whose head names one of the keys above).
 */
export function looksLikeFacebookJson(input: unknown): boolean {
  if (typeof input !== 'string') return facebookFileKind(input) !== undefined;
  const head = input.replace(/^\ufeff/, '');
  return /^\s*\{/.test(head) && (HEAD_KEYS.test(head) || OLD_FRIENDS.test(head));
}
