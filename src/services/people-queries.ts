import { AppError } from '../core/app-error.js';
import { normaliseEmail } from '../core/email-address.js';
import { normaliseNameText } from '../core/person-name.js';
import { normaliseProfileUrl, profileLink } from '../core/profile-url.js';
import { getConnection, listConnectionChanges } from '../store/connections-store.js';
import { listPersonMessages, summarisePersonMessages } from '../store/conversations-store.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import {
  findPeopleByIdentity,
  getPerson,
  listIdentities,
  listPeople,
  type PersonListRow,
} from '../store/people-store.js';
import { loadPersonSignals } from '../store/signals-store.js';

export interface PeopleListOptions {
  search?: string;
  company?: string;
  isConnection?: boolean;
  limit?: number;
  offset?: number;
  accountId?: number;
}

export const MAX_PAGE = 1000;

export async function findPeople(
  store: Store,
  options: PeopleListOptions = {},
): Promise<{ total: number; people: (PersonListRow & { profileLink: string | null })[] }> {
  const limit = options.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new AppError('usage', `--limit must be a whole number from 1 to ${MAX_PAGE}`);
  }
  const result = await listPeople(store.db, options.accountId ?? LOCAL_ACCOUNT_ID, {
    search: options.search,
    company: options.company,
    isConnection: options.isConnection,
    limit,
    offset: options.offset ?? 0,
  });
  return {
    total: result.total,
    people: result.rows.map((r) => ({
      ...r,
      profileLink: r.profileUrl ? profileLink(r.profileUrl) : null,
    })),
  };
}

/**
 * Finds one person by id, profile URL, email or name. A name that fits several people is an
 * `ambiguous` error listing them, so the user can pick by id.
 */
export async function resolvePersonId(
  store: Store,
  query: string,
  accountId = LOCAL_ACCOUNT_ID,
): Promise<number> {
  const text = query.trim();
  if (/^\d+$/.test(text)) {
    const person = await getPerson(store.db, accountId, Number(text));
    if (!person) throw new AppError('not-found', `no person with id ${text}`);
    return person.id;
  }
  let ids: number[] = [];
  if (/linkedin\.com\//i.test(text)) {
    const url = normaliseProfileUrl(text);
    if (url) ids = await findPeopleByIdentity(store.db, accountId, 'profile-url', url);
  } else if (text.includes('@')) {
    const email = normaliseEmail(text);
    if (email) ids = await findPeopleByIdentity(store.db, accountId, 'email', email);
  } else {
    ids = await findPeopleByIdentity(store.db, accountId, 'name', normaliseNameText(text));
  }
  if (ids.length === 0) throw new AppError('not-found', `nobody matches "${text}"`);
  if (ids.length > 1) {
    const names = await Promise.all(
      ids.slice(0, 10).map((id) => getPerson(store.db, accountId, id)),
    );
    const list = names
      .filter((p) => p !== undefined)
      .map((p) => `${p.id} (${p.displayName}${p.company ? `, ${p.company}` : ''})`)
      .join('; ');
    throw new AppError('ambiguous', `"${text}" fits ${ids.length} people: ${list}; use an id`);
  }
  return ids[0] as number;
}

/** Recent messages a person view lists by default (design choice: the CLI's screenful). */
export const RECENT_MESSAGES = 10;
/** The most a caller may ask for: a page's timeline, not a mailbox (design choice). */
export const MAX_RECENT_MESSAGES = 200;

export async function describePerson(
  store: Store,
  query: string,
  accountId = LOCAL_ACCOUNT_ID,
  recentMessages = RECENT_MESSAGES,
) {
  if (!Number.isInteger(recentMessages) || recentMessages < 0) {
    throw new Error(`describePerson: recentMessages must be a whole number, got ${recentMessages}`);
  }
  const personId = await resolvePersonId(store, query, accountId);
  const [person, identities, connection, changes, messages, recent, signals] = await Promise.all([
    getPerson(store.db, accountId, personId),
    listIdentities(store.db, accountId, personId),
    getConnection(store.db, accountId, personId),
    listConnectionChanges(store.db, accountId, personId),
    summarisePersonMessages(store.db, accountId, personId),
    listPersonMessages(
      store.db,
      accountId,
      personId,
      Math.min(recentMessages, MAX_RECENT_MESSAGES),
    ),
    loadPersonSignals(store.db, accountId, personId),
  ]);
  if (!person) throw new AppError('not-found', `no person with id ${personId}`);
  const url = identities.find((i) => i.kind === 'profile-url')?.value;
  return {
    ...person,
    profileLink: url ? profileLink(url) : null,
    identities,
    connection: connection ?? null,
    changes,
    messages,
    recentMessages: recent,
    ...signals,
  };
}

export type PersonDetail = Awaited<ReturnType<typeof describePerson>>;

export interface TimelineEntry {
  /** `YYYY-MM-DD` or ISO 8601, as the source dated it. */
  at: string;
  kind:
    'connected' | 'message' | 'invitation' | 'endorsement' | 'recommendation' | 'contact' | 'job';
  /** What happened, in words; names and subjects are the sources' text, shown as text. */
  text: string;
  /** Who acted: the owner (`out`), the person (`in`), or neither. */
  direction?: 'in' | 'out';
}

/**
 * Everything dated that the store holds about a person, newest first (issue 8, person page:
 * "the interaction timeline"): messages (the recent ones the view loaded), invitations,
 * endorsements, recommendations, the day they connected, when an address book listed them, and
 * the job changes successive exports showed.
 */
export function buildTimeline(person: PersonDetail): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  if (person.connection?.connectedOn) {
    entries.push({
      at: person.connection.connectedOn,
      kind: 'connected',
      text: 'Connected on LinkedIn',
    });
  }
  for (const m of person.recentMessages) {
    const about = m.subject || m.conversationTitle;
    const words = m.wordCount ? `, ${m.wordCount} words` : '';
    entries.push({
      at: m.sentAt,
      kind: 'message',
      direction: m.direction,
      text: `${m.direction === 'out' ? 'You wrote' : 'They wrote'} (${m.channel}${words})${about ? `: ${about}` : ''}`,
    });
  }
  for (const i of person.invitations) {
    entries.push({
      at: i.sentAt,
      kind: 'invitation',
      direction: i.direction,
      text: `${i.direction === 'out' ? 'You invited them' : 'They invited you'}${i.note ? ` with a note: ${i.note}` : ''}`,
    });
  }
  for (const e of person.endorsements) {
    entries.push({
      at: e.endorsedAt,
      kind: 'endorsement',
      direction: 'in',
      text: `Endorsed you for ${e.skill}`,
    });
  }
  for (const r of person.recommendations) {
    entries.push({
      at: r.createdAt,
      kind: 'recommendation',
      direction: r.direction === 'received' ? 'in' : 'out',
      text: `${r.direction === 'received' ? 'Recommended you' : 'You recommended them'}${r.status ? ` (${r.status})` : ''}`,
    });
  }
  for (const c of person.contacts) {
    entries.push({ at: c.createdAt, kind: 'contact', text: `In your ${c.book} contacts` });
  }
  for (const c of person.changes) {
    entries.push({
      at: c.observedOn,
      kind: 'job',
      text: `${c.field === 'company' ? 'Company' : 'Position'} changed from ${c.oldValue || 'none'} to ${c.newValue || 'none'}`,
    });
  }
  return entries
    .filter((e) => e.at !== '')
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
