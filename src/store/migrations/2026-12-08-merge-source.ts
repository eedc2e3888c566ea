/**
 * Automatic identity fusion (docs/science.md section 8): a merge records who made it (`user` or
 * `auto`), and an automatic one its posterior and reasons in bits, so it can be listed and
 * undone like a manual one. One row of identity settings per account: whether imports merge
 * automatically and from which posterior. Frozen once shipped.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('merges')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('user'))
    .execute();
  // JSON: { posterior, bits, reasons: [{ comparison, level, bits, text }] }; empty for manual ones.
  await db.schema
    .alterTable('merges')
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('identity_settings')
    .addColumn('account_id', 'integer', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('auto_merge', 'integer', (c) => c.notNull().defaultTo(1))
    // Null: the product's default threshold.
    .addColumn('auto_merge_threshold', 'real')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('identity_settings').ifExists().execute();
  await db.schema.alterTable('merges').dropColumn('evidence').execute();
  await db.schema.alterTable('merges').dropColumn('source').execute();
}
