import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Where each person is known from outside LinkedIn: address books (vCard, Google contacts) and
 * the channels of the conversations and meetings they take part in (WhatsApp, mail, calendar).
 * Lists use it to open every source (docs/product.md, "Reconnect").
 */
export async function loadContactSources(
  db: Kysely<Database>,
  accountId: number,
): Promise<Map<number, string[]>> {
  const [books, channels] = await Promise.all([
    db
      .selectFrom('contacts')
      .select(['person_id', 'book'])
      .distinct()
      .where('account_id', '=', accountId)
      .execute(),
    db
      .selectFrom('conversation_participants as cp')
      .innerJoin('conversations as c', 'c.id', 'cp.conversation_id')
      .select(['cp.person_id', 'c.channel'])
      .distinct()
      .where('cp.account_id', '=', accountId)
      .where('c.channel', '!=', 'linkedin')
      .execute(),
  ]);
  const sources = new Map<number, string[]>();
  const add = (personId: number, source: string) => {
    if (source === '') return;
    const list = sources.get(personId);
    if (!list) sources.set(personId, [source]);
    else if (!list.includes(source)) list.push(source);
  };
  for (const row of books) add(row.person_id, row.book);
  for (const row of channels) add(row.person_id, row.channel);
  return sources;
}

/** Each person's email addresses, for a company where no source names one. */
export async function loadEmailIdentities(
  db: Kysely<Database>,
  accountId: number,
): Promise<Map<number, string[]>> {
  const rows = await db
    .selectFrom('identities')
    .select(['person_id', 'value'])
    .where('account_id', '=', accountId)
    .where('kind', '=', 'email')
    .orderBy('person_id')
    .orderBy('value')
    .execute();
  const emails = new Map<number, string[]>();
  for (const r of rows) {
    const list = emails.get(r.person_id);
    if (list) list.push(r.value);
    else emails.set(r.person_id, [r.value]);
  }
  return emails;
}
