/**
 * The outreach planner (issue 7): pipeline moves, logged events, the user's templates, plan
 * items and their status, and outreach settings. Frozen once shipped.
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

function personColumn(table: CreateTableBuilder<any, any>): CreateTableBuilder<any, any> {
  return table.addColumn('person_id', 'integer', (c) =>
    c.notNull().references('people.id').onDelete('cascade'),
  );
}

export async function up(db: Kysely<any>): Promise<void> {
  await personColumn(withIdAndAccount(db, 'outreach_moves'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('moved_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('help', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('snooze_until', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('outreach_moves_person')
    .on('outreach_moves')
    .columns(['account_id', 'person_id', 'moved_at'])
    .execute();

  await personColumn(withIdAndAccount(db, 'outreach_events'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('happened_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('help', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('action', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('template_id', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('outreach_events_person')
    .on('outreach_events')
    .columns(['account_id', 'person_id', 'happened_at'])
    .execute();

  await withIdAndAccount(db, 'outreach_templates')
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outreach_templates_key', ['account_id', 'template_id'])
    .execute();

  await withIdAndAccount(db, 'outreach_plan_items')
    .addColumn('plan_day', 'text', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('shown'))
    .addColumn('status_at', 'text', (c) => c.notNull())
    .addColumn('snooze_until', 'text', (c) => c.notNull().defaultTo(''))
    // The item as shown (reason, draft, limit), JSON: so the plan of a day reads back unchanged.
    .addColumn('payload', 'text', (c) => c.notNull())
    .addUniqueConstraint('outreach_plan_items_key', ['account_id', 'plan_day', 'item_key'])
    .execute();

  await db.schema
    .createTable('outreach_settings')
    .addColumn('account_id', 'integer', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('account_type', 'text', (c) => c.notNull().defaultTo('free'))
    .addColumn('daily_minutes', 'integer', (c) => c.notNull().defaultTo(20))
    .addColumn('weekly_posts', 'integer', (c) => c.notNull().defaultTo(1))
    // JSON object of pacing overrides by setting name.
    .addColumn('pacing_overrides', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'outreach_settings',
    'outreach_plan_items',
    'outreach_templates',
    'outreach_events',
    'outreach_moves',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
