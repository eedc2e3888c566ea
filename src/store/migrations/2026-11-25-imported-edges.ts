/**
 * Explicit edges among the user's contacts that the user imports (issue 5, item 2: an edge list
 * `a b` per line, SNAP style, or a CSV of profile-URL pairs): LinkedIn's export has no ties among
 * connections (docs/science.md section 6). Frozen once shipped.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PostgresAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('imported_edges')
    .addColumn('id', isPostgres ? 'serial' : 'integer', (c) =>
      isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    // The pair is stored with a_person_id < b_person_id, so a b and b a are one edge.
    .addColumn('a_person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('b_person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    // 8-byte floats on both: SQLite's `real` is, PostgreSQL's is 4 bytes (added before any
    // PostgreSQL store shipped; the SQLite schema is unchanged).
    .addColumn('weight', isPostgres ? 'double precision' : 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('source_line', 'integer', (c) => c.notNull())
    .addUniqueConstraint('imported_edges_pair', [
      'account_id',
      'a_person_id',
      'b_person_id',
      'source',
    ])
    .execute();
  await db.schema
    .createIndex('imported_edges_b')
    .on('imported_edges')
    .columns(['account_id', 'b_person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('imported_edges').ifExists().execute();
}
