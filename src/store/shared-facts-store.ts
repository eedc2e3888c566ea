import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * What the store holds that the user shares with people, for drafts built on one concrete fact:
 * conversations with their channel, title, first subject and last date and their members;
 * the events the user went to (Events.csv); the skills people endorsed.
 */
export interface ConversationFacts {
  id: number;
  channel: string;
  title: string;
  subject: string;
  lastAt: string;
  members: number[];
}

// A conversation this large is a mailing list or an all-hands, not a shared group (design choice).
const MAX_MEMBERS = 50;

export async function loadConversationFacts(
  db: Kysely<Database>,
  accountId: number,
): Promise<ConversationFacts[]> {
  const [conversations, participants, spans] = await Promise.all([
    db
      .selectFrom('conversations')
      .select(['id', 'channel', 'title'])
      .where('account_id', '=', accountId)
      .execute(),
    db
      .selectFrom('conversation_participants')
      .select(['conversation_id', 'person_id'])
      .where('account_id', '=', accountId)
      .execute(),
    db
      .selectFrom('messages')
      .select((eb) => [
        'conversation_id',
        eb.fn.min('subject').as('subject'),
        eb.fn.max('sent_at').as('last_at'),
      ])
      .where('account_id', '=', accountId)
      .groupBy('conversation_id')
      .execute(),
  ]);
  const members = new Map<number, number[]>();
  for (const p of participants) {
    const list = members.get(p.conversation_id);
    if (list) list.push(p.person_id);
    else members.set(p.conversation_id, [p.person_id]);
  }
  const span = new Map(spans.map((s) => [s.conversation_id, s]));
  const out: ConversationFacts[] = [];
  for (const c of conversations) {
    const list = members.get(c.id) ?? [];
    if (list.length === 0 || list.length > MAX_MEMBERS) continue;
    const s = span.get(c.id);
    out.push({
      id: c.id,
      channel: c.channel,
      title: c.title,
      subject: String(s?.subject ?? ''),
      lastAt: String(s?.last_at ?? ''),
      members: list,
    });
  }
  return out;
}

export interface OwnerEvent {
  name: string;
  startsAt: string;
  endsAt: string;
  status: string;
}

export async function loadOwnerEvents(
  db: Kysely<Database>,
  accountId: number,
): Promise<OwnerEvent[]> {
  const rows = await db
    .selectFrom('events')
    .select(['name', 'starts_at', 'ends_at', 'status'])
    .where('account_id', '=', accountId)
    .orderBy('starts_at')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status,
  }));
}

export async function loadEndorsedSkills(
  db: Kysely<Database>,
  accountId: number,
): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('endorsements')
    .select(['person_id', 'skill'])
    .where('account_id', '=', accountId)
    .orderBy('endorsed_at', 'desc')
    .execute();
  const skills = new Map<number, string>();
  for (const r of rows) if (!skills.has(r.person_id)) skills.set(r.person_id, r.skill);
  return skills;
}
