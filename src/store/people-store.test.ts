import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { LOCAL_ACCOUNT_ID } from './open-store.js';
import { listPeople } from './people-store.js';

// Runs on SQLite and on PostgreSQL (vitest.config.ts): the answers must not depend on the dialect.
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
  const person = (id: number, name: string, company: string) => ({
    id,
    account_id: LOCAL_ACCOUNT_ID,
    display_name: name,
    first_name: name.split(' ')[0] ?? '',
    last_name: name.split(' ')[1] ?? '',
    match_name: name.toLowerCase(),
    credentials: '',
    company,
    title: '',
    created_run_id: 1,
    created_at: '2026-11-23',
    updated_at: '2026-11-23',
  });
  await store.db
    .insertInto('people')
    .values([
      person(1, 'Ana Ruiz', 'Acme Robotics'),
      person(2, 'Tom Berg', '100% Remote Ltd'),
      person(3, 'Kenji Mori', 'ACME_LABS'),
      person(4, 'Lena Novak', 'Globex'),
    ])
    .execute();
  const connection = (personId: number, on: string) => ({
    account_id: LOCAL_ACCOUNT_ID,
    person_id: personId,
    connected_on: on,
    company: '',
    position: '',
    email: '',
    last_seen_export: on,
    run_id: 1,
    source_file: 'Connections.csv',
    source_line: personId,
  });
  // Kenji (3) is not a connection: no connected_on at all.
  await store.db
    .insertInto('connections')
    .values([connection(1, '2024-12-16'), connection(2, '2020-02-29'), connection(4, '2024-08-01')])
    .execute();
});
afterEach(async () => {
  await store.cleanup();
});

const names = async (query: { search?: string; company?: string }): Promise<string[]> =>
  (await listPeople(store.db, LOCAL_ACCOUNT_ID, { ...query, limit: 10, offset: 0 })).rows.map(
    (r) => r.displayName,
  );

describe('listPeople', () => {
  it('lists connections newest first and people who are not connections last', async () => {
    expect(await names({})).toEqual(['Ana Ruiz', 'Lena Novak', 'Tom Berg', 'Kenji Mori']);
  });

  it('searches ignoring case', async () => {
    expect(await names({ search: 'acme' })).toEqual(['Ana Ruiz', 'Kenji Mori']);
    expect(await names({ company: 'GLOBEX' })).toEqual(['Lena Novak']);
  });

  it('matches % and _ typed by the user literally, not as wildcards', async () => {
    expect(await names({ search: '100%' })).toEqual(['Tom Berg']);
    expect(await names({ search: '0% R' })).toEqual(['Tom Berg']);
    expect(await names({ search: 'acme_' })).toEqual(['Kenji Mori']);
    expect(await names({ search: '%' })).toEqual(['Tom Berg']);
  });

  it('counts the whole match as a number, beyond the page', async () => {
    const page = await listPeople(store.db, LOCAL_ACCOUNT_ID, { limit: 1, offset: 1 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.displayName)).toEqual(['Lena Novak']);
  });
});
