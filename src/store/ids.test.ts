import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { reserveIdsFrom, syncIdSequence } from './ids.js';
import { LOCAL_ACCOUNT_ID } from './open-store.js';

// Runs on SQLite and, in the postgres test project, on PostgreSQL, where ids.ts's sequence
// handling (dialect.ts, difference 3) is what is under test.
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

const person = (id?: number) => ({
  ...(id === undefined ? {} : { id }),
  account_id: LOCAL_ACCOUNT_ID,
  display_name: `P${id ?? ''}`,
  first_name: 'P',
  last_name: String(id ?? ''),
  match_name: `p ${id ?? ''}`,
  credentials: '',
  company: '',
  title: '',
  created_run_id: 1,
  created_at: '2026-11-23',
  updated_at: '2026-11-23',
});

/** Writes people under explicit ids the way an import does: reserve, write, sync. */
async function writeExplicitPeople(ids: number[]): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await reserveIdsFrom(trx, 'people');
    if (ids.length > 0) await trx.insertInto('people').values(ids.map(person)).execute();
    await syncIdSequence(trx, 'people');
  });
}

async function insertPersonWithDefaultId(): Promise<number> {
  const row = await store.db
    .insertInto('people')
    .values(person())
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('reserveIdsFrom', () => {
  it('starts at 1 in an empty table', async () => {
    expect(await reserveIdsFrom(store.db, 'people')).toBe(1);
  });

  it('never hands out an id again after its person was deleted (so a merge can be undone)', async () => {
    await writeExplicitPeople([1, 2, 3]);
    await store.db.deleteFrom('people').where('id', '=', 3).execute();
    expect(await reserveIdsFrom(store.db, 'people')).toBe(4);
  });

  it('starts past ids the table numbered itself', async () => {
    await insertPersonWithDefaultId();
    await insertPersonWithDefaultId();
    expect(await reserveIdsFrom(store.db, 'people')).toBe(3);
  });
});

describe('syncIdSequence', () => {
  it('lets the next default id follow ids written explicitly', async () => {
    await writeExplicitPeople([1, 2, 3, 7]);
    expect(await insertPersonWithDefaultId()).toBe(8);
  });

  it('never moves the numbering back below an id that was deleted', async () => {
    await writeExplicitPeople([1, 2, 3, 4]);
    await store.db.deleteFrom('people').where('id', '>=', 3).execute();
    await writeExplicitPeople([]);
    expect(await insertPersonWithDefaultId()).toBe(5);
    expect(await reserveIdsFrom(store.db, 'people')).toBe(6);
  });

  it('leaves the local account (written as id 1) out of the numbering of new accounts', async () => {
    const row = await store.db
      .insertInto('accounts')
      .values({ name: 'second', created_at: '2026-11-28' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(row.id).toBe(LOCAL_ACCOUNT_ID + 1);
  });
});
