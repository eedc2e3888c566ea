/**
 * Everything of one account, found through the database's own catalogue (issue 9, "Data
 * ownership": export all of a member's data, erase it everywhere). Tables are not listed by
 * hand: a table added later is exported and erased as soon as it has an `account_id` column or
 * a foreign key to `accounts`, so it cannot be forgotten. A row belongs to an account when
 * - it is the account's own row in `accounts`;
 * - any of its account columns (`account_id`, or a foreign key to accounts.id) is the account;
 * - or, for a table with no account column, its foreign key points at a row that belongs to the
 *   account by the rule above (a user's sessions, through users.account_id).
 *
 * Dialect differences, all here: the catalogue is `sqlite_master` and the `pragma_table_info`
 * and `pragma_foreign_key_list` table functions on SQLite, `information_schema` on PostgreSQL;
 * and erasing on SQLite also overwrites the freed space and empties the write-ahead log
 * (`secure_delete`, `wal_checkpoint(TRUNCATE)`), so erased rows cannot be read back from the
 * file. PostgreSQL keeps dead rows until VACUUM, which is the server operator's schedule.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './dialect.js';
import { ensureLocalAccount, LOCAL_ACCOUNT_ID } from './open-store.js';
import { USER_DATA_TABLES, type Database } from './schema.js';

type Db = Kysely<Database>;

export interface ForeignKey {
  column: string;
  table: string;
  refColumn: string;
}

export interface CatalogueTable {
  name: string;
  /** In the table's column order. */
  columns: string[];
  /** In key order; empty when the table has none. */
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

export type Ownership =
  | { kind: 'account-row' }
  | { kind: 'columns'; columns: string[] }
  | { kind: 'via'; column: string; parent: string; parentKey: string; parentColumns: string[] };

export interface AccountTable {
  name: string;
  /** The columns an export shows: every column but the secrets (SECRET_COLUMNS). */
  columns: string[];
  /** The columns pages are read in order of. */
  pageKey: string[];
  ownership: Ownership;
}

/**
 * Columns never exported: credentials, even hashed. A password digest can be attacked offline
 * and a session or invitation hash identifies a live token (OWASP Password Storage and Session
 * Management cheat sheets); an export is a file that travels.
 */
export const SECRET_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  users: ['password_hash'],
  sessions: ['id_hash'],
  user_invitations: ['token_hash'],
  password_resets: ['token_hash'],
  known_devices: ['token_hash'],
};

/** Reads every table of the database from its catalogue, by name. */
export async function readCatalogue(db: Db): Promise<CatalogueTable[]> {
  return isPostgres(db) ? readPostgresCatalogue(db) : readSqliteCatalogue(db);
}

async function readSqliteCatalogue(db: Db): Promise<CatalogueTable[]> {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master
    where type = 'table' and name not like 'sqlite\\_%' escape '\\'
    order by name`.execute(db);
  const result: CatalogueTable[] = [];
  for (const { name } of tables.rows) {
    const columns = await sql<{ name: string; pk: number }>`
      select name, pk from pragma_table_info(${name}) order by cid`.execute(db);
    const keys = await sql<{ table: string; from: string; to: string | null }>`
      select "table", "from", "to" from pragma_foreign_key_list(${name})`.execute(db);
    result.push({
      name,
      columns: columns.rows.map((c) => c.name),
      primaryKey: columns.rows
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      foreignKeys: keys.rows.map((k) => ({
        column: k.from,
        table: k.table,
        // A key written `references accounts` with no column points at the primary key.
        refColumn: k.to ?? 'id',
      })),
    });
  }
  return result;
}

async function readPostgresCatalogue(db: Db): Promise<CatalogueTable[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db);
  const primaryKeys = await sql<{ table_name: string; column_name: string }>`
    select k.table_name, k.column_name
    from information_schema.table_constraints tc
    join information_schema.key_column_usage k
      on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = current_schema() and tc.constraint_type = 'PRIMARY KEY'
    order by k.table_name, k.ordinal_position`.execute(db);
  const foreignKeys = await sql<{
    table_name: string;
    column_name: string;
    ref_table: string;
    ref_column: string;
  }>`
    select k.table_name, k.column_name, u.table_name as ref_table, u.column_name as ref_column
    from information_schema.table_constraints tc
    join information_schema.key_column_usage k
      on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    join information_schema.constraint_column_usage u
      on u.constraint_schema = tc.constraint_schema and u.constraint_name = tc.constraint_name
    where tc.table_schema = current_schema() and tc.constraint_type = 'FOREIGN KEY'
    order by k.table_name, k.column_name`.execute(db);
  const byName = new Map<string, CatalogueTable>();
  for (const c of columns.rows) {
    let table = byName.get(c.table_name);
    if (!table) {
      table = { name: c.table_name, columns: [], primaryKey: [], foreignKeys: [] };
      byName.set(c.table_name, table);
    }
    table.columns.push(c.column_name);
  }
  for (const k of primaryKeys.rows) byName.get(k.table_name)?.primaryKey.push(k.column_name);
  for (const k of foreignKeys.rows) {
    byName.get(k.table_name)?.foreignKeys.push({
      column: k.column_name,
      table: k.ref_table,
      refColumn: k.ref_column,
    });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function accountColumnsOf(table: CatalogueTable): string[] {
  const columns = new Set<string>();
  if (table.columns.includes('account_id')) columns.add('account_id');
  for (const k of table.foreignKeys) {
    if (k.table === 'accounts' && k.refColumn === 'id') columns.add(k.column);
  }
  return table.columns.filter((c) => columns.has(c));
}

function tableOrder(name: string): [number, string] {
  if (name === 'accounts') return [0, ''];
  const i = (USER_DATA_TABLES as readonly string[]).indexOf(name);
  return i >= 0 ? [1, String(i).padStart(4, '0')] : [2, name];
}

/**
 * The tables that hold an account's rows and how each row is found, in export order: the
 * account's own row, the user-data tables in schema order, then the rest by name.
 */
export function planAccountTables(catalogue: readonly CatalogueTable[]): AccountTable[] {
  const direct = new Map<string, string[]>();
  for (const t of catalogue) {
    const columns = accountColumnsOf(t);
    if (t.name !== 'accounts' && columns.length > 0) direct.set(t.name, columns);
  }
  const byName = new Map(catalogue.map((t) => [t.name, t]));
  const plan: AccountTable[] = [];
  for (const t of catalogue) {
    let ownership: Ownership | undefined;
    if (t.name === 'accounts') ownership = { kind: 'account-row' };
    else {
      const columns = direct.get(t.name);
      if (columns) ownership = { kind: 'columns', columns };
      else {
        for (const k of t.foreignKeys) {
          const parent = byName.get(k.table);
          const parentColumns = direct.get(k.table);
          const isParentKey =
            parent?.primaryKey.length === 1 && parent.primaryKey[0] === k.refColumn;
          if (parentColumns && isParentKey) {
            ownership = {
              kind: 'via',
              column: k.column,
              parent: k.table,
              parentKey: k.refColumn,
              parentColumns,
            };
            break;
          }
        }
      }
    }
    if (!ownership) continue;
    const secrets = SECRET_COLUMNS[t.name] ?? [];
    plan.push({
      name: t.name,
      columns: t.columns.filter((c) => !secrets.includes(c)),
      // Without a primary key, every column orders the pages (none of ours lacks one).
      pageKey: t.primaryKey.length > 0 ? t.primaryKey : t.columns,
      ownership,
    });
  }
  return plan.sort((a, b) => {
    const [ga, ka] = tableOrder(a.name);
    const [gb, kb] = tableOrder(b.name);
    return ga - gb || (ka < kb ? -1 : ka > kb ? 1 : 0);
  });
}

/**
 * The order to erase tables in: a table before every table it refers to, so no foreign key
 * ever blocks a delete whatever its ON DELETE rule (Kahn's topological sort; the account's own
 * row last).
 */
export function deletionOrder(
  plan: readonly AccountTable[],
  catalogue: readonly CatalogueTable[],
): AccountTable[] {
  const names = new Set(plan.map((t) => t.name));
  const refersTo = new Map<string, Set<string>>();
  const referredBy = new Map<string, number>();
  for (const t of plan) {
    const parents = new Set(
      (catalogue.find((c) => c.name === t.name)?.foreignKeys ?? [])
        .map((k) => k.table)
        .filter((p) => p !== t.name && names.has(p)),
    );
    refersTo.set(t.name, parents);
    for (const p of parents) referredBy.set(p, (referredBy.get(p) ?? 0) + 1);
  }
  const ready = plan.filter((t) => (referredBy.get(t.name) ?? 0) === 0);
  const ordered: AccountTable[] = [];
  const done = new Set<string>();
  while (ready.length > 0) {
    const t = ready.shift();
    if (!t || done.has(t.name)) continue;
    done.add(t.name);
    ordered.push(t);
    for (const p of refersTo.get(t.name) ?? []) {
      const left = (referredBy.get(p) ?? 0) - 1;
      referredBy.set(p, left);
      const parent = plan.find((x) => x.name === p);
      if (left === 0 && parent) ready.push(parent);
    }
  }
  // A cycle of foreign keys (none in our schema) is erased in plan order, after the rest.
  for (const t of plan) if (!done.has(t.name)) ordered.push(t);
  return ordered;
}

function ownerCondition(ownership: Ownership, accountId: number): RawBuilder<unknown> {
  switch (ownership.kind) {
    case 'account-row':
      return sql`${sql.ref('id')} = ${accountId}`;
    case 'columns':
      return sql`(${sql.join(
        ownership.columns.map((c) => sql`${sql.ref(c)} = ${accountId}`),
        sql` or `,
      )})`;
    case 'via':
      return sql`${sql.ref(ownership.column)} in (select ${sql.ref(ownership.parentKey)} from ${sql.table(
        ownership.parent,
      )} where ${ownerCondition({ kind: 'columns', columns: ownership.parentColumns }, accountId)})`;
  }
}

export type ExportRow = Record<string, unknown>;

/**
 * The account's rows of one table, a page at a time in key order (keyset pagination: each page
 * starts after the last key of the one before, so a 200,000-row table costs the same per page
 * as a small one and only one page is held at a time). Rows have the table's export columns.
 */
export async function* readAccountRows(
  db: Db,
  table: AccountTable,
  accountId: number,
  pageSize: number,
): AsyncGenerator<ExportRow[]> {
  const selected = [...new Set([...table.columns, ...table.pageKey])];
  const keyRefs = table.pageKey.map((c) => sql.ref(c));
  let after: unknown[] | undefined;
  for (;;) {
    const afterCondition: RawBuilder<unknown> = after
      ? sql` and (${sql.join(keyRefs)}) > (${sql.join(after)})`
      : sql``;
    const result = await sql<ExportRow>`
      select ${sql.join(selected.map((c) => sql.ref(c)))}
      from ${sql.table(table.name)}
      where ${ownerCondition(table.ownership, accountId)}${afterCondition}
      order by ${sql.join(keyRefs)}
      limit ${pageSize}`.execute(db);
    const rows = result.rows;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1];
    after = table.pageKey.map((c) => last?.[c]);
    yield rows.map((r) => {
      const out: ExportRow = {};
      for (const c of table.columns) out[c] = r[c] ?? null;
      return out;
    });
    if (rows.length < pageSize) return;
  }
}

/** How many rows of the account each table holds. */
export async function countAccountRows(
  db: Db,
  plan: readonly AccountTable[],
  accountId: number,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const t of plan) {
    const result = await sql<{ n: number | string }>`
      select count(*) as n from ${sql.table(t.name)}
      where ${ownerCondition(t.ownership, accountId)}`.execute(db);
    counts.set(t.name, Number(result.rows[0]?.n ?? 0));
  }
  return counts;
}

/**
 * Erases every row of the account in every table, then the account itself, in one
 * transaction; the local account (the one every store has, open-store.ts) is recreated empty so
 * the app keeps working. On SQLite the freed space is overwritten and the write-ahead log
 * emptied afterwards (see the header). Returns the rows erased per table.
 */
export async function eraseAccount(
  db: Db,
  accountId: number,
  /** More erasure to commit with it, in the same transaction (the user's sign-in records). */
  alsoErase?: (trx: Db) => Promise<void>,
): Promise<Map<string, number>> {
  const isSqlite = !isPostgres(db);
  let secureDelete: number | undefined;
  if (isSqlite) {
    const before = await sql<{ secure_delete: number }>`pragma secure_delete`.execute(db);
    secureDelete = Number(before.rows[0]?.secure_delete ?? 0);
    await sql`pragma secure_delete = 1`.execute(db);
  }
  try {
    const erased = await db.transaction().execute(async (trx) => {
      const catalogue = await readCatalogue(trx);
      const counts = new Map<string, number>();
      for (const t of deletionOrder(planAccountTables(catalogue), catalogue)) {
        const result = await sql`
          delete from ${sql.table(t.name)}
          where ${ownerCondition(t.ownership, accountId)}`.execute(trx);
        counts.set(t.name, Number(result.numAffectedRows ?? 0));
      }
      if (alsoErase) await alsoErase(trx);
      if (accountId === LOCAL_ACCOUNT_ID) await ensureLocalAccount(trx);
      return counts;
    });
    if (isSqlite) await sql`pragma wal_checkpoint(truncate)`.execute(db);
    return erased;
  } finally {
    if (isSqlite) await restoreSecureDelete(db, secureDelete ?? 0);
  }
}

/** Puts the connection's secure_delete back as it was: 0 off, 1 on, 2 fast (SQLite's values). */
async function restoreSecureDelete(db: Db, value: number): Promise<void> {
  if (value === 0) await sql`pragma secure_delete = 0`.execute(db);
  else if (value === 2) await sql`pragma secure_delete = fast`.execute(db);
}
