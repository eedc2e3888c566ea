/**
 * The SQL of reversible merges (issue 6, "One person across sources"). A merge moves every row
 * that names person B to person A, keeping A's row where both have one under a unique key, and
 * records each change in merge_moves (old person id, or the deleted row in full) so that undo
 * puts back exactly what was there. Callers run merge and undo inside one transaction.
 */
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import { reserveIdsFrom, syncIdSequence } from './ids.js';
import type { Database, IdentityKind, MergesTable } from './schema.js';

interface PersonColumn {
  table: string;
  column: string;
  /**
   * The other columns that, with account_id and this column, form a unique key: A keeps its row
   * when B has one with the same values. Empty: at most one row per person. Absent: no key.
   */
  unique?: readonly string[];
  /** Rows are found by these columns (after the merge); `id` unless the table has none. */
  key?: readonly string[];
}

/**
 * Every column that references people.id. A new table with a person column must be added here,
 * or merging would delete its rows with person B (ON DELETE CASCADE); merges-store.test.ts
 * checks this list against the schema's foreign keys.
 */
export const PERSON_COLUMNS: readonly PersonColumn[] = [
  { table: 'identities', column: 'person_id', unique: ['kind', 'value'] },
  { table: 'connections', column: 'person_id', unique: [] },
  { table: 'connection_changes', column: 'person_id' },
  { table: 'contacts', column: 'person_id', unique: ['book'] },
  {
    table: 'conversation_participants',
    column: 'person_id',
    unique: ['conversation_id'],
    key: ['conversation_id', 'person_id'],
  },
  { table: 'messages', column: 'sender_person_id' },
  { table: 'invitations', column: 'person_id', unique: ['direction', 'sent_at'] },
  { table: 'endorsements', column: 'person_id', unique: ['skill', 'endorsed_at'] },
  { table: 'recommendations', column: 'person_id', unique: ['direction', 'created_at'] },
  { table: 'recorded_mutuals', column: 'person_id', unique: [] },
  // One edge per pair and source, stored with a_person_id < b_person_id: moved by moveEdges.
  { table: 'imported_edges', column: 'a_person_id' },
  { table: 'imported_edges', column: 'b_person_id' },
  { table: 'outreach_moves', column: 'person_id' },
  { table: 'outreach_events', column: 'person_id' },
  { table: 'outreach_plan_items', column: 'person_id' },
];

const EDGE_TABLE = 'imported_edges';
const RESTORABLE_TABLES = new Set(['people', ...PERSON_COLUMNS.map((c) => c.table)]);
const IDENTIFIER = /^[a-z_]+$/;
// Bound parameters per `in (...)` list on undo: far below SQLite's and PostgreSQL's limits.
const ID_CHUNK = 500;

type Row = Record<string, unknown>;
type Db = Kysely<Database>;

export interface MergeResult {
  mergeId: number;
  moved: number;
  deleted: number;
}

/** Merges person `mergedId` into `keptId`; both must exist. Returns the merge id and counts. */
export async function mergePersonRows(
  db: Db,
  accountId: number,
  keptId: number,
  mergedId: number,
  reason: string,
  now: string,
  made: { source: MergeSource; evidence: string } = { source: 'user', evidence: '' },
): Promise<MergeResult> {
  const merge = await db
    .insertInto('merges')
    .values({
      account_id: accountId,
      kept_person_id: keptId,
      merged_person_id: mergedId,
      created_at: now,
      undone_at: null,
      reason,
      source: made.source,
      evidence: made.evidence,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ctx: MoveContext = { db, accountId, mergeId: merge.id, keptId, mergedId };
  let moved = 0;
  let deleted = 0;
  for (const target of PERSON_COLUMNS) {
    if (target.table === EDGE_TABLE) continue;
    const counts =
      target.unique === undefined ? await moveAll(ctx, target) : await moveEach(ctx, target);
    moved += counts.moved;
    deleted += counts.deleted;
  }
  const edges = await moveEdges(ctx);
  moved += edges.moved;
  deleted += edges.deleted;
  const items = await rewritePlanItems(ctx);
  moved += items.moved;
  deleted += items.deleted;

  const person = await selectRows(db, 'people', accountId, 'id', mergedId);
  for (const row of person) await recordDeleted(ctx, 'people', row);
  await db
    .deleteFrom('people')
    .where('account_id', '=', accountId)
    .where('id', '=', mergedId)
    .execute();
  return { mergeId: merge.id, moved, deleted };
}

interface MoveContext {
  db: Db;
  accountId: number;
  mergeId: number;
  keptId: number;
  mergedId: number;
}

function table(name: string): RawBuilder<unknown> {
  if (!RESTORABLE_TABLES.has(name)) throw new Error(`not a person table: ${name}`);
  return sql.table(name);
}

function column(name: string): RawBuilder<unknown> {
  if (!IDENTIFIER.test(name)) throw new Error(`not a column name: ${name}`);
  return sql.ref(name);
}

async function selectRows(
  db: Db,
  tableName: string,
  accountId: number,
  columnName: string,
  value: number,
): Promise<Row[]> {
  const result =
    await sql<Row>`select * from ${table(tableName)} where account_id = ${accountId} and ${column(columnName)} = ${value}`.execute(
      db,
    );
  return result.rows;
}

function whereKey(values: Row): RawBuilder<unknown> {
  return sql.join(
    Object.entries(values).map(([name, value]) => sql`${column(name)} = ${value}`),
    sql` and `,
  );
}

function pick(row: Row, names: readonly string[]): Row {
  return Object.fromEntries(names.map((n) => [n, row[n]]));
}

async function recordDeleted(ctx: MoveContext, tableName: string, row: Row): Promise<void> {
  await ctx.db
    .insertInto('merge_moves')
    .values({
      account_id: ctx.accountId,
      merge_id: ctx.mergeId,
      action: 'deleted',
      table_name: tableName,
      row_key: '',
      column_name: '',
      old_person_id: null,
      row_json: JSON.stringify(row),
    })
    .execute();
}

async function recordMoved(
  ctx: MoveContext,
  tableName: string,
  rowKey: Row,
  columnName: string,
  oldPersonId: number,
): Promise<void> {
  await ctx.db
    .insertInto('merge_moves')
    .values({
      account_id: ctx.accountId,
      merge_id: ctx.mergeId,
      action: 'moved',
      table_name: tableName,
      row_key: JSON.stringify(rowKey),
      column_name: columnName,
      old_person_id: oldPersonId,
      row_json: '',
    })
    .execute();
}

/** A column under no unique key (messages can be thousands): two statements for all rows. */
async function moveAll(
  ctx: MoveContext,
  target: PersonColumn,
): Promise<{ moved: number; deleted: number }> {
  const { db, accountId, mergeId, keptId, mergedId } = ctx;
  // `||` concatenates text and integers alike on SQLite and PostgreSQL.
  const recorded =
    await sql`insert into merge_moves (account_id, merge_id, action, table_name, row_key, column_name, old_person_id, row_json)
    select account_id, ${mergeId}, 'moved', ${target.table}, '{"id":' || id || '}', ${target.column}, ${column(target.column)}, ''
    from ${table(target.table)} where account_id = ${accountId} and ${column(target.column)} = ${mergedId}`.execute(
      db,
    );
  await sql`update ${table(target.table)} set ${column(target.column)} = ${keptId} where account_id = ${accountId} and ${column(target.column)} = ${mergedId}`.execute(
    db,
  );
  return { moved: Number(recorded.numAffectedRows ?? 0), deleted: 0 };
}

/** A column under a unique key: B's row moves unless A already has one with the same key. */
async function moveEach(
  ctx: MoveContext,
  target: PersonColumn,
): Promise<{ moved: number; deleted: number }> {
  const { db, accountId, keptId, mergedId } = ctx;
  const keyColumns = target.key ?? ['id'];
  let moved = 0;
  let deleted = 0;
  for (const row of await selectRows(db, target.table, accountId, target.column, mergedId)) {
    const before = pick(row, keyColumns);
    const clash =
      await sql<Row>`select 1 as hit from ${table(target.table)} where account_id = ${accountId} and ${column(target.column)} = ${keptId}${
        (target.unique ?? []).length > 0
          ? sql` and ${whereKey(pick(row, target.unique ?? []))}`
          : sql``
      } limit 1`.execute(db);
    if (clash.rows.length > 0) {
      await recordDeleted(ctx, target.table, row);
      await sql`delete from ${table(target.table)} where account_id = ${accountId} and ${whereKey(before)}`.execute(
        db,
      );
      deleted += 1;
      continue;
    }
    const after = { ...before };
    if (target.column in after) after[target.column] = keptId;
    await recordMoved(ctx, target.table, after, target.column, mergedId);
    await sql`update ${table(target.table)} set ${column(target.column)} = ${keptId} where account_id = ${accountId} and ${whereKey(before)}`.execute(
      db,
    );
    moved += 1;
  }
  return { moved, deleted };
}

/**
 * Edges keep a_person_id < b_person_id and one row per pair and source: an edge between A and
 * B disappears (a person is not their own contact), and one that A already has is a duplicate.
 */
async function moveEdges(ctx: MoveContext): Promise<{ moved: number; deleted: number }> {
  const { db, accountId, keptId, mergedId } = ctx;
  const rows = await db
    .selectFrom('imported_edges')
    .selectAll()
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('a_person_id', '=', mergedId), eb('b_person_id', '=', mergedId)]))
    .orderBy('id')
    .execute();
  let moved = 0;
  let deleted = 0;
  for (const row of rows) {
    const ends = [row.a_person_id, row.b_person_id].map((p) => (p === mergedId ? keptId : p));
    const a = Math.min(ends[0] as number, ends[1] as number);
    const b = Math.max(ends[0] as number, ends[1] as number);
    const clash =
      a === b
        ? undefined
        : await db
            .selectFrom('imported_edges')
            .select('id')
            .where('account_id', '=', accountId)
            .where('a_person_id', '=', a)
            .where('b_person_id', '=', b)
            .where('source', '=', row.source)
            .where('id', '!=', row.id)
            .executeTakeFirst();
    if (a === b || clash) {
      await recordDeleted(ctx, EDGE_TABLE, { ...row });
      await db.deleteFrom('imported_edges').where('id', '=', row.id).execute();
      deleted += 1;
      continue;
    }
    if (a !== row.a_person_id)
      await recordMoved(ctx, EDGE_TABLE, { id: row.id }, 'a_person_id', row.a_person_id);
    if (b !== row.b_person_id)
      await recordMoved(ctx, EDGE_TABLE, { id: row.id }, 'b_person_id', row.b_person_id);
    await db
      .updateTable('imported_edges')
      .set({ a_person_id: a, b_person_id: b })
      .where('id', '=', row.id)
      .execute();
    moved += 1;
  }
  return { moved, deleted };
}

/** Who made a merge: the user (merge, review) or identity fusion (`auto`). */
export type MergeSource = 'user' | 'auto';

/**
 * A stored plan item names its person in its key (`reconnect:12:2026-11-02`) and in its payload
 * as well as in person_id: both follow the kept person, so nothing points at a merged-away id.
 * The old row is kept whole (`rewritten`) for undo; an item the kept person already has on that
 * day is a duplicate and is set aside.
 */
async function rewritePlanItems(ctx: MoveContext): Promise<{ moved: number; deleted: number }> {
  const { db, accountId, keptId, mergedId } = ctx;
  const rows = await db
    .selectFrom('outreach_plan_items')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('person_id', '=', keptId)
    .orderBy('id')
    .execute();
  let moved = 0;
  let deleted = 0;
  const rekey = (key: string) => {
    const parts = key.split(':');
    if (parts[1] !== String(mergedId)) return key;
    parts[1] = String(keptId);
    return parts.join(':');
  };
  for (const row of rows) {
    const key = rekey(row.item_key);
    if (key === row.item_key) continue;
    const clash = await db
      .selectFrom('outreach_plan_items')
      .select('id')
      .where('account_id', '=', accountId)
      .where('plan_day', '=', row.plan_day)
      .where('item_key', '=', key)
      .executeTakeFirst();
    if (clash) {
      await recordDeleted(ctx, 'outreach_plan_items', { ...row });
      await db.deleteFrom('outreach_plan_items').where('id', '=', row.id).execute();
      deleted += 1;
      continue;
    }
    let payload = row.payload;
    try {
      const parsed = JSON.parse(row.payload) as { item?: { key?: string; personId?: string } };
      if (parsed.item) {
        if (parsed.item.key !== undefined) parsed.item.key = rekey(parsed.item.key);
        if (parsed.item.personId === String(mergedId)) parsed.item.personId = String(keptId);
      }
      payload = JSON.stringify(parsed);
    } catch {
      // A payload that is not JSON names no one.
    }
    await ctx.db
      .insertInto('merge_moves')
      .values({
        account_id: accountId,
        merge_id: ctx.mergeId,
        action: 'rewritten',
        table_name: 'outreach_plan_items',
        row_key: JSON.stringify({ id: row.id }),
        column_name: '',
        old_person_id: null,
        row_json: JSON.stringify(row),
      })
      .execute();
    await db
      .updateTable('outreach_plan_items')
      .set({ item_key: key, payload })
      .where('id', '=', row.id)
      .execute();
    moved += 1;
  }
  return { moved, deleted };
}

export interface MergeRow {
  id: number;
  keptPersonId: number;
  mergedPersonId: number;
  createdAt: string;
  undoneAt: string | null;
  reason: string;
  source: MergeSource;
  /** JSON of an automatic merge's posterior and reasons; empty for a manual one. */
  evidence: string;
}

function toMergeRow(r: Selectable<MergesTable>): MergeRow {
  return {
    id: r.id,
    keptPersonId: r.kept_person_id,
    mergedPersonId: r.merged_person_id,
    createdAt: r.created_at,
    undoneAt: r.undone_at,
    reason: r.reason,
    source: r.source === 'auto' ? 'auto' : 'user',
    evidence: r.evidence,
  };
}

/** Merges of the account, newest first; standing ones only unless `withUndone`. */
export async function listMerges(
  db: Db,
  accountId: number,
  filter: { source?: MergeSource; withUndone?: boolean } = {},
): Promise<MergeRow[]> {
  let query = db.selectFrom('merges').selectAll().where('account_id', '=', accountId);
  if (filter.source) query = query.where('source', '=', filter.source);
  if (!filter.withUndone) query = query.where('undone_at', 'is', null);
  const rows = await query.orderBy('id', 'desc').execute();
  return rows.map(toMergeRow);
}

export interface IdentitySettings {
  autoMerge: boolean;
  /** Undefined: the default threshold. */
  threshold: number | undefined;
}

export async function readIdentitySettings(db: Db, accountId: number): Promise<IdentitySettings> {
  const row = await db
    .selectFrom('identity_settings')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return {
    autoMerge: row ? row.auto_merge === 1 : true,
    threshold: row?.auto_merge_threshold ?? undefined,
  };
}

export async function writeIdentitySettings(
  db: Db,
  accountId: number,
  settings: IdentitySettings,
  now: string,
): Promise<void> {
  const values = {
    auto_merge: settings.autoMerge ? 1 : 0,
    auto_merge_threshold: settings.threshold ?? null,
    updated_at: now,
  };
  await db
    .insertInto('identity_settings')
    .values({ account_id: accountId, ...values })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
    .execute();
}

/** Connected people with the day they connected, and people who wrote or received a message. */
export async function loadConnectionAndMessagedIds(
  db: Db,
  accountId: number,
): Promise<{ connections: Map<number, string>; messaged: Set<number> }> {
  const [connections, senders, participants] = await Promise.all([
    db
      .selectFrom('connections')
      .select(['person_id', 'connected_on'])
      .where('account_id', '=', accountId)
      .orderBy('person_id')
      .orderBy('connected_on')
      .execute(),
    db
      .selectFrom('messages')
      .select('sender_person_id')
      .distinct()
      .where('account_id', '=', accountId)
      .execute(),
    db
      .selectFrom('conversation_participants')
      .select('person_id')
      .distinct()
      .where('account_id', '=', accountId)
      .execute(),
  ]);
  const messaged = new Set<number>();
  for (const s of senders) if (s.sender_person_id !== null) messaged.add(s.sender_person_id);
  for (const p of participants) messaged.add(p.person_id);
  const byPerson = new Map<number, string>();
  // The earliest day a person was connected: a re-connection keeps the first.
  for (const c of connections) {
    if (!byPerson.has(c.person_id)) byPerson.set(c.person_id, c.connected_on ?? '');
  }
  return { connections: byPerson, messaged };
}

export async function getMerge(
  db: Db,
  accountId: number,
  mergeId: number,
): Promise<MergeRow | undefined> {
  const r = await db
    .selectFrom('merges')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', mergeId)
    .executeTakeFirst();
  return r ? toMergeRow(r) : undefined;
}

/** The newest standing merge that kept this person, if any. */
export async function findLatestMergeInto(
  db: Db,
  accountId: number,
  personId: number,
): Promise<MergeRow | undefined> {
  const r = await db
    .selectFrom('merges')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('kept_person_id', '=', personId)
    .where('undone_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return r ? toMergeRow(r) : undefined;
}

/** Standing merges made after `mergeId` that involve either person: they must be undone first. */
export async function listLaterMerges(
  db: Db,
  accountId: number,
  merge: MergeRow,
): Promise<MergeRow[]> {
  const people = [merge.keptPersonId, merge.mergedPersonId];
  const rows = await db
    .selectFrom('merges')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '>', merge.id)
    .where('undone_at', 'is', null)
    .where((eb) =>
      eb.or([eb('kept_person_id', 'in', people), eb('merged_person_id', 'in', people)]),
    )
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toMergeRow);
}

export async function countStandingMerges(db: Db, accountId: number): Promise<number> {
  const r = await db
    .selectFrom('merges')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function isPersonIdTaken(db: Db, personId: number): Promise<boolean> {
  const r = await db
    .selectFrom('people')
    .select('id')
    .where('id', '=', personId)
    .executeTakeFirst();
  return r !== undefined;
}

/** Puts back every row the merge changed or deleted, newest change first, and marks it undone. */
export async function undoMergeRows(
  db: Db,
  accountId: number,
  mergeId: number,
  now: string,
): Promise<{ restored: number }> {
  const moves = await db
    .selectFrom('merge_moves')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('merge_id', '=', mergeId)
    .orderBy('id', 'desc')
    .execute();
  // Deleted rows go back one by one, the person first (recorded last). A row whose columns
  // moved together (an edge reordered) gets them back in one statement, so no half-restored
  // pair meets the unique key; single-column moves by id are batched per table and old person.
  const byRow = new Map<string, { tableName: string; key: Row; sets: Row }>();
  for (const move of moves) {
    if (move.action === 'deleted') {
      await insertRow(db, move.table_name, JSON.parse(move.row_json) as Row);
      continue;
    }
    if (move.action === 'rewritten') {
      // The row as it was, whole; its person column goes back with the batched moves below.
      const old = JSON.parse(move.row_json) as Row;
      await sql`delete from ${table(move.table_name)} where account_id = ${accountId} and id = ${old.id}`.execute(
        db,
      );
      await insertRow(db, move.table_name, old);
      continue;
    }
    const rowId = `${move.table_name}\u0000${move.row_key}`;
    const entry = byRow.get(rowId) ?? {
      tableName: move.table_name,
      key: JSON.parse(move.row_key) as Row,
      sets: {},
    };
    entry.sets[move.column_name] = move.old_person_id;
    byRow.set(rowId, entry);
  }
  const batches = new Map<
    string,
    { tableName: string; columnName: string; old: unknown; ids: unknown[] }
  >();
  for (const { tableName, key, sets } of byRow.values()) {
    const columns = Object.keys(sets);
    const keyNames = Object.keys(key);
    const columnName = columns[0];
    if (
      columns.length === 1 &&
      columnName !== undefined &&
      keyNames.length === 1 &&
      keyNames[0] === 'id'
    ) {
      const old = sets[columnName];
      const group = `${tableName}\u0000${columnName}\u0000${String(old)}`;
      const batch = batches.get(group) ?? { tableName, columnName, old, ids: [] };
      batch.ids.push(key.id);
      batches.set(group, batch);
      continue;
    }
    const assignments = sql.join(
      columns.map((c) => sql`${column(c)} = ${sets[c]}`),
      sql`, `,
    );
    await sql`update ${table(tableName)} set ${assignments} where account_id = ${accountId} and ${whereKey(key)}`.execute(
      db,
    );
  }
  for (const batch of batches.values()) {
    for (let start = 0; start < batch.ids.length; start += ID_CHUNK) {
      const ids = batch.ids.slice(start, start + ID_CHUNK);
      await sql`update ${table(batch.tableName)} set ${column(batch.columnName)} = ${batch.old} where account_id = ${accountId} and id in (${sql.join(ids)})`.execute(
        db,
      );
    }
  }
  await db
    .updateTable('merges')
    .set({ undone_at: now })
    .where('account_id', '=', accountId)
    .where('id', '=', mergeId)
    .execute();
  return { restored: moves.length };
}

async function insertRow(db: Db, tableName: string, row: Row): Promise<void> {
  const names = Object.keys(row);
  await sql`insert into ${table(tableName)} (${sql.join(names.map(column))}) values (${sql.join(
    names.map((n) => row[n]),
  )})`.execute(db);
}

export async function dismissPair(
  db: Db,
  accountId: number,
  a: number,
  b: number,
  now: string,
): Promise<void> {
  await db
    .insertInto('dismissed_candidates')
    .values({
      account_id: accountId,
      a_person_id: Math.min(a, b),
      b_person_id: Math.max(a, b),
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['account_id', 'a_person_id', 'b_person_id']).doNothing())
    .execute();
}

/** Dismissed pairs as `a:b` with a < b. */
export async function loadDismissedPairs(db: Db, accountId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('dismissed_candidates')
    .select(['a_person_id', 'b_person_id'])
    .where('account_id', '=', accountId)
    .execute();
  return new Set(rows.map((r) => `${r.a_person_id}:${r.b_person_id}`));
}

export interface PersonEvidence {
  id: number;
  displayName: string;
  matchName: string;
  firstName: string;
  lastName: string;
  company: string;
  identities: { kind: IdentityKind; value: string; source: string }[];
  conversationIds: number[];
}

/** What the review queue compares, for every person of the account. */
export async function loadPersonEvidence(db: Db, accountId: number): Promise<PersonEvidence[]> {
  const [people, identities, participants] = await Promise.all([
    db
      .selectFrom('people')
      .select(['id', 'display_name', 'match_name', 'first_name', 'last_name', 'company'])
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('identities')
      .select(['person_id', 'kind', 'value', 'source'])
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('conversation_participants')
      .select(['person_id', 'conversation_id'])
      .where('account_id', '=', accountId)
      .orderBy('person_id')
      .orderBy('conversation_id')
      .execute(),
  ]);
  const byId = new Map<number, PersonEvidence>();
  for (const p of people) {
    byId.set(p.id, {
      id: p.id,
      displayName: p.display_name,
      matchName: p.match_name,
      firstName: p.first_name,
      lastName: p.last_name,
      company: p.company,
      identities: [],
      conversationIds: [],
    });
  }
  for (const i of identities) {
    byId.get(i.person_id)?.identities.push({ kind: i.kind, value: i.value, source: i.source });
  }
  for (const c of participants) byId.get(c.person_id)?.conversationIds.push(c.conversation_id);
  return [...byId.values()];
}

/**
 * Moves one identity key of a person into a new person named after it (a split that no merge
 * made). Returns the new person's id, or undefined when the person has no such key. The rest of
 * the person's rows stay: which of them came with that key is not recorded.
 */
export async function splitIdentityOut(
  db: Db,
  accountId: number,
  personId: number,
  kind: IdentityKind,
  value: string,
  now: string,
): Promise<number | undefined> {
  const identity = await db
    .selectFrom('identities')
    .select(['id', 'raw'])
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .where('value', '=', value)
    .executeTakeFirst();
  const person = await db
    .selectFrom('people')
    .select('created_run_id')
    .where('account_id', '=', accountId)
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!identity || !person) return undefined;
  const newId = await reserveIdsFrom(db, 'people');
  const shown = identity.raw.trim() || value;
  const space = kind === 'name' ? shown.indexOf(' ') : -1;
  await db
    .insertInto('people')
    .values({
      id: newId,
      account_id: accountId,
      display_name: shown,
      first_name: space > 0 ? shown.slice(0, space) : kind === 'name' ? shown : '',
      last_name: space > 0 ? shown.slice(space + 1) : '',
      match_name: kind === 'name' ? value : '',
      credentials: '',
      company: '',
      title: '',
      // The run that brought the key in made the original person.
      created_run_id: person.created_run_id,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await syncIdSequence(db, 'people');
  await db
    .updateTable('identities')
    .set({ person_id: newId })
    .where('id', '=', identity.id)
    .execute();
  return newId;
}

export async function countIdentities(
  db: Db,
  accountId: number,
  personId: number,
): Promise<number> {
  const r = await db
    .selectFrom('identities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
