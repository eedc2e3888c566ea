import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  contact,
  conversation,
  personIds,
  writeRecords,
} from '../services/test-support/network-fixture.js';
import { openTempStore } from '../services/test-support/temp-store.js';
import {
  insertImportedEdges,
  loadConversationMembers,
  loadGroupConversations,
  loadImportedEdges,
  loadNetworkPeople,
} from './network-store.js';
import { LOCAL_ACCOUNT_ID } from './open-store.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('network-store', () => {
  it('lists only conversations with two or more contacts, with their members', async () => {
    await writeRecords(store, [
      contact('Ana Ruiz', 'Globex'),
      contact('Bo Chen', 'Initech'),
      ...conversation('pair', ['Ana Ruiz']),
      ...conversation('trio', ['Ana Ruiz', 'Bo Chen'], { channel: 'whatsapp', title: 'Run club' }),
    ]);
    const ids = await personIds(store);
    const groups = await loadGroupConversations(store.db, LOCAL_ACCOUNT_ID);
    expect(groups.map((g) => [g.channel, g.title, g.participants])).toEqual([
      ['whatsapp', 'Run club', 2],
    ]);
    const members = await loadConversationMembers(store.db, LOCAL_ACCOUNT_ID, [groups[0]!.id]);
    expect(members.map((m) => m.personId)).toEqual(
      [ids.get('Ana Ruiz'), ids.get('Bo Chen')].sort((a, b) => a! - b!),
    );
    expect(await loadConversationMembers(store.db, LOCAL_ACCOUNT_ID, [])).toEqual([]);
    const people = await loadNetworkPeople(store.db, LOCAL_ACCOUNT_ID);
    expect(people.map((p) => [p.displayName, p.company, p.isConnection])).toEqual([
      ['Ana Ruiz', 'Globex', true],
      ['Bo Chen', 'Initech', true],
    ]);
  });

  it('keeps one imported edge per pair and source', async () => {
    await writeRecords(store, [contact('Ana Ruiz', 'Globex'), contact('Bo Chen', 'Initech')]);
    const ids = await personIds(store);
    const row = {
      accountId: LOCAL_ACCOUNT_ID,
      a: ids.get('Ana Ruiz')!,
      b: ids.get('Bo Chen')!,
      weight: 1,
      source: 'edge-list',
      runId: 1,
      sourceFile: 'ties.txt',
      sourceLine: 3,
    };
    expect(await insertImportedEdges(store.db, [row])).toBe(1);
    expect(await insertImportedEdges(store.db, [row, { ...row, source: 'profile-url-csv' }])).toBe(
      1,
    );
    const edges = await loadImportedEdges(store.db, LOCAL_ACCOUNT_ID);
    expect(edges.map((e) => [e.source, e.sourceFile, e.sourceLine])).toEqual([
      ['edge-list', 'ties.txt', 3],
      ['profile-url-csv', 'ties.txt', 3],
    ]);
  });

  it('keeps an edge weight to full double precision on every dialect', async () => {
    await writeRecords(store, [contact('Ana Ruiz', 'Globex'), contact('Bo Chen', 'Initech')]);
    const ids = await personIds(store);
    await insertImportedEdges(store.db, [
      {
        accountId: LOCAL_ACCOUNT_ID,
        a: ids.get('Ana Ruiz')!,
        b: ids.get('Bo Chen')!,
        weight: 1 / 3,
        source: 'edge-list',
        runId: 1,
        sourceFile: 'ties.txt',
        sourceLine: 1,
      },
    ]);
    // PostgreSQL's 4-byte `real` would read back 0.33333334 (dialect.ts, difference 2).
    const [edge] = await loadImportedEdges(store.db, LOCAL_ACCOUNT_ID);
    expect(edge?.weight).toBe(1 / 3);
  });
});
