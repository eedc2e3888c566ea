import type SqliteDatabase from 'better-sqlite3';
import type { Insertable, Kysely } from 'kysely';
import { maxBindParameters } from './dialect.js';
import type { Database, TableName } from './schema.js';

const IDENTIFIER = /^[a-z_]+$/;

/**
 * Inserts many rows, leaving out any row that collides with a unique key already stored. That
 * is what makes a re-import a no-op. Returns how many rows were new.
 *
 * The one dialect difference of bulk writes sits here (dialect.ts, difference 4). On SQLite,
 * when the caller passes the raw connection (inside the transaction Kysely opened on that same
 * connection), one prepared `INSERT OR IGNORE` statement runs per row: measured several times
 * faster than multi-row statements, which SQLite must parse and plan afresh for each chunk.
 * Elsewhere (PostgreSQL) multi-row statements through Kysely with ON CONFLICT DO NOTHING.
 * Column names come from our own typed rows, never from input, and are checked before they
 * reach SQL; values are bound.
 */
export async function insertIgnoringDuplicates<T extends TableName>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  onProgress?: (done: number) => void,
  raw?: SqliteDatabase.Database,
): Promise<number> {
  const first = rows[0];
  if (first === undefined) return 0;
  const columns = Object.keys(first);
  if (raw) return insertWithPreparedStatement(raw, table, columns, rows, onProgress);
  const chunk = Math.max(1, Math.floor(maxBindParameters(db) / columns.length));
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

function insertWithPreparedStatement(
  raw: SqliteDatabase.Database,
  table: string,
  columns: string[],
  rows: readonly object[],
  onProgress?: (done: number) => void,
): number {
  for (const name of [table, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`not a column name: ${name}`);
  }
  const statement = raw.prepare(
    `insert or ignore into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  const values: unknown[] = new Array<unknown>(columns.length);
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as Record<string, unknown>;
    for (let c = 0; c < columns.length; c += 1) values[c] = row[columns[c] as string];
    inserted += statement.run(values).changes;
    if (onProgress && (i & 8191) === 8191) onProgress(i + 1);
  }
  onProgress?.(rows.length);
  return inserted;
}
