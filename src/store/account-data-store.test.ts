import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contact, conversation, writeRecords } from '../services/test-support/network-fixture.js';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import {
  deletionOrder,
  planAccountTables,
  readAccountRows,
  readCatalogue,
  type AccountTable,
} from './account-data-store.js';
import { LOCAL_ACCOUNT_ID } from './open-store.js';
import { USER_DATA_TABLES } from './schema.js';

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

async function planOf(): Promise<AccountTable[]> {
  return planAccountTables(await readCatalogue(store.db));
}

async function readAll(table: AccountTable, accountId: number, pageSize: number) {
  const pages: Record<string, unknown>[][] = [];
  for await (const page of readAccountRows(store.db, table, accountId, pageSize)) pages.push(page);
  return pages;
}

async function addUser(email: string, accountId: number | null): Promise<number> {
  const row = await store.db
    .insertInto('users')
    .values({
      email,
      display_name: email,
      role: accountId === null ? 'coach' : 'member',
      account_id: accountId,
      password_hash: 'scrypt$15$8$1$c2FsdA$ZGlnZXN0',
      created_at: '2026-11-01T00:00:00.000Z',
      last_sign_in_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('planAccountTables', () => {
  it('finds every table that holds an account, from the catalogue', async () => {
    const plan = await planOf();
    const byName = new Map(plan.map((t) => [t.name, t]));
    expect(plan[0]?.name).toBe('accounts');
    expect(byName.get('accounts')?.ownership).toEqual({ kind: 'account-row' });
    for (const table of [
      ...USER_DATA_TABLES,
      ...['merges', 'merge_moves', 'dismissed_candidates', 'progress_snapshots'],
      ...['users', 'consents'],
    ]) {
      expect(byName.get(table)?.ownership, table).toEqual({
        kind: 'columns',
        columns: ['account_id'],
      });
    }
    // Sessions have no account column: they belong to the account through their user.
    expect(byName.get('sessions')?.ownership).toEqual({
      kind: 'via',
      column: 'user_id',
      parent: 'users',
      parentKey: 'id',
      parentColumns: ['account_id'],
    });
    // The organisation's tables are nobody's account data.
    for (const table of ['organisation', 'audit_log', 'login_failures', 'user_invitations']) {
      expect(byName.has(table), table).toBe(false);
    }
    expect([...byName.keys()].some((name) => name.startsWith('kysely'))).toBe(false);
  });

  it('leaves credentials out of the exported columns, even when they key the pages', async () => {
    const byName = new Map((await planOf()).map((t) => [t.name, t]));
    expect(byName.get('users')?.columns).not.toContain('password_hash');
    expect(byName.get('users')?.columns).toContain('email');
    expect(byName.get('sessions')?.columns).not.toContain('id_hash');
    expect(byName.get('sessions')?.pageKey).toEqual(['id_hash']);
  });

  it('erases a table before every table it refers to, and the account last', async () => {
    const catalogue = await readCatalogue(store.db);
    const order = deletionOrder(planAccountTables(catalogue), catalogue).map((t) => t.name);
    const before = (a: string, b: string) =>
      expect(order.indexOf(a), `${a} < ${b}`).toBeLessThan(order.indexOf(b));
    before('sessions', 'users');
    before('identities', 'people');
    before('messages', 'conversations');
    before('merge_moves', 'merges');
    expect(order[order.length - 1]).toBe('accounts');
  });
});

describe('readAccountRows', () => {
  it('pages through a two-column key in key order, every row once', async () => {
    await writeRecords(store, [
      contact('Ivo Brandt', 'Acme'),
      contact('Jun Okafor', 'Acme'),
      contact('Kai Moreno', 'Acme'),
      ...conversation('group', ['Ivo Brandt', 'Jun Okafor', 'Kai Moreno'], { title: 'Team' }),
      ...conversation('pair', ['Jun Okafor']),
    ]);
    const table = (await planOf()).find((t) => t.name === 'conversation_participants');
    if (!table) throw new Error('no conversation_participants');
    const pages = await readAll(table, LOCAL_ACCOUNT_ID, 2);
    expect(pages.map((p) => p.length)).toEqual([2, 2]);
    const expected = await store.db
      .selectFrom('conversation_participants')
      .selectAll()
      .orderBy('conversation_id')
      .orderBy('person_id')
      .execute();
    expect(expected).toHaveLength(4);
    expect(pages.flat()).toEqual(expected);
  });

  it("reads a member's sessions through their user, without the session's hash", async () => {
    const other = await store.db
      .insertInto('accounts')
      .values({ name: 'other', created_at: '2026-11-01T00:00:00.000Z' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const mine = await addUser('mine@example.org', LOCAL_ACCOUNT_ID);
    const theirs = await addUser('theirs@example.org', other.id);
    const session = (hash: string, userId: number) => ({
      id_hash: hash,
      user_id: userId,
      created_at: '2026-11-01T00:00:00.000Z',
      last_seen_at: '2026-11-01T00:00:00.000Z',
      expires_at: '2026-12-01T00:00:00.000Z',
      ip: '192.0.2.1',
    });
    await store.db
      .insertInto('sessions')
      .values([session('c', mine), session('a', mine), session('b', theirs), session('d', mine)])
      .execute();
    const table = (await planOf()).find((t) => t.name === 'sessions');
    if (!table) throw new Error('no sessions');
    const pages = await readAll(table, LOCAL_ACCOUNT_ID, 2);
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    const rows = pages.flat();
    expect(rows.every((r) => r.user_id === mine)).toBe(true);
    expect(rows.some((r) => 'id_hash' in r)).toBe(false);
  });
});
