import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch, ImportRecord, PersonRef } from '../importers/import-batch.js';
import { PERSON_COLUMNS } from '../store/merges-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { dumpTables, listColumnsReferencing } from '../store/test-support/store-introspection.js';
import { computeStats } from './network-stats.js';
import {
  dismissCandidate,
  mergePeople,
  parseIdentityArgument,
  reviewQueue,
  splitPerson,
  undoMerge,
} from './resolve-identities.js';
import { openTempStore } from './test-support/temp-store.js';
import { writeImportBatch } from './write-import-batch.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

const NOW = '2026-11-27T10:00:00.000Z';
const at = (file: string, line: number) => ({ file, line });

// Ana Ruiz on LinkedIn (profile URL, Acme) and "Ana Ruiz" in the phone's address book (phone
// only): the resolver cannot join them by key, so they are two people until the user merges.
const anaLinkedIn: PersonRef = {
  firstName: 'Ana',
  lastName: 'Ruiz',
  profileUrl: 'https://www.linkedin.com/in/anaruiz/',
  company: 'Acme',
  title: 'Engineer',
};
const anaPhone: PersonRef = { fullName: 'Ana Ruiz', phones: ['+34 612 345 678'] };
const carlos: PersonRef = {
  firstName: 'Carlos',
  lastName: 'Vega',
  profileUrl: 'https://www.linkedin.com/in/carlosvega/',
  company: 'Globex',
};
const dana: PersonRef = {
  firstName: 'Dana',
  lastName: 'Okafor',
  profileUrl: 'https://www.linkedin.com/in/danaokafor/',
  company: 'Initech',
};

const records: ImportRecord[] = [
  {
    kind: 'connection',
    source: at('Connections.csv', 2),
    person: anaLinkedIn,
    connectedOn: '2023-04-01',
  },
  {
    kind: 'connection',
    source: at('Connections.csv', 3),
    person: carlos,
    connectedOn: '2022-01-10',
  },
  { kind: 'connection', source: at('Connections.csv', 4), person: dana, connectedOn: '2021-06-30' },
  { kind: 'contact', source: at('contacts.vcf', 1), person: anaPhone, book: 'phone' },
  { kind: 'contact', source: at('contacts.vcf', 9), person: anaLinkedIn, book: 'phone' },
  // Both Anas in one thread: their participant rows collide under the merge.
  {
    kind: 'message',
    source: at('chat.txt', 1),
    channel: 'whatsapp',
    conversationKey: 'group-1',
    sentAt: '2025-02-01T09:00:00Z',
    from: anaPhone,
    to: [anaLinkedIn, carlos],
    direction: 'in',
    content: 'Lunch on Friday?',
  },
  {
    kind: 'message',
    source: at('chat.txt', 2),
    channel: 'whatsapp',
    conversationKey: 'dm-ana',
    sentAt: '2025-02-02T09:00:00Z',
    from: anaPhone,
    to: [],
    direction: 'in',
    content: 'See you there',
  },
  {
    kind: 'invitation',
    source: at('Invitations.csv', 2),
    direction: 'in',
    person: anaLinkedIn,
    sentAt: '2023-03-30T10:00:00Z',
  },
  {
    kind: 'invitation',
    source: at('Invitations.csv', 3),
    direction: 'in',
    person: anaPhone,
    sentAt: '2023-03-30T10:00:00Z',
  },
  {
    kind: 'endorsement',
    source: at('Endorsement_Received_Info.csv', 2),
    person: anaPhone,
    skill: 'TypeScript',
    endorsedAt: '2024-01-01',
  },
];

async function seed(): Promise<{
  ana: number;
  anaPhoneId: number;
  carlosId: number;
  danaId: number;
}> {
  const batch: ImportBatch = {
    source: 'linkedin',
    records,
    issues: [],
    files: [],
    exportDate: '2025-03-01',
  };
  await store.db.transaction().execute((trx) =>
    writeImportBatch(trx, batch, {
      accountId: LOCAL_ACCOUNT_ID,
      runId: 1,
      keepBodies: false,
      now: NOW,
      sqlite: store.sqlite,
    }),
  );
  const people = await store.db
    .selectFrom('people')
    .select(['id', 'display_name', 'company'])
    .orderBy('id')
    .execute();
  const id = (name: string, company: string) =>
    people.find((p) => p.display_name === name && p.company === company)?.id ?? -1;
  const ids = {
    ana: id('Ana Ruiz', 'Acme'),
    anaPhoneId: id('Ana Ruiz', ''),
    carlosId: id('Carlos Vega', 'Globex'),
    danaId: id('Dana Okafor', 'Initech'),
  };
  expect(Object.values(ids).every((v) => v > 0)).toBe(true);
  await addRowsImportsDoNotWrite(ids);
  return ids;
}

/** Rows of the other person-referencing tables, for both Anas, some colliding. */
async function addRowsImportsDoNotWrite(ids: {
  ana: number;
  anaPhoneId: number;
  carlosId: number;
  danaId: number;
}) {
  const { ana, anaPhoneId: b, carlosId, danaId } = ids;
  const prov = { run_id: 1, source_file: 'old-export.csv', source_line: 7 };
  // A 2018-style connection row for the phone Ana too: two connection rows, one per person.
  await store.db
    .insertInto('connections')
    .values({
      account_id: 1,
      person_id: b,
      connected_on: '2018-05-05',
      company: 'Acme',
      position: 'Intern',
      email: '',
      last_seen_export: '2018-06-01',
      ...prov,
    })
    .execute();
  await store.db
    .insertInto('connection_changes')
    .values({
      account_id: 1,
      person_id: b,
      field: 'company',
      old_value: 'Initech',
      new_value: 'Acme',
      observed_on: '2018-06-01',
      run_id: 1,
    })
    .execute();
  await store.db
    .insertInto('recommendations')
    .values([
      {
        account_id: 1,
        person_id: ana,
        direction: 'received',
        body: 'Great',
        created_at: '2024-02-02',
        status: 'VISIBLE',
        ...prov,
      },
      {
        account_id: 1,
        person_id: b,
        direction: 'received',
        body: 'Great!',
        created_at: '2024-02-02',
        status: 'VISIBLE',
        ...prov,
        source_line: 8,
      },
      {
        account_id: 1,
        person_id: b,
        direction: 'given',
        body: 'Thanks',
        created_at: '2024-02-03',
        status: 'VISIBLE',
        ...prov,
        source_line: 9,
      },
    ])
    .execute();
  await store.db
    .insertInto('recorded_mutuals')
    .values([
      {
        account_id: 1,
        person_id: ana,
        mutual_count: 12,
        recorded_on: '2025-01-01',
        source: 'recorded',
      },
      {
        account_id: 1,
        person_id: b,
        mutual_count: 3,
        recorded_on: '2025-01-02',
        source: 'recorded',
      },
    ])
    .execute();
  const pair = (x: number, y: number) => ({
    a_person_id: Math.min(x, y),
    b_person_id: Math.max(x, y),
  });
  await store.db
    .insertInto('imported_edges')
    .values([
      // Between the two Anas: a self-loop once merged, so it goes.
      { account_id: 1, ...pair(ana, b), weight: 1, source: 'edge-list', ...prov },
      // Both know Carlos: a duplicate once merged.
      { account_id: 1, ...pair(ana, carlosId), weight: 2, source: 'edge-list', ...prov },
      { account_id: 1, ...pair(b, carlosId), weight: 0.5, source: 'edge-list', ...prov },
      // Only the phone Ana knows Dana: moves, and the pair may need reordering.
      { account_id: 1, ...pair(b, danaId), weight: 1.25, source: 'edge-list', ...prov },
    ])
    .execute();
  await store.db
    .insertInto('outreach_moves')
    .values({
      account_id: 1,
      person_id: b,
      stage: 'contacted',
      moved_at: NOW,
      source: 'user',
      help: '',
      snooze_until: '',
      reason: '',
      note: 'met at a meetup',
    })
    .execute();
  await store.db
    .insertInto('outreach_events')
    .values({
      account_id: 1,
      person_id: b,
      kind: 'message-sent',
      happened_at: NOW,
      source: 'log',
      note: '',
      help: '',
      action: '',
      template_id: '',
    })
    .execute();
  await store.db
    .insertInto('outreach_plan_items')
    .values({
      account_id: 1,
      plan_day: '2026-11-27',
      item_key: `reconnect:${b}`,
      position: 1,
      kind: 'reconnect',
      person_id: b,
      status: 'shown',
      status_at: NOW,
      snooze_until: '',
      payload: '{}',
    })
    .execute();
}

const MERGE_TABLES = new Set(['merges', 'merge_moves', 'dismissed_candidates']);

/** Every row of every user table, sorted, as JSON: what "restores exactly" is checked against. */
function dumpStore(): Promise<Record<string, string[]>> {
  return dumpTables(store.db, MERGE_TABLES);
}

async function count(table: 'identities' | 'people' | 'connections' | 'imported_edges') {
  const r = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

describe('PERSON_COLUMNS', () => {
  it('lists every column of the schema that references people', async () => {
    const referencing = await listColumnsReferencing(store.db, 'people');
    expect(referencing.sort()).toEqual(PERSON_COLUMNS.map((c) => `${c.table}.${c.column}`).sort());
  });
});

describe('mergePeople and undoMerge', () => {
  it('moves every row to the kept person, keeping theirs where both have one', async () => {
    const { ana, anaPhoneId } = await seed();
    const identitiesBefore = await count('identities');
    const result = await mergePeople(store, ana, anaPhoneId, 'same phone book entry', { now: NOW });
    expect(result.keptPersonId).toBe(ana);

    expect(
      await store.db.selectFrom('people').select('id').where('id', '=', anaPhoneId).execute(),
    ).toEqual([]);
    // Name "ana ruiz" was on both: one row stays; the phone key moves.
    const identities = await store.db
      .selectFrom('identities')
      .select(['person_id', 'kind', 'value'])
      .where('person_id', '=', ana)
      .orderBy('kind')
      .execute();
    expect(identities.map((i) => i.kind)).toEqual(['name', 'phone', 'profile-url']);
    expect(await count('identities')).toBe(identitiesBefore - 1);
    // Both were connections: Ana's own row stays, the 2018 one is kept only in the merge record.
    const connections = await store.db
      .selectFrom('connections')
      .select(['person_id', 'connected_on'])
      .where('person_id', '=', ana)
      .execute();
    expect(connections).toEqual([{ person_id: ana, connected_on: '2023-04-01' }]);
    // Both were in group-1: one participant row; dm-ana moves.
    const threads = await store.db
      .selectFrom('conversation_participants as p')
      .innerJoin('conversations as c', 'c.id', 'p.conversation_id')
      .select('c.external_key')
      .where('p.person_id', '=', ana)
      .orderBy('c.external_key')
      .execute();
    expect(threads.map((t) => t.external_key)).toEqual(['dm-ana', 'group-1']);
    const sent = await store.db.selectFrom('messages').select('sender_person_id').execute();
    expect(sent.map((m) => m.sender_person_id)).toEqual([ana, ana]);
    // The same invitation twice: one left. Recommendations: received collides, given moves.
    const recommendations = await store.db
      .selectFrom('recommendations')
      .select(['direction', 'body'])
      .where('person_id', '=', ana)
      .orderBy('direction')
      .execute();
    expect(recommendations).toEqual([
      { direction: 'given', body: 'Thanks' },
      { direction: 'received', body: 'Great' },
    ]);
    // Edges: the Ana-Ana loop and the duplicate Ana-Carlos go; Ana-Dana stays, ordered.
    const edges = await store.db
      .selectFrom('imported_edges')
      .select(['a_person_id', 'b_person_id', 'weight'])
      .orderBy('weight')
      .execute();
    expect(edges).toHaveLength(2);
    for (const e of edges) expect(e.a_person_id).toBeLessThan(e.b_person_id);
    expect(edges.map((e) => e.weight)).toEqual([1.25, 2]);
    const mutuals = await store.db.selectFrom('recorded_mutuals').select('mutual_count').execute();
    expect(mutuals).toEqual([{ mutual_count: 12 }]);
    const stats = await computeStats(store);
    expect(stats.merges).toBe(1);
  });

  it('undo restores every table exactly, collisions included', async () => {
    const { ana, anaPhoneId } = await seed();
    const before = await dumpStore();
    const merge = await mergePeople(store, ana, anaPhoneId, 'test', { now: NOW });
    expect(await dumpStore()).not.toEqual(before);
    const undone = await undoMerge(store, merge.mergeId, { now: NOW });
    expect(undone.restoredPersonId).toBe(anaPhoneId);
    expect(await dumpStore()).toEqual(before);
    expect((await computeStats(store)).merges).toBe(0);
    await expect(undoMerge(store, merge.mergeId)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('round-trips when the merged person has the smaller id, and chained merges undo in order', async () => {
    const { ana, anaPhoneId, danaId } = await seed();
    const before = await dumpStore();
    const first = await mergePeople(store, anaPhoneId, ana, 'reverse direction', { now: NOW });
    const second = await mergePeople(store, danaId, anaPhoneId, 'chained', { now: NOW });
    await expect(undoMerge(store, first.mergeId)).rejects.toMatchObject({ code: 'conflict' });
    await undoMerge(store, second.mergeId, { now: NOW });
    await undoMerge(store, first.mergeId, { now: NOW });
    expect(await dumpStore()).toEqual(before);
  });

  it('refuses to merge a person into themselves or someone unknown', async () => {
    const { ana } = await seed();
    await expect(mergePeople(store, ana, ana)).rejects.toMatchObject({ code: 'usage' });
    await expect(mergePeople(store, ana, 9999)).rejects.toMatchObject({ code: 'not-found' });
    await expect(undoMerge(store, 42)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('reviewQueue, dismissCandidate and splitPerson', () => {
  it('proposes the two Anas with reasons until dismissed', async () => {
    const { ana, anaPhoneId } = await seed();
    // seed() gives the phone Ana a 2018 connection row for the merge tests; two connections
    // made on different days are two members and never proposed, so it goes here.
    await store.db.deleteFrom('connections').where('person_id', '=', anaPhoneId).execute();
    const queue = await reviewQueue(store);
    expect(queue.items.map((i) => [i.a.id, i.b.id])).toEqual([
      [Math.min(ana, anaPhoneId), Math.max(ana, anaPhoneId)],
    ]);
    const codes = queue.items[0]?.reasons.map((r) => `${r.comparison}:${r.level}`);
    expect(codes).toContain('name:exact');
    expect(codes).toContain('conversation:shared');
    await dismissCandidate(store, anaPhoneId, ana, { now: NOW });
    expect(await reviewQueue(store)).toMatchObject({ total: 0, items: [] });
  });

  it('split without an identity undoes the merge that made the person', async () => {
    const { ana, anaPhoneId } = await seed();
    const before = await dumpStore();
    await mergePeople(store, ana, anaPhoneId, 'test', { now: NOW });
    const split = await splitPerson(store, ana, undefined, { now: NOW });
    expect(split).toMatchObject({ kind: 'undo-merge', newPersonId: anaPhoneId });
    expect(await dumpStore()).toEqual(before);
    await expect(splitPerson(store, ana)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('split with an identity moves that key into a new person', async () => {
    const { ana } = await seed();
    const split = await splitPerson(
      store,
      ana,
      parseIdentityArgument('profile-url:linkedin.com/in/AnaRuiz'),
      { now: NOW },
    );
    const moved = await store.db
      .selectFrom('identities')
      .select(['person_id', 'kind'])
      .where('kind', '=', 'profile-url')
      .where('value', 'like', '%anaruiz%')
      .executeTakeFirstOrThrow();
    expect(moved.person_id).toBe(split.newPersonId);
    expect(split.newPersonId).not.toBe(ana);
    await expect(
      splitPerson(store, ana, parseIdentityArgument('email:nobody@example.com')),
    ).rejects.toMatchObject({ code: 'not-found' });
    // Only the name key is left: nothing to split off.
    await expect(
      splitPerson(
        store,
        split.newPersonId,
        parseIdentityArgument('profile-url:linkedin.com/in/anaruiz'),
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(() => parseIdentityArgument('fax:123')).toThrow(/unknown identity kind/);
  });
});
