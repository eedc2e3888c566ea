/**
 * The evidence for ties among the user's own contacts (issue 5, item 2), read in a few flat
 * queries: LinkedIn's export has no edges between connections (docs/science.md section 6), so the
 * ego network is recovered from shared conversations, shared employers, edges the user imports
 * and the mutual-connection counts the user records. The graph itself is built in services.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface NetworkPerson {
  id: number;
  displayName: string;
  /** The current company: the person's, else the connection row's (the export gives no history). */
  company: string;
  title: string;
  isConnection: boolean;
}

/** Everybody the account knows, by id. */
export async function loadNetworkPeople(
  db: Kysely<Database>,
  accountId: number,
): Promise<NetworkPerson[]> {
  const rows = await db
    .selectFrom('people as p')
    .leftJoin('connections as c', (j) =>
      j.onRef('c.person_id', '=', 'p.id').on('c.account_id', '=', accountId),
    )
    .select([
      'p.id',
      'p.display_name',
      'p.company',
      'p.title',
      'c.company as c_company',
      'c.id as c_id',
    ])
    .where('p.account_id', '=', accountId)
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    company: r.company !== '' ? r.company : (r.c_company ?? ''),
    title: r.title,
    isConnection: r.c_id !== null,
  }));
}

export interface GroupConversation {
  id: number;
  channel: string;
  title: string;
  /** Participants other than the owner. */
  participants: number;
}

/** Conversations with two or more participants besides the owner: the only ones that tie contacts. */
export async function loadGroupConversations(
  db: Kysely<Database>,
  accountId: number,
): Promise<GroupConversation[]> {
  const rows = await db
    .selectFrom('conversations as c')
    .innerJoin('conversation_participants as cp', 'cp.conversation_id', 'c.id')
    .select((eb) => ['c.id', 'c.channel', 'c.title', eb.fn.countAll<number>().as('n')])
    .where('c.account_id', '=', accountId)
    .groupBy(['c.id', 'c.channel', 'c.title'])
    .having((eb) => eb.fn.countAll(), '>=', 2)
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    title: r.title,
    participants: Number(r.n),
  }));
}

/**
 * Participants of the given conversations, ordered by conversation then person. Callers pass
 * only the conversations small enough to count (a mailing list ties nobody).
 */
export async function loadConversationMembers(
  db: Kysely<Database>,
  accountId: number,
  conversationIds: readonly number[],
): Promise<{ conversationId: number; personId: number }[]> {
  const result: { conversationId: number; personId: number }[] = [];
  // Bound parameters per statement stay far below SQLite's 32,766.
  const chunk = 10_000;
  for (let start = 0; start < conversationIds.length; start += chunk) {
    const ids = conversationIds.slice(start, start + chunk);
    const rows = await db
      .selectFrom('conversation_participants')
      .select(['conversation_id', 'person_id'])
      .where('account_id', '=', accountId)
      .where('conversation_id', 'in', ids)
      .orderBy('conversation_id')
      .orderBy('person_id')
      .execute();
    for (const r of rows) result.push({ conversationId: r.conversation_id, personId: r.person_id });
  }
  return result;
}

export interface ImportedEdge {
  a: number;
  b: number;
  weight: number;
  source: string;
  sourceFile: string;
  sourceLine: number;
}

export async function loadImportedEdges(
  db: Kysely<Database>,
  accountId: number,
): Promise<ImportedEdge[]> {
  const rows = await db
    .selectFrom('imported_edges')
    .select(['a_person_id', 'b_person_id', 'weight', 'source', 'source_file', 'source_line'])
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    a: r.a_person_id,
    b: r.b_person_id,
    weight: r.weight,
    source: r.source,
    sourceFile: r.source_file,
    sourceLine: r.source_line,
  }));
}

/**
 * Inserts edges (a < b), leaving out any already stored for the same pair and source, so a
 * re-import is a no-op. Returns how many were new.
 */
export async function insertImportedEdges(
  db: Kysely<Database>,
  rows: readonly {
    accountId: number;
    a: number;
    b: number;
    weight: number;
    source: string;
    runId: number;
    sourceFile: string;
    sourceLine: number;
  }[],
): Promise<number> {
  let inserted = 0;
  // Nine columns a row: 3,000 rows stay under SQLite's 32,766 bound parameters.
  const chunk = 3_000;
  for (let start = 0; start < rows.length; start += chunk) {
    const values = rows.slice(start, start + chunk).map((r) => ({
      account_id: r.accountId,
      a_person_id: r.a,
      b_person_id: r.b,
      weight: r.weight,
      source: r.source,
      run_id: r.runId,
      source_file: r.sourceFile,
      source_line: r.sourceLine,
    }));
    const result = await db
      .insertInto('imported_edges')
      .values(values)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

export interface RecordedMutual {
  personId: number;
  count: number;
  /** `recorded` by the user, or `imported`. */
  source: string;
}

export async function loadRecordedMutuals(
  db: Kysely<Database>,
  accountId: number,
): Promise<RecordedMutual[]> {
  const rows = await db
    .selectFrom('recorded_mutuals')
    .select(['person_id', 'mutual_count', 'source'])
    .where('account_id', '=', accountId)
    .orderBy('person_id')
    .execute();
  return rows.map((r) => ({ personId: r.person_id, count: r.mutual_count, source: r.source }));
}

/** Identity keys of the kinds an edge file names people by, for resolving it in memory. */
export async function loadEdgeIdentityKeys(
  db: Kysely<Database>,
  accountId: number,
): Promise<{ personId: number; kind: 'profile-url' | 'email'; value: string }[]> {
  const rows = await db
    .selectFrom('identities')
    .select(['person_id', 'kind', 'value'])
    .where('account_id', '=', accountId)
    .where('kind', 'in', ['profile-url', 'email'])
    .orderBy('person_id')
    .orderBy('id')
    .execute();
  return rows.flatMap((r) =>
    r.kind === 'profile-url' || r.kind === 'email'
      ? [{ personId: r.person_id, kind: r.kind, value: r.value }]
      : [],
  );
}
