import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';
import type { Database } from '../schema.js';

/**
 * What tests ask of the schema itself, on either dialect: SQLite answers from sqlite_master and
 * pragmas, PostgreSQL from its catalogue (tables of the current schema only).
 */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** The store's tables, Kysely's migration bookkeeping left out, by name. */
export async function listStoreTables(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables
    .map((t) => t.name)
    .filter((name) => !name.startsWith('kysely_') && IDENTIFIER.test(name))
    .sort();
}

/** `table.column` for every foreign key that references `target`. */
export async function listColumnsReferencing(
  db: Kysely<Database>,
  target: string,
): Promise<string[]> {
  if (isPostgres(db)) {
    const result = await sql<{ table_name: string; column_name: string }>`
      select c.conrelid::regclass::text as table_name, a.attname as column_name
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
      where c.contype = 'f' and c.confrelid = ${target}::regclass`.execute(db);
    return result.rows.map((r) => `${r.table_name}.${r.column_name}`).sort();
  }
  const referencing: string[] = [];
  for (const name of await listStoreTables(db)) {
    const keys = await sql<{
      table: string;
      from: string;
    }>`select "table", "from" from pragma_foreign_key_list(${name})`.execute(db);
    for (const k of keys.rows) if (k.table === target) referencing.push(`${name}.${k.from}`);
  }
  return referencing.sort();
}

/** Every row of every table but `skip`, as sorted JSON lines per table. */
export async function dumpTables(
  db: Kysely<Database>,
  skip: ReadonlySet<string> = new Set(),
): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const name of await listStoreTables(db)) {
    if (skip.has(name)) continue;
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    dump[name] = rows.rows.map((r) => JSON.stringify(r)).sort();
  }
  return dump;
}
