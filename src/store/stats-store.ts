import { sql, type Kysely } from 'kysely';
import { USER_DATA_TABLES, type Database, type UserDataTable } from './schema.js';

export async function countRows(
  db: Kysely<Database>,
  accountId: number,
): Promise<Record<UserDataTable, number>> {
  const counts = {} as Record<UserDataTable, number>;
  for (const table of USER_DATA_TABLES) {
    const r = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    counts[table] = Number(r?.n ?? 0);
  }
  return counts;
}

export interface NetworkFigures {
  connectionsByYear: { year: string; count: number }[];
  topCompanies: { company: string; count: number }[];
  distinctCompanies: number;
  connectionsMessaged: number;
  messagesSent: number;
  messagesReceived: number;
  invitationsOut: number;
  invitationsIn: number;
  peopleOutsideConnections: number;
}

export async function loadNetworkFigures(
  db: Kysely<Database>,
  accountId: number,
): Promise<NetworkFigures> {
  const byYear = await db
    .selectFrom('connections')
    .select([
      sql<string>`substr(connected_on, 1, 4)`.as('year'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('account_id', '=', accountId)
    .where('connected_on', '!=', '')
    .groupBy(sql`substr(connected_on, 1, 4)`)
    .orderBy('year')
    .execute();
  const companies = await db
    .selectFrom('connections')
    .select(['company', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', '=', accountId)
    .where('company', '!=', '')
    .groupBy('company')
    .orderBy('n', 'desc')
    .orderBy('company')
    .execute();
  const messaged = await db
    .selectFrom('connections as c')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.account_id', '=', accountId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('conversation_participants as cp')
          .innerJoin('messages as m', 'm.conversation_id', 'cp.conversation_id')
          .select('m.id')
          .whereRef('cp.person_id', '=', 'c.person_id'),
      ),
    )
    .executeTakeFirst();
  const directions = await db
    .selectFrom('messages')
    .select(['direction', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', '=', accountId)
    .groupBy('direction')
    .execute();
  const invitations = await db
    .selectFrom('invitations')
    .select(['direction', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', '=', accountId)
    .groupBy('direction')
    .execute();
  const outside = await db
    .selectFrom('people as p')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('p.account_id', '=', accountId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('connections as c')
            .select('c.id')
            // Scoped like the outer query, so the (account, person) index answers it.
            .where('c.account_id', '=', accountId)
            .whereRef('c.person_id', '=', 'p.id'),
        ),
      ),
    )
    .executeTakeFirst();
  const count = (rows: { direction: string; n: number }[], d: string): number =>
    Number(rows.find((r) => r.direction === d)?.n ?? 0);
  return {
    connectionsByYear: byYear.map((r) => ({ year: r.year, count: Number(r.n) })),
    topCompanies: companies.slice(0, 10).map((r) => ({ company: r.company, count: Number(r.n) })),
    distinctCompanies: companies.length,
    connectionsMessaged: Number(messaged?.n ?? 0),
    messagesSent: count(directions, 'out'),
    messagesReceived: count(directions, 'in'),
    invitationsOut: count(invitations, 'out'),
    invitationsIn: count(invitations, 'in'),
    peopleOutsideConnections: Number(outside?.n ?? 0),
  };
}
