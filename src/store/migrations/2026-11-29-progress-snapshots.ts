/**
 * Progress snapshots for the coach view (issue 9, "Coach and cohort view": "the change in tie
 * mix and network health over time"). Tie classes depend on the whole scored network on a
 * given day, which dated rows alone cannot give back for past weeks, so the member's network
 * figures are recorded once per ISO week, aggregates only: never a person, a name or a message.
 * Frozen once shipped.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PostgresAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The one dialect difference in this file: an auto-numbered key is `serial` on PostgreSQL.
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('progress_snapshots')
    .addColumn('id', isPostgres ? 'serial' : 'integer', (c) =>
      isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    // ISO 8601 week, `2026-W47`: sorts in time order as text.
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    // What the figures were computed from; equal versions mean the figures still hold.
    .addColumn('data_version', 'text', (c) => c.notNull())
    // JSON: the network figures and the week's activity counted by tie class.
    .addColumn('figures', 'text', (c) => c.notNull())
    .addUniqueConstraint('progress_snapshots_week', ['account_id', 'week'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('progress_snapshots').ifExists().execute();
}
