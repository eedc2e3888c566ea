import type { Kysely } from 'kysely';
import {
  lockIdAllocation,
  moveSequencePastIds,
  readHighestIdEverUsed,
  type SequencedTable,
} from './dialect.js';
import type { Database } from './schema.js';

/**
 * Imports assign primary keys themselves so that tens of thousands of people and conversations
 * can be written in multi-row statements and referenced before they are written.
 *
 * Ids are never reused, even after a person is deleted by a merge, so that undoing the merge can
 * bring the person back under the same id: the start is past both max(id) and the highest id the
 * table ever had. How each dialect keeps that highest id, and locks allocation while a writing
 * transaction runs, is dialect.ts (difference 3).
 */
export type IdTable = Extract<SequencedTable, 'people' | 'conversations'>;

/**
 * Call first in a writing transaction that reads what the store knows and then adds people or
 * conversations (an import): on PostgreSQL a second import waits here until the first commits,
 * and then reads its people instead of creating them again. SQLite's single writer does the same.
 */
export async function lockIdAllocations(
  db: Kysely<Database>,
  tables: readonly IdTable[],
): Promise<void> {
  for (const table of tables) await lockIdAllocation(db, table);
}

/** The first free id of the table; call inside the transaction that writes the new rows. */
export async function reserveIdsFrom(db: Kysely<Database>, table: IdTable): Promise<number> {
  await lockIdAllocation(db, table);
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('id').as('max_id'))
    .executeTakeFirst();
  return Math.max(Number(row?.max_id ?? 0), await readHighestIdEverUsed(db, table)) + 1;
}

/** After writing explicit ids: the table's own numbering (serial inserts) continues past them. */
export async function syncIdSequence(db: Kysely<Database>, table: SequencedTable): Promise<void> {
  await moveSequencePastIds(db, table);
}
