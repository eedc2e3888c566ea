import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Imports assign primary keys themselves so that tens of thousands of people and conversations
 * can be written in multi-row statements and referenced before they are written.
 *
 * The one dialect difference of id allocation sits here. SQLite: a write transaction holds the
 * database lock, so max(id) + 1 is safe. PostgreSQL: take a transaction-scoped advisory lock
 * per table, and move the `serial` sequence past the ids used (syncIdSequence) before commit.
 */
export type IdTable = 'people' | 'conversations';

export async function reserveIdsFrom(db: Kysely<Database>, table: IdTable): Promise<number> {
  if (isPostgres(db)) {
    await sql`select pg_advisory_xact_lock(hashtext(${table}))`.execute(db);
  }
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('id').as('max_id'))
    .executeTakeFirst();
  return Number(row?.max_id ?? 0) + 1;
}

export async function syncIdSequence(db: Kysely<Database>, table: IdTable): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
    db,
  );
}

function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
