/**
 * Goals the user states (issue 4) and mutual-connection counts the user records as LinkedIn
 * shows them (issue 5: the export has none). Frozen once shipped.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PostgresAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('goals')
    .addColumn('account_id', 'integer', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('target_companies', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('target_roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('target_industries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_level', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('stance', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('style', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('solution', 'text', (c) => c.notNull().defaultTo(''))
    // 0 while the goals are only pre-filled from the export and not yet confirmed by the user.
    .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('recorded_mutuals')
    .addColumn('id', isPostgres ? 'serial' : 'integer', (c) =>
      isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('mutual_count', 'integer', (c) => c.notNull())
    .addColumn('recorded_on', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('recorded'))
    .addUniqueConstraint('recorded_mutuals_person', ['account_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recorded_mutuals').ifExists().execute();
  await db.schema.dropTable('goals').ifExists().execute();
}
