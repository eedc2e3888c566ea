import type { Insertable, Kysely } from 'kysely';
import type { Database, TableName } from './schema.js';

// SQLite allows 32,766 bound parameters per statement (since 3.32); PostgreSQL 65,535. Stay
// under the smaller with room to spare.
const MAX_PARAMETERS = 30_000;

/**
 * Inserts many rows in multi-row statements, leaving out any row that collides with a unique
 * key already stored. That is what makes a re-import a no-op. Returns how many rows were new.
 */
export async function insertIgnoringDuplicates<T extends TableName>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  onProgress?: (done: number) => void,
): Promise<number> {
  const first = rows[0];
  if (first === undefined) return 0;
  const columns = Object.keys(first).length;
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    // Kysely's generic insert over a table chosen at run time needs the table's own type.
    const result = await db
      .insertInto(table)
      .values(slice as never)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
    onProgress?.(Math.min(rows.length, start + chunk));
  }
  return inserted;
}
