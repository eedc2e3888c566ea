/**
 * Discretion and the internal move (docs/product.md, the current employer): whether current
 * colleagues may appear in the lists that tell people you are looking ('' = the default, discreet
 * while employed), and whether the current employer may be a target company (1 = an internal
 * move). Frozen once shipped.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('goals')
    .addColumn('discretion', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('goals')
    .addColumn('internal_move', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('goals').dropColumn('internal_move').execute();
  await db.schema.alterTable('goals').dropColumn('discretion').execute();
}
