import { sql, type Kysely } from 'kysely';
import type { Database, IdentityKind } from './schema.js';

export interface IdentityKey {
  personId: number;
  kind: IdentityKind;
  value: string;
}

/** Every identity key of an account, for resolving an import's people in memory. */
export async function loadIdentityKeys(
  db: Kysely<Database>,
  accountId: number,
): Promise<IdentityKey[]> {
  const rows = await db
    .selectFrom('identities')
    .select(['person_id', 'kind', 'value'])
    .where('account_id', '=', accountId)
    .execute();
  return rows.map((r) => ({ personId: r.person_id, kind: r.kind, value: r.value }));
}

export interface PersonNameRow {
  id: number;
  matchName: string;
  company: string;
  title: string;
  displayName: string;
}

export async function loadPeopleNames(
  db: Kysely<Database>,
  accountId: number,
): Promise<PersonNameRow[]> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'match_name', 'company', 'title', 'display_name'])
    .where('account_id', '=', accountId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    matchName: r.match_name,
    company: r.company,
    title: r.title,
    displayName: r.display_name,
  }));
}

export async function updatePersonJob(
  db: Kysely<Database>,
  accountId: number,
  personId: number,
  job: { company: string; title: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('people')
    .set({ company: job.company, title: job.title, updated_at: now })
    .where('account_id', '=', accountId)
    .where('id', '=', personId)
    .execute();
}

export interface PeopleQuery {
  search?: string;
  company?: string;
  /** Only LinkedIn connections (true), only people who are not (false), or everyone. */
  isConnection?: boolean;
  limit: number;
  offset: number;
}

export interface PersonListRow {
  id: number;
  displayName: string;
  company: string;
  title: string;
  connectedOn: string | null;
  profileUrl: string | null;
  messages: number;
}

// LIKE wildcards typed by the user are matched literally.
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listPeople(
  db: Kysely<Database>,
  accountId: number,
  query: PeopleQuery,
): Promise<{ total: number; rows: PersonListRow[] }> {
  let base = db
    .selectFrom('people as p')
    .leftJoin('connections as c', (j) =>
      j.onRef('c.person_id', '=', 'p.id').on('c.account_id', '=', accountId),
    )
    .where('p.account_id', '=', accountId);
  if (query.search) {
    const pattern = likePattern(query.search);
    base = base.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['p.display_name']), 'like', sql<string>`${pattern} escape '\\'`),
        eb(eb.fn('lower', ['p.company']), 'like', sql<string>`${pattern} escape '\\'`),
        eb(eb.fn('lower', ['p.title']), 'like', sql<string>`${pattern} escape '\\'`),
      ]),
    );
  }
  if (query.company) {
    base = base.where((eb) =>
      eb(
        eb.fn('lower', ['p.company']),
        'like',
        sql<string>`${likePattern(query.company ?? '')} escape '\\'`,
      ),
    );
  }
  if (query.isConnection === true) base = base.where('c.id', 'is not', null);
  if (query.isConnection === false) base = base.where('c.id', 'is', null);

  const totalRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .select((eb) => [
      'p.id',
      'p.display_name',
      'p.company',
      'p.title',
      'c.connected_on',
      eb
        .selectFrom('identities as i')
        .select((e) => e.fn.min('i.value').as('v'))
        .whereRef('i.person_id', '=', 'p.id')
        .where('i.kind', '=', 'profile-url')
        .as('profile_url'),
      eb
        .selectFrom('conversation_participants as cp')
        .innerJoin('messages as m', 'm.conversation_id', 'cp.conversation_id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('cp.person_id', '=', 'p.id')
        .as('messages'),
    ])
    .orderBy('c.connected_on', 'desc')
    .orderBy('p.display_name')
    .orderBy('p.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return {
    total: Number(totalRow?.n ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      company: r.company,
      title: r.title,
      connectedOn: r.connected_on ?? null,
      profileUrl: r.profile_url ?? null,
      messages: Number(r.messages ?? 0),
    })),
  };
}

export interface PersonRow {
  id: number;
  displayName: string;
  firstName: string;
  lastName: string;
  credentials: string;
  company: string;
  title: string;
  createdAt: string;
}

export async function getPerson(
  db: Kysely<Database>,
  accountId: number,
  personId: number,
): Promise<PersonRow | undefined> {
  const r = await db
    .selectFrom('people')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    displayName: r.display_name,
    firstName: r.first_name,
    lastName: r.last_name,
    credentials: r.credentials,
    company: r.company,
    title: r.title,
    createdAt: r.created_at,
  };
}

export async function findPeopleByIdentity(
  db: Kysely<Database>,
  accountId: number,
  kind: IdentityKind,
  value: string,
): Promise<number[]> {
  const rows = await db
    .selectFrom('identities')
    .select('person_id')
    .distinct()
    .where('account_id', '=', accountId)
    .where('kind', '=', kind)
    .where('value', '=', value)
    .orderBy('person_id')
    .execute();
  return rows.map((r) => r.person_id);
}

export interface IdentityRow {
  kind: IdentityKind;
  value: string;
  raw: string;
  source: string;
  sourceFile: string;
  sourceLine: number;
  runId: number;
}

export async function listIdentities(
  db: Kysely<Database>,
  accountId: number,
  personId: number,
): Promise<IdentityRow[]> {
  const rows = await db
    .selectFrom('identities')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .orderBy('kind')
    .orderBy('value')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    value: r.value,
    raw: r.raw,
    source: r.source,
    sourceFile: r.source_file,
    sourceLine: r.source_line,
    runId: r.run_id,
  }));
}
