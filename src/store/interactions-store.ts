import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * The raw material of tie features (issue 4, item 2), read in a few flat queries so that the
 * per-tie arithmetic runs in memory: 200,000 messages are a few megabytes of numbers.
 */
export interface MessageRow {
  conversationId: number;
  sentAt: string;
  direction: 'in' | 'out';
  senderPersonId: number | null;
  wordCount: number;
  channel: string;
}

export async function loadMessageRows(
  db: Kysely<Database>,
  accountId: number,
): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('messages')
    .select([
      'conversation_id',
      'sent_at',
      'direction',
      'sender_person_id',
      'word_count',
      'channel',
    ])
    .where('account_id', '=', accountId)
    .orderBy('conversation_id')
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    conversationId: r.conversation_id,
    sentAt: r.sent_at,
    direction: r.direction,
    senderPersonId: r.sender_person_id,
    wordCount: r.word_count,
    channel: r.channel,
  }));
}

export async function loadParticipantRows(
  db: Kysely<Database>,
  accountId: number,
): Promise<{ conversationId: number; personId: number }[]> {
  const rows = await db
    .selectFrom('conversation_participants')
    .select(['conversation_id', 'person_id'])
    .where('account_id', '=', accountId)
    .orderBy('conversation_id')
    .orderBy('person_id')
    .execute();
  return rows.map((r) => ({ conversationId: r.conversation_id, personId: r.person_id }));
}

export interface PersonBasics {
  id: number;
  displayName: string;
  company: string;
  title: string;
  connectedOn: string | null;
  profileUrl: string | null;
}

export async function loadPeopleBasics(
  db: Kysely<Database>,
  accountId: number,
): Promise<PersonBasics[]> {
  const rows = await db
    .selectFrom('people as p')
    .leftJoin('connections as c', (j) =>
      j.onRef('c.person_id', '=', 'p.id').on('c.account_id', '=', accountId),
    )
    .select((eb) => [
      'p.id',
      'p.display_name',
      'p.company',
      'p.title',
      'c.connected_on',
      eb
        .selectFrom('identities as i')
        .select((e) => e.fn.min('i.value').as('v'))
        .whereRef('i.person_id', '=', 'p.id')
        .where('i.kind', '=', 'profile-url')
        .as('profile_url'),
    ])
    .where('p.account_id', '=', accountId)
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    company: r.company,
    title: r.title,
    connectedOn: r.connected_on ?? null,
    profileUrl: r.profile_url ?? null,
  }));
}

export interface SignalRows {
  endorsements: { personId: number; at: string }[];
  recommendations: { personId: number; direction: 'received' | 'given'; at: string }[];
  invitations: { personId: number; direction: 'in' | 'out'; at: string }[];
  contacts: { personId: number; book: string }[];
  recordedMutuals: { personId: number; count: number; source: string }[];
}

export async function loadSignalRows(db: Kysely<Database>, accountId: number): Promise<SignalRows> {
  const [endorsements, recommendations, invitations, contacts, mutuals] = await Promise.all([
    db
      .selectFrom('endorsements')
      .select(['person_id', 'endorsed_at'])
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('recommendations')
      .select(['person_id', 'direction', 'created_at'])
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('invitations')
      .select(['person_id', 'direction', 'sent_at'])
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('contacts')
      .select(['person_id', 'book'])
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('recorded_mutuals')
      .select(['person_id', 'mutual_count', 'source'])
      .where('account_id', '=', accountId)
      .orderBy('person_id')
      .execute(),
  ]);
  return {
    endorsements: endorsements.map((r) => ({ personId: r.person_id, at: r.endorsed_at })),
    recommendations: recommendations.map((r) => ({
      personId: r.person_id,
      direction: r.direction,
      at: r.created_at,
    })),
    invitations: invitations.map((r) => ({
      personId: r.person_id,
      direction: r.direction,
      at: r.sent_at,
    })),
    contacts: contacts.map((r) => ({ personId: r.person_id, book: r.book })),
    recordedMutuals: mutuals.map((r) => ({
      personId: r.person_id,
      count: r.mutual_count,
      source: r.source,
    })),
  };
}
