/**
 * Where SQLite and PostgreSQL differ, and how the store bridges each difference (issue 9:
 * "each dialect difference sits in one commented place"; docs/architecture.md, "Storage"). Every
 * other store file writes SQL both dialects run the same way. The differences, and their place:
 *
 * 1. Auto-numbered keys: `integer primary key autoincrement` against `serial`. In each
 *    migration (migrations import no app code, so each tests the adapter itself).
 * 2. Floating-point columns: SQLite's `real` has 8 bytes, PostgreSQL's 4; the migrations ask
 *    PostgreSQL for `double precision` (2026-11-25-imported-edges.ts).
 * 3. The highest id a table ever had, so an id is never reused: `sqlite_sequence` against the
 *    serial sequence; and a sequence must be moved past ids written explicitly, or the next
 *    serial insert collides (SQLite's AUTOINCREMENT follows explicit ids by itself). Here:
 *    readHighestIdEverUsed, moveSequencePastIds, lockIdAllocation. Policy in ids.ts.
 * 4. Bulk insert that skips duplicates: one prepared `INSERT OR IGNORE` per row on SQLite's raw
 *    connection, multi-row `ON CONFLICT DO NOTHING` elsewhere, chunked under each dialect's bound
 *    parameter limit (maxBindParameters). In bulk-insert.ts.
 * 5. Result types: node-pg returns bigint (every COUNT and SUM of integers) and numeric as
 *    strings, SQLite numbers. Parsed to numbers once, in the PostgreSQL opener
 *    (open-postgres-store.ts, createTypeParsers).
 * 6. Case-insensitive search: `lower()` folds ASCII only on SQLite but every letter on a
 *    PostgreSQL database with a non-C ctype, so `lower(x) like pattern` finds "ÉMILE" for "émile"
 *    on one and not the other. containsIgnoringCase keeps the SQL in one place; the test
 *    databases use the C locale so both dialects answer alike, and a server's own locale only
 *    ever finds more.
 * 7. NULLs in ORDER BY: SQLite sorts them first ascending, PostgreSQL last. Queries that sort on
 *    a nullable column say `nulls first` or `nulls last` (both dialects take it).
 * 8. Text order: SQLite compares bytes; PostgreSQL uses the database's collation. The test
 *    databases are created with the C collation (byte order, as SQLite); a server created with
 *    another locale sorts names the way its users expect, which no test asserts.
 * 9. Rows without ORDER BY: SQLite happens to return them in insertion (rowid) order,
 *    PostgreSQL in no promised order. Every query whose order a user can see says ORDER BY.
 * 10. Transactions: Kysely's SQLite driver has one connection, so a query on `db` inside a
 *     transaction waits forever on SQLite; on PostgreSQL it takes another pool connection and
 *     does not see the transaction's writes. Code inside a transaction uses only `trx`.
 * 11. Aborted transactions: after a failed statement PostgreSQL refuses every statement until
 *     rollback, SQLite carries on. No code catches an SQL error inside a transaction and goes on.
 * 12. Opening: a file in WAL mode with its pragmas (open-store.ts) against a bounded pool of
 *     connections (open-postgres-store.ts); openStore picks one from WEAKTIES_DATABASE_URL.
 * 13. The catalogue (which tables and foreign keys exist): sqlite_master and pragma table
 *     functions against pg_catalog or information_schema. Only code that walks every table
 *     asks: account-data-store.ts, and test-support/store-introspection.ts for tests.
 */
import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';

export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Bound parameters allowed in one statement: SQLite's SQLITE_MAX_VARIABLE_NUMBER is 32,766 since
 * 3.32; PostgreSQL's wire protocol counts parameters in 16 bits, 65,535. Both kept with room to
 * spare (design choice).
 */
export function maxBindParameters(db: Kysely<Database>): number {
  return isPostgres(db) ? 60_000 : 30_000;
}

/** Tables whose `id` is auto-numbered and also written explicitly by the store. */
export type SequencedTable = 'accounts' | 'people' | 'conversations';

/**
 * The highest id the table ever handed out, deleted rows included; 0 if none. SQLite keeps it
 * in sqlite_sequence. PostgreSQL's pg_sequence_last_value is null until the sequence is first
 * used, and moveSequencePastIds only ever leaves it unused when the table never had a row.
 */
export async function readHighestIdEverUsed(
  db: Kysely<Database>,
  table: SequencedTable,
): Promise<number> {
  const result = isPostgres(db)
    ? await sql<{
        seq: number | null;
      }>`select pg_sequence_last_value(pg_get_serial_sequence(${table}, 'id')::regclass) as seq`.execute(
        db,
      )
    : await sql<{
        seq: number | null;
      }>`select seq from sqlite_sequence where name = ${table}`.execute(db);
  return Number(result.rows[0]?.seq ?? 0);
}

/**
 * PostgreSQL: serializes id allocation of one table until the transaction ends (an advisory
 * lock, as SQLite's single writer already does). Called inside the writing transaction.
 */
export async function lockIdAllocation(db: Kysely<Database>, table: SequencedTable): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(hashtext(${table}))`.execute(db);
}

/**
 * PostgreSQL: moves the serial sequence to the highest id the table has or ever had, so the
 * next default id is past every id written explicitly, and never back (an id freed by a merge
 * must stay free for its undo). Nothing to do on SQLite.
 */
export async function moveSequencePastIds(
  db: Kysely<Database>,
  table: SequencedTable,
): Promise<void> {
  if (!isPostgres(db)) return;
  const highest = Math.max(
    await readHighestIdEverUsed(db, table),
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.max('id').as('max_id'))
          .executeTakeFirst()
      )?.max_id ?? 0,
    ),
  );
  // setval(seq, n, true): the next nextval is n + 1. A sequence cannot be set to 0, so an empty
  // table that never had a row keeps its fresh sequence.
  if (highest > 0) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), ${highest}::bigint, true)`.execute(
      db,
    );
  }
}

/**
 * `column` contains `text`, ignoring case, with LIKE's wildcards in `text` matched literally.
 * Both sides are lower-cased; see difference 6 for what "case" means on each dialect.
 */
export function containsIgnoringCase(
  column: Expression<string>,
  text: string,
): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
}
