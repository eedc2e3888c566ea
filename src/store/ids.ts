import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Imports assign primary keys themselves so that tens of thousands of people and conversations
 * can be written in multi-row statements and referenced before they are written.
 *
 * The one dialect difference of id allocation sits here. Ids are never reused, even after a
 * person is deleted by a merge, so that undoing the merge can bring the person back under the
 * same id: the start is past both max(id) and the highest id the table ever had (SQLite's
 * AUTOINCREMENT keeps it in sqlite_sequence; PostgreSQL's serial sequence never goes back).
 * SQLite: a write transaction holds the database lock. PostgreSQL: take a transaction-scoped
 * advisory lock per table, and move the sequence past the ids used (syncIdSequence).
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
  const highest = isPostgres(db)
    ? await sql<{
        seq: number | null;
      }>`select pg_sequence_last_value(pg_get_serial_sequence(${table}, 'id')) as seq`.execute(db)
    : await sql<{
        seq: number | null;
      }>`select seq from sqlite_sequence where name = ${table}`.execute(db);
  return Math.max(Number(row?.max_id ?? 0), Number(highest.rows[0]?.seq ?? 0)) + 1;
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
