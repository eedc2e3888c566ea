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

export async function describePerson(store: Store, query: string, accountId = LOCAL_ACCOUNT_ID) {
  const personId = await resolvePersonId(store, query, accountId);
  const [person, identities, connection, changes, messages, recent, signals] = await Promise.all([
    getPerson(store.db, accountId, personId),
    listIdentities(store.db, accountId, personId),
    getConnection(store.db, accountId, personId),
    listConnectionChanges(store.db, accountId, personId),
    summarisePersonMessages(store.db, accountId, personId),
    listPersonMessages(store.db, accountId, personId, 10),
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
