import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Invitations, endorsements and recommendations: the reciprocity signals of one person. */
export interface PersonSignals {
  invitations: { direction: 'in' | 'out'; sentAt: string; note: string }[];
  endorsements: { skill: string; endorsedAt: string }[];
  recommendations: { direction: 'received' | 'given'; createdAt: string; status: string }[];
  contacts: { book: string; createdAt: string }[];
}

export async function loadPersonSignals(
  db: Kysely<Database>,
  accountId: number,
  personId: number,
): Promise<PersonSignals> {
  const [invitations, endorsements, recommendations, contacts] = await Promise.all([
    db
      .selectFrom('invitations')
      .select(['direction', 'sent_at', 'note'])
      .where('account_id', '=', accountId)
      .where('person_id', '=', personId)
      .orderBy('sent_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('endorsements')
      .select(['skill', 'endorsed_at'])
      .where('account_id', '=', accountId)
      .where('person_id', '=', personId)
      .orderBy('endorsed_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('recommendations')
      .select(['direction', 'created_at', 'status'])
      .where('account_id', '=', accountId)
      .where('person_id', '=', personId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('contacts')
      .select(['book', 'created_at'])
      .where('account_id', '=', accountId)
      .where('person_id', '=', personId)
      .orderBy('book')
      .execute(),
  ]);
  return {
    invitations: invitations.map((r) => ({
      direction: r.direction,
      sentAt: r.sent_at,
      note: r.note,
    })),
    endorsements: endorsements.map((r) => ({ skill: r.skill, endorsedAt: r.endorsed_at })),
    recommendations: recommendations.map((r) => ({
      direction: r.direction,
      createdAt: r.created_at,
      status: r.status,
    })),
    contacts: contacts.map((r) => ({ book: r.book, createdAt: r.created_at })),
  };
}
