import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore } from '../services/test-support/temp-store.js';
import { reserveIdsFrom } from './ids.js';
import { LOCAL_ACCOUNT_ID } from './open-store.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

const person = (id: number) => ({
  id,
  account_id: LOCAL_ACCOUNT_ID,
  display_name: `P${id}`,
  first_name: 'P',
  last_name: String(id),
  match_name: `p ${id}`,
  credentials: '',
  company: '',
  title: '',
  created_run_id: 1,
  created_at: '2026-11-23',
  updated_at: '2026-11-23',
});

describe('reserveIdsFrom', () => {
  it('starts at 1 in an empty table', async () => {
    expect(await reserveIdsFrom(store.db, 'people')).toBe(1);
  });

  it('never hands out an id again after its person was deleted (so a merge can be undone)', async () => {
    await store.db
      .insertInto('people')
      .values([person(1), person(2), person(3)])
      .execute();
    await store.db.deleteFrom('people').where('id', '=', 3).execute();
    expect(await reserveIdsFrom(store.db, 'people')).toBe(4);
  });
});
