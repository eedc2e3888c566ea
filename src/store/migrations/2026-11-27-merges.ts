/**
 * Reversible merges (issue 6, "One person across sources"): each merge, every row whose person
 * column it changed (with the old person id), every row it deleted (in full, as JSON) so an
 * undo restores the store exactly, and the pairs the user said are not the same person.
 * Person ids here are plain integers, not foreign keys: the merged person no longer exists
 * while the merge stands. Frozen once shipped.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

function withIdAndAccount(db: Kysely<any>, name: string): CreateTableBuilder<any, any> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return db.schema
    .createTable(name)
    .addColumn('id', isPostgres ? 'serial' : 'integer', (c) =>
      isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    );
}

export async function up(db: Kysely<any>): Promise<void> {
  await withIdAndAccount(db, 'merges')
    .addColumn('kept_person_id', 'integer', (c) => c.notNull())
    .addColumn('merged_person_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('merges_kept')
    .on('merges')
    .columns(['account_id', 'kept_person_id'])
    .execute();

  await withIdAndAccount(db, 'merge_moves')
    .addColumn('merge_id', 'integer', (c) =>
      c.notNull().references('merges.id').onDelete('cascade'),
    )
    // `moved`: the row stays, its column changed; `deleted`: the row is gone, row_json holds it.
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    // JSON of the columns that find the row after the merge, e.g. {"id":12}.
    .addColumn('row_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('column_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('old_person_id', 'integer')
    .addColumn('row_json', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('merge_moves_merge')
    .on('merge_moves')
    .columns(['merge_id', 'id'])
    .execute();

  await withIdAndAccount(db, 'dismissed_candidates')
    // The pair is stored with a_person_id < b_person_id.
    .addColumn('a_person_id', 'integer', (c) => c.notNull())
    .addColumn('b_person_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('dismissed_candidates_pair', ['account_id', 'a_person_id', 'b_person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['dismissed_candidates', 'merge_moves', 'merges']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
