import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Existing conversations by `channel + key`, so a re-import reuses their ids. */
export async function loadConversationIds(
  db: Kysely<Database>,
  accountId: number,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('conversations')
    .select(['id', 'channel', 'external_key'])
    .where('account_id', '=', accountId)
    .execute();
  return new Map(rows.map((r) => [conversationMapKey(r.channel, r.external_key), r.id]));
}

export function conversationMapKey(channel: string, externalKey: string): string {
  return `${channel}\u0000${externalKey}`;
}

export interface PersonMessageSummary {
  conversations: number;
  sent: number;
  received: number;
  firstAt: string | null;
  lastAt: string | null;
}

/** Messages in conversations the person takes part in, from the owner's side. */
export async function summarisePersonMessages(
  db: Kysely<Database>,
  accountId: number,
  personId: number,
): Promise<PersonMessageSummary> {
  const r = await db
    .selectFrom('conversation_participants as cp')
    .innerJoin('messages as m', 'm.conversation_id', 'cp.conversation_id')
    .select((eb) => [
      eb.fn.count<number>('m.conversation_id').distinct().as('conversations'),
      eb.fn.sum<number>(eb.case().when('m.direction', '=', 'out').then(1).else(0).end()).as('sent'),
      eb.fn
        .sum<number>(eb.case().when('m.sender_person_id', '=', personId).then(1).else(0).end())
        .as('received'),
      eb.fn.min('m.sent_at').as('first_at'),
      eb.fn.max('m.sent_at').as('last_at'),
    ])
    .where('cp.account_id', '=', accountId)
    .where('cp.person_id', '=', personId)
    .executeTakeFirst();
  return {
    conversations: Number(r?.conversations ?? 0),
    sent: Number(r?.sent ?? 0),
    received: Number(r?.received ?? 0),
    firstAt: r?.first_at ?? null,
    lastAt: r?.last_at ?? null,
  };
}

export interface RecentMessageRow {
  sentAt: string;
  direction: 'in' | 'out';
  channel: string;
  conversationTitle: string;
  subject: string;
  wordCount: number;
}

export async function listPersonMessages(
  db: Kysely<Database>,
  accountId: number,
  personId: number,
  limit: number,
): Promise<RecentMessageRow[]> {
  const rows = await db
    .selectFrom('conversation_participants as cp')
    .innerJoin('messages as m', 'm.conversation_id', 'cp.conversation_id')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .select(['m.sent_at', 'm.direction', 'm.channel', 'c.title', 'm.subject', 'm.word_count'])
    .where('cp.account_id', '=', accountId)
    .where('cp.person_id', '=', personId)
    .orderBy('m.sent_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    sentAt: r.sent_at,
    direction: r.direction,
    channel: r.channel,
    conversationTitle: r.title,
    subject: r.subject,
    wordCount: r.word_count,
  }));
}
