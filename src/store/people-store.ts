import type { Kysely } from 'kysely';
import { containsIgnoringCase } from './dialect.js';
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
    .orderBy('id')
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
    .orderBy('id')
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
  const search = query.search;
  if (search) {
    base = base.where((eb) =>
      eb.or([
        containsIgnoringCase(eb.ref('p.display_name'), search),
        containsIgnoringCase(eb.ref('p.company'), search),
        containsIgnoringCase(eb.ref('p.title'), search),
      ]),
    );
  }
  const company = query.company;
  if (company) base = base.where((eb) => containsIgnoringCase(eb.ref('p.company'), company));
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
    // People who are not connections (no connected_on) last on both dialects (dialect.ts, 7).
    .orderBy('c.connected_on', (ob) => ob.desc().nullsLast())
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

/**
 * Messages per person for the people table, counted as the person page counts them
 * (conversations-store.ts summarisePersonMessages): those the owner sent into the person's
 * conversations plus those the person sent. One grouped query for the whole account.
 */
export async function countMessagesByPerson(
  db: Kysely<Database>,
  accountId: number,
): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('conversation_participants as cp')
    .innerJoin('messages as m', 'm.conversation_id', 'cp.conversation_id')
    .select((eb) => [
      'cp.person_id',
      eb.fn.sum<number>(eb.case().when('m.direction', '=', 'out').then(1).else(0).end()).as('sent'),
      eb.fn
        .sum<number>(
          eb.case().when('m.sender_person_id', '=', eb.ref('cp.person_id')).then(1).else(0).end(),
        )
        .as('received'),
    ])
    .where('cp.account_id', '=', accountId)
    .groupBy('cp.person_id')
    .orderBy('cp.person_id')
    .execute();
  return new Map(rows.map((r) => [r.person_id, Number(r.sent ?? 0) + Number(r.received ?? 0)]));
}

/** Which sources (`linkedin:connections`, `vcard:contacts` ...) named each person. */
export async function listIdentitySources(
  db: Kysely<Database>,
  accountId: number,
): Promise<{ personId: number; source: string }[]> {
  const rows = await db
    .selectFrom('identities')
    .select(['person_id', 'source'])
    .distinct()
    .where('account_id', '=', accountId)
    .orderBy('person_id')
    .orderBy('source')
    .execute();
  return rows.map((r) => ({ personId: r.person_id, source: r.source }));
}
